import { DeliveryModes, type Activity, type BotState, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { StateConflictError } from './errors';

export interface TurnRetryOptions {
  /** The states the turn reads and saves; reloaded from storage before each new attempt. */
  states: BotState[];
  /** Attempts in all, the first included. */
  attempts: number;
  log: Logger;
  /** The conversation's hashed id for the log line, worked out only when there is one to write. */
  conversation?: () => string | undefined;
}

/**
 * Runs the bot's part of a turn so that two messages of one conversation arriving at once cannot corrupt
 * its state. If saving fails with StateConflictError (another turn saved first), the turn is run again on
 * the freshly saved state, as if the messages had arrived one after the other.
 *
 * So that a retried turn never says anything twice, what the bot sends is held back until its state is
 * saved, then sent. The crisis middleware has already replied before this runs, so a retry never repeats
 * the crisis reply. When every attempt conflicts, the StateConflictError is thrown for the turn's error
 * handler, which apologises (with where to get help) and leaves the saved state alone.
 */
export async function runWithTurnRetry(context: TurnContext, turn: () => Promise<void>, options: TurnRetryOptions): Promise<void> {
  const outbox = new Outbox(context);
  for (let attempt = 1; ; attempt += 1) {
    outbox.hold();
    try {
      await turn();
    } catch (err) {
      outbox.discard();
      if (!(err instanceof StateConflictError) || attempt >= options.attempts) throw err;
      options.log.info(
        { event: 'state_conflict', attempt, conversation: options.conversation?.() },
        'conversation changed meanwhile; running the turn again',
      );
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      for (const state of options.states) if (state.get(context) !== undefined) await state.load(context, true);
      continue;
    }
    await outbox.send();
    return;
  }
}

/** Holds back what the bot sends during an attempt, so that it can be sent once the attempt is saved, or dropped. */
class Outbox {
  private held: Array<Partial<Activity>> | null = null;

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (_context, activities, next) => {
      if (!this.held) return next();
      this.held.push(...activities);
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
  }

  hold(): void {
    this.held = [];
  }

  discard(): void {
    this.held = null;
  }

  /**
   * Sends what was held, on from where the outbox stopped it: the handlers registered before the outbox have
   * already seen these activities, and must not see them twice (a logger would count each reply twice). This
   * does what TurnContext.sendActivities does after its handlers: buffer for expectReplies, else the adapter.
   */
  async send(): Promise<void> {
    const activities = this.held ?? [];
    this.held = null;
    if (activities.length === 0) return;
    if (this.context.activity.deliveryMode === DeliveryModes.ExpectReplies) this.context.bufferedReplyActivities.push(...activities);
    else await this.context.adapter.sendActivities(this.context, activities);
    if (activities.some((a) => a.type !== 'trace')) this.context.responded = true;
  }
}
