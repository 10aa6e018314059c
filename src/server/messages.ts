import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../log';
import type { KindredBot } from '../bots/kindredBot';
import { activityProblem } from './activitySchema';
import { BadRequest, readJsonBody } from './jsonBody';

export interface MessagesRouteOptions {
  adapter: CloudAdapter;
  bot: KindredBot;
  maxBodyBytes: number;
  log: Logger;
}

/** POST /api/messages: validate at the edge, then hand the activity to the adapter (which authenticates it). */
export function messagesHandler({ adapter, bot, maxBodyBytes, log }: MessagesRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const body = await readJsonBody(req, maxBodyBytes);
      const problem = activityProblem(body);
      if (problem) throw new BadRequest(400, `Not a usable activity (${problem})`);
      (req as { body?: unknown }).body = body;
      await adapter.process(req, res, (context) => bot.run(context));
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
