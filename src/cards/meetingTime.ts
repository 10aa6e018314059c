import type { MeetingInfo } from '../directory/meeting';
import type { Lang, Strings } from '../i18n';
import { nextMeeting } from '../meetings/schedule';

/**
 * When a meeting meets, in words: its next start on the meeting's own clock, labelled with the meeting's time
 * zone ("Next: Tuesday 7:00 pm (Central time)"), so nobody has to guess whose evening it is. The clock is
 * passed in (tests fix it).
 */

const cldrNames = new Map<string, Intl.DateTimeFormat>();

/**
 * CLDR's generic name of a zone in a language ("Central Time", "hora central") around `at` (a zone that kept no
 * daylight saving then has only its standard name), or null when it has only an offset.
 */
function cldrName(timeZone: string, locale: string, at: Date): string | null {
  const key = `${locale}|${timeZone}`;
  let format = cldrNames.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' });
    cldrNames.set(key, format);
  }
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)/.test(name) ? name : null;
}

/**
 * The meeting's zone as the person would say it at `at`: "Central time", "hora del centro", else CLDR's name in
 * their language, else its city.
 */
export function zoneLabel(timeZone: string, s: Strings, lang: Lang, at: Date): string {
  const named = s.meetings.zones as Record<string, string | undefined>;
  const english = cldrName(timeZone, 'en-US', at);
  const label = named[timeZone] ?? (english ? named[english] : undefined) ?? cldrName(timeZone, lang, at);
  if (label) return label;
  const city = timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  return timeZone === 'UTC' ? 'UTC' : s.meetings.zoneOf(city);
}

/** "19:30" on the meeting's clock, as the person's language writes times ("7:30 pm", "19:30"). */
export function clockText(time: string, s: Strings): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return s.meetings.time(h, m);
}

/** "Next: Tuesday 7:00 pm (Central time)": the soonest start after `now`, in the meeting's time zone. */
export function nextLine(meeting: MeetingInfo, now: Date, s: Strings, lang: Lang): string {
  const next = nextMeeting(meeting.times, meeting.timezone, now)!;
  return s.meetings.next(s.meetings.weekdays[next.day]!, clockText(next.time, s), zoneLabel(meeting.timezone, s, lang, next.at));
}

/**
 * "Every Monday, Wednesday and Friday at 7:00 am" for a meeting held on more than one day (one line per start
 * time); none for a meeting held once a week, which the next line already tells.
 */
export function everyLines(meeting: MeetingInfo, s: Strings): string[] {
  if (meeting.times.length < 2) return [];
  const byTime = new Map<string, number[]>();
  for (const t of meeting.times) byTime.set(t.time, [...(byTime.get(t.time) ?? []), t.day]);
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, days]) =>
      s.meetings.every(
        // The week from Monday, as people list meeting days; Sunday last.
        [...new Set(days)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => s.meetings.weekdays[d]!),
        clockText(time, s),
      ),
    );
}
