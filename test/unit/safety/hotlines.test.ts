import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../../src/i18n';
import {
  countryFromText,
  helpNow,
  HotlineBook,
  HotlineDataError,
  hotlineBook,
  supportedCountries,
  type SupportHint,
} from '../../../src/safety/hotlines';
import type { CrisisKind } from '../../../src/safety/types';

const HOTLINES_FILE = join(__dirname, '../../../src/data/hotlines.json');
const digits = (s: string) => s.replace(/[^\d*]/g, '');
const allNumbers = (book: HotlineBook) =>
  book
    .countries()
    .flatMap((c) =>
      book.linesIn(c).flatMap((l) => l.channels.filter((ch) => ch.type !== 'chat' && ch.type !== 'email').map((ch) => digits(ch.value))),
    );

describe('hotlines.json', () => {
  it('validates and covers exactly the eight countries of hotlines.md', () => {
    const book = HotlineBook.load(HOTLINES_FILE);
    expect(book.countries()).to.deep.equal(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'MX']);
    expect(supportedCountries()).to.deep.equal(book.countries());
  });

  it('says every row must be re-verified quarterly, and that numbers were read, not dialled', () => {
    const raw = JSON.parse(readFileSync(HOTLINES_FILE, 'utf8')) as {
      reverify: string;
      lines: Array<{ verification: string; source: string[]; lastVerified: string }>;
    };
    expect(raw.reverify).to.match(/quarter/i);
    for (const line of raw.lines) {
      expect(line.source.length).to.be.greaterThan(0);
      expect(line.lastVerified).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.verification).to.match(/not dialled/);
    }
  });

  // Cells hotlines.md marks NOT VERIFIED must never become numbers (SAFETY.md).
  const notVerified: Array<[string, string[]]> = [
    ['CA', ['domestic-violence', 'sexual-assault', 'lgbtq-youth', 'lgbtq']],
    ['GB', ['sexual-assault', 'veterans', 'lgbtq-youth', 'lgbtq']],
    ['IE', ['veterans', 'lgbtq-youth', 'lgbtq']],
    ['NZ', ['veterans', 'lgbtq-youth', 'lgbtq']],
    ['ES', ['sexual-assault', 'lgbtq-youth', 'lgbtq', 'veterans']],
    ['MX', ['child', 'sexual-assault', 'lgbtq-youth', 'lgbtq']],
  ];
  for (const [country, needs] of notVerified) {
    it(`ships no line for ${country} ${needs.join(', ')} (NOT VERIFIED in hotlines.md)`, () => {
      const lines = hotlineBook.linesIn(country).filter((l) => l.needs.some((n) => (needs as string[]).includes(n)));
      expect(lines.map((l) => l.id)).to.deep.equal([]);
    });
  }

  it('ships no national domestic-violence line for Mexico, only the Mexico City lines marked with their region', () => {
    const dv = hotlineBook.linesIn('MX').filter((l) => l.needs.includes('domestic-violence'));
    expect(dv.length).to.be.greaterThan(0);
    for (const line of dv) expect(line.region).to.equal('CDMX');
  });

  it('never ships the example provincial number from the NOT VERIFIED Canada DV cell', () => {
    expect(allNumbers(hotlineBook)).not.to.include('18779770007');
  });

  it('never advertises 988 "press 3" (the LGBTQ+ option ended in July 2025)', () => {
    const press3 = hotlineBook
      .countries()
      .flatMap((c) => hotlineBook.linesIn(c))
      .flatMap((l) => l.channels)
      .filter((c) => c.press === '3');
    expect(press3).to.deep.equal([]);
  });

  it('marks QLife as not a crisis service and Childhelp as not a reporting line', () => {
    expect(hotlineBook.linesIn('AU').find((l) => l.id === 'au-qlife')?.notCrisisService).to.equal(true);
    expect(hotlineBook.linesIn('US').find((l) => l.id === 'us-childhelp')?.notReportingLine).to.equal(true);
  });
});

