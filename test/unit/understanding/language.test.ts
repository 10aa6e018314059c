import { expect } from 'chai';
import { detectLanguage } from '../../../src/understanding/language';

describe('detectLanguage', () => {
  const cases: Array<[string, 'en' | 'es' | null]> = [
    ['I need a support group near me', 'en'],
    ['necesito un grupo de apoyo cerca de mi casa', 'es'],
    ['¿dónde hay terapia?', 'es'],
    ['me violaron y no sé qué hacer', 'es'],
    ['seattle', null],
    ['', null],
  ];
  for (const [text, lang] of cases) {
    it(`says ${String(lang)} for "${text}"`, () => {
      expect(detectLanguage(text)).to.equal(lang);
    });
  }
});
