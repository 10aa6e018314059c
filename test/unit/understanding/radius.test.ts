import { expect } from 'chai';
import { parseRadiusKm } from '../../../src/understanding/radius';

describe('parseRadiusKm', () => {
  const cases: Array<[string, 'en' | 'es', number | null]> = [
    ['within 10 miles', 'en', 16.1],
    ['15 km', 'en', 15],
    ['anything in 25mi?', 'en', 40.2],
    ['10k from me', 'en', 10],
    ['a menos de diez millas', 'es', 16.1],
    ['hasta 20 kilómetros', 'es', 20],
    ['grief group in austin', 'en', null],
    ['within 2000 miles', 'en', null],
    ['no more than 30 minutes away', 'en', null],
  ];
  for (const [text, lang, km] of cases) {
    it(`reads "${text}" as ${km === null ? 'no radius' : `${km} km`}`, () => {
      expect(parseRadiusKm(text, lang)).to.equal(km);
    });
  }
});
