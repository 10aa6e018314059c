import { boundedEditDistance, typoBudget } from './editDistance';
import {
  nicknameList,
  readGazetteerData,
  readPlaceAliases,
  readPostcodeData,
  type GazetteerData,
  type PlaceAliases,
  type PostcodeData,
} from './gazetteerData';
import { foldText, placeKey } from './normalise';
import type { Place } from './types';

/** Cities smaller than this are only found when spelt right: a typo is far likelier to aim at a big city. */
export const FUZZY_MIN_POPULATION = 10_000;
/** Nicknames shorter than this (letters, spaces left out) are not matched with typos. */
const FUZZY_MIN_ALIAS_LETTERS = 9;
/** A shared location is named after a town at most this far away. */
const NEAREST_TOWN_KM = 40;
/** Word spans whose typo lookups are remembered (a few hundred kB at most). */
const NEAR_MEMO_SIZE = 20_000;

/** A city the gazetteer knows, by its index (index order is population rank). */
export interface CityRef {
  index: number;
  /** Typos between what was typed and the name (0 for an exact or alias match). */
  edits: number;
  via: 'name' | 'alias' | 'fuzzy';
}

/** A region (state, province) or country named in text. */
export interface RegionRef {
  country: string;
  /** Region code, or null when only the country was named. */
  region: string | null;
}

/**
 * The place names Kindred knows: GeoNames cities, nicknames, regions, countries and postcodes,
 * with exact and typo-tolerant lookup. Load it once (`Gazetteer.shared()`); lookups are pure.
 */
export class Gazetteer {
  private readonly byKey = new Map<string, number[]>();
  private readonly aliasByKey = new Map<string, Array<{ index: number; caseSensitive: string | null }>>();
  private readonly regionByKey = new Map<string, RegionRef[]>();
  private readonly everydayNames: Set<number>;
  private readonly everydayWords: Set<string>;
  readonly cueWords: ReadonlySet<string>;
  private readonly calendarWords: ReadonlySet<string>;
  private readonly nameIntro: ReadonlySet<string>;
  private readonly nearMePhrases: readonly string[];
  private readonly regionCentre = new Map<string, { lat: number; lon: number; extentKm: number }>();
  private readonly regionNames: PlaceAliases['regions'];
  private readonly countyByKey = new Map<string, number[]>();
  private readonly nearMemo = new Map<string, readonly CityRef[]>();
  private fuzzy: FuzzyIndex | null = null;
  private zipIndex: Map<number, number> | null = null;
  private postcodeData: PostcodeData | null = null;
  private static instance: Gazetteer | null = null;

  constructor(
    private readonly data: GazetteerData,
    aliases: PlaceAliases,
    private readonly loadPostcodes: () => PostcodeData = readPostcodeData,
  ) {
    const c = data.cities;
    for (let i = 0; i < c.name.length; i++) push(this.byKey, placeKey(c.name[i]!), i);
    for (const n of nicknameList(aliases)) {
      const [name = '', region = '', country = ''] = n.place.split('|');
      const index = this.byKey.get(placeKey(name))?.find((i) => c.name[i] === name && c.region[i] === region && c.country[i] === country);
      if (index === undefined) throw new Error(`aliases.json: nickname "${n.alias}" points at "${n.place}", which the gazetteer lacks`);
      push(this.aliasByKey, placeKey(n.alias), { index, caseSensitive: n.caseSensitive ? rawKey(n.alias) : null });
    }
    for (const [country, regions] of Object.entries(aliases.regions)) {
      for (const [code, names] of Object.entries(regions)) {
        for (const name of [code, ...names]) push(this.regionByKey, foldText(name), { country, region: code });
      }
    }
    for (const [country, names] of Object.entries(aliases.countries)) {
      for (const name of names) push(this.regionByKey, foldText(name), { country, region: null });
    }
    this.everydayNames = new Set(data.everydayNameCities);
    this.everydayWords = new Set(data.everydayWords);
    this.cueWords = new Set(aliases.cues.before.map(foldText));
    this.calendarWords = new Set(aliases.calendarWords.words.map(foldText));
    this.nameIntro = new Set((aliases.nameIntro?.before ?? []).map(foldText));
    this.nearMePhrases = (aliases.nearMe?.phrases ?? []).map(foldText).sort((a, b) => b.length - a.length);
    this.regionNames = aliases.regions;
    const r = data.regions;
    r?.code.forEach((code, i) =>
      this.regionCentre.set(`${r.country[i]}|${code}`, { lat: r.lat[i]!, lon: r.lon[i]!, extentKm: r.extentKm[i]! }),
    );
    data.counties?.name.forEach((name, i) => {
      push(this.countyByKey, placeKey(name), i);
      // "condado de Orange": how Spanish writes it.
      push(this.countyByKey, placeKey(`condado de ${name.replace(/ (County|Parish|Borough)$/, '')}`), i);
    });
  }

