import type { Cost, NeedId } from '../../understanding/types';

/**
 * Guessing Kindred's needs and cost for a plain HSDS service (from a 211 or an NGO) that carries no Kindred
 * taxonomy. Keyword rules over the service's name, description and the names of its taxonomy terms; a
 * service that matches none gets `general-info`. Cost is only ever inferred from what the data says; when
 * it says nothing, cost stays empty ("not stated") rather than guessing "free".
 */

/** Each need and the words that suggest it (lower case, matched at word starts). Order is the need's priority. */
export const NEED_KEYWORDS: readonly [NeedId, readonly string[]][] = [
  ['crisis-line', ['crisis line', 'crisis hotline', 'crisis helpline', 'crisis support', 'suicide', 'crisis text', 'crisis counsel']],
  ['domestic-violence', ['domestic violence', 'domestic abuse', 'intimate partner', 'family violence', 'battered', 'abusive relationship']],
  ['sexual-assault', ['sexual assault', 'sexual violence', 'sexual abuse', 'rape', 'sexual harm']],
  ['child-abuse-survivor', ['child abuse', 'childhood abuse', 'childhood sexual abuse', 'abused as a child']],
  ['grief', ['grief', 'bereave', 'mourning', 'loss of a loved', 'widow']],
  ['veterans-ptsd', ['veteran', 'ptsd', 'post-traumatic', 'posttraumatic', 'military', 'service member']],
  ['substance-use', ['substance use', 'substance abuse', 'addiction', 'alcohol', 'drug', 'opioid', 'detox']],
  ['lgbtq', ['lgbt', 'gay', 'lesbian', 'bisexual', 'transgender', 'queer', 'two-spirit']],
  ['legal-aid', ['legal aid', 'legal', 'lawyer', 'attorney', 'court advocacy']],
  ['housing', ['housing', 'shelter', 'homeless', 'rent assistance', 'eviction']],
  ['support-group', ['support group', 'peer support', 'self-help group', 'mutual aid', 'group meeting']],
  ['therapy', ['counseling', 'counselling', 'therapy', 'therapist', 'psychotherapy', 'psychologist', 'mental health']],
];

function mentions(text: string, phrase: string): boolean {
  // Word start on the left so "drug" matches "drugs" but "rape" does not match "grape" or "therapeutic".
  return new RegExp(`(^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
}

/** The needs a service's words suggest, most specific first; ['general-info'] when nothing matches. */
export function inferNeeds(...texts: (string | undefined)[]): NeedId[] {
  const text = texts.filter(Boolean).join(' \n ').toLowerCase();
  const needs = NEED_KEYWORDS.filter(([, words]) => words.some((w) => mentions(text, w))).map(([need]) => need);
  return needs.length > 0 ? needs : ['general-info'];
}

/**
 * Costs from HSDS cost options and fee text: an amount of 0 or the word "free" → free; "sliding" → sliding-scale;
 * "insurance", "medicaid", "medicare" → insurance; a positive amount or "fee", "charge" → fee.
 */
export function inferCost(
  options: readonly { option?: string; amount?: string; amount_description?: string }[],
  feesText?: string,
): Cost[] {
  const found = new Set<Cost>();
  const fromText = (text: string) => {
    const t = text.toLowerCase();
    if (/\bfree\b|no cost|no charge|without charge/.test(t)) found.add('free');
    if (/sliding/.test(t)) found.add('sliding-scale');
    if (/insurance|medicaid|medicare/.test(t)) found.add('insurance');
    if (/\bfees?\b|\bcharges?\b|\$\s*\d|£\s*\d|€\s*\d/.test(t) && !/no (fee|charge)/.test(t)) found.add('fee');
  };
  for (const o of options) {
    const amount = o.amount?.trim() ? Number(o.amount) : NaN;
    if (amount === 0) found.add('free');
    else if (amount > 0) found.add('fee');
    fromText(`${o.option ?? ''} ${o.amount_description ?? ''}`);
  }
  if (feesText) fromText(feesText);
  const order: Cost[] = ['free', 'sliding-scale', 'insurance', 'fee'];
  return order.filter((c) => found.has(c));
}

/** A lower-case dashed id from a name ("St. Mary's Grief Group" → "st-mary-s-grief-group"), at most `max` long. */
export function slugify(name: string, max = 48): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '') || 'service';
}
