import stopwords from '../data/language/stopwords.json';
import type { Lang } from '../i18n/lang';
import { foldTokens } from './normalise';

const WORDS: Record<Lang, Set<string>> = {
  en: new Set(stopwords.en.flatMap(foldTokens)),
  es: new Set(stopwords.es.flatMap(foldTokens)),
};
// Spanish punctuation and letters English never uses.
const SPANISH_MARKS = /[ñ¿¡áéíóú]/gi;

/** The language a message is written in, from its frequent words, or null when it does not say. */
export function detectLanguage(text: string): Lang | null {
  const tokens = foldTokens(text);
  let en = 0;
  let es = (String(text ?? '').match(SPANISH_MARKS) ?? []).length;
  for (const t of tokens) {
    const inEn = WORDS.en.has(t);
    const inEs = WORDS.es.has(t);
    if (inEn && !inEs) en++;
    if (inEs && !inEn) es++;
  }
  if (en === es) return null;
  return en > es ? 'en' : 'es';
}
