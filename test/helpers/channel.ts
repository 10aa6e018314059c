import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedReply {
  path: string;
  activity: Record<string, unknown> & {
    type: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  };
}

/**
 * A stand-in for a channel's Bot Connector service: the bot POSTs its replies to this serviceUrl, and the
 * test reads them. `hold()` makes it delay its answers, to keep a turn in flight.
 */
export class CaptureChannel {
  readonly replies: CapturedReply[] = [];
  private server: Server | null = null;
  private waiters: Array<() => void> = [];
  private holding: Promise<void> | null = null;
  private releaseHold: (() => void) | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** Delay every answer until release() is called. */
  hold(): void {
    this.holding = new Promise((resolve) => (this.releaseHold = resolve));
  }

  release(): void {
    this.releaseHold?.();
    this.holding = null;
  }

  /** Waits until at least `count` message replies have arrived (or fails after `ms`). */
  async waitForMessages(count: number, ms = 10_000): Promise<CapturedReply[]> {
    const deadline = Date.now() + ms;
    while (this.messages().length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} message replies, got ${this.messages().length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.messages();
  }

  messages(): CapturedReply[] {
    return this.replies.filter((r) => r.activity.type === 'message');
  }

  async stop(): Promise<void> {
    this.release();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.holding) await this.holding;
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as CapturedReply['activity']) : { type: 'unknown' };
    this.replies.push({ path: req.url ?? '', activity: body });
    this.waiters.splice(0).forEach((w) => w());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `reply-${this.replies.length}` }));
  }
}
