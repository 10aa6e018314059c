import type { SearchQuery } from '../directory/types';
import { WAYS } from '../directory/matchFilters';
import type { Frame, Filters, NeedId, Place } from '../understanding/types';

/** A place as a search keeps it: no alternatives (those are a question, asked once). */
export type SearchPlace = Omit<Place, 'alternatives'>;

/** What the person has told us so far in this search. Only what the search needs; nothing else is kept. */
export interface Search {
  needs: NeedId[];
  place: SearchPlace | null;
  /** They said online (or by phone) is fine. With a place, both nearby and remote help are shown. */
  online: boolean;
  /** Stated preferences. `mode: 'online'` lives in `online` instead. */
  filters: Filters;
  radiusKm: number | null;
}

/** What one message added to a search. */
export interface Learned {
  need: boolean;
  place: boolean;
  online: boolean;
  filters: boolean;
}

export function emptySearch(): Search {
  return { needs: [], place: null, online: false, filters: {}, radiusKm: null };
}

/** The needs worth searching for: "general-info" alone says nothing about what would help. */
export function concreteNeeds(needs: readonly NeedId[]): NeedId[] {
  return needs.filter((n) => n !== 'general-info');
}

export function withoutAlternatives(place: Place): SearchPlace {
  const out: SearchPlace = { name: place.name, region: place.region, country: place.country, lat: place.lat, lon: place.lon };
  if (place.kind) out.kind = place.kind;
  if (place.extentKm !== undefined) out.extentKm = place.extentKm;
  return out;
}

/**
 * Adds what one message says to the search; the newest word wins ("actually, in Denver"). Needs are replaced
 * only by concrete needs, so "in Austin" keeps "grief". Returns what was new, so the dialog knows what it learned.
 */
export function absorbFrame(search: Search, frame: Frame, options: { keepNeeds?: boolean } = {}): Learned {
  const learned: Learned = { need: false, place: false, online: false, filters: false };
  const needs = concreteNeeds(frame.needs);
  if (needs.length > 0 && !(options.keepNeeds && search.needs.length > 0)) {
    search.needs = needs;
    learned.need = true;
  }
  if (frame.place) {
    search.place = withoutAlternatives(frame.place);
    learned.place = true;
  }
  const { mode, ...rest } = frame.filters;
  if (mode === 'online') {
    search.online = true;
    learned.online = true;
  } else if (mode) {
    search.filters.mode = mode;
    learned.filters = true;
  }
  if (Object.keys(rest).length > 0) {
    search.filters = { ...search.filters, ...rest };
    learned.filters = true;
  }
  if (frame.radiusKm !== null) search.radiusKm = frame.radiusKm;
  return learned;
}

/** The directory query for a search. */
export function toQuery(search: Search, defaultCountry: string, limit: number): SearchQuery {
  return {
    needs: search.needs,
    near: search.place ? { lat: search.place.lat, lon: search.place.lon, country: search.place.country } : null,
    // A state or county is searched across its reach, unless the person asked for a radius.
    radiusKm: search.radiusKm ?? (search.place?.kind === 'region' ? (search.place.extentKm ?? null) : null),
    filters: search.filters,
    country: search.place?.country ?? defaultCountry,
    limit,
  };
}

/**
 * The need to name when talking about this search: what happened ("grief and loss support") rather than the
 * way of getting help ("support groups") when the person gave both, whatever order the words came in.
 */
export function mainNeed(needs: readonly NeedId[]): NeedId {
  return needs.find((n) => !WAYS.has(n) && n !== 'general-info') ?? needs[0] ?? 'general-info';
}
