import { expect } from 'chai';
import fc from 'fast-check';
import { detectCrisis } from '../../../src/safety/detectCrisis';
import { parseFrame } from '../../../src/understanding/parseFrame';
import { resolvePlace } from '../../../src/understanding/place';

// Every Unicode code point, lone surrogates included; `npm run fuzz` runs thousands more.
const anyString = fc.string({ unit: 'binary', maxLength: 500 });
const hugeString = fc.string({ unit: 'binary', minLength: 90_000, maxLength: 100_000 });
const anyLocale = fc.option(fc.oneof(fc.constantFrom('en-US', 'es-MX', 'es', 'fr-FR', '', 'zz'), fc.string({ maxLength: 12 })), {
  nil: undefined,
});

describe('the core never throws, whatever the text (fast-check)', () => {
  const cases: Array<[string, fc.Arbitrary<string>, number]> = [
    ['any string', anyString, 400],
    ['strings of about 100 kB', hugeString, 8],
  ];
  for (const [what, text, numRuns] of cases) {
    it(`detectCrisis answers a signal for ${what}`, () => {
      fc.assert(
        fc.property(text, anyLocale, (t, locale) => {
          const signal = detectCrisis(t, locale);
          expect(signal.detected).to.be.a('boolean');
          expect(signal.kinds).to.be.an('array');
        }),
        { numRuns },
      );
    });

    it(`resolvePlace and parseFrame answer for ${what}`, () => {
      fc.assert(
        fc.property(text, anyLocale, (t, locale) => {
          resolvePlace(t);
          expect(parseFrame(t, locale)).to.have.property('needs');
        }),
        { numRuns },
      );
    });
  }

  it('still finds a crisis phrase with any text around it', () => {
    fc.assert(
      fc.property(anyString, anyString, (before, after) => {
        expect(detectCrisis(`${before} i want to kill myself ${after}`, 'en-US').detected).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });
});
