import { expect } from 'chai';
import {
  collapseRuns,
  emojiPatternFor,
  foldCrisisText,
  squeeze,
  tokeniseCrisisText,
  type TokeniserTables,
} from '../../../src/safety/crisisTokens';

const tables: TokeniserTables = {
  leet: new Map([
    ['1', ['i', 'l']],
    ['3', ['e', '']],
    ['0', ['o', '']],
    ['$', ['s', '']],
    ['@', ['a', '']],
    ['!', ['i', '']],
  ]),
  emoji: new Map([['💊', 0]]),
};
const words = (text: string): string[] =>
  tokeniseCrisisText(foldCrisisText(text, tables, emojiPatternFor(tables.emoji.keys())), tables).map((t) => t.text);

describe('crisis tokens', () => {
  const cases: Array<[string, string[]]> = [
    ['I’M Déjà-vu', ['im', 'deja', 'vu']],
    ["don't", ['dont']],
    ['k1ll mys3lf', ['kill', 'myself']],
    ['$uicide', ['suicide']],
    ['h@ng', ['hang']],
    ['k!ll', ['kill']],
    ['die!!!', ['die']],
    ['@friend', ['friend']],
    ['k.i.l.l', ['kill']],
    ['s-u-i-c-i-d-e', ['suicide']],
    ['sooooo', ['so']],
    ['took 30 pills', ['took', '30', 'pills']],
    ['im 12yo', ['im', '12', 'yo']],
    ['30mg', ['30', 'mg']],
    ['💊💊bye', ['~0', '~0', 'bye']],
    ['ｆｕｌｌ', ['full']],
    ['аbuse', ['abuse']], // Cyrillic а
    ['a\u200bb', ['ab']],
  ];
  for (const [input, expected] of cases) {
    it(`reads "${input}" as ${expected.join(' ')}`, () => {
      expect(words(input)).to.deep.equal(expected);
    });
  }

  it('keeps the second reading of an ambiguous leet word', () => {
    const [token] = tokeniseCrisisText('ki11', tables);
    expect(token?.text).to.equal('ki');
    expect(token?.alt).to.equal('kill');
  });

  it('numbers sentences at . ! ? and line breaks', () => {
    const tokens = tokeniseCrisisText('one two. three\nfour', tables);
    expect(tokens.map((t) => t.sentence)).to.deep.equal([0, 0, 1, 2]);
  });

  it('collapses emphasis but keeps double letters for exact words; squeezes for fuzzy keys', () => {
    expect(collapseRuns('kmssss')).to.equal('kms');
    expect(collapseRuns('odd')).to.equal('odd');
    expect(squeeze('kill')).to.equal('kil');
  });
});
