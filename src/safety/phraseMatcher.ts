import type { CrisisToken } from './crisisTokens';
import { squeeze } from './crisisTokens';
import type { CompiledPhrase, PhraseCompiler } from './phraseCompiler';

/** Where one compiled phrase was found: its owner and the first and last word positions. */
export interface PhraseHit {
  owner: number;
  start: number;
  end: number;
}

/** A message prepared for matching: its words and, per word, the lexicon word ids it can stand for. */
export interface PreparedMessage {
  tokens: CrisisToken[];
  ids: number[][];
}

const NO_IDS: number[] = [];
const CACHE_LIMIT = 50_000;
const MAX_SPELLED_RUN = 24;

/** A compiled phrase as the matcher runs it: slots as sets, plus its rarest slot (the anchor). */
interface RunPhrase {
  owner: number;
  slots: ReadonlySet<number>[];
  gap: number;
  /** Ids of the phrase's rarest slot: the phrase is only tried when one of them is in the message. */
  anchor: readonly number[];
  acrossSentences: boolean;
}

/**
 * Finds every compiled phrase in a message in one left-to-right pass. Phrases are indexed by the ids of
 * their first slot and only extended when their rarest slot is present; each later slot may be filled
 * up to `gap` words further on, in the same sentence unless the word is the very next one. Word lookups
 * are memoised (words repeat a lot across messages); the result is still a pure function of the word.
 * Synchronous and not re-entrant (one scratch buffer), like everything on Node's single thread.
 */
export class PhraseMatcher {
  /** Phrases by the ids of their first slot: crisis entries, and context groups (read only when needed). */
  private readonly entriesByFirstId = new Map<number, RunPhrase[]>();
  private readonly groupsByFirstId = new Map<number, RunPhrase[]>();
  /** Which word ids the current message holds; ids are small and dense, so a byte per id. */
  private readonly present: Uint8Array;
  /** First words of two-word rewrites, so most words skip building a pair key. */
  private readonly pairStarts = new Set<string>();
  private readonly cache = new Map<string, number[]>();
  private readonly stemLengths: number[];
  /** Lexicon words split in two ("over" + "dose"): first part → the second parts that complete a word. */
  private readonly splitWords = new Map<string, Set<string>>();

