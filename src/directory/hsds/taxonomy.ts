import { createHash } from 'node:crypto';
import { COSTS, MODES, NEED_IDS } from '../../understanding/types';
import { AUDIENCES } from '../schema';

/**
 * The Kindred taxonomy: how Kindred's own fields travel through an HSDS datapackage. Category terms
 * (need, audience, mode, cost, scope, flag) are attached to services (and phones) through the HSDS
 * `attribute` table; value terms (record-id, description-es, source-*) carry their text in `attribute.value`.
 * Another system can ignore all of it and still read a plain HSDS service.
 */

/** Name-based UUID (version 5 layout, SHA-1) so that exporting the same data twice gives the same ids. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(`kindred:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const KINDRED_TAXONOMY = {
  id: stableUuid('taxonomy'),
  name: 'Kindred',
  description:
    "Kindred's classification of trauma-support services: needs, audiences, modes of contact, cost, scope, and a few values HSDS has no column for.",
  version: '1',
} as const;

/** The categories a term can belong to; the category is also the attribute's `link_type`. */
export type TermCategory = 'need' | 'audience' | 'mode' | 'cost' | 'scope' | 'flag' | 'value';

export interface KindredTerm {
  id: string;
  /** "need:grief", "value:source-url" … unique in the taxonomy. */
  code: string;
  category: TermCategory;
  name: string;
  description: string;
}

/** Value terms: one attribute each, its text in `value`. */
export const VALUE_TERMS = {
  recordId: 'value:record-id',
  descriptionEs: 'value:description-es',
  sourceName: 'value:source-name',
  sourceUrl: 'value:source-url',
  sourceLicence: 'value:source-licence',
  sourceRetrieved: 'value:source-retrieved',
  /** A month-only assured date ("2020-05"): HSDS dates are whole days, so its column holds the 1st. */
  assuredDate: 'value:assured-date',
  /** An address HSDS cannot hold (no state or postal code), as JSON: HSDS requires both on an address row. */
  address: 'value:address',
} as const;

export const FLAG_TERMS = {
  confidentialAddress: 'flag:confidential-address',
  hotline: 'flag:hotline',
} as const;

function term(category: TermCategory, key: string, description: string): KindredTerm {
  const code = `${category}:${key}`;
  return { id: stableUuid(`term:${code}`), code, category, name: key.replace(/-/g, ' '), description };
}

/** Every term of the Kindred taxonomy, in a stable order. */
export const KINDRED_TERMS: readonly KindredTerm[] = [
  ...NEED_IDS.map((n) => term('need', n, `Helps with the Kindred need "${n}".`)),
  ...AUDIENCES.map((a) => term('audience', a, `Meant for the audience "${a}".`)),
  ...MODES.map((m) => term('mode', m, `Can be reached ${m === 'in-person' ? 'in person' : `by ${m}`}.`)),
  ...COSTS.map((c) => term('cost', c, `Cost: ${c}.`)),
  term('scope', 'local', 'Served at a physical place.'),
  term('scope', 'national', 'Serves a whole country (see service_areas).'),
  term('scope', 'online', 'Serves anyone, anywhere, online or by phone.'),
  term('flag', 'confidential-address', 'The address must never be shown (for example a domestic-violence shelter).'),
  term('flag', 'hotline', 'This phone number is a helpline staffed for people seeking help.'),
  term('value', 'record-id', "Kindred's own id for the record."),
  term('value', 'description-es', 'The description in Spanish.'),
  term('value', 'source-name', 'Who published the facts in this record.'),
  term('value', 'source-url', 'The page the facts were taken from.'),
  term('value', 'source-licence', 'The licence or terms under which the facts are used.'),
  term('value', 'source-retrieved', 'When the source was read (YYYY-MM or YYYY-MM-DD).'),
  term('value', 'assured-date', 'When the record was last checked, as precisely as the source says it (YYYY-MM).'),
  term('value', 'address', 'The street address, as JSON, when the source gives no state or postal code (so HSDS cannot hold it).'),
];

const BY_CODE = new Map(KINDRED_TERMS.map((t) => [t.code, t]));
const BY_ID = new Map(KINDRED_TERMS.map((t) => [t.id, t]));

/** The term with this code; throws on a code that is not in the taxonomy (a programming error). */
export function termByCode(code: string): KindredTerm {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`no Kindred taxonomy term "${code}"`);
  return found;
}

/** The Kindred term an imported taxonomy_term row stands for, by our id or by taxonomy name + code. */
export function kindredTermOf(row: { id?: string; code?: string; taxonomy?: string; taxonomy_id?: string }): KindredTerm | undefined {
  const byId = row.id ? BY_ID.get(row.id) : undefined;
  if (byId) return byId;
  const ours = row.taxonomy_id === KINDRED_TAXONOMY.id || (row.taxonomy ?? '').trim().toLowerCase() === 'kindred';
  return ours && row.code ? BY_CODE.get(row.code) : undefined;
}
