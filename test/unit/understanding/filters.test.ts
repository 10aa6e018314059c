import { expect } from 'chai';
import { detectFilters } from '../../../src/understanding/filters';
import type { Filters } from '../../../src/understanding/types';

describe('detectFilters', () => {
  const cases: Array<[string, 'en' | 'es', Filters]> = [
    ['grief group, free if possible', 'en', { cost: 'free' }],
    ['therapist on a sliding scale', 'en', { cost: 'sliding-scale' }],
    ['counselling that takes medicaid', 'en', { cost: 'insurance' }],
    ['online please', 'en', { mode: 'online' }],
    ['in person, not online', 'en', { mode: 'in-person' }],
    ['can we do it by phone', 'en', { mode: 'phone' }],
    ['a therapist who speaks spanish', 'en', { language: 'es' }],
    ['terapia en español, gratis y en línea', 'es', { cost: 'free', mode: 'online', language: 'es' }],
    ['a group for veterans', 'en', { audience: 'veterans' }],
    ['grupo para mujeres', 'es', { audience: 'women' }],
    ['help for my teenager', 'en', { audience: 'teens' }],
    ['one on one, not a group', 'en', { format: 'one-to-one' }],
    ['grief counselling in a group setting', 'en', { format: 'group' }],
    ['my husband hits me', 'en', {}],
  ];
  for (const [text, lang, filters] of cases) {
    it(`reads "${text}" as ${JSON.stringify(filters)}`, () => {
      expect(detectFilters(text, lang)).to.deep.equal(filters);
    });
  }
});
