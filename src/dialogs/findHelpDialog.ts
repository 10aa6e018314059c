import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  TextPrompt,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { buildMessage, textMessage } from '../cards/message';
import { resourceCard, resourceText } from '../cards/resourceCard';
import type { Directory } from '../directory/directory';
import type { Match } from '../directory/types';
import { stringsFor, type Strings } from '../i18n';
import type { Lang } from '../i18n/lang';
import { detectNeeds } from '../understanding/needs';
import { parseFrame } from '../understanding/parseFrame';
import { resolvePlace, wantsOnline } from '../understanding/place';
import type { Filters, NeedId, Place } from '../understanding/types';
import { InterruptibleDialog } from './interruptibleDialog';
import { turnLang } from './turnLang';

export const FIND_HELP_DIALOG = 'findHelp';
const FLOW = 'findHelpFlow';
const NEED_PROMPT = 'needPrompt';
const PLACE_PROMPT = 'placePrompt';
/** After this many tries the flow moves on rather than asking again: no dead ends. */
const MAX_ATTEMPTS = 3;
const RESULTS_SHOWN = 3;

/** What the person has told us so far in this search. Only what the search needs; nothing else is kept. */
interface Search {
  needs: NeedId[];
  place: Place | null;
  online: boolean;
  filters: Filters;
  radiusKm: number | null;
}

interface Values {
  search: Search;
}

export interface FindHelpOptions {
  directory: Directory;
  defaultCountry: string;
  /** Called with the place a search is for, so the conversation can remember its country (for crisis lines). */
  onPlace?: (context: TurnContext, place: Place) => Promise<void>;
}

function concreteNeeds(needs: NeedId[]): NeedId[] {
  return needs.filter((n) => n !== 'general-info');
}

function messageText(context: TurnContext): string {
  return context.activity.type === ActivityTypes.Message && typeof context.activity.text === 'string' ? context.activity.text : '';
}

/** Find help: learn the need and the place (or "online"), then show the best matches. */
export class FindHelpDialog extends InterruptibleDialog {
  constructor(private readonly options: FindHelpOptions) {
    super(FIND_HELP_DIALOG);
    this.addDialog(new TextPrompt(NEED_PROMPT, needValidator));
    this.addDialog(new TextPrompt(PLACE_PROMPT, placeValidator));
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.intake.bind(this),
        this.afterNeed.bind(this),
        this.afterPlace.bind(this),
        this.showResults.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  private async intake(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const frame = parseFrame(messageText(step.context), step.context.activity.locale);
    const search: Search = {
      needs: concreteNeeds(frame.needs),
      place: frame.place,
      online: frame.filters.mode === 'online',
      filters: frame.filters,
      radiusKm: frame.radiusKm,
    };
    (step.values as Values).search = search;
    if (search.needs.length > 0) return step.next();
    const s = stringsFor(turnLang(step.context));
    return step.prompt(NEED_PROMPT, {
      prompt: textMessage(step.context.activity, s.findHelp.askNeed, s.findHelp.needSuggestions),
      retryPrompt: textMessage(step.context.activity, s.findHelp.needRetry, s.findHelp.needSuggestions),
    });
  }

  private async afterNeed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const search = (step.values as Values).search;
    if (typeof step.result === 'string') {
      const frame = parseFrame(step.result, step.context.activity.locale);
      const needs = concreteNeeds(frame.needs);
      search.needs = needs.length > 0 ? needs : ['general-info'];
      search.place = search.place ?? frame.place;
      search.online = search.online || frame.filters.mode === 'online';
      search.filters = { ...frame.filters, ...search.filters };
    }
    if (search.place || search.online) return step.next();
    const s = stringsFor(turnLang(step.context));
    const need = s.needs[search.needs[0] ?? 'general-info'];
    return step.prompt(PLACE_PROMPT, {
      prompt: textMessage(step.context.activity, s.findHelp.askPlace(need), s.findHelp.placeSuggestions),
      retryPrompt: textMessage(step.context.activity, s.findHelp.placeRetry, s.findHelp.placeSuggestions),
    });
  }

  private async afterPlace(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const search = (step.values as Values).search;
    if (typeof step.result === 'string') {
      const place = resolvePlace(step.result);
      if (place) search.place = place;
      else search.online = true; // "online", or still not understood after several tries: show what works anywhere.
    }
    return step.next();
  }

  private async showResults(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const search = (step.values as Values).search;
    const context = step.context;
    const lang = turnLang(context);
    const s = stringsFor(lang);
    await context.sendActivity({ type: ActivityTypes.Typing });

    if (search.place) await this.options.onPlace?.(context, search.place);
    const near = search.place && !search.online ? { lat: search.place.lat, lon: search.place.lon, country: search.place.country } : null;
    const result = this.options.directory.search({
      needs: search.needs,
      near,
      radiusKm: search.radiusKm,
      filters: search.filters,
      country: search.place?.country ?? this.options.defaultCountry,
      limit: RESULTS_SHOWN,
    });
    const need = s.needs[search.needs[0] ?? 'general-info'];

    if (result.local.length > 0 && search.place) {
      const intro = s.findHelp.resultsNear(need, search.place.region ? `${search.place.name}, ${search.place.region}` : search.place.name);
      await this.sendMatches(
        context,
        result.widened && result.radiusKm ? `${s.findHelp.widened(result.radiusKm)}\n\n${intro}` : intro,
        result.local,
        s,
        lang,
      );
      if (result.remote.length > 0) await this.sendMatches(context, s.findHelp.alsoRemote, result.remote.slice(0, 2), s, lang);
    } else if (result.remote.length > 0) {
      const intro = near ? s.findHelp.noResults(need) : s.findHelp.resultsOnline(need);
      await this.sendMatches(context, intro, result.remote, s, lang);
    } else {
      await context.sendActivity(textMessage(context.activity, s.findHelp.nothingAtAll, s.findHelp.needSuggestions));
      return step.endDialog();
    }
    await context.sendActivity(textMessage(context.activity, s.findHelp.next, s.findHelp.nextSuggestions));
    return step.endDialog();
  }

  private async sendMatches(context: TurnContext, intro: string, matches: Match[], s: Strings, lang: Lang): Promise<void> {
    const shown = matches.slice(0, RESULTS_SHOWN);
    await context.sendActivity(textMessage(context.activity, intro));
    const text = shown.map((m, i) => `${i + 1}. ${resourceText(m, s, lang)}`).join('\n\n');
    await context.sendActivity(buildMessage(context.activity, { text, cards: shown.map((m) => resourceCard(m, s, lang)), carousel: true }));
  }
}

async function needValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const text = prompt.recognized.value ?? '';
  if (concreteNeeds(detectNeeds(text, 'en')).length > 0 || concreteNeeds(detectNeeds(text, 'es')).length > 0) return true;
  return prompt.attemptCount >= MAX_ATTEMPTS;
}

async function placeValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const text = prompt.recognized.value ?? '';
  return resolvePlace(text) !== null || wantsOnline(text) || prompt.attemptCount >= MAX_ATTEMPTS;
}
