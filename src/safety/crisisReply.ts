import type { Lang } from '../i18n/lang';
import { stringsFor } from '../i18n';
import type { CrisisSignal } from './types';

// PLACEHOLDER (foundation): US lines only, hard-wired from ../shared/hotlines.md (verified rows).
// The safety issue replaces this with the hotline book (src/data/hotlines.json) for every country.

/** Everything needed to answer a crisis message, with nothing but the text and the locale. */
export interface CrisisReply {
  /** Plain text for channels without cards, and the card's fallback text. */
  text: string;
  /** An Adaptive Card (1.5) with call/text actions. */
  card: Record<string, unknown>;
  /** Quick replies to offer after the reply. */
  suggestions: string[];
  /** The country whose lines are shown, and whether we knew it or fell back to the default. */
  country: string;
  countryKnown: boolean;
}

export interface CrisisContext {
  lang: Lang;
  /** A country the user named or the locale gave; null when unknown. */
  country: string | null;
  defaultCountry: string;
}

/** Builds the crisis reply for a detected signal. Pure; never throws on a valid signal. */
export function composeCrisisReply(signal: CrisisSignal, ctx: CrisisContext): CrisisReply {
  const s = stringsFor(ctx.lang).crisis;
  const lines = [s.emergencyUs, s.line988Us];
  const text = [s.heard, ...lines, s.askSafe].join('\n\n');
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: text,
    body: [
      { type: 'TextBlock', text: s.heard, wrap: true },
      ...lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true, weight: 'Bolder' })),
      { type: 'TextBlock', text: s.askSafe, wrap: true },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: s.call988, url: 'tel:988' },
      { type: 'Action.OpenUrl', title: s.call911, url: 'tel:911' },
    ],
  };
  void signal;
  return { text, card, suggestions: [s.safeYes, s.safeNo], country: ctx.country ?? ctx.defaultCountry, countryKnown: ctx.country !== null };
}
