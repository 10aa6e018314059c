import { Gazetteer } from '../understanding/gazetteer';
import type { SearchPlace } from './search';

/**
 * "Use my location" (the web chat page): the page sends `{ kindred: 'location', lat, lon }` as the value of a
 * message after the person taps the button, already rounded to about 1 km, or `{ kindred: 'location',
 * unavailable: true }` when the browser gave none. It is rounded again here (a page is not to be trusted),
 * kept only in this conversation's search, never logged and never offered for "remember me".
 */
export type SharedLocation = { lat: number; lon: number } | 'unavailable';

/** Two decimal places: about 1.1 km of latitude, less of longitude. */
const ROUND = 100;

/** The location in a message value, or null when the value is not one. */
export function locationFrom(value: Record<string, unknown> | null): SharedLocation | null {
  if (!value || value.kindred !== 'location') return null;
  const lat = Number(value.lat);
  const lon = Number(value.lon);
  if (value.unavailable === true || !Number.isFinite(lat) || !Number.isFinite(lon)) return 'unavailable';
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return 'unavailable';
  return { lat: Math.round(lat * ROUND) / ROUND, lon: Math.round(lon * ROUND) / ROUND };
}

/** The shared location as a search place, named after the town a person would say for it; null when none is near. */
export function placeFromLocation(location: { lat: number; lon: number }, gazetteer: Gazetteer = Gazetteer.shared()): SearchPlace | null {
  const town = gazetteer.nearestTown(location.lat, location.lon);
  if (!town) return null;
  return { name: town.name, region: town.region, country: town.country, lat: location.lat, lon: location.lon, kind: 'device' };
}
