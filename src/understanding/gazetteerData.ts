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
  /** The centre (population-weighted) and reach of each region aliases.json names. */
  regions: RegionData;
  /** US counties, parishes and boroughs ("Orange County"): centre, reach, and weight (ZIP codes, for ranking). */
  counties: { name: string[]; region: string[]; lat: number[]; lon: number[]; extentKm: number[]; weight: number[] };
}

/** Region centres, columnar: country, region code, centre and about how far the region reaches from it. */
export interface RegionData {
  country: string[];
  code: string[];
  lat: number[];
  lon: number[];
  extentKm: number[];
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
  /** Other countries' postcode areas, sorted by code: UK postcode areas ("SW"), Irish routing keys ("D02"), Australian postcodes. */
  areas: Record<string, { code: string[]; lat: number[]; lon: number[]; label: number[] }>;
}

/** Hand-written place knowledge (src/data/places/aliases.json). */
export interface PlaceAliases {
  regions: Record<string, Record<string, string[]>>;
  countries: Record<string, string[]>;
  renames: Record<string, string>;
  /** Per country: nicknames, abbreviations and exonyms, each place written "Name|REGION" as in gazetteer.json. */
  nicknames: Record<string, Array<{ alias: string; place: string; caseSensitive?: boolean }>>;
  cues: { before: string[] };
  /** Words that introduce the person ("my name is", "soy"): a name after them is not a place. */
  nameIntro: { before: string[] };
  /** "Near me" phrases: nearby help is wanted, but where is not said. */
  nearMe: { phrases: string[] };
  /** UK postcode areas and Irish routing keys → the post town each is named after. */
  postcodeAreas: { GB: Record<string, string>; IE: Record<string, string> };
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

/** Every nickname with its place written in full, "Name|REGION|CC". */
export function nicknameList(aliases: PlaceAliases): Array<{ alias: string; place: string; caseSensitive?: boolean }> {
  return Object.entries(aliases.nicknames).flatMap(([country, list]) => list.map((n) => ({ ...n, place: `${n.place}|${country}` })));
}

/** Reads the committed aliases file. */
export function readPlaceAliases(file = join(PLACES_DIR, 'aliases.json')): PlaceAliases {
  return JSON.parse(readFileSync(file, 'utf8')) as PlaceAliases;
}
