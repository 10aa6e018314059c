import type { Lang } from '../i18n/lang';
import { boundedEditDistance, typoBudget } from './editDistance';
import { foldTokens } from './normalise';
import { stem } from './stem';

/**
 * Phrases for one key in one language, in the lexicon notation the data files use: a phrase matches whole
 * words in order; "word*" matches any word starting so; words of five letters or more also match with a
 * typo, and by a rough stem; "a + b" means every part somewhere in the message, in any order.
 */
export interface LexiconEntry<K extends string> {
  key: K;
  lang: Lang;
  phrases: readonly string[];
}

interface Phrase<K> {
  key: K;
  words: string[];
  /** The last word may be a prefix ("addict*"). */
  prefix: boolean;
  lang: Lang;
}
interface Together<K> {
  key: K;
  parts: string[][];
  lang: Lang;
}

/** What a lexicon found in a message: the weight of each phrase that matched, per key. */
export type LexiconHits<K> = Map<K, number[]>;

// In "matched words": a longer phrase says more; a typo or the other language says a little less.
const TYPO_DISCOUNT = 0.25;
const OTHER_LANGUAGE_FACTOR = 0.85;
const CACHE_LIMIT = 5000;

/**
 * A compiled phrase lexicon (needs, knowledge-base questions, line requests): typo-tolerant, order-aware
 * matching of folded words. Build once at start-up; `match` is pure apart from a bounded cache.
 */
export class PhraseLexicon<K extends string> {
  private readonly phrases: Phrase<K>[] = [];
  private readonly together: Together<K>[] = [];
  private readonly vocabulary: string[];
  private readonly vocabularyStems: string[];
  private readonly vocabularyLetters: Uint8Array[];
  private readonly exactIndex: Map<string, number>;
  private readonly byFirstWord = new Map<string, Phrase<K>[]>();
  private readonly prefixes: Phrase<K>[];
  private readonly readings = new Map<string, Map<string, number>>();

  constructor(entries: Iterable<LexiconEntry<K>>) {
    for (const { key, lang, phrases } of entries) {
      for (const entry of phrases) {
        if (entry.includes(' + ')) {
          this.together.push({ key, parts: entry.split(' + ').map(foldTokens), lang });
          continue;
        }
        const prefix = entry.endsWith('*');
        const words = foldTokens(prefix ? entry.slice(0, -1) : entry);
        if (words.length > 0) this.phrases.push({ key, words, prefix, lang });
      }
    }
    this.vocabulary = [...new Set([...this.phrases.flatMap((p) => p.words), ...this.together.flatMap((t) => t.parts.flat())])];
    this.vocabularyStems = this.vocabulary.map(stem);
    this.vocabularyLetters = this.vocabulary.map(letterCounts);
    this.exactIndex = new Map(this.vocabulary.map((w, i) => [w, i]));
    for (const p of this.phrases) this.byFirstWord.set(p.words[0]!, [...(this.byFirstWord.get(p.words[0]!) ?? []), p]);
    this.prefixes = this.phrases.filter((p) => p.prefix && p.words.length === 1);
  }

  /** Every phrase that occurs in these folded words, as weights per key (longest phrases weigh most). */
  match(tokens: readonly string[], lang: Lang): LexiconHits<K> {
    const readings = tokens.map((t) => this.readToken(t));
    const found: LexiconHits<K> = new Map();
    const add = (key: K, weight: number) => found.set(key, [...(found.get(key) ?? []), weight]);
    for (let i = 0; i < tokens.length; i++) {
      for (const [word, edits] of readings[i]!) {
        for (const phrase of this.byFirstWord.get(word) ?? []) {
          const total = matchFrom(phrase.words, readings, i, edits);
          if (total === null) continue;
          let weight = phrase.words.length - TYPO_DISCOUNT * total;
          if (phrase.lang !== lang) weight *= OTHER_LANGUAGE_FACTOR;
          add(phrase.key, weight);
        }
      }
      for (const p of this.prefixes) {
        if (tokens[i]!.startsWith(p.words[0]!) && tokens[i] !== p.words[0]) add(p.key, p.lang === lang ? 1 : OTHER_LANGUAGE_FACTOR);
      }
    }
    for (const t of this.together) {
      const words = t.parts.reduce((n, part) => n + part.length, 0);
      const typos = t.parts.map((part) => bestOccurrence(part, readings));
      if (typos.some((x) => x === null)) continue;
      let weight = words - TYPO_DISCOUNT * typos.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (t.lang !== lang) weight *= OTHER_LANGUAGE_FACTOR;
      add(t.key, weight);
    }
    return found;
  }

  /** The lexicon words a typed word can be, with the typos each costs. */
  private readToken(token: string): Map<string, number> {
    const cached = this.readings.get(token);
    if (cached) return cached;
    const out = new Map<string, number>();
    // A word spelt exactly as a lexicon word is that word, not a typo of another ("duelo" is not "dueño").
    const exact = this.exactIndex.has(token);
    const budget = exact ? 0 : typoBudget(token.length);
    const tokenStem = stem(token);
    const letters = letterCounts(token);
    if (exact) out.set(token, 0);
    for (let w = 0; w < this.vocabulary.length; w++) {
      const word = this.vocabulary[w]!;
      if (word === token) continue;
      if (tokenStem.length >= 4 && tokenStem === this.vocabularyStems[w]) out.set(word, 0);
      // One edit changes the letter counts by at most two: a cheap test before the edit distance.
      else if (
        budget > 0 &&
        word.length >= 5 &&
        Math.abs(word.length - token.length) <= budget &&
        letterGap(letters, this.vocabularyLetters[w]!) <= 2 * budget
      ) {
        const edits = boundedEditDistance(token, word, Math.min(budget, typoBudget(word.length)));
        if (edits <= budget && edits <= typoBudget(word.length)) out.set(word, edits);
      }
    }
    if (this.readings.size >= CACHE_LIMIT) this.readings.clear();
    this.readings.set(token, out);
    return out;
  }
}

/** Typos used if the words follow from position i, or null when they do not. */
function matchFrom(words: readonly string[], readings: Array<Map<string, number>>, i: number, firstEdits: number): number | null {
  let total = firstEdits;
  for (let k = 1; k < words.length; k++) {
    const edits = readings[i + k]?.get(words[k]!);
    if (edits === undefined) return null;
    total += edits;
  }
  return total;
}

/** The fewest typos with which these words occur in a row somewhere in the message, or null. */
function bestOccurrence(words: readonly string[], readings: Array<Map<string, number>>): number | null {
  let best: number | null = null;
  for (let i = 0; i < readings.length; i++) {
    const first = readings[i]!.get(words[0]!);
    if (first === undefined) continue;
    const total = matchFrom(words, readings, i, first);
    if (total !== null && (best === null || total < best)) best = total;
  }
  return best;
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
