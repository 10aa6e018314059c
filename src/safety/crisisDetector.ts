import { LANGS, langFromLocale, type Lang } from '../i18n/lang';
import { CrisisLexiconError, type CrisisEntry, type CrisisLexicon } from './crisisLexicon';
import { emojiPatternFor, foldCrisisText, squeeze, tokeniseCrisisText, type TokeniserTables } from './crisisTokens';
import { PhraseCompiler } from './phraseCompiler';
import { PhraseMatcher, type PhraseHit, type PreparedMessage } from './phraseMatcher';
import { judgeHits, type HitOwner } from './crisisRules';
import { CRISIS_KINDS, levelOfKinds, type CrisisKind, type CrisisSignal } from './types';

/** One language's data: its lexicon and, optionally, real words that must never be read as typos. */
export interface CrisisLanguageData {
  lexicon: CrisisLexicon;
  realWords?: readonly string[];
}

/**
 * The crisis detector for a set of languages. Every message is matched against all languages at once
 * (people write Spanish in an English-locale Teams), so the language only decides `lang` in the signal.
 * Build one per process: compiling the lexicons takes milliseconds, detection takes microseconds.
 */
export class CrisisDetector {
  private readonly tables: TokeniserTables;
  private readonly emojiPattern: RegExp | null;
  private readonly matcher: PhraseMatcher;
  private readonly owners: HitOwner[] = [];
  private readonly stopwords: Array<{ lang: string; words: ReadonlySet<string> }>;
  private readonly groupOwners = new Map<string, number>();
  /** Owner ids of the groups the rules always read once an entry matched. */
  private readonly alwaysWanted: number[] = [];

  constructor(languages: readonly CrisisLanguageData[]) {
    const leet = new Map<string, readonly [string, string]>();
    const emojiIndex = new Map<string, number>();
    const emojiWords: string[][] = [];
    const rewrites = new Map<string, string[]>();
    for (const { lexicon } of languages) {
      for (const [ch, letters] of Object.entries(lexicon.leet)) {
        const [first, second] = letters.split('|');
        if (!leet.has(ch)) leet.set(ch, [first as string, second ?? '']);
      }
      for (const [emoji, word] of Object.entries(lexicon.emoji)) {
        const key = emoji.replace(/[\ufe00-\ufe0f\u200d]/g, '');
        let index = emojiIndex.get(key);
        if (index === undefined) {
          index = emojiWords.length;
          emojiIndex.set(key, index);
          emojiWords.push([]);
        }
        (emojiWords[index] as string[]).push(word);
      }
    }
    this.tables = { leet, emoji: emojiIndex };
    this.emojiPattern = emojiPatternFor(emojiIndex.keys());
    // Rewrites are read with the same tokeniser, so their keys and values are normalised like messages.
    const plain = new PhraseCompiler(this.tables, new Map(), []);
    for (const { lexicon } of languages) {
      for (const [from, to] of Object.entries(lexicon.rewrites)) {
        const key = plain.normalise(from).join(' ');
        const value = plain.normalise(to);
        const existing = rewrites.get(key);
        if (existing && existing.join(' ') !== value.join(' ')) {
          throw new CrisisLexiconError(`${lexicon.lang}.json: rewrites."${from}" conflicts with another language`);
        }
        rewrites.set(key, value);
      }
    }

    const realWords = languages.flatMap((l) => l.realWords ?? []);
    const compiler = new PhraseCompiler(this.tables, rewrites, realWords);
    const groupOwner = this.groupOwners;
    for (const { lexicon } of languages) {
      const where = `${lexicon.lang}.json`;
      for (const [name, phrases] of Object.entries(lexicon.groups)) {
        let owner = groupOwner.get(name);
        if (owner === undefined) {
          owner = this.owners.length;
          groupOwner.set(name, owner);
          this.owners.push({ type: 'group', name });
        }
        for (const item of phrases) {
          // "~3 kill me @MUNDANE": a group phrase may allow gaps; by default its words stand together.
          const gapped = /^~(\d) (.*)$/.exec(item);
          const text = gapped ? (gapped[2] as string) : item;
          const gap = gapped ? Number(gapped[1]) : 0;
          compiler.addPhrase(text, owner, { mode: 'phrase', gap, sets: lexicon.sets, where: `${where}: groups.${name}` });
        }
      }
      lexicon.entries.forEach((entry: CrisisEntry, i) => {
        const owner = this.owners.length;
        this.owners.push({ type: 'entry', entry, kinds: kindsOf(entry), lang: lexicon.lang });
        const gap = entry.gap ?? lexicon.maxGap;
        compiler.addPhrase(entry.text, owner, {
          mode: entry.match,
          gap,
          sets: lexicon.sets,
          where: `${where}: entries.${i}`,
          acrossSentences: entry.acrossSentences ?? false,
        });
      });
    }
    this.stopwords = languages.map(({ lexicon }) => ({
      lang: lexicon.lang,
      words: new Set(lexicon.stopwords.flatMap((w) => plain.normalise(w))),
    }));
    const owners = this.owners;
    const common = new Set(this.stopwords.flatMap(({ words }) => [...words].map((w) => squeeze(w))));
    const vocabulary = compiler.vocabulary.allWords();
    const exactById = new Map([...compiler.exactWords].map(([word, id]) => [id, word]));
    const isCommon = (id: number): boolean => {
      const word = vocabulary[id] || exactById.get(id);
      return word !== undefined && (word.length <= 2 || common.has(squeeze(word)));
    };
    const isEntry = (owner: number): boolean => owners[owner]?.type === 'entry';
    for (const name of ALWAYS_READ_GROUPS) {
      const id = groupOwner.get(name);
      if (id !== undefined) this.alwaysWanted.push(id);
    }
    this.matcher = new PhraseMatcher(compiler, isEntry, isCommon, rewrites, emojiWords, vocabulary);
  }

