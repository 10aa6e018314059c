import { TurnContext, type Activity } from 'botbuilder';
import type { SuggestionValue } from '../cards/message';

/** Teams conversation types where several people share the conversation and Kindred speaks only when asked. */
const SHARED_CONVERSATIONS = new Set(['groupChat', 'channel']);

/** True for a Teams group chat or channel (not a one-to-one chat with Kindred). */
export function isTeamsSharedConversation(activity: Pick<Partial<Activity>, 'channelId' | 'conversation'>): boolean {
  return activity.channelId === 'msteams' && SHARED_CONVERSATIONS.has(activity.conversation?.conversationType ?? '');
}

/**
 * Teams manners for an inbound message, applied before the dialogs see it. In a group chat or channel Kindred
 * answers only when it is @mentioned, or when someone presses one of its card buttons (a card submit carries a
 * `value`, and in Teams the bot receives those whether or not it is mentioned). In every Teams conversation the
 * mention of Kindred is removed from the text, and other people's mentions keep their names but lose the
 * `<at>` tags, so "<at>Kindred</at> a grief group for <at>Sam</at>" reaches the dialogs as "a grief group for Sam";
 * a press of one of Kindred's suggestion buttons reaches them as the button's words.
 *
 * Returns false when the message was not addressed to Kindred and the bot should stay quiet. The crisis
 * middleware has already looked at the message by then, whatever this returns: safety does not wait for a mention.
 */
export function acceptTeamsMessage(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.channelId !== 'msteams') return true;
  const pressed = suggestionPressed(activity.value);
  if (pressed !== null && !activity.text) activity.text = pressed;
  const botId = activity.recipient?.id;
  const mentionsBot = TurnContext.getMentions(activity).some((m) => botId !== undefined && m.mentioned?.id === botId);
  if (typeof activity.text === 'string') activity.text = withoutMention(activity, botId);
  if (!isTeamsSharedConversation(activity)) return true;
  return mentionsBot || activity.value !== undefined;
}

/** The words of one of Kindred's suggestion buttons (src/cards/message.ts), or null for any other value. */
function suggestionPressed(value: unknown): string | null {
  const v = value as Partial<SuggestionValue> | null | undefined;
  return v && typeof v === 'object' && v.kindred === 'suggestion' && typeof v.text === 'string' ? v.text : null;
}

/** The text with every mention of the bot removed and the remaining `<at>Name</at>` tags reduced to the name. */
function withoutMention(activity: Activity, botId: string | undefined): string {
  let text = activity.text;
  for (const mention of TurnContext.getMentions(activity)) {
    if (botId !== undefined && mention.mentioned?.id === botId && mention.text) text = text.split(mention.text).join(' ');
  }
  return text
    .replace(/<at>([^<]*)<\/at>/gi, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
