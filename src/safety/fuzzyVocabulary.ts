/**
 * Typo-tolerant lookup of one word in the lexicon's vocabulary, by bounded Damerau-Levenshtein distance
 * (optimal string alignment: insert, delete, substitute, swap two neighbours).
 *
 * Why this and not fuse.js: fuse.js scores a pattern against every item (Bitap over the whole list), so
 * one message against ~2,000 lexicon words costs milliseconds, and its scores are relative, not a hard
 * edit bound we can reason about. Here every lexicon word is indexed under all its deletion variants
 * (the symmetric-delete method), so a message word needs only a handful of hash lookups, and the bound is
 * explicit: 0 edits under 5 letters (4 letters: only a swap of neighbours, "wnat"), 1 edit from 5, 2 from
 * 9 letters. Those lengths were tuned on test/fixtures/crisis-corpus.tsv: one more edit on short words
 * turns "give" into "live" and "bills" into "pills".
 */
export class FuzzyVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly limits: number[] = [];
  private readonly variants = new Map<string, number[]>();
  private readonly protectedWords: ReadonlySet<string>;

  /** `protectedWords`: real words that must never be read as a typo of a lexicon word ("bills", "olive"). */
  constructor(protectedWords: Iterable<string> = []) {
    this.protectedWords = new Set(protectedWords);
  }

  /**
   * Adds a word (already normalised); returns its id. Adding the same word twice returns the same id.
   * `editCap` lowers the allowed edits (glued phrases like "killmyself" take one edit, not two).
   */
  add(word: string, editCap = 2): number {
    const known = this.ids.get(word);
    if (known !== undefined) {
      const raised = Math.min(editCap, maxEdits(word.length));
      if (raised > (this.limits[known] as number)) {
        this.limits[known] = raised;
        this.index(word, known, raised);
      }
      return known;
    }
    const id = this.words.length;
    const limit = Math.min(editCap, maxEdits(word.length));
    this.words.push(word);
    this.limits.push(limit);
    this.ids.set(word, id);
    this.index(word, id, limit);
    return id;
  }

  private index(word: string, id: number, limit: number): void {
    for (const variant of deletionVariants(word, limit)) {
      const list = this.variants.get(variant);
      if (!list) this.variants.set(variant, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  /**
   * An id for something matched by other means (exact slang tokens, stems), so that every id of the
   * lexicon is small and dense. It is never returned by `lookup`.
   */
  reserveId(): number {
    this.words.push('');
    this.limits.push(0);
    return this.words.length - 1;
  }

  /** The id of a word spelled exactly so, or undefined. */
  exact(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Ids of vocabulary words within the allowed distance of `word` (its exact match included). */
  lookup(word: string): number[] {
    const exact = this.ids.get(word);
    if (exact !== undefined) return [exact];
    if (word.length < 4 || this.protectedWords.has(word)) return [];
    const found: number[] = [];
    for (const variant of deletionVariants(word, maxEdits(word.length))) {
      const list = this.variants.get(variant);
      if (!list) continue;
      for (const id of list) {
        if (found.includes(id)) continue;
        const candidate = this.words[id] as string;
        const limit = Math.min(this.limits[id] as number, maxEdits(word.length));
        if (limit === 0 && word.length === 4 && candidate.length === 4 && isNeighbourSwap(word, candidate)) {
          found.push(id);
        } else if (limit > 0 && boundedDistance(word, candidate, limit) <= limit) {
          found.push(id);
        }
      }
    }
    return found;
  }

  /** Every word added, by id ('' for reserved ids). */
  allWords(): readonly string[] {
    return this.words;
  }
}

/** How many edits a word of this length may carry and still count as the same word. */
export function maxEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

function deletionVariants(word: string, edits: number): Set<string> {
  // A 4-letter word may be a swap of neighbours; its variants are its 1-deletions, as for 5+ letters.
  const depth = word.length === 4 ? Math.max(1, edits) : edits;
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      if (w.length <= 2) continue;
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

function isNeighbourSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}
