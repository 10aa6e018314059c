/** English: crisis. */
export const crisis = {
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
  /** Who a number is for, short enough for a button ("Call 900 20 20 10 (children and teens)"). */
  buttonAudiences: {
    'children-and-young-people': 'children and teens',
    'adults-worried-about-a-child': 'worried adults',
    veterans: 'veterans',
    'lgbtq-youth': 'LGBTQ+ youth',
    lgbtq: 'LGBTQ+ people',
    indigenous: 'Indigenous peoples',
    men: 'men',
    women: 'women',
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
    // After a crisis, slow down: one warm line, the offer of ongoing support, and the person leads (issue 17).
    safe: "I'm relieved to hear that, and I'm glad you reached out. Would you like me to help you find ongoing support? I can look for a counsellor or a support group with you, or we can just talk for a while. It's up to you, and you can come back to these lines whenever you need them.",
    // The answer said "safe" but described hiding, being shut in, or waiting for someone to come back.
    hiding: (emergency: string, emergencyNote: string, quietly: string) =>
      `Thank you for telling me. I'm glad you have a moment out of reach, but hiding, being shut in, or waiting for someone to come back isn't the same as being safe. If you can, call ${emergency} now.${emergencyNote ? ` ${emergencyNote}` : ''} ${quietly} I'm here with you.`,
    quietly: (ways: string, service: string) =>
      `If it isn't safe to talk out loud, you can ${ways} (${service}), or keep writing to me here.`,
    quietlyHere: "If it isn't safe to talk out loud, you can keep writing to me here.",
    unclear: (emergency: string, crisisLine: string) =>
      `That's okay, it can be hard to say. If you might be in danger, please call ${emergency}. To talk to someone now, ${crisisLine}. I'm still here with you.`,
    findCounsellor: 'Find a counsellor',
    findGroup: 'Find a support group',
    justTalk: "I'd rather just talk",
    justTalkReply:
      "I'm here, and there's no hurry. Tell me whatever is on your mind, in your own words. Whenever you want to look for support, just say so.",
    whichSupport:
      'Of course. What kind of support would help most? I can look for a counsellor or a support group, or you can tell me in your own words.',
    notNowReply: "That's okay. I'm here whenever you want to talk, or to look for support together.",
    backToSearch: 'Back to my search',
  },
  /** The short "where to get help now" phrase for the welcome and error messages. */
  helpNowLine: (channels: string, service: string | null) => (service ? `${channels} (${service})` : channels),
  lastResort:
    "I'm an automated assistant, and I want you to reach a person who can help right now. If you're in danger, call your local emergency number: 911 in the United States, Canada and Mexico, 999 in the United Kingdom, 112 in Ireland and Spain, 000 in Australia, or 111 in New Zealand. In the United States and Canada you can also call or text 988.",
};
