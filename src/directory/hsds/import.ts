import { basename, join } from 'node:path';
import { MODES, type Mode } from '../../understanding/types';
import { DirectoryDataError } from '../errors';
import { checkResource } from '../load';
import type { Resource, WeeklyHours } from '../schema';
import { formatWeeklyHours } from './hours';
import { inferCost, inferNeeds, slugify } from './infer';
import { groupBy, readDatapackage, readTable } from './read';
import type { HsdsRow, HsdsTable } from './tables';
import { FLAG_TERMS, kindredTermOf, stableUuid, VALUE_TERMS, type KindredTerm } from './taxonomy';

/**
 * An Open Referral HSDS 3.0 tabular datapackage → Kindred resources, one per service at a location (or one
 * per service that has no location). Kindred's own fields come back from Kindred-taxonomy attributes when
 * the package was written by exportHsds(); a plain package from a 211 or an NGO is read by the rules in
 * docs/data-sources.md ("Importing HSDS"): needs and cost inferred by keyword, modes from locations and
 * phones, countries from service areas or addresses, the given defaults for the rest.
 */

export interface HsdsImportOptions {
  /** ISO 3166 country for services whose data names none. */
  country: string;
  /** ISO 639 language for services whose data names none. */
  language: string;
  /** The day the package was read (YYYY-MM-DD): the source's `retrieved`. */
  retrieved: string;
  /** Fills the source of records that do not carry one (a plain package). */
  source?: { name?: string; url?: string; licence?: string };
  /** Leave out invalid records (listed in `skipped`) instead of stopping at the first. */
  skipInvalid?: boolean;
}

export interface HsdsImport {
  resources: Resource[];
  skipped: { serviceId: string; problem: string }[];
  /** How many records had their needs guessed from words because they carried no Kindred taxonomy. */
  inferredNeeds: number;
  /** Services left out because the package marks them inactive or defunct. */
  inactive: number;
}

const PHONE_TYPE: Record<string, 'voice' | 'text' | 'tty'> = {
  '': 'voice',
  voice: 'voice',
  cell: 'voice',
  text: 'text',
  sms: 'text',
  textphone: 'tty',
  tty: 'tty',
};
const DAY_CODE = /^(MO|TU|WE|TH|FR|SA|SU)$/;

function hhmm(time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

function weeklyHours(rows: readonly HsdsRow[]): WeeklyHours[] {
  const hours: WeeklyHours[] = [];
  for (const row of rows) {
    const freq = (row.freq ?? '').toUpperCase();
    const byday = (row.byday ?? '')
      .toUpperCase()
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    const opens = hhmm(row.opens_at ?? '');
    const closes = hhmm(row.closes_at ?? '');
    if ((freq === '' || freq === 'WEEKLY') && byday.length > 0 && byday.every((d) => DAY_CODE.test(d)) && opens && closes) {
      hours.push({ byday: byday as WeeklyHours['byday'], opens_at: opens, closes_at: closes });
    }
  }
  return hours;
}

/** "555-1234 ext. 12" → number and extension, since Kindred keeps `number` diallable. */
function splitExtension(number: string, extension: string): { number: string; extension?: string } {
  const m = /^(.*?)\s*(?:ext\.?|extension|x)\s*(\d+)\s*$/i.exec(number);
  const ext = extension.replace(/\D/g, '') || m?.[2];
  return { number: (m ? m[1]! : number).trim(), ...(ext ? { extension: ext } : {}) };
}

function webUrl(url: string): string | undefined {
  if (!url) return undefined;
  return /^www\./i.test(url) ? `https://${url}` : url;
}

function isoDay(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}(-\d{2})?)/.exec(text);
  return m ? m[1] : undefined;
}

