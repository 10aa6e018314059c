import type { Match } from '../directory/types';
import type { Resource } from '../directory/schema';
import type { Lang, Strings } from '../i18n';

/** Digits and a leading + only, for tel: and sms: links. */
export function dialable(number: string): string {
  return number.replace(/[^+0-9]/g, '');
}

function description(resource: Resource, lang: Lang): string {
  return lang === 'es' && resource.description_es ? resource.description_es : resource.description;
}

function whereLine(match: Match, s: Strings): string {
  // A national network met in person is not "online": say every way it can be reached.
  if (match.distanceKm === null) return match.resource.modes.map((m) => s.resource.modes[m]).join(' · ') || s.resource.online;
  const km = match.distanceKm < 10 ? match.distanceKm.toFixed(1) : Math.round(match.distanceKm).toString();
  const city = match.resource.address?.city;
  return city ? `${s.resource.kmAway(km)} · ${city}` : s.resource.kmAway(km);
}

function factsLine(resource: Resource, s: Strings): string {
  // An empty cost list means the source does not say; claim nothing rather than guess.
  const cost = resource.cost.map((c) => s.resource.cost[c]).join(', ');
  const langs = `${s.resource.languages}: ${resource.languages.map((l) => l.toUpperCase()).join(', ')}`;
  return cost ? `${cost} · ${langs}` : langs;
}

function directionsUrl(resource: Resource): string | null {
  if (resource.confidentialAddress || resource.latitude === undefined || resource.longitude === undefined) return null;
  return `https://www.google.com/maps/search/?api=1&query=${resource.latitude},${resource.longitude}`;
}

/** How a result card sits in a list: its number (so "the second one" can be said), and its follow-up buttons. */
export interface ResultCardOptions {
  position?: number;
  /** Adds "More like this" and "Report a problem" (Action.Submit, handled as messages with `value`). */
  followUps?: { moreLikeThis: string; report: string };
}

/**
 * "2.\u00a0Name": TextBlocks are markdown, and "2. Name" is an ordered-list item that Web Chat and Teams draw
 * as a list restarting at 1, so every card of a carousel read "1.". A no-break space after the dot is not a list
 * marker (CommonMark wants a plain space or tab), so the number stays the one the text and "the second one" use.
 */
export function numbered(position: number, name: string): string {
  return `${position}.\u00a0${name}`;
}

/** An Adaptive Card (1.5, so Teams renders it) for one search result. Confidential addresses are never shown. */
export function resourceCard(match: Match, s: Strings, lang: Lang, options: ResultCardOptions = {}): Record<string, unknown> {
  const r = match.resource;
  const voice = r.phones.find((p) => p.type === 'voice' || p.type === 'hotline');
  const sms = r.phones.find((p) => p.type === 'text');
  const directions = directionsUrl(r);
  const actions: Array<Record<string, unknown>> = [];
  if (voice) actions.push({ type: 'Action.OpenUrl', title: `${s.resource.call} ${voice.number}`, url: `tel:${dialable(voice.number)}` });
  if (sms) actions.push({ type: 'Action.OpenUrl', title: `${s.resource.text} ${sms.number}`, url: `sms:${dialable(sms.number)}` });
  if (r.url) actions.push({ type: 'Action.OpenUrl', title: s.resource.website, url: r.url });
  if (directions) actions.push({ type: 'Action.OpenUrl', title: s.resource.directions, url: directions });
  if (options.followUps) {
    actions.push({ type: 'Action.Submit', title: options.followUps.moreLikeThis, data: { kindred: 'moreLikeThis', id: r.id } });
    actions.push({ type: 'Action.Submit', title: options.followUps.report, data: { kindred: 'report', id: r.id } });
  }

  const body: Array<Record<string, unknown>> = [
    {
      type: 'TextBlock',
      text: options.position ? numbered(options.position, r.name) : r.name,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: whereLine(match, s), isSubtle: true, spacing: 'None', wrap: true },
    { type: 'TextBlock', text: description(r, lang), wrap: true },
    { type: 'TextBlock', text: factsLine(r, s), wrap: true, size: 'Small' },
  ];
  if (r.schedule) body.push({ type: 'TextBlock', text: r.schedule, wrap: true, size: 'Small' });
  if (r.confidentialAddress) body.push({ type: 'TextBlock', text: s.resource.addressHidden, wrap: true, size: 'Small' });
  for (const line of checkedLines(r, s)) body.push({ type: 'TextBlock', text: line, isSubtle: true, size: 'Small', wrap: true });

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: options.position ? `${options.position}. ${resourceText(match, s, lang)}` : resourceText(match, s, lang),
    body,
    actions,
  };
}

/** The same result as plain text, for channels without cards. Complete on its own. */
export function resourceText(match: Match, s: Strings, lang: Lang): string {
  const r = match.resource;
  const lines = [r.name, whereLine(match, s), description(r, lang), factsLine(r, s)];
  for (const phone of r.phones) {
    const verb = phone.type === 'text' ? s.resource.text : s.resource.call;
    lines.push(`${verb}: ${phone.number}${phone.description ? ` (${phone.description})` : ''}`);
  }
  if (r.url) lines.push(r.url);
  if (r.schedule) lines.push(r.schedule);
  lines.push(...checkedLines(r, s));
  return lines.join('\n');
}

/**
 * When the listing was last checked, and the record's note for the person ("call ahead", "England only").
 * A note that already gives the date ("Last verified 2020-05, call ahead") stands alone.
 */
function checkedLines(r: Resource, s: Strings): string[] {
  if (r.note?.includes(r.assured_date)) return [r.note];
  return r.note ? [r.note, s.resource.lastVerified(r.assured_date)] : [s.resource.lastVerified(r.assured_date)];
}
