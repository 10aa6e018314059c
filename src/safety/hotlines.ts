import { stringsFor } from '../i18n';
import type { Lang } from '../i18n/lang';

// PLACEHOLDER (foundation): US only. The safety issue replaces this file with the hotline book.

/** Short phrases for "how to get help right now", for the welcome and for error apologies. */
export function helpNow(country: string | null, lang: Lang, defaultCountry: string): { emergency: string; crisisLine: string } {
  void country;
  void defaultCountry;
  const s = stringsFor(lang).errors;
  return { emergency: s.emergencyUs, crisisLine: s.crisisLineUs };
}
