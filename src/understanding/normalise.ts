/** Lower-case, strip accents and punctuation, collapse spaces: the form lexicons are matched in. */
export function foldText(text: string): string {
  let s = String(text ?? '');
  // Most text is plain ASCII; Unicode normalisation is the slow step, so skip it when it cannot matter.
  if (/[\u0080-\uffff]/.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return s
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded words of a message, in order. */
export function foldTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

// "St. Louis", "Saint Louis" and "st louis" must meet in one key; so must "Mt" and "Mount".
const PLACE_WORD_FORMS: Record<string, string> = { saint: 'st', ste: 'st', sainte: 'st', mount: 'mt', fort: 'ft' };

/** The key a place name is indexed and looked up under: folded, with saint/mount/fort abbreviated. */
export function placeKey(text: string): string {
  const folded = foldText(text);
  if (!/\b(saint|ste|sainte|mount|fort)\b/.test(folded)) return folded;
  return folded
    .split(' ')
    .map((t) => PLACE_WORD_FORMS[t] ?? t)
    .join(' ');
}
