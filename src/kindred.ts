import {
  ActivityTypes,
  ConversationState,
  INVOKE_RESPONSE_KEY,
  UserState,
  type Activity,
  type BotAdapter,
  type InvokeResponse,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { ConversationMemory } from './bots/conversationMemory';
import { KindredBot } from './bots/kindredBot';
import { MessageLengthLimit } from './bots/messageLength';
import { notePageCountry, updatePageBanner } from './bots/pageBanner';
import { UserProfile } from './bots/userProfile';
import type { Config } from './config';
import { MainDialog } from './dialogs/mainDialog';
import { turnLang } from './dialogs/turnLang';
import type { ResourceSearch } from './directory/types';
import { JsonLinesFeedbackStore, type FeedbackStore } from './feedback';
import { countryFromLocale, langFromLocale, stringsFor } from './i18n';
import { hashId, type Logger } from './log';
import { CRISIS_REPLY, CRISIS_REPLY_SENT, CrisisMiddleware, errorKind, type CrisisReply, type TextClues } from './safety/crisisMiddleware';
import { helpNow, type SupportHint } from './safety/hotlines';
import { StateConflictError, StorageUnavailableError } from './storage/errors';
import { forgetUser, forgottenThisTurn } from './storage/forgetUser';
import { runWithTurnRetry } from './storage/turnRetry';
import { detectNeeds } from './understanding/needs';
import { resolvePlace } from './understanding/place';
import type { NeedId } from './understanding/types';

/** Attempts at a turn whose conversation state another turn changed meanwhile (see storage/turnRetry.ts). */
const TURN_ATTEMPTS = 3;

export interface KindredDeps {
  config: Config;
  storage: Storage;
  /** The directory, or the directory together with live meetings (src/meetings/searchWithMeetings.ts). */
  directory: ResourceSearch;
  log: Logger;
  /** The clock (tests fix it): feedback times, and when a meeting next meets. */
  now?: () => Date;
  /** Where anonymous feedback goes; defaults to the JSON-lines file FEEDBACK_FILE (written only when feedback is given). */
  feedback?: FeedbackStore;
}

/** The bot and everything it needs around it, built once and shared by the server and the CLI. */
export interface Kindred {
  bot: KindredBot;
  conversationState: ConversationState;
  userState: UserState;
  crisisMiddleware: CrisisMiddleware;
  directory: ResourceSearch;
  /** Registers the crisis middleware first, then the message length limit, and the error handler on an adapter. */
  attach(adapter: BotAdapter): void;
  /**
   * The bot's part of a turn, as the adapter should run it: retried on fresh state if another turn of the
   * same conversation saved first, and nothing kept if the person asked to be forgotten.
   */
  runTurn(context: TurnContext): Promise<void>;
  /** "Forget me": deletes this person's user state and this conversation's state from storage. */
  forgetUser(context: TurnContext): Promise<void>;
}

/** Builds Kindred from its dependencies. Pure wiring: no I/O happens here. */
export function createKindred({ config, storage, directory, log, feedback, now }: KindredDeps): Kindred {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const memory = new ConversationMemory(conversationState);
  const profile = new UserProfile(userState);
  const crisisMiddleware = new CrisisMiddleware({
    defaultCountry: config.defaultCountry,
    defaultLocale: config.defaultLocale,
    log,
    cluesInText,
    rememberedPlace: (context) => memory.place(context),
  });
  const bot = new KindredBot({
    conversationState,
    userState,
    memory,
    profile,
    dialog: new MainDialog({
      directory,
      defaultCountry: config.defaultCountry,
      feedback: feedback ?? new JsonLinesFeedbackStore(config.feedbackFile),
      memory,
      profile,
      forget: (context) => forgetUser(context, { userState, conversationState }),
      onPlace: async (context, place) => {
        await memory.rememberPlace(context, place);
        notePageCountry(context, place.country);
      },
      retention: { conversationHours: Math.round(config.stateTtlMinutes / 60), profileDays: config.profileTtlDays },
      operator: config.operator,
      ...(now ? { now } : {}),
    }),
    defaultLocale: config.defaultLocale,
    defaultCountry: config.defaultCountry,
    log,
  });

  const onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    const storage =
      error instanceof StorageUnavailableError ? { storage: error.operation, reason: error.reason, cause: error.causeKind } : {};
    const conversation = hashId(`${context.activity.channelId}/${context.activity.conversation?.id}`);
    log.error({ event: 'turn_failed', err: errorKind(error), ...storage, conversation, stack: stackWithoutMessage(error) }, 'turn failed');
    if (context.activity.type !== ActivityTypes.Message) return;
    // After a crisis reply the person already has where to get help; an apology on top would only add noise.
    const crisisAnswered = context.turnState.get(CRISIS_REPLY_SENT) === true;
    const lang = langFromLocale(context.activity.locale) ?? turnLang(context);
    const help = helpNow(countryFromLocale(context.activity.locale), lang, config.defaultCountry);
    try {
      if (!crisisAnswered)
        await context.sendActivity({
          type: ActivityTypes.Message,
          text: stringsFor(lang).errors.turnFailed(help.emergency, help.crisisLine),
        });
    } catch (sendError) {
      log.error({ event: 'apology_failed', err: errorKind(sendError) }, 'could not send the apology');
    }
    // Storage trouble says nothing about the saved state, and a conflict means another turn saved good state.
    if (error instanceof StorageUnavailableError || error instanceof StateConflictError) return;
    try {
      // A broken dialog stack must not trap the person: start fresh next turn.
      await conversationState.delete(context);
    } catch {
      // Storage may be what failed; nothing more to do.
    }
  };
  const messageLength = new MessageLengthLimit({ maxChars: config.maxMessageChars, defaultLocale: config.defaultLocale });
  const states = { conversationState, userState };

  return {
    bot,
    conversationState,
    userState,
    crisisMiddleware,
    directory,
    attach(adapter) {
      adapter.use(crisisMiddleware);
      adapter.use(messageLength);
      adapter.onTurnError = onTurnError;
    },
    async runTurn(context) {
      if (context.activity.type === ActivityTypes.Invoke) return refuseInvoke(context);
      try {
        // bot.run is looked up on each turn, so a test can wrap it.
        await runWithTurnRetry(context, () => bot.run(context), {
          states: [conversationState, userState],
          attempts: TURN_ATTEMPTS,
          log,
          conversation: () => hashId(`${context.activity.channelId}/${context.activity.conversation?.id}`),
        });
      } finally {
        // The web page's banner follows the country the crisis lines now follow (issue 17), even if the turn failed.
        const reply = context.turnState.get(CRISIS_REPLY) as CrisisReply | undefined;
        if (reply?.countryKnown) notePageCountry(context, reply.country);
        await updatePageBanner(context, { lang: turnLang(context), defaultCountry: config.defaultCountry, log });
      }
      // Whatever the dialogs changed after "forget me" must not stay behind.
      if (forgottenThisTurn(context)) await forgetUser(context, states);
    },
    forgetUser: (context) => forgetUser(context, states),
  };
}

