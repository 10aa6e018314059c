/**
 * Turns the VA Site Tracking (VAST) extract of 2020-05-20 into Kindred resources: every Vet Center and
 * Mobile Vet Center (S_ABBR VTCR, MVCTR), 402 in all. Reproducible from a clean clone:
 *
 *   npx tsx scripts/import-va-vast.ts [CSV] [OUT_JSON]
 *
 * Defaults: data/sources/va-vast-facilities-2020-05-20.csv → src/data/resources/va-vet-centers.json.
 * The mapping functions are exported so the tests can hold each parser rule in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { haversineKm } from '../src/directory/geo';
import { parseCsvRecords } from '../src/directory/hsds/csv';
import { formatWeeklyHours, groupDays, type DayHours } from '../src/directory/hsds/hours';
import { parseResources } from '../src/directory/load';
import type { Day, Phone, Resource } from '../src/directory/schema';

const ROOT = join(__dirname, '..');
export const DEFAULT_CSV = join(ROOT, 'data', 'sources', 'va-vast-facilities-2020-05-20.csv');
export const DEFAULT_OUT = join(ROOT, 'src', 'data', 'resources', 'va-vet-centers.json');

/** Facility types kept: Vet Centers and Mobile Vet Centers (free readjustment counselling). */
export const KEPT_TYPES = ['VTCR', 'MVCTR'] as const;

const WEEKDAY_COLUMNS: [Day, string][] = [
  ['MO', 'Monday'],
  ['TU', 'Tuesday'],
  ['WE', 'Wednesday'],
  ['TH', 'Thursday'],
  ['FR', 'Friday'],
  ['SA', 'Saturday'],
  ['SU', 'Sunday'],
];

/** The VA's national Vet Center Call Center, which the extract names for after-hours help. */
const CALL_CENTER = '1-877-927-8387';

/** One VAST row; the extract writes "null" for an empty cell. */
export type VastRow = Record<string, string>;

function cell(row: VastRow, column: string): string | undefined {
  const value = (row[column] ?? '').trim();
  return value === '' || value === 'null' ? undefined : value;
}

