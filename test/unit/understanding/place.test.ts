import { expect } from 'chai';
import { resolvePlace, resolvePlaceCandidates, wantsOnline } from '../../../src/understanding/place';
import type { Place } from '../../../src/understanding/types';

const label = (p: Place | null) => (p ? `${p.name}|${p.region ?? ''}|${p.country}` : 'null');

describe('resolvePlace', () => {
  const table = (title: string, cases: Array<[string, string]>) =>
    describe(title, () => {
      for (const [text, expected] of cases) {
        it(`"${text}" → ${expected}`, () => {
          expect(label(resolvePlace(text))).to.equal(expected);
        });
      }
    });

  table('months and days are times, not towns, unless a region is named with them', [
    ['my husband died in march and i cant cope', 'null'],
    ['mi esposo murió en mayo', 'null'],
    ['the group meets on monday', 'null'],
    ['I live in March, England', 'March||GB'],
  ]);

  table('US ZIP codes', [
    ['94110', 'San Francisco|CA|US'],
    ['my zip is 02116', 'Boston|MA|US'],
    ['10001-1234', 'New York City|NY|US'],
    ['00000', 'null'],
  ]);
  table('Canadian postal codes and prefixes', [
    ['M5V 3L9', 'Toronto|ON|CA'],
    ['k1p', 'Ottawa|ON|CA'],
    ['postal code T2P', 'Calgary|AB|CA'],
  ]);
  table('misspellings, ranked by population', [
    ['sna fransisco', 'San Francisco|CA|US'],
    ['Pittsburg', 'Pittsburgh|PA|US'],
    ['clevland ohio', 'Cleveland|OH|US'],
    ['albequerque', 'Albuquerque|NM|US'],
    ['tuscon', 'Tucson|AZ|US'],
  ]);
  table('nicknames and exonyms', [
    ['NYC', 'New York City|NY|US'],
    ['anything in LA?', 'Los Angeles|CA|US'],
    ['Philly', 'Philadelphia|PA|US'],
    ['DC', 'Washington|DC|US'],
    ['londres', 'London||GB'],
    ['cdmx', 'Mexico City|CMX|MX'],
  ]);
  table('"City, ST" and a region or country after the name', [
    ['Austin, TX', 'Austin|TX|US'],
    ['Portland, ME', 'Portland|ME|US'],
    ['springfield, missouri', 'Springfield|MO|US'],
    ['london ontario', 'London|ON|CA'],
    ['birmingham al', 'Birmingham|AL|US'],
    ['perth australia', 'Perth|WA|AU'],
    ['victoria bc', 'Victoria|BC|CA'],
  ]);
  table('Spanish phrasing', [
    ['vivo en Nueva York', 'New York City|NY|US'],
    ['estoy en houston', 'Houston|TX|US'],
    ['cerca de miami', 'Miami|FL|US'],
    ['en guadalajara jalisco', 'Guadalajara|JAL|MX'],
  ]);
  table('no place', [
    ['near me', 'null'],
    ['cerca de mí', 'null'],
    ['online is fine', 'null'],
    ['I need a grief support group', 'null'],
    ['within 10 miles', 'null'],
  ]);
  table('a name the person gives for themselves is not a place', [
    ['my name is austin', 'null'],
    ['hi, my name is Austin and I need a grief group', 'null'],
    ['soy Victoria', 'null'],
    ['me llamo Dallas', 'null'],
    ['call me Phoenix', 'null'],
    ['my name is Sam and I live in Austin', 'Austin|TX|US'],
  ]);
  table('states, provinces and counties are regions, at their centre', [
    ['i live in texas', 'Texas|TX|US'],
    ['new york state', 'New York|NY|US'],
    ['Harris County, TX', 'Harris County|TX|US'],
    ['orange county ca', 'Orange County|CA|US'],
    ['en el estado de jalisco', 'Jalisco|JAL|MX'],
    ['ontario', 'Ontario|ON|CA'],
  ]);
  table('UK postcodes and outward codes, Eircodes and routing keys, Australian postcodes', [
    ['SW1A 1AA', 'London||GB'],
    ['my postcode is M1 1AE', 'Manchester||GB'],
    ['LS6', 'Leeds||GB'],
    ['in EH1', 'Edinburgh||GB'],
    ['D02 X285', 'Dublin||IE'],
    ['T12', 'Cork||IE'],
    ['postcode 3000', 'Melbourne|VIC|AU'],
    ['2000 nsw', 'Sydney|NSW|AU'],
    ['i was abused in 2019', 'null'],
    ['I need B12 injections', 'null'],
  ]);
  table('nicknames and abbreviations per country, names as each language writes them', [
    ['okc', 'Oklahoma City|OK|US'],
    ['the toon', 'Newcastle upon Tyne||GB'],
    ['welly', 'Wellington||NZ'],
    ['brissie', 'Brisbane|QLD|AU'],
    ['yyc', 'Calgary|AB|CA'],
    ['gdl', 'Guadalajara|JAL|MX'],
    ['Londres', 'London||GB'],
    ['Filadelfia', 'Philadelphia|PA|US'],
    ['Sídney', 'Sydney|NSW|AU'],
  ]);
  it('reads a region with its reach, and a county shared by several states as ambiguous', () => {
    const texas = resolvePlace('texas')!;
    expect(texas.kind).to.equal('region');
    expect(texas.extentKm).to.be.within(100, 450);
    const orange = resolvePlace('orange county')!;
    expect(orange.region).to.equal('CA');
    expect(orange.alternatives?.map((p) => p.region)).to.include('FL');
  });
  table('typos and small towns inside a sentence need a cue or a region', [
    ['my wife hurts me', 'null'],
    ['people meet up and talk', 'null'],
    ['mi esposo me maltrata', 'null'],
    ['Maltrata', 'Maltrata|VER|MX'],
    ['grief group in hurst', 'Hurst|TX|US'],
    ['recovering from heroin', 'null'],
  ]);
  table('a state named after its city reads as the city', [
    ['puebla', 'Puebla|PUE|MX'],
    ['quebec', 'Québec|QC|CA'],
  ]);
  table('town names that are everyday words need a cue or a region', [
    ["I've been reading about grief groups", 'null'],
    ['a support group in Reading', 'Reading||GB'],
    ['sobre la mesa', 'null'],
    ['mesa az', 'Mesa|AZ|US'],
  ]);

  describe('ambiguity', () => {
    it('offers the other Portland when the name alone is given', () => {
      const p = resolvePlace('portland')!;
      expect(label(p)).to.equal('Portland|OR|US');
      expect(p.alternatives?.map(label)).to.include('Portland|ME|US');
    });

    it('offers every sizeable Springfield, most likely first', () => {
      const p = resolvePlace('i live in springfield')!;
      const all = [p, ...(p.alternatives ?? [])].map(label);
      expect(all).to.include.members(['Springfield|MO|US', 'Springfield|MA|US', 'Springfield|IL|US']);
    });

    it('does not ask when a region settles it', () => {
      expect(resolvePlace('Portland, ME')!.alternatives).to.equal(undefined);
    });

    it('does not ask when the other places are tiny beside the top one', () => {
      expect(resolvePlace('london')!.alternatives).to.equal(undefined);
    });

    it('reads a name spelt right as itself, not as a typo of a bigger city ("Derry" is not Derby)', () => {
      expect(label(resolvePlace('derry'))).to.equal('Derry||GB');
    });

    it('offers the exact small town when a typo reading of a big city wins ("Pittsburg")', () => {
      expect(resolvePlace('Pittsburg')!.alternatives?.map(label)).to.include('Pittsburg|CA|US');
    });

    it('does not offer a far smaller namesake abroad (Boston, UK beside Boston, MA)', () => {
      expect(resolvePlace('boston')!.alternatives).to.equal(undefined);
    });

    it("offers only places in the person's own country when the top one is there", () => {
      const all = resolvePlace('birmingham', { country: 'GB' })!;
      expect(all.country).to.equal('GB');
      expect(all.alternatives).to.equal(undefined);
      expect(resolvePlace('birmingham')!.alternatives?.map(label)).to.include('Birmingham|AL|US');
    });

    it('lets a country hint (from the locale) prefer that country', () => {
      expect(label(resolvePlace('sydney', { country: 'CA' }))).to.equal('Sydney|NSW|AU');
      expect(label(resolvePlace('birmingham', { country: 'US' }))).to.equal('Birmingham||GB');
      expect(resolvePlaceCandidates('birmingham', { country: 'US' })[1]!.place.region).to.equal('AL');
    });
  });
});

describe('wantsOnline', () => {
  for (const [text, online] of [
    ['online is fine', true],
    ['por teléfono', true],
    ['a video call would be easier', true],
    ['in Austin', false],
  ] as const) {
    it(`says ${online} for "${text}"`, () => expect(wantsOnline(text)).to.equal(online));
  }
});
