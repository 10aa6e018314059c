/**
 * Search at scale. Deterministic synthetic directories (seeded PRNG, points spread around real city
 * centres) of 1k, 10k, 100k and 1M records: index build time, heap, and p50/p99 of a typical query
 * (need + place + radius + a text word), next to plain fuse.js over the whole directory (skipped at
 * 1M). Also the gazetteer load and parseFrame. Prints figures; asserts nothing.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Directory } from '../src/directory/directory';
import { WAYS } from '../src/directory/matchFilters';
import { haversineKm } from '../src/directory/geo';
import type { Audience, Resource } from '../src/directory/schema';
import type { SearchQuery } from '../src/directory/types';
import { Gazetteer } from '../src/understanding/gazetteer';
import { readGazetteerData, readPlaceAliases } from '../src/understanding/gazetteerData';
import { parseFrame } from '../src/understanding/parseFrame';
import { NEED_IDS, type NeedId } from '../src/understanding/types';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const NAIVE_MAX_SIZE = 100_000;
const QUERIES = 400;
const NAIVE_QUERIES: Record<number, number> = { 1_000: 60, 10_000: 20, 100_000: 5 };
const SEED = 20261130;

// City centres and rough weights (people, millions) so records cluster the way services do.
const CITIES: Array<[string, number, number, number]> = [
  ['New York', 40.71, -74.01, 8.2],
  ['Los Angeles', 34.05, -118.24, 3.9],
  ['Chicago', 41.88, -87.63, 2.7],
  ['Houston', 29.76, -95.37, 2.3],
  ['Phoenix', 33.45, -112.07, 1.6],
  ['Philadelphia', 39.95, -75.17, 1.6],
  ['San Antonio', 29.42, -98.49, 1.5],
  ['San Diego', 32.72, -117.16, 1.4],
  ['Dallas', 32.78, -96.8, 1.3],
  ['Austin', 30.27, -97.74, 0.96],
  ['San Francisco', 37.77, -122.42, 0.87],
  ['Seattle', 47.61, -122.33, 0.74],
  ['Denver', 39.74, -104.99, 0.72],
  ['Boston', 42.36, -71.06, 0.68],
  ['Detroit', 42.33, -83.05, 0.67],
  ['Portland', 45.52, -122.68, 0.65],
  ['Miami', 25.76, -80.19, 0.45],
  ['Atlanta', 33.75, -84.39, 0.5],
  ['Minneapolis', 44.98, -93.27, 0.43],
  ['Albuquerque', 35.08, -106.65, 0.56],
  ['Toronto', 43.65, -79.38, 2.7],
  ['Montréal', 45.5, -73.57, 1.7],
  ['Vancouver', 49.28, -123.12, 0.63],
  ['London', 51.51, -0.13, 8.9],
  ['Manchester', 53.48, -2.24, 0.55],
  ['Dublin', 53.35, -6.26, 0.55],
  ['Sydney', -33.87, 151.21, 5.3],
  ['Melbourne', -37.81, 144.96, 5],
  ['Auckland', -36.85, 174.76, 1.6],
  ['Madrid', 40.42, -3.7, 3.3],
];
// What happened, and the ways of getting help, exactly as the search tells them apart.
const TOPICS: NeedId[] = NEED_IDS.filter((n) => !WAYS.has(n) && n !== 'general-info');
const WAYS_ASKED: NeedId[] = [...WAYS];
const TOPIC_WORDS: Partial<Record<NeedId, string>> = {
  grief: 'grief and loss',
  'domestic-violence': 'domestic violence',
  'sexual-assault': 'sexual assault',
  'veterans-ptsd': 'veterans and PTSD',
  'substance-use': 'recovery from addiction',
  'child-abuse-survivor': 'adult survivors of childhood abuse',
  lgbtq: 'LGBTQ+ people',
  'legal-aid': 'legal help',
  housing: 'safe housing',
};
const PLACE_WORDS = [
  'Eastside',
  'Westside',
  'Riverside',
  'Downtown',
  'Northside',
  'Harbor',
  'Valley',
  'Hillcrest',
  'Lakeview',
  'Park',
  'Mission',
  'Bayview',
];
const KIND_WORDS = ['Circle', 'Group', 'Centre', 'Collective', 'Network', 'Clinic', 'Project', 'House', 'Alliance', 'Friends'];
const AUDIENCES: Audience[][] = [[], [], [], ['women'], ['men'], ['veterans', 'families'], ['youth'], ['lgbtq'], ['families']];
const COSTS: Resource['cost'][] = [['free'], ['free'], ['sliding-scale'], ['insurance', 'fee'], ['free', 'sliding-scale']];
const LANGUAGES: Resource['languages'][] = [['en'], ['en'], ['en'], ['en', 'es'], ['es']];
const MODES: Resource['modes'][] = [['in-person'], ['in-person'], ['in-person', 'online'], ['in-person', 'phone']];
const QUERY_WORDS = ['group', 'women', 'evening', 'peer', 'counselling', 'survivors', 'families', 'recovery'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticDirectory(size: number, seed: number): Resource[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const totalWeight = CITIES.reduce((s, c) => s + c[3], 0);
  const pickCity = () => {
    let r = rand() * totalWeight;
    for (const c of CITIES) if ((r -= c[3]) <= 0) return c;
    return CITIES[0]!;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  // Descriptions come from a small pool, as strings would be shared after loading a real file.
  const descriptions = new Map<string, string>();
  const out: Resource[] = [];
  for (let i = 0; i < size; i++) {
    const topic = pick(TOPICS);
    const way = pick(WAYS_ASKED);
    const needs: NeedId[] = rand() < 0.15 ? [topic] : [topic, way];
    const remote = rand() < 0.01;
    const [cityName, lat, lon] = pickCity();
    const key = `${topic}/${way}`;
    if (!descriptions.has(key))
      descriptions.set(key, `A ${way.replace('-', ' ')} for ${TOPIC_WORDS[topic]}, meeting weekly with trained facilitators.`);
    const spreadKm = 12;
    const dLat = (gauss() * spreadKm) / 111;
    const dLon = (gauss() * spreadKm) / (111 * Math.cos((lat * Math.PI) / 180));
    const r: Resource = {
      id: `syn-${i}`,
      name: `${pick(PLACE_WORDS)} ${TOPIC_WORDS[topic]!.split(' ')[0]} ${pick(KIND_WORDS)}`,
      organization: `${cityName} Community Services`,
      description: descriptions.get(key)!,
      needs,
      audiences: pick(AUDIENCES),
      modes: remote ? ['online', 'phone'] : pick(MODES),
      cost: pick(COSTS),
      languages: pick(LANGUAGES),
      scope: remote ? (rand() < 0.5 ? 'national' : 'online') : 'local',
      countries: ['US'],
      confidentialAddress: topic === 'domestic-violence' && rand() < 0.5,
      phones: [],
      assured_date: `${2023 + Math.floor(rand() * 4)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
      source: { name: 'synthetic', url: 'https://example.org/', licence: 'none', retrieved: '2026-11' },
    };
    if (!remote) {
      r.latitude = lat + dLat;
      r.longitude = lon + dLon;
    }
    out.push(r);
  }
  return out;
}

function typicalQueries(count: number, seed: number): SearchQuery[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const [, lat, lon] = pick(CITIES);
    const topic = pick(TOPICS);
    return {
      needs: [topic, pick(WAYS_ASKED)],
      near: { lat: lat + (rand() - 0.5) * 0.1, lon: lon + (rand() - 0.5) * 0.1, country: 'US' },
      radiusKm: 16.1,
      text: `${TOPIC_WORDS[topic]!.split(' ')[0]} ${pick(QUERY_WORDS)}`,
      limit: 5,
    };
  });
}

/** Plain fuse.js over every record, then the need and radius filters: the approach the index replaces. */
function naiveSearch(fuse: Fuse<Resource>, q: SearchQuery): Resource[] {
  return fuse
    .search(q.text ?? '')
    .map((h) => h.item)
    .filter((r) => r.latitude !== undefined && q.needs.some((n) => r.needs.includes(n)))
    .filter((r) => haversineKm(q.near!.lat, q.near!.lon, r.latitude!, r.longitude!) <= (q.radiusKm ?? 25))
    .slice(0, q.limit ?? 5);
}

