import type { MeetingInfo } from '../directory/meeting';
import type { Resource } from '../directory/schema';
import type { Match } from '../directory/types';
import type { Lang, Strings } from '../i18n';
import { meetingTypeLabel } from '../meetings/meetingTypes';
import { everyLines, nextLine } from './meetingTime';
import { numbered, type ResultCardOptions } from './resourceCard';

/**
 * A peer-support meeting from a live feed (src/meetings) as a result: when it next meets on its own clock,
 * how to get there or join (address and directions, a Join button, a dial-in), and its types in the person's
 * language. Only what the record carries is shown; a feed's contact people never reach a record (toResource.ts).
 */

type MeetingMatch = Match & { resource: Resource & { meeting: MeetingInfo } };

/** True when this result is a meeting from a feed, to be shown with meetingCard / meetingText. */
export function isMeeting(match: Match): match is MeetingMatch {
  return match.resource.meeting !== undefined;
}

/**
 * "2.8 km away": the distance in the words resource cards use, so the two kinds of card agree. One place to
 * change: when resource cards move to miles in the U.S. and the U.K. (issue-13-data's src/cards/distance.ts),
 * this becomes `distanceAway(km, countryOf(resource), s)`; test/unit/cards/meetingCard.test.ts checks the two agree.
 */
export function meetingDistance(km: number, _resource: Resource, s: Strings): string {
  return s.resource.kmAway(km < 10 ? km.toFixed(1) : Math.round(km).toString());
}

/** "2.8 km away · Austin · In person", or "Online" for a meeting with no place. */
function whereLine(match: MeetingMatch, s: Strings): string {
  const { resource } = match;
  const parts = [
    match.distanceKm !== null && resource.meeting.attendance !== 'online' ? meetingDistance(match.distanceKm, resource, s) : null,
    resource.address?.city ?? null,
    s.meetings.attendance[resource.meeting.attendance],
  ];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

/** "Eastside Fellowship Hall, 1200 E 6th St, Austin, TX 78702". */
function placeText(resource: Resource): string | null {
  const a = resource.address;
  if (!a || resource.confidentialAddress) return null;
  const region = [a.state_province, a.postal_code].filter(Boolean).join(' ');
  return [resource.meeting?.location, a.address_1, a.address_2, a.city, region].filter(Boolean).join(', ');
}

/** The number to show from a dial-in string ("+16465550100,,5550100001#"), and the code dialled after its pauses. */
function dialIn(phone: string): { number: string; code: string | null } {
  const [number, ...rest] = phone.split(/[,;]+/);
  const code = rest.join(' ').trim();
  return { number: number!.trim(), code: code || null };
}

/** A tel: link that dials the pauses and the code too, so one tap joins ("#" must be escaped in a URI). */
function telLink(phone: string): string {
  return `tel:${phone.replace(/[^+0-9,;*#]/g, '').replace(/#/g, '%23')}`;
}

function directionsUrl(resource: Resource): string | null {
  if (resource.confidentialAddress || resource.latitude === undefined || resource.longitude === undefined) return null;
  return `https://www.google.com/maps/search/?api=1&query=${resource.latitude},${resource.longitude}`;
}

/** The lines of a meeting, the same on a card and in text; `withLinks` puts the join link in the text. */
function detailLines(match: MeetingMatch, s: Strings, lang: Lang, now: Date, withLinks: boolean): string[] {
  const r = match.resource;
  const m = r.meeting;
  const lines = [nextLine(m, now, s, lang), ...everyLines(m, s)];
  const place = m.attendance !== 'online' ? placeText(r) : null;
  if (place) lines.push(s.meetings.inPerson(place));
  if (m.conference?.url) {
    lines.push(s.meetings.online([withLinks ? m.conference.url : null, m.conference.urlNotes].filter(Boolean).join(' · ')));
  }
  if (m.conference?.phone) {
    const { number, code } = dialIn(m.conference.phone);
    lines.push(s.meetings.byPhone(number, m.conference.phoneNotes ?? (code ? s.meetings.thenDial(code) : '')));
  }
  const labels = m.types.map((t) => meetingTypeLabel(t, lang)).filter((l): l is string => Boolean(l));
  if (labels.length > 0) lines.push(s.meetings.types(labels));
  return lines;
}

function listedLine(r: Resource, s: Strings): string {
  return s.meetings.listedBy(r.source.name, r.assured_date);
}

/** The meeting's own page, when the feed gives one apart from its join link. */
function pageUrl(r: Resource & { meeting: MeetingInfo }): string | null {
  return r.url && r.url !== r.meeting.conference?.url ? r.url : null;
}

/** A meeting as an Adaptive Card (1.5, so Teams renders it), with Join, Dial in and Directions buttons as it allows. */
export function meetingCard(
  match: MeetingMatch,
  s: Strings,
  lang: Lang,
  now: Date,
  options: ResultCardOptions = {},
): Record<string, unknown> {
  const r = match.resource;
  const m = r.meeting;
  const actions: Array<Record<string, unknown>> = [];
  if (m.conference?.url) actions.push({ type: 'Action.OpenUrl', title: s.meetings.joinOnline, url: m.conference.url });
  if (m.conference?.phone) actions.push({ type: 'Action.OpenUrl', title: s.meetings.dialIn, url: telLink(m.conference.phone) });
  const directions = m.attendance !== 'online' ? directionsUrl(r) : null;
  if (directions) actions.push({ type: 'Action.OpenUrl', title: s.resource.directions, url: directions });
  const page = pageUrl(r);
  if (page) actions.push({ type: 'Action.OpenUrl', title: s.meetings.meetingPage, url: page });
  if (options.followUps) {
    actions.push({ type: 'Action.Submit', title: options.followUps.moreLikeThis, data: { kindred: 'moreLikeThis', id: r.id } });
    actions.push({ type: 'Action.Submit', title: options.followUps.report, data: { kindred: 'report', id: r.id } });
  }
  const [next, ...details] = detailLines(match, s, lang, now, false);
  const body: Array<Record<string, unknown>> = [
    {
      type: 'TextBlock',
      text: options.position ? numbered(options.position, r.name) : r.name,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: whereLine(match, s), isSubtle: true, spacing: 'None', wrap: true },
    { type: 'TextBlock', text: next, weight: 'Bolder', wrap: true },
    ...details.map((text) => ({ type: 'TextBlock', text, wrap: true, size: 'Small' })),
    { type: 'TextBlock', text: listedLine(r, s), isSubtle: true, size: 'Small', wrap: true },
  ];
  const text = meetingText(match, s, lang, now);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: options.position ? `${options.position}. ${text}` : text,
    body,
    actions,
  };
}

/** The same meeting as plain text, for channels without cards: complete on its own, join link and page included. */
export function meetingText(match: MeetingMatch, s: Strings, lang: Lang, now: Date): string {
  const r = match.resource;
  const page = pageUrl(r);
  return [r.name, whereLine(match, s), ...detailLines(match, s, lang, now, true), ...(page ? [page] : []), listedLine(r, s)].join('\n');
}