function clock(text: string): string | null {
  const m = /^(\d{1,2})(\d{2})(AM|PM)$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const h24 = (hour % 12) + (m[3] === 'PM' ? 12 : 0);
  return `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * One day's hours from VAST: "800AM-430PM" → 08:00–16:30; "24/7" → 00:00–23:59; "-", "null" or anything
 * unreadable → null (closed or unknown: better to say nothing than to guess).
 */
export function parseVastHours(text: string | undefined): DayHours | null {
  const value = (text ?? '').trim().toUpperCase().replace(/\s+/g, '');
  if (value === '24/7') return { opens_at: '00:00', closes_at: '23:59' };
  const m = /^(\d{3,4}[AP]M)-(\d{3,4}[AP]M)$/.exec(value);
  if (!m) return null;
  const opens = clock(m[1]!);
  const closes = clock(m[2]!);
  if (!opens || !closes || opens >= closes) return null;
  return { opens_at: opens, closes_at: closes };
}

/** "857-203-6461 x" → { number: "857-203-6461" }; "787-641-7582 x28151" → with extension "28151"; "null" → null. */
export function parseVastPhone(text: string | undefined): Pick<Phone, 'number' | 'extension'> | null {
  const m = /^\s*(\d{3}-\d{3}-\d{4})\s*(?:x\s*(\d*))?\s*$/i.exec(text ?? '');
  if (!m) return null;
  return m[2] ? { number: m[1]!, extension: m[2] } : { number: m[1]! };
}

/** Lines of the street address, leaving out a first line that only repeats the centre's name. */
export function vastAddressLines(row: VastRow): { address_1: string; address_2?: string } | null {
  const lines = ['Address1', 'Address2', 'Address3'].map((c) => cell(row, c)).filter((l): l is string => l !== undefined);
  const useful = lines.filter((l, i) => !(i === 0 && /vet center/i.test(l) && lines.length > 1));
  if (useful.length === 0) return null;
  // Everything up to and including the first line with a street number is the street; the rest is suite/floor.
  const street = useful.findIndex((l) => /\d/.test(l));
  const split = street === -1 ? 1 : street + 1;
  const address_2 = useful.slice(split).join(', ');
  return address_2 ? { address_1: useful.slice(0, split).join(', '), address_2 } : { address_1: useful.slice(0, split).join(', ') };
}

/** Readable hours plus what the VA says about them ("Mon–Fri 8am–4:30pm; extended hours by arrangement"). */
export function vastSchedule(row: VastRow): { schedule?: string; hours?: Resource['hours'] } {
  const days: Partial<Record<Day, DayHours>> = {};
  for (const [day, column] of WEEKDAY_COLUMNS) {
    const hours = parseVastHours(cell(row, column));
    if (hours) days[day] = hours;
  }
  const hours = groupDays(days);
  const notes = cell(row, 'OperationalHoursSpecialInstructions') ?? '';
  const parts: string[] = [];
  if (hours.length > 0) parts.push(formatWeeklyHours(hours));
  if (/dependent upon outreach/i.test(notes)) parts.push('hours depend on outreach visits, so call first');
  if (/expanded or nontraditional hours/i.test(notes)) parts.push('evening or weekend times for some services by arrangement');
  if (parts.length === 0) return {};
  const schedule = parts.join('; ');
  const sentence = schedule.charAt(0).toUpperCase() + schedule.slice(1);
  return hours.length > 0 ? { schedule: sentence, hours } : { schedule: sentence };
}

const DESCRIPTION =
  'Free, confidential counselling for eligible veterans, service members and their families: individual, group, ' +
  'couples and family counselling after combat or other trauma in service, including military sexual trauma, and ' +
  'referrals to other VA and community help. You do not need to be enrolled in VA health care.';
const DESCRIPTION_ES =
  'Consejería gratuita y confidencial para veteranos, miembros del servicio militar y sus familias que cumplen los ' +
  'requisitos: consejería individual, en grupo, de pareja y familiar tras el combate u otros traumas durante el servicio, ' +
  'incluido el trauma sexual militar, y derivación a otros servicios del VA y de la comunidad. No hace falta estar ' +
  'inscrito en la atención médica del VA.';
const MOBILE_DESCRIPTION =
  'A Mobile Vet Center: a vehicle with Vet Center counsellors that travels to communities and events. It brings the same free, ' +
  'confidential counselling for eligible veterans, service members and their families, including after military sexual ' +
  'trauma. Where it will be changes, so call first.';
const MOBILE_DESCRIPTION_ES =
  'Un Centro de Veteranos Móvil: un vehículo con consejeros que visita comunidades y eventos. Ofrece la misma consejería ' +
  'gratuita y confidencial para veteranos, miembros del servicio militar y sus familias que cumplen los requisitos, incluido ' +
  'el trauma sexual militar. Su ubicación cambia, así que llame antes.';

/** U.S. territories have their own ISO 3166 codes; a person there may name either. */
const TERRITORIES = new Set(['PR', 'VI', 'GU', 'AS', 'MP']);

/** Maps one Vet Center or Mobile Vet Center row to a resource (not yet validated). */
export function vastRowToResource(row: VastRow): Record<string, unknown> {
  const station = cell(row, 'StationNo') ?? '';
  const mobile = cell(row, 'S_ABBR') === 'MVCTR';
  const state = cell(row, 'ST');
  const zip = cell(row, 'ZIP');
  const zip4 = cell(row, 'ZIP4');
  const lines = vastAddressLines(row);
  const phone = parseVastPhone(cell(row, 'STA_PHONE'));
  const phones: Phone[] = [];
  if (phone) phones.push({ ...phone, type: 'voice' });
  if (/1-877-927-8387|877-WAR-VETS/i.test(cell(row, 'OperationalHoursSpecialInstructions') ?? '')) {
    phones.push({ number: CALL_CENTER, type: 'hotline', description: 'After hours: Vet Center Call Center (1-877-WAR-VETS)' });
  }
  const { schedule, hours } = vastSchedule(row);
  const spanish = state === 'PR';
  return {
    id: `va-${mobile ? 'mobile-vet-center' : 'vet-center'}-${station.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name: cell(row, 'StationName'),
    organization: 'U.S. Department of Veterans Affairs',
    description: mobile ? MOBILE_DESCRIPTION : DESCRIPTION,
    description_es: mobile ? MOBILE_DESCRIPTION_ES : DESCRIPTION_ES,
    needs: ['veterans-ptsd', 'therapy', 'support-group'],
    audiences: ['veterans', 'service-members', 'families', 'survivors-of-military-sexual-trauma'],
    modes: phones.length > 0 ? ['in-person', 'phone'] : ['in-person'],
    cost: ['free'],
    // Puerto Rico's Vet Centers work in Spanish (the extract has no language column; see docs/data-sources.md).
    languages: spanish ? ['es', 'en'] : ['en'],
    scope: 'local',
    countries: state && TERRITORIES.has(state) ? ['US', state] : ['US'],
    ...(lines
      ? {
          address: {
            ...lines,
            city: cell(row, 'CITY'),
            ...(state ? { state_province: state } : {}),
            ...(zip ? { postal_code: zip4 ? `${zip}-${zip4}` : zip } : {}),
            country: 'US',
          },
        }
      : {}),
    latitude: Number(cell(row, 'LAT')),
    longitude: Number(cell(row, 'LON')),
    confidentialAddress: false,
    phones,
    url: 'https://www.va.gov/find-locations/',
    ...(schedule ? { schedule } : {}),
    ...(hours ? { hours } : {}),
    assured_date: '2020-05',
    note: 'Last verified 2020-05, call ahead',
    source: {
      name: 'U.S. Department of Veterans Affairs, VA Site Tracking (VAST) extract of 2020-05-20',
      url: 'https://github.com/department-of-veterans-affairs/lighthouse-facilities',
      licence: 'U.S. federal government work, public domain (17 U.S.C. 105)',
      retrieved: '2020-05-20',
    },
  };
}

