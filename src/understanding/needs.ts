import en from '../data/needs/en.json';
import es from '../data/needs/es.json';
import type { Lang } from '../i18n/lang';
import { foldTokens } from './normalise';
import { PhraseLexicon, type LexiconEntry } from './phraseLexicon';
import { NEED_IDS, type NeedId } from './types';

/** A need and how strongly the message points at it. */
export interface ScoredNeed {
  id: NeedId;
  score: number;
}

interface LexiconFile {
  needs: Partial<Record<NeedId, string[]>>;
}

const EXTRA_MATCH_WEIGHT = 0.1;
// Ways of getting help (group, therapy, a line) rank after what happened (grief, abuse) when the
// message names both with equal strength: "grief group" is a grief need met by a group.
const MODALITY_NEEDS: ReadonlySet<NeedId> = new Set(['support-group', 'therapy', 'crisis-line']);
const MODALITY_FACTOR = 0.5;
/** Longer messages are read up to here, so one pasted essay cannot stall a turn. */
const MAX_MESSAGE_WORDS = 400;

const LEXICONS: Record<Lang, LexiconFile> = { en, es } as Record<Lang, LexiconFile>;
const NEED_LEXICON = new PhraseLexicon<NeedId>(
  (['en', 'es'] as const).flatMap((lang) =>
    NEED_IDS.map((need): LexiconEntry<NeedId> => ({ key: need, lang, phrases: LEXICONS[lang].needs[need] ?? [] })),
  ),
);

/** The needs a message mentions, most likely first. `general-info` only when nothing else fits. */
export function detectNeeds(text: string, lang: Lang): NeedId[] {
  return scoreNeeds(text, lang).map((s) => s.id);
}

/** detectNeeds with the scores behind the order (for evaluation and for the dialog's confidence). */
export function scoreNeeds(text: string, lang: Lang): ScoredNeed[] {
  const found = NEED_LEXICON.match(foldTokens(text).slice(0, MAX_MESSAGE_WORDS), lang);
  const scored: ScoredNeed[] = [];
  for (const [id, weights] of found) {
    weights.sort((a, b) => b - a);
    let score = weights[0]! + EXTRA_MATCH_WEIGHT * (weights.length - 1);
    if (MODALITY_NEEDS.has(id)) score *= MODALITY_FACTOR;
    scored.push({ id, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(MODALITY_NEEDS.has(a.id)) - Number(MODALITY_NEEDS.has(b.id)) ||
      NEED_IDS.indexOf(a.id) - NEED_IDS.indexOf(b.id),
  );
  return scored.length > 1 ? scored.filter((s) => s.id !== 'general-info') : scored;
}
