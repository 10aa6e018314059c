import { BMLT_FORMATS } from './meetingTypes';
import { clock, FeedFormatError, httpUrl, num, str } from './meetingGuide';
import type { FeedMeeting } from './toResource';

/**
 * BMLT meetings (Narcotics Anonymous): the aggregator's daily export as NDJSON (one meeting object per line),
 * or a root server's `GetSearchResults` JSON array; both use the BMLT field names: `id_bigint`,
 * `meeting_name`, `weekday_tinyint` (1 = Sunday … 7 = Saturday), `start_time` ("19:00:00"), `duration_time`,
 * `time_zone`, `venue_type` (1 in person, 2 virtual, 3 hybrid), `formats` (comma-separated keys), `lang_enum`,
 * `latitude`, `longitude`, `location_text`, `location_street`, `location_municipality`, `location_province`,
 * `location_postal_code_1`, `location_nation`, `virtual_meeting_link`, `virtual_meeting_additional_info`,
 * `phone_meeting_number`, `published`. Pure. `contact_name_*`, `contact_phone_*` and `contact_email_*` are
 * never read, nor `comments`.
 */

type Raw = Record<string, unknown>;

function endOf(start: string, duration: string | undefined): string | undefined {
  const d = clock(duration);
  if (!d) return undefined;
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const [dh, dm] = d.split(':').map(Number) as [number, number];
  const minutes = sh * 60 + sm + dh * 60 + dm;
  return minutes < 24 * 60 ? `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` : undefined;
}

function meetingOf(raw: Raw): FeedMeeting | null | 'unpublished' {
  const id = str(raw.id_bigint);
  const name = str(raw.meeting_name);
  if (!id || !name) return null;
  if (str(raw.published) === '0') return 'unpublished';
  const formats = (str(raw.formats) ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const venue = num(raw.venue_type);
  const virtualOnly = venue === 2 || (formats.includes('VM') && !formats.includes('HY') && venue !== 3 && venue !== 1);
  const weekday = num(raw.weekday_tinyint);
  const time = clock(raw.start_time);
  const end = time ? endOf(time, str(raw.duration_time)) : undefined;
  const url = httpUrl(raw.virtual_meeting_link);
  return {
    slug: id,
    name,
    times:
      time && weekday !== undefined && Number.isInteger(weekday) && weekday >= 1 && weekday <= 7
        ? [{ day: weekday - 1, time, ...(end ? { end } : {}) }]
        : [],
    timezone: str(raw.time_zone),
    types: formats.map((f) => BMLT_FORMATS[f]).filter((t): t is string => Boolean(t)),
    inPerson: !virtualOnly,
    conferenceUrl: url,
    conferenceUrlNotes: str(raw.virtual_meeting_additional_info),
    conferencePhone: str(raw.phone_meeting_number),
    location: str(raw.location_text),
    address: {
      street: str(raw.location_street),
      city: str(raw.location_municipality),
      state: str(raw.location_province),
      postalCode: str(raw.location_postal_code_1),
      country: str(raw.location_nation),
    },
    latitude: num(raw.latitude),
    longitude: num(raw.longitude),
    language: str(raw.lang_enum),
  };
}

/**
 * Reads a BMLT feed: NDJSON, or one JSON array. A line that is not JSON makes the whole copy malformed
 * (FeedFormatError, naming the line), since a cut-off download would otherwise lose meetings silently.
 * Unpublished meetings are counted as inactive.
 */
export function parseBmlt(body: string): { meetings: FeedMeeting[]; unreadable: number; inactive: number } {
  const text = body.trim();
  let records: unknown[];
  if (text.startsWith('[')) {
    try {
      records = JSON.parse(text) as unknown[];
    } catch (err) {
      throw new FeedFormatError(`is not JSON (${(err as Error).message})`);
    }
  } else {
    records = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new FeedFormatError(`line ${i + 1} is not JSON: not an NDJSON export of BMLT meetings`);
      }
    });
  }
  const meetings: FeedMeeting[] = [];
  let unreadable = 0;
  let inactive = 0;
  for (const entry of records) {
    const meeting = entry && typeof entry === 'object' && !Array.isArray(entry) ? meetingOf(entry as Raw) : null;
    if (meeting === 'unpublished') inactive++;
    else if (meeting) meetings.push(meeting);
    else unreadable++;
  }
  if (records.length > 0 && meetings.length === 0 && inactive === 0) {
    throw new FeedFormatError('has no entry with id_bigint and meeting_name: not BMLT meetings');
  }
  return { meetings, unreadable, inactive };
}
