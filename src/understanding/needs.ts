import en from '../data/needs/en.json';
import es from '../data/needs/es.json';
import type { Lang } from '../i18n/lang';
import { foldText } from './normalise';
import { NEED_IDS, type NeedId } from './types';

// PLACEHOLDER (foundation): exact phrase matching on folded text. The directory issue adds
// typo tolerance and ranking evaluated on a corpus.
type Lexicon = Record<NeedId, string[]>;
const LEXICONS: Record<Lang, Lexicon> = { en: en as Lexicon, es: es as Lexicon };

/** The needs a message mentions, most specific first. `general-info` only when nothing else fits. */
export function detectNeeds(text: string, lang: Lang): NeedId[] {
  const folded = ` ${foldText(text)} `;
  const scored: Array<{ id: NeedId; score: number }> = [];
  for (const id of NEED_IDS) {
    let best = 0;
    for (const lexicon of [LEXICONS[lang], LEXICONS[lang === 'en' ? 'es' : 'en']]) {
      for (const phrase of lexicon[id] ?? []) {
        if (folded.includes(` ${foldText(phrase)} `)) best = Math.max(best, phrase.length);
      }
    }
    if (best > 0) scored.push({ id, score: id === 'general-info' ? 0 : best });
  }
  scored.sort((a, b) => b.score - a.score);
  const ids = scored.map((s) => s.id);
  return ids.length > 1 ? ids.filter((id) => id !== 'general-info') : ids;
}
