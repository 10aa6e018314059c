import { expect } from 'chai';
import sinon from 'sinon';
import { stringsFor, type Lang } from '../../../src/i18n';
import { composeCrisisReply, type CrisisContext, type CrisisReply } from '../../../src/safety/crisisReply';
import { composeCountryPicker, readCountryAnswer } from '../../../src/safety/countryPicker';
import { hotlineBook, type HotlineBook } from '../../../src/safety/hotlines';
import { levelOfKinds, type CrisisKind, type CrisisSignal } from '../../../src/safety/types';

const signal = (kinds: CrisisKind[], lang: Lang = 'en'): CrisisSignal => ({
  detected: true,
  level: levelOfKinds(kinds),
  kinds,
  signals: [],
  lang,
});
const ctx = (lang: Lang, country: string | null, extra: Partial<CrisisContext> = {}): CrisisContext => ({
  lang,
  country,
  defaultCountry: 'US',
  ...extra,
});

/** Every Action.OpenUrl address anywhere in the card. */
function cardUrls(card: unknown): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') urls.push(o.url);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return urls;
}

/** Phone numbers written in the text, as the digits a phone dials. */
function textNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(/\*?\d+(?:[ -]\d+)*/g)].map((m) => m[0].replace(/[ -]/g, '')));
}

const dialled = (url: string) =>
  url
    .replace(/^(tel|sms):/, '')
    .replace(/\?.*$/, '')
    .replace(/,\d$/, '');

// Method, means and lethality words must never appear (SAFETY.md Do-not 1), nor "commit(ted) suicide" (Do-not 2).
const BANNED =
  /\b(commit(ted|s)? suicide|suicidio consumado|pills?|tablets?|pastillas|rope|hang(ing)?|ahorcar\w*|guns?|firearms?|pistolas?|armas?|knife|knives|cuchillos?|blades?|razors?|bridge|puente|jump(ing)?|saltar|poison\w*|veneno|dose|dosis|lethal\w*|letal\w*|overdose|sobredosis)\b/i;

const KIND_SETS: CrisisKind[][] = [
  ['suicide'],
  ['self-harm'],
  ['overdose'],
  ['danger-now'],
  ['abuse-now'],
  ['child-risk'],
  ['third-party', 'suicide'],
  ['abuse-now', 'suicide'],
  ['suicide', 'self-harm', 'danger-now', 'abuse-now', 'overdose', 'child-risk', 'third-party'],
];

describe('composeCrisisReply: rules that hold for every country, kind and language', () => {
  for (const country of hotlineBook.countries()) {
    for (const lang of ['en', 'es'] as const) {
      it(`${country} ${lang}: complete text, card numbers in the text, ≤ 2 lines, no banned words`, () => {
        for (const kinds of KIND_SETS) {
          const reply = composeCrisisReply(signal(kinds, lang), ctx(lang, country));
          const s = stringsFor(lang).crisis;
          const why = `${country} ${lang} ${kinds.join('+')}`;

          expect(reply.country, why).to.equal(country);
          expect(reply.countryKnown, why).to.equal(true);
          expect(reply.text, why).to.contain(s.automated);
          expect(reply.text.trim().endsWith('?'), why).to.equal(true);
          expect(reply.text, why).not.to.match(BANNED);
          expect(reply.suggestions, why).to.deep.equal([s.safeYes, s.safeNo]);

          const emergencies = reply.lineIds.filter((id) => hotlineBook.emergency(country).id === id);
          expect(emergencies, why).to.have.length(1);
          expect(reply.lineIds.length - 1, why).to.be.within(1, 2);

          expect(reply.card.version, why).to.equal('1.5');
          expect(reply.card.fallbackText, why).to.equal(reply.text);
          const written = textNumbers(reply.text);
          for (const url of cardUrls(reply.card)) {
            expect(url, why).to.match(/^(tel:\*?\d+(,\d)?|sms:\d+(\?body=[A-Z0-9]+)?|mailto:\S+@\S+|https:\/\/\S+)$/);
            if (/^(tel|sms):/.test(url)) expect([...written], `${why}: ${url} is on the card but not in the text`).to.include(dialled(url));
          }
        }
      });
    }
  }
});

