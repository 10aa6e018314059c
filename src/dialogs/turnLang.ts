import type { TurnContext } from 'botbuilder';
import { countryFromLocale, langFromLocale, type Lang } from '../i18n/lang';

const LANG = Symbol('kindred.lang');

/** Records the language chosen for this turn (the bot decides it once, at the start of the turn). */
export function setTurnLang(context: TurnContext, lang: Lang): void {
  context.turnState.set(LANG, lang);
}

/** The language to answer in this turn. */
export function turnLang(context: TurnContext): Lang {
  return (context.turnState.get(LANG) as Lang | undefined) ?? 'en';
}

/**
 * The locale to understand this turn's words with: the turn's language (which may be the person's own
 * choice, "en español") with the country the channel's locale names, which steers place names.
 */
export function understandingLocale(context: TurnContext): string {
  const locale = context.activity.locale;
  const lang = turnLang(context);
  if (langFromLocale(locale) === lang) return locale!;
  const country = countryFromLocale(locale);
  return country ? `${lang}-${country}` : lang;
}