  /** True when these words introduce the person ("my name is", "soy"): a name after them is not a place. */
  introducesName(key: string): boolean {
    return this.nameIntro.has(key);
  }

  /** True when the text says "near me" (or "cerca de mí") in some form. `folded` is foldText of the message. */
  saysNearMe(folded: string): boolean {
    const padded = ` ${folded} `;
    return this.nearMePhrases.some((p) => padded.includes(` ${p} `));
  }

  /** A state, province or other region as a Place at its centre, or null when the gazetteer has no centre for it. */
  regionPlace(country: string, code: string): Place | null {
    const c = this.regionCentre.get(`${country}|${code}`);
    if (!c) return null;
    const name = this.regionNames[country]?.[code]?.[0] ?? code;
    return { name: titleCase(name), region: code, country, lat: c.lat, lon: c.lon, kind: 'region', extentKm: c.extentKm };
  }

  /** US counties named exactly so ("orange county"), heaviest (most ZIP codes) first. */
  counties(key: string): Array<{ place: Place; weight: number }> {
    const k = this.data.counties;
    return (this.countyByKey.get(key) ?? [])
      .map((i) => ({
        place: {
          name: k.name[i]!,
          region: k.region[i]!,
          country: 'US',
          lat: k.lat[i]!,
          lon: k.lon[i]!,
          kind: 'region' as const,
          extentKm: k.extentKm[i]!,
        },
        weight: k.weight[i]!,
      }))
      .sort((a, b) => b.weight - a.weight);
  }

