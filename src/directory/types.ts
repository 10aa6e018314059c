import type { Filters, NeedId } from '../understanding/types';
import type { Resource } from './schema';

/** What to look for. `near` null means "no place": only national and online resources fit. */
export interface SearchQuery {
  needs: NeedId[];
  near: { lat: number; lon: number; country?: string } | null;
  radiusKm?: number | null;
  filters?: Filters;
  text?: string;
  /** Country whose national resources to include ("US"); defaults to the place's country. */
  country?: string;
  limit?: number;
}

export interface Match {
  resource: Resource;
  /** Kilometres from the searched place, or null for national/online resources. */
  distanceKm: number | null;
  score: number;
  /** A short reason a person can read ("grief group, 3.2 km, free"). Not localised here; cards localise. */
  reason: string;
}

export interface SearchResult {
  /** Resources with a location near the place, nearest and best first. */
  local: Match[];
  /** National and online resources that fit, best first. */
  remote: Match[];
  /** The radius finally used for `local` (it widens until enough results are found). */
  radiusKm: number | null;
  /** True when the radius had to be widened beyond what was asked. */
  widened: boolean;
}

/**
 * What the conversation searches: the directory, or the directory together with other sources such as
 * peer-support meetings from live feeds (src/meetings/searchWithMeetings.ts). `Directory` is one.
 */
export interface ResourceSearch {
  readonly size: number;
  get(id: string): Resource | undefined;
  search(query: SearchQuery): SearchResult;
}
