import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { formatCsv, parseCsv, parseCsvRecords } from '../../../src/directory/hsds/csv';
import { exportHsds } from '../../../src/directory/hsds/export';
import { importHsds } from '../../../src/directory/hsds/import';
import { officialDescriptor } from '../../../src/directory/hsds/official';
import { validateHsdsPackage } from '../../../src/directory/hsds/validate';
import { DEFAULT_RESOURCE_FILES, loadResourceFiles } from '../../../src/directory/load';
import { resourceSchema } from '../../../src/directory/schema';
import { run } from '../../../src/cli/commands/data';

const VENDORED = join(__dirname, '..', '..', '..', 'src', 'directory', 'hsds', 'schema');
const CREATED = '2026-12-07T09:30:00Z';

/** Rewrites one CSV of the package: `edit` gets the header and the rows as records. */
function editTable(dir: string, file: string, edit: (header: string[], rows: Record<string, string>[]) => string[] | void): void {
  const path = join(dir, file);
  const [header = []] = parseCsv(readFileSync(path, 'utf8'));
  const rows = parseCsvRecords(readFileSync(path, 'utf8'));
  const columns = edit(header, rows) ?? header;
  writeFileSync(path, formatCsv(columns, rows));
}

function messages(dir: string): string[] {
  return validateHsdsPackage(dir).problems.map((p) => p.message);
}

