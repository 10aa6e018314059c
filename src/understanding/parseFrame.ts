import { countryFromLocale, langFromLocale, type Lang } from '../i18n/lang';
import { detectCrisis } from '../safety/detectCrisis';
import { findAnswer } from './answers';
import { detectFilters } from './filters';
import { detectLanguage } from './language';
import { detectLineRequest, type LineRequest, type LineTopic } from './lineRequest';
import { detectNeeds } from './needs';
import { saysNearMe, resolvePlace, wantsOnline } from './place';
import { parseRadiusKm } from './radius';
import type { Frame, NeedId } from './types';

/** Knowledge-base topics that are about lines themselves: "what happens when I call 988?" is a question, not a request. */
const ABOUT_LINES = new Set(['crisis-call', 'anonymity', 'warm-line']);
/** The need a kind of line also points at, so the search that follows fits ("the DV hotline" → domestic violence help). */
const NEED_OF_LINE: Partial<Record<LineTopic, NeedId>> = {
  'domestic-violence': 'domestic-violence',
  'sexual-assault': 'sexual-assault',
  veterans: 'veterans-ptsd',
  'lgbtq-youth': 'lgbtq',
};

/**
 * Understands one message: crisis signal, needs, place, radius and filters (ARCHITECTURE.md's Frame), and
 * whether it asks for a line or a question the knowledge base answers. The language comes from the locale when
 * it says en or es, else from the words, else English. Pure apart from loading the gazetteer on first use.
 */
export function parseFrame(text: string, locale?: string | null): Frame {
  const message = String(text ?? '');
  const lang: Lang = langFromLocale(locale) ?? detectLanguage(message) ?? 'en';
  const crisis = detectCrisis(message, locale);
  const filters = detectFilters(message, lang);
  if (!filters.mode && wantsOnline(message)) filters.mode = 'online';
  const found = findAnswer(message, lang);
  const answer = found && (ABOUT_LINES.has(found.answer.topic) || !detectLineRequest(message, lang)) ? found.answer : null;
  const lineRequest: LineRequest | null = answer ? null : detectLineRequest(message, lang);
  const place = resolvePlace(message, { country: countryFromLocale(locale) });
  const frame: Frame = {
    text: message,
    lang,
    crisis: { detected: crisis.detected, level: crisis.level, kinds: crisis.kinds, signals: crisis.signals },
    needs: needsOf(detectNeeds(message, lang), lineRequest, answer !== null),
    place,
    radiusKm: parseRadiusKm(message, lang),
    filters,
  };
  // Present only when they say something, so an ordinary request reads exactly as ARCHITECTURE.md shows it.
  if (lineRequest) frame.lineRequest = lineRequest;
  if (answer) frame.answer = { id: answer.id, topic: answer.topic };
  if (place === null && saysNearMe(message)) frame.nearMe = true;
  return frame;
}

/** A line request leads with crisis-line (and the need its kind of line serves); a question with general-info. */
function needsOf(detected: NeedId[], line: LineRequest | null, question: boolean): NeedId[] {
  const lead: NeedId[] = line
    ? ['crisis-line', ...(NEED_OF_LINE[line.topic] ? [NEED_OF_LINE[line.topic]!] : [])]
    : question
      ? ['general-info']
      : [];
  if (lead.length === 0) return detected;
  return [...lead, ...detected.filter((n) => !lead.includes(n) && n !== 'general-info')];
}