const gc = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(9);

function timeEach<T>(items: T[], fn: (x: T) => unknown): number[] {
  return items.map((x) => {
    const t = performance.now();
    fn(x);
    return performance.now() - t;
  });
}

export default async function searchBench(): Promise<void> {
  const loads = timeEach(Array.from({ length: 7 }), () => new Gazetteer(readGazetteerData(), readPlaceAliases()));
  const g = new Gazetteer(readGazetteerData(), readPlaceAliases());
  const fuzzyIndex = timeEach([0], () => g.near('sna fransisco'))[0]!;
  const postcodes = timeEach([0], () => g.zip('94110'))[0]!;
  console.log(
    `Gazetteer: ${g.cityCount} cities; load (read + parse + name index) median ${ms(quantile(loads, 0.5))} ms over 7; ` +
      `first typo lookup (builds trigram index) ${ms(fuzzyIndex)} ms; first postcode lookup (reads postcodes.json) ${ms(postcodes)} ms`,
  );

  const messages = [
    'grief group near sna fransisco, free if possible',
    'I was abused as a child and I am looking for a support group for adult survivors somewhere around Philly',
    'necesito un grupo de apoyo para el duelo en nueva york, en español',
    'therapist within 10 miles of 94110 who takes medicaid',
    'my husband hits me and I need somewhere safe to stay in Portland',
    'support group',
  ];
  for (const m of messages) parseFrame(m, 'en-US');
  const frameTimes = timeEach(
    Array.from({ length: 300 }, (_, i) => messages[i % messages.length]!),
    (m) => parseFrame(m, 'en-US'),
  );
  const baseline = timeEach(
    Array.from({ length: 300 }, (_, i) => messages[i % messages.length]!),
    (m) => m.toLowerCase().split(' ').length,
  );
  console.log(
    `parseFrame: median ${(quantile(frameTimes, 0.5) * 1000).toFixed(0)} µs, p99 ${(quantile(frameTimes, 0.99) * 1000).toFixed(0)} µs over 300 calls ` +
      `(baseline lower-case + split: median ${(quantile(baseline, 0.5) * 1000).toFixed(1)} µs)`,
  );
  gc();

  console.log(`Typical query: two needs, a city, 16.1 km (10 mi), two text words, limit 5. ${QUERIES} queries per size (naive: fewer).`);
  console.log(
    '     size | build ms | data MB | index MB | index p50 ms | index p99 ms | fuse p50 ms | fuse p99 ms | fuse/index (p50) | local hits/query',
  );
  for (const size of SIZES) {
    const before = heapMb();
    const resources = syntheticDirectory(size, SEED + size);
    const afterData = heapMb();
    const t0 = performance.now();
    const directory = new Directory(resources, { now: new Date('2026-11-30T00:00:00Z') });
    const buildMs = performance.now() - t0;
    const afterIndex = heapMb();
    const queries = typicalQueries(QUERIES, SEED);
    timeEach(queries.slice(0, 50), (q) => directory.search(q)); // warm-up
    let hits = 0;
    const times = timeEach(queries, (q) => (hits += directory.search(q).local.length));
    let naive = '          - |           - |                -';
    if (size <= NAIVE_MAX_SIZE) {
      const fuse = new Fuse(resources, { keys: ['name', 'description', 'audiences'] });
      const nq = queries.slice(0, NAIVE_QUERIES[size] ?? 5);
      naiveSearch(fuse, nq[0]!);
      const nt = timeEach(nq, (q) => naiveSearch(fuse, q));
      naive = `${ms(quantile(nt, 0.5)).padStart(11)} | ${ms(quantile(nt, 0.99)).padStart(11)} | ${(quantile(nt, 0.5) / quantile(times, 0.5)).toFixed(0).padStart(15)}×`;
    }
    console.log(
      `${String(size).padStart(9)} | ${buildMs.toFixed(0).padStart(8)} | ${(afterData - before).toFixed(0).padStart(7)} | ${(afterIndex - afterData).toFixed(0).padStart(8)} | ${ms(quantile(times, 0.5)).padStart(12)} | ${ms(quantile(times, 0.99)).padStart(12)} | ${naive} | ${(hits / QUERIES).toFixed(1).padStart(16)}`,
    );
    void directory.size;
  }
}