describe('composeCrisisReply: emergency number first when danger may be immediate', () => {
  const emergencyIndex = (reply: CrisisReply, country: string) => reply.lineIds.indexOf(hotlineBook.emergency(country).id);
  const table: Array<[CrisisKind[], boolean]> = [
    [['suicide'], false],
    [['self-harm'], false],
    [['third-party', 'suicide'], false],
    [['danger-now'], true],
    [['abuse-now'], true],
    [['overdose'], true],
    [['child-risk'], true],
  ];
  for (const [kinds, first] of table) {
    it(`${kinds.join('+')} → emergency ${first ? 'first' : 'last, "if you are in danger right now"'}`, () => {
      const reply = composeCrisisReply(signal(kinds), ctx('en', 'US'));
      const s = stringsFor('en').crisis;
      expect(emergencyIndex(reply, 'US')).to.equal(first ? 0 : reply.lineIds.length - 1);
      const emergencySentence = first ? /call 911 now\./ : /in danger right now, call 911\./;
      expect(reply.text).to.match(emergencySentence);
      const firstLine = reply.text.indexOf(':');
      const emergencyAt = reply.text.search(emergencySentence);
      expect(emergencyAt < firstLine).to.equal(first);
      expect(
        reply.text.startsWith(s.heard.general) ||
          reply.text.startsWith(s.heard.thirdParty) ||
          reply.text.startsWith(s.heard.abuse) ||
          reply.text.startsWith(s.heard.child),
      ).to.equal(true);
    });
  }

  it('puts the emergency number first for suicidal thoughts when the context says a plan or means was seen', () => {
    const reply = composeCrisisReply(signal(['suicide']), ctx('en', 'US', { imminent: true }));
    expect(reply.lineIds[0]).to.equal('us-emergency');
    expect(reply.text).to.match(/immediate danger, call 911 now/);
  });

  it('tells a UK caller who cannot speak to press 55', () => {
    const reply = composeCrisisReply(signal(['abuse-now']), ctx('en', 'GB'));
    expect(reply.text).to.contain("If you can't speak, call 999 and press 55.");
  });
});

describe('composeCrisisReply: the lines fit the country, the language and the situation', () => {
  // [country, kinds, lang, text must contain, text must not contain]
  const table: Array<[string, CrisisKind[], Lang, string[], string[]]> = [
    ['US', ['suicide'], 'en', ['call or text 988', '988lifeline.org', 'call 911'], ['press 2', 'press 3']],
    ['US', ['suicide'], 'es', ['llama al 988 y marca 2', 'envía la palabra AYUDA al 988', 'llama al 911'], ['marca 3', 'press']],
    ['US', ['abuse-now'], 'en', ['1-800-799-7233', 'text START to 88788', "They can't send help to you; in an emergency, call 911."], []],
    ['US', ['abuse-now'], 'es', ['Línea Nacional contra la Violencia Doméstica', 'espanol.thehotline.org', 'No pueden enviarte ayuda'], []],
    ['US', ['child-risk'], 'en', ['1-800-422-4453', "isn't a reporting line", 'call or text 988'], []],
    [
      'GB',
      ['suicide'],
      'en',
      ['116 123', 'text SHOUT to 85258', 'Free, any time, day or night.', "won't show on your phone bill"],
      ['911', '988'],
    ],
    ['GB', ['suicide'], 'es', ['Samaritans (en inglés)', '116 123', 'llama al 999'], []],
    ['IE', ['suicide'], 'en', ['116 123', 'text TALK to 50808', 'call 112 or 999'], []],
    ['AU', ['abuse-now'], 'en', ['1800 737 732', 'text 0458 737 732', 'call 000 now'], []],
    ['NZ', ['suicide'], 'en', ['call or text 1737', 'call 111'], []],
    ['CA', ['suicide'], 'es', ['(en inglés o francés)', 'llama o envía un mensaje de texto al 988'], ['marca 2', 'AYUDA']],
    ['ES', ['suicide'], 'es', ['llama al 024', 'llama al 112'], []],
    ['ES', ['abuse-now'], 'es', ['llama al 112 ahora', 'llama al 016', 'registro de llamadas'], []],
    ['MX', ['suicide'], 'es', ['Línea de la Vida', '800 911 2000', 'llama al 911'], []],
  ];
  for (const [country, kinds, lang, must, mustNot] of table) {
    it(`${country} ${kinds.join('+')} ${lang} says ${must.map((m) => `"${m}"`).join(', ')}`, () => {
      const reply = composeCrisisReply(signal(kinds, lang), ctx(lang, country));
      for (const m of must) expect(reply.text).to.contain(m);
      for (const m of mustNot) expect(reply.text).not.to.contain(m);
    });
  }

  it('gives the Spanish US card buttons for 988 and AYUDA by text', () => {
    const urls = cardUrls(composeCrisisReply(signal(['suicide'], 'es'), ctx('es', 'US')).card);
    expect(urls, '988 and then 2, with the pause phones accept').to.include('tel:988,2');
    expect(urls).not.to.include('tel:988');
    expect(urls).to.include('sms:988?body=AYUDA');
    expect(urls).to.include('tel:911');
  });

  it('answers in the language the person wrote in, even when the locale says otherwise', () => {
    const reply = composeCrisisReply(signal(['suicide'], 'es'), ctx('en', 'US'));
    expect(reply.lang).to.equal('es');
    expect(reply.text).to.contain('marca 2');
  });

  it('lists a veterans line when the caller passes that hint', () => {
    const reply = composeCrisisReply(signal(['suicide']), ctx('en', 'US', { hints: ['veterans'] }));
    expect(reply.text).to.contain('Veterans Crisis Line (for veterans and their families): call 988 and press 1, text 838255, or chat at');
  });
});

