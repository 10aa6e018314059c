import { expect } from 'chai';
import { Directory } from '../../../src/directory/directory';
import { radiusSteps } from '../../../src/directory/geo';
import { needFit, recency } from '../../../src/directory/ranking';
import type { Resource } from '../../../src/directory/schema';
import type { SearchQuery } from '../../../src/directory/types';

const NOW = new Date('2026-11-30T00:00:00Z');
const AUSTIN = { lat: 30.2672, lon: -97.7431, country: 'US' };
/** About `km` kilometres north of Austin. */
const north = (km: number) => ({ latitude: AUSTIN.lat + km / 111.2, longitude: AUSTIN.lon });

function resource(id: string, extra: Partial<Resource> = {}): Resource {
  return {
    id,
    name: `Resource ${id}`,
    organization: 'Test Org',
    description: 'A place where people find support together.',
    needs: ['support-group'],
    audiences: [],
    modes: ['in-person'],
    cost: ['free'],
    languages: ['en'],
    scope: 'local',
    countries: ['US'],
    confidentialAddress: false,
    phones: [],
    assured_date: '2026-10',
    source: { name: 'test', url: 'https://example.org/', licence: 'test', retrieved: '2026-11' },
    ...north(1),
    ...extra,
  };
}

const search = (resources: Resource[], query: Partial<SearchQuery>) =>
  new Directory(resources, { now: NOW }).search({ needs: ['support-group'], near: AUSTIN, ...query });
const ids = (matches: Array<{ resource: Resource }>) => matches.map((m) => m.resource.id);

