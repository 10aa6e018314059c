import { ActionTypes, ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { supportsCards, supportsSuggestions } from './channels';

/** Where a reply is going: enough to choose between a card and plain text, and to offer quick replies. */
export interface ReplyTarget {
  channelId: string | undefined;
  conversationType?: string;
}

/**
 * One outgoing message: the card(s) when the channel renders them, else the complete plain text,
 * with quick replies where the channel shows them. Cards always carry the text as fallback.
 */
export function buildMessage(
  target: ReplyTarget,
  content: { text: string; cards?: Array<Record<string, unknown>>; suggestions?: string[]; carousel?: boolean },
): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message };
  const cards = content.cards ?? [];
  if (cards.length > 0 && supportsCards(target.channelId)) {
    activity.attachments = cards.map((card) => CardFactory.adaptiveCard(card));
    if (cards.length > 1 && content.carousel) activity.attachmentLayout = 'carousel';
  } else {
    activity.text = content.text;
    activity.textFormat = 'plain';
  }
  if (content.suggestions?.length && supportsSuggestions(target.channelId, target.conversationType)) {
    activity.suggestedActions = {
      to: [],
      actions: content.suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
    };
  }
  return activity;
}

/** A plain message with optional quick replies. */
export function textMessage(target: ReplyTarget, text: string, suggestions?: string[]): Partial<Activity> {
  return buildMessage(target, { text, suggestions });
}
