import { ActivityTypes, type TurnContext } from 'botbuilder';
import { supportsCards } from '../cards/channels';
import { isMeeting, meetingCard, meetingText } from '../cards/meetingCard';
import { resourceCard, resourceText, type ResultCardOptions } from '../cards/resourceCard';
import type { Match, SearchResult } from '../directory/types';
import { stringsFor, type Lang } from '../i18n';
import { helpNow } from '../safety/hotlines';
import { placeLabel } from './placeLabel';
import { mainNeed, type Search } from './search';
import { say, show } from './say';
import { turnLang } from './turnLang';

/** How many results one message shows: enough to choose from, few enough to read on a phone. */
export const PAGE = 3;
/** How many remote options follow local ones. */
const REMOTE_AFTER_LOCAL = 2;
/** The directory's radius when none is asked (DirectoryOptions.defaultRadiusKm). */
const DEFAULT_RADIUS_KM = 25;

/**
 * Sends a numbered list of results: one message with an intro line, then the cards (or the plain text where the
 * channel has no cards). Numbers continue from `firstPosition`, so "number 4" still means what was shown as 4.
 * `now` is when a meeting's "next" is counted from.
 */
export async function sendResults(
  context: TurnContext,
  intro: string | null,
  matches: Match[],
  firstPosition: number,
  now: Date,
): Promise<void> {
  const lang = turnLang(context);
  const s = stringsFor(lang);
  if (intro) await say(context, intro);
  const followUps = { moreLikeThis: s.results.moreLikeThis, report: s.results.reportProblem };
  const asText = (m: Match) => (isMeeting(m) ? meetingText(m, s, lang, now) : resourceText(m, s, lang));
  const asCard = (m: Match, options: ResultCardOptions) =>
    isMeeting(m) ? meetingCard(m, s, lang, now, options) : resourceCard(m, s, lang, options);
  const text = matches.map((m, i) => `${firstPosition + i}. ${asText(m)}`).join('\n\n');
  const cards = matches.map((m, i) => asCard(m, { position: firstPosition + i, followUps }));
  await show(context, { text, cards, carousel: true });
}

/** The first page for a search, chosen so there is never a dead end. Returns the ids shown, in order. */
export async function sendFirstPage(
  context: TurnContext,
  search: Search,
  result: SearchResult,
  options: { defaultCountry: string; intro?: string; now: Date },
): Promise<string[]> {
  const lang = turnLang(context);
  const s = stringsFor(lang).findHelp;
  const need = stringsFor(lang).needs[mainNeed(search.needs)];
  if (result.local.length > 0 && search.place) {
    const near = s.resultsNear(need, placeLabel(search.place, lang));
    const local = result.local.slice(0, PAGE);
    // The search widens until it has a full page; say so only when even the nearest is beyond the radius asked.
    const askedKm = search.radiusKm ?? DEFAULT_RADIUS_KM;
    const widened = result.widened && result.radiusKm !== null && (local[0]?.distanceKm ?? 0) > askedKm;
    // Around a state or county's centre: say so, and how to get closer.
    const region =
      search.place.kind === 'region'
        ? s.regionSearch(placeLabel(search.place, lang), result.radiusKm ?? search.place.extentKm ?? askedKm)
        : null;
    const said = region ? `${near}\n\n${region}` : near;
    const intro = options.intro ?? (widened ? `${s.widened(result.radiusKm!)}\n\n${said}` : said);
    await sendResults(context, intro, local, 1, options.now);
    const remote = result.remote.slice(0, REMOTE_AFTER_LOCAL);
    if (remote.length > 0)
      await sendResults(context, fromHome(remote) ? s.alsoRemote : s.alsoNational, remote, local.length + 1, options.now);
    return [...local, ...remote].map((m) => m.resource.id);
  }
  if (result.remote.length > 0) {
    const remote = result.remote.slice(0, PAGE);
    // Say "online or by phone" only when every card shown is: national networks may meet in person.
    const intro =
      options.intro ??
      (search.place && !search.online ? s.noResults(need) : fromHome(remote) ? s.resultsOnline(need) : s.resultsNational(need));
    await sendResults(context, intro, remote, 1, options.now);
    return remote.map((m) => m.resource.id);
  }
  // Nothing at all: the relevant national line, and a way on.
  const help = helpNow(search.place?.country ?? null, lang, options.defaultCountry);
  await say(context, s.nothingAtAll(need, help.crisisLine), s.needSuggestions);
  return [];
}

/** True when every one of these can be used from home: online, by phone or by text. */
function fromHome(matches: Match[]): boolean {
  return matches.every((m) => m.resource.modes.some((mode) => mode === 'online' || mode === 'phone' || mode === 'text'));
}

/** The question after results: "Was this helpful?" the first time, "Anything else?" after that. */
export async function sendFollowUp(context: TurnContext, first: boolean): Promise<void> {
  const lang: Lang = turnLang(context);
  const r = stringsFor(lang).results;
  const hint = supportsCards(context.activity.channelId) ? '' : `\n\n${r.plainHint}`;
  if (first) await say(context, `${r.askHelpful}${hint}`, [r.helpfulYes, r.helpfulNo, r.showMore, r.refine, r.startOver]);
  else await say(context, `${r.next}${hint}`, [r.showMore, r.refine, r.startOver]);
}

/** Tells the person the bot is working (shown by Web Chat and Teams while a search runs). */
export async function sendTyping(context: TurnContext): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Typing });
}
