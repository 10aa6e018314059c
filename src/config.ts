import { config as loadDotenv } from 'dotenv';

/** How Kindred authenticates channel traffic: none locally, Bot Framework tokens in production. */
export type Mode = 'local' | 'production';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The formats of peer-support meeting feeds Kindred reads (src/meetings). */
export const MEETING_FEED_FORMATS = ['meeting-guide', 'bmlt'] as const;
export type MeetingFeedFormat = (typeof MEETING_FEED_FORMATS)[number];

/** One entry of MEETING_FEEDS: a feed whose owner shares it openly, and what its meetings are about. */
export interface MeetingFeedConfig {
  readonly format: MeetingFeedFormat;
  readonly url: string;
  /** Kindred need ids every meeting of the feed answers; empty: the format's default (support-group, substance-use). */
  readonly needs: readonly string[];
  /** Audience ids every meeting of the feed is for ("families-of-people-who-use-substances" for Al-Anon). */
  readonly audiences: readonly string[];
  /** ISO 3166-1 alpha-2 country, language (ISO 639) and IANA time zone for meetings that do not say. */
  readonly country?: string;
  readonly language?: string;
  readonly timezone?: string;
}

/** Everything Kindred reads from the environment, parsed once. */
export interface Config {
  readonly mode: Mode;
  readonly port: number;
  readonly host: string;
  /** The public https origin of this bot (used in the Teams manifest and links); empty locally. */
  readonly publicUrl: string;
  readonly microsoftAppId: string;
  readonly microsoftAppPassword: string;
  readonly microsoftAppTenantId: string;
  readonly microsoftAppType: AppType;
  /** Where the channel's token-signing keys are published; empty for the public Azure cloud. */
  readonly botOpenIdMetadataUrl: string;
  /** ISO 3166-1 alpha-2 country whose crisis lines are shown when nothing else tells us. */
  readonly defaultCountry: string;
  readonly defaultLocale: string;
  /** Largest accepted request body on /api/messages and the Direct Line endpoints. */
  readonly maxBodyBytes: number;
  /** Extra directory files (JSON) loaded after the shipped ones; empty for the shipped data only. */
  readonly directoryFiles: readonly string[];
  readonly directLineSecret: string;
  readonly directLineTokenUrl: string;
  /** Token requests one client address may make per minute on POST /api/directline/token (then 429). */
  readonly directLineTokensPerMinute: number;
  /** Origins (scheme://host[:port]) whose pages may show the hosted chat page in an iframe; empty: none may. */
  readonly embedOrigins: readonly string[];
  /** Reverse proxies in front of Kindred that append to X-Forwarded-For (App Service: 1); 0 trusts the socket only. */
  readonly trustedProxyHops: number;
  readonly storageConnectionString: string;
  readonly storageContainer: string;
  /** JSON-lines file where anonymous feedback on listings is appended (read by `kindred feedback list`). */
  readonly feedbackFile: string;
  /** Longest one storage call may take before the turn stops waiting (the crisis reply never waits for storage). */
  readonly storageTimeoutMs: number;
  /** Saved state not changed for this many minutes is treated as gone, and deleted when next read. */
  readonly stateTtlMinutes: number;
  /** Days a consented "remember me" profile (place and language) is kept after its last change. */
  readonly profileTtlDays: number;
  /** Longest any other outbound HTTP call may take: replies to the channel, the channel's signing keys. */
  readonly httpTimeoutMs: number;
  /** On SIGTERM, how long turns in flight may take to finish before their connections are closed. */
  readonly shutdownDrainMs: number;
  /** Characters of one message that the dialogs read; the crisis check always reads the whole message. */
  readonly maxMessageChars: number;
  /** Activities accepted per minute from one conversation on /api/messages; 0 switches the limit off. */
  readonly rateLimitConversationPerMinute: number;
  /** Activities accepted per minute from one client address on /api/messages; 0 switches the limit off. */
  readonly rateLimitIpPerMinute: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Who runs this deployment, as Kindred names it when asked ("who runs this?"); empty: not said. */
  readonly operator: string;
  /** Peer-support meeting feeds to fetch (MEETING_FEEDS); empty: no feed, the shipped default. */
  readonly meetingFeeds: readonly MeetingFeedConfig[];
  /** An e-mail address or URL for the feeds' owners to reach whoever runs this Kindred; sent in the User-Agent. */
  readonly meetingFeedsContact: string;
  /** Minutes between fetches of each feed (BMLT feeds never more often than every 240). */
  readonly meetingFeedsRefreshMinutes: number;
  /** Longest one feed fetch may take, body included. */
  readonly meetingFeedsTimeoutMs: number;
  /** Largest feed body accepted; a larger one is refused and the last good copy kept. */
  readonly meetingFeedsMaxBytes: number;
  /** Folder for the last good copy of each feed, so a restart neither waits for nor re-fetches them; empty: memory only. */
  readonly meetingFeedsCacheDir: string;
}