/** What an import did, for the maintainer running it. */
export interface VastImport {
  resources: Resource[];
  counts: {
    rows: number;
    kept: number;
    vetCenters: number;
    mobileVetCenters: number;
    relocated: string[];
    withHours: number;
    withPhone: number;
  };
}

/** A Mobile Vet Center's address is its host Vet Center's; further apart than this, its coordinates are wrong. */
const SAME_PLACE_KM = 50;

/**
 * Imports the whole extract. A Mobile Vet Center whose coordinates are far from the fixed Vet Center at the
 * same street address takes that centre's coordinates (the 2020 extract puts Arecibo's mobile centre in Maine).
 */
export function importVast(csvText: string, file = 'va-vast'): VastImport {
  const rows = parseCsvRecords(csvText);
  const kept = rows.filter((r) => (KEPT_TYPES as readonly string[]).includes(r.S_ABBR ?? ''));
  const fixedByAddress = new Map<string, { lat: number; lon: number }>();
  const addressKey = (r: VastRow) => `${cell(r, 'Address2') ?? ''}|${cell(r, 'CITY') ?? ''}|${cell(r, 'ST') ?? ''}`.toLowerCase();
  for (const r of kept) {
    if (r.S_ABBR === 'VTCR') fixedByAddress.set(addressKey(r), { lat: Number(r.LAT), lon: Number(r.LON) });
  }
  const relocated: string[] = [];
  const raw = kept.map((r) => {
    const record = vastRowToResource(r);
    const host = r.S_ABBR === 'MVCTR' ? fixedByAddress.get(addressKey(r)) : undefined;
    const here = { lat: record.latitude as number, lon: record.longitude as number };
    if (host && haversineKm(here.lat, here.lon, host.lat, host.lon) > SAME_PLACE_KM) {
      record.latitude = host.lat;
      record.longitude = host.lon;
      relocated.push(record.id as string);
    }
    return record;
  });
  const resources = parseResources(raw, file);
  return {
    resources,
    counts: {
      rows: rows.length,
      kept: resources.length,
      vetCenters: kept.filter((r) => r.S_ABBR === 'VTCR').length,
      mobileVetCenters: kept.filter((r) => r.S_ABBR === 'MVCTR').length,
      relocated,
      withHours: resources.filter((r) => r.hours).length,
      withPhone: resources.filter((r) => r.phones.some((p) => p.type === 'voice')).length,
    },
  };
}

function main(argv: string[]): void {
  const [csv = DEFAULT_CSV, out = DEFAULT_OUT] = argv;
  const { resources, counts } = importVast(readFileSync(csv, 'utf8'), csv);
  writeFileSync(out, JSON.stringify(resources, null, 2) + '\n');
  console.log(
    `read ${counts.rows} facilities; kept ${counts.kept} (${counts.vetCenters} Vet Centers, ${counts.mobileVetCenters} Mobile Vet Centers)`,
  );
  console.log(`with a phone: ${counts.withPhone}; with weekly hours: ${counts.withHours}`);
  console.log(`coordinates taken from the host Vet Center: ${counts.relocated.length ? counts.relocated.join(', ') : 'none'}`);
  console.log(`wrote ${out}`);
}

if (require.main === module) main(process.argv.slice(2));
