import type { Config } from '../config';
import type { Logger } from '../log';
import { nodeHttpClient, type HttpClient } from './http';
import { MeetingFeeds } from './meetingFeeds';

/**
 * The meeting feeds MEETING_FEEDS* asks for, not yet started; null when none is configured (the shipped
 * default). Shared by the composition root and the tests, so both run feeds exactly as configured.
 * Throws ConfigError when a feed names a need or audience that does not exist.
 */
export function meetingFeedsFromConfig(
  config: Config,
  deps: { log: Logger; version: string; http?: HttpClient; now?: () => Date },
): MeetingFeeds | null {
  if (config.meetingFeeds.length === 0) return null;
  return new MeetingFeeds({
    feeds: config.meetingFeeds,
    http: deps.http ?? nodeHttpClient,
    log: deps.log,
    userAgent: `Kindred/${deps.version} (+${config.meetingFeedsContact})`,
    refreshMs: config.meetingFeedsRefreshMinutes * 60_000,
    timeoutMs: config.meetingFeedsTimeoutMs,
    maxBytes: config.meetingFeedsMaxBytes,
    cacheDir: config.meetingFeedsCacheDir,
    defaultCountry: config.defaultCountry,
    ...(deps.now ? { now: deps.now } : {}),
  });
}
