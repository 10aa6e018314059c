import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { buildMessage } from '../cards/message';
import { countryFromLocale, langFromLocale, type Lang } from '../i18n/lang';
import type { Logger } from '../log';
import { composeCrisisReply, type CrisisReply } from './crisisReply';
import { detectCrisis } from './detectCrisis';
import type { SupportHint } from './hotlines';
import type { CrisisSignal } from './types';

/** turnState key under which the middleware leaves the signal for the bot ("this turn was a crisis"). */
export const CRISIS_SIGNAL = Symbol('kindred.crisisSignal');
/** turnState key set once the crisis reply has actually been delivered this turn. */
export const CRISIS_REPLY_SENT = Symbol('kindred.crisisReplySent');
/** turnState key holding the CrisisReply that was composed this turn (country, language, lines shown). */
export const CRISIS_REPLY = Symbol('kindred.crisisReply');

/** Where the person is, as far as it changes which lines to show. Never the city or address. */
export interface PlaceHint {
  country: string;
  region: string | null;
}

/** What the text itself says that changes the lines (injected, so safety does not depend on understanding). */
export interface TextClues {
  place: PlaceHint | null;
  hints: SupportHint[];
}

export interface CrisisMiddlewareOptions {
  defaultCountry: string;
  defaultLocale: string;
  log: Logger;
  /** Place and support hints named in the text itself. Must be pure and fast; errors are ignored. */
  cluesInText?: (text: string, locale: string) => TextClues;
  /**
   * The place remembered from earlier in this conversation, if any. Best effort: it is abandoned after
   * `rememberTimeoutMs`, and any failure (storage down) counts as "not known", so it can never stop the reply.
   */
  rememberedPlace?: (context: TurnContext) => Promise<PlaceHint | null>;
  rememberTimeoutMs?: number;
  /** Called on every detection, for counting by kind and language. Never receives the text. */
  onDetected?: (signal: CrisisSignal) => void;
}

/**
 * Runs on every inbound activity, before state is loaded and before any dialog. On a crisis it sends the
 * crisis reply at once, then marks the turn so that no prompt consumes the message as an answer. It needs
 * nothing but the text and the locale, so storage, directory or dialog failures cannot stop the reply.
 */
export class CrisisMiddleware implements Middleware {
  constructor(private readonly options: CrisisMiddlewareOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text = inboundText(context);
    if (text) {
      const locale = context.activity.locale || this.options.defaultLocale;
      const signal = safeDetect(text, locale);
      if (signal.detected) {
        context.turnState.set(CRISIS_SIGNAL, signal);
        this.options.onDetected?.(signal);
        this.options.log.warn({ event: 'crisis_detected', kinds: signal.kinds, lang: signal.lang }, 'crisis reply sent');
        await this.reply(context, signal, text, locale);
      }
    }
    await next();
  }

  private async reply(context: TurnContext, signal: CrisisSignal, text: string, locale: string): Promise<void> {
    const lang: Lang = signal.lang ?? langFromLocale(locale) ?? 'en';
    let clues: TextClues = { place: null, hints: [] };
    try {
      clues = this.options.cluesInText?.(text, locale) ?? clues;
    } catch {
      // Understanding failed; the locale and the default still give a country.
    }
    // In order (issue 3): a place named now, a place named earlier, the locale, the configured default.
    const place = clues.place ?? (await this.remembered(context));
    const country = place?.country ?? countryFromLocale(context.activity.locale);
    const reply = composeCrisisReply(signal, {
      lang,
      country,
      region: place?.region ?? null,
      hints: clues.hints,
      defaultCountry: this.options.defaultCountry,
    });
    context.turnState.set(CRISIS_REPLY, reply);
    const target = { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType };
    try {
      await context.sendActivity(buildMessage(target, { text: reply.text, cards: [reply.card], suggestions: reply.suggestions }));
    } catch (err) {
      // The card could not be delivered; the words and numbers matter more than the card, so try plain text once.
      this.options.log.error({ event: 'crisis_reply_failed', err: errorKind(err) }, 'crisis card failed; retrying as text');
      await context.sendActivity({ type: ActivityTypes.Message, text: reply.text });
    }
    context.turnState.set(CRISIS_REPLY_SENT, true);
  }

  /** The place remembered for this conversation, or null after the timeout or on any failure. */
  private async remembered(context: TurnContext): Promise<PlaceHint | null> {
    if (!this.options.rememberedPlace) return null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.options.rememberTimeoutMs ?? 300)));
    try {
      return await Promise.race([this.options.rememberedPlace(context).catch(() => null), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Kept so that callers who only need the reply's facts do not depend on its shape. */
export type { CrisisReply };

/** The words a person sent this turn: message text, or the string fields of a card submit. */
export function inboundText(context: TurnContext): string {
  return activityText(context.activity);
}

/** The words in an inbound activity (also read by the rate limiter, before any turn exists). */
export function activityText(activity: Pick<Activity, 'type' | 'text' | 'value'>): string {
  if (activity.type !== ActivityTypes.Message) return '';
  const parts: string[] = [];
  if (typeof activity.text === 'string') parts.push(activity.text.replace(/<at>[^<]*<\/at>/gi, ' '));
  collectStrings(activity.value, parts, 0);
  return parts.join(' \n ').trim();
}

function collectStrings(value: unknown, into: string[], depth: number): void {
  if (depth > 4 || into.length > 50) return;
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into, depth + 1);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into, depth + 1);
}

function safeDetect(text: string, locale: string): CrisisSignal {
  try {
    return detectCrisis(text, locale);
  } catch {
    return { detected: false, level: 'none', kinds: [], signals: [], lang: langFromLocale(locale) ?? 'en' };
  }
}

/** An error's class name only: messages can echo what the user wrote. */
export function errorKind(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}
