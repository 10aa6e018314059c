import { expect } from 'chai';
import { boundedEditDistance, typoBudget } from '../../../src/understanding/editDistance';
import { messageTokens } from '../../../src/understanding/messageTokens';
import { foldText, placeKey } from '../../../src/understanding/normalise';
import { stem } from '../../../src/understanding/stem';

describe('text primitives', () => {
  it('folds accents, case, apostrophes and punctuation', () => {
    expect(foldText("  I'm in Montréal, ¿vale?  ")).to.equal('im in montreal vale');
  });

  it('gives Saint/St. and Mount/Mt one place key', () => {
    expect(placeKey('St. Louis')).to.equal(placeKey('Saint Louis'));
    expect(placeKey('Mount Vernon')).to.equal(placeKey('mt vernon'));
  });

  it('keeps the typed case beside the folded word', () => {
    expect(messageTokens('near L.A., señor')).to.deep.equal([
      { raw: 'near', folded: 'near' },
      { raw: 'L', folded: 'l' },
      { raw: 'A', folded: 'a' },
      { raw: 'senor', folded: 'senor' },
    ]);
  });

  const distances: Array<[string, string, number, number]> = [
    ['sna', 'san', 2, 1],
    ['fransisco', 'francisco', 2, 1],
    ['pittsburg', 'pittsburgh', 2, 1],
    ['cincinatti', 'cincinnati', 2, 2],
    ['boston', 'austin', 2, 3],
  ];
  for (const [a, b, max, expected] of distances) {
    it(`counts "${a}" → "${b}" as ${expected > max ? 'over the bound' : `${expected} edit(s)`}`, () => {
      expect(boundedEditDistance(a, b, max)).to.equal(expected);
    });
  }

  it('allows no typo in short words, one in middling words, two in long ones', () => {
    expect([typoBudget(4), typoBudget(5), typoBudget(8), typoBudget(9)]).to.deep.equal([0, 1, 1, 2]);
  });

  it('stems English and Spanish inflections to one form and leaves short words alone', () => {
    expect(stem('relapsing')).to.equal(stem('relapse'));
    expect(stem('abusaron')).to.equal(stem('abuso'));
    expect(stem('gay')).to.equal('gay');
  });
});
