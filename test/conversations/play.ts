import { expect } from 'chai';
import type { FeedbackEntry } from '../../src/feedback';
import { matcher, type Script, type ScriptStep } from './script';

/** One reply as the runners see it, whatever the transport. */
export interface Reply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType?: string; content?: unknown }>;
  suggestedActions?: { actions?: Array<{ title?: string }> };
}

/** How a runner talks to Kindred: send one activity, get back every reply to it. */
export interface Transport {
  send(activity: Record<string, unknown>): Promise<Reply[]>;
  /** The newest feedback entry, if any. */
  lastFeedback(): Promise<FeedbackEntry | undefined>;
}

type Card = { body?: Array<Record<string, unknown>>; actions?: Array<{ title?: string }>; fallbackText?: string };

function cardsOf(reply: Reply): Card[] {
  return (reply.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content as Card);
}

function texts(value: unknown, into: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => texts(v, into));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') into.push(o.text);
    if (typeof o.title === 'string') into.push(o.title);
    for (const k of ['body', 'items', 'actions', 'columns']) if (o[k]) texts(o[k], into);
  }
}

/** Everything a person can read in a reply: its text, and every text and button of its cards. */
export function readable(reply: Reply): string {
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  for (const card of cardsOf(reply)) texts(card, parts);
  return parts.join('\n');
}

/** Plays one script through a transport, checking every step. Each turn must answer (no dead ends). */
export async function playScript(script: Script, transport: Transport, ids: { conversation: () => string; user: string }): Promise<void> {
  let conversationId = ids.conversation();
  let turn = 0;
  const base = () => ({
    channelId: script.channel,
    conversation: { id: conversationId, conversationType: script.conversationType ?? 'personal', isGroup: false },
    from: { id: ids.user, name: 'Person' },
    recipient: { id: 'kindred', name: 'Kindred' },
    ...(script.locale && script.locale !== 'none' ? { locale: script.locale } : {}),
  });
  const join = async () =>
    transport.send({ ...base(), type: 'event', name: 'webchat/join', value: script.locale !== 'none' ? { locale: script.locale } : {} });

  for (const step of script.steps) {
    turn += 1;
    const where = `${script.file} step ${turn}`;
    const replies: Reply[] = [];
    if (turn === 1 && script.start === 'join') replies.push(...(await join()));
    if (step['new conversation']) {
      conversationId = ids.conversation();
      if (script.start === 'join') replies.push(...(await join()));
    }
    if (step.user !== undefined || step.value !== undefined) {
      const activity: Record<string, unknown> = { ...base(), type: 'message' };
      if (step.locale) activity.locale = step.locale;
      if (step.user !== undefined) activity.text = step.user;
      if (step.value !== undefined) activity.value = step.value;
      const answer = await transport.send(activity);
      expect(
        answer.filter((r) => r.type === 'message').length,
        `${where}: "${step.user ?? JSON.stringify(step.value)}" got no reply (a dead end)`,
      ).to.be.greaterThan(0);
      replies.push(...answer);
    }
    check(step, replies, where);
    if (step.feedback) {
      const entry = await transport.lastFeedback();
      expect(entry, `${where}: feedback stored`).to.not.equal(undefined);
      for (const [k, v] of Object.entries(step.feedback))
        expect((entry as Record<string, unknown>)[k], `${where}: feedback.${k}`).to.equal(v);
      expect(entry).to.not.have.any.keys('user', 'userId', 'conversation', 'conversationId', 'text');
    }
  }
}

function check(step: ScriptStep, replies: Reply[], where: string): void {
  const messages = replies.filter((r) => r.type === 'message');
  const words = messages.map(readable);
  const shown = `\n--- replies ---\n${words.join('\n---\n')}\n---------------`;
  let from = 0;
  for (const p of step.bot) {
    const test = matcher(p);
    const at = words.findIndex((w, i) => i >= from && test(w));
    expect(at, `${where}: no reply (in order) contains ${p}${shown}`).to.be.greaterThan(-1);
    from = at;
  }
  for (const p of step.not) {
    const test = matcher(p);
    expect(words.some(test), `${where}: a reply contains ${p}, which it must not${shown}`).to.equal(false);
  }
  const titles = messages.flatMap(cardsOf).map((c) => String((c.body?.[0] as { text?: string } | undefined)?.text ?? ''));
  for (const p of step.cards)
    expect(titles.some(matcher(p)), `${where}: no card titled ${p}; cards: ${JSON.stringify(titles)}`).to.equal(true);
  const actions = messages.flatMap(cardsOf).flatMap((c) => buttonTitles(c));
  for (const p of step.actions)
    expect(actions.some(matcher(p)), `${where}: no card button ${p}; buttons: ${JSON.stringify(actions)}`).to.equal(true);
  const links = messages.flatMap(cardsOf).flatMap((c) => buttonLinks(c));
  for (const p of step.links)
    expect(links.some(matcher(p)), `${where}: no card button opens ${p}; links: ${JSON.stringify(links)}`).to.equal(true);
  const suggestions = messages.flatMap((m) => (m.suggestedActions?.actions ?? []).map((a) => a.title ?? ''));
  for (const p of step.suggestions)
    expect(suggestions.some(matcher(p)), `${where}: no suggested reply ${p}; offered: ${JSON.stringify(suggestions)}`).to.equal(true);
  if (step.typing)
    expect(
      replies.some((r) => r.type === 'typing'),
      `${where}: a typing indicator`,
    ).to.equal(true);
}

/** Every button title on a card: its own actions and those of ActionSets anywhere in its body. */
function buttonTitles(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(buttonTitles);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = Array.isArray(o.actions) ? (o.actions as Array<{ title?: string }>).map((a) => a.title ?? '') : [];
  return [...own, ...['body', 'items', 'columns'].flatMap((k) => buttonTitles(o[k]))];
}

/** Every address an Action.OpenUrl anywhere on a card opens. */
function buttonLinks(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(buttonLinks);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'Action.OpenUrl' && typeof o.url === 'string' ? [o.url] : [];
  return [...own, ...['body', 'items', 'columns', 'actions'].flatMap((k) => buttonLinks(o[k]))];
}
