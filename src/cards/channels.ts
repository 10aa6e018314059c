/** Channels known to render Adaptive Cards 1.5 and suggested actions the way Kindred uses them. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);
/** Teams shows suggested actions only in personal chat; the bot adds buttons to cards elsewhere. */
const SUGGESTION_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'test', 'msteams', 'terminal']);

/** True when the channel renders Adaptive Cards; otherwise send the plain-text rendering. */
export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? '');
}

/** True when the channel shows suggested actions (quick replies). */
export function supportsSuggestions(channelId: string | undefined, conversationType?: string): boolean {
  if (channelId === 'msteams') return conversationType === undefined || conversationType === 'personal';
  return SUGGESTION_CHANNELS.has(channelId ?? '');
}