  /** Looks for signs of acute crisis in one message (or one window of a long message). */
  detect(text: string, locale?: string | null): CrisisSignal {
    const message = this.prepare(text);
    const hits = this.matcher.match(message, this.groupsFor);
    const kinds = judgeHits(hits, message, this.owners);
    const found = CRISIS_KINDS.filter((k) => kinds.has(k));
    return {
      detected: found.length > 0,
      level: levelOfKinds(found),
      kinds: found,
      signals: [],
      lang: this.languageOf(message, hits, locale),
    };
  }

  /** The context groups the matched entries need: the fixed ones, history if asked, their requires/unless. */
  private readonly groupsFor = (entryHits: readonly PhraseHit[]): ((owner: number) => boolean) => {
    const wanted = new Set<number>(this.alwaysWanted);
    const add = (name: string): void => {
      const id = this.groupOwners.get(name);
      if (id !== undefined) wanted.add(id);
    };
    for (const hit of entryHits) {
      const owner = this.owners[hit.owner];
      if (owner?.type !== 'entry') continue;
      if (owner.entry.history) {
        add('history');
        add('acute');
      }
      for (const name of owner.entry.requires ?? []) add(name);
      for (const name of owner.entry.unless ?? []) add(name);
    }
    return (owner) => wanted.has(owner);
  };

  /** The words of a message and their lexicon ids; exposed for tests and the evaluation's explanations. */
  prepare(text: string): PreparedMessage {
    const folded = foldCrisisText(text, this.tables, this.emojiPattern);
    return this.matcher.prepare(tokeniseCrisisText(folded, this.tables));
  }

  /** Every typo-tolerant lexicon word, normalised; for scripts/crisis-real-words.ts. */
  vocabularyWords(): readonly string[] {
    return this.matcher.vocabularyWords();
  }

  /** Which lexicon lines matched a message: for the evaluation script and reviewers, never for logs. */
  explain(text: string): Array<{ hit: PhraseHit; owner: HitOwner }> {
    return this.matcher.match(this.prepare(text), this.groupsFor).map((hit) => ({ hit, owner: this.owners[hit.owner] as HitOwner }));
  }

  /**
   * The message's language when its words clearly say so, else the locale's, else English. Evidence:
   * each frequent word of a language counts 1, each crisis entry of that language that matched counts 2.
   */
  private languageOf(message: PreparedMessage, hits: readonly PhraseHit[], locale?: string | null): Lang {
    const score = new Map<string, number>();
    for (const { lang, words } of this.stopwords) {
      let n = 0;
      for (const t of message.tokens) if (words.has(t.text)) n++;
      score.set(lang, (score.get(lang) ?? 0) + n);
    }
    for (const hit of hits) {
      const owner = this.owners[hit.owner];
      if (owner?.type === 'entry') score.set(owner.lang, (score.get(owner.lang) ?? 0) + 2);
    }
    const ranked = [...score].sort((a, b) => b[1] - a[1]);
    const [best, second] = [ranked[0], ranked[1]];
    if (best && best[1] >= 2 && best[1] >= 2 * (second?.[1] ?? 0) && (LANGS as readonly string[]).includes(best[0])) {
      return best[0] as Lang;
    }
    return langFromLocale(locale) ?? 'en';
  }
}

/** Groups the rules read for every matched entry (crisisRules.ts). */
const ALWAYS_READ_GROUPS = ['idiom', 'first-person', 'third-person', 'child'];

function kindsOf(entry: CrisisEntry): CrisisKind[] {
  return Array.isArray(entry.kind) ? entry.kind : [entry.kind];
}
