/** English: page. */
export const page = {
  title: 'Kindred: find support',
  note: (emergency: string, crisisLine: string) =>
    `Kindred is an automated assistant, not an emergency service. In danger right now? Call ${emergency}. To talk to someone now, ${crisisLine}.`,
  /** The banner for a country Kindred has no checked lines for. */
  noteElsewhere: 'Kindred is an automated assistant, not an emergency service. In danger right now? Call your local emergency number.',
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
};