describe('composeCrisisReply: country unknown or unsupported', () => {
  it('says it is showing the default country and offers the picker when the country is unknown', () => {
    const reply = composeCrisisReply(signal(['suicide']), ctx('en', null));
    expect(reply.country).to.equal('US');
    expect(reply.countryKnown).to.equal(false);
    expect(reply.text).to.contain("I don't know which country you're in, so I'm showing lines for the United States.");
    expect(reply.suggestions).to.deep.equal(["Yes, I'm safe", "No, I'm not safe", 'Lines for another country']);
  });

  it('does the same in Spanish with a Spanish default', () => {
    const reply = composeCrisisReply(signal(['suicide'], 'es'), { lang: 'es', country: null, defaultCountry: 'MX' });
    expect(reply.country).to.equal('MX');
    expect(reply.text).to.contain('te muestro líneas de México');
    expect(reply.suggestions).to.include('Líneas de otro país');
  });

  it('names a country it has no lines for, instead of silently showing another', () => {
    const reply = composeCrisisReply(signal(['suicide']), ctx('en', 'FR'));
    expect(reply.countryKnown).to.equal(false);
    expect(reply.text).to.contain("I don't have checked lines for France yet, so I'm showing lines for the United States.");
    expect(reply.suggestions).to.include('Lines for another country');
  });

  it('adds no caveat and no picker when the country is known', () => {
    const reply = composeCrisisReply(signal(['suicide']), ctx('en', 'gb'));
    expect(reply.country).to.equal('GB');
    expect(reply.text).not.to.contain('showing lines for');
    expect(reply.suggestions).not.to.include('Lines for another country');
  });

  it('offers every supported country in the picker and reads the answer', () => {
    expect(composeCountryPicker('es').suggestions).to.deep.equal([
      'Estados Unidos',
      'Canadá',
      'Reino Unido',
      'Irlanda',
      'Australia',
      'Nueva Zelanda',
      'España',
      'México',
    ]);
    expect(readCountryAnswer('Nueva Zelanda', 'es')).to.deep.equal({ country: 'NZ' });
    const notFound = readCountryAnswer('Francia', 'es');
    expect(notFound.country).to.equal(null);
    expect('suggestions' in notFound && notFound.suggestions.length).to.equal(8);
  });
});

