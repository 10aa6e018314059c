import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { stringsFor } from '../i18n';
import { parseFrame } from '../understanding/parseFrame';
import { resolvePlaceCandidates } from '../understanding/place';
import { countryFromLocale } from '../i18n/lang';
import type { FlowServices } from './flowServices';
import { AFTER_ANSWER, TAKES_YES_NO, type AfterAnswer, type FlowOptions } from './interruptibleDialog';
import { offerSuggestion } from './knowledgeAnswer';
import { locationFrom, placeFromLocation } from './location';
import type { NeedId } from '../understanding/types';
import { choiceLabels, placeLabel } from './placeLabel';
import { readPlaceChoice } from './placeChoice';
import { readYesNo } from './replies';
import { INTAKE_DIALOG, RESULTS_DIALOG } from './dialogIds';
import type { ResultsOptions } from './resultsDialog';
import { absorbFrame, emptySearch, mainNeed, withoutAlternatives, type Learned, type Search, type SearchPlace } from './search';
import { messageText, say, submitted } from './say';
import { turnLang, understandingLocale } from './turnLang';

/** After this many answers that say nothing new, the flow moves on rather than asking again: no dead ends. */
const MAX_MISSES = 2;

type Question = 'need' | 'place' | 'whichPlace' | 'confirmPlace';
/** First time, again because the answer told us nothing, or again briefly after an answer or interruption. */
/** 'again' (after an interruption): the whole question once more, then brief forms; never three times the same. */
type AskMode = 'first' | 'retry' | 'brief' | 'again';

interface IntakeState {
  search: Search;
  asking?: Question;
  /** Answers in a row to the current question that told us nothing. */
  misses: number;
  /** The places an ambiguous name could be ("Portland"), until the person picks one. */
  choices?: SearchPlace[];
  /** The place was read from a typo ("sna fransisco"), so it is confirmed before searching. */
  unsure?: boolean;
  placeIntro?: 'change' | 'again';
  /** The person turned down the remembered place (by naming none after "somewhere else"). */
  skipRemembered?: boolean;
  /** They said "near me" without saying where: the place question says we cannot see where they are. */
  nearMe?: boolean;
  /** They have been told once that Kindred cannot see where they are. */
  nearMeTold?: boolean;
  /** After an answer, Kindred offered to search for this; "yes" takes it up. */
  offered?: NeedId;
  /** How often each question has been put, so asking again is brief and never the same words three times running. */
  asked?: Partial<Record<Question, number>>;
  [TAKES_YES_NO]?: boolean;
}

/** How a search begins: carried over from earlier results, or for a new place ("change location"). */
export interface IntakeOptions extends FlowOptions {
  search?: Search;
  changePlace?: boolean;
}

/**
 * Learns what a search needs — the need, and a place or "online" — from whatever the person says, in any
 * order, asking only for what is missing, one question at a time, with suggested replies. An ambiguous place
 * is asked about ("Portland, Oregon or Portland, Maine?"); a place read from a typo is confirmed. Then it
 * hands over to the results.
 */
