import { MemoryStorage, type Storage } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import type { Directory } from '../../src/directory/directory';
import { loadDirectory } from '../../src/directory/shipped';
import { createKindred, type Kindred } from '../../src/kindred';
import { meetingFeedsFromConfig } from '../../src/meetings/fromConfig';
import type { MeetingFeeds } from '../../src/meetings/meetingFeeds';
import { SearchWithMeetings } from '../../src/meetings/searchWithMeetings';
import { startServer, type RunningServer } from '../../src/server/app';
import { captureLogs } from './logs';

export interface TestServer extends RunningServer {
  config: Config;
  kindred: Kindred;
  logs: string[];
  logText: () => string;
  /** The meeting feeds MEETING_FEEDS in `env` asked for (started, as index.ts starts them); null without. */
  meetingFeeds: MeetingFeeds | null;
}

/**
 * Starts the real server in this process on a free port, with test-friendly defaults; every call must be
 * paired with close() (use the returned object in after/afterEach). `now` fixes the clock of the bot and of
 * the meeting feeds, so "when a meeting next meets" is the same on every run.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; storage?: Storage; directory?: Directory; now?: () => Date } = {},
): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...options.env });
  const captured = captureLogs();
  const directory = options.directory ?? loadDirectory(config);
  const meetingFeeds = meetingFeedsFromConfig(config, { log: captured.log, version: 'test', ...(options.now ? { now: options.now } : {}) });
  meetingFeeds?.start();
  const feeds = meetingFeeds;
  const kindred = createKindred({
    config,
    storage: options.storage ?? new MemoryStorage(),
    directory: feeds ? new SearchWithMeetings(directory, feeds) : directory,
    log: captured.log,
    ...(options.now ? { now: options.now } : {}),
  });
  const server = await startServer({
    config,
    kindred,
    log: captured.log,
    version: 'test',
    directorySize: directory.size,
    ...(feeds ? { meetingFeeds: () => feeds.status() } : {}),
  });
  return {
    ...server,
    close: (drainMs?: number) => {
      feeds?.stop();
      return server.close(drainMs);
    },
    config,
    kindred,
    logs: captured.lines,
    logText: captured.text,
    meetingFeeds: feeds,
  };
}
