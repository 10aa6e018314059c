import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A fixture from test/fixtures/meetings, as text. */
export function meetingFixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'meetings', name), 'utf8');
}

export interface FeedRoute {
  status: number;
  body?: string;
  etag?: string;
  /** Answer after this long. */
  delayMs?: number;
  /** Answer only when release() is called: a feed that hangs until the test lets it go. */
  held?: boolean;
}

/**
 * A local stand-in for an intergroup's or an NA region's feed server: each path answers as the test sets it
 * (status, body, ETag with 304 on If-None-Match, a delay, or a hold), and every request is recorded.
 */
export class FeedServer {
  server: Server | null = null;
  url = '';
  requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  routes = new Map<string, FeedRoute>();
  private held: Array<() => void> = [];

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push({ path: req.url ?? '', headers: req.headers });
      const route = this.routes.get(req.url ?? '') ?? { status: 404 };
      const answer = () => {
        if (res.destroyed) return;
        if (route.etag && req.headers['if-none-match'] === route.etag) {
          res.writeHead(304);
          return res.end();
        }
        res.writeHead(route.status, { 'content-type': 'application/json', ...(route.etag ? { etag: route.etag } : {}) });
        res.end(route.body ?? '');
      };
      if (route.held) this.held.push(answer);
      else if (route.delayMs) setTimeout(answer, route.delayMs);
      else answer();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers every held request (as its route now says). */
  release(): void {
    this.held.splice(0).forEach((answer) => answer());
  }

  /** Requests for one path so far. */
  requestsFor(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  async stop(): Promise<void> {
    this.held = [];
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
