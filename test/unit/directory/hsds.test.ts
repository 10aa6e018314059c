import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryDataError } from '../../../src/directory/errors';
import { CsvError, formatCsv, parseCsv, parseCsvRecords } from '../../../src/directory/hsds/csv';
import { exportHsds, toHsdsTables } from '../../../src/directory/hsds/export';
import { formatClock, formatDays, formatWeeklyHours, groupDays } from '../../../src/directory/hsds/hours';
import { importHsds } from '../../../src/directory/hsds/import';
import { inferCost, inferNeeds, slugify } from '../../../src/directory/hsds/infer';
import { stableUuid } from '../../../src/directory/hsds/taxonomy';
import { DEFAULT_RESOURCE_FILES, loadResourceFiles } from '../../../src/directory/load';
import { resourceSchema, type Resource } from '../../../src/directory/schema';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'hsds', 'plain-211');
const OPTIONS = { country: 'US', language: 'en', retrieved: '2026-11-30' };

describe('CSV (RFC 4180)', () => {
  const cases: [string, string, string[][]][] = [
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a last line without a line end',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['commas inside quotes', 'a\n"Smith, Jo"\n', [['a'], ['Smith, Jo']]],
    ['doubled quotes inside quotes', 'a\n"say ""hi"""\n', [['a'], ['say "hi"']]],
    [
      'line breaks inside quotes',
      'a,b\n"line one\nline two",x\n',
      [
        ['a', 'b'],
        ['line one\nline two', 'x'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
    [
      'an empty quoted field',
      'a,b\n"",x\n',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
    ['blank lines', 'a\n\n1\n\n', [['a'], ['1']]],
    [
      'a UTF-8 byte-order mark',
      '\uFEFFid,name\n1,Ana\n',
      [
        ['id', 'name'],
        ['1', 'Ana'],
      ],
    ],
    ['non-ASCII text', 'name\nConsejería\n', [['name'], ['Consejería']]],
  ];
  for (const [what, text, rows] of cases) {
    it(`reads ${what}`, () => expect(parseCsv(text)).to.deep.equal(rows));
  }

  const broken: [string, string, RegExp][] = [
    ['a quote that never closes', 'a\n"open\n', /line 2: a quoted field is never closed/],
    ['text after a closing quote', 'a\n"x"y\n', /line 2: a closing quote must be followed/],
    ['a quote in the middle of a bare field', 'a\nab"c\n', /line 2: a quote may only open a field/],
  ];
  for (const [what, text, message] of broken) {
    it(`rejects ${what}, naming the line`, () => expect(() => parseCsv(text)).to.throw(CsvError, message));
  }

  it('reads records by header, filling missing trailing cells and rejecting extra ones', () => {
    expect(parseCsvRecords('id,name,note\n1,Ana\n')).to.deep.equal([{ id: '1', name: 'Ana', note: '' }]);
    expect(() => parseCsvRecords('id\n1,2\n')).to.throw(CsvError, /line 2: has 2 fields but the header has 1/);
  });

  it('writes what it reads back unchanged', () => {
    const rows = [
      { id: '1', text: 'Smith, "Jo"\nline two', n: 3 },
      { id: '2', text: ' padded ', n: undefined },
    ];
    const text = formatCsv(['id', 'text', 'n'], rows);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(parseCsvRecords(text)).to.deep.equal([
      { id: '1', text: 'Smith, "Jo"\nline two', n: '3' },
      { id: '2', text: ' padded ', n: '' },
    ]);
  });
});

describe('weekly hours', () => {
  const clocks: [string, string][] = [
    ['08:00', '8am'],
    ['16:30', '4:30pm'],
    ['12:00', 'noon'],
    ['00:00', 'midnight'],
    ['12:15', '12:15pm'],
    ['00:30', '12:30am'],
  ];
  for (const [time, said] of clocks) it(`says ${time} as ${said}`, () => expect(formatClock(time)).to.equal(said));

  const days: [string[], string][] = [
    [['MO', 'TU', 'WE', 'TH', 'FR'], 'Mon–Fri'],
    [['MO', 'WE', 'FR'], 'Mon, Wed, Fri'],
    [['FR', 'MO', 'TU'], 'Mon–Tue, Fri'],
    [['SA'], 'Sat'],
  ];
  for (const [byday, said] of days) it(`says ${byday.join(',')} as ${said}`, () => expect(formatDays(byday as never)).to.equal(said));

  it('groups days with the same hours and says every day as "Daily"', () => {
    const nineToFive = { opens_at: '09:00', closes_at: '17:00' };
    expect(groupDays({ MO: nineToFive, TU: nineToFive, SA: { opens_at: '10:00', closes_at: '13:00' } })).to.deep.equal([
      { byday: ['MO', 'TU'], ...nineToFive },
      { byday: ['SA'], opens_at: '10:00', closes_at: '13:00' },
    ]);
    expect(formatWeeklyHours([{ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], ...nineToFive }])).to.equal('Daily 9am–5pm');
  });
});

describe('inferring Kindred fields from plain HSDS', () => {
  const needs: [string, string[]][] = [
    ['Bereavement support group for widows', ['grief', 'support-group']],
    ['24/7 suicide crisis line', ['crisis-line']],
    ['Counselling for survivors of rape and sexual assault', ['sexual-assault', 'therapy']],
    ['Peer support for veterans with PTSD', ['veterans-ptsd', 'support-group']],
    ['Emergency shelter for families fleeing domestic violence', ['domestic-violence', 'housing']],
    ['Drug and alcohol counseling', ['substance-use', 'therapy']],
    ['LGBTQ+ youth drop-in', ['lgbtq']],
    ['Free legal aid clinic', ['legal-aid']],
    ['Therapeutic grape harvest', ['general-info']],
    ['Food pantry', ['general-info']],
  ];
  for (const [text, expected] of needs)
    it(`reads "${text}" as ${expected.join(', ')}`, () => expect(inferNeeds(text)).to.deep.equal(expected));

  const costs: [{ option?: string; amount?: string }[], string | undefined, string[]][] = [
    [[{ amount: '0' }], undefined, ['free']],
    [[], 'No charge', ['free']],
    [[], 'Sliding scale based on income', ['sliding-scale']],
    [[], 'Medicaid and most insurance accepted', ['insurance']],
    [[{ amount: '40', option: 'per session' }], undefined, ['fee']],
    [[], 'There is a fee of $25', ['fee']],
    [[], undefined, []],
  ];
  for (const [options, fees, expected] of costs) {
    it(`reads cost ${JSON.stringify({ options, fees })} as [${expected.join(', ')}] and never guesses "free"`, () =>
      expect(inferCost(options, fees)).to.deep.equal(expected));
  }

  it('makes ids from names', () => {
    expect(slugify("St. Mary's Grief Group — Tuesdays")).to.equal('st-mary-s-grief-group-tuesdays');
    expect(slugify('Consejería Familiar')).to.equal('consejeria-familiar');
    expect(slugify('!!!')).to.equal('service');
  });

  it('makes the same UUID for the same name, in the version 5 layout', () => {
    expect(stableUuid('x')).to.equal(stableUuid('x'));
    expect(stableUuid('x')).to.not.equal(stableUuid('y'));
    expect(stableUuid('x')).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('HSDS export and import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-hsds-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the shipped directory: export, import, and every record comes back equal', () => {
    const shipped = loadResourceFiles(DEFAULT_RESOURCE_FILES);
    exportHsds(shipped, dir, { created: '2026-11-30T12:00:00Z' });
    const back = importHsds(dir, OPTIONS);
    expect(back.skipped).to.deep.equal([]);
    expect(back.inferredNeeds).to.equal(0);
    expect(back.resources).to.deep.equal(shipped);
  });

  it('writes the HSDS 3.0 tables and a datapackage.json that names them', () => {
    exportHsds(loadResourceFiles(DEFAULT_RESOURCE_FILES), dir, { created: '2026-11-30T12:00:00Z' });
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
      profile: string;
      resources: { name: string; path: string }[];
    };
    expect(descriptor.profile).to.equal('tabular-data-package');
    const names = descriptor.resources.map((r) => r.name);
    for (const table of [
      'organization',
      'service',
      'location',
      'service_at_location',
      'address',
      'phone',
      'language',
      'schedule',
      'cost_option',
      'taxonomy',
      'taxonomy_term',
      'attribute',
    ]) {
      expect(names).to.include(table);
    }
    const services = parseCsvRecords(readFileSync(join(dir, 'services.csv'), 'utf8'));
    const vet = services.find((s) => s.name === 'Boston Vet Center')!;
    // HSDS dates are whole days: the month the VA gives becomes its first day, and the month itself rides along.
    expect(vet).to.include({ status: 'active', assured_date: '2020-05-01', alert: 'Last verified 2020-05, call ahead' });
    const attributes = parseCsvRecords(readFileSync(join(dir, 'attributes.csv'), 'utf8'));
    expect(attributes.filter((a) => a.link_id === vet.id).map((a) => a.value)).to.include('2020-05');
  });

  it('never writes an address for a confidential record', () => {
    const shelter = resourceSchema.parse({
      id: 'test-shelter',
      name: 'Test Shelter',
      organization: 'Test Organisation',
      description: 'A synthetic shelter used only in tests.',
      needs: ['domestic-violence', 'housing'],
      modes: ['phone'],
      cost: ['free'],
      languages: ['en'],
      scope: 'local',
      countries: ['US'],
      latitude: 40.71,
      longitude: -74.01,
      confidentialAddress: true,
      phones: [{ number: '555-010-0199', type: 'hotline' }],
      assured_date: '2026-11-30',
      source: { name: 'Test', url: 'https://example.org/', licence: 'Synthetic', retrieved: '2026-11-30' },
    });
    const tables = toHsdsTables([shelter]);
    expect(tables.address).to.deep.equal([]);
    expect(tables.location[0]).to.include({ latitude: '40.71', description: 'Confidential location: approximate coordinates only.' });
    exportHsds([shelter], dir, { created: '2026-11-30T12:00:00Z' });
    expect(importHsds(dir, OPTIONS).resources).to.deep.equal([shelter]);
  });

  describe('a plain HSDS package from a 211 (test/fixtures/hsds/plain-211)', () => {
    const imported = importHsds(FIXTURE, OPTIONS);
    const byName = (name: string) => imported.resources.filter((r: Resource) => r.name === name);

    it('makes one resource per service at a location, leaves defunct services out, and infers every need', () => {
      expect(imported.resources.map((r) => r.name)).to.deep.equal([
        'Riverside Grief Circle',
        'Safe Homes Helpline',
        'Family Counselling Clinic',
        'Family Counselling Clinic',
      ]);
      expect(imported.inactive).to.equal(1);
      expect(imported.inferredNeeds).to.equal(4);
      expect(new Set(imported.resources.map((r) => r.id)).size).to.equal(4);
    });

    it('reads a local group: address, coordinates, phone extension, languages, free from a zero cost, monthly schedule as text', () => {
      const [grief] = byName('Riverside Grief Circle');
      expect(grief).to.deep.include({
        needs: ['grief', 'support-group'],
        modes: ['in-person', 'phone'],
        cost: ['free'],
        languages: ['en', 'es'],
        scope: 'local',
        latitude: 40.7128,
        url: 'https://www.family.example.org/grief',
        schedule: 'Second Tuesday of the month 6:30pm–8pm',
        assured_date: '2025-03-14',
      });
      expect(grief!.hours).to.equal(undefined);
      expect(grief!.address).to.deep.equal({
        address_1: '1 Example Plaza',
        address_2: 'Annex Room 2',
        city: 'Example City',
        state_province: 'NY',
        postal_code: '10001',
        country: 'US',
      });
      expect(grief!.phones).to.deep.equal([{ number: '(555) 010-2000', extension: '12', type: 'voice', description: 'Group coordinator' }]);
      expect(grief!.source).to.deep.equal({
        name: 'Example County 211 (synthetic test data)',
        url: 'https://211.example.org/',
        licence: 'Creative Commons Attribution 4.0',
        retrieved: '2026-11-30',
      });
    });

    it('reads a helpline with no location as national, with text but no fax, and flags the missing check date', () => {
      const [helpline] = byName('Safe Homes Helpline');
      expect(helpline).to.deep.include({
        scope: 'national',
        countries: ['US'],
        modes: ['phone', 'text'],
        cost: ['free'],
        assured_date: '2026-11-30',
      });
      expect(helpline!.phones.map((p) => p.type)).to.deep.equal(['voice', 'text']);
      expect(helpline!.note).to.match(/no date it was last checked/);
    });

    it('reads weekly schedules with time zones, a physical address over a postal one, and costs from fee text', () => {
      const [clinic] = byName('Family Counselling Clinic');
      expect(clinic!.hours).to.deep.equal([
        { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' },
        { byday: ['SA'], opens_at: '10:00', closes_at: '13:00' },
      ]);
      expect(clinic!.schedule).to.equal('Mon–Fri 9am–5pm; Sat 10am–1pm');
      expect(clinic!.address!.address_1).to.equal('20 Sample Street');
      expect(clinic!.cost).to.deep.equal(['sliding-scale', 'insurance', 'fee']);
      expect(clinic!.note).to.equal('Closed on public holidays');
      expect(clinic!.assured_date).to.equal('2025-01-02');
    });
  });

  describe('bad packages', () => {
    const copyFixture = () => {
      for (const f of [
        'datapackage.json',
        'organizations.csv',
        'services.csv',
        'locations.csv',
        'service_at_locations.csv',
        'addresses.csv',
        'phones.csv',
        'schedules.csv',
        'languages.csv',
        'cost_options.csv',
      ]) {
        writeFileSync(join(dir, f), readFileSync(join(FIXTURE, f)));
      }
    };

    it('stop when there is no services table', () => {
      expect(() => importHsds(dir, OPTIONS)).to.throw(DirectoryDataError, /services\.csv: is missing/);
    });

    it('name services.csv, the record, the service id and the field of a bad service', () => {
      copyFixture();
      const services = readFileSync(join(dir, 'services.csv'), 'utf8').replace(
        'https://safehomes.example.org',
        'ftp://safehomes.example.org',
      );
      writeFileSync(join(dir, 'services.csv'), services);
      expect(() => importHsds(dir, OPTIONS)).to.throw(
        DirectoryDataError,
        /services\.csv, record 2 \(id: svc-dv\), field `url`: must be an http\(s\) URL/,
      );
      const lenient = importHsds(dir, { ...OPTIONS, skipInvalid: true });
      expect(lenient.resources.map((r) => r.name)).to.not.include('Safe Homes Helpline');
      expect(lenient.skipped).to.have.length(1);
      expect(lenient.skipped[0]!.serviceId).to.equal('svc-dv');
    });

    it('ask for a source URL when neither the package nor the options give one', () => {
      copyFixture();
      writeFileSync(
        join(dir, 'datapackage.json'),
        JSON.stringify({ name: 'example-211', resources: [{ name: 'service_at_location', path: 'service_at_locations.csv' }] }),
      );
      expect(() => importHsds(dir, OPTIONS)).to.throw(DirectoryDataError, /field `source\.url`: is missing: pass --source-url/);
      expect(importHsds(dir, { ...OPTIONS, source: { url: 'https://211.example.org/' } }).resources).to.have.length(4);
    });

    it('name the CSV file and line of a broken table', () => {
      copyFixture();
      writeFileSync(join(dir, 'phones.csv'), 'id,service_id,number\nph-1,svc-dv,"1-800\n');
      expect(() => importHsds(dir, OPTIONS)).to.throw(DirectoryDataError, /phones\.csv: line 2: a quoted field is never closed/);
    });
  });
});
