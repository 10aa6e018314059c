import type { MeetingTime } from '../directory/meeting';
import type { FeedMeeting } from './toResource';

/**
 * The Meeting Guide JSON format (code4recovery/spec; AA intergroups, Al-Anon and others publish it): one JSON
 * array of meetings, each with `name`, `slug`, `day` (0 = Sunday, or an array of days), `time` ("HH:MM"),
 * `end_time`, `timezone`, the address (`address`, `city`, `state`, `postal_code`, `country`, or
 * `formatted_address`), `latitude`/`longitude`, `approximate`, `conference_url`, `conference_phone` and `types`.
 * Pure: text in, meetings out. Contact fields (`contact_*`, `email`, `phone`, `feedback_emails`, `entity_email`,
 * `entity_phone`) are never read.
 */

/** A feed copy that is not in the format it was said to be in. */
export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

type Raw = Record<string, unknown>;

export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/<[^>]*>/g, '').trim();
  return text === '' ? undefined : text;
}

export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** "7:30", "07:30", "07:30:00" → "07:30"; anything else undefined. */
export function clock(value: unknown): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(str(value) ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
}

function days(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  return list.map((d) => num(d)).filter((d): d is number => d !== undefined && Number.isInteger(d) && d >= 0 && d <= 6);
}

function types(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((t) => str(t)).filter((t): t is string => Boolean(t));
  // Some exporters send one comma-separated string.
  return (str(value) ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** "4953 W Addison St, Chicago, IL 60641, USA" → its parts, when the feed gives only a formatted address. */
function splitFormatted(formatted: string): FeedMeeting['address'] {
  const parts = formatted.split(',').map((p) => p.trim());
  if (parts.length < 4) return undefined;
  const [street, city, statePostal, ...rest] = parts;
  const m = /^([A-Za-z .]+?)\s+([A-Za-z0-9 -]{3,10})$/.exec(statePostal ?? '');
  return { street, city, state: m ? m[1] : statePostal, ...(m ? { postalCode: m[2] } : {}), country: rest.join(', ') };
}

function meetingOf(raw: Raw): FeedMeeting | null {
  const slug = str(raw.slug);
  const name = str(raw.name) ?? str(raw.group);
  if (!slug || !name) return null;
  const time = clock(raw.time);
  const end = clock(raw.end_time);
  const times: MeetingTime[] = time ? days(raw.day).map((day) => ({ day, time, ...(end ? { end } : {}) })) : [];
  let latitude = num(raw.latitude);
  let longitude = num(raw.longitude);
  const coordinates = str(raw.coordinates)?.split(',');
  if ((latitude === undefined || longitude === undefined) && coordinates?.length === 2) {
    latitude = num(coordinates[0]);
    longitude = num(coordinates[1]);
  }
  const approximate = raw.approximate === true || str(raw.approximate)?.toLowerCase() === 'yes';
  const attendance = str(raw.attendance_option)?.toLowerCase();
  const street = str(raw.address);
  const address =
    street || str(raw.city)
      ? { street, city: str(raw.city), state: str(raw.state), postalCode: str(raw.postal_code), country: str(raw.country) }
      : str(raw.formatted_address)
        ? splitFormatted(str(raw.formatted_address)!)
        : undefined;
  return {
    slug,
    name,
    group: str(raw.group),
    times,
    timezone: str(raw.timezone),
    types: types(raw.types),
    // The 12 Step Meeting List plugin says "inactive" outright; otherwise an approximate address is not a place to go.
    inPerson: attendance !== 'inactive' && attendance !== 'online' && !approximate,
    conferenceUrl: attendance === 'inactive' ? undefined : httpUrl(raw.conference_url),
    conferenceUrlNotes: str(raw.conference_url_notes),
    conferencePhone: attendance === 'inactive' ? undefined : str(raw.conference_phone),
    conferencePhoneNotes: str(raw.conference_phone_notes),
    location: str(raw.location),
    address,
    latitude,
    longitude,
    url: httpUrl(raw.url),
    entity: str(raw.entity),
    entityUrl: httpUrl(raw.entity_url) ?? httpUrl(raw.entity_website_url),
  };
}

export function httpUrl(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a Meeting Guide feed. Throws FeedFormatError when the text is not a JSON array of objects (the feed is
 * then malformed as a whole and the last good copy stays); entries without a slug or name are counted unreadable.
 */
export function parseMeetingGuide(body: string): { meetings: FeedMeeting[]; unreadable: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw new FeedFormatError(`is not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new FeedFormatError('is not a JSON array of meetings');
  const meetings: FeedMeeting[] = [];
  let unreadable = 0;
  for (const entry of raw) {
    const meeting = entry && typeof entry === 'object' && !Array.isArray(entry) ? meetingOf(entry as Raw) : null;
    if (meeting) meetings.push(meeting);
    else unreadable++;
  }
  if (raw.length > 0 && meetings.length === 0) throw new FeedFormatError('has no entry with a slug and a name: not a Meeting Guide feed');
  return { meetings, unreadable };
}
