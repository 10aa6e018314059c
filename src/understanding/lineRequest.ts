import data from '../data/answers/lines.json';
import { DataFileError } from '../dataFileError';
import { LANGS, type Lang } from '../i18n/lang';
import { foldTokens } from './normalise';
import { PhraseLexicon, type LexiconEntry } from './phraseLexicon';

/** The kinds of line a person may ask for, named as the hotline book's needs. */
export const LINE_TOPICS = ['suicide', 'domestic-violence', 'sexual-assault', 'child', 'veterans', 'lgbtq-youth'] as const;
export type LineTopic = (typeof LINE_TOPICS)[number];

/** "What's the suicide hotline number?": the person asks for a line, and which kind. */
export interface LineRequest {
  topic: LineTopic;
}

type Key = 'strong' | 'weak' | LineTopic;
type ByLang = Record<Lang, string[]>;
const FILE = 'src/data/answers/lines.json';

/** Checks the line-request phrases; a broken file stops start-up, naming the file and the field. */
export function parseLineRequests(raw: unknown): { request: { strong: ByLang; weak: ByLang }; topics: Record<LineTopic, ByLang> } {
  const r = raw as { request?: Record<string, unknown>; topics?: Record<string, unknown> } | null;
  const check = (value: unknown, field: string) => {
    for (const lang of LANGS) {
      const list = (value as Record<string, unknown> | undefined)?.[lang];
      if (!Array.isArray(list) || list.length === 0 || list.some((p) => typeof p !== 'string' || p.trim() === ''))
        throw new DataFileError(FILE, 'entry', null, null, `${field}.${lang}`, 'must be a list of phrases');
    }
  };
  check(r?.request?.strong, 'request.strong');
  check(r?.request?.weak, 'request.weak');
  for (const topic of LINE_TOPICS) check(r?.topics?.[topic], `topics.${topic}`);
  return r as ReturnType<typeof parseLineRequests>;
}

const file = parseLineRequests(data);

const entries: LexiconEntry<Key>[] = LANGS.flatMap((lang) => [
  { key: 'strong' as Key, lang, phrases: file.request.strong[lang] },
  { key: 'weak' as Key, lang, phrases: file.request.weak[lang] },
  ...LINE_TOPICS.map((topic) => ({ key: topic as Key, lang, phrases: file.topics[topic][lang] })),
]);
const LEXICON = new PhraseLexicon<Key>(entries);

// "Online" and "by phone" say how, not which line: "grupo en línea", "therapy by phone".
const NOT_A_LINE = /\b(en linea|on line|by phone|over the phone|por telefono|por linea)\b/g;
// "I don't want a hotline": a refusal is not a request.
const REFUSAL = /\b(dont want|do not want|dont need|do not need|no hotline|not a hotline|no quiero|no necesito)\b/;
/** Requests are short; a long story that mentions a phone is not one. */
const MAX_WORDS = 40;

/**
 * Whether a message asks for a line, and for which: a strong phrase ("hotline", "a number I can call") or a weak
 * one ("number", "call") with a kind of line ("the domestic violence number"). Pure.
 */
export function detectLineRequest(text: string, lang: Lang): LineRequest | null {
  const folded = foldTokens(text).join(' ');
  if (REFUSAL.test(folded)) return null;
  const tokens = foldTokens(folded.replace(NOT_A_LINE, ' '));
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return null;
  const hits = LEXICON.match(tokens, lang);
  let topic: LineTopic | null = null;
  let best = 0;
  for (const t of LINE_TOPICS) {
    const weight = Math.max(0, ...(hits.get(t) ?? []));
    // A named kind of line beats the crisis line on a tie: "crisis hotline for veterans" is the veterans' line.
    if (weight > best || (weight > 0 && weight === best && t !== 'suicide')) [topic, best] = [t, weight];
  }
  if (hits.has('strong')) return { topic: topic ?? 'suicide' };
  if (hits.has('weak') && topic) return { topic };
  return null;
}
