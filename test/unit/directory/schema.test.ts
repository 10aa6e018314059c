import { expect } from 'chai';
import { resourceSchema } from '../../../src/directory/schema';

/** A valid national record; each case below breaks one thing. */
function national(): Record<string, unknown> {
  return {
    id: 'test-helpline',
    name: 'Test Helpline',
    organization: 'Test Organisation',
    description: 'A synthetic helpline used only in tests.',
    needs: ['crisis-line'],
    modes: ['phone'],
    cost: ['free'],
    languages: ['en'],
    scope: 'national',
    countries: ['US'],
    phones: [{ number: '1-800-555-0100', type: 'hotline' }],
    assured_date: '2026-11-30',
    source: { name: 'Test', url: 'https://example.org/', licence: 'Synthetic', retrieved: '2026-11-30' },
  };
}

function local(): Record<string, unknown> {
  return {
    ...national(),
    id: 'test-group',
    scope: 'local',
    modes: ['in-person'],
    address: { address_1: '1 Example Street', city: 'Example City', state_province: 'NY', country: 'US' },
    latitude: 40.71,
    longitude: -74.0,
  };
}

function firstIssue(record: unknown): { field: string; message: string } | null {
  const parsed = resourceSchema.safeParse(record);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { field: issue.path.map(String).join('.'), message: issue.message };
}

describe('resourceSchema', () => {
  it('accepts a national helpline and a local group, filling defaults', () => {
    const parsed = resourceSchema.parse(national());
    expect(parsed.audiences).to.deep.equal([]);
    expect(parsed.confidentialAddress).to.equal(false);
    expect(resourceSchema.safeParse(local()).success).to.equal(true);
  });

  const broken: [string, (r: Record<string, unknown>) => Record<string, unknown>, string, RegExp][] = [
    ['an id with capitals', (r) => ({ ...r, id: 'Test-Helpline' }), 'id', /lower-case/],
    ['a need outside the taxonomy', (r) => ({ ...r, needs: ['sadness'] }), 'needs.0', /expected one of/],
    ['no needs', (r) => ({ ...r, needs: [] }), 'needs', /./],
    ['an audience outside the list', (r) => ({ ...r, audiences: ['survivors of everything'] }), 'audiences.0', /expected one of/],
    ['a mode outside the list', (r) => ({ ...r, modes: ['carrier pigeon'] }), 'modes.0', /expected one of/],
    ['a language that is not ISO 639', (r) => ({ ...r, languages: ['English'] }), 'languages.0', /ISO 639/],
    ['a country that is not ISO 3166', (r) => ({ ...r, countries: ['USA'] }), 'countries.0', /ISO 3166/],
    [
      'a phone number with letters',
      (r) => ({ ...r, phones: [{ number: '1-800-SAFE', type: 'voice' }] }),
      'phones.0.number',
      /phone number/,
    ],
    ['a phone number too short to dial', (r) => ({ ...r, phones: [{ number: '1-', type: 'voice' }] }), 'phones.0.number', /phone number/],
    [
      'a phone extension with letters',
      (r) => ({ ...r, phones: [{ number: '555-0100', extension: 'x12', type: 'voice' }] }),
      'phones.0.extension',
      /digits/,
    ],
    ['a javascript: URL', (r) => ({ ...r, url: 'javascript:alert(1)' }), 'url', /http/],
    ['a source without a URL', (r) => ({ ...r, source: { name: 'Test', licence: 'x', retrieved: '2026-11' } }), 'source.url', /./],
    ['an assured_date that is not a date', (r) => ({ ...r, assured_date: 'last week' }), 'assured_date', /date like/],
    ['month 13', (r) => ({ ...r, assured_date: '2026-13' }), 'assured_date', /date like/],
    [
      'hours that close before they open',
      (r) => ({ ...r, hours: [{ byday: ['MO'], opens_at: '17:00', closes_at: '09:00' }] }),
      'hours.0.closes_at',
      /close after/,
    ],
    [
      'hours with a day that is not RFC 5545',
      (r) => ({ ...r, hours: [{ byday: ['MON'], opens_at: '09:00', closes_at: '17:00' }] }),
      'hours.0.byday.0',
      /expected one of/,
    ],
    ['no way to reach it', (r) => ({ ...r, phones: [], url: undefined }), 'phones', /way to reach/],
    ['latitude without longitude', (r) => ({ ...r, latitude: 40.7 }), 'longitude', /come together/],
  ];
  for (const [what, breakIt, field, message] of broken) {
    it(`rejects ${what}, naming \`${field}\``, () => {
      const issue = firstIssue(breakIt(national()));
      expect(issue, 'should be rejected').to.not.equal(null);
      expect(issue!.field).to.equal(field);
      expect(issue!.message).to.match(message);
    });
  }

  describe('local resources', () => {
    it('need coordinates', () => {
      const { latitude: _lat, longitude: _lon, ...noCoordinates } = local();
      expect(firstIssue(noCoordinates)).to.deep.include({ field: 'latitude' });
    });

    it('need an address unless it is confidential', () => {
      const { address: _address, ...noAddress } = local();
      expect(firstIssue(noAddress)).to.deep.include({ field: 'address' });
      expect(firstIssue({ ...noAddress, confidentialAddress: true })).to.equal(null);
    });

    it("must list the address's country among the countries served", () => {
      expect(firstIssue({ ...local(), countries: ['CA'] })).to.deep.include({ field: 'countries' });
    });
  });

  describe('confidential addresses (domestic-violence shelters)', () => {
    const shelter = () => {
      const { address: _address, ...rest } = local();
      return { ...rest, id: 'test-shelter', confidentialAddress: true, latitude: 40.71, longitude: -74.01 };
    };

    it('accept approximate coordinates and no address', () => {
      expect(firstIssue(shelter())).to.equal(null);
    });

    it('reject any address, so no card or export can ever show one', () => {
      const issue = firstIssue({ ...shelter(), address: { address_1: '1 Hidden Lane', city: 'Example City', country: 'US' } });
      expect(issue).to.deep.include({ field: 'address' });
      expect(issue!.message).to.match(/confidentialAddress/);
    });

    it('reject coordinates precise enough to find the building', () => {
      expect(firstIssue({ ...shelter(), latitude: 40.712776 })).to.deep.include({ field: 'latitude' });
      expect(firstIssue({ ...shelter(), longitude: -74.005974 })).to.deep.include({ field: 'longitude' });
    });
  });
});
