import type { Filters } from '../understanding/types';
import type { Resource } from './schema';

const REMOTE_MODES = new Set(['online', 'phone', 'text']);

/**
 * The hard filters: a resource that fails one is not shown. Cost "free" wants free; "sliding-scale"
 * accepts free too; "insurance" accepts free. A service language must be offered. Mode "in-person"
 * wants in-person; "online" accepts phone and text as well (anything reachable from home).
 * Audience and format are preferences, applied in ranking, not here.
 */
export function passesFilters(resource: Resource, filters: Filters | undefined): boolean {
  if (!filters) return true;
  if (filters.cost) {
    const ok =
      resource.cost.includes(filters.cost) ||
      ((filters.cost === 'sliding-scale' || filters.cost === 'insurance') && resource.cost.includes('free'));
    if (!ok) return false;
  }
  if (filters.language && !resource.languages.includes(filters.language)) return false;
  if (filters.mode) {
    const ok = filters.mode === 'online' ? resource.modes.some((m) => REMOTE_MODES.has(m)) : resource.modes.includes(filters.mode);
    if (!ok) return false;
  }
  return true;
}
