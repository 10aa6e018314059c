import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { textMessage } from '../cards/message';
import { langFromLocale, stringsFor } from '../i18n';
import { CRISIS_SIGNAL } from '../safety/crisisMiddleware';
import type { CrisisSignal } from '../safety/types';

export interface MessageLengthOptions {
  /** Characters of a message the dialogs get to read. */
  maxChars: number;
  defaultLocale: string;
}

/**
 * Registered after the crisis middleware, so the crisis check always reads the whole message. Then it
 * shortens a very long message to what the dialogs need (understanding a request never needs pages of
 * text, and parsing pages costs every other person time) and says so kindly, unless a crisis reply went
 * out, which must not be followed by anything else.
 */
export class MessageLengthLimit implements Middleware {
  constructor(private readonly options: MessageLengthOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Message && typeof activity.text === 'string' && activity.text.length > this.options.maxChars) {
      activity.text = cutAt(activity.text, this.options.maxChars);
      const crisis = context.turnState.get(CRISIS_SIGNAL) as CrisisSignal | undefined;
      if (!crisis?.detected) {
        const lang = langFromLocale(activity.locale) ?? langFromLocale(this.options.defaultLocale) ?? 'en';
        await context.sendActivity(textMessage(activity, stringsFor(lang).limits.longMessage));
      }
    }
    await next();
  }
}

/** The first `max` characters, never splitting a surrogate pair (half an emoji is not valid text). */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
