import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../log';
import { BadRequest, readJsonBody } from './jsonBody';

/**
 * A local stand-in for Azure's Direct Line 3.0 service, so the web chat page works with no Azure account.
 * On only in local mode. It speaks Direct Line to the browser (create conversation, post activity, poll with
 * watermark, token refresh) and the Bot Framework protocol to the bot: it POSTs each user activity to
 * /api/messages with itself as `serviceUrl`, and receives the bot's replies on /v3/conversations/...,
 * exactly as the Azure service would.
 */
export interface LocalDirectLineOptions {
  /** The server's own base URL (http://127.0.0.1:PORT), known once it listens. */
  selfUrl: () => string;
  maxBodyBytes: number;
  log: Logger;
  botId?: string;
  botName?: string;
  tokenTtlSeconds?: number;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
}

interface StoredActivity {
  [key: string]: unknown;
  id: string;
}

interface Conversation {
  id: string;
  token: string;
  tokenExpires: number;
  userId: string;
  started: boolean;
  activities: StoredActivity[];
  /** How many early activities were dropped to bound memory; watermarks stay absolute. */
  dropped: number;
  sequence: number;
  lastSeen: number;
}

const BOT_TIMEOUT_MS = 15_000;
/** Marks this relay's own requests to /api/messages, so a shutdown still lets them through (see isRelay). */
const RELAY_HEADER = 'x-kindred-local-relay';

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export class LocalDirectLine {
  private readonly byId = new Map<string, Conversation>();
  private readonly byToken = new Map<string, Conversation>();
  private readonly botId: string;
  private readonly botName: string;
  private readonly ttl: number;
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  /** Known only to this process: a request carrying it is the relay, not someone outside. */
  private readonly relayToken = randomId(24);

  constructor(private readonly options: LocalDirectLineOptions) {
    this.botId = options.botId ?? 'kindred';
    this.botName = options.botName ?? 'Kindred';
    this.ttl = options.tokenTtlSeconds ?? 1800;
    this.maxConversations = options.maxConversations ?? 5000;
    this.maxActivities = options.maxActivitiesPerConversation ?? 1000;
  }

  /** Issues a token for a new conversation (what the page's token endpoint returns in local mode). */
  issueToken(): { conversationId: string; token: string; expires_in: number; userId: string } {
    this.evictIfFull();
    const conversation: Conversation = {
      id: `${randomId(16)}-local`,
      token: randomId(32),
      tokenExpires: Date.now() + this.ttl * 1000,
      userId: `dl_${randomId(12)}`,
      started: false,
      activities: [],
      dropped: 0,
      sequence: 0,
      lastSeen: Date.now(),
    };
    this.byId.set(conversation.id, conversation);
    this.byToken.set(conversation.token, conversation);
    return { conversationId: conversation.id, token: conversation.token, expires_in: this.ttl, userId: conversation.userId };
  }

  get conversationCount(): number {
    return this.byId.size;
  }

  /**
   * Whether a request is part of a turn this relay already has in flight: its POST of a person's message
   * to /api/messages, or the bot's reply coming back to the Bot Connector routes. While the server drains
   * on shutdown these are still served; everything else new is refused.
   */
  isRelay(req: IncomingMessage): boolean {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/v3/conversations/')) return true;
    return path === '/api/messages' && req.headers[RELAY_HEADER] === this.relayToken;
  }

  /** Adds the Direct Line routes (browser side) and the Bot Connector routes (bot side) to the server. */
  register(server: Server): void {
    const dl = '/v3/directline';
    server.post(
      `${dl}/conversations`,
      this.route((req, res) => this.startConversation(req, res)),
    );
    server.get(
      `${dl}/conversations/:conversationId`,
      this.route((req, res) => this.reconnect(req, res)),
    );
    server.post(
      `${dl}/conversations/:conversationId/activities`,
      this.route((req, res) => this.postFromClient(req, res)),
    );
    server.get(
      `${dl}/conversations/:conversationId/activities`,
      this.route((req, res) => this.poll(req, res)),
    );
    server.post(
      `${dl}/conversations/:conversationId/upload`,
      this.route((_req, res) => void res.send(415, { error: { code: 'BadArgument', message: 'Uploads are not supported' } })),
    );
    server.post(
      `${dl}/tokens/refresh`,
      this.route((req, res) => this.refresh(req, res)),
    );
    // The bot's side: replies arrive here because we gave ourselves as serviceUrl.
    server.post(
      '/v3/conversations/:conversationId/activities/:activityId',
      this.route((req, res) => this.postFromBot(req, res)),
    );
    server.post(
      '/v3/conversations/:conversationId/activities',
      this.route((req, res) => this.postFromBot(req, res)),
    );
    server.put(
      '/v3/conversations/:conversationId/activities/:activityId',
      this.route((req, res) => this.updateFromBot(req, res)),
    );
    server.del(
      '/v3/conversations/:conversationId/activities/:activityId',
      this.route((req, res) => this.deleteFromBot(req, res)),
    );
  }

  private route(handler: (req: Request, res: Response) => Promise<void> | void) {
    return async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res);
      } catch (err) {
        if (err instanceof BadRequest) {
          this.options.log.warn({ event: 'bad_request', route: 'directline', status: err.status, reason: err.message }, 'request refused');
          if (!res.headersSent) res.send(err.status, { error: { code: 'BadArgument', message: err.message } });
        } else {
          this.options.log.error({ event: 'directline_failed', err: err instanceof Error ? err.name : typeof err }, 'direct line error');
          if (!res.headersSent) res.send(500, { error: { code: 'ServiceError', message: 'Direct Line error' } });
        }
      }
    };
  }

  private authorised(req: Request, res: Response): Conversation | null {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const conversation = this.byToken.get(token);
    if (!conversation || conversation.tokenExpires < Date.now()) {
      res.send(403, { error: { code: 'TokenExpired', message: 'Token is missing, unknown or expired' } });
      return null;
    }
    const wanted = (req.params as { conversationId?: string }).conversationId;
    if (wanted && wanted !== conversation.id) {
      res.send(403, { error: { code: 'BadArgument', message: 'Token is not valid for this conversation' } });
      return null;
    }
    conversation.lastSeen = Date.now();
    return conversation;
  }

  private async startConversation(req: Request, res: Response): Promise<void> {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    res.send(conversation.started ? 200 : 201, this.describe(conversation));
    if (!conversation.started) {
      conversation.started = true;
      // Like Azure Direct Line when the token names the user: the bot learns that bot and user joined.
      await this.deliverToBot(conversation, {
        type: 'conversationUpdate',
        membersAdded: [{ id: this.botId, name: this.botName }, { id: conversation.userId }],
        from: { id: conversation.userId },
      });
    }
  }

  private reconnect(req: Request, res: Response): void {
    const conversation = this.authorised(req, res);
    if (conversation) res.send(200, this.describe(conversation));
  }

  private refresh(req: Request, res: Response): void {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    this.byToken.delete(conversation.token);
    conversation.token = randomId(32);
    conversation.tokenExpires = Date.now() + this.ttl * 1000;
    this.byToken.set(conversation.token, conversation);
    res.send(200, { conversationId: conversation.id, token: conversation.token, expires_in: this.ttl });
  }

  private describe(conversation: Conversation) {
    return {
      conversationId: conversation.id,
      token: conversation.token,
      expires_in: this.ttl,
      streamUrl: null,
      referenceGrammarId: this.botId,
    };
  }

  private async postFromClient(req: Request, res: Response): Promise<void> {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    const body = await readJsonBody(req, this.options.maxBodyBytes);
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      throw new BadRequest(400, 'An activity needs a type');
    }
    const sent = body as Record<string, unknown>;
    const from = typeof sent.from === 'object' && sent.from ? (sent.from as Record<string, unknown>) : {};
    const activity = await this.deliverToBot(conversation, {
      ...sent,
      // Direct Line fixes the sender to the user the token was issued for.
      from: { ...from, id: conversation.userId, role: 'user' },
    });
    if (activity.status >= 400) {
      res.send(502, { error: { code: 'BotError', message: 'The bot could not take the message' } });
      return;
    }
    res.send(200, { id: activity.id });
  }

  /** Stamps an activity as Direct Line would, records it for the client, and POSTs it to the bot. */
  private async deliverToBot(conversation: Conversation, partial: Record<string, unknown>): Promise<{ id: string; status: number }> {
    const id = this.nextId(conversation);
    const now = new Date().toISOString();
    const activity: StoredActivity = {
      ...partial,
      id,
      timestamp: now,
      serviceUrl: this.options.selfUrl(),
      channelId: 'directline',
      conversation: { id: conversation.id },
      recipient: { id: this.botId, name: this.botName, role: 'bot' },
    };
    if (activity.type === 'message' || activity.type === 'event') this.store(conversation, activity);
    try {
      const response = await fetch(`${this.options.selfUrl()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [RELAY_HEADER]: this.relayToken },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      return { id, status: response.status };
    } catch (err) {
      this.options.log.error(
        { event: 'directline_bot_unreachable', err: err instanceof Error ? err.name : typeof err },
        'bot did not answer',
      );
      return { id, status: 504 };
    }
  }

  private poll(req: Request, res: Response): void {
    const conversation = this.authorised(req, res);
    if (!conversation) return;
    const raw = new URLSearchParams(req.getQuery() ?? '').get('watermark');
    const from = raw && /^\d+$/.test(raw) ? Number(raw) : 0;
    const total = conversation.dropped + conversation.activities.length;
    const activities = conversation.activities.slice(Math.max(0, Math.min(from, total) - conversation.dropped));
    res.send(200, { activities, watermark: String(total) });
  }

  private async postFromBot(req: Request, res: Response): Promise<void> {
    const conversation = this.byId.get((req.params as { conversationId: string }).conversationId);
    const body = await readJsonBody(req, this.options.maxBodyBytes);
    if (!conversation) {
      res.send(404, { error: { code: 'BadArgument', message: 'Unknown conversation' } });
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest(400, 'An activity must be a JSON object');
    const id = this.nextId(conversation);
    this.store(conversation, {
      ...(body as Record<string, unknown>),
      id,
      timestamp: new Date().toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
      from: { id: this.botId, name: this.botName, role: 'bot' },
    });
    res.send(200, { id });
  }

  private async updateFromBot(req: Request, res: Response): Promise<void> {
    const params = req.params as { conversationId: string; activityId: string };
    const conversation = this.byId.get(params.conversationId);
    const body = await readJsonBody(req, this.options.maxBodyBytes);
    const index = conversation?.activities.findIndex((a) => a.id === params.activityId) ?? -1;
    if (!conversation || index < 0) {
      res.send(404, { error: { code: 'BadArgument', message: 'Unknown activity' } });
      return;
    }
    // Direct Line delivers an update as a new activity with the same id.
    this.store(conversation, {
      ...(body as Record<string, unknown>),
      id: params.activityId,
      channelId: 'directline',
      conversation: { id: conversation.id },
    });
    res.send(200, { id: params.activityId });
  }

  private deleteFromBot(_req: Request, res: Response): void {
    res.send(405, { error: { code: 'BadArgument', message: 'Direct Line does not support deleting activities' } });
  }

  private nextId(conversation: Conversation): string {
    conversation.sequence += 1;
    return `${conversation.id}|${String(conversation.sequence).padStart(7, '0')}`;
  }

  private store(conversation: Conversation, activity: StoredActivity): void {
    conversation.activities.push(activity);
    if (conversation.activities.length > this.maxActivities) {
      conversation.activities.shift();
      conversation.dropped += 1;
    }
    conversation.lastSeen = Date.now();
  }

  private evictIfFull(): void {
    const now = Date.now();
    for (const [id, c] of this.byId) {
      if (c.tokenExpires < now && c.lastSeen + this.ttl * 1000 < now) this.forget(id, c);
    }
    while (this.byId.size >= this.maxConversations) {
      const oldest = [...this.byId.values()].reduce((a, b) => (a.lastSeen <= b.lastSeen ? a : b));
      this.forget(oldest.id, oldest);
    }
  }

  private forget(id: string, conversation: Conversation): void {
    this.byId.delete(id);
    this.byToken.delete(conversation.token);
  }
}
