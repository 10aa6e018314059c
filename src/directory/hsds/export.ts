import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '../schema';
import { formatCsv } from './csv';
import { officialColumns, officialDescriptor } from './official';
import { HSDS_TABLES, type HsdsRow, type HsdsTable } from './tables';
import { FLAG_TERMS, KINDRED_TAXONOMY, KINDRED_TERMS, stableUuid, termByCode, VALUE_TERMS } from './taxonomy';

/**
 * Kindred resources → an Open Referral HSDS 3.0 tabular datapackage. Each resource becomes one service
 * (plus, when local, one location, its address and one service_at_location); organisations are shared by
 * name. Kindred's own fields travel as attributes of the Kindred taxonomy (see taxonomy.ts), so
 * importHsds() gives the same resources back. Ids are name-based UUIDs: the same data exports the same.
 *
 * The tables, their columns and datapackage.json are the official HSDS 3.0 descriptor's (official.ts), and
 * the values meet its types: where Kindred knows less than HSDS requires, the value is left out of the HSDS
 * column and travels in a Kindred attribute instead (see the notes at each such place), never made up.
 */

const COST_OPTION: Record<string, { option: string; amount?: number }> = {
  free: { option: 'Free', amount: 0 },
  'sliding-scale': { option: 'Sliding scale: pay what you can afford' },
  insurance: { option: 'Insurance accepted' },
  fee: { option: 'Fee' },
};

const PHONE_TYPE: Record<string, string> = { voice: 'voice', hotline: 'voice', text: 'text', tty: 'textphone' };

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * HSDS `date` is a whole day. Kindred keeps month-only dates ("2020-05", as the VA extract states them): the
 * HSDS column gets the first of the month and `value:assured-date` keeps what the source said, for the round trip.
 */
