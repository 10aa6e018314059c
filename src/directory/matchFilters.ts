import type { Filters, NeedId } from '../understanding/types';
import type { Resource } from './schema';

const REMOTE_MODES = new Set(['online', 'phone', 'text']);

/** Ways of getting help, as opposed to what happened. "grief group" is the topic grief, the way group. */
export const WAYS: ReadonlySet<NeedId> = new Set<NeedId>(['support-group', 'therapy', 'crisis-line']);

/**
 * The needs a result must answer. When the person names what happened (grief, abuse...), a result must be
 * about that: a recovery group is no answer to "grief group", however much it is a group. The ways they
 * asked for (group, therapy) then only rank. When they name only a way, the way is required.
 */
export function requiredNeeds(asked: readonly NeedId[]): NeedId[] {
  const topics = asked.filter((n) => !WAYS.has(n));
  return topics.length > 0 ? topics : [...asked];
}

/** True when the resource answers at least one required need (or nothing in particular was asked). */
export function answersNeed(resource: Resource, required: readonly NeedId[]): boolean {
  return required.length === 0 || required.some((n) => resource.needs.includes(n));
}

/** Whether a stated cost fits: "free" wants free; "sliding-scale" and "insurance" accept free too. */
export function costFits(resource: Resource, cost: Filters['cost']): boolean {
  if (!cost) return true;
  return resource.cost.includes(cost) || ((cost === 'sliding-scale' || cost === 'insurance') && resource.cost.includes('free'));
}

/** Whether the resource can be used the asked way; "online" accepts phone and text (anything from home). */
export function modeFits(resource: Resource, mode: Filters['mode']): boolean {
  if (!mode) return true;
  return mode === 'online' ? resource.modes.some((m) => REMOTE_MODES.has(m)) : resource.modes.includes(mode);
}

/**
 * The hard filters: a resource that fails one is not shown.
 * - Cost: a resource whose stated cost does not fit is left out; one whose source states no cost stays
 *   (ranked below those that do fit, and the card claims nothing about cost).
 * - Language: the service must be offered in the asked language.
 * - Mode (only where `strictMode`, i.e. for local resources): "in-person" wants in-person, "online" wants
 *   something reachable from home. National services are ranked by mode instead, since a national network
 *   with local chapters still helps someone who would prefer online.
 * Audience and format are preferences, applied in ranking.
 */
export function passesFilters(resource: Resource, filters: Filters | undefined, strictMode = true): boolean {
  if (!filters) return true;
  if (filters.cost && resource.cost.length > 0 && !costFits(resource, filters.cost)) return false;
  if (filters.language && !resource.languages.includes(filters.language)) return false;
  if (strictMode && filters.mode && !modeFits(resource, filters.mode)) return false;
  return true;
}
