import { expect } from 'chai';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { runWithTurnRetry } from '../../../src/storage/turnRetry';
import { captureLogs } from '../../helpers/logs';

describe('runWithTurnRetry', () => {
  it('sends each held reply once, past the send handlers that already saw it', async () => {
    const seenByMiddleware: string[] = [];
    const state = new ConversationState(new MemoryStorage());
    const adapter = new TestAdapter(async (context) => {
      await runWithTurnRetry(
        context,
        async () => {
          await context.sendActivity('first');
          await context.sendActivity('second');
        },
        { states: [state], attempts: 3, log: captureLogs().log },
      );
    });
    // A logger or telemetry middleware registers its send handler before the turn runs.
    adapter.use(async (context, next) => {
      context.onSendActivities(async (_ctx, activities, send) => {
        seenByMiddleware.push(...activities.map((a) => a.text ?? ''));
        return send();
      });
      await next();
    });

    await adapter.send('hello');
    const delivered: Array<Partial<Activity>> = [];
    for (let a = adapter.activeQueue.shift(); a; a = adapter.activeQueue.shift()) delivered.push(a);
    expect(delivered.map((a) => a.text)).to.deep.equal(['first', 'second']);
    expect(seenByMiddleware, 'each reply passes the middleware once').to.deep.equal(['first', 'second']);
  });
});
