import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Lang } from '../i18n';
import type { Logger } from '../log';
import { pageNote } from '../safety/pageNote';

/**
 * The web page's banner says where to get help now ("Call 999..."). It starts from the page's locale; when the
 * person names a place in the chat, the crisis lines follow that place, and so must the banner. The bot tells
 * the page with an event activity, which Web Chat receives through Direct Line like any other activity (the
 * local Direct Line and Azure's alike) and the page shows (src/server/public/chat.js). Only the country code and
 * the sentence travel; never the place.
 */
export const HELP_NOW_EVENT = 'kindred/helpNow';

/** What the event carries. */
export interface HelpNowEventValue {
  country: string;
  lang: Lang;
  text: string;
}

const PAGE_COUNTRY = Symbol('kindred.pageCountry');
/** Channels that are our own web page. Teams and others have no banner, and Teams refuses event activities. */
const PAGE_CHANNELS = new Set(['directline', 'webchat']);

/** Notes, during a turn, the country the crisis lines now follow (a place the person named, a country picked). */
export function notePageCountry(context: TurnContext, country: string): void {
  context.turnState.set(PAGE_COUNTRY, country.toUpperCase());
}

/**
 * At the end of a turn: tells the page the banner for the country noted this turn, if any. Best effort: a
 * failure is logged (without the text) and never fails the turn, whose replies have already gone out.
 */
export async function updatePageBanner(context: TurnContext, options: { lang: Lang; defaultCountry: string; log: Logger }): Promise<void> {
  const country = context.turnState.get(PAGE_COUNTRY) as string | undefined;
  if (!country || !PAGE_CHANNELS.has(context.activity.channelId)) return;
  const value: HelpNowEventValue = { country, lang: options.lang, text: pageNote(country, options.lang, options.defaultCountry) };
  try {
    await context.sendActivity({ type: ActivityTypes.Event, name: HELP_NOW_EVENT, value });
  } catch (err) {
    options.log.warn(
      { event: 'page_banner_failed', err: err instanceof Error ? err.name : typeof err },
      'could not update the page banner',
    );
  }
}