  constructor(
    private readonly compiler: PhraseCompiler,
    isEntry: (owner: number) => boolean,
    /** Frequent words (the lexicons' stopwords); a phrase is never anchored on one if it can help it. */
    isCommon: (id: number) => boolean,
    private readonly rewrites: ReadonlyMap<string, string[]>,
    private readonly emojiWords: ReadonlyArray<readonly string[]>,
    vocabularyWords: Iterable<string>,
  ) {
    for (const phrase of compiler.phrases) {
      const run = toRunPhrase(phrase, isCommon);
      const index = isEntry(phrase.owner) ? this.entriesByFirstId : this.groupsByFirstId;
      for (const id of phrase.slots[0] ?? []) {
        const list = index.get(id);
        if (list) list.push(run);
        else index.set(id, [run]);
      }
    }
    for (const key of rewrites.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) this.pairStarts.add(key.slice(0, space));
    }
    this.stemLengths = [...compiler.stemLengths].sort((a, b) => a - b);
    this.present = new Uint8Array(compiler.vocabulary.allWords().length);
    for (const word of vocabularyWords) {
      if (compiler.gluedWords.has(word) || word.length < 5) continue;
      for (let k = 2; k <= word.length - 2; k++) {
        const head = word.slice(0, k);
        const tails = this.splitWords.get(head);
        if (tails) tails.add(word.slice(k));
        else this.splitWords.set(head, new Set([word.slice(k)]));
      }
    }
  }

  /** The typo-tolerant vocabulary, for tools that derive data from it. */
  vocabularyWords(): readonly string[] {
    return this.compiler.vocabulary.allWords().filter((w) => w !== '');
  }

  /** Rewrites chat spellings, re-joins spelled-out and split words, and looks every word up. */
  prepare(raw: CrisisToken[]): PreparedMessage {
    const tokens = this.joinSplitWords(this.applyRewrites(this.joinSpelledOut(raw)));
    const ids = tokens.map((t) => this.resolveToken(t));
    return { tokens, ids };
  }

  /**
   * All phrase hits in a prepared message. Context groups (idioms, subjects, history...) only matter
   * when some crisis entry matched, so they are only looked for then, and only those `wanted` by the
   * entries that matched: most messages stop after the first pass.
   */
  match(message: PreparedMessage, wanted: (entryHits: readonly PhraseHit[]) => (owner: number) => boolean = () => () => true): PhraseHit[] {
    const present = this.present;
    for (const list of message.ids) for (const id of list) present[id] = 1;
    const hits: PhraseHit[] = [];
    try {
      this.findHits(this.entriesByFirstId, message, present, hits, null);
      if (hits.length > 0) this.findHits(this.groupsByFirstId, message, present, hits, wanted(hits));
    } finally {
      for (const list of message.ids) for (const id of list) present[id] = 0;
    }
    return hits;
  }

  private findHits(
    index: ReadonlyMap<number, RunPhrase[]>,
    message: PreparedMessage,
    present: Uint8Array,
    hits: PhraseHit[],
    wanted: ((owner: number) => boolean) | null,
  ): void {
    const { ids, tokens } = message;
    for (let i = 0; i < ids.length; i++) {
      for (const id of ids[i] as number[]) {
        const phrases = index.get(id);
        if (phrases === undefined) continue;
        for (const phrase of phrases) {
          if (wanted !== null && !wanted(phrase.owner)) continue;
          if (phrase.slots.length === 1) {
            hits.push({ owner: phrase.owner, start: i, end: i });
          } else if (anyPresent(phrase.anchor, present)) {
            const end = extend(phrase, 1, i, ids, tokens);
            if (end >= 0) hits.push({ owner: phrase.owner, start: i, end });
          }
        }
      }
    }
  }

  /** The lexicon word ids a single word may stand for (exact, typo-tolerant and stem matches). */
  resolveWord(word: string): number[] {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let ids: number[];
    if (word.startsWith('~')) {
      const words = this.emojiWords[Number(word.slice(1))] ?? [];
      ids = [...new Set(words.flatMap((w) => this.resolveWord(w)))];
    } else {
      ids = [];
      const exact = this.compiler.exactWords.get(word);
      if (exact !== undefined) ids.push(exact);
      const squeezed = squeeze(word);
      for (const id of this.compiler.vocabulary.lookup(squeezed)) ids.push(id);
      for (const k of this.stemLengths) {
        if (k > squeezed.length) break;
        const stem = this.compiler.stems.get(squeezed.slice(0, k));
        if (stem !== undefined) ids.push(stem);
      }
      if (ids.length === 0) ids = NO_IDS;
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, ids);
    return ids;
  }

  private resolveToken(token: CrisisToken): number[] {
    const ids = this.resolveWord(token.text);
    if (token.alt === null) return ids;
    const more = this.resolveWord(token.alt);
    return more.length === 0 ? ids : [...new Set([...ids, ...more])];
  }

  private applyRewrites(tokens: CrisisToken[]): CrisisToken[] {
    if (this.rewrites.size === 0) return tokens;
    const out: CrisisToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as CrisisToken;
      const next = tokens[i + 1];
      const pair =
        next && next.sentence === t.sentence && this.pairStarts.has(t.text) ? this.rewrites.get(`${t.text} ${next.text}`) : undefined;
      const replacement = pair ?? this.rewrites.get(t.text);
      if (replacement === undefined) {
        out.push(t);
        continue;
      }
      for (const text of replacement) out.push({ text, alt: null, sentence: t.sentence });
      if (pair !== undefined) i++;
    }
    return out;
  }

  /** "k i l l m y s e l f" → "killmyself", when the joined letters mean something to the lexicon. */
  private joinSpelledOut(tokens: CrisisToken[]): CrisisToken[] {
    let out: CrisisToken[] | null = null;
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      while (j < tokens.length && j - i < MAX_SPELLED_RUN && (tokens[j] as CrisisToken).text.length === 1) j++;
      if (j - i < 3) {
        out?.push(tokens[i] as CrisisToken);
        i++;
        continue;
      }
      const run = tokens.slice(i, j);
      out ??= tokens.slice(0, i);
      let k = 0;
      while (k < run.length) {
        let joinedTo = -1;
        for (let end = run.length; end - k >= 3 && joinedTo < 0; end--) {
          const word = run
            .slice(k, end)
            .map((t) => t.text)
            .join('');
          if (this.resolveWord(word).length > 0) joinedTo = end;
        }
        if (joinedTo < 0) {
          out.push(run[k] as CrisisToken);
          k++;
        } else {
          const first = run[k] as CrisisToken;
          out.push({
            text: run
              .slice(k, joinedTo)
              .map((t) => t.text)
              .join(''),
            alt: null,
            sentence: first.sentence,
          });
          k = joinedTo;
        }
      }
      i = j;
    }
    return out ?? tokens;
  }

  /** "over dose" → "overdose", "sui cide" → "suicide": two words that only make sense as one. */
  private joinSplitWords(tokens: CrisisToken[]): CrisisToken[] {
    let out: CrisisToken[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i] as CrisisToken;
      const b = tokens[i + 1];
      // Only exact spellings of a lexicon word, and never with a one-letter part ("pega y" is not "pegar").
      if (b && b.sentence === a.sentence && a.text.length >= 2 && b.text.length >= 2) {
        const tails = this.splitWords.get(squeeze(a.text));
        if (tails?.has(squeeze(b.text)) && (this.resolveWord(a.text).length === 0 || this.resolveWord(b.text).length === 0)) {
          out ??= tokens.slice(0, i);
          out.push({ text: a.text + b.text, alt: null, sentence: a.sentence });
          i++;
          continue;
        }
      }
      out?.push(a);
    }
    return out ?? tokens;
  }
}

