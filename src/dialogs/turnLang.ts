import type { TurnContext } from 'botbuilder';
import type { Lang } from '../i18n/lang';

const LANG = Symbol('kindred.lang');

/** Records the language chosen for this turn (the bot decides it once, at the start of the turn). */
export function setTurnLang(context: TurnContext, lang: Lang): void {
  context.turnState.set(LANG, lang);
}

/** The language to answer in this turn. */
export function turnLang(context: TurnContext): Lang {
  return (context.turnState.get(LANG) as Lang | undefined) ?? 'en';
}
