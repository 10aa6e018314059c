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
import { KindredBot } from './bots/kindredBot';
import { MessageLengthLimit } from './bots/messageLength';
import type { Config } from './config';
import { MainDialog } from './dialogs/mainDialog';
import { turnLang } from './dialogs/turnLang';
import type { Directory } from './directory/directory';
import { countryFromLocale, langFromLocale, stringsFor } from './i18n';
import { hashId, type Logger } from './log';
import { CRISIS_REPLY_SENT, CrisisMiddleware, errorKind } from './safety/crisisMiddleware';
import { helpNow } from './safety/hotlines';
import { StateConflictError, StorageUnavailableError } from './storage/errors';
import { forgetUser, forgottenThisTurn } from './storage/forgetUser';
import { runWithTurnRetry } from './storage/turnRetry';
import { resolvePlace } from './understanding/place';

/** Attempts at a turn whose conversation state another turn changed meanwhile (see storage/turnRetry.ts). */
const TURN_ATTEMPTS = 3;

export interface KindredDeps {
  config: Config;
  storage: Storage;
  directory: Directory;
  log: Logger;
}

/** The bot and everything it needs around it, built once and shared by the server and the CLI. */
export interface Kindred {
  bot: KindredBot;
  conversationState: ConversationState;
  userState: UserState;
  crisisMiddleware: CrisisMiddleware;
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
export function createKindred({ config, storage, directory, log }: KindredDeps): Kindred {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const crisisMiddleware = new CrisisMiddleware({
    defaultCountry: config.defaultCountry,
    defaultLocale: config.defaultLocale,
    log,
    countryInText: (text) => resolvePlace(text)?.country ?? null,
  });
  const bot = new KindredBot({
    conversationState,
    userState,
    dialog: new MainDialog({ directory, defaultCountry: config.defaultCountry }),
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
    attach(adapter) {
      adapter.use(crisisMiddleware);
      adapter.use(messageLength);
      adapter.onTurnError = onTurnError;
    },
    async runTurn(context) {
      if (context.activity.type === ActivityTypes.Invoke) return refuseInvoke(context);
      // bot.run is looked up on each turn, so a test can wrap it.
      const turnLog = log.child({ conversation: hashId(`${context.activity.channelId}/${context.activity.conversation?.id}`) });
      await runWithTurnRetry(context, () => bot.run(context), {
        states: [conversationState, userState],
        attempts: TURN_ATTEMPTS,
        log: turnLog,
      });
      // Whatever the dialogs changed after "forget me" must not stay behind.
      if (forgottenThisTurn(context)) await forgetUser(context, states);
    },
    forgetUser: (context) => forgetUser(context, states),
  };
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
