/** Channels known to render Adaptive Cards 1.5 the way Kindred uses them. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);
/** Channels that show suggested actions (quick replies) under any message. Teams has its own rules, below. */
const SUGGESTION_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'test', 'terminal']);
/** Teams parses at most three suggested actions and drops the rest. */
const TEAMS_MAX_SUGGESTIONS = 3;

/** How a message's next steps reach the person: quick replies, buttons on a card, or (no cards either) not at all. */
export type SuggestionStyle = 'quick-replies' | 'buttons' | 'none';

/** True when the channel renders Adaptive Cards; otherwise send the plain-text rendering. */
export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? '');
}

/**
 * Chooses quick replies where the channel is sure to show all of them, else card buttons, so no next step is lost.
 * Teams shows suggested actions only in personal chat, only the first three, and (as the Agents Playground renders
 * it) not under a message that carries a card; anywhere else in Teams the suggestions become card buttons.
 */
export function suggestionStyle(
  channelId: string | undefined,
  conversationType: string | undefined,
  message: { count: number; withCards: boolean },
): SuggestionStyle {
  if (message.count === 0) return 'none';
  if (channelId === 'msteams') {
    const personal = conversationType === undefined || conversationType === 'personal';
    return personal && message.count <= TEAMS_MAX_SUGGESTIONS && !message.withCards ? 'quick-replies' : 'buttons';
  }
  if (SUGGESTION_CHANNELS.has(channelId ?? '')) return 'quick-replies';
  return supportsCards(channelId) ? 'buttons' : 'none';
}
