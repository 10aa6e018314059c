/**
 * The HTTP client the feed fetcher is given (fetchFeed.ts takes it by injection): a GET with headers, a
 * deadline for the whole exchange and a cap on the body, so a slow or huge feed cannot hold memory or a
 * timer forever. `nodeHttpClient` is the real one, on Node's fetch.
 */

export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  /** For headers and body together. */
  timeoutMs: number;
  /** The body is read no further than this (after decompression). */
  maxBytes: number;
}

export interface HttpResponse {
  status: number;
  /** A response header, by case-insensitive name. */
  header(name: string): string | undefined;
  body: Buffer;
}

export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

/** The body was larger than the request allowed. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the response is larger than ${maxBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

/** The exchange took longer than the request allowed. */
export class ResponseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete response within ${timeoutMs} ms`);
    this.name = 'ResponseTimeoutError';
  }
}

/** GET with Node's fetch: follows redirects, refuses a body over `maxBytes` as soon as it knows, aborts at the deadline. */
export const nodeHttpClient: HttpClient = async (request) => {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  timer.unref();
  try {
    const response = await fetch(request.url, { headers: request.headers, signal: controller.signal, redirect: 'follow' });
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > request.maxBytes && !response.headers.get('content-encoding')) {
      controller.abort();
      throw new ResponseTooLargeError(request.maxBytes);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body) {
        size += (chunk as Uint8Array).byteLength;
        if (size > request.maxBytes) {
          controller.abort();
          throw new ResponseTooLargeError(request.maxBytes);
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
    }
    return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: Buffer.concat(chunks) };
  } catch (err) {
    if (timedOut) throw new ResponseTimeoutError(request.timeoutMs);
    throw err;
  } finally {
    clearTimeout(timer);
  }
};
