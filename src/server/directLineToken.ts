import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'restify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { Config } from '../config';
import type { Logger } from '../log';
import { clientAddress } from './clientAddress';
import type { LocalDirectLine } from './directLine';

/** How long the whole exchange with Azure (connect, answer, body) may take before the page is told to retry. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 5_000;

/** The only fields of Azure's answer that reach the browser; anything else it sends is dropped. */
const azureTokenSchema = z.object({
  token: z.string().min(1),
  conversationId: z.string().optional(),
  expires_in: z.number().optional(),
});

export interface DirectLineTokenOptions {
  config: Config;
  /** The built-in Direct Line (local mode), or null in production. */
  local: LocalDirectLine | null;
  log: Logger;
  timeoutMs?: number;
}

const FAILED = { error: 'Could not start a chat right now. Please try again in a moment.' };

/**
 * POST /api/directline/token: what the web page calls to start a chat. Locally it issues a token for the
 * built-in Direct Line and tells the page where that is; in production it exchanges the Direct Line secret
 * for a short-lived token with Azure, so the secret never reaches the browser. Each client address may start
 * `config.directLineTokensPerMinute` chats a minute; a script asking for more gets 429 with Retry-After, so it
 * cannot spend the bot's Direct Line quota. Nothing that identifies the client, and never the secret, is logged.
 */
export function directLineTokenHandler({ config, local, log, timeoutMs = DEFAULT_TOKEN_TIMEOUT_MS }: DirectLineTokenOptions) {
  const limiter = new RateLimiterMemory({ points: config.directLineTokensPerMinute, duration: 60 });

  return async (req: Request, res: Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    try {
      await limiter.consume(clientAddress(req, config.trustedProxyHops));
    } catch (rejection) {
      const waitMs = rejection instanceof RateLimiterRes ? rejection.msBeforeNext : 60_000;
      log.warn({ event: 'directline_token_limited' }, 'too many chat starts from one address');
      res.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
      res.send(429, { error: 'Too many chats started from here. Please wait a minute and try again.' });
      return;
    }

    if (local) {
      const issued = local.issueToken();
      res.send(200, {
        token: issued.token,
        conversationId: issued.conversationId,
        expires_in: issued.expires_in,
        domain: '/v3/directline',
        webSocket: false,
      });
      return;
    }
    if (!config.directLineSecret) {
      res.send(503, { error: 'Web chat is not configured on this server (DIRECT_LINE_SECRET is not set).' });
      return;
    }
    const started = Date.now();
    try {
      const response = await fetch(config.directLineTokenUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.directLineSecret}`, 'content-type': 'application/json' },
        // Direct Line requires user ids given at token time to start with dl_; a fresh random one per chat.
        body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('base64url')}` } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        log.error({ event: 'directline_token_failed', status: response.status }, 'Direct Line refused the token request');
        res.send(502, FAILED);
        return;
      }
      const parsed = azureTokenSchema.safeParse(await response.json());
      if (!parsed.success) throw new TypeError('Direct Line answered without a token');
      const { token, conversationId, expires_in } = parsed.data;
      // Web Chat must talk to the Direct Line that issued the token (a regional host for a regional bot).
      const domain = `${new URL(config.directLineTokenUrl).origin}/v3/directline`;
      res.send(200, { token, conversationId, expires_in, domain, webSocket: true });
    } catch (err) {
      // The error's class only: a message could carry the URL or what the service sent back.
      const kind = err instanceof Error ? err.name : typeof err;
      log.error({ event: 'directline_token_failed', err: kind, ms: Date.now() - started }, 'Direct Line token exchange failed');
      res.send(502, FAILED);
    }
  };
}
