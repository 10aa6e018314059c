import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Lang } from '../i18n/lang';
import type { CrisisKind } from '../safety/types';
import type { PlaceHint } from '../safety/crisisMiddleware';

/** After a crisis reply: what the safety check needs to follow up. Cleared as soon as it is done. */
export interface SafetyState {
  awaiting: boolean;
  kinds: CrisisKind[];
  /** The country whose lines were shown, when it was known (not the default). */
  country: string | null;
  region: string | null;
  /** The language the crisis reply was written in: the follow-ups stay in it, whatever the locale says. */
  lang?: Lang;
  picking?: boolean;
  unclearCount?: number;
  /** "Safe" was answered and ongoing support offered: the next message is the person's lead. */
  offered?: boolean;
}

/** What Kindred keeps about a conversation besides the dialog stack. The least that the conversation needs. */
export interface ConversationData {
  welcomed?: boolean;
  /** Country and region of the last place the person named (never the city), so crisis lines fit where they are. */
  place?: PlaceHint;
  safety?: SafetyState;
  /** The language the person asked for in this conversation ("en español"); wins over the locale. */
  lang?: Lang;
  /** The language of the first message that said one, used when the locale names none. */
  detectedLang?: Lang;
  /** "Shall I remember…?" is offered once per conversation. */
  offeredMemory?: boolean;
  /** The web chat page said it can send the device's location after a tap ("Use my location"). */
  canShareLocation?: boolean;
}

/** Typed access to the conversation's own data in conversation state. */
export class ConversationMemory {
  readonly accessor: StatePropertyAccessor<ConversationData>;

  constructor(conversationState: ConversationState) {
    this.accessor = conversationState.createProperty<ConversationData>('kindred');
  }

  get(context: TurnContext): Promise<ConversationData> {
    return this.accessor.get(context, {});
  }

  /** Remembers the country and region of a place the person named. */
  async rememberPlace(context: TurnContext, place: { country: string; region: string | null }): Promise<void> {
    const data = await this.get(context);
    data.place = { country: place.country, region: place.region };
  }

  /** The remembered place, for the crisis middleware (which may call this before the bot has loaded state). */
  async place(context: TurnContext): Promise<PlaceHint | null> {
    return (await this.get(context)).place ?? null;
  }
}