function anyPresent(ids: readonly number[], present: Uint8Array): boolean {
  for (const id of ids) if (present[id] === 1) return true;
  return false;
}

function toRunPhrase(phrase: CompiledPhrase, isCommon: (id: number) => boolean): RunPhrase {
  // Rarest slot: fewest frequent words, then fewest alternatives.
  const cost = (slot: number[]): number => slot.filter(isCommon).length * 10_000 + slot.length;
  let anchor = phrase.slots[0] as number[];
  for (const slot of phrase.slots) if (cost(slot) < cost(anchor)) anchor = slot;
  return {
    owner: phrase.owner,
    slots: phrase.slots.map((slot) => new Set(slot)),
    gap: phrase.gap,
    anchor,
    acrossSentences: phrase.acrossSentences,
  };
}

function extend(phrase: RunPhrase, slot: number, pos: number, ids: number[][], tokens: CrisisToken[]): number {
  const wanted = phrase.slots[slot] as ReadonlySet<number>;
  const last = Math.min(pos + 1 + phrase.gap, ids.length - 1);
  const sentence = (tokens[pos] as CrisisToken).sentence;
  for (let j = pos + 1; j <= last; j++) {
    if (j > pos + 1 && !phrase.acrossSentences && (tokens[j] as CrisisToken).sentence !== sentence) break;
    if (!intersects(ids[j] as number[], wanted)) continue;
    if (slot === phrase.slots.length - 1) return j;
    const end = extend(phrase, slot + 1, j, ids, tokens);
    if (end >= 0) return end;
  }
  return -1;
}

function intersects(have: number[], wanted: ReadonlySet<number>): boolean {
  for (const id of have) if (wanted.has(id)) return true;
  return false;
}
