import { hotlineCard, type HotlineCardSection } from '../cards/hotlineCard';
import { LANGS, stringsFor, type Lang, type Strings } from '../i18n';
import { describeLine, emergencyNumbers, channelsFor, telUrl } from './hotlineText';
import { hotlineBook, hurtBySomeone, resolveCountry, type HotlineBook, type LineChoice, type SupportHint } from './hotlines';
import type { CrisisSignal } from './types';

// The crisis reply, built to SAFETY.md "The reply": acknowledge and say we are automated; the emergency number
// first when danger may be immediate; one or two lines with every channel; helper steps for someone worried about
// another person; "is it safe to talk?" for abuse; the country caveat when we guessed; hope; "Are you safe?".

/** Everything needed to answer a crisis message, with nothing but the text and the locale. */
export interface CrisisReply {
  /** Plain text for channels without cards, and the card's fallback text. Complete on its own. */
  text: string;
  /** An Adaptive Card (1.5) with call/text/chat buttons. */
  card: Record<string, unknown>;
  /** Quick replies to offer after the reply. */
  suggestions: string[];
  /** The country whose lines are shown, and whether we knew it or fell back to the default. */
  country: string;
  countryKnown: boolean;
  /** The language the reply is written in. */
  lang: Lang;
  /** Ids of the hotline rows shown (emergency first when it leads); safe to count, never personal. */
  lineIds: string[];
}

export interface CrisisContext {
  lang: Lang;
  /** A country the user named or the locale gave; null when unknown. */
  country: string | null;
  defaultCountry: string;
  /** What else is known about the person ("veterans" from a veterans-ptsd need, "lgbtq"...): changes the lines. */
  hints?: readonly SupportHint[];
  /** Region code of a named place, for lines that serve one region only ("CDMX"). */
  region?: string | null;
  /** The detector saw a plan or means: the emergency number leads even for suicidal thoughts. */
  imminent?: boolean;
}

/** Builds the crisis reply for a detected signal. Pure, no I/O; never throws (falls back to a static reply). */
export function composeCrisisReply(signal: CrisisSignal, ctx: CrisisContext, book: HotlineBook = hotlineBook): CrisisReply {
  const lang = replyLang(signal, ctx);
  try {
    return compose(signal, ctx, lang, book);
  } catch {
    return lastResortReply(ctx, lang);
  }
}

/** The suggestion that opens the country picker (see countryPicker.ts), in the given language. */
export function otherCountrySuggestion(lang: Lang): string {
  return stringsFor(lang).crisis.otherCountry;
}

// The person's own words win over the locale: a Spanish message in an en-US Teams client gets Spanish lines.
function replyLang(signal: CrisisSignal, ctx: CrisisContext): Lang {
  const candidates = [signal?.lang, ctx?.lang];
  return (candidates.find((l) => (LANGS as readonly unknown[]).includes(l)) as Lang | undefined) ?? 'en';
}

