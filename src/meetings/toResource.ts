import { createHash } from 'node:crypto';
import type { MeetingFeedConfig } from '../config';
import { checkResource } from '../directory/load';
import type { MeetingInfo, MeetingTime } from '../directory/meeting';
import type { Resource } from '../directory/schema';
import type { Mode, NeedId } from '../understanding/types';
import { isMeetingType, meetingTypeLabel, TEMPORARILY_CLOSED, TYPE_AUDIENCES, TYPE_LANGUAGES, TYPE_NEEDS } from './meetingTypes';

/**
 * One meeting as both feed formats come to describe it (meetingGuide.ts, bmlt.ts), and how it becomes a
 * directory record, checked by the directory's own schema. Only what a person needs to find and join the
 * meeting is carried over: contact people's names, e-mails and phones are never read from a feed.
 */
export interface FeedMeeting {
  /** The feed's id for it (Meeting Guide slug, BMLT id). */
  slug: string;
  name: string;
  group?: string;
  times: MeetingTime[];
  timezone?: string;
  /** Meeting Guide type codes. */
  types: string[];
  /** The feed says people meet in person (not temporarily closed, not an approximate address). */
  inPerson: boolean;
  conferenceUrl?: string;
  conferenceUrlNotes?: string;
  conferencePhone?: string;
  conferencePhoneNotes?: string;
  location?: string;
  address?: { street?: string; city?: string; state?: string; postalCode?: string; country?: string };
  latitude?: number;
  longitude?: number;
  /** ISO 639 code the feed gives (BMLT lang_enum). */
  language?: string;
  /** The meeting's own page on the feed owner's site. */
  url?: string;
  /** Who publishes the list (Meeting Guide `entity`) and their site. */
  entity?: string;
  entityUrl?: string;
}

/** Why a meeting of a feed is not offered. Counted per feed for the log and /healthz. */
export type DropReason = 'temporarily-closed' | 'inactive' | 'no-day-or-time' | 'no-time-zone' | 'no-coordinates' | 'invalid';

/** What every record of one feed shares. */
export interface FeedContext {
  /** A short stable key for the feed ("3fa2b1"), used in record ids. */
  key: string;
  config: MeetingFeedConfig;
  /** The day the copy was fetched (YYYY-MM-DD): the records' assured_date. */
  retrieved: string;
  defaultCountry: string;
}

const DEFAULT_NEEDS: readonly NeedId[] = ['support-group', 'substance-use'];
const COUNTRY_NAMES: Record<string, string> = {
  USA: 'US',
  'UNITED STATES': 'US',
  'UNITED STATES OF AMERICA': 'US',
  CANADA: 'CA',
  'UNITED KINGDOM': 'GB',
  UK: 'GB',
  IRELAND: 'IE',
  AUSTRALIA: 'AU',
  'NEW ZEALAND': 'NZ',
  MEXICO: 'MX',
  MÉXICO: 'MX',
};

/** The feed's short key: the first hex digits of a hash of its URL, so ids stay the same across restarts. */
export function feedKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 6);
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'meeting'
  );
}

