import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { buildMessage, textMessage, type ReplyTarget } from '../cards/message';

/** Where replies to this turn go: the channel, and the kind of conversation (Teams personal or group). */
export function replyTarget(context: TurnContext): ReplyTarget {
  return { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType };
}

/** Sends one short message, with suggested replies where the channel shows them (and channelData for our own page). */
export async function say(
  context: TurnContext,
  text: string,
  suggestions?: string[],
  channelData?: Record<string, unknown>,
): Promise<void> {
  const activity = textMessage(replyTarget(context), text, suggestions);
  if (channelData) activity.channelData = channelData;
  await context.sendActivity(activity);
}

/** Sends cards where the channel renders them, else the complete plain text. */
export async function show(
  context: TurnContext,
  content: { text: string; cards?: Array<Record<string, unknown>>; suggestions?: string[]; carousel?: boolean },
): Promise<void> {
  await context.sendActivity(buildMessage(replyTarget(context), content) as Partial<Activity>);
}

/** The text of a message activity ('' for events and card submits without text). */
export function messageText(context: TurnContext): string {
  return context.activity.type === ActivityTypes.Message && typeof context.activity.text === 'string' ? context.activity.text : '';
}

/** The data of an Adaptive Card Action.Submit, when this message is one. */
export function submitted(context: TurnContext): Record<string, unknown> | null {
  const value = context.activity.type === ActivityTypes.Message ? (context.activity.value as unknown) : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
