import type { ConversationState, TurnContext, UserState } from 'botbuilder';

/**
 * "Forget me": deletes everything Kindred keeps about this person, their user state (the remembered place
 * and language) and this conversation's state, from the configured storage. The states' caches for this
 * turn go too, so the end-of-turn save writes nothing back.
 * Stand-in until the reliability work's `forgetUser(context)` lands; swapping it is one line in kindred.ts.
 */
export async function forgetEverything(
  context: TurnContext,
  states: { userState: UserState; conversationState: ConversationState },
): Promise<void> {
  await Promise.all([states.userState.delete(context), states.conversationState.delete(context)]);
}
