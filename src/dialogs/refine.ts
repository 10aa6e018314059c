import { LANGS, stringsFor, type Lang } from '../i18n';
import { detectFilters } from '../understanding/filters';
import { foldText } from '../understanding/normalise';
import { wantsOnline } from '../understanding/place';
import type { Filters } from '../understanding/types';

/** A change to a search that "refine" can make. */
export interface Refinement {
  filters: Filters;
  online?: boolean;
}

// What each refine suggestion means, in the order of `results.refineSuggestions` in src/i18n (a test checks
// both languages have as many). Typed answers are read with the filter lexicon instead.
const SUGGESTION_MEANING: Refinement[] = [
  { filters: { cost: 'free' } },
  { filters: { mode: 'in-person' } },
  { filters: {}, online: true },
  { filters: { format: 'group' } },
  { filters: { format: 'one-to-one' } },
  { filters: { language: 'es' } },
  { filters: { audience: 'veterans' } },
  { filters: { audience: 'lgbtq' } },
  { filters: { audience: 'women' } },
];

/** How many refine suggestions there are (for the test that keeps i18n and meanings in step). */
export const REFINE_CHOICES = SUGGESTION_MEANING.length;

/** What an answer to "What would make these a better fit?" asks to change, or null when it says nothing usable. */
export function readRefinement(text: string, lang: Lang): Refinement | null {
  const folded = foldText(text);
  if (!folded) return null;
  for (const l of LANGS) {
    const index = stringsFor(l).results.refineSuggestions.findIndex((label) => foldText(label) === folded);
    if (index >= 0 && SUGGESTION_MEANING[index]) return structuredClone(SUGGESTION_MEANING[index]);
  }
  const { mode, ...rest } = detectFilters(text, lang);
  const filters: Filters = rest;
  const online = mode === 'online' || wantsOnline(text);
  if (mode && mode !== 'online') filters.mode = mode;
  if (/\b(group|groups|grupo|grupos)\b/.test(folded) && !filters.format) filters.format = 'group';
  if (Object.keys(filters).length === 0 && !online) return null;
  return online ? { filters, online } : { filters };
}