export class IntakeDialog extends Dialog<IntakeOptions> {
  constructor(private readonly services: FlowServices) {
    super(INTAKE_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options: IntakeOptions = {}): Promise<DialogTurnResult> {
    const state: IntakeState = { search: options.search ? structuredClone(options.search) : emptySearch(), misses: 0 };
    dc.activeDialog!.state = state;
    if (options.changePlace) {
      state.search.place = null;
      state.search.online = false;
      state.skipRemembered = true;
      state.placeIntro = 'change';
    } else if (!options.ignoreMessage) {
      this.absorb(dc.context, state, messageText(dc.context));
    }
    if (options.afterAnswer) return this.afterAnswer(dc, state, options.afterAnswer);
    return this.next(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IntakeState;
    const context = dc.context;
    const text = messageText(context);
    const lang = turnLang(context);
    delete state[TAKES_YES_NO];

    // "Use my location" in the web chat: rounded coordinates as a message value, never text.
    const location = locationFrom(submitted(context));
    if (location) {
      const place = location === 'unavailable' ? null : placeFromLocation(location);
      if (!place) {
        state.asking = 'place';
        await say(context, stringsFor(lang).findHelp.locationUnavailable, stringsFor(lang).findHelp.placeSuggestions);
        return Dialog.EndOfTurn;
      }
      state.search.place = place;
      delete state.choices;
      state.unsure = false;
      state.skipRemembered = true;
      return this.next(dc, state);
    }
    if (state.offered) {
      const answer = readYesNo(text);
      const offered = state.offered;
      delete state.offered;
      if (answer === 'yes') {
        state.search.needs = [offered];
        return this.next(dc, state);
      }
      if (answer === 'no') {
        await say(context, stringsFor(lang).answers.offerDeclined);
        return this.askFor(dc, state, state.asking ?? 'need', 'brief');
      }
    }

    if (state.asking === 'whichPlace' && state.choices) {
      const choice = readPlaceChoice(text, state.choices, lang);
      if (choice === 'else') return this.askPlaceAgain(dc, state);
      if (choice) {
        state.search.place = choice;
        delete state.choices;
        return this.next(dc, state);
      }
    }
    if (state.asking === 'confirmPlace') {
      const answer = readYesNo(text);
      if (answer === 'no') return this.askPlaceAgain(dc, state);
      if (answer === 'yes') {
        state.unsure = false;
        return this.next(dc, state);
      }
    }
    const toldNearMe = state.nearMeTold === true;
    const learned = this.absorb(context, state, text);
    // "Near me" is an answer, just not a place: the first time, it is met with an explanation, not counted as a miss.
    const anything = learned.need || learned.place || learned.online || learned.filters || (state.nearMe === true && !toldNearMe);
    if (state.asking === 'confirmPlace' && !learned.place) state.unsure = false; // not a "no": go on rather than block
    if (state.asking === 'whichPlace' && !learned.place) {
      state.misses += 1;
      if (state.misses >= MAX_MISSES && state.choices) {
        state.search.place = state.choices[0]!; // the most likely one; "change location" is always there
        delete state.choices;
      }
    }
    if (!anything && (state.asking === 'need' || state.asking === 'place')) state.misses += 1;
    return this.next(dc, state);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as IntakeState;
    const after = context.turnState.get(AFTER_ANSWER) as AfterAnswer | undefined;
    if (after?.offer && state.asking === 'need' && state.search.needs.length === 0) return this.offer(context, state, after.offer);
    if (state.asking) await this.ask(context, state, state.asking, after ? 'brief' : 'again');
  }

  /** Goes on after a line or an answer at the very start: offer the search the answer suggests, or ask briefly. */
  private async afterAnswer(dc: DialogContext, state: IntakeState, after: AfterAnswer): Promise<DialogTurnResult> {
    // The line asked for has been given; a search for "crisis lines" would only repeat it.
    if (after.line) state.search.needs = state.search.needs.filter((n) => n !== 'crisis-line');
    if (state.search.needs.length === 0) {
      state.asking = 'need';
      if (after.offer) await this.offer(dc.context, state, after.offer);
      else await this.ask(dc.context, state, 'need', 'brief');
      return Dialog.EndOfTurn;
    }
    return this.next(dc, state);
  }

  /** "If you'd like, I can look for counselling near you or online. Shall I?" */
  private async offer(context: TurnContext, state: IntakeState, need: NeedId): Promise<void> {
    const lang = turnLang(context);
    const s = stringsFor(lang);
    state.offered = need;
    state[TAKES_YES_NO] = true;
    await say(context, s.findHelp.offerPrompt(s.needs[need]), [s.answers.offerYes, s.answers.offerNo, offerSuggestion(need, lang)]);
  }

  /** Reads one message into the search; notes an ambiguous or unsure place. */
  private absorb(context: TurnContext, state: IntakeState, text: string): Learned {
    if (!text.trim()) return { need: false, place: false, online: false, filters: false };
    const locale = understandingLocale(context);
    const frame = parseFrame(text, locale);
    // A short answer to "where?" is about the place: "en línea" is not a request for a crisis line.
    const answersWhere =
      (state.asking === 'place' || state.asking === 'whichPlace') && (frame.place !== null || frame.filters.mode === 'online');
    const keepNeeds = answersWhere && text.trim().split(/\s+/).length <= 5;
    const learned = absorbFrame(state.search, frame, { keepNeeds });
    if (frame.nearMe) state.nearMe = true;
    if (frame.place) {
      delete state.nearMe;
      const alternatives = frame.place.alternatives ?? [];
      state.choices = alternatives.length > 0 ? [withoutAlternatives(frame.place), ...alternatives.map(withoutAlternatives)] : undefined;
      const top = resolvePlaceCandidates(text, { country: countryFromLocale(locale) })[0];
      state.unsure = top?.via === 'fuzzy';
      delete state.placeIntro;
    }
    return learned;
  }

  /** Decides what is missing, and asks for it, or hands over to the results. */
  private async next(dc: DialogContext, state: IntakeState): Promise<DialogTurnResult> {
    const context = dc.context;
    const s = stringsFor(turnLang(context)).findHelp;
    const search = state.search;
    if (search.needs.length === 0) {
      if (state.asking !== 'need' || state.misses < MAX_MISSES) return this.askFor(dc, state, 'need');
      search.needs = ['general-info'];
      await say(context, s.needGiveUp);
    }
    if (!search.place && !search.online) {
      const remembered = state.skipRemembered ? undefined : (await this.services.profile.get(context)).place;
      if (remembered) {
        search.place = remembered;
        await say(context, s.rememberedPlace(placeLabel(remembered, turnLang(context))));
      } else if (state.asking === 'place' && state.misses >= MAX_MISSES) {
        search.online = true;
        await say(context, s.placeGiveUp);
      } else {
        return this.askFor(dc, state, 'place');
      }
    }
    if (state.choices && state.choices.length > 1) return this.askFor(dc, state, 'whichPlace');
    if (search.place && state.unsure) return this.askFor(dc, state, 'confirmPlace');
    return dc.replaceDialog(RESULTS_DIALOG, { search } satisfies ResultsOptions);
  }

  private async askPlaceAgain(dc: DialogContext, state: IntakeState): Promise<DialogTurnResult> {
    state.search.place = null;
    delete state.choices;
    state.unsure = false;
    state.skipRemembered = true;
    state.placeIntro = 'again';
    return this.askFor(dc, state, 'place');
  }

  private async askFor(dc: DialogContext, state: IntakeState, question: Question, mode?: AskMode): Promise<DialogTurnResult> {
    const retry = state.asking === question && state.misses > 0;
    if (state.asking !== question) state.misses = 0;
    state.asking = question;
    await this.ask(dc.context, state, question, mode ?? (retry ? 'retry' : 'first'));
    return Dialog.EndOfTurn;
  }

  /** The place question's suggestions: "Online is fine", and "Use my location" where the page can send it. */
  private async placeSuggestions(context: TurnContext): Promise<string[]> {
    const s = stringsFor(turnLang(context)).findHelp;
    const canLocate = (await this.services.memory.get(context)).canShareLocation === true;
    // After the typed answer: keyboard users reach the suggestions at the first one, and typing stays the default.
    return canLocate ? [...s.placeSuggestions, s.useMyLocation] : s.placeSuggestions;
  }

  private async ask(context: TurnContext, state: IntakeState, question: Question, mode: AskMode): Promise<void> {
    const lang = turnLang(context);
    const s = stringsFor(lang).findHelp;
    const times = (state.asked ??= {})[question] ?? 0;
    state.asked[question] = times + 1;
    if (mode === 'again') mode = times <= 1 ? 'first' : 'brief';
    // Asked again briefly, in words that change each time, so nobody reads the same question three times running.
    const brief = (variants: string[]) => variants[times % variants.length]!;
    switch (question) {
      case 'need':
        return say(context, mode === 'retry' ? s.needRetry : mode === 'brief' ? brief(s.askNeedBrief) : s.askNeed, s.needSuggestions);
      case 'place': {
        const suggestions = await this.placeSuggestions(context);
        // Our web page turns the "Use my location" suggestion into a location (src/server/public/location.js).
        const page = suggestions.includes(s.useMyLocation) ? { kindred: { locationAction: s.useMyLocation } } : undefined;
        if (state.nearMe) {
          const told = state.nearMeTold === true;
          state.nearMeTold = true;
          return say(context, told ? s.askPlaceNearMeAgain : s.askPlaceNearMe, suggestions, page);
        }
        const intro =
          state.placeIntro === 'change'
            ? stringsFor(lang).interruptions.changeLocation
            : state.placeIntro === 'again'
              ? s.askPlaceAgain
              : s.askPlace(stringsFor(lang).needs[mainNeed(state.search.needs)]);
        return say(context, mode === 'retry' ? s.placeRetry : mode === 'brief' ? brief(s.askPlaceBrief) : intro, suggestions, page);
      }
      case 'whichPlace': {
        const labels = choiceLabels(state.choices ?? [], lang);
        return say(context, mode === 'first' ? s.askWhichPlace(labels) : s.whichPlaceRetry, [...labels, s.somewhereElse]);
      }
      case 'confirmPlace':
        state[TAKES_YES_NO] = true;
        return say(context, s.confirmPlace(placeLabel(state.search.place!, lang)), [s.confirmYes, s.confirmNo]);
    }
  }
}
