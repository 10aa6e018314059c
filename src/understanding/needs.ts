import en from '../data/needs/en.json';
import es from '../data/needs/es.json';
import type { Lang } from '../i18n/lang';
import { boundedEditDistance, typoBudget } from './editDistance';
import { foldTokens } from './normalise';
import { stem } from './stem';
import { NEED_IDS, type NeedId } from './types';

/** A need and how strongly the message points at it. */
export interface ScoredNeed {
  id: NeedId;
  score: number;
}

interface LexiconFile {
  needs: Partial<Record<NeedId, string[]>>;
}
interface Phrase {
  need: NeedId;
  words: string[];
  /** The last word may be a prefix ("addict*"). */
  prefix: boolean;
  lang: Lang;
}
/** "landlord + out": every part somewhere in the message, in any order. */
interface Together {
  need: NeedId;
  parts: string[][];
  lang: Lang;
}

// Scoring, in "matched words": a longer phrase says more; a typo or the other language says a little less.
const TYPO_DISCOUNT = 0.25;
const OTHER_LANGUAGE_FACTOR = 0.85;
const EXTRA_MATCH_WEIGHT = 0.1;
// Ways of getting help (group, therapy, a line) rank after what happened (grief, abuse) when the
// message names both with equal strength: "grief group" is a grief need met by a group.
const MODALITY_NEEDS: ReadonlySet<NeedId> = new Set(['support-group', 'therapy', 'crisis-line']);
const MODALITY_FACTOR = 0.5;
/** Longer messages are read up to here, so one pasted essay cannot stall a turn. */
const MAX_MESSAGE_WORDS = 400;

const LEXICONS: Record<Lang, LexiconFile> = { en, es } as Record<Lang, LexiconFile>;
const PHRASES: Phrase[] = [];
const TOGETHER: Together[] = [];
for (const lang of ['en', 'es'] as const) {
  for (const need of NEED_IDS) {
    for (const entry of LEXICONS[lang].needs[need] ?? []) {
      if (entry.includes(' + ')) {
        TOGETHER.push({ need, parts: entry.split(' + ').map(foldTokens), lang });
        continue;
      }
      const prefix = entry.endsWith('*');
      const words = foldTokens(prefix ? entry.slice(0, -1) : entry);
      if (words.length > 0) PHRASES.push({ need, words, prefix, lang });
    }
  }
}
const VOCABULARY = [...new Set([...PHRASES.flatMap((p) => p.words), ...TOGETHER.flatMap((t) => t.parts.flat())])];
const VOCABULARY_STEMS = VOCABULARY.map(stem);
const VOCABULARY_LETTERS = VOCABULARY.map(letterCounts);
const EXACT_INDEX = new Map(VOCABULARY.map((w, i) => [w, i]));
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_FIRST_WORD.set(p.words[0]!, [...(BY_FIRST_WORD.get(p.words[0]!) ?? []), p]);
const PREFIXES = PHRASES.filter((p) => p.prefix && p.words.length === 1);

/** The needs a message mentions, most likely first. `general-info` only when nothing else fits. */
export function detectNeeds(text: string, lang: Lang): NeedId[] {
  return scoreNeeds(text, lang).map((s) => s.id);
}

/** detectNeeds with the scores behind the order (for evaluation and for the dialog's confidence). */
export function scoreNeeds(text: string, lang: Lang): ScoredNeed[] {
  const tokens = foldTokens(text).slice(0, MAX_MESSAGE_WORDS);
  const readings = tokens.map(readToken);
  const found = new Map<NeedId, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (const [word, edits] of readings[i]!) {
      for (const phrase of BY_FIRST_WORD.get(word) ?? []) {
        const total = matchFrom(phrase, readings, i, edits);
        if (total === null) continue;
        let weight = phrase.words.length - TYPO_DISCOUNT * total;
        if (phrase.lang !== lang) weight *= OTHER_LANGUAGE_FACTOR;
        found.set(phrase.need, [...(found.get(phrase.need) ?? []), weight]);
      }
    }
    for (const p of PREFIXES) {
      if (tokens[i]!.startsWith(p.words[0]!) && tokens[i] !== p.words[0]) {
        found.set(p.need, [...(found.get(p.need) ?? []), p.lang === lang ? 1 : OTHER_LANGUAGE_FACTOR]);
      }
    }
  }
  for (const t of TOGETHER) {
    const words = t.parts.reduce((n, part) => n + part.length, 0);
    const typos = t.parts.map((part) => bestOccurrence(part, readings));
    if (typos.some((x) => x === null)) continue;
    let weight = words - TYPO_DISCOUNT * typos.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (t.lang !== lang) weight *= OTHER_LANGUAGE_FACTOR;
    found.set(t.need, [...(found.get(t.need) ?? []), weight]);
  }
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

/** Typos used if the phrase's words follow from position i, or null when they do not. */
function matchFrom(phrase: Phrase, readings: Array<Map<string, number>>, i: number, firstEdits: number): number | null {
  let total = firstEdits;
  for (let k = 1; k < phrase.words.length; k++) {
    const edits = readings[i + k]?.get(phrase.words[k]!);
    if (edits === undefined) return null;
    total += edits;
  }
  return total;
}

/** The fewest typos with which these words occur in a row somewhere in the message, or null. */
function bestOccurrence(words: string[], readings: Array<Map<string, number>>): number | null {
  let best: number | null = null;
  for (let i = 0; i < readings.length; i++) {
    const first = readings[i]!.get(words[0]!);
    if (first === undefined) continue;
    const total = matchFrom({ words } as Phrase, readings, i, first);
    if (total !== null && (best === null || total < best)) best = total;
  }
  return best;
}

const READINGS_CACHE = new Map<string, Map<string, number>>();
const CACHE_LIMIT = 5000;

/** The lexicon words a typed word can be, with the typos each costs. */
function readToken(token: string): Map<string, number> {
  const cached = READINGS_CACHE.get(token);
  if (cached) return cached;
  const out = new Map<string, number>();
  // A word spelt exactly as a lexicon word is that word, not a typo of another ("duelo" is not "dueño").
  const budget = EXACT_INDEX.has(token) ? 0 : typoBudget(token.length);
  const tokenStem = stem(token);
  const letters = letterCounts(token);
  if (EXACT_INDEX.has(token)) out.set(token, 0);
  for (let w = 0; w < VOCABULARY.length; w++) {
    const word = VOCABULARY[w]!;
    if (word === token) continue;
    if (tokenStem.length >= 4 && tokenStem === VOCABULARY_STEMS[w]) out.set(word, 0);
    // One edit changes the letter counts by at most two: a cheap test before the edit distance.
    else if (
      budget > 0 &&
      word.length >= 5 &&
      Math.abs(word.length - token.length) <= budget &&
      letterGap(letters, VOCABULARY_LETTERS[w]!) <= 2 * budget
    ) {
      const edits = boundedEditDistance(token, word, Math.min(budget, typoBudget(word.length)));
      if (edits <= budget && edits <= typoBudget(word.length)) out.set(word, edits);
    }
  }
  if (READINGS_CACHE.size >= CACHE_LIMIT) READINGS_CACHE.clear();
  READINGS_CACHE.set(token, out);
  return out;
}

function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(37);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    counts[c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36]!++;
  }
  return counts;
}

function letterGap(a: Uint8Array, b: Uint8Array): number {
  let gap = 0;
  for (let i = 0; i < 37; i++) gap += Math.abs(a[i]! - b[i]!);
  return gap;
}
