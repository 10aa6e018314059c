import { expect } from 'chai';
import { stringsFor } from '../../../src/i18n';
import { composeCountryPicker } from '../../../src/safety/countryPicker';
import { composeCrisisReply } from '../../../src/safety/crisisReply';
import { hotlineBook, type SupportHint } from '../../../src/safety/hotlines';
import { lineName } from '../../../src/safety/hotlineText';
import { composeSafetyFollowUp, type SafetyAnswer } from '../../../src/safety/safetyAnswer';
import { levelOfKinds, type CrisisKind } from '../../../src/safety/types';

// Issue 17: a Spanish crisis card must be Spanish all through (tú, never usted), and every number must say what
// it is for, on the card's buttons too. Line names ("The Trevor Project"), keywords the service asks for
// ("START"), web and email addresses are what they are; everything around them is checked.

const KINDS: CrisisKind[][] = [
  ['suicide'],
  ['self-harm'],
  ['overdose'],
  ['danger-now'],
  ['abuse-now'],
  ['child-risk'],
  ['third-party', 'suicide'],
];
const HINTS: SupportHint[][] = [[], ['veterans'], ['lgbtq'], ['sexual-assault'], ['indigenous']];

/** English words that have no business in a Spanish sentence. */
const ENGLISH =
  /\b(call|text|texting|press|chat|free|any ?time|day|night|or|and|the|to|at|if|you|your|email|send|they|help|line|now|safe|danger)\b/i;
/** Formal address (usted): the word itself, or a usted command where a tú one belongs ("Llame al 911"). */
const USTED = /\bustedes?\b|(^|[.,:;¿¡]\s*|por favor,?\s+)(llame|envíe|envie|marque|pulse|escriba|hable|comuníquese|contacte|quédese)\b/i;

/** The text with names, keywords, addresses and numbers taken out, leaving only our own words. */
function ownWords(text: string, keywords: string[]): string {
  let rest = text;
  const names = hotlineBook.countries().flatMap((c) => hotlineBook.linesIn(c).flatMap((l) => [lineName(l, 'es'), l.name]));
  for (const name of names.sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  for (const keyword of keywords) rest = rest.replace(new RegExp(`\\b${keyword}\\b`, 'g'), ' ');
  return rest
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b[\w.-]+\.(org|net|com|ie|uk|au|nz|es|mx)(\/\S*)?/g, ' ')
    .replace(/\bTTY\b/g, ' ');
}

function cardParts(card: unknown): { texts: string[]; buttons: Array<{ title: string; url: string }> } {
  const texts: string[] = [];
  const buttons: Array<{ title: string; url: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      if (o.type === 'Action.OpenUrl') buttons.push({ title: String(o.title), url: String(o.url) });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return { texts, buttons };
}

const KEYWORDS = [
  ...new Set(hotlineBook.countries().flatMap((c) => hotlineBook.linesIn(c).flatMap((l) => l.channels.flatMap((ch) => ch.keyword ?? [])))),
];

describe('Spanish crisis replies: Spanish all through, tú, a label on every number', () => {
  for (const country of hotlineBook.countries()) {
    it(`${country}: every reply, card and button is Spanish and uses tú`, () => {
      for (const kinds of KINDS) {
        for (const hints of HINTS) {
          for (const region of country === 'MX' ? [null, 'CDMX'] : [null]) {
            const reply = composeCrisisReply(
              { detected: true, level: levelOfKinds(kinds), kinds, signals: [], lang: 'es' },
              { lang: 'es', country, defaultCountry: 'US', hints, region },
            );
            const { texts, buttons } = cardParts(reply.card);
            const why = `${country} ${kinds.join('+')} ${hints.join(',')} ${region ?? ''}`;
            for (const part of [reply.text, ...texts, ...buttons.map((b) => b.title), ...reply.suggestions]) {
              expect(ownWords(part, KEYWORDS), `${why}: English in "${part}"`).not.to.match(ENGLISH);
              expect(part, `${why}: usted in "${part}"`).not.to.match(USTED);
            }
            for (const button of buttons) {
              if (/^(tel|sms):/.test(button.url))
                expect(button.title, `${why}: ${button.url} has a button that names no number`).to.match(/\d/);
            }
          }
        }
      }
    });
  }

  it('says what a keyword is, so "envía AYUDA" cannot be read as "send help"', () => {
    const reply = composeCrisisReply(
      { detected: true, level: 'emergency', kinds: ['abuse-now'], signals: [], lang: 'es' },
      {
        lang: 'es',
        country: 'US',
        defaultCountry: 'US',
      },
    );
    expect(reply.text).to.contain('envía la palabra START al 88788');
    expect(cardParts(reply.card).buttons.map((b) => b.title)).to.include('Enviar la palabra START al 88788');
  });

  it('names a TTY number as one, in Spanish', () => {
    const reply = composeCrisisReply(
      { detected: true, level: 'emergency', kinds: ['abuse-now'], signals: [], lang: 'es' },
      {
        lang: 'es',
        country: 'US',
        defaultCountry: 'US',
      },
    );
    expect(reply.text).to.contain('llama por TTY (teléfono de texto) al 1-800-787-3224');
  });

  it('puts who a number is for on its button when one line has a number per group (ANAR)', () => {
    for (const lang of ['es', 'en'] as const) {
      const reply = composeCrisisReply(
        { detected: true, level: 'emergency', kinds: ['child-risk'], signals: [], lang },
        {
          lang,
          country: 'ES',
          defaultCountry: 'US',
        },
      );
      const titles = cardParts(reply.card).buttons.map((b) => b.title);
      const s = stringsFor(lang).crisis;
      expect(titles).to.include(`${s.actions.call('900 20 20 10')} (${s.buttonAudiences['children-and-young-people']})`);
      expect(titles).to.include(`${s.actions.call('600 50 51 52')} (${s.buttonAudiences['adults-worried-about-a-child']})`);
    }
  });

  it('keeps the follow-ups, the picker and the last resort in Spanish too', () => {
    const s = stringsFor('es').crisis;
    const parts: string[] = [s.lastResort, s.picker.ask, s.picker.notFound, ...composeCountryPicker('es').suggestions];
    for (const country of hotlineBook.countries()) {
      for (const answer of ['safe', 'unsafe', 'unclear'] as SafetyAnswer[]) {
        const up = composeSafetyFollowUp(answer, { lang: 'es', country, defaultCountry: 'US' });
        parts.push(up.text, ...up.suggestions);
      }
    }
    for (const part of parts) {
      expect(ownWords(part, KEYWORDS), `English in "${part}"`).not.to.match(ENGLISH);
      expect(part, `usted in "${part}"`).not.to.match(USTED);
    }
  });
});
