import { expect } from 'chai';
import { boundedDistance, FuzzyVocabulary } from '../../../src/safety/fuzzyVocabulary';

describe('FuzzyVocabulary', () => {
  const vocabulary = new FuzzyVocabulary(['olive']);
  const words = ['myself', 'suicidal', 'overdosed', 'want', 'give', 'alive'];
  const ids = new Map(words.map((w) => [w, vocabulary.add(w)]));
  const table: Array<[string, string | null, string]> = [
    ['myself', 'myself', 'exact'],
    ['myslef', 'myself', 'a swap of neighbours'],
    ['mysef', 'myself', 'a missing letter'],
    ['suicdal', 'suicidal', 'one edit at 8 letters'],
    ['ovredoesd', 'overdosed', 'two edits at 9 letters'],
    ['wnat', 'want', 'a swap in a 4-letter word'],
    ['live', null, 'a substitution in a 4-letter word ("live" is not "give")'],
    ['olive', null, 'a protected real word'],
    ['suicxxal', null, 'two edits at 8 letters'],
  ];
  for (const [query, expected, why] of table) {
    it(`${expected ? 'matches' : 'does not match'} "${query}" (${why})`, () => {
      const found = vocabulary.lookup(query);
      if (expected === null) expect(found).to.deep.equal([]);
      else expect(found).to.include(ids.get(expected));
    });
  }

  it('measures distance with a bound', () => {
    expect(boundedDistance('abcd', 'abdc', 1)).to.equal(1);
    expect(boundedDistance('kitten', 'sitting', 3)).to.equal(3);
    expect(boundedDistance('kitten', 'sitting', 1)).to.equal(2);
  });
});