function compose(signal: CrisisSignal, ctx: CrisisContext, lang: Lang, book: HotlineBook): CrisisReply {
  const s = stringsFor(lang).crisis;
  const kinds = Array.isArray(signal.kinds) ? signal.kinds : [];
  const where = resolveCountry(ctx.country, ctx.defaultCountry, book);
  // The detector's level says when danger to life is immediate (issue 12); the kinds alone say so too.
  const imminent = ctx.imminent === true || signal.level === 'emergency';
  const choice = book.choose({ country: where.country, kinds, lang, hints: ctx.hints, region: ctx.region, imminent });
  const emergency = emergencyNumbers(choice.emergency, lang);
  const thirdParty = kinds.includes('third-party');
  const aboutOthers = thirdParty || kinds.includes('child-risk');
  // Abuse, or a threat from another person: "is it safe to talk?" and the quiet ways to reach help (SAFETY.md, Do 5).
  const abuse = hurtBySomeone(kinds);

  const heard = thirdParty ? s.heard.thirdParty : abuse ? s.heard.abuse : kinds.includes('child-risk') ? s.heard.child : s.heard.general;
  const sections: HotlineCardSection[] = [{ kind: 'message', text: `${heard} ${s.automated}` }];
  if (choice.emergencyFirst)
    sections.push(emergencySection(choice, lang, emergency, aboutOthers ? s.emergency.someoneNow : s.emergency.youNow));
  // In the plain text a line reads "Samaritans: call 116 123. Free, …"; on the card the title stands above it.
  const plainLines = new Map<HotlineCardSection, string>();
  for (const line of choice.lines) {
    const d = describeLine(line, lang, emergency);
    const section: HotlineCardSection = {
      kind: 'line',
      title: d.title,
      text: [`${capitalise(d.channels, lang)}.`, ...d.details].join(' '),
      actions: d.actions,
    };
    plainLines.set(section, [`${d.title}: ${d.channels}.`, ...d.details].join(' '));
    sections.push(section);
  }
  if (thirdParty) {
    // Removing means is the step for suicide risk; when someone else is hurting them, the helper's own safety comes first.
    const hurtByOthers =
      !kinds.some((k) => k === 'suicide' || k === 'self-harm' || k === 'overdose') &&
      kinds.some((k) => k === 'abuse-now' || k === 'child-risk' || k === 'danger-now');
    sections.push({ kind: 'message', text: hurtByOthers ? s.helperSteps.danger : s.helperSteps.suicide });
  }
  if (abuse) {
    const types = new Set(choice.lines.flatMap((l) => channelsFor(l, lang).map((c) => c.type)));
    sections.push({ kind: 'message', text: s.silentOptions(types.has('text'), types.has('chat')) });
  }
  if (!choice.emergencyFirst)
    sections.push(emergencySection(choice, lang, emergency, aboutOthers ? s.emergency.someoneLater : s.emergency.youLater));
  if (!where.known) sections.push({ kind: 'note', text: countryCaveat(s, ctx.country, where.country, lang) });
  sections.push({ kind: 'message', text: s.hope });
  sections.push({ kind: 'question', text: abuse ? s.askSafeAndTalk : s.askSafe });

  const text = sections.map((x) => plainLines.get(x) ?? x.text).join('\n\n');
  const lineIds = choice.emergencyFirst
    ? [choice.emergency.id, ...choice.lines.map((l) => l.id)]
    : [...choice.lines.map((l) => l.id), choice.emergency.id];
  return {
    text,
    card: hotlineCard(sections, text),
    suggestions: where.known ? [s.safeYes, s.safeNo] : [s.safeYes, s.safeNo, s.otherCountry],
    country: where.country,
    countryKnown: where.known,
    lang,
    lineIds,
  };
}

function emergencySection(choice: LineChoice, lang: Lang, numbers: string, sentence: (numbers: string) => string): HotlineCardSection {
  const s = stringsFor(lang).crisis;
  const cautions = (choice.emergency.cautions ?? []).map((c) => s.cautions[c](numbers));
  const calls = choice.emergency.channels.filter((c) => c.type === 'call');
  return {
    kind: 'emergency',
    text: [sentence(numbers), ...cautions].join(' '),
    actions: calls.map((c) => ({ title: s.actions.call(c.value), url: telUrl(c.value) })),
  };
}

function countryCaveat(s: Strings['crisis'], asked: string | null, shown: string, lang: Lang): string {
  const shownPhrase = countryWords(s, shown, lang).phrase;
  if (asked && asked.trim().length > 0) return s.noLinesFor(countryWords(s, asked, lang).name, shownPhrase, s.otherCountry);
  return s.showingDefault(shownPhrase, s.otherCountry);
}

/** The localised name of a country; Intl's name for one we have no lines (and so no strings) for. */
export function countryWords(s: Strings['crisis'], code: string, lang: Lang): { name: string; phrase: string } {
  const known = (s.countries as Record<string, { name: string; phrase: string } | undefined>)[code.toUpperCase()];
  if (known) return known;
  let name = code;
  try {
    name = new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    // Not a region code Intl knows; the code itself is still better than nothing.
  }
  return { name, phrase: name };
}

function capitalise(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

// Reached only if the hotline book or a string function fails: still tells the person where to get help.
function lastResortReply(ctx: CrisisContext, lang: Lang): CrisisReply {
  const s = stringsFor(lang).crisis;
  const text = `${s.lastResort}\n\n${s.askSafe}`;
  const sections: HotlineCardSection[] = [
    { kind: 'message', text: s.lastResort },
    { kind: 'question', text: s.askSafe },
  ];
  return {
    text,
    card: hotlineCard(sections, text),
    suggestions: [s.safeYes, s.safeNo, s.otherCountry],
    country: String(ctx?.country ?? ctx?.defaultCountry ?? ''),
    countryKnown: false,
    lang,
    lineIds: [],
  };
}
