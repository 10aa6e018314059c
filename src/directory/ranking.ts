import type { Filters, NeedId } from '../understanding/types';
import { WAYS, costFits, modeFits } from './matchFilters';
import type { Resource } from './schema';

/**
 * The ranking rule, one place to read it. score =
 *   DISTANCE × 1/(1 + km/DISTANCE_HALF_KM)     (local only: 1 at the door, ½ at DISTANCE_HALF_KM)
 * + NEED × needFit                             (1 for the asked need ranked first, less for later ones, + coverage)
 * + TEXT × textScore                            (0..1, the query's words found in the record)
 * + RECENCY × recency                           (1 if checked within a year, falling to 0 at three years)
 * + AUDIENCE if it serves the asked audience, + FORMAT if it is the asked format, + COST if its stated
 *   cost fits the asked one, + MODE if it can be used the asked way, + NATIONAL for a national service of
 *   the person's country over an online one anywhere.
 */
export const WEIGHTS = {
  distance: 1.5,
  need: 1,
  text: 0.6,
  recency: 0.3,
  audience: 0.3,
  format: 0.2,
  cost: 0.25,
  mode: 0.4,
  national: 0.3,
} as const;
export const DISTANCE_HALF_KM = 5;
const FRESH_MONTHS = 12;
const STALE_MONTHS = 36;

/** 1 at the door, ½ at DISTANCE_HALF_KM, towards 0 far away. */
export function distanceFit(km: number): number {
  return 1 / (1 + km / DISTANCE_HALF_KM);
}

/**
 * How well the resource's needs answer the asked ones: first asked need best, more covered better. When only
 * a way of help is asked ("a support group"), a general one fits better than one about a particular topic.
 */
export function needFit(asked: readonly NeedId[], resource: Resource): number {
  if (asked.length === 0) return 0.5;
  const rank = asked.findIndex((n) => resource.needs.includes(n));
  if (rank === -1) return 0;
  const covered = asked.filter((n) => resource.needs.includes(n)).length;
  const fit = 1 / (1 + rank) + (0.5 * (covered - 1)) / asked.length;
  const onlyWays = asked.every((n) => WAYS.has(n));
  const topical = resource.needs.some((n) => !WAYS.has(n) && n !== 'general-info');
  return onlyWays && topical ? fit - SPECIFIC_TOPIC_PENALTY : fit;
}
const SPECIFIC_TOPIC_PENALTY = 0.4;

/** 1 when checked within FRESH_MONTHS of `now`, falling linearly to 0 at STALE_MONTHS. */
export function recency(assuredDate: string, now: Date): number {
  const [y, m] = assuredDate.split('-').map(Number) as [number, number];
  const months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (months <= FRESH_MONTHS) return 1;
  if (months >= STALE_MONTHS) return 0;
  return (STALE_MONTHS - months) / (STALE_MONTHS - FRESH_MONTHS);
}

/** True when one of the resource's audiences is the asked one ("veterans" in "veterans and families"). */
export function servesAudience(resource: Resource, audience: string | undefined): boolean {
  if (!audience) return false;
  const a = audience.toLowerCase();
  return resource.audiences.some((x) => x.toLowerCase().includes(a));
}

/** Preferences that raise a resource without excluding others: audience, format, stated cost, mode. */
export function preferenceBonus(resource: Resource, filters: Filters | undefined): number {
  let bonus = 0;
  if (filters?.cost && resource.cost.length > 0 && costFits(resource, filters.cost)) bonus += WEIGHTS.cost;
  if (filters?.mode && modeFits(resource, filters.mode)) bonus += WEIGHTS.mode;
  if (servesAudience(resource, filters?.audience)) bonus += WEIGHTS.audience;
  if (filters?.format === 'group' && resource.needs.includes('support-group')) bonus += WEIGHTS.format;
  if (filters?.format === 'one-to-one' && resource.needs.includes('therapy')) bonus += WEIGHTS.format;
  return bonus;
}
