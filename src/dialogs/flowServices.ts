import type { TurnContext } from 'botbuilder';
import type { ConversationMemory } from '../bots/conversationMemory';
import type { UserProfile } from '../bots/userProfile';
import type { ResourceSearch } from '../directory/types';
import type { FeedbackStore } from '../feedback';
import type { Place } from '../understanding/types';

/** What the conversation flows need from outside, passed in once (tests pass their own). */
export interface FlowServices {
  /** The directory, with live meetings when feeds are configured. */
  directory: ResourceSearch;
  /** Whose national services to list when no place is known. */
  defaultCountry: string;
  feedback: FeedbackStore;
  /** This conversation's own data (the language asked for, whether memory was offered). */
  memory: ConversationMemory;
  /** What the person agreed to have remembered across conversations. */
  profile: UserProfile;
  /** Deletes everything kept about the person and this conversation ("forget me"). */
  forget: (context: TurnContext) => Promise<void>;
  /** Called with the place a search is for, so the conversation can remember its country (for crisis lines). */
  onPlace?: (context: TurnContext, place: Pick<Place, 'country' | 'region'>) => Promise<void>;
  /** How long state is kept, as the privacy answer and the memory offer tell people. Defaults: 24 hours, 90 days. */
  retention?: { conversationHours: number; profileDays: number };
  /** Who runs this deployment (KINDRED_OPERATOR), for "who runs this?"; empty or absent: not said. */
  operator?: string;
  /** The clock for feedback times and for when a meeting next meets (tests fix it). */
  now?: () => Date;
}

/** How long state is kept, for what Kindred tells people: the configured values, or the defaults. */
export function retentionOf(services: FlowServices): { conversationHours: number; profileDays: number } {
  return services.retention ?? { conversationHours: 24, profileDays: 90 };
}
