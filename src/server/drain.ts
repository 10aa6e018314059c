import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';

/**
 * How long after the stop signal requests on connections already open are still served as usual. A busy
 * event loop may not yet have read a request that reached the socket before the signal (Node 24 showed
 * it: the connection accepted, its request unread, when SIGTERM was handled); those are turns in flight
 * as far as the sender knows, and are served. Only after this are new requests refused.
 */
export const SETTLE_MS = 100;
/** How often the drain checks for finished turns and closes connections that have gone idle. */
const TICK_MS = 25;

export type DrainPhase = 'open' | 'settling' | 'draining' | 'closed';

export interface DrainOptions {
  /**
   * Requests that belong to a turn already in flight, served even while new work is refused: in local mode
   * the built-in Direct Line relays a person's message to /api/messages and takes the bot's replies, both
   * over HTTP to this same server.
   */
  partOfTurnInFlight?: (req: IncomingMessage) => boolean;
  settleMs?: number;
}

export interface DrainOutcome {
  /** Requests still unfinished at the deadline, whose connections were closed. */
  cutOff: number;
  /** How long the drain took, in ms. */
  tookMs: number;
}

/**
 * Graceful shutdown for a Node HTTP server. Node's own `server.close()` is not enough: since Node 19 it
 * destroys every connection without a request in progress at once, which includes one whose request has
 * arrived but not yet been read, and it refuses new connections, which the local Direct Line needs for the
 * turns it relays. So, on `drain()`:
 *
 * 1. settling: requests on open connections are served as usual for `SETTLE_MS` and one more poll of the
 *    sockets;
 * 2. draining: new requests get 503 with `Connection: close` (see `refuses`), responses still to come are
 *    sent with `Connection: close` so their sockets close once the reply is delivered, idle keep-alive
 *    connections are closed, and the drain waits for the requests in flight to finish;
 * 3. closed: the listener closes; at the deadline, whatever is left is cut off and counted.
 */
export class GracefulDrain {
  private phase: DrainPhase = 'open';
  private readonly inFlight = new Set<ServerResponse>();

  constructor(
    private readonly server: HttpServer,
    private readonly options: DrainOptions = {},
  ) {
    // Counted on the raw server, ahead of restify, so that no request is ever missed whatever the router does.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      if (this.phase !== 'open' && this.phase !== 'settling' && !this.options.partOfTurnInFlight?.(req)) return;
      this.inFlight.add(res);
      if (this.phase === 'draining') closeAfterReply(res);
      res.once('close', () => this.inFlight.delete(res));
    });
  }

  get state(): DrainPhase {
    return this.phase;
  }

  /** Whether a request arriving now is new work to refuse (the caller answers 503 with Connection: close). */
  refuses(req: IncomingMessage): boolean {
    return (this.phase === 'draining' || this.phase === 'closed') && !this.options.partOfTurnInFlight?.(req);
  }

  /** Requests being served right now. */
  get active(): number {
    return this.inFlight.size;
  }

  /** Finishes the turns in flight (up to `deadlineMs`), closes every connection and the listener. */
  async drain(deadlineMs: number): Promise<DrainOutcome> {
    const started = Date.now();
    const deadline = started + deadlineMs;
    if (this.phase === 'open') {
      this.phase = 'settling';
      await settle(Math.min(this.options.settleMs ?? SETTLE_MS, deadlineMs));
      this.phase = 'draining';
      for (const res of this.inFlight) closeAfterReply(res);
    }
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      this.server.closeIdleConnections();
      await new Promise((resolve) => setTimeout(resolve, Math.min(TICK_MS, Math.max(1, deadline - Date.now()))));
    }
    const cutOff = this.inFlight.size;
    this.phase = 'closed';
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
    return { cutOff, tookMs: Date.now() - started };
  }
}

/** Waits `ms`, then for one more pass of the event loop's poll phase, so requests already received are read. */
async function settle(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => setImmediate(resolve));
}

/** The reply still goes out in full; only the connection is not kept alive after it. */
function closeAfterReply(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('Connection', 'close');
}
