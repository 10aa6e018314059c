import { detectCrisis } from '../safety/detectCrisis';
import { langFromLocale, type Lang } from '../i18n/lang';
import { detectNeeds } from './needs';
import { resolvePlace, wantsOnline } from './place';
import type { Filters, Frame } from './types';

/** Understands one message: crisis signal, needs, place, radius and filters. Pure. */
export function parseFrame(text: string, locale?: string | null): Frame {
  const lang: Lang = langFromLocale(locale) ?? 'en';
  const crisis = detectCrisis(text, locale);
  const filters: Filters = {};
  if (wantsOnline(text)) filters.mode = 'online';
  if (/\b(free|gratis|gratuito)\b/i.test(text)) filters.cost = 'free';
  return {
    text,
    lang,
    crisis: { detected: crisis.detected, kinds: crisis.kinds },
    needs: detectNeeds(text, lang),
    place: resolvePlace(text),
    radiusKm: null,
    filters,
  };
}
