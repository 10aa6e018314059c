import type { TurnContext } from 'botbuilder';
import { stringsFor, type Lang } from '../i18n';
import { helpNow } from '../safety/hotlines';
import type { AnswerPlaceholder, KnownAnswer } from '../understanding/answerData';
import { KnowledgeBase } from '../understanding/answers';
import type { NeedId } from '../understanding/types';
import { say } from './say';

/** What an answer's placeholders are filled from: this deployment's settings and the person's country. */
export interface AnswerFacts {
  operator: string;
  conversationHours: number;
  profileDays: number;
  country: string | null;
  defaultCountry: string;
}

/**
 * The words of a knowledge-base answer: its two or three sentences with the real figures filled in, then
 * its source ("Source: apa.org/…"); answers about Kindred itself name no page, their facts are this deployment's.
 */
export function answerText(answer: KnownAnswer, lang: Lang, facts: AnswerFacts): string {
  const s = stringsFor(lang).answers;
  const help = helpNow(facts.country, lang, facts.defaultCountry);
  const values: Record<AnswerPlaceholder, string> = {
    operator: facts.operator || s.operatorUnknown,
    conversationHours: String(facts.conversationHours),
    profileDays: String(facts.profileDays),
    emergency: help.emergency,
    crisisLine: help.crisisLine,
  };
  const text = answer.text.replace(/\{(\w+)\}/g, (_m, key: AnswerPlaceholder) => values[key] ?? '');
  // "{crisisLine}." may start a sentence: "Call or text 988."
  const body = text.replace(/(^|[.!?]\s+)([a-z])/g, (_m, lead: string, c: string) => lead + c.toUpperCase());
  return answer.source === 'kindred' ? body : `${body}\n\n${s.source(answer.source)}`;
}

/** Sends the answer to a question the knowledge base knows, by id, in the turn's language. */
export async function sendKnowledgeAnswer(context: TurnContext, id: string, lang: Lang, facts: AnswerFacts): Promise<KnownAnswer | null> {
  const answer = KnowledgeBase.shared().get(id, lang);
  if (!answer) return null;
  await say(context, answerText(answer, lang, facts));
  return answer;
}

/** The suggestion that takes up an offer to search ("Find counselling"): words the intake reads as that need. */
export function offerSuggestion(need: NeedId, lang: Lang): string {
  const s = stringsFor(lang);
  return (s.answers.offerLabels as Partial<Record<NeedId, string>>)[need] ?? s.needs[need];
}
