/** English: memory. */
export const memory = {
  offer: (place: string | null, language: string, days: number) =>
    place
      ? `Shall I remember ${place} and that we speak ${language}, for next time? I'd keep only those two things, linked to this chat account, until you say "forget me" or for ${days} days after we last talk.`
      : `Shall I remember that we speak ${language}, for next time? I'd keep only that, linked to this chat account, until you say "forget me" or for ${days} days after we last talk.`,
  yes: 'Yes, remember',
  no: 'No, thanks',
  saved: 'Done. Next time I\'ll start from there. You can say "forget me" whenever you like.',
  notSaved: "Okay, I won't keep anything for next time.",
  languageNames: { en: 'English', es: 'Spanish' },
};
