import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { stringsFor } from '../i18n';
import { parseFrame } from '../understanding/parseFrame';
import { resolvePlaceCandidates } from '../understanding/place';
import { countryFromLocale } from '../i18n/lang';
import type { FlowServices } from './flowServices';
import { TAKES_YES_NO, type FlowOptions } from './interruptibleDialog';
import { choiceLabels, placeLabel } from './placeLabel';
import { readPlaceChoice } from './placeChoice';
import { readYesNo } from './replies';
import { INTAKE_DIALOG, RESULTS_DIALOG } from './dialogIds';
import type { ResultsOptions } from './resultsDialog';
import { absorbFrame, emptySearch, mainNeed, withoutAlternatives, type Learned, type Search, type SearchPlace } from './search';
import { messageText, say } from './say';
import { turnLang, understandingLocale } from './turnLang';

/** After this many answers that say nothing new, the flow moves on rather than asking again: no dead ends. */
const MAX_MISSES = 2;

type Question = 'need' | 'place' | 'whichPlace' | 'confirmPlace';

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
    return this.next(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IntakeState;
    const context = dc.context;
    const text = messageText(context);
    const lang = turnLang(context);
    delete state[TAKES_YES_NO];

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
    const learned = this.absorb(context, state, text);
    const anything = learned.need || learned.place || learned.online || learned.filters;
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
    if (state.asking) await this.ask(context, state, state.asking, false);
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
    if (frame.place) {
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

  private async askFor(dc: DialogContext, state: IntakeState, question: Question): Promise<DialogTurnResult> {
    const retry = state.asking === question && state.misses > 0;
    if (state.asking !== question) state.misses = 0;
    state.asking = question;
    await this.ask(dc.context, state, question, retry);
    return Dialog.EndOfTurn;
  }

  private async ask(context: TurnContext, state: IntakeState, question: Question, retry: boolean): Promise<void> {
    const lang = turnLang(context);
    const s = stringsFor(lang).findHelp;
    switch (question) {
      case 'need':
        return say(context, retry ? s.needRetry : s.askNeed, s.needSuggestions);
      case 'place': {
        const intro =
          state.placeIntro === 'change'
            ? stringsFor(lang).interruptions.changeLocation
            : state.placeIntro === 'again'
              ? s.askPlaceAgain
              : s.askPlace(stringsFor(lang).needs[mainNeed(state.search.needs)]);
        return say(context, retry ? s.placeRetry : intro, s.placeSuggestions);
      }
      case 'whichPlace': {
        const labels = choiceLabels(state.choices ?? [], lang);
        return say(context, retry ? s.whichPlaceRetry : s.askWhichPlace(labels), [...labels, s.somewhereElse]);
      }
      case 'confirmPlace':
        state[TAKES_YES_NO] = true;
        return say(context, s.confirmPlace(placeLabel(state.search.place!, lang)), [s.confirmYes, s.confirmNo]);
    }
  }
}
