/** English: findHelp. */
export const findHelp = {
  askNeed: 'What kind of support are you looking for? For example a support group, someone to talk to, or help after a loss.',
  needRetry: "I'm not sure I understood. I can look for any of these, or you can tell me in a few words what would help:",
  needSuggestions: ['Support group', 'Counselling', 'Grief and loss', 'Domestic violence', 'Sexual assault', 'Veterans', 'Addiction'],
  needGiveUp: "I'll show you general support for now. You can tell me more at any time.",
  askPlace: (need: string) =>
    `Thank you. Where should I look for ${need}? A city or ZIP code is enough. Or say "online" for help by phone or online.`,
  placeRetry: 'I couldn\'t find that place. Could you try a city and state, like "Austin, TX", or a ZIP code? You can also say "online".',
  placeSuggestions: ['Online is fine'],
  placeGiveUp:
    "I still couldn't find that place, so here is help you can reach from anywhere. You can name a town or ZIP code at any time.",
  askWhichPlace: (options: string[]) =>
    `Did you mean ${options.length > 1 ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}` : options[0]}?`,
  whichPlaceRetry: 'Which one did you mean? You can pick one below, or type the state.',
  somewhereElse: 'Somewhere else',
  confirmPlace: (place: string) => `Near ${place}, right?`,
  confirmYes: 'Yes',
  confirmNo: 'No, somewhere else',
  askPlaceAgain: 'No problem. Where should I look? A city or ZIP code is enough, or say "online".',
  rememberedPlace: (place: string) => `I'll look near ${place}, the place you asked me to remember.`,
  resultsNear: (need: string, place: string) => `Here is what I found for ${need} near ${place}:`,
  resultsOnline: (need: string) => `Here is what I found for ${need} that you can reach online or by phone:`,
  resultsNational: (need: string) =>
    `Here is what I found for ${need}. Some of these meet in person through local groups; each card says how to reach it:`,
  alsoRemote: 'You can also reach these from anywhere:',
  alsoNational: 'These national services can help too; each card says how to reach it:',
  widened: (km: number) => `There was nothing close by, so I looked a little further, up to ${km} km.`,
  noResults: (need: string) =>
    `I'm sorry, I couldn't find ${need} in my directory for that place yet. These services work from anywhere and can help you find something:`,
  nothingAtAll: (need: string, crisisLine: string) =>
    `I'm sorry, I couldn't find ${need} in my directory yet. If you'd like to talk to someone now, ${crisisLine}. You can also tell me a different kind of support or place.`,
  // Brief forms, for asking again after an answer or an interruption (never the same words three times running).
  askNeedBrief: [
    'So, what kind of support are you looking for?',
    'When you are ready: what kind of support would help?',
    'What kind of support should I look for?',
  ],
  askPlaceBrief: [
    'Where should I look? A town or ZIP code is enough, or say "online".',
    'Which town or ZIP code should I search near? Or say "online".',
    'Just tell me a town or postcode when you are ready, or say "online".',
  ],
  askPlaceNearMe:
    'I can\'t see where you are, so I don\'t know what "near you" is yet. Could you tell me your town or ZIP/postcode? Or say "online" for help by phone or online.',
  askPlaceNearMeAgain: 'I still need a town or ZIP/postcode to look nearby. You can also say "online".',
  useMyLocation: 'Use my location',
  locationUnavailable:
    'I couldn\'t get your location, and that\'s fine. Could you type your town or ZIP/postcode instead? Or say "online".',
  regionSearch: (region: string, km: number) =>
    `${region} is a big area, so I looked around its centre, within about ${km} km. For help closer to you, tell me a town or ZIP/postcode.`,
  offerPrompt: (need: string) => `If you'd like, I can look for ${need} near you or online. Shall I?`,
};
