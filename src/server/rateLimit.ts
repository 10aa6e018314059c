import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Activities per minute from one conversation; 0 for no limit. */
  conversationPerMinute: number;
  /** Activities per minute from one client address; 0 for no limit. */
  ipPerMinute: number;
}

/** The limiter's answer: go ahead, or wait `retryAfterSeconds` because of one limit. */
export type RateDecision = { allowed: true } | { allowed: false; scope: 'ip' | 'conversation'; retryAfterSeconds: number };

const ALLOWED: RateDecision = { allowed: true };

/**
 * Per-address and per-conversation limits on /api/messages (rate-limiter-flexible, in memory, one-minute
 * windows; in memory means per instance, enough to stop one client flooding one instance).
 *
 * The address is counted before authentication: it is the sender who floods. A conversation is only
 * counted once a request has been authenticated (count()), and merely checked before (admit()), so that
 * nobody can use up someone else's conversation by sending unauthenticated requests in its name.
 * The caller decides what a refusal means; a crisis message is never refused (see messages.ts).
 */
export class MessageRateLimit {
  private readonly byIp: RateLimiterMemory | null;
  private readonly byConversation: RateLimiterMemory | null;

  constructor(private readonly options: RateLimitOptions) {
    this.byIp = options.ipPerMinute > 0 ? new RateLimiterMemory({ keyPrefix: 'ip', points: options.ipPerMinute, duration: 60 }) : null;
    this.byConversation =
      options.conversationPerMinute > 0
        ? new RateLimiterMemory({ keyPrefix: 'conversation', points: options.conversationPerMinute, duration: 60 })
        : null;
  }

  /** Counts one request from `ip`, and says whether it, and the conversation, are still within their limits. */
  async admit(ip: string, conversationKey: string): Promise<RateDecision> {
    if (this.byIp) {
      try {
        await this.byIp.consume(ip);
      } catch (rejection) {
        // rate-limiter-flexible rejects with a RateLimiterRes when over the limit; anything else is its own failure.
        if (rejection instanceof RateLimiterRes) return refuse('ip', rejection);
      }
    }
    if (this.byConversation) {
      const used = await this.byConversation.get(conversationKey);
      if (used && used.consumedPoints >= this.options.conversationPerMinute) return refuse('conversation', used);
    }
    return ALLOWED;
  }

  /** Counts one authenticated activity in a conversation. */
  async count(conversationKey: string): Promise<void> {
    await this.byConversation?.consume(conversationKey).catch(() => undefined);
  }
}

function refuse(scope: 'ip' | 'conversation', res: RateLimiterRes): RateDecision {
  return { allowed: false, scope, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}
