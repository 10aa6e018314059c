import { en, type Strings } from './en';
import { es } from './es';
import type { Lang } from './lang';

export type { Strings } from './en';
export { LANGS, langFromLocale, countryFromLocale, type Lang } from './lang';

const BY_LANG: Record<Lang, Strings> = { en, es };

/** The strings for one language. */
export function stringsFor(lang: Lang): Strings {
  return BY_LANG[lang];
}
