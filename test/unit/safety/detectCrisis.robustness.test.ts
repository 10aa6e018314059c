import { expect } from 'chai';
import fc from 'fast-check';
import { detectCrisis } from '../../../src/safety/detectCrisis';
import { CRISIS_KINDS } from '../../../src/safety/types';

/** Any UTF-16 code unit, lone surrogates included: the junk a broken client can send. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

function isWellFormed(signal: ReturnType<typeof detectCrisis>): boolean {
  return (
    typeof signal.detected === 'boolean' &&
    signal.detected === signal.kinds.length > 0 &&
    signal.detected === (signal.level === 'crisis' || signal.level === 'emergency') &&
    Array.isArray(signal.signals) &&
    signal.kinds.every((k) => (CRISIS_KINDS as readonly string[]).includes(k)) &&
    (signal.lang === 'en' || signal.lang === 'es')
  );
}

describe('detectCrisis never throws', () => {
  it('on any string of code points from every Unicode plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.string({ maxLength: 12 })), (text, locale) => {
        expect(isWellFormed(detectCrisis(text, locale))).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), (text) => {
        expect(isWellFormed(detectCrisis(text))).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on printable graphemes mixed with crisis words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
        const signal = detectCrisis(`${a} i want to kill myself ${b}`);
        expect(isWellFormed(signal)).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('on 100 kB of random text, empty text and non-strings', () => {
    const junk = fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 42 })[0] ?? '';
    expect(isWellFormed(detectCrisis(junk))).to.equal(true);
    expect(detectCrisis('')).to.deep.equal({ detected: false, level: 'none', kinds: [], signals: [], lang: 'en' });
    for (const odd of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(isWellFormed(detectCrisis(odd as unknown as string, odd as unknown as string))).to.equal(true);
    }
  });

  it('on a 1 MB message, still hearing its last words', () => {
    const text = `${'blah '.repeat(200_000)} i want to kill myself`;
    expect(detectCrisis(text).kinds).to.include('suicide');
  });
});
