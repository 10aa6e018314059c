/** The languages Kindred speaks. Adding one means adding a strings module and lexicon files. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of a BCP 47 locale ("es-US" → "es"), or null when Kindred does not speak it. */
export function langFromLocale(locale: string | undefined | null): Lang | null {
  if (!locale) return null;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

/** The country of a BCP 47 locale ("en-GB" → "GB"), or null when the locale names none. */
export function countryFromLocale(locale: string | undefined | null): string | null {
  if (!locale) return null;
  const parts = locale.trim().split(/[-_]/);
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  }
  return null;
}
