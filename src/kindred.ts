import { ActivityTypes, ConversationState, UserState, type BotAdapter, type Storage, type TurnContext } from 'botbuilder';
import { KindredBot } from './bots/kindredBot';
import type { Config } from './config';
import { MainDialog } from './dialogs/mainDialog';
import { turnLang } from './dialogs/turnLang';
import type { Directory } from './directory/directory';
import { countryFromLocale, langFromLocale, stringsFor } from './i18n';
import type { Logger } from './log';
import { CRISIS_REPLY_SENT, CrisisMiddleware, errorKind } from './safety/crisisMiddleware';
import { helpNow } from './safety/hotlines';
import { resolvePlace } from './understanding/place';

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
  /** Registers the crisis middleware first and the error handler on an adapter. */
  attach(adapter: BotAdapter): void;
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
    log.error({ event: 'turn_failed', err: errorKind(error), stack: stackWithoutMessage(error) }, 'turn failed');
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
    try {
      // A broken dialog stack must not trap the person: start fresh next turn.
      await conversationState.delete(context);
    } catch {
      // Storage may be what failed; nothing more to do.
    }
  };

  return {
    bot,
    conversationState,
    userState,
    crisisMiddleware,
    attach(adapter) {
      adapter.use(crisisMiddleware);
      adapter.onTurnError = onTurnError;
    },
  };
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