describe('HotlineBook.choose', () => {
  // [country, kinds, lang, hints, expected lines in order, emergency first]
  const table: Array<[string, CrisisKind[], Lang, SupportHint[], string[], boolean]> = [
    ['US', ['suicide'], 'en', [], ['us-988'], false],
    ['US', ['suicide'], 'es', [], ['us-988'], false],
    ['US', ['overdose'], 'en', [], ['us-988'], true],
    ['US', ['danger-now'], 'en', [], ['us-ndvh'], true],
    ['US', ['abuse-now'], 'en', [], ['us-ndvh'], true],
    ['US', ['abuse-now'], 'es', [], ['us-ndvh'], true],
    ['US', ['abuse-now', 'suicide'], 'en', [], ['us-ndvh', 'us-988'], true],
    ['US', ['child-risk'], 'en', [], ['us-childhelp', 'us-988'], true],
    ['US', ['suicide'], 'en', ['veterans'], ['us-veterans-crisis-line'], false],
    ['US', ['suicide'], 'en', ['lgbtq'], ['us-988', 'us-trevor'], false],
    ['US', ['abuse-now'], 'en', ['sexual-assault'], ['us-rainn'], true],
    ['CA', ['suicide'], 'en', [], ['ca-988'], false],
    ['CA', ['abuse-now'], 'en', [], ['ca-988'], true],
    ['CA', ['child-risk'], 'en', [], ['ca-kids-help-phone'], true],
    ['CA', ['suicide'], 'en', ['veterans'], ['ca-vac-assistance', 'ca-988'], false],
    ['CA', ['suicide'], 'en', ['indigenous'], ['ca-hope-for-wellness', 'ca-988'], false],
    ['GB', ['suicide'], 'en', [], ['gb-samaritans', 'gb-shout'], false],
    ['GB', ['abuse-now'], 'en', [], ['gb-refuge'], true],
    ['GB', ['child-risk'], 'en', [], ['gb-childline', 'gb-nspcc'], true],
    ['GB', ['child-risk', 'third-party'], 'en', [], ['gb-nspcc', 'gb-childline'], true],
    ['GB', ['abuse-now', 'suicide'], 'en', [], ['gb-refuge', 'gb-samaritans'], true],
    ['IE', ['suicide'], 'en', [], ['ie-samaritans', 'ie-50808'], false],
    ['IE', ['abuse-now'], 'en', [], ['ie-womens-aid'], true],
    ['IE', ['child-risk'], 'en', [], ['ie-ispcc-childline'], true],
    ['AU', ['suicide'], 'en', [], ['au-lifeline'], false],
    ['AU', ['abuse-now'], 'en', [], ['au-1800respect'], true],
    ['AU', ['child-risk'], 'en', [], ['au-kids-helpline'], true],
    ['AU', ['suicide'], 'en', ['lgbtq'], ['au-lifeline'], false],
    ['AU', ['suicide'], 'en', ['veterans'], ['au-open-arms', 'au-lifeline'], false],
    ['NZ', ['suicide'], 'en', [], ['nz-1737'], false],
    ['NZ', ['abuse-now'], 'en', [], ['nz-womens-refuge'], true],
    ['NZ', ['child-risk'], 'en', [], ['nz-kidsline'], true],
    ['ES', ['suicide'], 'es', [], ['es-024'], false],
    ['ES', ['abuse-now'], 'es', [], ['es-016'], true],
    ['ES', ['abuse-now', 'suicide'], 'es', [], ['es-016', 'es-024'], true],
    ['ES', ['child-risk'], 'es', [], ['es-anar'], true],
    ['MX', ['suicide'], 'es', [], ['mx-linea-de-la-vida'], false],
    ['MX', ['abuse-now'], 'es', [], ['mx-linea-de-la-vida'], true],
    ['MX', ['child-risk'], 'es', [], ['mx-linea-de-la-vida'], true],
  ];
  for (const [country, kinds, lang, hints, expected, first] of table) {
    const label = `${country} ${kinds.join('+')} ${lang}${hints.length ? ` (${hints.join(', ')})` : ''}`;
    it(`${label} → ${first ? 'emergency, ' : ''}${expected.join(', ')}${first ? '' : ', emergency'}`, () => {
      const choice = hotlineBook.choose({ country, kinds, lang, hints });
      expect(choice.lines.map((l) => l.id)).to.deep.equal(expected);
      expect(choice.emergencyFirst).to.equal(first);
      expect(choice.emergency.needs).to.include('emergency');
      expect(choice.emergency.country).to.equal(country);
    });
  }

  it('puts the emergency number first for suicidal thoughts when the detector saw a plan or means', () => {
    expect(hotlineBook.choose({ country: 'US', kinds: ['suicide'], lang: 'en', imminent: true }).emergencyFirst).to.equal(true);
  });

  it('offers Mexico City lines only when the person named Mexico City', () => {
    expect(hotlineBook.choose({ country: 'MX', kinds: ['abuse-now'], lang: 'es', region: 'CDMX' }).lines.map((l) => l.id)).to.deep.equal([
      'mx-sos-mujeres',
    ]);
  });

  it('never offers QLife, a peer-support line, in a crisis', () => {
    for (const kinds of [['suicide'], ['self-harm'], ['danger-now'], ['abuse-now']] as CrisisKind[][]) {
      const ids = hotlineBook.choose({ country: 'AU', kinds, lang: 'en', hints: ['lgbtq'] }).lines.map((l) => l.id);
      expect(ids).not.to.include('au-qlife');
    }
  });

  it('never shows more than two lines, whatever is detected', () => {
    const every: CrisisKind[] = ['suicide', 'self-harm', 'danger-now', 'abuse-now', 'overdose', 'child-risk', 'third-party'];
    for (const country of hotlineBook.countries()) {
      const choice = hotlineBook.choose({
        country,
        kinds: every,
        lang: 'en',
        hints: ['veterans', 'lgbtq', 'sexual-assault', 'indigenous'],
      });
      expect(choice.lines.length).to.be.within(1, 2);
    }
  });
});

