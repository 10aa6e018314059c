import type { Filters, NeedId } from '../understanding/types';
import type { Resource } from './schema';
import { servesAudience } from './ranking';

// Short English words for logs and the CLI; cards localise from the resource itself.
const TOPIC: Partial<Record<NeedId, string>> = {
  'domestic-violence': 'domestic violence',
  'sexual-assault': 'sexual assault',
  grief: 'grief',
  'veterans-ptsd': 'veterans',
  'substance-use': 'recovery',
  'child-abuse-survivor': 'childhood abuse',
  lgbtq: 'LGBTQ+',
  'legal-aid': 'legal',
  housing: 'housing',
};
const WAY: Partial<Record<NeedId, string>> = {
  'support-group': 'group',
  therapy: 'counselling',
  'crisis-line': 'crisis line',
};
const WAY_ALONE: Partial<Record<NeedId, string>> = {
  'support-group': 'support group',
  therapy: 'counselling',
  'crisis-line': 'crisis line',
};
const COST: Record<string, string> = { free: 'free', 'sliding-scale': 'sliding scale', insurance: 'takes insurance', fee: 'fee' };
const LANGUAGE: Record<string, string> = {
  es: 'Spanish',
  en: 'English',
  fr: 'French',
  zh: 'Chinese',
  vi: 'Vietnamese',
  ar: 'Arabic',
  ase: 'ASL',
};

/**
 * A short reason a person can read: "grief group, 3.2 km, free". Never an address: for a
 * confidential-address record (a shelter) the distance is rounded to whole kilometres too.
 */
export function reasonFor(resource: Resource, asked: readonly NeedId[], distanceKm: number | null, filters?: Filters): string {
  const topicNeed = asked.find((n) => TOPIC[n] && resource.needs.includes(n)) ?? resource.needs.find((n) => TOPIC[n]);
  const wayNeed = resource.needs.find((n) => WAY[n] && (asked.length === 0 || asked.includes(n))) ?? resource.needs.find((n) => WAY[n]);
  const topic = topicNeed ? TOPIC[topicNeed] : undefined;
  const what = topic ? `${topic} ${wayNeed ? WAY[wayNeed] : 'support'}` : wayNeed ? WAY_ALONE[wayNeed]! : 'support';
  const parts = [what];
  if (distanceKm !== null) {
    parts.push(resource.confidentialAddress ? `about ${Math.max(1, Math.round(distanceKm))} km` : `${distanceKm.toFixed(1)} km`);
  } else {
    parts.push(resource.scope === 'online' ? 'online' : `national (${resource.countries.join(', ')})`);
  }
  const cost = filters?.cost && resource.cost.includes(filters.cost) ? filters.cost : resource.cost[0];
  if (cost) parts.push(COST[cost] ?? cost);
  if (filters?.language && filters.language !== 'en' && resource.languages.includes(filters.language)) {
    parts.push(`in ${LANGUAGE[filters.language] ?? filters.language}`);
  }
  if (filters?.audience && servesAudience(resource, filters.audience)) parts.push(`for ${filters.audience}`);
  return parts.join(', ');
}
