import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shape of src/data/places/gazetteer.json, written by scripts/build-gazetteer.ts. Columnar
 * (one array per field) because JSON.parse reads long number arrays far faster than 40k objects.
 */
export interface GazetteerData {
  about: string;
  cities: {
    name: string[];
    country: string[];
    /** State or province code ("CA", "ON", "NSW", "JAL"); "" where the country has none we use. */
    region: string[];
    lat: number[];
    lon: number[];
    pop: number[];
  };
  /** Indices of cities whose whole name is an everyday English or Spanish word ("Hope", "Mesa"). */
  everydayNameCities: number[];
  /** Everyday words that sit within a typo of a city name: never read as a misspelt place. */
  everydayWords: string[];
}

/**
 * The shape of src/data/places/postcodes.json (same builder). A separate file, read on the first
 * postcode lookup, because it is two thirds of the bytes and most messages name no postcode.
 */
export interface PostcodeData {
  about: string;
  /** "Name|REGION" labels the postcode columns point into. */
  labels: string[];
  /** US ZIP codes as numbers (leading zeros dropped), sorted. */
  usZip: number[];
  usLat: number[];
  usLon: number[];
  usLabel: number[];
  /** Canadian forward sortation areas ("M5V"), sorted. */
  caFsa: string[];
  caLat: number[];
  caLon: number[];
  caLabel: number[];
}

/** Hand-written place knowledge (src/data/places/aliases.json). */
export interface PlaceAliases {
  regions: Record<string, Record<string, string[]>>;
  countries: Record<string, string[]>;
  renames: Record<string, string>;
  nicknames: Array<{ alias: string; place: string; caseSensitive?: boolean }>;
  cues: { before: string[] };
  everydayNames: { always: string[] };
  calendarWords: { words: string[] };
}

const PLACES_DIR = join(__dirname, '..', 'data', 'places');

/** Reads the committed gazetteer file. */
export function readGazetteerData(file = join(PLACES_DIR, 'gazetteer.json')): GazetteerData {
  return JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
}

/** Reads the committed postcode file. */
export function readPostcodeData(file = join(PLACES_DIR, 'postcodes.json')): PostcodeData {
  return JSON.parse(readFileSync(file, 'utf8')) as PostcodeData;
}

/** Reads the committed aliases file. */
export function readPlaceAliases(file = join(PLACES_DIR, 'aliases.json')): PlaceAliases {
  return JSON.parse(readFileSync(file, 'utf8')) as PlaceAliases;
}
