import { expect } from 'chai';
import { numbered, resourceCard, resourceText } from '../../../src/cards/resourceCard';
import { resourceSchema, type Resource } from '../../../src/directory/schema';
import type { Match } from '../../../src/directory/types';
import { stringsFor } from '../../../src/i18n';

const shelter: Resource = resourceSchema.parse({
  id: 'test-shelter',
  name: 'Test Safe House',
  organization: 'Test Org',
  description: 'A confidential shelter used only in tests.',
  description_es: 'Un refugio confidencial que solo existe en las pruebas.',
  needs: ['domestic-violence'],
  modes: ['in-person', 'phone'],
  cost: ['free'],
  languages: ['en', 'es'],
  scope: 'local',
  countries: ['US'],
  latitude: 30.27,
  longitude: -97.74,
  confidentialAddress: true,
  phones: [{ number: '512-555-0100', type: 'hotline' }],
  url: 'https://example.org/shelter',
  assured_date: '2026-11-01',
  source: { name: 'Test', url: 'https://example.org', licence: 'test data', retrieved: '2026-11-01' },
});
// The schema refuses an address on a confidential record; the card must hide one anyway, should bad data slip in.
const leaky: Resource = { ...shelter, address: { address_1: '12 Hidden Street', city: 'Austin', state_province: 'TX', country: 'US' } };
const match: Match = { resource: leaky, distanceKm: 3.24, score: 1, reason: 'test' };

describe('resource cards', () => {
  it('is an Adaptive Card 1.5 with a tel: action and the text as fallback', () => {
    const card = resourceCard(match, stringsFor('en'), 'en') as { version: string; actions: Array<{ url: string }>; fallbackText: string };
    expect(card.version).to.equal('1.5');
    expect(card.actions.map((a) => a.url)).to.include('tel:5125550100');
    expect(card.fallbackText).to.include('Test Safe House');
  });

  it('never shows or links a confidential address', () => {
    const card = JSON.stringify(resourceCard(match, stringsFor('en'), 'en'));
    const text = resourceText(match, stringsFor('en'), 'en');
    for (const rendered of [card, text]) {
      expect(rendered).to.not.include('12 Hidden Street');
      expect(rendered).to.not.include('maps');
    }
    expect(card).to.include('Address shared by phone for safety');
  });

  it('shows distance, cost and the Spanish description in Spanish', () => {
    const text = resourceText(match, stringsFor('es'), 'es');
    expect(text).to.include('a 3.2 km').and.include('Gratis').and.include('refugio confidencial');
  });
});

describe('resource cards: when a listing was checked', () => {
  const base = { ...shelter, confidentialAddress: false, note: undefined };
  const render = (resource: Resource) => resourceText({ resource, distanceKm: 1, score: 1, reason: 'test' }, stringsFor('en'), 'en');

  it('shows a note that already gives the date on its own ("Last verified 2020-05, call ahead")', () => {
    const text = render({ ...base, assured_date: '2020-05', note: 'Last verified 2020-05, call ahead' });
    expect(text).to.include('Last verified 2020-05, call ahead').and.not.include('Last checked');
  });

  it('shows any other note for the person, then the date', () => {
    const text = render({ ...base, note: 'England only; elsewhere ask a GP.' });
    expect(text).to.include('England only; elsewhere ask a GP.').and.include('Last checked 2026-11-01');
  });
});

describe('numbered', () => {
  it('writes the number so markdown cannot turn it into a list that restarts at 1', () => {
    // "2. Name" is an ordered-list item in CommonMark (Web Chat, Teams); "2.\u00a0Name" is plain text.
    expect(numbered(2, 'Name')).to.equal('2.\u00a0Name');
    expect(/^\d+\. /.test(numbered(2, 'Name'))).to.equal(false);
  });
});