describe('HotlineBook.choose: someone hurting or threatening the person, in every country of the book', () => {
  // The domestic-violence line the book has for each country (and region), or, where hotlines.md verified none,
  // the national crisis line: never silence, and never the suicide line when a domestic-violence line exists.
  const expected: Array<[string, string | null, string]> = [
    ['US', null, 'us-ndvh'],
    ['CA', null, 'ca-988'], // no single national domestic-violence line verified (hotlines.md)
    ['GB', null, 'gb-refuge'],
    ['IE', null, 'ie-womens-aid'],
    ['AU', null, 'au-1800respect'],
    ['NZ', null, 'nz-womens-refuge'],
    ['ES', null, 'es-016'],
    ['MX', null, 'mx-linea-de-la-vida'], // only Mexico City has verified lines
    ['MX', 'CDMX', 'mx-sos-mujeres'],
  ];
  it('covers every country the book has', () => {
    expect([...new Set(expected.map(([c]) => c))]).to.have.members(hotlineBook.countries());
  });
  const situations: CrisisKind[][] = [['abuse-now'], ['danger-now'], ['danger-now', 'abuse-now'], ['danger-now', 'third-party']];
  for (const [country, region, line] of expected) {
    for (const kinds of situations) {
      for (const lang of ['en', 'es'] as const) {
        it(`${country}${region ? `/${region}` : ''} ${kinds.join('+')} ${lang} → emergency first, then ${line}`, () => {
          const choice = hotlineBook.choose({ country, kinds, lang, region });
          expect(choice.emergencyFirst).to.equal(true);
          expect(choice.lines[0]?.id).to.equal(line);
          const hasDvLine = hotlineBook
            .linesIn(country)
            .some((l) => l.needs.includes('domestic-violence') && (!l.region || l.region === region));
          if (hasDvLine)
            expect(
              choice.lines.every((l) => !l.needs.includes('suicide')),
              'no suicide line',
            ).to.equal(true);
        });
      }
    }
  }

  it('puts the abuse line before a group line, and adds the group line only with thoughts of suicide', () => {
    const ids = (kinds: CrisisKind[]) =>
      hotlineBook.choose({ country: 'US', kinds, lang: 'en', hints: ['veterans'] }).lines.map((l) => l.id);
    expect(ids(['danger-now'])).to.deep.equal(['us-ndvh']);
    expect(ids(['abuse-now', 'suicide'])).to.deep.equal(['us-ndvh', 'us-veterans-crisis-line']);
  });

  it('still gives the crisis line first when danger now comes with suicidal thoughts', () => {
    expect(hotlineBook.choose({ country: 'US', kinds: ['danger-now', 'suicide'], lang: 'en' }).lines[0]?.id).to.equal('us-988');
  });
});

