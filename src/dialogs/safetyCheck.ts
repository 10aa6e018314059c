import type { TurnContext } from 'botbuilder';
import { buildMessage, textMessage } from '../cards/message';
import { stringsFor, type Lang } from '../i18n';
import { countryFromText } from '../safety/countries';
import { readCountryAnswer, composeCountryPicker } from '../safety/countryPicker';
import { composeCrisisReply, otherCountrySuggestion } from '../safety/crisisReply';
import { composeSafetyFollowUp, describesHiding, interpretSafetyAnswer } from '../safety/safetyAnswer';
import { levelOfKinds } from '../safety/types';
import type { SafetyState } from '../bots/conversationMemory';
import { notePageCountry } from '../bots/pageBanner';
import { detectNeeds } from '../understanding/needs';
import { resolvePlace, wantsOnline } from '../understanding/place';
import { foldText } from '../understanding/normalise';
import { detectCommand } from './commands';
import { readYesNo } from './replies';

/** What the bot should do after the safety check has looked at a message. */
export type SafetyOutcome =
  /** The message was the answer (or a country choice); nothing else should handle it. */
  | { handled: true; done: boolean; resume: boolean }
  /** Not an answer to the check: the check is over and the message goes on to the dialogs. */
  | { handled: false };

/** A message that is clearly about something else: a command, a need, a place, or "online". */
function movesOn(text: string, lang: Lang): boolean {
  return (
    detectCommand(text, lang) !== null ||
    detectNeeds(text, lang).some((n) => n !== 'general-info') ||
    resolvePlace(text) !== null ||
    wantsOnline(text)
  );
}

function same(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/**
 * The turn after a crisis reply: reads "are you safe right now?" (and the country picker), answers with the
 * follow-up SAFETY.md asks for, and hands the conversation back when the person is ready. It never traps
 * anyone: a clear request for something else ends the check and goes on; the safety layer stays on anyway.
 */
export async function followUpSafety(
  context: TurnContext,
  safety: SafetyState,
  options: { lang: Lang; defaultCountry: string; /** A flow was under way before the crisis and can pick up again. */ resumable: boolean },
): Promise<SafetyOutcome> {
  const { defaultCountry, resumable } = options;
  // Someone who wrote in Spanish on an English page got Spanish lines; the rest of the exchange stays in Spanish.
  const lang = safety.lang ?? options.lang;
  const text = typeof context.activity.text === 'string' ? context.activity.text : '';
  const s = stringsFor(lang).crisis;
  const ctx = { lang, country: safety.country, region: safety.region, defaultCountry };
  const resend = async (country: string) => {
    const reply = composeCrisisReply(
      { detected: true, level: levelOfKinds(safety.kinds), kinds: safety.kinds, signals: [], lang },
      { ...ctx, country },
    );
    await context.sendActivity(buildMessage(context.activity, { text: reply.text, cards: [reply.card], suggestions: reply.suggestions }));
    safety.country = country;
    safety.picking = false;
    notePageCountry(context, country);
  };

  if (safety.picking) {
    const answer = readCountryAnswer(text, lang);
    if (answer.country !== null) {
      await resend(answer.country);
      return { handled: true, done: false, resume: false };
    }
    if (movesOn(text, lang)) return { handled: false };
    await context.sendActivity(textMessage(context.activity, answer.text, answer.suggestions));
    return { handled: true, done: false, resume: false };
  }
  if (same(text, otherCountrySuggestion('en')) || same(text, otherCountrySuggestion('es'))) {
    const picker = composeCountryPicker(lang);
    safety.picking = true;
    await context.sendActivity(textMessage(context.activity, picker.text, picker.suggestions));
    return { handled: true, done: false, resume: false };
  }
  // "I'm in Ireland" after lines for the default country: show that country's lines.
  const named = text.split(/\s+/).length <= 6 ? countryFromText(text, lang) : null;
  if (named && named !== safety.country && readCountryAnswer(text, lang).country === named) {
    await resend(named);
    return { handled: true, done: false, resume: false };
  }
  if (safety.offered) return followTheirLead(context, text, lang);

  const answer = interpretSafetyAnswer(text, lang);
  if (answer === 'unclear' && (movesOn(text, lang) || (safety.unclearCount ?? 0) >= 1)) return { handled: false };
  const followUp = composeSafetyFollowUp(answer, ctx, undefined, { kinds: safety.kinds, hiding: describesHiding(text) });
  if (answer === 'unclear') safety.unclearCount = (safety.unclearCount ?? 0) + 1;
  if (answer === 'safe') {
    // Slow down: no going straight back to "Was this helpful?". The search waits until the person asks for it.
    safety.offered = true;
    const suggestions = resumable ? [...followUp.suggestions, s.followUp.backToSearch] : followUp.suggestions;
    await context.sendActivity(textMessage(context.activity, followUp.text, suggestions));
    return { handled: true, done: false, resume: false };
  }
  await context.sendActivity(textMessage(context.activity, followUp.text, followUp.suggestions));
  // "No" and "unclear" stay with them.
  return { handled: true, done: false, resume: false };
}

/**
 * The message after "I'm relieved... would you like ongoing support?": the person leads. "Back to my search"
 * picks up the question that was pending; "I'd rather just talk" gets a quiet "I'm here"; anything else (a
 * counsellor, a group, a new request) goes on to the dialogs as what they want next.
 */
async function followTheirLead(context: TurnContext, text: string, lang: Lang): Promise<SafetyOutcome> {
  const s = stringsFor(lang).crisis.followUp;
  if (same(text, stringsFor('en').crisis.followUp.backToSearch) || same(text, stringsFor('es').crisis.followUp.backToSearch))
    return { handled: true, done: true, resume: true };
  if (same(text, stringsFor('en').crisis.followUp.justTalk) || same(text, stringsFor('es').crisis.followUp.justTalk)) {
    await context.sendActivity(textMessage(context.activity, s.justTalkReply));
    return { handled: true, done: true, resume: false };
  }
  // A bare "yes" answers our question, not the results' "Was this helpful?" still waiting underneath.
  const yesNo = readYesNo(text);
  if (yesNo === 'yes') {
    await context.sendActivity(textMessage(context.activity, s.whichSupport, [s.findCounsellor, s.findGroup]));
    return { handled: true, done: false, resume: false };
  }
  if (yesNo === 'no') {
    await context.sendActivity(textMessage(context.activity, s.notNowReply));
    return { handled: true, done: true, resume: false };
  }
  return { handled: false };
}
