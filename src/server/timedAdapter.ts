import {
  CloudAdapter,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';

/** A call to the channel that did not finish within HTTP_TIMEOUT_MS. */
export class ChannelTimeoutError extends Error {
  constructor(operation: string) {
    super(`The channel did not answer ${operation} in time`);
    this.name = 'ChannelTimeoutError';
  }
}

/**
 * CloudAdapter whose calls to the channel (sending, updating, deleting activities) give up after
 * `timeoutMs`, so a channel that stops answering cannot hold a turn, and the request behind it, open.
 * (The Bot Connector client takes no timeout option that survives CloudAdapter's connector factory.)
 */
export class TimedCloudAdapter extends CloudAdapter {
  constructor(
    auth: BotFrameworkAuthentication,
    private readonly timeoutMs: number,
  ) {
    super(auth);
  }

  /**
   * Authenticates and runs one inbound activity that the route has already parsed and checked. (CloudAdapter's
   * own `process` would check the body again, building validation schemas on every request, and answer other
   * failures with a 500 carrying the error's message.) Throws AuthenticationError for a bad token.
   */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }

  override sendActivities(context: TurnContext, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
    return this.inTime('sending', super.sendActivities(context, activities));
  }

  override updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    return this.inTime('updating', super.updateActivity(context, activity));
  }

  override deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    return this.inTime('deleting', super.deleteActivity(context, reference));
  }

  private async inTime<T>(operation: string, call: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ChannelTimeoutError(operation)), this.timeoutMs);
    });
    try {
      return await Promise.race([call, late]);
    } finally {
      clearTimeout(timer);
      // If the deadline won, the call may still fail later; that failure is already accounted for.
      call.catch(() => undefined);
    }
  }
}
