import type { MeetingTime } from '../directory/meeting';

/**
 * When a weekly meeting next starts, worked out in the meeting's own time zone (a meeting at 19:00 in
 * Chicago starts at 19:00 Chicago time whatever the server's clock or the reader's zone, across DST too).
 */

export interface NextMeeting extends MeetingTime {
  /** The start as an instant. */
  at: Date;
  /** 0 today, 1 tomorrow … 7 (the same weekday next week), counted in the meeting's time zone. */
  daysAhead: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const partsFormat = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `instant`: calendar day, weekday (0 = Sunday) and minutes since midnight. */
export function wallClock(instant: Date, timeZone: string): { year: number; month: number; day: number; weekday: number; minutes: number } {
  let format = partsFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormat.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The instant at which the wall clock in `timeZone` reads this calendar day and time (the later one in a DST gap). */
function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(new Date(guess), timeZone);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess);
}

/**
 * The next start of a weekly meeting after `now`: a meeting that has already started today counts from next
 * week. Null for a meeting with no times.
 */
export function nextMeeting(times: readonly MeetingTime[], timeZone: string, now: Date): NextMeeting | null {
  const clock = wallClock(now, timeZone);
  let best: NextMeeting | null = null;
  for (const t of times) {
    let daysAhead = (t.day - clock.weekday + 7) % 7;
    if (daysAhead === 0 && minutesOf(t.time) <= clock.minutes) daysAhead = 7;
    // Calendar arithmetic on the meeting's local date; Date.UTC normalises day overflow into the next month.
    const local = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + daysAhead));
    const at = instantOf(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), minutesOf(t.time), timeZone);
    if (!best || at < best.at) best = { ...t, at, daysAhead };
  }
  return best;
}
