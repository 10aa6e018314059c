import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisDetector } from '../../../src/safety/crisisDetector';
import { CrisisLexiconError, parseCrisisLexicon } from '../../../src/safety/crisisLexicon';
import { CRISIS_DATA_DIR, loadCrisisLanguages, shippedCrisisLanguages } from '../../../src/safety/shippedLexicons';

/** A third language written as data only: the loader and detector need no change for it. */
const french = {
  lang: 'fr',
  stopwords: ['je', 'ne', 'pas', 'plus', 'veux', 'mon', 'est', 'une', 'le', 'la'],
  rewrites: { chui: 'je suis' },
  sets: { MOURIR: ['mourir', 'crever', 'en finir'] },
  groups: { idiom: ['mourir de rire'], 'third-person': ['mon ami', 'mon amie', 'il', 'elle'], 'first-person': ['je'] },
  entries: [
    { kind: 'suicide', match: 'phrase', text: 'veux|voudrais @MOURIR', direct: true },
    { kind: 'suicide', match: 'phrase', text: 'me_suicider|me_tuer' },
    { kind: 'abuse-now', match: 'phrase', text: 'mon mari|copain me frappe|bat' },
  ],
};

describe('crisis lexicons', () => {
  it('ships English and Spanish lexicons that parse and compile', () => {
    const languages = loadCrisisLanguages(CRISIS_DATA_DIR);
    expect(languages.map((l) => l.lexicon.lang)).to.include.members(['en', 'es']);
    expect(() => new CrisisDetector(languages)).to.not.throw();
    expect(shippedCrisisLanguages().problems).to.deep.equal([]);
  });

  describe('a third language is a data change', () => {
    it('detects French once a French lexicon is loaded, typos and idioms included', () => {
      const detector = new CrisisDetector([...shippedCrisisLanguages().languages, { lexicon: parseCrisisLexicon(french, 'fr.json') }]);
      expect(detector.detect('je veux mourir').kinds).to.deep.equal(['suicide']);
      expect(detector.detect('je veux mouuuurir').kinds).to.deep.equal(['suicide']);
      expect(detector.detect('je voudrais en finir').kinds).to.deep.equal(['suicide']);
      expect(detector.detect('mon mari me frappe').kinds).to.deep.equal(['abuse-now']);
      expect(detector.detect('je suis mort de rire, je veux mourir de rire').detected).to.equal(false);
      // French is not (yet) a language Kindred replies in, so the signal keeps the locale's language.
      expect(detector.detect('je veux mourir', 'fr-FR').lang).to.equal('en');
    });

    it('picks up a new <lang>.json dropped into the data folder', () => {
      const dir = mkdtempSync(join(tmpdir(), 'kindred-crisis-'));
      try {
        writeFileSync(join(dir, 'fr.json'), JSON.stringify(french));
        writeFileSync(join(dir, 'fr.realwords.json'), JSON.stringify(['moulin']));
        const { languages, problems } = shippedCrisisLanguages(dir);
        expect(problems).to.deep.equal([]);
        expect(languages.map((l) => l.lexicon.lang)).to.deep.equal(['en', 'es', 'fr']);
        expect(new CrisisDetector(languages).detect('je veux me suicider').detected).to.equal(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reports a broken extra file as a problem and still comes up with English and Spanish', () => {
      const dir = mkdtempSync(join(tmpdir(), 'kindred-crisis-'));
      try {
        writeFileSync(join(dir, 'fr.json'), JSON.stringify({ ...french, entries: [] }));
        const { languages, problems } = shippedCrisisLanguages(dir);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.match(/^fr\.json: entries/);
        expect(languages.map((l) => l.lexicon.lang)).to.deep.equal(['en', 'es']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('names what is wrong in a bad file', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['an unknown kind', { ...french, entries: [{ kind: 'sadness', match: 'phrase', text: 'triste' }] }, /^fr\.json: entries\.0\.kind/],
      [
        'an unknown group',
        { ...french, entries: [{ kind: 'suicide', match: 'phrase', text: 'x', requires: ['nope'] }] },
        /unknown group "nope"/,
      ],
      ['a missing language code', { ...french, lang: 'French' }, /^fr\.json: lang/],
    ];
    for (const [what, json, message] of cases) {
      it(`rejects ${what}`, () => {
        expect(() => parseCrisisLexicon(json, 'fr.json')).to.throw(CrisisLexiconError, message);
      });
    }
    it('rejects an unknown set when compiling', () => {
      const bad = parseCrisisLexicon({ ...french, entries: [{ kind: 'suicide', match: 'phrase', text: '@NOPE mourir' }] }, 'fr.json');
      expect(() => new CrisisDetector([{ lexicon: bad }])).to.throw(CrisisLexiconError, /fr\.json: entries\.0: unknown set "@NOPE"/);
    });
  });
});