function country(raw: string | undefined, fallback: string): string {
  const text = (raw ?? '').trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(text)) return text;
  return COUNTRY_NAMES[text] ?? fallback;
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** The end of a meeting for HSDS-style hours: its end time, else an hour after it starts; never past midnight. */
function closesAt(t: MeetingTime): string {
  const [h, m] = t.time.split(':').map(Number) as [number, number];
  if (t.end && t.end > t.time) return t.end;
  const minutes = Math.min(h * 60 + m + 60, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A dial-in number as the directory's phone field takes it: the part before one-tap pauses, if it is a number at all. */
function diallable(phone: string | undefined): string | undefined {
  const number = phone?.split(/[,;]/)[0]?.trim();
  return number && /^[+(0-9][0-9 ().-]{5,24}$/.test(number) ? number : undefined;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/**
 * The directory record for a meeting, or why it is left out. Temporarily closed and inactive meetings are
 * dropped; a meeting met in person needs coordinates (Kindred does not geocode); every meeting needs a day, a
 * time and a time zone, so that its next start can be told in its own zone.
 */
export function toResource(m: FeedMeeting, feed: FeedContext): { ok: true; resource: Resource } | { ok: false; reason: DropReason } {
  const online = Boolean(m.conferenceUrl || m.conferencePhone);
  const closed = m.types.includes(TEMPORARILY_CLOSED);
  const inPerson = m.inPerson && !closed;
  if (!inPerson && !online) return { ok: false, reason: closed ? 'temporarily-closed' : 'inactive' };
  if (m.times.length === 0) return { ok: false, reason: 'no-day-or-time' };
  const timezone = m.timezone || feed.config.timezone;
  if (!timezone) return { ok: false, reason: 'no-time-zone' };
  const placed = inPerson && m.latitude !== undefined && m.longitude !== undefined && !(m.latitude === 0 && m.longitude === 0);
  if (inPerson && !placed && !online) return { ok: false, reason: 'no-coordinates' };
  const meetsInPerson = inPerson && placed;

  const types = unique(m.types.filter((t) => isMeetingType(t) && t !== TEMPORARILY_CLOSED));
  const languages = unique(types.map((t) => TYPE_LANGUAGES[t]).filter((l): l is string => Boolean(l)));
  const needs = unique([
    ...(feed.config.needs.length > 0 ? (feed.config.needs as NeedId[]) : DEFAULT_NEEDS),
    ...types.flatMap((t) => TYPE_NEEDS[t] ?? []),
  ]);
  const audiences = unique([...feed.config.audiences, ...types.flatMap((t) => TYPE_AUDIENCES[t] ?? [])]);
  const modes: Mode[] = [];
  if (meetsInPerson) modes.push('in-person');
  if (m.conferenceUrl) modes.push('online');
  if (m.conferencePhone) modes.push('phone');
  const homeCountry = country(m.address?.country, feed.config.country ?? feed.defaultCountry);
  const sourceName = m.entity || new URL(feed.config.url).hostname;
  const sourceUrl = m.entityUrl && /^https?:\/\//.test(m.entityUrl) ? m.entityUrl : feed.config.url;
  const labels = (lang: string) => types.map((t) => meetingTypeLabel(t, lang)).filter(Boolean);
  const en = labels('en');
  const es = labels('es');
  const phone = diallable(m.conferencePhone);
  const url = m.url && /^https?:\/\//.test(m.url) ? m.url : m.conferenceUrl;

  const meeting: MeetingInfo = {
    feed: feed.key,
    slug: m.slug,
    times: m.times,
    timezone,
    types,
    attendance: meetsInPerson && online ? 'hybrid' : meetsInPerson ? 'in-person' : 'online',
    ...(m.location ? { location: m.location } : {}),
    ...(online
      ? {
          conference: {
            ...(m.conferenceUrl ? { url: m.conferenceUrl } : {}),
            ...(m.conferenceUrl && m.conferenceUrlNotes ? { urlNotes: m.conferenceUrlNotes } : {}),
            ...(m.conferencePhone ? { phone: m.conferencePhone } : {}),
            ...(m.conferencePhone && m.conferencePhoneNotes ? { phoneNotes: m.conferencePhoneNotes } : {}),
          },
        }
      : {}),
  };
  const candidate = {
    id: `mtg-${feed.key}-${slug(m.slug)}`,
    name: m.name,
    organization: m.group || sourceName,
    // Read by search (its words) and the HSDS export; the card says all of this in the person's language.
    description: `Weekly peer-support meeting${en.length > 0 ? ` (${en.join(', ')})` : ''}, listed by ${sourceName}.`,
    description_es: `Reunión semanal de apoyo mutuo${es.length > 0 ? ` (${es.join(', ')})` : ''}, publicada por ${sourceName}.`,
    needs,
    audiences,
    modes,
    cost: [],
    languages:
      languages.length > 0 ? languages : [m.language && /^[a-z]{2,3}$/.test(m.language) ? m.language : (feed.config.language ?? 'en')],
    scope: meetsInPerson ? 'local' : 'online',
    countries: [homeCountry],
    ...(meetsInPerson && m.address?.street && m.address.city
      ? {
          address: {
            address_1: m.address.street,
            city: m.address.city,
            ...(m.address.state ? { state_province: m.address.state } : {}),
            ...(m.address.postalCode ? { postal_code: m.address.postalCode } : {}),
            country: homeCountry,
          },
        }
      : {}),
    ...(meetsInPerson ? { latitude: round5(m.latitude!), longitude: round5(m.longitude!) } : {}),
    phones: phone ? [{ number: phone, type: 'voice', description: 'dial-in' }] : [],
    ...(url ? { url } : {}),
    hours: m.times
      .map((t) => ({ byday: [BYDAY[t.day]!], opens_at: t.time, closes_at: closesAt(t) }))
      .filter((h) => h.closes_at > h.opens_at),
    assured_date: feed.retrieved,
    meeting,
    source: {
      name: sourceName,
      url: sourceUrl,
      licence: 'Shared openly by its owner as a public meeting list',
      retrieved: feed.retrieved,
    },
  };
  if (candidate.hours.length === 0) delete (candidate as { hours?: unknown }).hours;
  const checked = checkResource(candidate);
  return checked.ok ? { ok: true, resource: checked.resource } : { ok: false, reason: 'invalid' };
}