describe('composeCrisisReply: what the person is told to do', () => {
  it('gives helper steps for the person they are worried about, and says lines take calls about someone else', () => {
    for (const lang of ['en', 'es'] as const) {
      const reply = composeCrisisReply(signal(['third-party', 'suicide'], lang), ctx(lang, 'US'));
      expect(reply.text).to.contain(stringsFor(lang).crisis.helperSteps.suicide);
      const child = composeCrisisReply(signal(['third-party', 'child-risk'], lang), ctx(lang, 'US'));
      expect(child.text).to.contain(stringsFor(lang).crisis.helperSteps.danger);
      expect(child.text).not.to.contain(stringsFor(lang).crisis.helperSteps.suicide);
      expect(reply.text).to.contain(stringsFor(lang).crisis.heard.thirdParty);
    }
    expect(composeCrisisReply(signal(['suicide']), ctx('en', 'US')).text).not.to.contain('stay with them');
  });

  it('asks whether it is safe to talk when there is abuse, and points to text or chat', () => {
    const us = composeCrisisReply(signal(['abuse-now']), ctx('en', 'US')).text;
    expect(us).to.contain('Are you safe right now, and is it safe for you to talk?');
    expect(us).to.contain('you can send a text instead');
    const usEs = composeCrisisReply(signal(['abuse-now'], 'es'), ctx('es', 'US')).text;
    expect(usEs).to.contain('puedes enviar un mensaje de texto o chatear');
    const gb = composeCrisisReply(signal(['abuse-now']), ctx('en', 'GB')).text;
    expect(gb).to.contain('you can keep writing to me here');
    expect(composeCrisisReply(signal(['suicide']), ctx('en', 'US')).text).not.to.contain('safe for you to talk');
  });

  it('offers hope without promises and ongoing support for later', () => {
    const text = composeCrisisReply(signal(['suicide']), ctx('en', 'US')).text;
    expect(text).to.contain("You don't have to face this alone.");
    expect(text).to.contain('help you find ongoing support');
    expect(text).not.to.match(/\b(promise|will be (fine|okay)|everything will)\b/i);
    expect(text).not.to.match(/\b(secret|won't tell|between us)\b/i);
  });
});

describe('composeCrisisReply: abuse in progress, or a threat from another person (issue 17)', () => {
  // "he's outside banging on the door right now and says he'll kill me" is danger-now from another person.
  for (const country of hotlineBook.countries()) {
    for (const lang of ['en', 'es'] as const) {
      it(`${country} ${lang}: the emergency number, then the line for abuse, "is it safe to talk?" and quiet ways`, () => {
        const s = stringsFor(lang).crisis;
        for (const kinds of [['danger-now'], ['abuse-now']] as CrisisKind[][]) {
          const reply = composeCrisisReply(signal(kinds, lang), ctx(lang, country));
          const why = `${country} ${lang} ${kinds.join('+')}`;
          expect(reply.lineIds[0], why).to.equal(hotlineBook.emergency(country).id);
          expect(reply.text.startsWith(s.heard.abuse), why).to.equal(true);
          expect(reply.text.trim().endsWith(s.askSafeAndTalk), why).to.equal(true);
          expect(reply.text, why).to.match(/If it isn't safe to talk out loud|Si no es seguro hablar en voz alta/);
          const dv = hotlineBook.linesIn(country).find((l) => l.needs.includes('domestic-violence') && !l.region);
          if (dv) expect(reply.lineIds, why).to.include(dv.id);
        }
      });
    }
  }

  it('the US reply to a threat names the Hotline and its text line, not 988', () => {
    const reply = composeCrisisReply(signal(['danger-now']), ctx('en', 'US'));
    expect(reply.text).to.contain('National Domestic Violence Hotline');
    expect(reply.text).to.contain('text START to 88788');
    expect(reply.text).to.contain('you can send a text instead');
    expect(reply.text).not.to.contain('988');
  });

  it('puts the emergency number first whenever the detector says the level is emergency', () => {
    const reply = composeCrisisReply({ ...signal(['suicide']), level: 'emergency' }, ctx('en', 'US'));
    expect(reply.lineIds[0]).to.equal('us-emergency');
  });
});

describe('composeCrisisReply: never fails', () => {
  afterEach(() => sinon.restore());

  it('still tells the person where to get help if the hotline book fails', () => {
    const broken = { choose: sinon.stub().throws(new Error('boom')) } as unknown as HotlineBook;
    for (const lang of ['en', 'es'] as const) {
      const reply = composeCrisisReply(signal(['suicide'], lang), ctx(lang, 'US'), broken);
      expect(reply.text).to.contain(stringsFor(lang).crisis.lastResort);
      expect(reply.text).to.contain('911');
      expect(reply.suggestions.length).to.be.greaterThan(0);
    }
  });

  it('names every emergency number of the hotline book in that last-resort message', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const country of hotlineBook.countries()) {
        for (const call of hotlineBook.emergency(country).channels) {
          if (country === 'IE' && call.value === '999') continue; // Ireland's 112 is listed; 999 is the UK's.
          expect(stringsFor(lang).crisis.lastResort, `${country} ${lang}`).to.contain(call.value);
        }
      }
    }
  });

  it('answers odd input without throwing', () => {
    const odd: Array<[unknown, unknown]> = [
      [{ detected: true, kinds: undefined, lang: 'en' }, ctx('en', 'US')],
      [
        { detected: false, kinds: [], lang: 'xx' },
        { lang: 'xx', country: '', defaultCountry: 'US' },
      ],
      [
        { detected: true, kinds: ['suicide'], lang: 'en' },
        { lang: 'en', country: 'US', defaultCountry: 'ZZ' },
      ],
      [
        { detected: true, kinds: ['suicide'], lang: 'en' },
        { lang: 'en', country: null, defaultCountry: 'ZZ' },
      ],
    ];
    for (const [sig, c] of odd) {
      const reply = composeCrisisReply(sig as CrisisSignal, c as CrisisContext);
      expect(reply.text).to.match(/\d{3}/);
      expect(reply.text).to.match(/\?$/);
    }
  });
});
