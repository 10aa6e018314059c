import { expect } from 'chai';
import type { Lang } from '../../../src/i18n';
import { composeSafetyFollowUp, describesHiding, interpretSafetyAnswer, type SafetyAnswer } from '../../../src/safety/safetyAnswer';

describe('interpretSafetyAnswer', () => {
  // [what the person typed, conversation language, how it must be read]
  const table: Array<[string, Lang, SafetyAnswer]> = [
    // English: clear yes
    ['yes', 'en', 'safe'],
    ['Yes, I’m safe', 'en', 'safe'],
    ['YES!!!', 'en', 'safe'],
    ['yeah', 'en', 'safe'],
    ['yep', 'en', 'safe'],
    ['I am safe', 'en', 'safe'],
    ['im ok', 'en', 'safe'],
    ["I'm fine", 'en', 'safe'],
    ["I'm not in danger", 'en', 'safe'],
    // English: any sign of no
    ['no', 'en', 'unsafe'],
    ["No, I'm not safe", 'en', 'unsafe'],
    ['nope', 'en', 'unsafe'],
    ['nah', 'en', 'unsafe'],
    ['not really', 'en', 'unsafe'],
    ['not at all', 'en', 'unsafe'],
    ["I don't think so", 'en', 'unsafe'],
    ["he's here", 'en', 'unsafe'],
    ['i am scared', 'en', 'unsafe'],
    ['help', 'en', 'unsafe'],
    ["yes I'm safe but he is coming back", 'en', 'unsafe'],
    // English: hedged or unreadable
    ['kind of', 'en', 'unclear'],
    ['idk', 'en', 'unclear'],
    ['I dont know', 'en', 'unclear'],
    ["I'm not sure", 'en', 'unclear'],
    ['not sure', 'en', 'unclear'],
    ['maybe', 'en', 'unclear'],
    ['i think so', 'en', 'unclear'],
    ['for now', 'en', 'unclear'],
    ["I'm safe for now", 'en', 'unclear'],
    ['yes and no', 'en', 'unclear'],
    ["no I'm safe", 'en', 'unclear'],
    ['🙂', 'en', 'unclear'],
    ['', 'en', 'unclear'],
    // Spanish: clear yes
    ['sí', 'es', 'safe'],
    ['si', 'es', 'safe'],
    ['Sí, estoy a salvo', 'es', 'safe'],
    ['estoy bien', 'es', 'safe'],
    ['claro', 'es', 'safe'],
    ['ya no estoy en peligro', 'es', 'safe'],
    // Spanish: any sign of no
    ['no', 'es', 'unsafe'],
    ['No estoy a salvo', 'es', 'unsafe'],
    ['no estoy bien', 'es', 'unsafe'],
    ['para nada', 'es', 'unsafe'],
    ['no mucho', 'es', 'unsafe'],
    ['creo que no', 'es', 'unsafe'],
    ['tengo miedo', 'es', 'unsafe'],
    ['ayuda', 'es', 'unsafe'],
    // Spanish: hedged
    ['no sé', 'es', 'unclear'],
    ['no lo se', 'es', 'unclear'],
    ['más o menos', 'es', 'unclear'],
    ['no estoy segura', 'es', 'unclear'],
    ['tal vez', 'es', 'unclear'],
    ['creo que sí', 'es', 'unclear'],
    ['por ahora sí', 'es', 'unclear'],
    // A yes that describes hiding, being shut in or trapped, or waiting for someone to come back is not safe
    ["yes i'm safe, i locked myself in the bathroom", 'en', 'unsafe'],
    ["yes, I'm hiding in the closet", 'en', 'unsafe'],
    ['im ok i locked the door', 'en', 'unsafe'],
    ["I'm fine, he can't get in", 'en', 'unsafe'],
    ["yeah I'm safe until he gets back", 'en', 'unsafe'],
    ['yes but he will be back soon', 'en', 'unsafe'],
    ["i'm ok, waiting for him to come home", 'en', 'unsafe'],
    ["yes he's asleep now", 'en', 'unsafe'],
    ["yes, he won't let me leave but I'm ok", 'en', 'unsafe'],
    ["I'm safe but I'm trapped in my room", 'en', 'unsafe'],
    ['yes, under the bed', 'en', 'unsafe'],
    ['sí, estoy a salvo, me encerré en el baño', 'es', 'unsafe'],
    ['sí, estoy escondida en el armario', 'es', 'unsafe'],
    ['estoy bien, no puede entrar', 'es', 'unsafe'],
    ['sí, hasta que vuelva', 'es', 'unsafe'],
    ['sí, pero va a volver', 'es', 'unsafe'],
    ['estoy bien, sigue afuera', 'es', 'unsafe'],
    ['sí, está dormido', 'es', 'unsafe'],
    ['estoy a salvo pero no puedo salir', 'es', 'unsafe'],
    ['sí, cerré la puerta con llave', 'es', 'unsafe'],
    // ...while a yes about being somewhere safe, or someone gone for good, stays a yes
    ["yes, I'm safe at my sister's place", 'en', 'safe'],
    ["yes I'm safe, he won't come back", 'en', 'safe'],
    ['sí, estoy a salvo en casa de mi hermana', 'es', 'safe'],
    // Mixed languages: the other language is understood too
    ['yes', 'es', 'safe'],
    ['no sé', 'en', 'unclear'],
    ['sí', 'en', 'safe'],
  ];
  for (const [text, lang, expected] of table) {
    it(`"${text}" (${lang}) → ${expected}`, () => {
      expect(interpretSafetyAnswer(text, lang)).to.equal(expected);
    });
  }

  it('never throws on odd input', () => {
    for (const odd of [undefined, null, 42, 'a'.repeat(10_000)]) {
      expect(['safe', 'unsafe', 'unclear']).to.include(interpretSafetyAnswer(odd as unknown as string, 'en'));
    }
  });
});

