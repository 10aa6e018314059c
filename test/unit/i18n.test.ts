import { expect } from 'chai';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { countryFromLocale, langFromLocale } from '../../src/i18n';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Every text a string entry can produce: functions are called with a few kinds of arguments they take. */
function render(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value as string[];
  if (typeof value !== 'function') return [];
  const fn = value as (...args: unknown[]) => unknown;
  const tries: unknown[][] = [['X', 'Y', 'Z'], [['X', 'Y', 'Z']], [true, true], [true, false], [false, true], [3, 'X']];
  const out: string[] = [];
  for (const args of tries) {
    try {
      const result = fn(...args);
      if (typeof result === 'string') out.push(result);
    } catch {
      // this entry takes other arguments
    }
  }
  return out;
}

describe('user-facing strings', () => {
  it('Spanish has every English string, and nothing else', () => {
    expect(leaves(es as unknown as Tree).map(([k]) => k)).to.deep.equal(leaves(en as unknown as Tree).map(([k]) => k));
  });

  for (const [name, strings] of [
    ['English', en],
    ['Spanish', es],
  ] as const) {
    it(`${name}: no string is empty or left untranslated-looking`, () => {
      for (const [key, value] of leaves(strings as unknown as Tree)) {
        const texts = render(value);
        expect(texts.length, `${key} renders to some text`).to.be.greaterThan(0);
        expect(
          texts.some((t) => t.trim() !== ''),
          key,
        ).to.equal(true);
      }
    });

    it(`${name}: follows the safe-messaging rules (no "committed suicide")`, () => {
      const all = leaves(strings as unknown as Tree)
        .flatMap(([, v]) => render(v))
        .join('\n');
      expect(all).to.not.match(/committed suicide|cometi[óo] suicidio/i);
    });
  }

  it('Spanish differs from English where it should (not a copy)', () => {
    expect(es.welcome.intro).to.not.equal(en.welcome.intro);
    expect(es.findHelp.askNeed).to.not.equal(en.findHelp.askNeed);
  });
});

describe('locale helpers', () => {
  const cases: Array<[string | undefined, string | null, string | null]> = [
    ['en-US', 'en', 'US'],
    ['es-MX', 'es', 'MX'],
    ['en_GB', 'en', 'GB'],
    ['es', 'es', null],
    ['fr-FR', null, 'FR'],
    ['zh-Hant-TW', null, 'TW'],
    ['', null, null],
    [undefined, null, null],
  ];
  for (const [locale, lang, country] of cases) {
    it(`${String(locale)} → language ${String(lang)}, country ${String(country)}`, () => {
      expect(langFromLocale(locale)).to.equal(lang);
      expect(countryFromLocale(locale)).to.equal(country);
    });
  }
});
