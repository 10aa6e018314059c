import { countryFromLocale, langFromLocale, type Lang } from '../i18n/lang';
import { detectCrisis } from '../safety/detectCrisis';
import { detectFilters } from './filters';
import { detectLanguage } from './language';
import { detectNeeds } from './needs';
import { resolvePlace, wantsOnline } from './place';
import { parseRadiusKm } from './radius';
import type { Frame } from './types';

/**
 * Understands one message: crisis signal, needs, place, radius and filters (ARCHITECTURE.md's Frame).
 * The language comes from the locale when it says en or es, else from the words, else English.
 * Pure apart from loading the gazetteer on first use.
 */
export function parseFrame(text: string, locale?: string | null): Frame {
  const message = String(text ?? '');
  const lang: Lang = langFromLocale(locale) ?? detectLanguage(message) ?? 'en';
  const crisis = detectCrisis(message, locale);
  const filters = detectFilters(message, lang);
  if (!filters.mode && wantsOnline(message)) filters.mode = 'online';
  return {
    text: message,
    lang,
    crisis: { detected: crisis.detected, level: crisis.level, kinds: crisis.kinds, signals: crisis.signals },
    needs: detectNeeds(message, lang),
    place: resolvePlace(message, { country: countryFromLocale(locale) }),
    radiusKm: parseRadiusKm(message, lang),
    filters,
  };
}
