import { expect } from 'chai';
import type { Lang } from '../../../src/i18n/lang';
import { detectNeeds, scoreNeeds } from '../../../src/understanding/needs';
import type { NeedId } from '../../../src/understanding/types';

describe('detectNeeds', () => {
  const firstNeed: Array<[Lang, string, NeedId]> = [
    ['en', 'my mom died last month', 'grief'],
    ['en', 'im a vet with ptsd', 'veterans-ptsd'],
    ['en', 'my partner yells at me and controls the money', 'domestic-violence'],
    ['en', 'i was raped', 'sexual-assault'],
    ['en', 'i need a lawyer', 'legal-aid'],
    ['en', 'homeless shelter', 'housing'],
    ['en', 'i keep relapsing', 'substance-use'],
    ['es', 'perdí a mi esposo', 'grief'],
    ['es', 'mi pareja me pega', 'domestic-violence'],
    ['es', 'necesito un abogado', 'legal-aid'],
    ['es', 'abusaron de mí cuando era niño', 'child-abuse-survivor'],
    ['es', 'soy lesbiana y necesito hablar', 'lgbtq'],
  ];
  for (const [lang, text, need] of firstNeed) {
    it(`reads "${text}" (${lang}) as ${need} first`, () => {
      expect(detectNeeds(text, lang)[0]).to.equal(need);
    });
  }

  const typos: Array<[Lang, string, NeedId]> = [
    ['en', 'greif counseling', 'grief'],
    ['en', 'support groop', 'support-group'],
    ['en', 'domestic violance help', 'domestic-violence'],
    ['en', 'vetran looking for help', 'veterans-ptsd'],
    ['es', 'violensia domestica', 'domestic-violence'],
    ['es', 'sicologo', 'therapy'],
  ];
  for (const [lang, text, need] of typos) {
    it(`forgives the typo in "${text}"`, () => {
      expect(detectNeeds(text, lang)).to.include(need);
    });
  }

  it('puts what happened before the way of getting help ("grief group" is grief, met by a group)', () => {
    expect(detectNeeds('grief group', 'en')).to.deep.equal(['grief', 'support-group']);
  });

  it('reads the other language too, when people mix them', () => {
    expect(detectNeeds('busco un grief group', 'es')).to.include('grief');
  });

  it('gives general-info only when nothing more specific fits', () => {
    expect(detectNeeds('help', 'en')).to.deep.equal(['general-info']);
    expect(detectNeeds('help with my drinking', 'en')).to.not.include('general-info');
  });

  it('does not read a correctly spelt word as a typo of another ("duelo" is not "dueño")', () => {
    expect(detectNeeds('grupo de duelo', 'es')).to.not.include('housing');
  });

  it('does not stem "cortó" (cut) into "corte" (court)', () => {
    expect(detectNeeds('mi hijo se cortó', 'es')).to.not.include('legal-aid');
  });

  it('finds co-occurring words in any order ("partner" … "controls")', () => {
    expect(detectNeeds('he controls everything, my partner i mean', 'en')).to.include('domestic-violence');
  });

  it('returns nothing for a message with no need in it', () => {
    expect(detectNeeds('hello there', 'en')).to.deep.equal([]);
  });

  it('scores a longer phrase above a single word', () => {
    const [first] = scoreNeeds('sexual assault', 'en');
    const [single] = scoreNeeds('assaulted', 'en');
    expect(first!.score).to.be.greaterThan(single!.score);
  });
});
