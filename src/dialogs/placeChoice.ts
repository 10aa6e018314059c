import aliases from '../data/places/aliases.json';
import { stringsFor, LANGS, type Lang } from '../i18n';
import { foldText } from '../understanding/normalise';
import type { Place } from '../understanding/types';
import { choiceLabels } from './placeLabel';
import { readPosition } from './ordinals';

const REGIONS = aliases.regions as Record<string, Record<string, string[]>>;
const COUNTRIES = aliases.countries as Record<string, string[]>;

/** The words that pick one place out of several: its region's code and names, its country's names. */
function namesOf(place: Pick<Place, 'region' | 'country'>): string[] {
  const names: string[] = [];
  if (place.region) names.push(place.region, ...(REGIONS[place.country]?.[place.region] ?? []));
  names.push(...(COUNTRIES[place.country] ?? []));
  for (const lang of LANGS) {
    const country = (stringsFor(lang).crisis.countries as Record<string, { name: string } | undefined>)[place.country];
    if (country) names.push(country.name);
  }
  return names.map(foldText).filter(Boolean);
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Which of the offered places an answer to "Portland, Oregon or Portland, Maine?" picks: by its label, its
 * position ("the second one"), or its state or country ("Maine", "ME", "the one in Oregon"). `'else'` for
 * "somewhere else"; null when the answer picks none (then it may be a new place altogether).
 */
export function readPlaceChoice<P extends Pick<Place, 'name' | 'region' | 'country'>>(
  text: string,
  choices: readonly P[],
  lang: Lang,
): P | 'else' | null {
  const folded = foldText(text);
  if (!folded) return null;
  if (LANGS.some((l) => folded === foldText(stringsFor(l).findHelp.somewhereElse))) return 'else';
  const labels = choiceLabels(choices, lang).map(foldText);
  const byLabel = labels.indexOf(folded);
  if (byLabel >= 0) return choices[byLabel]!;
  const position = readPosition(text, lang, choices.length);
  if (position !== null) return choices[position - 1]!;
  // A region code ("OR") counts only as the whole answer or after a comma; names anywhere in the answer.
  const raw = String(text).trim();
  const matches = choices.filter((c) =>
    namesOf(c).some((name) =>
      name.length <= 3 ? folded === name || new RegExp(`,\\s*${name}\\s*$`, 'i').test(raw) : containsWords(folded, name),
    ),
  );
  return matches.length === 1 ? matches[0]! : null;
}
