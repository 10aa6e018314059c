import { haversineKm } from './geo';
import type { Resource } from './schema';
import type { Match, SearchQuery, SearchResult } from './types';

// PLACEHOLDER (foundation): linear scan. The directory issue replaces the internals with a
// geographic index, need buckets and fuzzy ranking; the interface stays.
const RADIUS_STEPS_KM = [25, 50, 100, 250];

/** The searchable directory of resources. */
export class Directory {
  private readonly byId = new Map<string, Resource>();

  constructor(private readonly resources: readonly Resource[]) {
    for (const r of resources) this.byId.set(r.id, r);
  }

  get size(): number {
    return this.resources.length;
  }

  get(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  /** Ranked local matches (widening the radius until some are found) and national/online ones. */
  search(query: SearchQuery): SearchResult {
    const limit = query.limit ?? 5;
    const fits = (r: Resource) =>
      query.needs.length === 0 || query.needs.some((n) => r.needs.includes(n)) || query.needs.includes('general-info');
    const country = query.country ?? query.near?.country ?? 'US';

    let local: Match[] = [];
    let radiusKm: number | null = null;
    let widened = false;
    if (query.near && query.filters?.mode !== 'online') {
      const asked = query.radiusKm ?? RADIUS_STEPS_KM[0]!;
      const steps = [asked, ...RADIUS_STEPS_KM.filter((s) => s > asked)];
      for (const step of steps) {
        radiusKm = step;
        local = this.resources
          .filter((r) => r.scope === 'local' && fits(r) && r.latitude !== undefined && r.longitude !== undefined)
          .map((r) => ({ r, d: haversineKm(query.near!.lat, query.near!.lon, r.latitude!, r.longitude!) }))
          .filter((x) => x.d <= step)
          .sort((a, b) => a.d - b.d)
          .slice(0, limit)
          .map(({ r, d }) => ({ resource: r, distanceKm: d, score: 1 / (1 + d), reason: `${r.needs[0]}, ${d.toFixed(1)} km` }));
        if (local.length > 0) break;
        widened = true;
      }
      if (local.length === 0) widened = false;
    }

    const remote = this.resources
      .filter((r) => r.scope !== 'local' && fits(r) && (r.scope === 'online' || r.countries.includes(country)))
      .map((r) => {
        const needRank = query.needs.findIndex((n) => r.needs.includes(n));
        const score = (needRank === -1 ? 0 : 1 / (1 + needRank)) + (r.countries.includes(country) ? 0.5 : 0);
        return { resource: r, distanceKm: null, score, reason: `${r.needs[0]}, ${r.scope}` };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);

    return { local, remote, radiusKm, widened };
  }
}
