import { stringsFor, LANGS, type Lang } from '../i18n';

// Country names people type when asked "which country are you in?", in English and Spanish whatever the
// conversation's language, because people mix them. The i18n country names are always accepted too.
const ALIASES: Record<string, readonly string[]> = {
  US: [
    'united states',
    'united states of america',
    'the us',
    'the usa',
    'usa',
    'u s a',
    'america',
    'estados unidos',
    'eeuu',
    'ee uu',
    'eua',
  ],
  CA: ['canada'],
  GB: [
    'united kingdom',
    'uk',
    'u k',
    'great britain',
    'britain',
    'england',
    'scotland',
    'wales',
    'northern ireland',
    'reino unido',
    'inglaterra',
    'escocia',
    'gales',
    'irlanda del norte',
    'gran bretana',
  ],
  IE: ['ireland', 'republic of ireland', 'eire', 'irlanda', 'republica de irlanda'],
  AU: ['australia'],
  NZ: ['new zealand', 'nz', 'aotearoa', 'nueva zelanda', 'nueva zelandia'],
  ES: ['spain', 'espana', 'espanya'],
  MX: ['mexico', 'mejico'],
};

// Two-letter codes collide with ordinary words ("us", "es", "ca"), so a bare code counts only as the whole answer.
const WHOLE_ANSWER_CODES = new Set(['us', 'ca', 'gb', 'ie', 'au', 'nz', 'es', 'mx']);

/** Lower-case, no accents or punctuation: the form aliases are matched in. */
function fold(text: string): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The ISO country a short answer names ("UK", "España", "in the US", "Nueva Zelanda"), or null when it names
 * none or several. `lang` adds that language's own country names (the picker's buttons) to the aliases.
 */
export function countryFromText(text: string, lang: Lang): string | null {
  const folded = fold(text);
  if (folded.length === 0) return null;
  if (WHOLE_ANSWER_CODES.has(folded)) return folded === 'uk' ? 'GB' : folded.toUpperCase();
  const names = new Map<string, string>();
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases) names.set(alias, code);
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    for (const [code, { name }] of Object.entries(stringsFor(l).crisis.countries)) names.set(fold(name), code);
  }
  // Longest names first, and each match blanks its words, so "Northern Ireland" is not also "Ireland".
  let rest = ` ${folded} `;
  const found = new Set<string>();
  for (const alias of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const needle = ` ${alias} `;
    if (rest.includes(needle)) {
      found.add(names.get(alias) as string);
      rest = rest.split(needle).join('  ');
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