/** Needs that call for a particular line in a crisis (a veteran → the Veterans Crisis Line). */
const HINT_FOR_NEED: Partial<Record<NeedId, SupportHint>> = {
  'veterans-ptsd': 'veterans',
  lgbtq: 'lgbtq',
  'sexual-assault': 'sexual-assault',
};

/** What a crisis message itself says about place and support needs, for choosing lines. */
function cluesInText(text: string, locale: string): TextClues {
  const place = resolvePlace(text);
  const lang = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  const hints = detectNeeds(text, lang)
    .map((need) => HINT_FOR_NEED[need])
    .filter((hint): hint is SupportHint => hint !== undefined);
  return { place: place ? { country: place.country, region: place.region } : null, hints };
}

/**
 * Kindred offers no invoke activity (no Action.Execute cards, sign-in, task modules or message extensions),
 * so an invoke is a request for something it does not do: 400, without running the bot. (ActivityHandler
 * would answer 501, or fail on a malformed adaptiveCard/action value: fuzzing found both.)
 */
function refuseInvoke(context: TurnContext): void {
  const refusal: InvokeResponse = { status: 400, body: { error: 'Kindred does not handle invoke activities' } };
  context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: refusal } satisfies Partial<Activity>);
}

/** The stack frames of an error without its message line, which could echo what someone wrote. */
function stackWithoutMessage(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
}
