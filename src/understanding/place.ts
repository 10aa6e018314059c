import { foldText } from './normalise';
import type { Place } from './types';

// PLACEHOLDER (foundation): a handful of large cities. The directory issue replaces this with a
// real gazetteer (ZIP codes, postal prefixes, misspellings, nicknames, ambiguity).
const CITIES: Place[] = [
  { name: 'New York', region: 'NY', country: 'US', lat: 40.7128, lon: -74.006 },
  { name: 'Los Angeles', region: 'CA', country: 'US', lat: 34.0522, lon: -118.2437 },
  { name: 'Chicago', region: 'IL', country: 'US', lat: 41.8781, lon: -87.6298 },
  { name: 'Houston', region: 'TX', country: 'US', lat: 29.7604, lon: -95.3698 },
  { name: 'Austin', region: 'TX', country: 'US', lat: 30.2672, lon: -97.7431 },
  { name: 'San Francisco', region: 'CA', country: 'US', lat: 37.7749, lon: -122.4194 },
  { name: 'Seattle', region: 'WA', country: 'US', lat: 47.6062, lon: -122.3321 },
  { name: 'Boston', region: 'MA', country: 'US', lat: 42.3601, lon: -71.0589 },
  { name: 'Denver', region: 'CO', country: 'US', lat: 39.7392, lon: -104.9903 },
  { name: 'Miami', region: 'FL', country: 'US', lat: 25.7617, lon: -80.1918 },
  { name: 'Toronto', region: 'ON', country: 'CA', lat: 43.6532, lon: -79.3832 },
  { name: 'London', region: null, country: 'GB', lat: 51.5072, lon: -0.1276 },
  { name: 'Dublin', region: null, country: 'IE', lat: 53.3498, lon: -6.2603 },
  { name: 'Sydney', region: 'NSW', country: 'AU', lat: -33.8688, lon: 151.2093 },
  { name: 'Auckland', region: null, country: 'NZ', lat: -36.8485, lon: 174.7633 },
];

/** The place a message names, or null ("near me" and "online" are null too). */
export function resolvePlace(text: string): Place | null {
  const folded = ` ${foldText(text)} `;
  for (const city of CITIES) {
    if (folded.includes(` ${foldText(city.name)} `)) return { ...city };
  }
  return null;
}

/** True when the person says they want help online or by phone rather than near a place. */
export function wantsOnline(text: string): boolean {
  return /\b(online|on line|virtual|by phone|en linea|por internet|por telefono|remote)\b/.test(foldText(text));
}
