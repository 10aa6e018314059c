import { expect } from 'chai';
import { Gazetteer } from '../../../src/understanding/gazetteer';
import { readGazetteerData, readPlaceAliases, type GazetteerData } from '../../../src/understanding/gazetteerData';

const tiny: GazetteerData = {
  about: 'test',
  cities: {
    name: ['Springfield', 'Springfield', 'Hope'],
    country: ['US', 'US', 'US'],
    region: ['MO', 'IL', 'AR'],
    lat: [37.2, 39.8, 33.7],
    lon: [-93.3, -89.6, -93.6],
    pop: [166810, 116565, 9891],
  },
  everydayNameCities: [2],
  everydayWords: [],
  regions: { country: ['US'], code: ['MO'], lat: [38.5], lon: [-92.5], extentKm: [200] },
  counties: { name: ['Greene County'], region: ['MO'], lat: [37.2], lon: [-93.3], extentKm: [30], weight: [20] },
};
const noAliases = {
  regions: { US: { MO: ['missouri'] } },
  countries: { US: ['usa'] },
  renames: {},
  nicknames: {},
  cues: { before: ['in'] },
  nameIntro: { before: ['my name is'] },
  nearMe: { phrases: ['near me'] },
  postcodeAreas: { GB: {}, IE: {} },
  everydayNames: { always: [] },
  calendarWords: { words: [] },
};

describe('Gazetteer', () => {
  it('loads the shipped data for every country Kindred serves', () => {
    const g = Gazetteer.shared();
    expect(g.cityCount).to.be.greaterThan(20_000);
    const data = readGazetteerData();
    expect(new Set(data.cities.country)).to.include.all.keys('US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'MX');
  });

  it('resolves every nickname in aliases.json (the constructor throws otherwise)', () => {
    expect(() => new Gazetteer(readGazetteerData(), readPlaceAliases())).to.not.throw();
  });

  it('names a nickname that points nowhere', () => {
    const aliases = { ...noAliases, nicknames: { US: [{ alias: 'nowhere', place: 'Atlantis|XX' }] } };
    expect(() => new Gazetteer(tiny, aliases)).to.throw(/nowhere.*Atlantis/);
  });

  it('finds every city of a name, most populous first, and knows everyday names', () => {
    const g = new Gazetteer(tiny, noAliases, () => {
      throw new Error('no postcodes in this test');
    });
    expect(g.exact('springfield', 'springfield').map((r) => g.place(r.index).region)).to.deep.equal(['MO', 'IL']);
    expect(g.hasEverydayName(2)).to.equal(true);
    expect(g.regions('missouri')).to.deep.equal([{ country: 'US', region: 'MO' }]);
  });

  it('finds a city one typo away, but not an exact name again', () => {
    const g = new Gazetteer(tiny, noAliases, () => ({}) as never);
    expect(g.near('springfeld').map((r) => r.edits)).to.deep.equal([1, 1]);
    expect(g.near('springfield')).to.deep.equal([]);
  });
});
