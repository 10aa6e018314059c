/**
 * Turns a message into the words the crisis matcher compares: lower case, no accents, no apostrophes,
 * leetspeak read as letters, letters run together ("sooooo" → "so"), emoji as marker words, and a sentence
 * number on each word. Pure and linear in the length of the text.
 */

/** One word of a message, as the matcher sees it. */
export interface CrisisToken {
  /** Normalised word; runs of three or more equal letters are collapsed to one. Emoji are `~<n>`. */
  text: string;
  /** A second reading of an ambiguous leet word ("ki11" → "kill" as well as "kiii"), or null. */
  alt: string | null;
  /** Index of the sentence the word is in; sentences end at . ! ? ; and line breaks. */
  sentence: number;
}

/** What the tokeniser needs from the lexicons: how to read leet characters and emoji. */
export interface TokeniserTables {
  /** Leet character → [usual letter, other possible letter or ''] ("1" → ["i", "l"]). */
  leet: ReadonlyMap<string, readonly [string, string]>;
  /** Emoji (without variation selectors) → its index; the token for it is `~<index>`. */
  emoji: ReadonlyMap<string, number>;
}

// eslint-disable-next-line no-misleading-character-class -- these invisible characters are exactly what is being stripped
const ZERO_WIDTH = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
// eslint-disable-next-line no-misleading-character-class -- combining marks are matched on purpose, to remove them
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const APOSTROPHES = /['`\u00b4\u2018\u2019\u02bc\u02b9\u2032]/g;

/** Latin look-alikes typed from other scripts (Cyrillic, Greek) to dodge filters. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ν: 'v',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

const CHUNKS = /\n|[^\s]+/g;
const SENTENCE_END = /[.!?;:\u2026\u3002\uff01\uff1f]$/;
/** Single characters separated by dots, dashes, stars or underscores: "k.i.l.l", "s-u-i-c-i-d-e". */
const SPELLED_OUT = /^[a-z0-9@$!|](?:[.\-_*\u00b7,/][a-z0-9@$!|]){2,}[.\-_*\u00b7,/]*$/;
const WORDS = /[a-z0-9@$!|+~]+/g;
const NUMBER_WITH_UNIT = /^(\d+)([a-z]{1,3})$/;
const HAS_LETTER = /[a-z]/;
const HAS_LEET = /[0-9@$!|+]/;
const RUNS_OF_THREE = /([a-z])\1{2,}/g;

/**
 * Folds a whole text to lower-case Latin without accents; emoji in `tables.emoji` become ` ~<n> `.
 * ASCII text skips the Unicode work, which keeps the common case fast.
 */
export function foldCrisisText(text: string, tables: TokeniserTables, emojiPattern: RegExp | null): string {
  let s = text;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.replace(ZERO_WIDTH, '');
    if (emojiPattern) s = s.replace(emojiPattern, (e) => ` ~${tables.emoji.get(e) ?? 0} `);
    s = s.normalize('NFKD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'");
    s = s.toLowerCase();
    s = s.replace(CONFUSABLE_CHARS, (c) => CONFUSABLES[c] ?? c);
    return s;
  }
  return s.toLowerCase();
}

/** Splits folded text into crisis tokens (see `CrisisToken`). */
export function tokeniseCrisisText(folded: string, tables: TokeniserTables): CrisisToken[] {
  const tokens: CrisisToken[] = [];
  let sentence = 0;
  CHUNKS.lastIndex = 0;
  for (let m = CHUNKS.exec(folded); m !== null; m = CHUNKS.exec(folded)) {
    const chunk = m[0].includes("'") || m[0].includes('`') ? m[0].replace(APOSTROPHES, '') : m[0];
    if (chunk === '\n') {
      sentence++;
      continue;
    }
    if (chunk.length >= 5 && !isLetter(chunk.charCodeAt(1)) && SPELLED_OUT.test(chunk)) {
      pushWord(tokens, chunk.replace(/[.\-_*\u00b7,/]/g, ''), sentence, tables);
    } else {
      WORDS.lastIndex = 0;
      for (let w = WORDS.exec(chunk); w !== null; w = WORDS.exec(chunk)) pushWord(tokens, w[0], sentence, tables);
    }
    if (SENTENCE_END.test(chunk)) sentence++;
  }
  return tokens;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function allLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLetter(word.charCodeAt(i))) return false;
  return true;
}

function pushWord(tokens: CrisisToken[], raw: string, sentence: number, tables: TokeniserTables): void {
  if (allLetters(raw)) {
    tokens.push({ text: collapseRuns(raw), alt: null, sentence });
    return;
  }
  if (raw.startsWith('~') && raw.length > 1) {
    // Emoji marker, possibly glued to its neighbours ("~3~3~3"): one token per emoji.
    for (const part of raw.split('~')) {
      if (/^\d+$/.test(part)) tokens.push({ text: `~${part}`, alt: null, sentence });
    }
    return;
  }
  // Leading "!", "|", "@" and trailing punctuation-like leet characters are punctuation, not letters.
  const word = raw.replace(/^[!|+@~]+/, '').replace(/[!|+@$~]+$/, '');
  if (word === '') return;
  if (!HAS_LETTER.test(word) || !HAS_LEET.test(word)) {
    tokens.push({ text: collapseRuns(word), alt: null, sentence });
    return;
  }
  const unit = NUMBER_WITH_UNIT.exec(word);
  if (unit && unit[1] !== undefined && unit[2] !== undefined) {
    // "12yo", "30mg", "3am": a number and its unit, not leetspeak.
    tokens.push({ text: unit[1], alt: null, sentence }, { text: unit[2], alt: null, sentence });
    return;
  }
  let primary = '';
  let other = '';
  let ambiguous = false;
  for (const ch of word) {
    const reading = tables.leet.get(ch);
    if (reading === undefined) {
      primary += ch;
      other += ch;
    } else {
      primary += reading[0];
      other += reading[1] || reading[0];
      if (reading[1]) ambiguous = true;
    }
  }
  primary = collapseRuns(primary.replace(/[^a-z0-9]/g, ''));
  other = collapseRuns(other.replace(/[^a-z0-9]/g, ''));
  if (primary !== '') tokens.push({ text: primary, alt: ambiguous && other !== primary ? other : null, sentence });
}

/** "sooooo" → "so", "killlll" → "kil": three or more equal letters are emphasis, not spelling. */
export function collapseRuns(word: string): string {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && isLetter(c)) return word.replace(RUNS_OF_THREE, '$1');
  }
  return word;
}

/** "kill" → "kil", "sorry" → "sory": the spelling-insensitive key used for phrase (fuzzy) words. */
export function squeeze(word: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

/** Builds the emoji pattern for `foldCrisisText`, longest emoji first so sequences win over their parts. */
export function emojiPatternFor(emoji: Iterable<string>): RegExp | null {
  const keys = [...emoji].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return null;
  return new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
}
