import aliases from '../data/places/aliases.json';
import { stringsFor, type Lang } from '../i18n';
import type { Place } from '../understanding/types';

const REGIONS = aliases.regions as Record<string, Record<string, string[]>>;

function titleCase(folded: string): string {
  return folded.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A region's name as a person would write it ("OR" → "Oregon"), or the code when the data has no name. */
function regionName(country: string, region: string): string {
  const name = REGIONS[country]?.[region]?.[0];
  return name ? titleCase(name) : region;
}

function countryName(country: string, lang: Lang): string {
  const names = stringsFor(lang).crisis.countries as Record<string, { name: string } | undefined>;
  return names[country]?.name ?? country;
}

/**
 * How a place is named in a reply. Short: "Austin, TX" (or "Dublin, IE"). Full, for telling two places of
 * one name apart: "Portland, Oregon", "London, Canada" when the same name is in two countries.
 */
export function placeLabel(place: Pick<Place, 'name' | 'region' | 'country' | 'kind'>, lang: Lang, full = false): string {
  // A state is its own name ("Texas"); a county keeps its state ("Orange County, CA").
  if (place.kind === 'region' && place.region && regionName(place.country, place.region) === place.name) return place.name;
  if (!full) return place.region ? `${place.name}, ${place.region}` : `${place.name}, ${place.country}`;
  return place.region ? `${place.name}, ${regionName(place.country, place.region)}` : `${place.name}, ${countryName(place.country, lang)}`;
}

/** Labels for the choices of an ambiguous place: full names, with the country added where the regions alone repeat. */
export function choiceLabels(places: ReadonlyArray<Pick<Place, 'name' | 'region' | 'country'>>, lang: Lang): string[] {
  const labels = places.map((p) => placeLabel(p, lang, true));
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} (${countryName(places[i]!.country, lang)})` : label,
  );
}
