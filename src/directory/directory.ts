import type { NeedId } from '../understanding/types';
import { haversineKm, radiusSteps } from './geo';
import { NeedGeoIndex } from './geoIndex';
import { answersNeed, passesFilters, requiredNeeds } from './matchFilters';
import { WEIGHTS, distanceFit, needFit, preferenceBonus, recency } from './ranking';
import { reasonFor } from './reason';
import type { Resource } from './schema';
import { queryWords, textScore } from './textScore';
import type { Match, SearchQuery, SearchResult } from './types';

/** Tuning knobs, all optional. */
export interface DirectoryOptions {
  /** "Now" for how recently records were checked; fixed in tests. Defaults to construction time. */
  now?: Date;
  /** Country whose national resources to list when the query names none. */
  defaultCountry?: string;
  /** Radius when none is asked. */
  defaultRadiusKm?: number;
  /** The radius stops widening here. */
  maxRadiusKm?: number;
  /** How many nearby records per need bucket are ranked in full: the rest are farther away. */
  candidatesPerNeed?: number;
}

const DEFAULTS = { defaultCountry: 'US', defaultRadiusKm: 25, maxRadiusKm: 200, candidatesPerNeed: 300 };
/** Remote records are pre-ranked cheaply; only this many get the text score. */
const REMOTE_SHORTLIST = 100;

/**
 * The searchable directory. Local records go into one kd-tree per need (NeedGeoIndex), so a query
 * looks only at nearby records of the asked needs; ranking (ranking.ts) then runs on those few
 * hundred. National and online records are kept in need buckets and listed separately.
 */
export class Directory {
  private readonly byId = new Map<string, Resource>();
  private readonly local: Resource[] = [];
  private readonly remote: Resource[] = [];
  private readonly geo: NeedGeoIndex;
  /** Remote records by "country|need" (and "country|*"), best static score (national, recency) first. */
  private readonly remoteByCountryNeed = new Map<string, number[]>();
  private readonly now: Date;
  private readonly options: typeof DEFAULTS;

  constructor(
    private readonly resources: readonly Resource[],
    options: DirectoryOptions = {},
  ) {
    this.now = options.now ?? new Date();
    this.options = { ...DEFAULTS, ...withoutUndefined(options) };
    for (const r of resources) {
      this.byId.set(r.id, r);
      if (r.scope === 'local' && r.latitude !== undefined && r.longitude !== undefined) this.local.push(r);
      else if (r.scope !== 'local') this.remote.push(r);
    }
    this.geo = new NeedGeoIndex(this.local.map((r) => ({ lat: r.latitude!, lon: r.longitude!, needs: r.needs })));
    this.remote.forEach((r, i) => {
      for (const country of new Set(r.countries)) {
        for (const need of ['*', ...new Set(r.needs)]) {
          const key = `${country}|${need}`;
          const list = this.remoteByCountryNeed.get(key);
          if (list) list.push(i);
          else this.remoteByCountryNeed.set(key, [i]);
        }
      }
    });
    const staticScore = (i: number) => this.remoteStaticScore(this.remote[i]!);
    for (const list of this.remoteByCountryNeed.values()) list.sort((a, b) => staticScore(b) - staticScore(a) || a - b);
  }

  private readonly recencyByDate = new Map<string, number>();

  /** recency() per distinct date, computed once: records share a few hundred dates at most. */
  private recency(assuredDate: string): number {
    let r = this.recencyByDate.get(assuredDate);
    if (r === undefined) {
      r = recency(assuredDate, this.now);
      this.recencyByDate.set(assuredDate, r);
    }
    return r;
  }

  /** The query-independent part of a remote record's score. */
  private remoteStaticScore(resource: Resource): number {
    return WEIGHTS.recency * this.recency(resource.assured_date) + (resource.scope === 'national' ? WEIGHTS.national : 0);
  }

  get size(): number {
    return this.resources.length;
  }