/** The address an export kept in `value:address` (when HSDS could not hold it); checked with the record. */
function parseKeptAddress(json: string | undefined): Resource['address'] {
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Resource['address']) : undefined;
  } catch {
    return undefined;
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Reads the datapackage in `dir`. Throws a DirectoryDataError naming file, record and field unless `skipInvalid`. */
export function importHsds(dir: string, options: HsdsImportOptions): HsdsImport {
  const info = readDatapackage(dir);
  const read = (t: HsdsTable) => readTable(dir, t, info).rows;
  const services = readTable(dir, 'service', info);
  if (!services.file)
    throw new DirectoryDataError(join(dir, 'services.csv'), null, null, null, 'is missing: an HSDS datapackage needs a services table');
  const servicesFile = services.file;

  const organizations = new Map(read('organization').map((o) => [o.id!, o]));
  const locations = new Map(read('location').map((l) => [l.id!, l]));
  const addressesByLocation = groupBy(read('address'), 'location_id');
  const salByService = groupBy(read('service_at_location'), 'service_id');
  const phones = read('phone');
  const phonesBy = {
    service_id: groupBy(phones, 'service_id'),
    location_id: groupBy(phones, 'location_id'),
    service_at_location_id: groupBy(phones, 'service_at_location_id'),
  };
  const languages = read('language');
  const languagesBy = { service_id: groupBy(languages, 'service_id'), location_id: groupBy(languages, 'location_id') };
  const schedules = read('schedule');
  const schedulesBy = {
    service_id: groupBy(schedules, 'service_id'),
    location_id: groupBy(schedules, 'location_id'),
    service_at_location_id: groupBy(schedules, 'service_at_location_id'),
  };
  const areasByService = groupBy(read('service_area'), 'service_id');
  const costsByService = groupBy(read('cost_option'), 'service_id');
  const terms = new Map<string, { kindred?: KindredTerm; name: string }>();
  for (const row of read('taxonomy_term')) {
    const kindred = kindredTermOf(row);
    terms.set(row.id!, { ...(kindred ? { kindred } : {}), name: row.name ?? '' });
  }
  const attributesByLink = groupBy(read('attribute'), 'link_id');

  const result: HsdsImport = { resources: [], skipped: [], inferredNeeds: 0, inactive: 0 };
  const seen = new Set<string>();

  services.rows.forEach((service, index) => {
    const serviceId = service.id ?? '';
    if (/^(inactive|defunct)$/i.test(service.status ?? '')) {
      result.inactive++;
      return;
    }
    const attributes = (attributesByLink.get(serviceId) ?? []).map((a) => ({
      value: a.value ?? '',
      term: terms.get(a.taxonomy_term_id ?? ''),
    }));
    const ours = (category: string) =>
      attributes.filter((a) => a.term?.kindred?.category === category).map((a) => a.term!.kindred!.code.split(':')[1]!);
    const value = (code: string) => attributes.find((a) => a.term?.kindred?.code === code)?.value || undefined;
    const foreignTermNames = attributes.filter((a) => a.term && !a.term.kindred).map((a) => a.term!.name);
    const org = organizations.get(service.organization_id ?? '');
    const placements = salByService.get(serviceId) ?? [undefined];

    placements.forEach((sal, placement) => {
      const location = sal ? locations.get(sal.location_id ?? '') : undefined;
      const confidential = ours('flag').includes('confidential-address');
      const address = confidential
        ? undefined
        : (addressesByLocation.get(location?.id ?? '') ?? []).sort(
            (a, b) => Number(b.address_type === 'physical') - Number(a.address_type === 'physical'),
          )[0];
      const lat = location?.latitude ? Number(location.latitude) : undefined;
      const lon = location?.longitude ? Number(location.longitude) : undefined;

      const phoneRows = unique([
        ...(phonesBy.service_id.get(serviceId) ?? []),
        ...(phonesBy.location_id.get(location?.id ?? '') ?? []),
        ...(phonesBy.service_at_location_id.get(sal?.id ?? '') ?? []),
      ]);
      const recordPhones = phoneRows.flatMap((p) => {
        const type = PHONE_TYPE[(p.type ?? '').toLowerCase()];
        if (!type || !p.number) return []; // fax, pager, video: not a way for a person in need to reach help
        const hotline = (attributesByLink.get(p.id ?? '') ?? []).some(
          (a) => terms.get(a.taxonomy_term_id ?? '')?.kindred?.code === FLAG_TERMS.hotline,
        );
        return [
          {
            ...splitExtension(p.number, p.extension ?? ''),
            type: hotline ? ('hotline' as const) : type,
            ...(p.description ? { description: p.description } : {}),
          },
        ];
      });

      const scheduleRows = [
        ...(schedulesBy.service_id.get(serviceId) ?? []),
        ...(schedulesBy.service_at_location_id.get(sal?.id ?? '') ?? []),
        ...(schedulesBy.location_id.get(location?.id ?? '') ?? []),
      ];
      const hours = weeklyHours(scheduleRows);
      const scheduleText =
        unique(scheduleRows.map((s) => s.description ?? '').filter(Boolean)).join('; ') ||
        (hours.length > 0 ? formatWeeklyHours(hours) : '');

      const languageCodes = unique(
        [...(languagesBy.service_id.get(serviceId) ?? []), ...(languagesBy.location_id.get(location?.id ?? '') ?? [])]
          .map((l) => (l.code ?? '').toLowerCase())
          .filter((c) => /^[a-z]{2,3}$/.test(c)),
      );

      const guessedModes: Mode[] = [];
      if (location && location.location_type !== 'virtual' && lat !== undefined) guessedModes.push('in-person');
      if (recordPhones.some((p) => p.type !== 'text')) guessedModes.push('phone');
      if (recordPhones.some((p) => p.type === 'text')) guessedModes.push('text');
      // A website alone does not make a service online (most helplines have one); say so only when nothing else is known.
      if (location?.location_type === 'virtual' || (!location && recordPhones.length === 0 && service.url)) guessedModes.push('online');
      const modes = ours('mode').length > 0 ? ours('mode') : MODES.filter((m) => guessedModes.includes(m));

      const needs = ours('need');
      if (needs.length === 0) result.inferredNeeds++;
      const areaCountries = (areasByService.get(serviceId) ?? [])
        .map((a) => (a.name ?? '').toUpperCase())
        .filter((c) => /^[A-Z]{2}$/.test(c));
      const addressCountry = (address?.country ?? '').toUpperCase();
      const countries = unique(
        areaCountries.length > 0 ? areaCountries : [/^[A-Z]{2}$/.test(addressCountry) ? addressCountry : options.country.toUpperCase()],
      );
      if (/^[A-Z]{2}$/.test(addressCountry) && !countries.includes(addressCountry)) countries.push(addressCountry);

      const assured = value(VALUE_TERMS.assuredDate) ?? isoDay(service.assured_date ?? '') ?? isoDay(service.last_modified ?? '');
      const keptAddress = address ? undefined : parseKeptAddress(value(VALUE_TERMS.address));
      const note = [service.alert, assured ? '' : `The source gives no date it was last checked; imported ${options.retrieved}.`]
        .filter(Boolean)
        .join(' ');
      const name = service.name || sal?.description || '';
      const description = service.description || sal?.description || (org?.name && org.name !== name ? `${name} (${org.name})` : name);
      const recordId = value(VALUE_TERMS.recordId);
      const url = webUrl(service.url || (location?.location_type === 'virtual' ? (location.url ?? '') : ''));

      const candidate = {
        id: recordId
          ? placements.length > 1
            ? `${recordId}-${placement + 1}`
            : recordId
          : `${slugify(name)}-${stableUuid(`${serviceId}:${location?.id ?? ''}`).slice(0, 6)}`,
        name,
        organization: org?.name || name,
        description,
        ...(value(VALUE_TERMS.descriptionEs) ? { description_es: value(VALUE_TERMS.descriptionEs) } : {}),
        needs: needs.length > 0 ? needs : inferNeeds(name, description, service.eligibility_description, ...foreignTermNames),
        audiences: ours('audience'),
        modes: modes.length > 0 ? modes : [lat !== undefined ? 'in-person' : 'online'],
        cost:
          ours('cost').length > 0 ? ours('cost') : inferCost(costsByService.get(serviceId) ?? [], service.fees_description || service.fees),
        languages: languageCodes.length > 0 ? languageCodes : [options.language],
        scope: ours('scope')[0] ?? (lat !== undefined ? 'local' : location?.location_type === 'virtual' ? 'online' : 'national'),
        countries,
        ...(address && address.address_1 && address.city
          ? {
              address: {
                address_1: address.address_1,
                ...(address.address_2 ? { address_2: address.address_2 } : {}),
                city: address.city,
                ...(address.state_province ? { state_province: address.state_province } : {}),
                ...(address.postal_code ? { postal_code: address.postal_code } : {}),
                country: /^[A-Z]{2}$/.test(addressCountry) ? addressCountry : options.country.toUpperCase(),
              },
            }
          : keptAddress && !confidential
            ? { address: keptAddress }
            : {}),
        ...(lat !== undefined && lon !== undefined ? { latitude: lat, longitude: lon } : {}),
        confidentialAddress: confidential,
        phones: recordPhones,
        ...(url ? { url } : {}),
        ...(service.email ? { email: service.email } : {}),
        ...(scheduleText ? { schedule: scheduleText } : {}),
        ...(hours.length > 0 ? { hours } : {}),
        assured_date: assured ?? options.retrieved,
        ...(note ? { note } : {}),
        source: {
          name: value(VALUE_TERMS.sourceName) ?? options.source?.name ?? info.title ?? basename(dir),
          url: value(VALUE_TERMS.sourceUrl) ?? options.source?.url ?? info.homepage ?? '',
          licence: value(VALUE_TERMS.sourceLicence) ?? options.source?.licence ?? info.licence ?? 'Licence not stated by the source',
          retrieved: value(VALUE_TERMS.sourceRetrieved) ?? options.retrieved,
        },
      };

      const checked = checkResource(candidate);
      if (!checked.ok || seen.has(checked.resource.id)) {
        const problem = !checked.ok
          ? new DirectoryDataError(
              servicesFile,
              index,
              serviceId || null,
              checked.field,
              checked.field === 'source.url' && !candidate.source.url
                ? 'is missing: pass --source-url or add "homepage" to datapackage.json'
                : checked.problem,
            )
          : new DirectoryDataError(
              servicesFile,
              index,
              serviceId || null,
              'id',
              `gives the Kindred id ${checked.resource.id} a second time`,
            );
        if (!options.skipInvalid) throw problem;
        result.skipped.push({ serviceId, problem: problem.message });
        return;
      }
      seen.add(checked.resource.id);
      result.resources.push(checked.resource);
    });
  });
  return result;
}