  /**
   * The town a person would name for a point: the biggest town close by beats a hamlet closer in (within
   * NEAREST_TOWN_KM). Null when no town in the gazetteer is that near (the point is outside the countries served).
   */
  nearestTown(lat: number, lon: number): Place | null {
    const c = this.data.cities;
    let best = -1;
    let bestScore = -Infinity;
    const cos = Math.cos((lat * Math.PI) / 180);
    for (let i = 0; i < c.name.length; i++) {
      const dLat = c.lat[i]! - lat;
      if (Math.abs(dLat) > NEAREST_TOWN_KM / 111) continue;
      const km = Math.hypot(dLat, (c.lon[i]! - lon) * cos) * 111.2;
      if (km > NEAREST_TOWN_KM) continue;
      const score = Math.log10(Math.max(c.pop[i]!, 10)) - km / 10;
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    return best < 0 ? null : this.place(best);
  }

  /** The place of a UK postcode area ("SW"), an Irish routing key ("D02") or an Australian postcode ("2000"), or null. */
  area(country: string, code: string): Place | null {
    const a = this.postcodes().areas?.[country];
    if (!a) return null;
    let lo = 0;
    let hi = a.code.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = a.code[mid]!;
      if (v === code) return this.postcodePlace(a.label[mid]!, country, a.lat[mid]!, a.lon[mid]!);
      if (v < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** True for a name that is also a month, day or holiday ("march", "mayo"): a place only with a region named. */
  isCalendarWord(key: string): boolean {
    return this.calendarWords.has(key);
  }

  /** The gazetteer shipped in src/data/places, loaded on first use. */
  static shared(): Gazetteer {
    Gazetteer.instance ??= new Gazetteer(readGazetteerData(), readPlaceAliases());
    return Gazetteer.instance;
  }

  get cityCount(): number {
    return this.data.cities.name.length;
  }

  /** Cities whose name (or nickname) is exactly this text; `raw` is the text as typed, for case-sensitive nicknames. */
  exact(key: string, raw: string): CityRef[] {
    const out: CityRef[] = [];
    for (const a of this.aliasByKey.get(key) ?? []) {
      if (a.caseSensitive === null || a.caseSensitive === rawKey(raw)) out.push({ index: a.index, edits: 0, via: 'alias' });
    }
    for (const index of this.byKey.get(key) ?? []) out.push({ index, edits: 0, via: 'name' });
    return out;
  }

  /**
   * Cities (population ≥ FUZZY_MIN_POPULATION) and nicknames within a few typos of this text. The gazetteer
   * never changes, so answers are memoised: every message asks this of each of its word spans, and the same
   * ordinary words ("support", "group") come back from everyone. The memo is bounded, and its arrays frozen.
   */
  near(key: string): readonly CityRef[] {
    const known = this.nearMemo.get(key);
    if (known) return known;
    const found = Object.freeze(this.lookUpNear(key));
    if (this.nearMemo.size >= NEAR_MEMO_SIZE) this.nearMemo.delete(this.nearMemo.keys().next().value as string);
    this.nearMemo.set(key, found);
    return found;
  }

  private lookUpNear(key: string): CityRef[] {
    const budget = typoBudget(key.replace(/ /g, '').length);
    if (budget === 0 || this.everydayWords.has(key)) return [];
    this.fuzzy ??= new FuzzyIndex(this.fuzzyTargets());
    const out: CityRef[] = [];
    const words = key.split(' ').length;
    for (const hit of this.fuzzy.search(key, budget)) {
      // Exact matches come from exact(); a typo never splits or joins words ("up and" is not "Upland").
      if (hit.edits === 0 || hit.key.split(' ').length !== words) continue;
      for (const a of this.aliasByKey.get(hit.key) ?? [])
        if (a.caseSensitive === null) out.push({ index: a.index, edits: hit.edits, via: 'fuzzy' });
      for (const index of this.byKey.get(hit.key) ?? []) {
        if (this.data.cities.pop[index]! >= FUZZY_MIN_POPULATION) out.push({ index, edits: hit.edits, via: 'fuzzy' });
      }
    }
    return out;
  }

  /** Regions and countries this text names ("tx", "texas", "nueva york", "uk"). */
  regions(key: string): RegionRef[] {
    return this.regionByKey.get(key) ?? [];
  }

  /** True when the city's whole name is an everyday word (Hope, Mobile, Socorro): it needs a cue. */
  hasEverydayName(index: number): boolean {
    return this.everydayNames.has(index);
  }

  /** True when the word is an everyday word that sits a typo away from a city name. */
  isEverydayWord(key: string): boolean {
    return this.everydayWords.has(key);
  }

  population(index: number): number {
    return this.data.cities.pop[index]!;
  }

  /** The city as a Place. */
  place(index: number): Place {
    const c = this.data.cities;
    return { name: c.name[index]!, region: c.region[index] || null, country: c.country[index]!, lat: c.lat[index]!, lon: c.lon[index]! };
  }

  /** The place of a US ZIP code ("02116"), or null. */
  zip(code: string): Place | null {
    const pc = this.postcodes();
    if (!this.zipIndex) {
      this.zipIndex = new Map();
      for (let i = 0; i < pc.usZip.length; i++) this.zipIndex.set(pc.usZip[i]!, i);
    }
    const i = this.zipIndex.get(Number(code));
    return i === undefined ? null : this.postcodePlace(pc.usLabel[i]!, 'US', pc.usLat[i]!, pc.usLon[i]!);
  }

  /** The place of a Canadian postal code or its first three characters ("M5V 3L9", "m5v"), or null. */
  fsa(code: string): Place | null {
    const pc = this.postcodes();
    const fsa = code.replace(/\s+/g, '').slice(0, 3).toUpperCase();
    let lo = 0;
    let hi = pc.caFsa.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = pc.caFsa[mid]!;
      if (v === fsa) return this.postcodePlace(pc.caLabel[mid]!, 'CA', pc.caLat[mid]!, pc.caLon[mid]!);
      if (v < fsa) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  private postcodes(): PostcodeData {
    this.postcodeData ??= this.loadPostcodes();
    return this.postcodeData;
  }

  private postcodePlace(label: number, country: string, lat: number, lon: number): Place {
    const [name, region] = this.postcodes().labels[label]!.split('|') as [string, string];
    return { name, region: region || null, country, lat, lon };
  }

  private fuzzyTargets(): string[] {
    const keys = new Set<string>();
    const c = this.data.cities;
    for (let i = 0; i < c.name.length && c.pop[i]! >= FUZZY_MIN_POPULATION; i++) keys.add(placeKey(c.name[i]!));
    // Short nicknames match only as typed: one typo from "welly" is "belly", from "the toon" "the moon".
    for (const [key, list] of this.aliasByKey)
      if (key.replace(/ /g, '').length >= FUZZY_MIN_ALIAS_LETTERS && list.some((a) => a.caseSensitive === null)) keys.add(key);
    return [...keys];
  }
}

/** Trigram index: candidates sharing enough trigrams with the query, then checked by edit distance. */
class FuzzyIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(private readonly keys: string[]) {
    keys.forEach((key, i) => {
      for (const g of new Set(trigrams(key))) push(this.postings, g, i);
    });
    this.counts = new Uint16Array(keys.length);
  }

  search(query: string, budget: number): Array<{ key: string; edits: number }> {
    const grams = [...new Set(trigrams(query))];
    // An edit touches at most three trigrams (a transposition four), so a match shares at least this many.
    const need = Math.max(1, grams.length - 4 * budget);
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of this.postings.get(g) ?? []) {
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i]!++;
      }
    }
    const out: Array<{ key: string; edits: number }> = [];
    for (const i of touched) {
      if (this.counts[i]! >= need) {
        const key = this.keys[i]!;
        const edits = boundedEditDistance(query, key, budget);
        if (edits <= budget) out.push({ key, edits });
      }
      this.counts[i] = 0;
    }
    return out;
  }
}

function trigrams(key: string): string[] {
  const s = `  ${key} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

function titleCase(folded: string): string {
  return folded.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Case kept, accents and punctuation dropped: how a case-sensitive nickname ("LA") is compared. */
function rawKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
}
