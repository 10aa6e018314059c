import { ConfigError, type MeetingFeedConfig } from '../config';
import { Directory } from '../directory/directory';
import { AUDIENCES, type Resource } from '../directory/schema';
import type { Logger } from '../log';
import { NEED_IDS } from '../understanding/types';
import { parseBmlt } from './bmlt';
import { FeedCache } from './feedCache';
import { fetchFeed, type Validators } from './fetchFeed';
import type { HttpClient } from './http';
import { FeedFormatError, parseMeetingGuide } from './meetingGuide';
import { feedKey, toResource, type DropReason, type FeedMeeting } from './toResource';

/**
 * Peer-support meetings from live feeds, kept fresh in the background. On start the last good copy of each
 * feed is read from disk (if there is one) and every feed is fetched; then each again on its schedule. The
 * search reads `index()`, an in-memory directory of the meetings, swapped whole when a feed changes: a turn
 * never waits for the network. A feed that fails, times out, is too big or is malformed keeps its last good
 * copy (and /healthz says "stale"); one whose owner answers 401/403 is not shared openly, so its meetings are
 * taken out and /healthz says "refused".
 */

/** BMLT's rules for responsible use: no more often than every 4 hours. */
export const BMLT_MIN_INTERVAL_MS = 4 * 60 * 60 * 1000;

export type FeedState = 'pending' | 'ok' | 'stale' | 'refused' | 'error';

/** What /healthz and the log say about one feed. Host and path only: a query string may carry a key. */
export interface FeedStatus {
  feed: string;
  format: MeetingFeedConfig['format'];
  source: string;
  state: FeedState;
  meetings: number;
  /** Meetings of the feed left out, by reason. */
  dropped: Partial<Record<DropReason | 'unreadable' | 'duplicate', number>>;
  /** When the copy in use was fetched or confirmed unchanged. */
  fetchedAt: string | null;
  lastAttemptAt: string | null;
  problem: string | null;
  nextFetchAt: string | null;
}

export interface MeetingFeedsOptions {
  feeds: readonly MeetingFeedConfig[];
  http: HttpClient;
  log: Logger;
  /** "Kindred/0.1.0 (+mailto:ops@example.org)". */
  userAgent: string;
  refreshMs: number;
  timeoutMs: number;
  maxBytes: number;
  /** Folder for the last good copies; empty: memory only. */
  cacheDir: string;
  defaultCountry: string;
  now?: () => Date;
}

interface Feed {
  config: MeetingFeedConfig;
  key: string;
  intervalMs: number;
  validators: Validators;
  resources: Resource[];
  dropped: FeedStatus['dropped'];
  fetchedAt: Date | null;
  lastAttemptAt: Date | null;
  state: FeedState;
  problem: string | null;
  timer: NodeJS.Timeout | null;
  nextFetchAt: Date | null;
  inFlight: Promise<void> | null;
}

/** Checks the ids MEETING_FEEDS gives against the taxonomy; throws ConfigError naming the wrong one. */
export function checkFeedConfig(feeds: readonly MeetingFeedConfig[]): void {
  for (const feed of feeds) {
    for (const need of feed.needs) {
      if (!(NEED_IDS as readonly string[]).includes(need)) {
        throw new ConfigError('MEETING_FEEDS', `needs= has "${need}", which is not a need id (${NEED_IDS.join(', ')})`);
      }
    }
    for (const audience of feed.audiences) {
      if (!(AUDIENCES as readonly string[]).includes(audience)) {
        throw new ConfigError('MEETING_FEEDS', `audiences= has "${audience}", which is not an audience id (${AUDIENCES.join(', ')})`);
      }
    }
  }
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
}

export class MeetingFeeds {
  private readonly feeds: Feed[];
  private readonly cache: FeedCache | null;
  private readonly now: () => Date;
  private current: Directory | null = null;
  private stopped = false;

