/** English: answers (questions Kindred knows, and lines asked for by name). */
export const answers = {
  lineIntro: 'Here is the line you asked for. You can reach it right now:',
  lineIntroMany: 'Here are the lines you asked for. You can reach them right now:',
  lineMissing: (kind: string, country: string) =>
    `I don't have a checked ${kind} for ${country} yet. This line can help with anything, any time:`,
  lineKinds: {
    suicide: 'crisis line',
    'domestic-violence': 'domestic violence line',
    'sexual-assault': 'sexual assault line',
    child: "children's line",
    veterans: "veterans' line",
    'lgbtq-youth': 'LGBTQ+ line',
  },
  countryGuess: (country: string) => `These are lines in ${country}. If you're somewhere else, tell me the country or town.`,
  emergency: (numbers: string) => `If you or someone else is in danger right now, call ${numbers}.`,
  source: (site: string) => `Source: ${site}`,
  /** Who runs Kindred, when the deployment has not said (KINDRED_OPERATOR). */
  operatorUnknown: 'the organisation that offers it on this website',
  offer: (need: string) => `If you'd like, I can look for ${need} near you or online.`,
  offerLater: 'Whenever you like, tell me what kind of support you are looking for.',
  offerLabels: {
    therapy: 'Find counselling',
    'support-group': 'Find a support group',
    'crisis-line': 'Find a helpline',
  },
  offerYes: 'Yes, please',
  offerNo: 'Not now',
  offerDeclined: "That's fine. I'm here whenever you want to look.",
};
