import { Culture, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { Lang } from '../i18n/lang';
import { foldText } from '../understanding/normalise';

const CULTURE: Record<Lang, string> = { en: Culture.English, es: Culture.Spanish };
/** Only short messages name a position in a list; a long one is a request ("help in 2 weeks"). */
const MAX_WORDS = 7;
/** Words that make a bare number mean "that position": "number 3", "#2", "option 1", "el número 2". */
const NUMBER_CUE = /(^|\s)(number|no|num|option|item|card|result|numero|opcion|resultado|tarjeta|el|la)\s*$/;

/**
 * The position in a list a short message points at, 1-based: "the second one", "number 3", "3rd",
 * "the last one", "el segundo", "la tercera", "número 2", or a bare "2". Null when it names none, or one
 * beyond `count`. Uses recognizers-text for the ordinals and numbers of both languages (either may be typed).
 */
export function readPosition(text: string, lang: Lang, count: number): number | null {
  const message = String(text ?? '').trim();
  if (!message || message.split(/\s+/).length > MAX_WORDS) return null;
  const langs: Lang[] = lang === 'es' ? ['es', 'en'] : ['en', 'es'];
  for (const l of langs) {
    for (const found of recognizeOrdinal(message, CULTURE[l])) {
      const resolution = found.resolution as { value?: string; relativeTo?: string; offset?: string } | undefined;
      if (resolution?.relativeTo === 'end' || /^(last|ultim[oa])$/.test(foldText(found.text))) {
        const back = Number(resolution?.offset ?? 0);
        return within(count + (Number.isFinite(back) ? back : 0), count);
      }
      const value = Number(resolution?.value);
      if (Number.isInteger(value) && value > 0) return within(value, count);
    }
  }
  for (const l of langs) {
    for (const found of recognizeNumber(message, CULTURE[l])) {
      const value = Number((found.resolution as { value?: string } | undefined)?.value);
      if (!Number.isInteger(value) || value <= 0) continue;
      const before = foldText(message.slice(0, found.start).replace(/#/g, ' number '));
      const bare = foldText(message) === foldText(found.text);
      if (bare || NUMBER_CUE.test(before) || message.slice(0, found.start).trim().endsWith('#')) return within(value, count);
    }
  }
  return null;
}

function within(position: number, count: number): number | null {
  return position >= 1 && position <= count ? position : null;
}
