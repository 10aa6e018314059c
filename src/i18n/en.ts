/**
 * Every English string a user reads. Keep them short, warm and plain (see ../shared/SAFETY.md).
 * Spanish mirrors this shape in es.ts; the compiler checks that nothing is missing there.
 */
export const en = {
  welcome: {
    intro:
      "Hi, I'm Kindred. I'm an automated assistant that helps people find support groups, counsellors and other help after something hard has happened, near you or online.",
    notEmergency: (emergency: string, crisisLine: string) =>
      `I'm not an emergency service. If you're in danger right now, call ${emergency}. To talk to someone now, ${crisisLine}.`,
    start: 'Whenever you are ready, tell me what kind of support you are looking for.',
  },
  findHelp: {
    askNeed: 'What kind of support are you looking for? For example a support group, someone to talk to, or help after a loss.',
    needRetry: "I'm sorry, I didn't quite catch that. Could you tell me in a few words, or pick one of these?",
    needSuggestions: ['Support group', 'Counselling', 'Grief and loss', 'Domestic violence', 'Sexual assault', 'Veterans', 'Addiction'],
    askPlace: (need: string) =>
      `Thank you. Where should I look for ${need}? A city or ZIP code is enough. Or say "online" for help by phone or online.`,
    placeRetry: 'I couldn\'t find that place. Could you try a city and state, like "Austin, TX", or a ZIP code? You can also say "online".',
    placeSuggestions: ['Online is fine'],
    askWhichPlace: (options: string) => `Did you mean ${options}?`,
    searching: 'Let me look for you.',
    resultsNear: (need: string, place: string) => `Here is what I found for ${need} near ${place}:`,
    resultsOnline: (need: string) => `Here is what I found for ${need} that you can reach online or by phone:`,
    alsoRemote: 'You can also reach these from anywhere:',
    widened: (km: number) => `There was nothing close by, so I looked a little further, up to ${km} km.`,
    noResults: (need: string) =>
      `I'm sorry, I couldn't find ${need} in my directory for that place yet. These national services can help you find something:`,
    nothingAtAll:
      "I'm sorry, I couldn't find anything for that yet. If you'd like, tell me a different kind of support or a different place.",
    next: 'Would you like to look for something else? You can say "start over" at any time.',
    nextSuggestions: ['Start over'],
  },
  resource: {
    online: 'Online or by phone',
    kmAway: (km: string) => `${km} km away`,
    cost: { free: 'Free', 'sliding-scale': 'Sliding scale', insurance: 'Takes insurance', fee: 'Fee' },
    languages: 'Languages',
    lastVerified: (date: string) => `Last checked ${date}`,
    call: 'Call',
    text: 'Text',
    website: 'Website',
    directions: 'Directions',
    addressHidden: 'Address shared by phone for safety',
  },
  needs: {
    'support-group': 'support groups',
    therapy: 'counselling and therapy',
    'crisis-line': 'someone to talk to now',
    'domestic-violence': 'domestic violence support',
    'sexual-assault': 'sexual assault support',
    grief: 'grief and loss support',
    'veterans-ptsd': 'support for veterans',
    'substance-use': 'support with drugs or alcohol',
    'child-abuse-survivor': 'support for survivors of childhood abuse',
    lgbtq: 'LGBTQ+ support',
    'legal-aid': 'legal help',
    housing: 'help with housing',
    'general-info': 'general support',
  },
  interruptions: {
    help: 'I help you find support groups, counsellors and other help, near you or online. Tell me what you are looking for and where. You can say "start over" or "cancel" at any time.',
    cancelled: "Okay, I've stopped. Whenever you're ready, tell me what kind of support you're looking for.",
    startOver: "Of course, let's start again.",
  },
  crisis: {
    heard:
      "I'm really sorry you're going through this. I'm an automated assistant, and I want you to reach a person who can help right now.",
    emergencyUs: 'If you are in danger right now, call 911.',
    line988Us: 'You can call or text 988 (Suicide & Crisis Lifeline), free, any time, day or night. You can also chat at 988lifeline.org.',
    askSafe: 'Are you safe right now?',
    call988: 'Call 988',
    call911: 'Call 911',
    safeYes: "Yes, I'm safe",
    safeNo: "No, I'm not safe",
  },
  page: {
    title: 'Kindred: find support',
    note: (emergency: string, crisisLine: string) =>
      `Kindred is an automated assistant, not an emergency service. In danger right now? Call ${emergency}. To talk to someone now, ${crisisLine}.`,
    chatLabel: 'Chat with Kindred',
    connecting: 'Connecting to Kindred…',
    failed: 'Sorry, the chat could not start. Please reload the page. If you need help right now, call your local emergency number.',
  },
  errors: {
    turnFailed: (emergency: string, crisisLine: string) =>
      `I'm sorry, something went wrong on my side. If you need help right now, ${crisisLine}, or call ${emergency} in an emergency. You can try again in a moment.`,
    crisisLineUs: 'call or text 988',
    emergencyUs: '911',
  },
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? string[]
      : { [K in keyof T]: Widen<T[K]> };

/** The shape every language module must fill. */
export type Strings = Widen<typeof en>;