describe('composeSafetyFollowUp', () => {
  it('unsafe: the emergency number first, someone to talk to, and "I\'m here"', () => {
    const up = composeSafetyFollowUp('unsafe', { lang: 'en', country: 'US', defaultCountry: 'US' });
    expect(up.text.indexOf('call 911 now')).to.be.greaterThan(-1);
    expect(up.text.indexOf('call 911 now')).to.be.lessThan(up.text.indexOf('call or text 988'));
    expect(up.text).to.contain("I'm here with you");
  });

  it('unsafe in the UK: tells someone who cannot speak to press 55', () => {
    const up = composeSafetyFollowUp('unsafe', { lang: 'en', country: 'GB', defaultCountry: 'US' });
    expect(up.text).to.contain('call 999 now');
    expect(up.text).to.contain("If you can't speak, call 999 and press 55.");
  });

  it('unsafe in Spanish in the US: 911 and 988 press 2 / AYUDA', () => {
    const up = composeSafetyFollowUp('unsafe', { lang: 'es', country: 'US', defaultCountry: 'US' });
    expect(up.text).to.contain('llama al 911 ahora');
    expect(up.text).to.contain('llama al 988 y marca 2, o envía la palabra AYUDA al 988');
    expect(up.text).to.contain('Aquí sigo contigo');
  });

  it('safe: relief, an offer to find ongoing support, and the lines stay there', () => {
    for (const lang of ['en', 'es'] as const) {
      const up = composeSafetyFollowUp('safe', { lang, country: 'GB', defaultCountry: 'US' });
      expect(up.text).to.match(lang === 'en' ? /ongoing support\?/ : /apoyo continuo\?/);
      expect(up.text).to.match(lang === 'en' ? /come back to these lines/ : /volver a estas líneas/);
      // Issue 17: the offer names its choices (a counsellor, a group, or just talking).
      expect(up.suggestions).to.have.length(3);
      expect(up.text).to.match(lang === 'en' ? /counsellor or a support group/ : /terapia o un grupo de apoyo/);
    }
  });

  it('unclear: gentle, the emergency number and the quickest line again, and asks once more', () => {
    const up = composeSafetyFollowUp('unclear', { lang: 'en', country: 'AU', defaultCountry: 'US' });
    expect(up.text).to.contain('call 000');
    expect(up.text).to.contain('13 11 14');
    expect(up.suggestions).to.deep.equal(["Yes, I'm safe", "No, I'm not safe"]);
  });

  it('hiding: not "relieved", the emergency number now, and a way to reach the abuse line without talking out loud', () => {
    const up = composeSafetyFollowUp('unsafe', { lang: 'en', country: 'US', defaultCountry: 'US' }, undefined, {
      kinds: ['danger-now'],
      hiding: true,
    });
    expect(up.text).not.to.match(/relieved/i);
    expect(up.text).to.contain("isn't the same as being safe");
    expect(up.text).to.contain('call 911 now');
    expect(up.text).to.contain('text START to 88788 (National Domestic Violence Hotline)');
    expect(up.text).not.to.contain('988');
    const es = composeSafetyFollowUp('unsafe', { lang: 'es', country: 'US', defaultCountry: 'US' }, undefined, {
      kinds: ['abuse-now'],
      hiding: true,
    });
    expect(es.text).to.contain('no es lo mismo que estar a salvo');
    expect(es.text).to.contain('llama al 911 ahora');
    expect(es.text).to.contain('envía la palabra START al 88788');
    const gb = composeSafetyFollowUp('unsafe', { lang: 'en', country: 'GB', defaultCountry: 'US' }, undefined, {
      kinds: ['abuse-now'],
      hiding: true,
    });
    expect(gb.text).to.contain("If you can't speak, call 999 and press 55.");
    expect(gb.text).to.contain('you can keep writing to me here');
  });

  it('unsafe after abuse: the quickest line is the abuse line, not the suicide line', () => {
    const up = composeSafetyFollowUp('unsafe', { lang: 'en', country: 'US', defaultCountry: 'US' }, undefined, { kinds: ['abuse-now'] });
    expect(up.text).to.contain('call 1-800-799-7233 or text START to 88788 (National Domestic Violence Hotline)');
    expect(up.text).not.to.contain('988');
  });

  it('reads hiding the same way describesHiding does', () => {
    expect(describesHiding("yes i'm safe, i locked myself in the bathroom")).to.equal(true);
    expect(describesHiding('me escondí en el baño')).to.equal(true);
    expect(describesHiding("yes, I'm safe")).to.equal(false);
    expect(describesHiding('')).to.equal(false);
  });

  it('uses the default country when the country is unknown', () => {
    expect(composeSafetyFollowUp('unclear', { lang: 'en', country: null, defaultCountry: 'NZ' }).text).to.contain('call 111');
  });
});
