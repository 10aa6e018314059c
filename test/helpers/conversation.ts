import { expect } from 'chai';
import { type Activity, type Middleware } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { setTurnLang } from '../../src/dialogs/turnLang';
import { langFromLocale } from '../../src/i18n';

/** One exchange: what the person says, and what each of Kindred's replies must contain (in order). */
export type Step = [user: string, replies: Array<RegExp | string>];

/** The words of a reply: its text, or its cards' fallback text. */
export function replyText(activity: Partial<Activity> | undefined): string {
  if (!activity) return '';
  return activity.text ?? (activity.attachments ?? []).map((a) => (a.content as { fallbackText?: string })?.fallbackText ?? '').join('\n');
}

/** Sets the turn's language from the activity's locale, as the bot does at the start of every turn. */
const turnLanguage: Middleware = {
  onTurn: async (context, next) => {
    setTurnLang(context, langFromLocale(context.activity.locale) ?? 'en');
    await next();
  },
};

/**
 * Plays a conversation against a dialog through botbuilder-testing's DialogTestClient, checking every reply.
 * Typing indicators are skipped; replies are matched in order; no unexpected extra replies are allowed.
 */
export async function playConversation(
  dialog: Dialog,
  steps: Step[],
  options: { locale?: string; channelId?: string; middlewares?: Middleware[] } = {},
): Promise<void> {
  const client = new DialogTestClient(options.channelId ?? 'test', dialog, undefined, [turnLanguage, ...(options.middlewares ?? [])]);
  for (const [user, expected] of steps) {
    // sendActivity hands back the first reply; the rest wait in the client's buffer.
    const first = (await client.sendActivity({ type: 'message', text: user, locale: options.locale ?? 'en-US' })) as
      Partial<Activity> | undefined;
    const replies: Array<Partial<Activity>> = [];
    for (let reply = first; reply; reply = client.getNextReply() as Partial<Activity> | undefined) {
      if (reply.type === 'message') replies.push(reply);
    }
    const texts = replies.map(replyText);
    expect(texts.length, `replies to "${user}": ${JSON.stringify(texts)}`).to.equal(expected.length);
    expected.forEach((want, i) => {
      if (typeof want === 'string') expect(texts[i], `reply ${i + 1} to "${user}"`).to.include(want);
      else expect(texts[i], `reply ${i + 1} to "${user}"`).to.match(want);
    });
  }
}
