import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { cleanReason } from '../feedback';
import { stringsFor, type Lang } from '../i18n';
import { countryFromText } from '../safety/hotlines';
import { parseFrame } from '../understanding/parseFrame';
import type { Frame, NeedId } from '../understanding/types';
import { countryFromLocale } from '../i18n/lang';
import { detectCommand, type Command } from './commands';
import { sendKnowledgeAnswer } from './knowledgeAnswer';
import { composeLineAnswer, sendLineAnswer } from './lineAnswer';
import { retentionOf, type FlowServices } from './flowServices';
import { readYesNo } from './replies';
import { say } from './say';
import { setTurnLang, turnLang, understandingLocale } from './turnLang';

/** Options every flow accepts. `ignoreMessage`: begin afresh, without reading this turn's words as an answer. */
export interface FlowOptions {
  ignoreMessage?: boolean;
  /** The flow begins right after Kindred answered a question or gave a line: ask briefly, and offer this search. */
  afterAnswer?: AfterAnswer;
}

/** What a flow needs to know when it goes on after an answer: the search the answer offered, if any. */
export interface AfterAnswer {
  offer: NeedId | null;
  /** The answer was a line asked for (the crisis-line need is met; what else the message said still counts). */
  line: boolean;
}

/** Needs a question's words may show that are not worth offering as a search of their own. */
const NOT_OFFERED: ReadonlySet<NeedId> = new Set(['general-info', 'crisis-line', 'veterans-ptsd', 'therapy', 'support-group']);

/** turnState key: this turn answered a question, so the reprompt is brief and may carry an offer (see AfterAnswer). */
export const AFTER_ANSWER = Symbol('kindred.afterAnswer');

/** Inner dialogs set this in their state while their question is a yes/no one, so "no thanks" answers it instead of cancelling. */
export const TAKES_YES_NO = 'takesYesNo';

/** An interruption that needs one more message: the "forget me" confirmation or the feedback note. */
type Pending = 'forget' | 'comment';
const PENDING = 'kindred.pendingInterruption';

/**
 * The base of every conversation flow. Help, cancel, start over, change location, switch language, "what do
 * you do with my data?", feedback and "forget me" work at any question, in any flow, because they are handled
 * here once instead of in each flow. (The crisis layer runs before all of this, as adapter middleware.)
 */
export abstract class InterruptibleDialog<O extends FlowOptions = FlowOptions> extends ComponentDialog<O> {
  constructor(
    id: string,
    protected readonly services: FlowServices,
  ) {
    super(id);
  }