describe('HSDS export against the official HSDS 3.0 schemas (vendored, offline)', () => {
  const shipped = loadResourceFiles(DEFAULT_RESOURCE_FILES);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-hsds-valid-'));
    exportHsds(shipped, dir, { created: CREATED });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('vendors the descriptor byte-for-byte as its README says (sha256 06d063ec…)', () => {
    const sha = createHash('sha256')
      .update(readFileSync(join(VENDORED, 'datapackage.json')))
      .digest('hex');
    expect(sha).to.equal('06d063ec1a22f8797da3ee9cd1e2a9e519fa813d6f3e93140bbdd7814d36984b');
    expect(readFileSync(join(VENDORED, 'README.md'), 'utf8')).to.include('279fd2eb3552c349bf698c07c00cc25f5fc8249b');
  });

  it('exports the shipped directory as a package with no problem against the datapackage and the JSON schemas', () => {
    const result = validateHsdsPackage(dir);
    expect(result.problems.map((p) => p.message)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.tables).to.include({ service: shipped.length, organization: 68 });
    expect(Object.keys(result.tables)).to.have.length(officialDescriptor().resources.length);
  });

  it('writes the official descriptor, with its own name and a creation time that has a time zone', () => {
    const written = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
    expect(written.resources).to.deep.equal(officialDescriptor().resources);
    expect(written).to.include({ name: 'kindred-directory', profile: 'tabular-data-package', version: '3.0.0', created: CREATED });
    expect(written).not.to.have.property('license');
    expect(() => exportHsds(shipped, dir, { created: '2026-12-07' })).to.throw(/time zone/);
  });

  it('writes times as HH:MM:SS and month-only dates as a whole day, and still imports back the same records', () => {
    const schedules = parseCsvRecords(readFileSync(join(dir, 'schedules.csv'), 'utf8'));
    expect(schedules.find((s) => s.opens_at)!.opens_at).to.match(/^\d{2}:\d{2}:00$/);
    expect(importHsds(dir, { country: 'US', language: 'en', retrieved: '2026-12-07' }).resources).to.deep.equal(shipped);
  });

  it('keeps an address with no postal code out of the address table (HSDS requires one) and brings it back on import', () => {
    const clinic = resourceSchema.parse({
      id: 'test-clinic',
      name: 'Test Community Health Center',
      organization: 'Test Health',
      description: 'A synthetic health centre used only in tests.',
      needs: ['therapy'],
      modes: ['in-person'],
      languages: ['en'],
      scope: 'local',
      countries: ['US'],
      address: { address_1: '1 Main St', city: 'Austin', state_province: 'TX', country: 'US' },
      latitude: 30.27,
      longitude: -97.74,
      phones: [{ number: '555-010-0100', type: 'voice' }],
      assured_date: '2020-06',
      source: { name: 'Test', url: 'https://example.org/', licence: 'Synthetic', retrieved: '2026-12-07' },
    });
    const other = mkdtempSync(join(tmpdir(), 'kindred-hsds-valid-'));
    try {
      exportHsds([clinic], other, { created: CREATED });
      expect(messages(other)).to.deep.equal([]);
      expect(parseCsvRecords(readFileSync(join(other, 'addresses.csv'), 'utf8'))).to.deep.equal([]);
      const location = parseCsvRecords(readFileSync(join(other, 'locations.csv'), 'utf8'))[0]!;
      expect(location.description).to.equal('Address: 1 Main St, Austin, TX, US (the source gives no postal code).');
      expect(importHsds(other, { country: 'US', language: 'en', retrieved: '2026-12-07' }).resources).to.deep.equal([clinic]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  // What the real specification says about a package, case by case: each names the file, the row and the field.
  const broken: [string, (dir: string) => void, RegExp][] = [
    [
      'a month-only date',
      (d) => editTable(d, 'services.csv', (_h, rows) => void (rows[0]!.assured_date = '2020-05')),
      /services\.csv, row 1 \(id: [0-9a-f-]{36}\), field `assured_date`: must be a whole date like 2026-12-07 \(got "2020-05"\)/,
    ],
    [
      'a time without seconds',
      (d) => editTable(d, 'schedules.csv', (_h, rows) => void (rows.find((r) => r.opens_at)!.opens_at = '08:30')),
      /schedules\.csv, row \d+ .*field `opens_at`: must be a time like 08:30:00 \(HH:MM:SS\) \(got "08:30"\)/,
    ],
    [
      'an address without its postal code',
      (d) => editTable(d, 'addresses.csv', (_h, rows) => void (rows[0]!.postal_code = '')),
      /addresses\.csv, row 1 .*field `postal_code`: is required by HSDS 3\.0 and is empty/,
    ],
    [
      'a status HSDS does not have',
      (d) => editTable(d, 'services.csv', (_h, rows) => void (rows[2]!.status = 'open')),
      /services\.csv, row 3 .*field `status`: must be one of active, inactive, defunct, temporarily closed \(got "open"\)/,
    ],
    [
      'an id that is not a UUID',
      (d) => editTable(d, 'organizations.csv', (_h, rows) => void (rows[0]!.id = 'org-1')),
      /organizations\.csv, row 1 \(id: org-1\), field `id`: must be a UUID/,
    ],
    [
      'a service whose organisation is not in the package',
      (d) => editTable(d, 'services.csv', (_h, rows) => void (rows[0]!.organization_id = '00000000-0000-5000-8000-000000000000')),
      /services\.csv, row 1 .*field `organization_id`: points at organization 00000000-0000-5000-8000-000000000000, which is not in organizations\.csv/,
    ],
    [
      'an id used twice',
      (d) => editTable(d, 'phones.csv', (_h, rows) => void (rows[1]!.id = rows[0]!.id!)),
      /phones\.csv, row 2 .*field `id`: repeats the value of row 1/,
    ],
    [
      'a column left out',
      (d) => editTable(d, 'locations.csv', (header) => header.filter((h) => h !== 'transportation')),
      /locations\.csv: header must be the HSDS 3\.0 columns in order \(missing transportation\)/,
    ],
    [
      'a latitude that is not a number',
      (d) => editTable(d, 'locations.csv', (_h, rows) => void (rows[0]!.latitude = 'north')),
      /locations\.csv, row 1 .*field `latitude`: must be a number \(got "north"\)/,
    ],
    [
      'a creation date without a time zone',
      (d) => {
        const file = join(d, 'datapackage.json');
        writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), created: '2026-12-07T09:30:00' }));
      },
      /datapackage\.json, field `created`: must be a date-time with a time zone/,
    ],
    [
      'a descriptor that changes a table schema',
      (d) => {
        const file = join(d, 'datapackage.json');
        const descriptor = JSON.parse(readFileSync(file, 'utf8')) as { resources: { schema: { fields: unknown[] } }[] };
        descriptor.resources[0]!.schema.fields.pop();
        writeFileSync(file, JSON.stringify(descriptor));
      },
      /datapackage\.json, field `resources\.organization\.schema`: must be the official HSDS 3\.0 table schema/,
    ],
  ];
  for (const [what, breakIt, expected] of broken) {
    it(`names ${what}`, () => {
      breakIt(dir);
      const found = messages(dir);
      expect(
        found.some((m) => expected.test(m)),
        found.join('\n'),
      ).to.equal(true);
      expect(validateHsdsPackage(dir).ok).to.equal(false);
    });
  }

  it('`kindred data validate-hsds` exits 0 on the export and 1 naming the problem on a broken package', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), stdin: new PassThrough() };
    expect(await run(['validate-hsds', dir], io)).to.equal(0);
    expect(out.join('')).to.match(/valid against the official HSDS 3\.0/);
    editTable(dir, 'services.csv', (_h, rows) => void (rows[0]!.assured_date = '2020-05'));
    expect(await run(['validate-hsds', dir], io)).to.equal(1);
    expect(err.join('')).to.match(/^error: .*services\.csv, row 1 .*assured_date/m);
  });
});
