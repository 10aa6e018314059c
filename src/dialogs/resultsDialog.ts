import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { haversineKm } from '../directory/geo';
import type { Match } from '../directory/types';
import { cleanReason } from '../feedback';
import { stringsFor, type Lang } from '../i18n';
import { foldText } from '../understanding/normalise';
import { parseFrame } from '../understanding/parseFrame';
import { INTAKE_DIALOG, RESULTS_DIALOG } from './dialogIds';
import { retentionOf, type FlowServices } from './flowServices';
import type { IntakeOptions } from './intakeDialog';
import { AFTER_ANSWER, TAKES_YES_NO, type AfterAnswer, type FlowOptions } from './interruptibleDialog';
import { offerSuggestion } from './knowledgeAnswer';
import { readPosition } from './ordinals';
import { placeLabel } from './placeLabel';
import { readRefinement } from './refine';
import { readResultsReply, readYesNo } from './replies';
import { concreteNeeds, toQuery, type Search } from './search';
import { messageText, say, submitted } from './say';
import { PAGE, sendFirstPage, sendFollowUp, sendResults, sendTyping } from './resultsView';
import { turnLang, understandingLocale } from './turnLang';

type Question = 'helpful' | 'next' | 'refine' | 'reportWhich' | 'reportReason' | 'reportOther' | 'remember';

/** The least a results view keeps: the search, and the ids shown in the order they were numbered. */
interface ResultsState {
  search: Search;
  shown: string[];
  asking: Question;
  /** The result the person last looked at ("the second one"), for "more like this" and "report". */
  picked?: string;
  reportId?: string;
  rated?: boolean;
  /** Replies in a row that Kindred could not read, so "not sure I understood" changes its words. */
  unclear?: number;
  [TAKES_YES_NO]?: boolean;
}

export interface ResultsOptions extends FlowOptions {
  search: Search;
}

const REPORT_REASONS = ['wrong-phone', 'closed', 'wrong-details', 'website-broken', 'other'] as const;
const MORE_LIKE = /^(more like|similar to|more similar to|mas como|mas parecidos a|parecidos a)\s+(.+)$/;
const REPORT = /^(report|report a problem with|reportar|reportar un problema con)\s+(.+)$/;

/**
 * Results and what people do next: show more, refine, "the second one", more like this, "Was this helpful?",
 * report a problem with a listing, and the once-per-conversation offer to remember place and language.
 * Anything that reads as a new request goes back to the intake with the search so far.
 */