describe('helpNow', () => {
  const table: Array<[string | null, Lang, { emergency: string; crisisLine: string }]> = [
    ['US', 'en', { emergency: '911', crisisLine: 'call or text 988' }],
    ['US', 'es', { emergency: '911', crisisLine: 'llama al 988 y marca 2, o envía la palabra AYUDA al 988' }],
    ['GB', 'en', { emergency: '999', crisisLine: 'call 116 123 (Samaritans)' }],
    ['IE', 'en', { emergency: '112 or 999', crisisLine: 'call 116 123 (Samaritans Ireland)' }],
    ['IE', 'es', { emergency: '112 o 999', crisisLine: 'llama al 116 123 (Samaritans Ireland)' }],
    ['AU', 'en', { emergency: '000', crisisLine: 'call 13 11 14 or text 0477 13 11 14 (Lifeline)' }],
    ['NZ', 'en', { emergency: '111', crisisLine: 'call or text 1737' }],
    ['CA', 'en', { emergency: '911', crisisLine: 'call or text 988' }],
    ['ES', 'es', { emergency: '112', crisisLine: 'llama al 024' }],
    ['MX', 'es', { emergency: '911', crisisLine: 'llama al 800 911 2000 (Línea de la Vida)' }],
    [null, 'en', { emergency: '911', crisisLine: 'call or text 988' }],
    ['FR', 'en', { emergency: '911', crisisLine: 'call or text 988' }],
  ];
  for (const [country, lang, expected] of table) {
    it(`${country ?? 'unknown'} ${lang} → ${expected.emergency} / ${expected.crisisLine}`, () => {
      expect(helpNow(country, lang, 'US')).to.deep.equal(expected);
    });
  }

  it('uses the configured default country when the country is unknown', () => {
    expect(helpNow(null, 'en', 'GB').emergency).to.equal('999');
  });
});

describe('countryFromText', () => {
  const table: Array<[string, Lang, string | null]> = [
    ['UK', 'en', 'GB'],
    ["I'm in England", 'en', 'GB'],
    ['Northern Ireland', 'en', 'GB'],
    ['Ireland', 'en', 'IE'],
    ['Irlanda', 'es', 'IE'],
    ['Australia', 'en', 'AU'],
    ['España', 'es', 'ES'],
    ['espana', 'es', 'ES'],
    ['México', 'es', 'MX'],
    ['Mexico', 'en', 'MX'],
    ['Canada', 'en', 'CA'],
    ['Canadá', 'es', 'CA'],
    ['New Zealand', 'en', 'NZ'],
    ['NZ', 'en', 'NZ'],
    ['US', 'en', 'US'],
    ['in the US', 'en', 'US'],
    ['Estados Unidos', 'es', 'US'],
    ['EE. UU.', 'es', 'US'],
    ['United Kingdom', 'en', 'GB'],
    ['Reino Unido', 'es', 'GB'],
    ['Nueva Zelanda', 'es', 'NZ'],
    ['can you help us', 'en', null],
    ['France', 'en', null],
    ['Mexico or Spain', 'en', null],
    ['', 'en', null],
  ];
  for (const [text, lang, expected] of table) {
    it(`"${text}" (${lang}) → ${expected ?? 'null'}`, () => {
      expect(countryFromText(text, lang)).to.equal(expected);
    });
  }
});

describe('loading a broken hotline file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-hotlines-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const good = () => JSON.parse(readFileSync(HOTLINES_FILE, 'utf8')) as { lines: Array<Record<string, unknown>> };
  // [what breaks, how, message must contain]
  const table: Array<[string, (doc: ReturnType<typeof good>) => void, RegExp[]]> = [
    [
      'a phone number with letters',
      (doc) => ((doc.lines[1]!.channels as Array<Record<string, unknown>>)[0]!.value = '1-800-SUICIDE'),
      [/row 2 \(id: us-988\)/, /field `channels\.0\.value`/, /not a phone number/],
    ],
    ['a row with no source', (doc) => delete doc.lines[3]!.source, [/row 4 \(id: us-ndvh\)/, /field `source`/]],
    ['an unknown need', (doc) => (doc.lines[2]!.needs = ['crisis-txt']), [/row 3 \(id: us-crisis-text-line\)/, /field `needs\.0`/]],
    ['hours other than 24/7 or null', (doc) => (doc.lines[1]!.hours = '24 hours'), [/row 2/, /field `hours`/]],
    ['a repeated id', (doc) => (doc.lines[2]!.id = 'us-988'), [/row 3 \(id: us-988\)/, /field `id`/, /repeats/]],
    [
      'a country without an emergency row',
      (doc) => (doc.lines = doc.lines.filter((l) => l.id !== 'gb-emergency')),
      [/country GB needs exactly one emergency row/],
    ],
  ];
  for (const [what, breakIt, expected] of table) {
    it(`stops with file, row and field named: ${what}`, () => {
      const doc = good();
      breakIt(doc);
      const file = join(dir, 'hotlines.json');
      writeFileSync(file, JSON.stringify(doc));
      let error: unknown;
      try {
        HotlineBook.load(file);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(HotlineDataError);
      const message = (error as Error).message;
      expect(message).to.contain(file);
      for (const pattern of expected) expect(message).to.match(pattern);
    });
  }

  it('stops with the file named when it is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "lines": [');
    expect(() => HotlineBook.load(file)).to.throw(HotlineDataError, /broken\.json: cannot be read as JSON/);
  });
});
