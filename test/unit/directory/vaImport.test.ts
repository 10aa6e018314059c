import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_CSV,
  DEFAULT_OUT,
  importVast,
  parseVastHours,
  parseVastPhone,
  vastAddressLines,
  vastSchedule,
  type VastRow,
} from '../../../scripts/import-va-vast';
import { formatCsv } from '../../../src/directory/hsds/csv';

const COLUMNS = [
  'StationNo',
  'StationName',
  'Address1',
  'Address2',
  'Address3',
  'CITY',
  'ST',
  'ZIP',
  'ZIP4',
  'LAT',
  'LON',
  'STA_PHONE',
  'S_ABBR',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'OperationalHoursSpecialInstructions',
];

function row(overrides: Partial<VastRow> = {}): VastRow {
  return {
    StationNo: '9901V',
    StationName: 'Testville Vet Center',
    Address1: 'Testville Vet Center',
    Address2: '10 Example Road',
    Address3: 'Suite 4',
    CITY: 'Testville',
    ST: 'MA',
    ZIP: '02100',
    ZIP4: '1234',
    LAT: '42.1',
    LON: '-71.1',
    STA_PHONE: '555-010-0101 x',
    S_ABBR: 'VTCR',
    Monday: '800AM-430PM',
    Tuesday: '800AM-430PM',
    Wednesday: '800AM-430PM',
    Thursday: '800AM-430PM',
    Friday: '800AM-430PM',
    Saturday: '-',
    Sunday: '-',
    OperationalHoursSpecialInstructions: 'null',
    ...overrides,
  };
}

