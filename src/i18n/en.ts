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
    welcomeBack: (place: string) =>
      `Welcome back. You asked me to remember ${place}, so I'll look there unless you tell me somewhere else.`,
  },
  findHelp: {
    askNeed: 'What kind of support are you looking for? For example a support group, someone to talk to, or help after a loss.',
    needRetry: "I'm sorry, I didn't quite catch that. Could you tell me in a few words, or pick one of these?",
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
  },
  results: {
    askHelpful: 'Was this helpful? I can also show more, narrow these down, or start over.',
    next: 'Anything else? I can show more, narrow these down, or start over.',
    helpfulYes: 'Yes, helpful',
    helpfulNo: 'Not really',
    showMore: 'Show more',
    refine: 'Refine',
    startOver: 'Start over',
    moreLikeThis: 'More like this',
    reportProblem: 'Report a problem',
    details: 'Details',
    moreIntro: 'Here are more:',
    noMore: "That's everything I have for this search. You can narrow it down, or tell me another place or kind of support.",
    moreLike: (name: string) => `Here is more like ${name}:`,
    noMoreLike: (name: string) => `I couldn't find anything else like ${name} yet.`,
    refined: 'Here is what fits that better:',
    refineNothing: "I couldn't find anything that fits all of that, so here is what comes closest:",
    askRefine:
      'What would make these a better fit? For example free, in person, online, a group, one-to-one, Spanish-speaking, or for veterans.',
    refineSuggestions: ['Free', 'In person', 'Online', 'Group', 'One-to-one', 'Spanish-speaking', 'Veterans', 'LGBTQ+', 'Women'],
    refineRetry: 'I could not tell what to change. Pick one of these, or tell me in a few words.',
    pickAgain: (count: number) => `I showed ${count}. Which number would you like?`,
    thanksHelpful: "I'm glad. Take good care of yourself, and come back any time.",
    thanksNotHelpful:
      'Thank you for telling me, that helps us improve. Would you like to narrow these down, see more, or report a problem with a listing?',
    notUnderstood: 'I am not sure what you mean. You can see more, narrow these down, start over, or tell me something new to look for.',
    reportWhich: 'Which listing has a problem? Tell me its number, like "number 2".',
    reportAsk: (name: string) => `What's wrong with ${name}?`,
    reportReasons: {
      'wrong-phone': 'Wrong phone number',
      closed: 'It has closed',
      'wrong-details': 'Wrong address or hours',
      'website-broken': 'Website does not work',
      other: 'Something else',
    },
    reportOther: "Tell me in a sentence what's wrong. Please leave out names and contact details.",
    reportThanks: "Thank you. I've passed it on so someone can check that listing. Nothing about you was kept with it.",
    plainHint: 'Say a number for details, "more like 2", or "report 2".',
  },
  memory: {
    offer: (place: string | null, language: string, days: number) =>
      place
        ? `Shall I remember ${place} and that we speak ${language}, for next time? I'd keep only those two things, linked to this chat account, until you say "forget me" or for ${days} days after we last talk.`
        : `Shall I remember that we speak ${language}, for next time? I'd keep only that, linked to this chat account, until you say "forget me" or for ${days} days after we last talk.`,
    yes: 'Yes, remember',
    no: 'No, thanks',
    saved: 'Done. Next time I\'ll start from there. You can say "forget me" whenever you like.',
    notSaved: "Okay, I won't keep anything for next time.",
    languageNames: { en: 'English', es: 'Spanish' },
  },
  resource: {
    online: 'Online or by phone',
    /** How a national or online service is reached, from its modes: "In person (local groups) · Online · By phone". */
    modes: { 'in-person': 'In person (local groups)', online: 'Online', phone: 'By phone', text: 'By text' },
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
  },
  crisis: {
    // The crisis reply (SAFETY.md "The reply"): warm, plain, numbers written out, no method words, no "committed".
    heard: {
      general: "I'm really sorry you're going through this, and thank you for telling me.",
      abuse: "I'm so sorry this is happening to you. It's not your fault, and you deserve to be safe.",
      child: "I'm so sorry. A child's safety comes first, and I want to help you get help quickly.",
      thirdParty: "It sounds like you're worried about someone, and I'm glad you reached out for them.",
    },
    automated: "I'm an automated assistant, not a person, so I want to help you reach people who can support you right now.",
    emergency: {
      youNow: (numbers: string) => `If you're in immediate danger, call ${numbers} now.`,
      youLater: (numbers: string) => `If you're in danger right now, call ${numbers}.`,
      someoneNow: (numbers: string) => `If anyone is in immediate danger, call ${numbers} now.`,
      someoneLater: (numbers: string) => `If anyone is in danger right now, call ${numbers}.`,
    },
    channels: {
      call: (number: string) => `call ${number}`,
      callPress: (number: string, digit: string) => `call ${number} and press ${digit}`,
      callOrText: (number: string) => `call or text ${number}`,
      text: (number: string) => `text ${number}`,
      textKeyword: (keyword: string, number: string) => `text ${keyword} to ${number}`,
      chat: (site: string) => `chat at ${site}`,
      tty: (number: string) => `TTY ${number}`,
      email: (address: string) => `email ${address}`,
    },
    // "a or b", "a, b, or c"; a comma also when an item already says "or": "call or text 988, or chat at ...".
    or: (items: string[]) => {
      if (items.length <= 1) return items.join('');
      const head = items.slice(0, -1).join(', ');
      const joiner = items.length > 2 || items.some((item) => / or /.test(item)) ? ', or ' : ' or ';
      return `${head}${joiner}${items[items.length - 1]}`;
    },
    qualities: (free: boolean, allHours: boolean) =>
      free && allHours ? 'Free, any time, day or night.' : free ? 'Free.' : allHours ? 'Any time, day or night.' : '',
    inLanguage: (languages: string) => `in ${languages}`,
    audiences: {
      'children-and-young-people': 'for children and young people',
      'adults-worried-about-a-child': 'for adults worried about a child',
      veterans: 'for veterans and their families',
      'lgbtq-youth': 'for LGBTQ+ young people',
      lgbtq: 'for LGBTQ+ people',
      indigenous: 'for Indigenous peoples',
      men: 'for men',
      women: 'for women',
    },
    cautions: {
      'cannot-send-help': (emergency: string) => `They can't send help to you; in an emergency, call ${emergency}.`,
      'urgent-help-is-emergency': (emergency: string) => `For urgent help, call ${emergency}.`,
      'stays-in-call-log': (_emergency: string) =>
        "The call won't show on the phone bill, but it does stay in the phone's call log, so you may want to delete it afterwards.",
      'not-on-phone-bill': (_emergency: string) => "The number won't show on your phone bill.",
      'not-a-reporting-line': (emergency: string) => `It isn't a reporting line and isn't connected to ${emergency}.`,
      'silent-call-55': (emergency: string) => `If you can't speak, call ${emergency} and press 55.`,
    },
    actions: {
      call: (number: string) => `Call ${number}`,
      callPress: (number: string, digit: string) => `Call ${number}, press ${digit}`,
      text: (number: string) => `Text ${number}`,
      textKeyword: (keyword: string, number: string) => `Text ${keyword} to ${number}`,
      chat: 'Chat online',
      email: 'Send an email',
    },
    silentOptions: (hasText: boolean, hasChat: boolean) =>
      hasText && hasChat
        ? "If it isn't safe to talk out loud, you can text or chat instead."
        : hasText
          ? "If it isn't safe to talk out loud, you can send a text instead."
          : hasChat
            ? "If it isn't safe to talk out loud, you can chat online instead."
            : "If it isn't safe to talk out loud, you can keep writing to me here.",
    helperSteps: {
      // Someone at risk of suicide, self-harm or overdose.
      suicide:
        "If you can, stay with them or keep in touch, and listen without judging. If it's safe to do so, move anything they could use to hurt themselves out of reach. Crisis lines take calls from people worried about someone else, too, so you can call them for advice.",
      // Someone being hurt by another person (abuse, a child at risk, danger now).
      danger:
        "If it's safe for you, stay with them or keep in touch, but don't put yourself in danger or confront the person hurting them. Helplines take calls from people worried about someone else, too, so you can call them for advice on what to do next.",
    },
    hope: "You don't have to face this alone. When you feel ready, I can also help you find ongoing support.",
    askSafe: 'Are you safe right now?',
    askSafeAndTalk: 'Are you safe right now, and is it safe for you to talk?',
    showingDefault: (country: string, otherCountry: string) =>
      `I don't know which country you're in, so I'm showing lines for ${country}. If you're somewhere else, tell me the country or choose "${otherCountry}".`,
    noLinesFor: (place: string, country: string, otherCountry: string) =>
      `I don't have checked lines for ${place} yet, so I'm showing lines for ${country}. Wherever you are, your local emergency number can help. You can also choose "${otherCountry}".`,
    safeYes: "Yes, I'm safe",
    safeNo: "No, I'm not safe",
    otherCountry: 'Lines for another country',
    /** `name` stands alone (buttons); `phrase` follows "lines for". */
    countries: {
      US: { name: 'United States', phrase: 'the United States' },
      CA: { name: 'Canada', phrase: 'Canada' },
      GB: { name: 'United Kingdom', phrase: 'the United Kingdom' },
      IE: { name: 'Ireland', phrase: 'Ireland' },
      AU: { name: 'Australia', phrase: 'Australia' },
      NZ: { name: 'New Zealand', phrase: 'New Zealand' },
      ES: { name: 'Spain', phrase: 'Spain' },
      MX: { name: 'Mexico', phrase: 'Mexico' },
    },
    picker: {
      ask: 'Which country are you in? Choose one below, or type its name.',
      notFound:
        "I'm sorry, I don't have checked lines for that country yet. If you're in danger right now, please call your local emergency number. You can choose one of these countries, or tell me another.",
    },
    followUp: {
      unsafe: (emergency: string, emergencyNote: string, crisisLine: string) =>
        `Thank you for telling me. Please call ${emergency} now, or ask someone near you to call for you.${emergencyNote ? ` ${emergencyNote}` : ''} To talk to a person right now, ${crisisLine}. I'm here with you, and you can keep writing to me.`,
      safe: "I'm relieved to hear that. Would you like me to help you find ongoing support? You can come back to these lines whenever you need them.",
      unclear: (emergency: string, crisisLine: string) =>
        `That's okay, it can be hard to say. If you might be in danger, please call ${emergency}. To talk to someone now, ${crisisLine}. I'm still here with you.`,
      findSupport: 'Yes, help me find support',
      notNow: 'Not right now',
      notNowReply: "That's okay. I'm here whenever you want to talk, or to look for support together.",
      safeResume: "I'm relieved to hear that. These lines are here whenever you need them. Let's carry on where we were.",
    },
    /** The short "where to get help now" phrase for the welcome and error messages. */
    helpNowLine: (channels: string, service: string | null) => (service ? `${channels} (${service})` : channels),
    lastResort:
      "I'm an automated assistant, and I want you to reach a person who can help right now. If you're in danger, call your local emergency number: 911 in the United States, Canada and Mexico, 999 in the United Kingdom, 112 in Ireland and Spain, 000 in Australia, or 111 in New Zealand. In the United States and Canada you can also call or text 988.",
  },
  page: {
    title: 'Kindred: find support',
    note: (emergency: string, crisisLine: string) =>
      `Kindred is an automated assistant, not an emergency service. In danger right now? Call ${emergency}. To talk to someone now, ${crisisLine}.`,
    chatLabel: 'Chat with Kindred',
    connecting: 'Connecting to Kindred…',
    failed: 'Sorry, the chat could not start. Please reload the page. If you need help right now, call your local emergency number.',
    quickExit: 'Quick exit',
    quickExitHint: 'Leaves this page at once for a weather search. Shortcut: press Esc twice.',
    /** Where Quick exit goes: a page anyone might be looking at, in the page's language. */
    exitUrl: 'https://www.google.com/search?q=weather',
    historyTitle: 'Staying safe online',
    historyNote:
      "Quick exit closes this chat and leaves at once, but this site can still show in your browser's history. If someone else might look at this device, use a private (incognito) window, or delete this site from your history in your browser's settings when you are done.",
    openChat: 'Chat with Kindred',
    closeChat: 'Close the chat',
    frameTitle: 'Kindred chat',
  },
  limits: {
    longMessage:
      'That was a long message, so I read only the beginning of it. If I missed something you wanted me to know, you can send it again in a few shorter messages.',
  },
  errors: {
    turnFailed: (emergency: string, crisisLine: string) =>
      `I'm sorry, something went wrong on my side. If you need help right now, ${crisisLine}, or call ${emergency} in an emergency. You can try again in a moment.`,
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
