/** One word of a message: as typed (accents dropped, case kept) and folded for matching. */
export interface MessageToken {
  raw: string;
  folded: string;
}

/**
 * Splits a message into words, keeping what was typed beside the folded form so that
 * case-sensitive nicknames ("LA", not Spanish "la") can be told apart. Apostrophes join ("i'm" → "im").
 */
export function messageTokens(text: string): MessageToken[] {
  let s = String(text ?? '');
  if (/[\u0080-\uffff]/.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return s
    .replace(/[’'`]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((raw) => ({ raw, folded: raw.toLowerCase() }));
}