function hsdsDate(date: string): string {
  return /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

/** HSDS `time` is HH:MM:SS (Table Schema's default time format); Kindred's hours are HH:MM. */
function hsdsTime(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

/** Builds every table's rows; pure, so tests can look at the rows without touching the disk. */
export function toHsdsTables(resources: readonly Resource[]): Record<HsdsTable, HsdsRow[]> {
  const tables = Object.fromEntries(Object.keys(HSDS_TABLES).map((t) => [t, [] as HsdsRow[]])) as Record<HsdsTable, HsdsRow[]>;
  const organizations = new Map<string, string>();

  const attribute = (linkId: string, linkEntity: string, code: string, value = '') => {
    const term = termByCode(code);
    tables.attribute.push({
      id: stableUuid(`attribute:${linkId}:${code}:${value}`),
      link_id: linkId,
      taxonomy_term_id: term.id,
      link_type: term.category,
      link_entity: linkEntity,
      value,
    });
  };

  for (const r of resources) {
    let organizationId = organizations.get(r.organization);
    if (!organizationId) {
      organizationId = stableUuid(`organization:${r.organization}`);
      organizations.set(r.organization, organizationId);
      // HSDS requires an organisation description; Kindred does not keep one, so the name stands in.
      tables.organization.push({ id: organizationId, name: r.organization, description: r.organization });
    }
    const serviceId = stableUuid(`service:${r.id}`);
    tables.service.push({
      id: serviceId,
      organization_id: organizationId,
      name: r.name,
      description: r.description,
      url: r.url ?? '',
      email: r.email ?? '',
      status: 'active',
      fees_description: r.cost.map((c) => COST_OPTION[c]!.option).join('; '),
      assured_date: hsdsDate(r.assured_date),
      alert: r.note ?? '',
    });

    let locationId = '';
    if (r.latitude !== undefined && r.longitude !== undefined) {
      locationId = stableUuid(`location:${r.id}`);
      tables.location.push({
        id: locationId,
        location_type: 'physical',
        organization_id: organizationId,
        name: r.name,
        description: r.confidentialAddress ? 'Confidential location: approximate coordinates only.' : '',
        latitude: String(r.latitude),
        longitude: String(r.longitude),
      });
      tables.service_at_location.push({ id: stableUuid(`service_at_location:${r.id}`), service_id: serviceId, location_id: locationId });
      // A confidential record has no address by schema; the check here keeps the promise even if that ever changes.
      // HSDS requires state_province and postal_code on an address; Kindred does not invent them (the HRSA
      // sites have no ZIP). Such an address is said in the location's description for people and kept whole
      // in `value:address` for the round trip, and no address row is written.
      const complete = r.address?.state_province && r.address.postal_code;
      if (r.address && !r.confidentialAddress && !complete) {
        const a = r.address;
        const said = [a.address_1, a.address_2, a.city, a.state_province, a.postal_code, a.country].filter(Boolean).join(', ');
        tables.location[tables.location.length - 1]!.description =
          `Address: ${said} (the source gives no ${a.state_province ? 'postal code' : 'state or province'}).`;
        attribute(serviceId, 'service', VALUE_TERMS.address, JSON.stringify(a));
      }
      if (r.address && !r.confidentialAddress && complete) {
        tables.address.push({
          id: stableUuid(`address:${r.id}`),
          location_id: locationId,
          address_1: r.address.address_1,
          address_2: r.address.address_2 ?? '',
          city: r.address.city,
          state_province: r.address.state_province ?? '',
          postal_code: r.address.postal_code ?? '',
          country: r.address.country,
          address_type: 'physical',
        });
      }
    }

    r.phones.forEach((p, i) => {
      const phoneId = stableUuid(`phone:${r.id}:${i}`);
      tables.phone.push({
        id: phoneId,
        service_id: serviceId,
        number: p.number,
        extension: p.extension ?? '',
        type: PHONE_TYPE[p.type]!,
        description: p.description ?? '',
      });
      if (p.type === 'hotline') attribute(phoneId, 'phone', FLAG_TERMS.hotline);
    });

    for (const code of r.languages) {
      const name = languageNames.of(code);
      tables.language.push({
        id: stableUuid(`language:${r.id}:${code}`),
        service_id: serviceId,
        name: name && name !== code ? name : '',
        code,
      });
    }

    if (r.hours && r.hours.length > 0) {
      r.hours.forEach((h, i) => {
        tables.schedule.push({
          id: stableUuid(`schedule:${r.id}:${i}`),
          service_id: serviceId,
          freq: 'WEEKLY',
          byday: h.byday.join(','),
          opens_at: hsdsTime(h.opens_at),
          closes_at: hsdsTime(h.closes_at),
          // The readable line describes the whole week, so it rides on the first row only.
          description: i === 0 ? (r.schedule ?? '') : '',
        });
      });
    } else if (r.schedule) {
      tables.schedule.push({ id: stableUuid(`schedule:${r.id}:0`), service_id: serviceId, description: r.schedule });
    }

    for (const country of r.countries) {
      tables.service_area.push({
        id: stableUuid(`service_area:${r.id}:${country}`),
        service_id: serviceId,
        name: country,
        description: 'Country served (ISO 3166-1 alpha-2 code)',
      });
    }

    for (const cost of r.cost) {
      const { option, amount } = COST_OPTION[cost]!;
      tables.cost_option.push({
        id: stableUuid(`cost_option:${r.id}:${cost}`),
        service_id: serviceId,
        option,
        amount: amount === undefined ? '' : String(amount),
      });
    }

    attribute(serviceId, 'service', VALUE_TERMS.recordId, r.id);
    if (hsdsDate(r.assured_date) !== r.assured_date) attribute(serviceId, 'service', VALUE_TERMS.assuredDate, r.assured_date);
    for (const n of r.needs) attribute(serviceId, 'service', `need:${n}`);
    for (const a of r.audiences) attribute(serviceId, 'service', `audience:${a}`);
    for (const m of r.modes) attribute(serviceId, 'service', `mode:${m}`);
    for (const c of r.cost) attribute(serviceId, 'service', `cost:${c}`);
    attribute(serviceId, 'service', `scope:${r.scope}`);
    if (r.confidentialAddress) attribute(serviceId, 'service', FLAG_TERMS.confidentialAddress);
    if (r.description_es) attribute(serviceId, 'service', VALUE_TERMS.descriptionEs, r.description_es);
    attribute(serviceId, 'service', VALUE_TERMS.sourceName, r.source.name);
    attribute(serviceId, 'service', VALUE_TERMS.sourceUrl, r.source.url);
    attribute(serviceId, 'service', VALUE_TERMS.sourceLicence, r.source.licence);
    attribute(serviceId, 'service', VALUE_TERMS.sourceRetrieved, r.source.retrieved);
  }

  tables.taxonomy.push({ ...KINDRED_TAXONOMY });
  for (const t of KINDRED_TERMS) {
    tables.taxonomy_term.push({
      id: t.id,
      code: t.code,
      name: t.name,
      description: t.description,
      taxonomy: KINDRED_TAXONOMY.name,
      language: 'en',
      taxonomy_id: KINDRED_TAXONOMY.id,
    });
  }
  return tables;
}

/**
 * Writes the datapackage into `dir`, creating it if needed: one CSV per table of the official HSDS 3.0
 * descriptor (tables Kindred has nothing for are written with their header only, so the official descriptor
 * describes the package exactly), each with the official columns in the official order, and datapackage.json:
 * the official descriptor with this package's own name, title, description and `created` (a date-time with
 * its time zone).
 */
export function exportHsds(resources: readonly Resource[], dir: string, meta: { created: string }): Record<HsdsTable, number> {
  if (Number.isNaN(Date.parse(meta.created)) || !/(Z|[+-]\d{2}:\d{2})$/.test(meta.created)) {
    throw new Error(`exportHsds: created must be a date-time with a time zone, like 2026-12-07T09:30:00Z (got "${meta.created}")`);
  }
  const tables = toHsdsTables(resources);
  mkdirSync(dir, { recursive: true });
  const official = officialDescriptor();
  const counts = {} as Record<HsdsTable, number>;
  for (const table of official.resources) {
    const rows = (tables as Partial<Record<string, HsdsRow[]>>)[table.name] ?? [];
    writeFileSync(join(dir, table.path), formatCsv(officialColumns(table.name), rows));
    if (table.name in HSDS_TABLES) counts[table.name as HsdsTable] = rows.length;
  }
  const descriptor = {
    ...official,
    name: 'kindred-directory',
    title: 'Kindred directory of trauma-support services',
    description:
      'Support groups, counselling and helplines curated by the Kindred project, as an Open Referral HSDS 3.0 datapackage. Sources and licences: docs/data-sources.md.',
    created: meta.created,
  };
  // The specification's own licence (CC BY-SA) is the schema's, not this data's: each record names its source and licence.
  delete (descriptor as Record<string, unknown>).license;
  delete (descriptor as Record<string, unknown>).homepage;
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n');
  return counts;
}
