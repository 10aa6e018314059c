/** English: interruptions. */
export const interruptions = {
  help: 'I help you find support groups, counsellors and other help, near you or online. Tell me what you are looking for and where. You can say "start over", "change location", "en español", "forget me" or "cancel" at any time.',
  cancelled: "Okay, I've stopped. Whenever you're ready, tell me what kind of support you're looking for.",
  startOver: "Of course, let's start again.",
  changeLocation: 'Of course. Where should I look instead? A city or ZIP code is enough, or say "online".',
  switchedLanguage: "Sure, let's continue in English.",
  privacy: (hours: number, days: number) =>
    `I use what you write only to find help for you, and I never write your messages to my logs. While we talk, I keep the kind of help and the area you asked about, so I can follow along; that is deleted ${hours} hours after we last talk. I remember your place and language for next time only if you say yes, and then for ${days} days at most. Feedback is stored without anything that identifies you. Say "forget me" at any time and I delete everything I keep about you.`,
  feedbackAsk:
    'Thank you. What would you like the Kindred team to know? One or two sentences is plenty; please leave out names and contact details.',
  feedbackThanks: "Thank you. I've passed that on, without anything that identifies you.",
  forgetAsk:
    'Do you want me to delete everything I keep about you: the place and language I remember, and this conversation? This cannot be undone.',
  forgetYes: 'Yes, delete it',
  forgetNo: 'No, keep it',
  forgotten: "Done. I've deleted everything I kept about you. I'm still here if you need me.",
  notForgotten: "Okay, I haven't deleted anything.",
};
