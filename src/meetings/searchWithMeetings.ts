import type { Resource } from '../directory/schema';
import type { Match, ResourceSearch, SearchQuery, SearchResult } from '../directory/types';

/**
 * The directory and the live meetings as one search: each is asked the same query, and their matches are
 * merged by score (both rank with the directory's one ranking rule, so scores compare), best `limit` kept.
 * Meetings are just another source: the same needs, filters, audiences and radius apply to them.
 */
export class SearchWithMeetings implements ResourceSearch {
  constructor(
    private readonly directory: ResourceSearch,
    private readonly meetings: { index(): ResourceSearch | null },
  ) {}

  get size(): number {
    return this.directory.size + (this.meetings.index()?.size ?? 0);
  }

  get(id: string): Resource | undefined {
    return this.directory.get(id) ?? this.meetings.index()?.get(id);
  }

  search(query: SearchQuery): SearchResult {
    const base = this.directory.search(query);
    const index = this.meetings.index();
    if (!index) return base;
    const meetings = index.search(query);
    const limit = query.limit ?? 5;
    const local = merge(base.local, meetings.local, limit);
    // The radius said is the one the shown results needed.
    const from = (r: SearchResult) => local.some((m) => r.local.includes(m));
    const used = [base, meetings].filter(from);
    const radii = used.map((r) => r.radiusKm).filter((r): r is number => r !== null);
    return {
      local,
      remote: merge(base.remote, meetings.remote, limit),
      radiusKm: radii.length > 0 ? Math.max(...radii) : (base.radiusKm ?? meetings.radiusKm),
      widened: used.some((r) => r.widened),
    };
  }
}

function merge(a: readonly Match[], b: readonly Match[], limit: number): Match[] {
  return [...a, ...b]
    .sort((x, y) => y.score - x.score || (x.distanceKm ?? 0) - (y.distanceKm ?? 0) || x.resource.id.localeCompare(y.resource.id))
    .slice(0, limit);
}