/** A bad configuration value. The message names the variable and says what would be right. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string, fallback = ''): string {
  return (env[name] ?? '').trim() || fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return found;
}

/**
 * Parses configuration from an environment (process.env after .env by default).
 * Throws ConfigError naming the variable at the first bad value.
 */
export function loadConfig(env: Env = readProcessEnv()): Config {
  const microsoftAppId = text(env, 'MicrosoftAppId');
  const microsoftAppPassword = text(env, 'MicrosoftAppPassword');
  const microsoftAppTenantId = text(env, 'MicrosoftAppTenantId');
  const microsoftAppType = oneOf(env, 'MicrosoftAppType', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'MultiTenant');

  if (!microsoftAppId && microsoftAppPassword) {
    throw new ConfigError('MicrosoftAppId', 'is empty but MicrosoftAppPassword is set: set both, or neither for local mode');
  }
  if (!microsoftAppId && microsoftAppTenantId) {
    throw new ConfigError('MicrosoftAppId', 'is empty but MicrosoftAppTenantId is set: set both, or neither for local mode');
  }
  if (microsoftAppId) {
    if (microsoftAppType !== 'UserAssignedMSI' && !microsoftAppPassword) {
      throw new ConfigError(
        'MicrosoftAppPassword',
        `is empty but MicrosoftAppId is set (MicrosoftAppType ${microsoftAppType} needs a password)`,
      );
    }
    if (microsoftAppType !== 'MultiTenant' && !microsoftAppTenantId) {
      throw new ConfigError('MicrosoftAppTenantId', `is empty but MicrosoftAppType is ${microsoftAppType}, which needs a tenant id`);
    }
  }

  const defaultCountry = text(env, 'DEFAULT_COUNTRY', 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(defaultCountry)) {
    throw new ConfigError('DEFAULT_COUNTRY', `must be a two-letter ISO 3166 code like "US", got "${defaultCountry}"`);
  }
  const defaultLocale = text(env, 'DEFAULT_LOCALE', 'en-US');
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(defaultLocale)) {
    throw new ConfigError('DEFAULT_LOCALE', `must be a locale like "en-US" or "es-MX", got "${defaultLocale}"`);
  }

  const storageConnectionString = text(env, 'STORAGE_CONNECTION_STRING');
  const storageContainer = text(env, 'STORAGE_CONTAINER', 'kindred-state');
  if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(storageContainer)) {
    throw new ConfigError(
      'STORAGE_CONTAINER',
      `must be a valid blob container name (3-63 lower-case letters, digits, dashes), got "${storageContainer}"`,
    );
  }

  const botOpenIdMetadataUrl = text(env, 'BotOpenIdMetadata');
  if (botOpenIdMetadataUrl && !/^https?:\/\/\S+$/.test(botOpenIdMetadataUrl)) {
    throw new ConfigError('BotOpenIdMetadata', `must be an http(s) URL, got "${botOpenIdMetadataUrl}"`);
  }

  const publicUrl = text(env, 'PUBLIC_URL').replace(/\/+$/, '');
  if (publicUrl && !/^https:\/\/[^/\s]+$/.test(publicUrl)) {
    throw new ConfigError('PUBLIC_URL', `must be an https origin like "https://kindred.example.org", got "${publicUrl}"`);
  }

  const directLineTokenUrl = text(env, 'DIRECT_LINE_TOKEN_URL', 'https://directline.botframework.com/v3/directline/tokens/generate');
  if (!/^https?:\/\/\S+$/.test(directLineTokenUrl)) {
    throw new ConfigError('DIRECT_LINE_TOKEN_URL', `must be an http(s) URL, got "${directLineTokenUrl}"`);
  }

  const embedOrigins = text(env, 'EMBED_ORIGINS')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of embedOrigins) {
    // An origin goes into a Content-Security-Policy header verbatim, so only plain origins get through.
    if (!/^https:\/\/[a-zA-Z0-9.-]+(:\d{1,5})?$/.test(origin) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin)) {
      throw new ConfigError('EMBED_ORIGINS', `must be comma-separated https origins like "https://www.example.org", got "${origin}"`);
    }
  }

  const operator = text(env, 'KINDRED_OPERATOR');
  if (operator.length > 120 || /[<>{}\n]/.test(operator)) {
    throw new ConfigError('KINDRED_OPERATOR', 'must be a plain name of at most 120 characters, like "Example Trauma Network"');
  }

  const meetingFeeds = parseMeetingFeeds(text(env, 'MEETING_FEEDS'));
  const meetingFeedsContact = text(env, 'MEETING_FEEDS_CONTACT');
  if (meetingFeeds.length > 0 && !meetingFeedsContact) {
    throw new ConfigError(
      'MEETING_FEEDS_CONTACT',
      'is empty but MEETING_FEEDS is set: give an e-mail address or https URL where feed owners can reach you (it goes in the User-Agent)',
    );
  }
  if (
    meetingFeedsContact &&
    !/^(mailto:)?[^\s@()]+@[^\s@()]+\.[^\s@()]+$/.test(meetingFeedsContact) &&
    !/^https?:\/\/[^\s()]+$/.test(meetingFeedsContact)
  ) {
    throw new ConfigError('MEETING_FEEDS_CONTACT', `must be an e-mail address or an http(s) URL, got "${meetingFeedsContact}"`);
  }

  const mode: Mode = microsoftAppId ? 'production' : 'local';
  return Object.freeze({
    mode,
    port: integer(env, 'PORT', 3978, 0, 65535),
    host: text(env, 'HOST', '0.0.0.0'),
    publicUrl,
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId,
    microsoftAppType,
    botOpenIdMetadataUrl,
    defaultCountry,
    defaultLocale,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
    directoryFiles: Object.freeze(
      text(env, 'DIRECTORY_FILES')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    ),
    directLineSecret: text(env, 'DIRECT_LINE_SECRET'),
    directLineTokenUrl,
    directLineTokensPerMinute: integer(env, 'DIRECT_LINE_TOKENS_PER_MINUTE', 10, 1, 10_000),
    embedOrigins: Object.freeze(embedOrigins),
    trustedProxyHops: integer(env, 'TRUSTED_PROXY_HOPS', 0, 0, 10),
    storageConnectionString,
    storageContainer,
    feedbackFile: text(env, 'FEEDBACK_FILE', 'var/feedback.jsonl'),
    storageTimeoutMs: integer(env, 'STORAGE_TIMEOUT_MS', 3000, 50, 60_000),
    stateTtlMinutes: integer(env, 'STATE_TTL_MINUTES', 24 * 60, 1, 365 * 24 * 60),
    profileTtlDays: integer(env, 'PROFILE_TTL_DAYS', 90, 1, 3650),
    httpTimeoutMs: integer(env, 'HTTP_TIMEOUT_MS', 10_000, 100, 120_000),
    shutdownDrainMs: integer(env, 'SHUTDOWN_DRAIN_MS', 8000, 0, 120_000),
    maxMessageChars: integer(env, 'MAX_MESSAGE_CHARS', 2000, 100, 100_000),
    rateLimitConversationPerMinute: integer(env, 'RATE_LIMIT_CONVERSATION_PER_MINUTE', 30, 0, 1_000_000),
    // In production every request comes from the channel service's few addresses, so a per-address limit
    // would throttle everyone at once; it is off there unless set.
    rateLimitIpPerMinute: integer(env, 'RATE_LIMIT_IP_PER_MINUTE', mode === 'local' ? 300 : 0, 0, 1_000_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'silent'], 'info'),
    operator,
    meetingFeeds: Object.freeze(meetingFeeds),
    meetingFeedsContact,
    meetingFeedsRefreshMinutes: integer(env, 'MEETING_FEEDS_REFRESH_MINUTES', 240, 60, 7 * 24 * 60),
    meetingFeedsTimeoutMs: integer(env, 'MEETING_FEEDS_TIMEOUT_MS', 30_000, 1000, 300_000),
    meetingFeedsMaxBytes: integer(env, 'MEETING_FEEDS_MAX_BYTES', 32 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    meetingFeedsCacheDir: text(env, 'MEETING_FEEDS_CACHE_DIR', 'var/meeting-feeds'),
  } satisfies Config);
}