  get(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  /** Ranked local matches (widening the radius until `limit` are found) and, apart, national and online ones. */
  search(query: SearchQuery): SearchResult {
    const limit = query.limit ?? 5;
    const asked = query.needs.filter((n) => n !== 'general-info');
    const words = queryWords(query.text);
    const local = this.searchLocal(query, asked, words, limit);
    return { ...local, remote: this.searchRemote(query, asked, words, limit) };
  }

  private searchLocal(query: SearchQuery, asked: NeedId[], words: string[], limit: number): Omit<SearchResult, 'remote'> {
    const mode = query.filters?.mode;
    if (!query.near || (mode !== undefined && mode !== 'in-person')) return { local: [], radiusKm: null, widened: false };
    const { lat, lon } = query.near;
    const askedKm = query.radiusKm ?? this.options.defaultRadiusKm;
    const capKm = Math.max(askedKm, this.options.maxRadiusKm);
    const required = requiredNeeds(asked);
    const ids = this.geo.nearest(lat, lon, required, this.options.candidatesPerNeed, capKm, (i) =>
      passesFilters(this.local[i]!, query.filters),
    );
    const found = ids.map((i) => ({
      resource: this.local[i]!,
      km: haversineKm(lat, lon, this.local[i]!.latitude!, this.local[i]!.longitude!),
    }));
    if (found.length === 0) return { local: [], radiusKm: askedKm, widened: false };

    const steps = radiusSteps(askedKm, capKm);
    const radiusKm = steps.find((step) => found.filter((f) => f.km <= step).length >= limit) ?? steps[steps.length - 1]!;
    const ranked = rankWithText(
      found
        .filter((f) => f.km <= radiusKm)
        .map(({ resource, km }) => ({
          resource,
          km,
          base:
            WEIGHTS.distance * distanceFit(km) +
            WEIGHTS.need * needFit(asked, resource) +
            WEIGHTS.recency * this.recency(resource.assured_date) +
            preferenceBonus(resource, query.filters),
        })),
      words,
      limit,
    );
    const local = ranked.map(({ resource, km, score }) => ({
      resource,
      distanceKm: round1(km),
      score,
      reason: reasonFor(resource, asked, km, query.filters),
    }));
    return { local, radiusKm, widened: radiusKm > askedKm };
  }

  private searchRemote(query: SearchQuery, asked: NeedId[], words: string[], limit: number): Match[] {
    const country = query.country ?? query.near?.country ?? this.options.defaultCountry;
    // Mode ranks national and online services rather than filtering them (see matchFilters.ts).
    const filters = query.filters;
    const required = requiredNeeds(asked);
    // Each bucket is already in static-score order, so its first REMOTE_SHORTLIST that pass the
    // filters are its best; the need fit (which depends on the query) is then applied to their union.
    const ids = new Set<number>();
    for (const need of required.length === 0 ? ['*'] : required) {
      let taken = 0;
      for (const i of this.remoteByCountryNeed.get(`${country}|${need}`) ?? []) {
        if (taken === REMOTE_SHORTLIST) break;
        if (!ids.has(i) && answersNeed(this.remote[i]!, required) && passesFilters(this.remote[i]!, filters, false)) {
          ids.add(i);
          taken++;
        }
      }
    }
    const shortlist = [...ids].map((i) => {
      const resource = this.remote[i]!;
      return { resource, base: WEIGHTS.need * needFit(asked, resource) + this.remoteStaticScore(resource) };
    });
    return rankWithText(
      shortlist.map(({ resource, base }) => ({ resource, km: null, base: base + preferenceBonus(resource, query.filters) })),
      words,
      limit,
    ).map(({ resource, score }) => ({ resource, distanceKm: null, score, reason: reasonFor(resource, asked, null, query.filters) }));
  }
}

interface Ranked<K> {
  resource: Resource;
  km: K;
  base: number;
}

/**
 * The best `limit` by base + text score. The text score is the costly part and adds at most
 * WEIGHTS.text, so candidates are taken best base first and the walk stops once no later one can
 * reach the current top `limit`: the result equals scoring everyone, for a fraction of the work.
 */
function rankWithText<K extends number | null>(
  candidates: Array<Ranked<K>>,
  words: string[],
  limit: number,
): Array<Ranked<K> & { score: number }> {
  candidates.sort((a, b) => b.base - a.base);
  const top: Array<Ranked<K> & { score: number }> = [];
  for (const c of candidates) {
    if (top.length === limit && c.base + (words.length > 0 ? WEIGHTS.text : 0) < top[limit - 1]!.score) break;
    const scored = { ...c, score: c.base + (words.length > 0 ? WEIGHTS.text * textScore(words, c.resource) : 0) };
    let at = top.findIndex((t) => byScore(scored, t) < 0);
    if (at === -1) at = top.length;
    top.splice(at, 0, scored);
    if (top.length > limit) top.pop();
  }
  return top;
}

function byScore(
  a: { score: number; km: number | null; resource: Resource },
  b: { score: number; km: number | null; resource: Resource },
): number {
  return b.score - a.score || (a.km ?? 0) - (b.km ?? 0) || a.resource.id.localeCompare(b.resource.id);
}

function round1(km: number): number {
  return Math.round(km * 10) / 10;
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
