import { expect } from 'chai';
import { detectCrisis } from '../../../src/safety/detectCrisis';
import type { CrisisKind } from '../../../src/safety/types';

type Row = [text: string, kinds: CrisisKind[]];

/** Each row: a message and the kinds it must raise (all of them; others may co-occur unless empty). */
function check(rows: Row[], locale: string | null = null): void {
  for (const [text, kinds] of rows) {
    const shown = text.length > 70 ? `${text.slice(0, 40)}… (${text.length} chars) …${text.slice(-25)}` : text;
    it(kinds.length === 0 ? `stays calm on "${shown}"` : `flags "${shown}" as ${kinds.join(' + ')}`, () => {
      const signal = detectCrisis(text, locale);
      if (kinds.length === 0) {
        expect(signal.detected, `kinds: ${signal.kinds.join(',')}`).to.equal(false);
        expect(signal.kinds).to.deep.equal([]);
      } else {
        expect(signal.detected).to.equal(true);
        expect(signal.kinds).to.include.members(kinds);
      }
    });
  }
}

describe('detectCrisis', () => {
  describe('reads messages the way people type them', () => {
    check([
      ['I WANT TO KILL MYSELF', ['suicide']],
      ['I’m going to kill myself', ['suicide']],
      ['im gonna kill myself', ['suicide']],
      ['i want to die!!!!!!', ['suicide']],
      ['i want to diiiiieeee', ['suicide']],
      ['sooooo tired of living', ['suicide']],
      ['k1ll mys3lf', ['suicide']],
      ['$uicidal', ['suicide']],
      ['su1c1d3', ['suicide']],
      ['k i l l m y s e l f', ['suicide']],
      ['k.i.l.l myself', ['suicide']],
      ['s-u-i-c-i-d-e', ['suicide']],
      ['iwanttodie', ['suicide']],
      ['#killmyself', ['suicide']],
      ['i want to kill myslef', ['suicide']],
      ['i feel sucidal', ['suicide']],
      ['i overdoesd on my meds', ['overdose']],
      ['kill my self', ['suicide']],
      ['sui cide', ['suicide']],
      ['i\u200b want to d\u200bie', ['suicide']],
      ['ｉ ｗａｎｔ ｔｏ ｄｉｅ', ['suicide']],
      ['і want to kіll myself', ['suicide']], // Cyrillic і
      ['💊💊💊 bye', ['overdose']],
      ['🔪🩸 again', ['self-harm']],
      ['bye everyone 👋 ⚰️', ['suicide']],
    ]);
  });

  describe('matches short slang only as whole words', () => {
    check([
      ['kms', ['suicide']],
      ['honestly gonna kms', ['suicide']],
      ['kmstech support number', []],
      ['kys', ['suicide']],
      ['im gonna ctb tonight', ['suicide']],
      ['i think im gonna od', ['overdose']],
      ['that was odd', []],
      ['the code is broken', []],
      ['sh urges are bad tonight', ['self-harm']],
      ['sh sh its okay', []],
      ['i want to unalive myself', ['suicide']],
      ['sewerslide', ['suicide']],
      ['self-delete', ['suicide']],
    ]);
  });

  describe('catches indirect ideation, plans, means and goodbyes', () => {
    check([
      ['everyone would be better off without me', ['suicide']],
      ['i dont want to be here anymore', ['suicide']],
      ['i just want to go to sleep and never wake up', ['suicide']],
      ['this is my goodbye', ['suicide']],
      ['i have the pills ready', ['suicide']],
      ['im going to jump off the bridge tonight', ['suicide']],
      ['i want to put a gun to my head', ['suicide']],
      ['i tied a noose', ['suicide']],
      ['how many pills does it take to die', ['suicide']],
    ]);
  });

  describe('does not let negation or recent past silence a signal', () => {
    check([
      ["I'm not going to kill myself... I don't know anymore", ['suicide']],
      ['i tried to kill myself last night', ['suicide']],
      ['he hit me again yesterday', ['abuse-now']],
      ['i cut myself again', ['self-harm']],
    ]);
  });

  describe('stays calm on idioms', () => {
    check([
      ['this traffic is killing me', []],
      ['my feet are killing me', []],
      ['dying to know if the group meets tuesday', []],
      ['shoot me an email', []],
      ['i could kill for a coffee', []],
      ['my mom is gonna kill me when she sees my grades', []],
      ['how do i kill a process in linux', []],
      ['i cut myself a huge slice of cake', []],
      ['hit me up later', []],
      ['me muero de risa', []],
      ['me mata el tráfico', []],
      ['me corté el pelo', []],
      ['me toca trabajar el sábado', []],
    ]);
  });

  describe('stays calm on calm history, grief and help-seeking', () => {
    check([
      ['I was abused as a kid, looking for a group', []],
      ['i attempted suicide years ago and want to volunteer', []],
      ['i used to self harm in high school, looking for dbt groups', []],
      ['my brother died by suicide, is there a group for families', []],
      ['lost my dad to an overdose, looking for grief support', []],
      ['how many mg of ibuprofen can i take', []],
      ['looking for a ptsd support group near austin', []],
      ['de niña sufrí abuso, busco un grupo de apoyo', []],
    ]);
  });

  describe('names the person at risk and co-occurring kinds', () => {
    check([
      ['my friend says she wants to kill herself', ['third-party', 'suicide']],
      ['my son is suicidal', ['third-party', 'suicide']],
      ['my daughter is cutting herself', ['third-party', 'self-harm']],
      ['my roommate took a bunch of pills and wont wake up', ['third-party', 'overdose']],
      ['my dad hits my mom', ['third-party', 'abuse-now']],
      ['he is hitting me right now', ['abuse-now', 'danger-now']],
      ['im going to take all my pills tonight', ['suicide', 'overdose']],
      ['mi amiga dice que se quiere matar', ['third-party', 'suicide']],
    ]);
    it('does not call the writer a third party', () => {
      expect(detectCrisis('i want to kill myself').kinds).to.not.include('third-party');
      expect(detectCrisis("he's going to kill me").kinds).to.deep.equal(['danger-now']);
    });
  });

  describe('hears a child describing abuse', () => {
    check([
      ['im 12 and my stepdad hits me', ['child-risk', 'abuse-now']],
      ["my mom's boyfriend touches me", ['child-risk', 'abuse-now']],
      ['mi padrastro me pega', ['child-risk', 'abuse-now']],
      ['tengo 10 años y mi papá me pega', ['child-risk', 'abuse-now']],
      ["i'm 16 and looking for a teen grief group", []],
    ]);
  });

  describe('covers Spanish', () => {
    check([
      ['ya no quiero vivir', ['suicide']],
      ['me quiero matar', ['suicide']],
      ['kiero morirme', ['suicide']],
      ['todos estarían mejor sin mí', ['suicide']],
      ['me corto los brazos', ['self-harm']],
      ['me tomé todas las pastillas', ['overdose']],
      ['me va a matar', ['danger-now']],
      ['mi esposo me pega', ['abuse-now']],
      ['estoy en peligro', ['danger-now']],
    ]);
  });

  describe('finds a signal buried in a long message', () => {
    const filler = 'I am looking for a free support group near Austin on weekends, in Spanish if possible. ';
    check([
      [`${filler.repeat(3)}Honestly I dont want to live anymore. ${filler}`, ['suicide']],
      [`${filler.repeat(60)}he said he is going to kill me tonight`, ['danger-now']],
      [`me quiero morir. ${filler.repeat(60)}`, ['suicide']],
    ]);
    it('reads the end of a 100 kB message', () => {
      const text = `${filler.repeat(Math.ceil(100_000 / filler.length))} goodbye forever, i want to die`;
      expect(text.length).to.be.greaterThan(100_000);
      expect(detectCrisis(text).kinds).to.include('suicide');
    });
    it('stays calm on a long ordinary message', () => {
      expect(detectCrisis(filler.repeat(200)).detected).to.equal(false);
    });
  });

  describe('tells the language', () => {
    it('hears Spanish in an English locale', () => {
      expect(detectCrisis('ya no quiero vivir, no aguanto más', 'en-US').lang).to.equal('es');
    });
    it('hears English in a Spanish locale', () => {
      expect(detectCrisis('i want to die, i cant do this anymore', 'es-MX').lang).to.equal('en');
    });
    it('hears a short Spanish crisis message in an English locale', () => {
      expect(detectCrisis('me quiero morir', 'en-US').lang).to.equal('es');
    });
    it('falls back to the locale, then to English', () => {
      expect(detectCrisis('ok 👍', 'es-US').lang).to.equal('es');
      expect(detectCrisis('ok 👍', null).lang).to.equal('en');
      expect(detectCrisis('ok 👍', 'fr-FR').lang).to.equal('en');
    });
  });
});
