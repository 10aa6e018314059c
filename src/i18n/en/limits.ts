/** English: limits. */
export const limits = {
  longMessage:
    'That was a long message, so I read only the beginning of it. If I missed something you wanted me to know, you can send it again in a few shorter messages.',
};
