import type { BotState, TurnContext } from 'botbuilder';

/** turnState key marking a turn in which the person asked to be forgotten. */
export const FORGET_ME = Symbol('kindred.forgetMe');

/**
 * "Forget me": deletes the person's user state and this conversation's state from the configured storage.
 * The turn is marked, so that whatever the dialogs still change after this point is deleted again at the
 * end of the turn (see Kindred.runTurn) instead of being saved.
 */
export async function forgetUser(context: TurnContext, states: { conversationState: BotState; userState: BotState }): Promise<void> {
  context.turnState.set(FORGET_ME, true);
  await states.conversationState.delete(context);
  // UserState keys on the sender's id; an activity without one has no user state to delete.
  if (context.activity.from?.id) await states.userState.delete(context);
}

/** True when forgetUser ran in this turn. */
export function forgottenThisTurn(context: TurnContext): boolean {
  return context.turnState.get(FORGET_ME) === true;
}
