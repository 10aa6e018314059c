import type { StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { Lang } from '../i18n/lang';

/** A place kept for next time: enough to search near it and to name it. */
export interface RememberedPlace {
  name: string;
  region: string | null;
  country: string;
  lat: number;
  lon: number;
}

/**
 * What Kindred keeps about a person across conversations: nothing, unless they said yes to "Shall I
 * remember…?". Then only the place and the language, until they say "forget me".
 */
export interface ProfileData {
  place?: RememberedPlace;
  lang?: Lang;
}

/** Typed access to the consented profile in user state (the bot saves user state at the end of every turn). */
export class UserProfile {
  readonly accessor: StatePropertyAccessor<ProfileData>;

  constructor(userState: UserState) {
    this.accessor = userState.createProperty<ProfileData>('profile');
  }

  /** The profile, or an empty one; reading never creates anything in storage. */
  async get(context: TurnContext): Promise<ProfileData> {
    return (await this.accessor.get(context)) ?? {};
  }

  /** Keeps the place and language. Call only after the person said yes. */
  async remember(context: TurnContext, data: ProfileData): Promise<void> {
    const kept: ProfileData = {};
    if (data.place) kept.place = { ...data.place };
    if (data.lang) kept.lang = data.lang;
    await this.accessor.set(context, kept);
  }

  /** Updates the remembered language if, and only if, the person already agreed to keep one. */
  async updateLang(context: TurnContext, lang: Lang): Promise<void> {
    const current = await this.accessor.get(context);
    if (current?.lang && current.lang !== lang) await this.accessor.set(context, { ...current, lang });
  }
}
