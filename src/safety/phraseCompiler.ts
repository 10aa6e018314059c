import { CrisisLexiconError } from './crisisLexicon';
import { collapseRuns, foldCrisisText, squeeze, tokeniseCrisisText, type TokeniserTables } from './crisisTokens';
import { FuzzyVocabulary } from './fuzzyVocabulary';

/**
 * Compiles lexicon phrases ("kill @REFL1", "want|wanna to die", "suicid*") into slots of word ids, and
 * owns the three word tables a message word is looked up in: typo-tolerant words (phrase mode), exact
 * words (token mode: kms, kys, od) and stems (`suicid*`).
 */

/** One phrase ready to match: each slot is the sorted list of word ids that may fill it. */
export interface CompiledPhrase {
  owner: number;
  slots: number[][];
  gap: number;
  acrossSentences: boolean;
}

const MAX_VARIANTS = 2_000;
/** Phrases whose words are often typed run together ("killmyself", "iwanttodie") also match glued. */
const MIN_GLUED_LENGTH = 7;
const MAX_GLUED_SPELLINGS = 24;

type Alternative = { kind: 'word' | 'stem'; text: string } | { kind: 'sequence'; words: string[] };

/** The vocabulary and phrases of all lexicons, compiled together so one pass over a message finds all. */
export class PhraseCompiler {
  readonly vocabulary: FuzzyVocabulary;
  readonly exactWords = new Map<string, number>();
  readonly stems = new Map<string, number>();
  readonly stemLengths = new Set<number>();
  readonly phrases: CompiledPhrase[] = [];
  /** Vocabulary entries that are whole phrases typed run together ("kilmyself"), not single words. */
  readonly gluedWords = new Set<string>();
  private readonly normalised = new Map<string, string[]>();

  constructor(
    private readonly tables: TokeniserTables,
    private readonly rewrites: ReadonlyMap<string, string[]>,
    protectedWords: Iterable<string>,
  ) {
    this.vocabulary = new FuzzyVocabulary(protectedWords);
  }

  /** Adds every spelling of `text` as phrases belonging to `owner`. Throws `CrisisLexiconError` on bad syntax. */
  addPhrase(
    text: string,
    owner: number,
    opts: { mode: 'token' | 'phrase'; gap: number; sets: Readonly<Record<string, string[]>>; where: string; acrossSentences?: boolean },
  ): void {
    const positions = text
      .trim()
      .split(/\s+/)
      .map((token) => this.alternatives(token, opts.sets, opts.where));
    // Each position becomes one slot holding its single-word alternatives, or, for a multi-word
    // alternative ("my friend"), one slot per word; so a phrase expands into one variant per such choice.
    let variants: Alternative[][][] = [[]];
    for (const alts of positions) {
      const singles = alts.filter((a) => a.kind !== 'sequence');
      const choices: Alternative[][][] = singles.length > 0 ? [[singles]] : [];
      for (const a of alts) if (a.kind === 'sequence') choices.push(a.words.map((w) => [{ kind: 'word', text: w }]));
      variants = variants.flatMap((v) => choices.map((c) => [...v, ...c]));
      if (variants.length > MAX_VARIANTS) throw new CrisisLexiconError(`${opts.where}: "${text}" expands to too many phrases`);
    }
    for (const slots of variants) {
      if (slots.length === 0) continue;
      const compiled = slots.map((alts) => this.slotIds(alts, opts.mode));
      this.phrases.push({
        owner,
        slots: compiled,
        gap: opts.mode === 'token' ? 0 : opts.gap,
        acrossSentences: opts.acrossSentences ?? false,
      });
      if (opts.mode === 'phrase' && slots.length > 1) this.addGlued(slots, owner);
    }
  }

  private alternatives(token: string, sets: Readonly<Record<string, string[]>>, where: string): Alternative[] {
    const out: Alternative[] = [];
    for (const part of token.split('|')) {
      if (part.startsWith('@')) {
        const items = sets[part.slice(1)];
        if (!items) throw new CrisisLexiconError(`${where}: unknown set "${part}"`);
        for (const item of items) out.push(...this.alternatives(item.trim().replace(/\s+/g, '\u0000'), sets, where));
      } else if (part.endsWith('*') && part.length > 1) {
        const stem = this.normalise(part.slice(0, -1));
        if (stem.length !== 1 || (stem[0] as string).length < 3) throw new CrisisLexiconError(`${where}: stem "${part}" is too short`);
        out.push({ kind: 'stem', text: stem[0] as string });
      } else if (part !== '') {
        // eslint-disable-next-line no-control-regex -- NUL is the compiler's own word-joiner marker
        const words = part.split(/[\u0000_]/).flatMap((w) => this.normalise(w));
        if (words.length === 1) out.push({ kind: 'word', text: words[0] as string });
        else if (words.length > 1) out.push({ kind: 'sequence', words });
      }
    }
    return out;
  }

  /** A lexicon word goes through the same folding, leet reading and rewrites as a message word. */
  normalise(word: string): string[] {
    const known = this.normalised.get(word);
    if (known) return known;
    const result = this.normaliseUncached(word);
    this.normalised.set(word, result);
    return result;
  }

  private normaliseUncached(word: string): string[] {
    const tokens = tokeniseCrisisText(foldCrisisText(word, this.tables, null), this.tables).map((t) => t.text);
    return tokens.flatMap((t) => this.rewrites.get(t) ?? [t]);
  }

  private slotIds(alts: Alternative[], mode: 'token' | 'phrase'): number[] {
    const ids = new Set<number>();
    for (const alt of alts) {
      if (alt.kind === 'sequence') continue;
      if (alt.kind === 'stem') {
        const key = squeeze(alt.text);
        let id = this.stems.get(key);
        if (id === undefined) {
          id = this.vocabulary.reserveId();
          this.stems.set(key, id);
          this.stemLengths.add(key.length);
        }
        ids.add(id);
      } else if (mode === 'token') {
        const key = collapseRuns(alt.text);
        let id = this.exactWords.get(key);
        if (id === undefined) {
          id = this.vocabulary.reserveId();
          this.exactWords.set(key, id);
        }
        ids.add(id);
      } else {
        ids.add(this.vocabulary.add(squeeze(alt.text)));
      }
    }
    return [...ids].sort((a, b) => a - b);
  }

  private addGlued(slots: Alternative[][], owner: number): void {
    let spellings = [''];
    for (const alts of slots) {
      const words = alts.filter((a): a is { kind: 'word'; text: string } => a.kind === 'word').map((a) => a.text);
      if (words.length !== alts.length) return;
      spellings = spellings.flatMap((s) => words.map((w) => s + w));
      if (spellings.length > MAX_GLUED_SPELLINGS) return;
    }
    for (const glued of spellings) {
      if (glued.length < MIN_GLUED_LENGTH) continue;
      this.gluedWords.add(squeeze(glued));
      this.phrases.push({ owner, slots: [[this.vocabulary.add(squeeze(glued), 1)]], gap: 0, acrossSentences: false });
    }
  }
}
