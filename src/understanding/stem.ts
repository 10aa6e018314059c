// Inflection endings of English and Spanish, longest first. Stripping them lets "relapsing" meet
// "relapse" and "abusaron" meet "abuso" without listing every form in the lexicons.
const ENDINGS = [
  'iendo',
  'aron',
  'ando',
  'ados',
  'adas',
  'idos',
  'idas',
  'ings',
  'ing',
  'ado',
  'ada',
  'ido',
  'ida',
  'ers',
  'ies',
  'ed',
  'es',
  'er',
  'ly',
  'os',
  'as',
  's',
  'e',
  'o',
  'a',
  'y',
  'i',
];
const MIN_STEM = 4;

/** A crude shared stem of an English or Spanish word (folded); short words come back unchanged. */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
