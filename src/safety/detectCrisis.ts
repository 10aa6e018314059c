import { langFromLocale, type Lang } from '../i18n/lang';
import type { CrisisKind, CrisisSignal } from './types';

// PLACEHOLDER (foundation): a first small lexicon so the structure works end to end.
// The full detector (normalisation, fuzzy phrases, lexicons as data) replaces this file.
const FIRST_LEXICON: Array<{ kind: CrisisKind; lang: Lang; pattern: RegExp }> = [
  { kind: 'suicide', lang: 'en', pattern: /\b(kill(ing)? my ?self|suicid\w*|end (it all|my life)|want to die|kms)\b/ },
  { kind: 'self-harm', lang: 'en', pattern: /\b(cut(ting)? my ?self|hurt(ing)? my ?self|self[- ]harm)\b/ },
  { kind: 'overdose', lang: 'en', pattern: /\b(overdos\w*|took (all )?(the |my )?pills)\b/ },
  { kind: 'danger-now', lang: 'en', pattern: /\b(he'?s going to kill me|in danger (right )?now)\b/ },
  { kind: 'suicide', lang: 'es', pattern: /\b(matarme|suicid\w*|quiero morir(me)?|quitarme la vida)\b/ },
];

/** Looks for signs of acute crisis in one message. Never throws. */
export function detectCrisis(text: string, locale?: string | null): CrisisSignal {
  const lang: Lang = langFromLocale(locale) ?? 'en';
  const kinds = new Set<CrisisKind>();
  try {
    const lower = String(text ?? '')
      .toLowerCase()
      .slice(0, 20_000);
    for (const entry of FIRST_LEXICON) if (entry.pattern.test(lower)) kinds.add(entry.kind);
  } catch {
    // A detector failure must never break a turn; the caller still answers.
  }
  return { detected: kinds.size > 0, kinds: [...kinds], lang };
}
