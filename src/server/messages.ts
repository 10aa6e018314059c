import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';
import { hashId, type Logger } from '../log';
import { activityText } from '../safety/crisisMiddleware';
import { detectCrisis } from '../safety/detectCrisis';
import { activityProblem } from './activitySchema';
import { clientAddress } from './clientAddress';
import { BadRequest, readJsonBody } from './jsonBody';
import type { MessageRateLimit } from './rateLimit';
import type { TimedCloudAdapter } from './timedAdapter';

export interface MessagesRouteOptions {
  adapter: TimedCloudAdapter;
  /** The bot's part of a turn (Kindred.runTurn). */
  turn: (context: TurnContext) => Promise<void>;
  maxBodyBytes: number;
  rateLimit: MessageRateLimit;
  /** Reverse proxies that append to X-Forwarded-For (config TRUSTED_PROXY_HOPS), for the per-address limit. */
  trustedProxyHops: number;
  log: Logger;
}

/**
 * POST /api/messages: validate at the edge, apply the rate limits (never to a crisis message), then hand the
 * activity to the adapter, which authenticates it and runs the crisis middleware and the turn.
 */
export function messagesHandler({ adapter, turn, maxBodyBytes, rateLimit, trustedProxyHops, log }: MessagesRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const body = await readJsonBody(req, maxBodyBytes);
      const problem = activityProblem(body);
      if (problem) throw new BadRequest(400, `Not a usable activity (${problem})`);
      const activity = body as Activity;
      const conversationKey = `${activity.channelId}/${activity.conversation.id}`;

      const decision = await rateLimit.admit(clientAddress(req, trustedProxyHops), conversationKey);
      if (!decision.allowed) {
        if (isCrisisMessage(activity)) {
          log.warn(
            { event: 'rate_limit_crisis_let_through', scope: decision.scope },
            'over the limit, but a crisis message always gets through',
          );
        } else {
          log.warn(
            {
              event: 'rate_limited',
              scope: decision.scope,
              retryAfterSeconds: decision.retryAfterSeconds,
              conversation: hashId(conversationKey),
            },
            'request refused',
          );
          res.header('Retry-After', String(decision.retryAfterSeconds));
          res.send(429, { error: 'Too many messages at once. Please wait a moment and try again.' });
          return;
        }
      }

      const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      let response;
      try {
        response = await adapter.handle(authHeader, withDates(activity), async (context) => {
          // Only authenticated activities count against their conversation.
          await rateLimit.count(conversationKey);
          await turn(context);
        });
      } catch (err) {
        if (!(err instanceof AuthenticationError)) throw err;
        // FailClosedAuthentication has logged why; the caller learns only that it is not authenticated.
        res.send(401, { error: 'Unauthorized' });
        return;
      }
      // An invoke or expectReplies turn answers in the body (the replies, or the invoke's response).
      if (response?.body !== undefined) res.send(response.status ?? 200, response.body);
      else res.send(response?.status ?? 200);
    } catch (err) {
      if (err instanceof BadRequest) {
        log.warn({ event: 'bad_request', route: 'messages', status: err.status, reason: err.message }, 'request refused');
        if (!res.headersSent) res.send(err.status, { error: err.message });
      } else {
        log.error({ event: 'messages_failed', err: err instanceof Error ? err.name : typeof err }, 'could not process activity');
        if (!res.headersSent) res.send(502, { error: 'The activity could not be processed' });
      }
    }
  };
}

/**
 * The activity with its timestamps as Date objects, as Bot Framework's own request handling hands it on
 * (keeping the original strings in raw* fields).
 */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  const fixed: Record<string, unknown> = { ...raw };
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      fixed[rawField] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed as unknown as Activity;
}

/** Whether the words in an activity show signs of crisis (the same detector the crisis middleware uses). */
function isCrisisMessage(activity: Activity): boolean {
  try {
    return detectCrisis(activityText(activity), activity.locale).detected;
  } catch {
    // If the detector cannot tell, treat it as a crisis: a missed crisis is far worse than a skipped limit.
    return true;
  }
}