describe('Directory.search', () => {
  describe('ranking rules', () => {
    it('puts the nearer of two otherwise equal resources first', () => {
      const r = search([resource('far', north(8)), resource('near', north(2))], {});
      expect(ids(r.local)).to.deep.equal(['near', 'far']);
    });

    it('prefers the resource for the first asked need over one for a later need', () => {
      const r = search([resource('dv', { needs: ['domestic-violence'] }), resource('grief', { needs: ['grief'] })], {
        needs: ['grief', 'domestic-violence'],
      });
      expect(ids(r.local)).to.deep.equal(['grief', 'dv']);
    });

    it('requires what happened and only ranks the way of help: a recovery group is no answer to "grief group"', () => {
      const r = search(
        [
          resource('recovery-group', { needs: ['substance-use', 'support-group'] }),
          resource('grief-line', { needs: ['grief'] }),
          resource('grief-group', { needs: ['grief', 'support-group'] }),
        ],
        { needs: ['grief', 'support-group'] },
      );
      expect(ids(r.local)).to.deep.equal(['grief-group', 'grief-line']);
    });

    it('ranks general groups above topic-specific ones when only "a support group" is asked', () => {
      const r = search(
        [resource('recovery-group', { needs: ['substance-use', 'support-group'] }), resource('peer-group', { needs: ['support-group'] })],
        {
          needs: ['support-group'],
        },
      );
      expect(ids(r.local)).to.deep.equal(['peer-group', 'recovery-group']);
    });

    it('prefers a resource that covers more of the asked needs', () => {
      const r = search([resource('one', { needs: ['grief'] }), resource('both', { needs: ['grief', 'support-group'] })], {
        needs: ['grief', 'support-group'],
      });
      expect(ids(r.local)[0]).to.equal('both');
    });

    it('prefers the recently checked record', () => {
      const r = search([resource('stale', { assured_date: '2022-01' }), resource('fresh', { assured_date: '2026-09' })], {});
      expect(ids(r.local)).to.deep.equal(['fresh', 'stale']);
    });

    it('prefers the record whose words match the text', () => {
      const r = search([resource('plain'), resource('widows', { description: 'An evening circle for widows and widowers.' })], {
        text: 'widows evening',
      });
      expect(ids(r.local)[0]).to.equal('widows');
    });

    it('prefers the asked audience without excluding others', () => {
      const r = search([resource('all'), resource('vets', { audiences: ['veterans', 'families'] })], { filters: { audience: 'veterans' } });
      expect(ids(r.local)).to.deep.equal(['vets', 'all']);
    });

    it('lets a much nearer resource beat a slightly better text match', () => {
      const r = search([resource('near', north(0.5)), resource('wordy', { ...north(40), description: 'widows evening circle' })], {
        text: 'widows',
        radiusKm: 50,
      });
      expect(ids(r.local)[0]).to.equal('near');
    });

    it('scores need fit and recency as documented', () => {
      expect(needFit(['grief', 'support-group'], resource('x', { needs: ['support-group'] }))).to.equal(0.5);
      expect(recency('2026-01', NOW)).to.equal(1);
      expect(recency('2023-11', NOW)).to.equal(0);
      expect(recency('2024-11', NOW)).to.equal(0.5);
    });
  });

  describe('radius', () => {
    it('stays within the asked radius when enough are found there', () => {
      const r = search([resource('a', north(3)), resource('b', north(4)), resource('c', north(30))], { radiusKm: 10, limit: 2 });
      expect(r).to.include({ radiusKm: 10, widened: false });
      expect(ids(r.local)).to.deep.equal(['a', 'b']);
    });

    it('widens step by step until there are enough results, and says so', () => {
      const r = search([resource('a', north(3)), resource('b', north(35))], { radiusKm: 10, limit: 2 });
      expect(r).to.include({ radiusKm: 40, widened: true });
      expect(ids(r.local)).to.deep.equal(['a', 'b']);
    });

    it('stops widening at the cap', () => {
      const r = search([resource('a', north(3)), resource('very-far', north(400))], { radiusKm: 10, limit: 2 });
      expect(r.radiusKm).to.equal(200);
      expect(ids(r.local)).to.deep.equal(['a']);
    });

    it('reports the asked radius and no widening when nothing is found at all', () => {
      const r = search([resource('very-far', north(400))], { radiusKm: 10 });
      expect(r).to.deep.include({ local: [], radiusKm: 10, widened: false });
    });

    it('doubles from the asked radius up to the cap', () => {
      expect(radiusSteps(25, 200)).to.deep.equal([25, 50, 100, 200]);
      expect(radiusSteps(300, 200)).to.deep.equal([300]);
    });
  });

  describe('local and remote', () => {
    const national = resource('national', { scope: 'national', latitude: undefined, longitude: undefined });
    const online = resource('online', {
      scope: 'online',
      modes: ['online'],
      latitude: undefined,
      longitude: undefined,
      countries: ['US', 'GB'],
    });
    const otherCountry = resource('gb-only', { scope: 'national', countries: ['GB'], latitude: undefined, longitude: undefined });

    it('lists national and online resources apart from local ones', () => {
      const r = search([resource('local'), national, online, otherCountry], {});
      expect(ids(r.local)).to.deep.equal(['local']);
      expect(ids(r.remote)).to.have.members(['national', 'online']);
    });

    it("ranks the person's national service above an online one", () => {
      expect(ids(search([online, national], {}).remote)).to.deep.equal(['national', 'online']);
    });

    it('uses the country of the place, or the one asked', () => {
      expect(ids(search([national, otherCountry], { near: { lat: 51.5, lon: -0.12, country: 'GB' } }).remote)).to.deep.equal(['gb-only']);
      expect(ids(search([national, otherCountry], { near: null, country: 'GB' }).remote)).to.deep.equal(['gb-only']);
    });

    it('gives only remote results with no place', () => {
      const r = search([resource('local'), national], { near: null });
      expect(r).to.deep.include({ local: [], radiusKm: null, widened: false });
      expect(ids(r.remote)).to.deep.equal(['national']);
    });

    it('keeps resources of other needs out of both lists', () => {
      const r = search([resource('housing', { needs: ['housing'] }), resource('nat-housing', { scope: 'national', needs: ['housing'] })], {
        needs: ['grief'],
      });
      expect(r.local).to.deep.equal([]);
      expect(r.remote).to.deep.equal([]);
    });

    it('treats general-info as "anything"', () => {
      expect(ids(search([resource('housing', { needs: ['housing'] })], { needs: ['general-info'] }).local)).to.deep.equal(['housing']);
    });
  });

  describe('filters', () => {
    const paid = resource('paid', { cost: ['fee'] });
    const sliding = resource('sliding', { cost: ['sliding-scale'] });
    const free = resource('free', { cost: ['free'] });

    it('keeps only free resources when free is asked', () => {
      expect(ids(search([paid, sliding, free], { filters: { cost: 'free' } }).local)).to.deep.equal(['free']);
    });

    it('keeps a resource whose cost is not stated, after those that are stated free', () => {
      const unstated = resource('unstated', { cost: [] });
      expect(ids(search([paid, unstated, free], { filters: { cost: 'free' } }).local)).to.deep.equal(['free', 'unstated']);
    });

    it('accepts free ones when a sliding scale is asked', () => {
      expect(ids(search([paid, sliding, free], { filters: { cost: 'sliding-scale' } }).local)).to.have.members(['sliding', 'free']);
    });

    it('keeps only resources in the asked language', () => {
      const es = resource('es', { languages: ['en', 'es'] });
      expect(ids(search([free, es], { filters: { language: 'es' } }).local)).to.deep.equal(['es']);
    });

    it('skips local resources when the person wants online help, and ranks national ones reachable from home first', () => {
      const r = search(
        [
          free,
          resource('nat', { scope: 'national', modes: ['phone'] }),
          resource('nat-in-person', { scope: 'national', modes: ['in-person'] }),
        ],
        {
          filters: { mode: 'online' },
        },
      );
      expect(r.local).to.deep.equal([]);
      // A national network met in person (local chapters) still helps, after what works from home.
      expect(ids(r.remote)).to.deep.equal(['nat', 'nat-in-person']);
    });

    it('keeps only in-person local resources when in person is asked, but still lists national lines', () => {
      const r = search([free, resource('video', { modes: ['online'] }), resource('line', { scope: 'national', modes: ['phone'] })], {
        filters: { mode: 'in-person' },
      });
      expect(ids(r.local)).to.deep.equal(['free']);
      expect(ids(r.remote)).to.deep.equal(['line']);
    });
  });

  describe('reasons', () => {
    it('says need, distance and cost in a few words', () => {
      const [m] = search([resource('g', { needs: ['grief', 'support-group'], ...north(3.2) })], {
        needs: ['grief', 'support-group'],
      }).local;
      expect(m!.reason).to.equal('grief group, 3.2 km, free');
      expect(m!.distanceKm).to.be.closeTo(3.2, 0.05);
    });

    it('says national or online for remote resources', () => {
      const r = search([resource('n', { scope: 'national', needs: ['crisis-line'] })], { needs: ['crisis-line'] });
      expect(r.remote[0]!.reason).to.equal('crisis line, national (US), free');
    });

    it('finds a confidential-address shelter but puts no address, and only a rounded distance, in its reason', () => {
      const shelter = resource('shelter', {
        needs: ['domestic-violence', 'housing'],
        confidentialAddress: true,
        address: { address_1: '12 Hidden Lane', city: 'Austin', state_province: 'TX', postal_code: '78701', country: 'US' },
        ...north(3.26),
      });
      const [m] = search([shelter], { needs: ['domestic-violence'] }).local;
      expect(m!.resource.id).to.equal('shelter');
      expect(m!.reason).to.equal('domestic violence support, about 3 km, free');
      expect(m!.reason).to.not.match(/Hidden|78701|Austin/);
    });
  });

  it('returns at most `limit` of each list', () => {
    const many = Array.from({ length: 12 }, (_, i) => resource(`r${i}`, north(1 + i)));
    const nationals = Array.from({ length: 8 }, (_, i) => resource(`n${i}`, { scope: 'national' }));
    const r = search([...many, ...nationals], { limit: 3 });
    expect(r.local).to.have.length(3);
    expect(r.remote).to.have.length(3);
  });

  it('knows its size and finds a record by id', () => {
    const d = new Directory([resource('a'), resource('b')]);
    expect(d.size).to.equal(2);
    expect(d.get('b')?.id).to.equal('b');
    expect(d.get('zzz')).to.equal(undefined);
  });
});
