/** "Monday, Wednesday and Friday". */
function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** English: peer-support meetings from live feeds, as result cards show them. */
export const meetings = {
  /** The next meeting, on the meeting's own clock and labelled with its zone: "Next: Tuesday 7:00 pm (Central time)". */
  next: (day: string, time: string, zone: string) => `Next: ${day} ${time} (${zone})`,
  /** A meeting held on several days: "Every Monday, Wednesday and Friday at 7:00 am". */
  every: (days: string[], time: string) => `Every ${list(days)} at ${time}`,
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  /** A time on a 12-hour clock: "7:00 pm", "12:30 pm" (noon), "12:00 am" (midnight). */
  time: (hours: number, minutes: number) =>
    `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'am' : 'pm'}`,
  /**
   * Time zones as people in the U.S., Canada, the U.K. and Ireland say them, by IANA id or by the zone's CLDR
   * name (America/Indiana/Knox is "Central Time" too). Other zones take CLDR's name in the person's language.
   */
  zones: {
    'America/Phoenix': 'Arizona time',
    'America/Puerto_Rico': 'Puerto Rico time',
    'Eastern Time': 'Eastern time',
    'Central Time': 'Central time',
    'Central Standard Time': 'Central time',
    'Mountain Time': 'Mountain time',
    'Pacific Time': 'Pacific time',
    'Alaska Time': 'Alaska time',
    'Hawaii-Aleutian Standard Time': 'Hawaii time',
    'Atlantic Time': 'Atlantic time',
    'Newfoundland Time': 'Newfoundland time',
    'United Kingdom Time': 'UK time',
    'Ireland Time': 'Irish time',
  },
  /** A zone with no name anywhere: its city ("Madrid time"). */
  zoneOf: (city: string) => `${city} time`,
  /** How it meets, after the distance: "2.8 km away · Austin · In person". */
  attendance: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' },
  inPerson: (place: string) => `In person: ${place}`,
  /** "Online: https://zoom.us/j/… · Passcode: serenity"; on a card the link is the Join button. */
  online: (details: string) => (details ? `Online: ${details}` : 'Online: tap "Join online"'),
  /** "By phone: +1 646 555 0100 · Meeting ID 555 010 0001". */
  byPhone: (number: string, details: string) => (details ? `By phone: ${number} · ${details}` : `By phone: ${number}`),
  /** The code dialled after the number's pauses, when the feed says nothing else about it. */
  thenDial: (code: string) => `then ${code}`,
  types: (labels: string[]) => `Type: ${labels.join(', ')}`,
  listedBy: (source: string, date: string) => `From the meeting list of ${source}, checked ${date}`,
  joinOnline: 'Join online',
  dialIn: 'Dial in',
  meetingPage: 'Meeting page',
};
