/** English: errors. */
export const errors = {
  turnFailed: (emergency: string, crisisLine: string) =>
    `I'm sorry, something went wrong on my side. If you need help right now, ${crisisLine}, or call ${emergency} in an emergency. You can try again in a moment.`,
};
