import { stringsFor, type Lang } from '../i18n';
import type { ChannelType, HotlineChannel, HotlineLine } from './hotlineSchema';

// How one hotline reads in a language: the sentence in the plain-text reply and the buttons on the card
// come from the same channels here, so the card can never show a number the text leaves out.

/** A button on the hotline card. */
export interface LineAction {
  title: string;
  url: string;
}

/** One hotline, worded for a person. */
export interface DescribedLine {
  id: string;
  /** Name plus who it is for and its language when that differs from the person's ("Samaritans (en inglés)"). */
  title: string;
  /** "call or text 988, or chat at 988lifeline.org" */
  channels: string;
  /** Free / 24-7 and the cautions that matter in a crisis, as whole sentences. */
  details: string[];
  actions: LineAction[];
}

/** The channels a person speaking `lang` can use: language-tagged channels in another language are left out,
 *  unless that would leave none. */
export function channelsFor(line: HotlineLine, lang: Lang): HotlineChannel[] {
  const usable = line.channels.filter((c) => !c.languages || c.languages.includes(lang));
  return usable.length > 0 ? usable : line.channels;
}

/** The number(s) to call in an emergency, e.g. "911" or "112 or 999". */
export function emergencyNumbers(line: HotlineLine, lang: Lang): string {
  return stringsFor(lang).crisis.or(line.channels.filter((c) => c.type === 'call').map((c) => c.value));
}

/** The name a person reading `lang` knows the service by. */
export function lineName(line: HotlineLine, lang: Lang): string {
  return line.localName?.[lang] ?? line.name;
}

/** The name as it reads inside brackets: "National Domestic Abuse Helpline, Refuge", not "... (Refuge)". */
export function lineNameInBrackets(line: HotlineLine, lang: Lang): string {
  return lineName(line, lang).replace(/\s*\(([^()]*)\)/g, ', $1');
}

/**
 * The channels as one phrase. `short` keeps only call and text (for the welcome and error messages); `only`
 * keeps the given types ("text or chat", for someone who cannot talk out loud).
 * A call and a text on the same number read as "call or text 988".
 */
export function describeChannels(line: HotlineLine, lang: Lang, options: { short?: boolean; only?: readonly ChannelType[] } = {}): string {
  const s = stringsFor(lang).crisis;
  const channels = channelsFor(line, lang).filter(
    (c) => (!options.short || c.type === 'call' || c.type === 'text') && (!options.only || options.only.includes(c.type)),
  );
  const phrases: string[] = [];
  const merged = new Set<HotlineChannel>();
  for (const channel of channels) {
    if (merged.has(channel)) continue;
    let phrase: string;
    const twin = channel.type === 'call' && !channel.press ? channels.find((c) => isPlainTextTwin(channel, c)) : undefined;
    if (twin) {
      merged.add(twin);
      phrase = s.channels.callOrText(channel.value);
    } else {
      phrase = channelPhrase(channel, lang);
    }
    const audience = channel.audience ? ` (${s.audiences[channel.audience]})` : '';
    phrases.push(phrase + audience);
  }
  return s.or(phrases);
}

/** Everything the reply says about one line, and its card buttons. */
export function describeLine(line: HotlineLine, lang: Lang, emergency: string): DescribedLine {
  const s = stringsFor(lang).crisis;
  const aside: string[] = [];
  if (line.audience) aside.push(s.audiences[line.audience]);
  // Say so when a line does not speak the person's language, rather than leave them to find out on the call.
  if (!line.languages.includes(lang) && !line.interpreters)
    aside.push(s.inLanguage(s.or(line.languages.map((l) => languageName(l, lang)))));
  const title = aside.length > 0 ? `${lineName(line, lang)} (${aside.join(', ')})` : lineName(line, lang);
  const details = [
    s.qualities(line.free === true, line.hours === '24/7'),
    ...(line.cautions ?? []).map((c) => s.cautions[c](emergency)),
  ].filter((d) => d.length > 0);
  return {
    id: line.id,
    title,
    channels: describeChannels(line, lang),
    details,
    actions: channelsFor(line, lang).flatMap((c) => actionFor(c, lang)),
  };
}

/** The digits a phone dials: spaces and hyphens dropped, a leading * kept. */
export function dialString(value: string): string {
  return value.replace(/[ -]/g, '');
}

/**
 * A tel: link. A menu option goes after a comma, the pause that Android and iOS dialers accept (iOS asks before
 * sending it), so "988, press 2" dials 988 and then 2 where the phone supports it, and plain 988 where it does not.
 */
export function telUrl(value: string, press?: string): string {
  return `tel:${dialString(value)}${press ? `,${press}` : ''}`;
}

function isPlainTextTwin(call: HotlineChannel, other: HotlineChannel): boolean {
  return other.type === 'text' && !other.keyword && other.value === call.value && other.audience === call.audience;
}

function channelPhrase(channel: HotlineChannel, lang: Lang): string {
  const c = stringsFor(lang).crisis.channels;
  switch (channel.type) {
    case 'call':
      return channel.press ? c.callPress(channel.value, channel.press) : c.call(channel.value);
    case 'text':
      return channel.keyword ? c.textKeyword(channel.keyword, channel.value) : c.text(channel.value);
    case 'chat':
      return c.chat(siteName(channel.value));
    case 'tty':
      return c.tty(channel.value);
    case 'email':
      return c.email(channel.value);
  }
}

// A number meant for one group says so on its button too (ANAR: one number for children, one for adults).
function actionFor(channel: HotlineChannel, lang: Lang): LineAction[] {
  const s = stringsFor(lang).crisis;
  const forWhom = channel.audience ? ` (${s.buttonAudiences[channel.audience]})` : '';
  return actionsFor(channel, lang).map((action) => ({ ...action, title: action.title + forWhom }));
}

function actionsFor(channel: HotlineChannel, lang: Lang): LineAction[] {
  const a = stringsFor(lang).crisis.actions;
  switch (channel.type) {
    case 'call':
      return [
        {
          title: channel.press ? a.callPress(channel.value, channel.press) : a.call(channel.value),
          url: telUrl(channel.value, channel.press),
        },
      ];
    case 'text':
      // Teams and Web Chat open `sms:741741?body=HOME` in the phone's messages app with the keyword filled in.
      return channel.keyword
        ? [
            {
              title: a.textKeyword(channel.keyword, channel.value),
              url: `sms:${dialString(channel.value)}?body=${encodeURIComponent(channel.keyword)}`,
            },
          ]
        : [{ title: a.text(channel.value), url: `sms:${dialString(channel.value)}` }];
    case 'chat':
      return [{ title: a.chat, url: channel.value }];
    case 'email':
      return [{ title: a.email, url: `mailto:${channel.value}` }];
    case 'tty':
      // A TTY number is dialled from a TTY device, not from a button; the text gives the number.
      return [];
  }
}

/** "https://988lifeline.org/" → "988lifeline.org": what a person would type. */
function siteName(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