  constructor(private readonly options: MeetingFeedsOptions) {
    checkFeedConfig(options.feeds);
    this.now = options.now ?? (() => new Date());
    this.cache = options.cacheDir ? new FeedCache(options.cacheDir) : null;
    this.feeds = options.feeds.map((config) => ({
      config,
      key: feedKey(config.url),
      intervalMs: config.format === 'bmlt' ? Math.max(options.refreshMs, BMLT_MIN_INTERVAL_MS) : options.refreshMs,
      validators: {},
      resources: [],
      dropped: {},
      fetchedAt: null,
      lastAttemptAt: null,
      state: 'pending',
      problem: null,
      timer: null,
      nextFetchAt: null,
      inFlight: null,
    }));
  }

  /** The meetings as a searchable directory, or null while there are none. */
  index(): Directory | null {
    return this.current;
  }

  /**
   * Reads the saved copies and schedules every feed: at once, except a BMLT feed whose saved copy is younger
   * than its interval (its rules say not more often). Returns without waiting for any network.
   */
  start(): void {
    for (const feed of this.feeds) {
      const saved = this.cache?.read(feed.key, feed.config.url);
      if (saved) {
        const accepted = this.accept(feed, saved.body, new Date(saved.fetchedAt), saved.validators);
        if (accepted)
          this.options.log.info(
            { event: 'meeting_feed_cache', feed: feed.key, meetings: feed.resources.length },
            'meeting feed read from its saved copy',
          );
      }
    }
    this.rebuild();
    for (const feed of this.feeds) {
      const fresh = feed.config.format === 'bmlt' && feed.fetchedAt && this.now().getTime() - feed.fetchedAt.getTime() < feed.intervalMs;
      this.schedule(feed, fresh ? feed.fetchedAt!.getTime() + feed.intervalMs - this.now().getTime() : 0);
    }
  }

  /** Stops every timer; fetches in flight finish but change nothing. */
  stop(): void {
    this.stopped = true;
    for (const feed of this.feeds) {
      if (feed.timer) clearTimeout(feed.timer);
      feed.timer = null;
      feed.nextFetchAt = null;
    }
  }

