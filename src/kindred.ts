import { ActivityTypes, ConversationState, UserState, type BotAdapter, type Storage, type TurnContext } from 'botbuilder';
import { ConversationMemory } from './bots/conversationMemory';
import { forgetEverything } from './bots/forget';
import { KindredBot } from './bots/kindredBot';
import { UserProfile } from './bots/userProfile';
import type { Config } from './config';
import { MainDialog } from './dialogs/mainDialog';
import { turnLang } from './dialogs/turnLang';
import type { Directory } from './directory/directory';
import { JsonLinesFeedbackStore, type FeedbackStore } from './feedback';
import { countryFromLocale, langFromLocale, stringsFor } from './i18n';
import type { Logger } from './log';
import { CRISIS_REPLY_SENT, CrisisMiddleware, errorKind, type TextClues } from './safety/crisisMiddleware';
import { helpNow, type SupportHint } from './safety/hotlines';
import { detectNeeds } from './understanding/needs';
import { resolvePlace } from './understanding/place';
import type { NeedId } from './understanding/types';

export interface KindredDeps {
  config: Config;
  storage: Storage;
  directory: Directory;
  log: Logger;
  /** Where anonymous feedback goes; defaults to the JSON-lines file FEEDBACK_FILE (written only when feedback is given). */
  feedback?: FeedbackStore;
}

/** The bot and everything it needs around it, built once and shared by the server and the CLI. */
export interface Kindred {
  bot: KindredBot;
  conversationState: ConversationState;
  userState: UserState;
  crisisMiddleware: CrisisMiddleware;
  directory: Directory;
  /** Registers the crisis middleware first and the error handler on an adapter. */
  attach(adapter: BotAdapter): void;
}

/** Builds Kindred from its dependencies. Pure wiring: no I/O happens here. */
export function createKindred({ config, storage, directory, log, feedback }: KindredDeps): Kindred {
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
      forget: (context) => forgetEverything(context, { userState, conversationState }),
      onPlace: (context, place) => memory.rememberPlace(context, place),
    }),
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
    directory,
    attach(adapter) {
      adapter.use(crisisMiddleware);
      adapter.onTurnError = onTurnError;
    },
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

/** The stack frames of an error without its message line, which could echo what someone wrote. */
function stackWithoutMessage(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
}
