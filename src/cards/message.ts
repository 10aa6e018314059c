import { ActionTypes, ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { suggestionStyle, supportsCards } from './channels';

/**
 * Where a reply is going: enough to choose between a card and plain text, and between quick replies and
 * buttons. An inbound activity fits as it is (its `conversation.conversationType` is read).
 */
export interface ReplyTarget {
  channelId: string | undefined;
  conversationType?: string;
  conversation?: { conversationType?: string };
}

type Card = Record<string, unknown>;

/** What a suggestion button sends back: a marker and the words, as the `value` of a message activity. */
export interface SuggestionValue {
  kindred: 'suggestion';
  text: string;
}

/**
 * One outgoing message: the card(s) when the channel renders them, else the complete plain text. Suggestions
 * become quick replies where the channel shows them all, else buttons on a card (see suggestionStyle), so nobody
 * is left without a next step. Cards always carry the text as fallback.
 */
export function buildMessage(
  target: ReplyTarget,
  content: { text: string; cards?: Card[]; suggestions?: string[]; carousel?: boolean },
): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message };
  const conversationType = target.conversationType ?? target.conversation?.conversationType;
  const suggestions = content.suggestions ?? [];
  const given = supportsCards(target.channelId) ? (content.cards ?? []) : [];
  const style = suggestionStyle(target.channelId, conversationType, { count: suggestions.length, withCards: given.length > 0 });
  const asQuickReplies = style === 'quick-replies';
  const asButtons = style === 'buttons';

  if (given.length > 0) {
    // Buttons go on the last card (they belong to it: "I'm safe" under the crisis card).
    const cards = asButtons ? [...given.slice(0, -1), withButtons(given[given.length - 1]!, suggestions)] : given;
    activity.attachments = cards.map((card) => CardFactory.adaptiveCard(card));
    if (cards.length > 1 && content.carousel) activity.attachmentLayout = 'carousel';
  } else if (asButtons) {
    // One card with the words and the buttons under them: Teams would draw text and card as two bubbles.
    activity.attachments = [CardFactory.adaptiveCard(textWithButtonsCard(content.text, suggestions))];
  } else {
    activity.text = content.text;
    activity.textFormat = 'plain';
  }
  if (asQuickReplies) {
    activity.suggestedActions = {
      to: [],
      actions: suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
    };
  }
  return activity;
}

/** A plain message with optional quick replies (or buttons where quick replies are not shown). */
export function textMessage(target: ReplyTarget, text: string, suggestions?: string[]): Partial<Activity> {
  return buildMessage(target, { text, suggestions });
}

/**
 * One suggestion as an Adaptive Card button: a plain Action.Submit whose data carries the words. Teams delivers it
 * as a message with that `value` (and no text) in every scope, mentioned or not; src/bots/teams.ts turns it back
 * into the words. (Teams' msteams messageBack/imBack variants would also echo the words into the chat, but the
 * Agents Playground does not send them at all, so they could not be tested here.)
 */
function suggestionAction(suggestion: string): Card {
  const data: SuggestionValue = { kindred: 'suggestion', text: suggestion };
  return { type: 'Action.Submit', title: suggestion, data };
}

function buttonSet(suggestions: string[]): Card {
  return { type: 'ActionSet', actions: suggestions.map(suggestionAction) };
}

function withButtons(card: Card, suggestions: string[]): Card {
  const body = Array.isArray(card.body) ? (card.body as Card[]) : [];
  return { ...card, body: [...body, buttonSet(suggestions)] };
}

function textWithButtonsCard(text: string, suggestions: string[]): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: text,
    body: [{ type: 'TextBlock', text, wrap: true }, buttonSet(suggestions)],
  };
}
