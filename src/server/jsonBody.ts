import type { IncomingMessage } from 'node:http';

/** A request the server refuses, with the HTTP status and a message safe to send back and to log. */
export class BadRequest extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'BadRequest';
  }
}

/**
 * Reads and parses a JSON request body, refusing wrong content types (415), bodies over `maxBytes` (413)
 * and invalid JSON (400). Error messages never echo the body, since it may hold what someone wrote.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    req.resume();
    throw new BadRequest(415, 'Content-Type must be application/json');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new BadRequest(413, `Request body is larger than ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new BadRequest(413, `Request body is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  if (size === 0) throw new BadRequest(400, 'Request body is empty');
  try {
    return JSON.parse(Buffer.concat(chunks, size).toString('utf8')) as unknown;
  } catch {
    throw new BadRequest(400, 'Request body is not valid JSON');
  }
}