  override async beginDialog(outer: DialogContext, options?: O): Promise<DialogTurnResult> {
    const command = options?.ignoreMessage ? null : this.commandIn(outer, false);
    if (!command) {
      const asked = options?.ignoreMessage ? null : this.questionIn(outer, false);
      if (!asked) return super.beginDialog(outer, options);
      const after = await this.answerQuestion(outer.context, asked);
      // After a line, the rest of the message still counts ("the DV hotline, and a group in Leeds"); after a question it does not.
      return super.beginDialog(outer, { ...options, ignoreMessage: !after.line, afterAnswer: after } as O);
    }
    const context = outer.context;
    const s = stringsFor(turnLang(context)).interruptions;
    switch (command) {
      case 'cancel':
        await say(context, s.cancelled);
        return outer.endDialog();
      case 'feedback':
      case 'forgetMe':
        return this.askPending(outer, command === 'feedback' ? 'comment' : 'forget');
      case 'changeLocation':
        return this.changeLocation(outer);
      default:
        await this.answer(context, command);
        return super.beginDialog(outer, { ...options, ignoreMessage: true } as O);
    }
  }

  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    const state = outer.activeDialog!.state as Record<string, unknown>;
    const pending = state[PENDING] as Pending | undefined;
    if (pending) return this.continuePending(outer, pending, state);
    const yesNo = this.questionTakesYesNo(outer);
    const command = this.commandIn(outer, yesNo);
    if (command) return this.interrupt(outer, command);
    const asked = this.questionIn(outer, yesNo);
    if (!asked) return super.continueDialog(outer);
    outer.context.turnState.set(AFTER_ANSWER, await this.answerQuestion(outer.context, asked));
    return this.resume(outer);
  }

  /**
   * A line asked for, or a question the knowledge base answers, in this message, or null. Whatever question is
   * pending, these are answered first, in this turn; then the flow goes on.
   */
  private questionIn(outer: DialogContext, yesNoExpected: boolean): Frame | null {
    const activity = outer.context.activity;
    if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string' || !activity.text.trim()) return null;
    if (yesNoExpected && readYesNo(activity.text) !== null) return null;
    const frame = parseFrame(activity.text, understandingLocale(outer.context));
    return frame.lineRequest || frame.answer ? frame : null;
  }

  /** Gives the line or the answer; returns what the flow should know to go on. */
  private async answerQuestion(context: TurnContext, frame: Frame): Promise<AfterAnswer> {
    const lang = turnLang(context);
    const remembered = await this.services.memory.place(context);
    const country =
      frame.place?.country ?? countryFromText(frame.text, lang) ?? remembered?.country ?? countryFromLocale(context.activity.locale);
    if (frame.lineRequest) {
      const answer = composeLineAnswer(frame.lineRequest.topic, { country, lang, defaultCountry: this.services.defaultCountry });
      await sendLineAnswer(context, answer);
      return { offer: null, line: true };
    }
    const kept = retentionOf(this.services);
    const answer = await sendKnowledgeAnswer(context, frame.answer!.id, lang, {
      operator: this.services.operator ?? '',
      conversationHours: kept.conversationHours,
      profileDays: kept.profileDays,
      country,
      defaultCountry: this.services.defaultCountry,
    });
    // A question about a kind of help offers that help. What happened, when the message says ("a friend who was
    // assaulted"), comes first; PTSD words are not a sign of service, so they never offer veterans' help.
    const named = frame.needs.find((n) => !NOT_OFFERED.has(n));
    return { offer: named ?? answer?.offer ?? null, line: false };
  }

  /** "Change location": by default, start again; flows that know a place override this. */
  protected async changeLocation(outer: DialogContext): Promise<DialogTurnResult> {
    return outer.replaceDialog(this.id, { ignoreMessage: true } as O);
  }

  private async interrupt(outer: DialogContext, command: Command): Promise<DialogTurnResult> {
    const context = outer.context;
    const s = stringsFor(turnLang(context)).interruptions;
    switch (command) {
      case 'cancel':
        await say(context, s.cancelled);
        return outer.cancelAllDialogs();
      case 'startOver':
        await say(context, s.startOver);
        return outer.replaceDialog(this.id, { ignoreMessage: true } as O);
      case 'changeLocation':
        return this.changeLocation(outer);
      case 'feedback':
        return this.askPending(outer, 'comment');
      case 'forgetMe':
        return this.askPending(outer, 'forget');
      default:
        await this.answer(context, command);
        return this.resume(outer);
    }
  }

  /** The interruptions answered in one message: help, privacy, switch language. */
  private async answer(context: TurnContext, command: Command): Promise<void> {
    if (command === 'english' || command === 'spanish') await this.switchLanguage(context, command === 'english' ? 'en' : 'es');
    const s = stringsFor(turnLang(context)).interruptions;
    if (command === 'help') await say(context, s.help);
    else if (command === 'privacy') {
      const kept = retentionOf(this.services);
      await say(context, s.privacy(kept.conversationHours, kept.profileDays));
    } else if (command === 'english' || command === 'spanish') await say(context, s.switchedLanguage);
  }

  private async switchLanguage(context: TurnContext, lang: Lang): Promise<void> {
    (await this.services.memory.get(context)).lang = lang;
    await this.services.profile.updateLang(context, lang);
    setTurnLang(context, lang);
  }

  private async askPending(outer: DialogContext, pending: Pending): Promise<DialogTurnResult> {
    const s = stringsFor(turnLang(outer.context)).interruptions;
    (outer.activeDialog!.state as Record<string, unknown>)[PENDING] = pending;
    if (pending === 'forget') await say(outer.context, s.forgetAsk, [s.forgetYes, s.forgetNo]);
    else await say(outer.context, s.feedbackAsk);
    return Dialog.EndOfTurn;
  }

  private async continuePending(outer: DialogContext, pending: Pending, state: Record<string, unknown>): Promise<DialogTurnResult> {
    const context = outer.context;
    const s = stringsFor(turnLang(context)).interruptions;
    const text = context.activity.type === ActivityTypes.Message && typeof context.activity.text === 'string' ? context.activity.text : '';
    delete state[PENDING];
    if (pending === 'forget') {
      const answer = readYesNo(text);
      if (answer === 'yes') {
        await this.services.forget(context);
        await say(context, s.forgotten);
        return outer.cancelAllDialogs();
      }
      await say(context, s.notForgotten);
      // "No" goes back to where they were; anything else is read as what they want next.
      if (answer === 'no' || !text.trim()) return this.resume(outer);
      const command = detectCommand(text);
      return command && command !== 'forgetMe' ? this.interrupt(outer, command) : this.continueFlow(outer);
    }
    const command = detectCommand(text);
    if (command && command !== 'feedback') return this.interrupt(outer, command);
    const reason = cleanReason(text);
    if (reason) {
      await this.services.feedback.record({ kind: 'comment', reason, at: (this.services.now?.() ?? new Date()).toISOString() });
      await say(context, s.feedbackThanks);
    }
    return this.resume(outer);
  }

  /** Back to the flow after an interruption: ask its question again, or begin it if it had not begun. */
  private async resume(outer: DialogContext): Promise<DialogTurnResult> {
    const inner = this.createChildContext(outer);
    if (!inner?.activeDialog) return super.beginDialog(outer, { ignoreMessage: true } as O);
    await this.repromptDialog(outer.context, outer.activeDialog!);
    return Dialog.EndOfTurn;
  }

  private async continueFlow(outer: DialogContext): Promise<DialogTurnResult> {
    const inner = this.createChildContext(outer);
    if (!inner?.activeDialog) return super.beginDialog(outer, {} as O);
    return super.continueDialog(outer);
  }

  private questionTakesYesNo(outer: DialogContext): boolean {
    const state = this.createChildContext(outer)?.activeDialog?.state as Record<string, unknown> | undefined;
    return state?.[TAKES_YES_NO] === true;
  }

  private commandIn(outer: DialogContext, yesNoExpected: boolean): Command | null {
    const activity = outer.context.activity;
    if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string') return null;
    if (yesNoExpected && readYesNo(activity.text) !== null) return null;
    return detectCommand(activity.text, turnLang(outer.context));
  }
}
