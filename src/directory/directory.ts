import type { NeedId } from '../understanding/types';
import { haversineKm, radiusSteps } from './geo';
import { NeedGeoIndex } from './geoIndex';
import { passesFilters } from './matchFilters';
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
  private readonly remoteByNeed = new Map<NeedId | '*', number[]>();
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
      for (const key of ['*' as const, ...new Set(r.needs)]) {
        const list = this.remoteByNeed.get(key);
        if (list) list.push(i);
        else this.remoteByNeed.set(key, [i]);
      }
    });
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
    const ids = this.geo.nearest(lat, lon, asked, this.options.candidatesPerNeed, capKm, (i) => passesFilters(this.local[i]!, query.filters));
    const found = ids.map((i) => ({ resource: this.local[i]!, km: haversineKm(lat, lon, this.local[i]!.latitude!, this.local[i]!.longitude!) }));
    if (found.length === 0) return { local: [], radiusKm: askedKm, widened: false };

    const steps = radiusSteps(askedKm, capKm);
    const radiusKm = steps.find((step) => found.filter((f) => f.km <= step).length >= limit) ?? steps[steps.length - 1]!;
    const local = found
      .filter((f) => f.km <= radiusKm)
      .map(({ resource, km }) => {
        const score =
          WEIGHTS.distance * distanceFit(km) +
          WEIGHTS.need * needFit(asked, resource) +
          WEIGHTS.text * textScore(words, resource) +
          WEIGHTS.recency * recency(resource.assured_date, this.now) +
          preferenceBonus(resource, query.filters);
        return { resource, distanceKm: round1(km), score, reason: reasonFor(resource, asked, km, query.filters) };
      })
      .sort(byScore)
      .slice(0, limit);
    return { local, radiusKm, widened: radiusKm > askedKm };
  }

  private searchRemote(query: SearchQuery, asked: NeedId[], words: string[], limit: number): Match[] {
    const country = query.country ?? query.near?.country ?? this.options.defaultCountry;
    // Someone who asks for in-person help can still call a national line: mode "in-person" does not filter here.
    const filters = query.filters?.mode === 'in-person' ? { ...query.filters, mode: undefined } : query.filters;
    const ids = new Set<number>();
    for (const key of asked.length === 0 ? (['*'] as const) : asked) for (const i of this.remoteByNeed.get(key) ?? []) ids.add(i);
    const shortlist = [...ids]
      .map((i) => this.remote[i]!)
      .filter((r) => r.countries.includes(country) && passesFilters(r, filters))
      .map((resource) => ({
        resource,
        base:
          WEIGHTS.need * needFit(asked, resource) +
          WEIGHTS.recency * recency(resource.assured_date, this.now) +
          (resource.scope === 'national' ? WEIGHTS.national : 0),
      }))
      .sort((a, b) => b.base - a.base)
      .slice(0, REMOTE_SHORTLIST);
    return shortlist
      .map(({ resource, base }) => ({
        resource,
        distanceKm: null,
        score: base + WEIGHTS.text * textScore(words, resource) + preferenceBonus(resource, query.filters),
        reason: reasonFor(resource, asked, null, query.filters),
      }))
      .sort(byScore)
      .slice(0, limit);
  }
}

function byScore(a: Match, b: Match): number {
  return b.score - a.score || (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.resource.id.localeCompare(b.resource.id);
}

function round1(km: number): number {
  return Math.round(km * 10) / 10;
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
