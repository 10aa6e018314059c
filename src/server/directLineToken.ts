import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { LocalDirectLine } from './directLine';

const TOKEN_TIMEOUT_MS = 5_000;

/**
 * POST /api/directline/token: what the web page calls to start a chat. Locally it issues a token for the
 * built-in Direct Line and tells the page where that is; in production it exchanges the Direct Line secret
 * for a short-lived token with Azure, so the secret never reaches the browser.
 */
export function directLineTokenHandler(config: Config, local: LocalDirectLine | null, log: Logger) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    if (local) {
      const issued = local.issueToken();
      res.send(200, {
        token: issued.token,
        conversationId: issued.conversationId,
        expires_in: issued.expires_in,
        domain: '/v3/directline',
      });
      return;
    }
    if (!config.directLineSecret) {
      res.send(503, { error: 'Web chat is not configured on this server (DIRECT_LINE_SECRET is not set).' });
      return;
    }
    try {
      const response = await fetch(config.directLineTokenUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.directLineSecret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('base64url')}` } }),
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      });
      if (!response.ok) {
        log.error({ event: 'directline_token_failed', status: response.status }, 'Direct Line refused the token request');
        res.send(502, { error: 'Could not start a chat right now.' });
        return;
      }
      const body = (await response.json()) as { token?: unknown; conversationId?: unknown; expires_in?: unknown };
      if (typeof body.token !== 'string') throw new Error('no token in response');
      res.send(200, { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in });
    } catch (err) {
      log.error(
        { event: 'directline_token_failed', err: err instanceof Error ? err.name : typeof err },
        'Direct Line token exchange failed',
      );
      res.send(502, { error: 'Could not start a chat right now.' });
    }
  };
}