  /** Fetches every feed now (or joins the fetch in flight); resolves when all are done. */
  async refresh(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => this.fetch(feed)));
  }

  status(): FeedStatus[] {
    return this.feeds.map((f) => ({
      feed: f.key,
      format: f.config.format,
      source: describeUrl(f.config.url),
      state: f.state,
      meetings: f.resources.length,
      dropped: { ...f.dropped },
      fetchedAt: f.fetchedAt?.toISOString() ?? null,
      lastAttemptAt: f.lastAttemptAt?.toISOString() ?? null,
      problem: f.problem,
      nextFetchAt: f.nextFetchAt?.toISOString() ?? null,
    }));
  }

  private schedule(feed: Feed, delayMs: number): void {
    if (this.stopped) return;
    if (feed.timer) clearTimeout(feed.timer);
    feed.nextFetchAt = new Date(this.now().getTime() + delayMs);
    feed.timer = setTimeout(() => {
      feed.timer = null;
      void this.fetch(feed).finally(() => this.schedule(feed, feed.intervalMs));
    }, delayMs);
    feed.timer.unref();
  }

  private fetch(feed: Feed): Promise<void> {
    feed.inFlight ??= this.fetchOnce(feed).finally(() => (feed.inFlight = null));
    return feed.inFlight;
  }

  private async fetchOnce(feed: Feed): Promise<void> {
    const { log } = this.options;
    feed.lastAttemptAt = this.now();
    const outcome = await fetchFeed(feed.config.url, feed.validators, this.options.http, {
      userAgent: this.options.userAgent,
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
    });
    if (this.stopped) return;
    const base = { event: 'meeting_feed', feed: feed.key, format: feed.config.format, source: describeUrl(feed.config.url) };
    switch (outcome.kind) {
      case 'fetched': {
        const at = this.now();
        if (this.accept(feed, outcome.body, at, outcome.validators)) {
          this.cache?.write(feed.key, {
            url: feed.config.url,
            validators: outcome.validators,
            fetchedAt: at.toISOString(),
            body: outcome.body,
          });
          this.rebuild();
          log.info({ ...base, outcome: 'updated', meetings: feed.resources.length, dropped: feed.dropped }, 'meeting feed updated');
        } else {
          log.warn(
            { ...base, outcome: 'malformed', problem: feed.problem, keptMeetings: feed.resources.length },
            'meeting feed is malformed; keeping the last good copy',
          );
        }
        return;
      }
      case 'not-modified':
        feed.fetchedAt = this.now();
        feed.state = 'ok';
        feed.problem = null;
        this.cache?.touch(feed.key, feed.config.url, feed.fetchedAt.toISOString());
        log.info({ ...base, outcome: 'not-modified', meetings: feed.resources.length }, 'meeting feed unchanged');
        return;
      case 'refused':
        // Only feeds whose owner shares them openly: a refusal withdraws what we had, saved copy included.
        feed.state = 'refused';
        feed.problem = `HTTP ${outcome.status}: the feed's owner does not share it openly; its meetings are not shown`;
        feed.resources = [];
        feed.validators = {};
        feed.fetchedAt = null;
        this.cache?.remove(feed.key);
        this.rebuild();
        log.warn(
          { ...base, outcome: 'refused', status: outcome.status },
          'meeting feed refused: not shared openly; its meetings are withdrawn',
        );
        return;
      case 'failed':
        feed.state = feed.fetchedAt ? 'stale' : 'error';
        feed.problem = outcome.reason;
        log.warn(
          { ...base, outcome: 'failed', problem: outcome.reason, keptMeetings: feed.resources.length },
          'meeting feed fetch failed; keeping the last good copy',
        );
        return;
    }
  }

  /** Parses a copy; on success it becomes the feed's meetings. A malformed copy changes nothing but the state. */
  private accept(feed: Feed, body: string, at: Date, validators: Validators): boolean {
    let parsed: { meetings: FeedMeeting[]; unreadable: number; inactive?: number };
    try {
      parsed = feed.config.format === 'bmlt' ? parseBmlt(body) : parseMeetingGuide(body);
    } catch (err) {
      if (!(err instanceof FeedFormatError)) throw err;
      feed.state = feed.fetchedAt ? 'stale' : 'error';
      feed.problem = `malformed ${feed.config.format} feed: it ${err.message}`;
      return false;
    }
    const context = {
      key: feed.key,
      config: feed.config,
      retrieved: at.toISOString().slice(0, 10),
      defaultCountry: this.options.defaultCountry,
    };
    const dropped: FeedStatus['dropped'] = {};
    const count = (reason: keyof FeedStatus['dropped'], n = 1) => {
      if (n > 0) dropped[reason] = (dropped[reason] ?? 0) + n;
    };
    count('unreadable', parsed.unreadable);
    count('inactive', parsed.inactive ?? 0);
    const seen = new Set<string>();
    const resources: Resource[] = [];
    for (const meeting of parsed.meetings) {
      const result = toResource(meeting, context);
      if (!result.ok) count(result.reason);
      else if (seen.has(result.resource.id)) count('duplicate');
      else {
        seen.add(result.resource.id);
        resources.push(result.resource);
      }
    }
    feed.resources = resources;
    feed.dropped = dropped;
    feed.validators = validators;
    feed.fetchedAt = at;
    feed.state = 'ok';
    feed.problem = null;
    return true;
  }

  private rebuild(): void {
    const all = this.feeds.flatMap((f) => f.resources);
    this.current = all.length > 0 ? new Directory(all, { defaultCountry: this.options.defaultCountry, now: this.now() }) : null;
  }
}