export class ResultsDialog extends Dialog<ResultsOptions> {
  constructor(private readonly services: FlowServices) {
    super(RESULTS_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ResultsOptions): Promise<DialogTurnResult> {
    const state: ResultsState = { search: structuredClone(options!.search), shown: [], asking: 'helpful' };
    dc.activeDialog!.state = state;
    if (state.search.place) await this.services.onPlace?.(dc.context, state.search.place);
    await this.firstPage(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ResultsState;
    const context = dc.context;
    const lang = turnLang(context);
    delete state[TAKES_YES_NO];

    const value = submitted(context);
    if (value && typeof value.id === 'string' && state.shown.includes(value.id)) {
      if (value.kindred === 'moreLikeThis') return this.moreLike(context, state, value.id);
      if (value.kindred === 'report') return this.askReportReason(context, state, value.id);
    }
    const text = messageText(context);
    switch (state.asking) {
      case 'refine':
        return this.refineWith(dc, state, text);
      case 'reportReason':
      case 'reportOther':
        return this.recordReport(context, state, text);
      case 'reportWhich': {
        const position = readPosition(text, lang, state.shown.length);
        if (position) return this.askReportReason(context, state, state.shown[position - 1]!);
        break;
      }
      case 'remember': {
        const answer = readYesNo(text);
        if (answer) return this.answerRemember(context, state, answer === 'yes');
        break;
      }
    }
    return this.nextStep(dc, state, text);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as ResultsState;
    const lang = turnLang(context);
    const r = stringsFor(lang).results;
    const after = context.turnState.get(AFTER_ANSWER) as AfterAnswer | undefined;
    if (after?.offer) {
      const s = stringsFor(lang);
      await say(context, s.answers.offer(s.needs[after.offer]), [offerSuggestion(after.offer, lang), r.showMore, r.startOver]);
    } else if (state.asking === 'refine') await say(context, r.askRefine, r.refineSuggestions);
    else await sendFollowUp(context, state.asking === 'helpful' && !after);
  }

  /** The general case after results: show more, refine, a number, more like this, report, helpful, or something new. */
  private async nextStep(dc: DialogContext, state: ResultsState, text: string): Promise<DialogTurnResult> {
    const context = dc.context;
    const lang = turnLang(context);
    const r = stringsFor(lang).results;
    const folded = foldText(text);
    const moreLike = MORE_LIKE.exec(folded);
    const report = REPORT.exec(folded);
    const target = (rest: string | undefined) => (rest ? readPosition(rest, lang, state.shown.length) : null);
    if (moreLike && target(moreLike[2])) return this.moreLike(context, state, state.shown[target(moreLike[2])! - 1]!);
    if (report && target(report[2])) return this.askReportReason(context, state, state.shown[target(report[2])! - 1]!);

    let reply = readResultsReply(text);
    if (!reply && state.asking === 'helpful') {
      const yesNo = readYesNo(text);
      if (yesNo) reply = yesNo === 'yes' ? 'helpful' : 'notHelpful';
    }
    switch (reply) {
      case 'showMore':
        return this.showMore(context, state);
      case 'refine':
        state.asking = 'refine';
        await say(context, r.askRefine, r.refineSuggestions);
        return Dialog.EndOfTurn;
      case 'moreLikeThis': {
        const id = state.picked ?? state.shown[0];
        if (id) return this.moreLike(context, state, id);
        break;
      }
      case 'report': {
        const id = state.picked ?? (state.shown.length === 1 ? state.shown[0] : undefined);
        if (id) return this.askReportReason(context, state, id);
        if (state.shown.length > 0) {
          state.asking = 'reportWhich';
          await say(context, r.reportWhich);
          return Dialog.EndOfTurn;
        }
        break;
      }
      case 'helpful':
      case 'notHelpful':
        return this.rate(context, state, reply === 'helpful');
    }
    const position = readPosition(text, lang, state.shown.length);
    if (position) return this.pick(context, state, state.shown[position - 1]!);

    const frame = parseFrame(text, understandingLocale(context));
    if (concreteNeeds(frame.needs).length > 0 || frame.place || frame.filters.mode === 'online') {
      return dc.replaceDialog(INTAKE_DIALOG, { search: state.search } satisfies IntakeOptions);
    }
    const refinement = text ? readRefinement(text, lang) : null;
    if (refinement) return this.refineWith(dc, state, text);
    state.asking = 'next';
    state.unclear = (state.unclear ?? 0) + 1;
    // Honest, with the choices, and in other words each time, so no three in a row are the same.
    const words = [r.notUnderstood, r.notUnderstoodAgain, r.notUnderstoodThird][(state.unclear - 1) % 3]!;
    await say(context, words, [r.showMore, r.refine, r.startOver]);
    return Dialog.EndOfTurn;
  }

  private async firstPage(context: TurnContext, state: ResultsState, intro?: string): Promise<void> {
    await sendTyping(context);
    const result = this.services.directory.search(toQuery(state.search, this.services.defaultCountry, PAGE));
    state.shown = await sendFirstPage(context, state.search, result, {
      defaultCountry: this.services.defaultCountry,
      intro,
      now: this.clock(),
    });
    delete state.picked;
    if (state.shown.length === 0) {
      state.asking = 'next';
      return;
    }
    state.asking = state.rated ? 'next' : 'helpful';
    if (state.asking === 'helpful') state[TAKES_YES_NO] = true;
    await sendFollowUp(context, state.asking === 'helpful');
  }

  private async showMore(context: TurnContext, state: ResultsState): Promise<DialogTurnResult> {
    const r = stringsFor(turnLang(context)).results;
    await sendTyping(context);
    const result = this.services.directory.search(toQuery(state.search, this.services.defaultCountry, state.shown.length + PAGE));
    const more = [...result.local, ...result.remote].filter((m) => !state.shown.includes(m.resource.id)).slice(0, PAGE);
    state.asking = 'next';
    if (more.length === 0) {
      await say(context, r.noMore, [r.refine, r.startOver]);
      return Dialog.EndOfTurn;
    }
    await sendResults(context, r.moreIntro, more, state.shown.length + 1, this.clock());
    state.shown.push(...more.map((m) => m.resource.id));
    await sendFollowUp(context, false);
    return Dialog.EndOfTurn;
  }

  private async moreLike(context: TurnContext, state: ResultsState, id: string): Promise<DialogTurnResult> {
    const r = stringsFor(turnLang(context)).results;
    const resource = this.services.directory.get(id);
    state.asking = 'next';
    if (!resource) return this.reprompt(context, state);
    await sendTyping(context);
    const query = { ...toQuery(state.search, this.services.defaultCountry, state.shown.length + PAGE + 1), needs: resource.needs };
    const result = this.services.directory.search(query);
    const like = [...result.local, ...result.remote]
      .filter((m) => m.resource.id !== id && !state.shown.includes(m.resource.id))
      .slice(0, PAGE);
    if (like.length === 0) {
      await say(context, r.noMoreLike(resource.name), [r.showMore, r.refine, r.startOver]);
      return Dialog.EndOfTurn;
    }
    await sendResults(context, r.moreLike(resource.name), like, state.shown.length + 1, this.clock());
    state.shown.push(...like.map((m) => m.resource.id));
    await sendFollowUp(context, false);
    return Dialog.EndOfTurn;
  }

  /** "The second one": that result on its own, with what can be done with it. */
  private async pick(context: TurnContext, state: ResultsState, id: string): Promise<DialogTurnResult> {
    const resource = this.services.directory.get(id);
    if (!resource) return this.reprompt(context, state);
    const place = state.search.place;
    const km =
      place && resource.scope === 'local' && resource.latitude !== undefined && resource.longitude !== undefined
        ? Math.round(haversineKm(place.lat, place.lon, resource.latitude, resource.longitude) * 10) / 10
        : null;
    const match: Match = { resource, distanceKm: km, score: 0, reason: '' };
    state.picked = id;
    state.asking = 'next';
    await sendResults(context, null, [match], state.shown.indexOf(id) + 1, this.clock());
    const r = stringsFor(turnLang(context)).results;
    await say(context, r.next, [r.moreLikeThis, r.reportProblem, r.showMore, r.startOver]);
    return Dialog.EndOfTurn;
  }

  private async refineWith(dc: DialogContext, state: ResultsState, text: string): Promise<DialogTurnResult> {
    const context = dc.context;
    const lang = turnLang(context);
    const r = stringsFor(lang).results;
    const refinement = readRefinement(text, lang);
    if (!refinement) {
      const frame = parseFrame(text, understandingLocale(context));
      if (concreteNeeds(frame.needs).length > 0 || frame.place) {
        return dc.replaceDialog(INTAKE_DIALOG, { search: state.search } satisfies IntakeOptions);
      }
      state.asking = 'refine';
      await say(context, r.refineRetry, r.refineSuggestions);
      return Dialog.EndOfTurn;
    }
    const before = structuredClone(state.search);
    state.search.filters = { ...state.search.filters, ...refinement.filters };
    if (refinement.online) state.search.online = true;
    if (refinement.filters.mode === 'in-person') state.search.online = false;
    const result = this.services.directory.search(toQuery(state.search, this.services.defaultCountry, PAGE));
    if (result.local.length === 0 && result.remote.length === 0) {
      state.search = before;
      await this.firstPage(context, state, r.refineNothing);
    } else {
      await this.firstPage(context, state, r.refined);
    }
    return Dialog.EndOfTurn;
  }

  private async askReportReason(context: TurnContext, state: ResultsState, id: string): Promise<DialogTurnResult> {
    const r = stringsFor(turnLang(context)).results;
    state.reportId = id;
    state.asking = 'reportReason';
    const name = this.services.directory.get(id)?.name ?? id;
    await say(context, r.reportAsk(name), Object.values(r.reportReasons));
    return Dialog.EndOfTurn;
  }

  private async recordReport(context: TurnContext, state: ResultsState, text: string): Promise<DialogTurnResult> {
    const lang = turnLang(context);
    const r = stringsFor(lang).results;
    const code = state.asking === 'reportReason' ? reportCode(text, lang) : null;
    if (code === 'other' || (!code && !cleanReason(text))) {
      state.asking = 'reportOther';
      await say(context, r.reportOther);
      return Dialog.EndOfTurn;
    }
    await this.services.feedback.record({
      kind: 'listing-problem',
      resourceId: state.reportId,
      reason: code ?? cleanReason(text),
      at: this.now(),
    });
    delete state.reportId;
    state.asking = 'next';
    await say(context, r.reportThanks, [r.showMore, r.refine, r.startOver]);
    return Dialog.EndOfTurn;
  }

  private async rate(context: TurnContext, state: ResultsState, helpful: boolean): Promise<DialogTurnResult> {
    const lang = turnLang(context);
    const s = stringsFor(lang);
    if (!state.rated) {
      state.rated = true;
      await this.services.feedback.record({ kind: helpful ? 'helpful' : 'not-helpful', resourceId: state.shown[0], at: this.now() });
    }
    state.asking = 'next';
    if (!helpful) {
      await say(context, s.results.thanksNotHelpful, [s.results.refine, s.results.showMore, s.results.reportProblem, s.results.startOver]);
      return Dialog.EndOfTurn;
    }
    const data = await this.services.memory.get(context);
    const profile = await this.services.profile.get(context);
    if (data.offeredMemory || profile.place || profile.lang) {
      await say(context, s.results.thanksHelpful);
      return Dialog.EndOfTurn;
    }
    data.offeredMemory = true;
    state.asking = 'remember';
    state[TAKES_YES_NO] = true;
    // A location shared from the device is never kept beyond the conversation: it is not offered for remembering.
    const place = state.search.place && state.search.place.kind !== 'device' ? placeLabel(state.search.place, lang) : null;
    await say(context, s.memory.offer(place, s.memory.languageNames[lang], retentionOf(this.services).profileDays), [
      s.memory.yes,
      s.memory.no,
    ]);
    return Dialog.EndOfTurn;
  }

  private async answerRemember(context: TurnContext, state: ResultsState, yes: boolean): Promise<DialogTurnResult> {
    const lang: Lang = turnLang(context);
    const m = stringsFor(lang).memory;
    state.asking = 'next';
    const place = state.search.place?.kind === 'device' ? undefined : (state.search.place ?? undefined);
    if (yes) await this.services.profile.remember(context, { place, lang });
    await say(context, yes ? m.saved : m.notSaved);
    return Dialog.EndOfTurn;
  }

  private async reprompt(context: TurnContext, state: ResultsState): Promise<DialogTurnResult> {
    await sendFollowUp(context, state.asking === 'helpful');
    return Dialog.EndOfTurn;
  }

  /** The injected clock (tests fix it), for feedback times and when a meeting next meets. */
  private clock(): Date {
    return this.services.now?.() ?? new Date();
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

/** The reason a report names, from its suggested labels in either language. */
function reportCode(text: string, lang: Lang): (typeof REPORT_REASONS)[number] | null {
  const folded = foldText(text);
  for (const l of [lang, lang === 'en' ? 'es' : 'en'] as Lang[]) {
    const labels = stringsFor(l).results.reportReasons;
    const found = REPORT_REASONS.find((code) => foldText(labels[code]) === folded);
    if (found) return found;
  }
  return null;
}