const FEED_LIST = /^[a-z0-9-]+(,[a-z0-9-]+)*$/;

/**
 * MEETING_FEEDS: entries separated by ";" or line breaks; each is the format, the feed's http(s) URL and
 * optional key=value words, in any order, separated by spaces:
 *   meeting-guide https://aa.example.org/meetings.json; bmlt https://bmlt.example.org/meetings.ndjson timezone=America/New_York
 *   meeting-guide https://al-anon.example.org/feed needs=support-group,substance-use audiences=families-of-people-who-use-substances
 * Keys: needs, audiences (comma-separated ids), country, language, timezone. The ids are checked against the
 * taxonomy when the feeds start (src/meetings), since this module imports nothing of Kindred's.
 */
function parseMeetingFeeds(raw: string): MeetingFeedConfig[] {
  const feeds: MeetingFeedConfig[] = [];
  for (const entry of raw
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const words = entry.split(/\s+/);
    const format = MEETING_FEED_FORMATS.find((f) => words.includes(f));
    const urls = words.filter((w) => /^https?:\/\//i.test(w));
    if (!format)
      throw new ConfigError('MEETING_FEEDS', `entry "${entry}" must start with the feed's format: ${MEETING_FEED_FORMATS.join(' or ')}`);
    if (urls.length !== 1) throw new ConfigError('MEETING_FEEDS', `entry "${entry}" must have exactly one http(s) URL`);
    let url: URL;
    try {
      url = new URL(urls[0]!);
    } catch {
      throw new ConfigError('MEETING_FEEDS', `entry "${entry}" has a URL that cannot be read: "${urls[0]}"`);
    }
    const feed: { -readonly [K in keyof MeetingFeedConfig]: MeetingFeedConfig[K] } = {
      format,
      url: url.toString(),
      needs: [],
      audiences: [],
    };
    for (const word of words) {
      if (word === format || word === urls[0]) continue;
      const [key, value = ''] = word.split(/=(.*)/s, 2) as [string, string?];
      if (key === 'needs' || key === 'audiences') {
        if (!FEED_LIST.test(value))
          throw new ConfigError('MEETING_FEEDS', `${key}= must be comma-separated ids like "support-group,grief", got "${value}"`);
        feed[key] = Object.freeze(value.split(','));
      } else if (key === 'country' && /^[A-Za-z]{2}$/.test(value)) feed.country = value.toUpperCase();
      else if (key === 'language' && /^[a-z]{2,3}$/.test(value)) feed.language = value;
      else if (key === 'timezone' && /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value)) feed.timezone = value;
      else
        throw new ConfigError(
          'MEETING_FEEDS',
          `entry "${entry}": "${word}" is not one of needs=, audiences=, country=XX, language=xx, timezone=Area/City`,
        );
    }
    if (feeds.some((f) => f.url === feed.url)) throw new ConfigError('MEETING_FEEDS', `lists ${feed.url} twice`);
    feeds.push(Object.freeze(feed));
  }
  return feeds;
}

/** process.env with .env applied (never overriding real environment variables). */
function readProcessEnv(): Env {
  loadDotenv({ quiet: true });
  return process.env;
}
