import { ResponseTimeoutError, ResponseTooLargeError, type HttpClient } from './http';

/**
 * One polite fetch of a feed: a User-Agent that says who asks and how to reach them, a conditional request
 * (If-None-Match / If-Modified-Since) so an unchanged feed costs its owner a 304, and an answer in four
 * kinds the caller can act on. Never throws.
 */

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'fetched'; body: string; validators: Validators }
  | { kind: 'not-modified' }
  /** 401 or 403: the owner does not share this feed openly (any more). */
  | { kind: 'refused'; status: number }
  | { kind: 'failed'; reason: string };

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchFeed(url: string, validators: Validators, http: HttpClient, options: FetchOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    Accept: 'application/json, application/x-ndjson;q=0.9, */*;q=0.1',
  };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    const response = await http({ url, headers, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
    if (response.status === 304) {
      return validators.etag || validators.lastModified
        ? { kind: 'not-modified' }
        : { kind: 'failed', reason: 'HTTP 304 to a request that had no validators' };
    }
    if (response.status === 401 || response.status === 403) return { kind: 'refused', status: response.status };
    if (response.status < 200 || response.status >= 300) return { kind: 'failed', reason: `HTTP ${response.status}` };
    const etag = response.header('etag');
    const lastModified = response.header('last-modified');
    return {
      kind: 'fetched',
      body: response.body.toString('utf8'),
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch (err) {
    if (err instanceof ResponseTooLargeError)
      return { kind: 'failed', reason: `larger than MEETING_FEEDS_MAX_BYTES (${err.maxBytes} bytes)` };
    if (err instanceof ResponseTimeoutError) return { kind: 'failed', reason: `no complete answer within ${err.timeoutMs} ms` };
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as NodeJS.ErrnoException).code;
    return { kind: 'failed', reason: `could not be reached (${cause ?? (err as Error).name})` };
  }
}
