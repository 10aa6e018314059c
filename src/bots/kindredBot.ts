import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { textMessage } from '../cards/message';
import { followUpSafety } from '../dialogs/safetyCheck';
import { placeLabel } from '../dialogs/placeLabel';
import { setTurnLang, turnLang } from '../dialogs/turnLang';
import { countryFromLocale, langFromLocale, stringsFor, type Lang } from '../i18n';
import type { Logger } from '../log';
import { CRISIS_REPLY, CRISIS_SIGNAL, type CrisisReply } from '../safety/crisisMiddleware';
import { helpNow } from '../safety/hotlines';
import type { CrisisSignal } from '../safety/types';
import { detectLanguage } from '../understanding/language';
import type { ConversationMemory } from './conversationMemory';
import { acceptTeamsMessage } from './teams';
import type { UserProfile } from './userProfile';

export interface KindredBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  memory: ConversationMemory;
  /** The place and language a person agreed to have remembered. */
  profile: UserProfile;
  dialog: Dialog;
  defaultLocale: string;
  defaultCountry: string;
  log: Logger;
}

/**
 * botbuilder-dialogs' turn-state key for the memory scopes and path resolvers every DialogContext needs. It
 * gathers them anew on each turn (a tenth of a find-help turn's dialog work); they hold no per-turn state, and
 * DialogManager shares one set across turns in the same way, so the first turn's set is kept and reused.
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Web Chat announces itself with this event, carrying the page's locale, so the welcome is in the right language. */
const WEBCHAT_JOIN = 'webchat/join';
/** Channels where the user's conversationUpdate arrives before we know their locale; they welcome on join. */
const WELCOME_ON_JOIN = new Set(['directline', 'webchat']);

/**
 * The bot: welcomes people, routes each message to the main dialog, and saves state at the end of the turn.
 * The crisis middleware has already answered any crisis before this runs.
 */
export class KindredBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;
  private dialogStateConfiguration: unknown;

  constructor(private readonly options: KindredBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(options.dialog);

    this.onMembersAdded(async (context, next) => {
      const userJoined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (userJoined && !WELCOME_ON_JOIN.has(context.activity.channelId)) await this.welcome(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEBCHAT_JOIN) {
        // Our own page says whether it offers "Use my location"; other Web Chat hosts do not, so they never see the button.
        if ((context.activity.value as { location?: unknown } | undefined)?.location === true)
          (await this.options.memory.get(context)).canShareLocation = true;
        await this.welcome(context);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      if (acceptTeamsMessage(context)) await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    setTurnLang(context, await this.langOf(context));
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  /**
   * The language of this turn: the person's own choice in this conversation ("en español"), or the one they
   * asked to have remembered; else the channel's locale; else the language of their first message that shows
   * one; else the configured default.
   */
  private async langOf(context: TurnContext): Promise<Lang> {
    const data = await this.options.memory.get(context);
    if (data.lang) return data.lang;
    const remembered = (await this.options.profile.get(context)).lang;
    if (remembered) return remembered;
    const value = context.activity.value as { locale?: unknown } | undefined;
    const eventLocale = context.activity.type === ActivityTypes.Event && typeof value?.locale === 'string' ? value.locale : undefined;
    const fromLocale = langFromLocale(eventLocale) ?? langFromLocale(context.activity.locale);
    if (fromLocale) return fromLocale;
    if (!data.detectedLang && context.activity.type === ActivityTypes.Message && typeof context.activity.text === 'string') {
      const detected = detectLanguage(context.activity.text);
      if (detected) data.detectedLang = detected;
    }
    return data.detectedLang ?? langFromLocale(this.options.defaultLocale) ?? 'en';
  }

  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.options.memory.get(context);
    if (data.welcomed) return;
    data.welcomed = true;
    const lang = turnLang(context);
    const s = stringsFor(lang).welcome;
    const help = helpNow(countryFromLocale(context.activity.locale), lang, this.options.defaultCountry);
    const remembered = (await this.options.profile.get(context)).place;
    const start = remembered ? s.welcomeBack(placeLabel(remembered, lang)) : s.start;
    await context.sendActivity(
      textMessage(
        { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType },
        `${s.intro}\n\n${s.notEmergency(help.emergency, help.crisisLine)}\n\n${start}`,
      ),
    );
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const data = await this.options.memory.get(context);
    const crisis = context.turnState.get(CRISIS_SIGNAL) as CrisisSignal | undefined;
    if (crisis?.detected) {
      // The crisis reply has been sent. Do not let a waiting prompt take this message as its answer:
      // the dialog stays where it was, and the next message is read as the answer to "are you safe?".
      const reply = context.turnState.get(CRISIS_REPLY) as CrisisReply | undefined;
      data.safety = {
        awaiting: true,
        kinds: crisis.kinds,
        country: reply?.countryKnown ? reply.country : null,
        region: data.place?.region ?? null,
        lang: reply?.lang ?? crisis.lang,
      };
      data.welcomed = true;
      return;
    }
    if (!data.welcomed && WELCOME_ON_JOIN.has(context.activity.channelId)) await this.welcome(context);
    data.welcomed = true;

    if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION);
    if (data.safety?.awaiting) {
      const outcome = await followUpSafety(context, data.safety, {
        lang: turnLang(context),
        defaultCountry: this.options.defaultCountry,
        resumable: dc.activeDialog !== undefined,
      });
      if (outcome.handled) {
        if (outcome.done) delete data.safety;
        if (outcome.resume) await dc.repromptDialog();
        return;
      }
      delete data.safety;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.options.dialog.id);
  }
}