describe('VA VAST import', () => {
  describe('parseVastHours', () => {
    const cases: [string | undefined, { opens_at: string; closes_at: string } | null][] = [
      ['800AM-430PM', { opens_at: '08:00', closes_at: '16:30' }],
      ['730AM-700PM', { opens_at: '07:30', closes_at: '19:00' }],
      ['1000AM-600PM', { opens_at: '10:00', closes_at: '18:00' }],
      ['800AM-1200PM', { opens_at: '08:00', closes_at: '12:00' }],
      ['1130AM-800PM', { opens_at: '11:30', closes_at: '20:00' }],
      ['24/7', { opens_at: '00:00', closes_at: '23:59' }],
      [' 800am - 430pm ', { opens_at: '08:00', closes_at: '16:30' }],
      ['-', null],
      ['null', null],
      [undefined, null],
      ['By appointment', null],
      ['500PM-800AM', null],
      ['1300PM-400PM', null],
    ];
    for (const [text, expected] of cases) {
      it(`reads ${JSON.stringify(text)} as ${expected ? `${expected.opens_at}–${expected.closes_at}` : 'closed or unknown'}`, () => {
        expect(parseVastHours(text)).to.deep.equal(expected);
      });
    }
  });

  describe('parseVastPhone', () => {
    const cases: [string | undefined, unknown][] = [
      ['857-203-6461 x', { number: '857-203-6461' }],
      ['787-641-7582 x28151', { number: '787-641-7582', extension: '28151' }],
      ['207-623-8411', { number: '207-623-8411' }],
      ['null', null],
      [undefined, null],
      ['call the front desk', null],
    ];
    for (const [text, expected] of cases) {
      it(`cleans ${JSON.stringify(text)}`, () => expect(parseVastPhone(text)).to.deep.equal(expected));
    }
  });

  describe('vastAddressLines', () => {
    it('drops a first line that only repeats the centre name, keeping street and suite apart', () => {
      expect(vastAddressLines(row())).to.deep.equal({ address_1: '10 Example Road', address_2: 'Suite 4' });
    });
    it('keeps a building name with the street line', () => {
      expect(vastAddressLines(row({ Address1: 'Northgate Plaza', Address2: '95A Ashley Avenue', Address3: 'Suite A' }))).to.deep.equal({
        address_1: 'Northgate Plaza, 95A Ashley Avenue',
        address_2: 'Suite A',
      });
    });
    it('reads "null" cells as empty', () => {
      expect(vastAddressLines(row({ Address1: 'null', Address2: '640 Marlboro Rd', Address3: 'null' }))).to.deep.equal({
        address_1: '640 Marlboro Rd',
      });
    });
  });

  describe('vastSchedule', () => {
    it('says a regular week in one short line', () => {
      expect(vastSchedule(row())).to.deep.equal({
        schedule: 'Mon–Fri 8am–4:30pm',
        hours: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '08:00', closes_at: '16:30' }],
      });
    });
    it('groups days that share hours and keeps late days apart', () => {
      const { schedule } = vastSchedule(
        row({ Monday: '800AM-700PM', Tuesday: '800AM-700PM', Friday: '800AM-1200PM', Saturday: '900AM-100PM' }),
      );
      expect(schedule).to.equal('Mon–Tue 8am–7pm; Wed–Thu 8am–4:30pm; Fri 8am–noon; Sat 9am–1pm');
    });
    it('adds what the VA says about outreach and extended hours', () => {
      const notes =
        'Expanded or Nontraditional hours are available for some services on a routine and or requested basis. Please call our main phone number for details. |';
      expect(vastSchedule(row({ OperationalHoursSpecialInstructions: notes })).schedule).to.equal(
        'Mon–Fri 8am–4:30pm; evening or weekend times for some services by arrangement',
      );
      const mobile = row({
        Monday: '-',
        Tuesday: '-',
        Wednesday: '-',
        Thursday: '-',
        Friday: '-',
        OperationalHoursSpecialInstructions:
          'Vet Center hours are dependent upon outreach assignments. Please call our main phone number for details. |',
      });
      expect(vastSchedule(mobile)).to.deep.equal({ schedule: 'Hours depend on outreach visits, so call first' });
    });
    it('says nothing rather than guess when no hours are given', () => {
      expect(vastSchedule(row({ Monday: '-', Tuesday: '-', Wednesday: '-', Thursday: '-', Friday: '-' }))).to.deep.equal({});
    });
  });

  describe('importVast', () => {
    const csv = (rows: VastRow[]) => formatCsv(COLUMNS, rows);

    it('keeps only Vet Centers and Mobile Vet Centers', () => {
      const { resources, counts } = importVast(
        csv([
          row(),
          row({ StationNo: '9901MVC', StationName: 'Testville Mobile Vet Center', S_ABBR: 'MVCTR' }),
          row({ StationNo: '999', StationName: 'Testville VA Clinic', S_ABBR: 'PCCBOC' }),
        ]),
      );
      expect(resources.map((r) => r.id)).to.deep.equal(['va-vet-center-9901v', 'va-mobile-vet-center-9901mvc']);
      expect(counts).to.include({ rows: 3, kept: 2, vetCenters: 1, mobileVetCenters: 1 });
    });

    it('maps a Vet Center to a free, local, labelled veterans resource', () => {
      const [r] = importVast(csv([row()])).resources;
      expect(r).to.deep.include({
        name: 'Testville Vet Center',
        needs: ['veterans-ptsd', 'therapy', 'support-group'],
        audiences: ['veterans', 'service-members', 'families', 'survivors-of-military-sexual-trauma'],
        modes: ['in-person', 'phone'],
        cost: ['free'],
        scope: 'local',
        latitude: 42.1,
        longitude: -71.1,
        assured_date: '2020-05',
        note: 'Last verified 2020-05, call ahead',
        url: 'https://www.va.gov/find-locations/',
      });
      expect(r!.address).to.deep.equal({
        address_1: '10 Example Road',
        address_2: 'Suite 4',
        city: 'Testville',
        state_province: 'MA',
        postal_code: '02100-1234',
        country: 'US',
      });
      expect(r!.phones).to.deep.equal([{ number: '555-010-0101', type: 'voice' }]);
      expect(r!.source.licence).to.equal('U.S. federal government work, public domain (17 U.S.C. 105)');
      expect(r!.description_es).to.match(/gratuita/);
    });

    it('adds the after-hours call centre when the VA names it', () => {
      const [r] = importVast(
        csv([
          row({
            OperationalHoursSpecialInstructions:
              'Vet Center after hours assistance is available by calling 1-877-WAR-VETS (1-877-927-8387).',
          }),
        ]),
      ).resources;
      expect(r!.phones.map((p) => [p.number, p.type])).to.deep.equal([
        ['555-010-0101', 'voice'],
        ['1-877-927-8387', 'hotline'],
      ]);
    });

    it('moves a Mobile Vet Center placed far from its host centre onto the host', () => {
      const host = row({ StationNo: '0309V', ST: 'PR', LAT: '18.47', LON: '-66.71' });
      const mobile = row({ StationNo: '0802MVC', S_ABBR: 'MVCTR', ST: 'PR', LAT: '46.84', LON: '-68.05' });
      const { resources, counts } = importVast(csv([host, mobile]));
      expect(counts.relocated).to.deep.equal(['va-mobile-vet-center-0802mvc']);
      expect(resources[1]).to.deep.include({ latitude: 18.47, longitude: -66.71, countries: ['US', 'PR'], languages: ['es', 'en'] });
    });

    it('reproduces the committed va-vet-centers.json exactly from the CSV in data/sources', () => {
      const { resources, counts } = importVast(readFileSync(DEFAULT_CSV, 'utf8'));
      expect(counts).to.include({ rows: 1695, kept: 402, vetCenters: 320, mobileVetCenters: 82 });
      expect(resources).to.deep.equal(JSON.parse(readFileSync(DEFAULT_OUT, 'utf8')));
    });
  });
});
