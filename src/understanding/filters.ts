import en from '../data/filters/en.json';
import es from '../data/filters/es.json';
import type { Lang } from '../i18n/lang';
import { foldTokens } from './normalise';
import { COSTS, MODES, type Filters } from './types';

type FilterLexicon = Record<'cost' | 'mode' | 'language' | 'audience' | 'format', Record<string, string[]>>;
type Compiled = Array<{ value: string; phrases: Array<{ words: string[]; prefix: boolean }> }>;

const FIELDS = ['cost', 'mode', 'language', 'audience', 'format'] as const;

function compile(lexicons: FilterLexicon[]): Record<(typeof FIELDS)[number], Compiled> {
  const out = {} as Record<(typeof FIELDS)[number], Compiled>;
  for (const field of FIELDS) {
    const values = new Map<string, Array<{ words: string[]; prefix: boolean }>>();
    for (const lexicon of lexicons) {
      for (const [value, phrases] of Object.entries(lexicon[field])) {
        const list = values.get(value) ?? [];
        for (const p of phrases) list.push({ words: foldTokens(p.replace(/\*$/, '')), prefix: p.endsWith('*') });
        values.set(value, list);
      }
    }
    out[field] = [...values].map(([value, phrases]) => ({ value, phrases }));
  }
  return out;
}

// Both languages are read in both (people mix them); the message's own language is tried first.
const BY_LANG: Record<Lang, ReturnType<typeof compile>> = {
  en: compile([en, es] as FilterLexicon[]),
  es: compile([es, en] as FilterLexicon[]),
};

/** What the person asked for beyond need and place: cost, mode, service language, audience, format. */
export function detectFilters(text: string, lang: Lang = 'en'): Filters {
  const tokens = foldTokens(text);
  const present = new Set(tokens);
  const lexicon = BY_LANG[lang];
  const filters: Filters = {};
  const pick = (field: (typeof FIELDS)[number]) => lexicon[field].find((v) => v.phrases.some((p) => occurs(p, tokens, present)))?.value;
  const cost = pick('cost');
  if (cost && (COSTS as readonly string[]).includes(cost)) filters.cost = cost as Filters['cost'];
  const mode = pick('mode');
  if (mode && (MODES as readonly string[]).includes(mode)) filters.mode = mode as Filters['mode'];
  const language = pick('language');
  if (language) filters.language = language;
  const audience = pick('audience');
  if (audience) filters.audience = audience;
  const format = pick('format');
  if (format === 'group' || format === 'one-to-one') filters.format = format;
  return filters;
}

function occurs(phrase: { words: string[]; prefix: boolean }, tokens: string[], present: Set<string>): boolean {
  const n = phrase.words.length;
  if (n === 0) return false;
  // Every phrase but a one-word prefix needs its first word as a whole token: most are ruled out here.
  if (!(phrase.prefix && n === 1) && !present.has(phrase.words[0]!)) return false;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const last = k === n - 1;
      ok = phrase.prefix && last ? tokens[i + k]!.startsWith(phrase.words[k]!) : tokens[i + k] === phrase.words[k];
    }
    if (ok) return true;
  }
  return false;
}
