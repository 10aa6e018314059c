import { DAYS, type Day, type WeeklyHours } from '../schema';

/**
 * Weekly opening hours: grouping days that share hours, and saying them the way a person would
 * ("Mon–Fri 8am–4:30pm; Sat 9am–noon"). The structured form is HSDS's (byday, opens_at, closes_at).
 */

const DAY_LABEL: Record<Day, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

/** Opening and closing time of one day, 24-hour "HH:MM". */
export interface DayHours {
  opens_at: string;
  closes_at: string;
}

/** Groups per-day hours into as few WeeklyHours entries as possible, days in week order. Closed days are left out. */
export function groupDays(days: Partial<Record<Day, DayHours>>): WeeklyHours[] {
  const groups: WeeklyHours[] = [];
  for (const day of DAYS) {
    const hours = days[day];
    if (!hours) continue;
    const same = groups.find((g) => g.opens_at === hours.opens_at && g.closes_at === hours.closes_at);
    if (same) same.byday.push(day);
    else groups.push({ byday: [day], opens_at: hours.opens_at, closes_at: hours.closes_at });
  }
  return groups;
}

/** "08:00" → "8am", "16:30" → "4:30pm", "12:00" → "noon". */
export function formatClock(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (h === 12 && m === 0) return 'noon';
  if (h === 0 && m === 0) return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "MO,TU,WE,TH,FR" → "Mon–Fri"; "MO,WE,FR" → "Mon, Wed, Fri"; "MO,TU,TH" → "Mon–Tue, Thu". */
export function formatDays(byday: readonly Day[]): string {
  const indexes = [...new Set(byday.map((d) => DAYS.indexOf(d)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.map(([from, to]) => (from === to ? DAY_LABEL[DAYS[from]!] : `${DAY_LABEL[DAYS[from]!]}–${DAY_LABEL[DAYS[to]!]}`)).join(', ');
}

/** Says structured weekly hours as one line: "Mon–Fri 8am–4:30pm; Sat 9am–noon". Every day: "Daily 9am–5pm". */
export function formatWeeklyHours(hours: readonly WeeklyHours[]): string {
  return hours
    .map((h) => {
      const days = new Set(h.byday).size === DAYS.length ? 'Daily' : formatDays(h.byday);
      return `${days} ${formatClock(h.opens_at)}–${formatClock(h.closes_at)}`;
    })
    .join('; ');
}
