import hotlinesJson from '../data/hotlines.json';
import { stringsFor, type Lang } from '../i18n';
import { describeChannels, emergencyNumbers, lineNameInBrackets, channelsFor } from './hotlineText';
import { HotlineDataError, loadHotlineFile, parseHotlines, type HotlineLine, type HotlineNeed } from './hotlineSchema';
import type { CrisisKind } from './types';

export { countryFromText } from './countries';
export { HotlineDataError, loadHotlineFile, type HotlineLine } from './hotlineSchema';

/** Context the caller may know beyond the crisis kinds, which changes which line fits best. */
export const SUPPORT_HINTS = ['veterans', 'lgbtq', 'sexual-assault', 'indigenous'] as const;
export type SupportHint = (typeof SUPPORT_HINTS)[number];

/** What to choose lines for. `country` must be one the book has (see `HotlineBook.has`). */
export interface LineQuery {
  country: string;
  kinds: readonly CrisisKind[];
  lang: Lang;
  hints?: readonly SupportHint[];
  /** Region code of a place the person named; lines for one region only (Mexico City, "CDMX") need it. */
  region?: string | null;
  /** The detector saw a plan or means, or the person said it is happening now: emergency number first. */
  imminent?: boolean;
}

/** The emergency number and at most two lines, in the order the reply shows them. */
export interface LineChoice {
  country: string;
  emergency: HotlineLine;
  emergencyFirst: boolean;
  lines: HotlineLine[];
}

// Kinds where a person may need help in the next minutes, so the emergency number leads (SAFETY.md, Do 3).
const EMERGENCY_FIRST: ReadonlySet<CrisisKind> = new Set(['danger-now', 'abuse-now', 'overdose', 'child-risk']);
const SUICIDAL: ReadonlySet<CrisisKind> = new Set(['suicide', 'self-harm', 'overdose']);
const MAX_LINES = 2;

/**
 * Someone else is hurting or threatening the person (or the person they write about): abuse now, or danger now
 * with no sign of self-harm ("he's outside banging on the door and says he'll kill me"). Such a message needs the
 * domestic-violence line, "is it safe to talk?" and quiet ways to reach help, not the suicide line.
 */
export function hurtBySomeone(kinds: readonly CrisisKind[]): boolean {
  return kinds.includes('abuse-now') || (kinds.includes('danger-now') && !kinds.some((k) => SUICIDAL.has(k)));
}

/** The verified hotlines, by country, need and language, and the rules for picking the one or two that fit. */
export class HotlineBook {
  private readonly byCountry = new Map<string, HotlineLine[]>();

  private constructor(lines: readonly HotlineLine[]) {
    for (const line of lines) {
      const list = this.byCountry.get(line.country) ?? [];
      list.push(line);
      this.byCountry.set(line.country, list);
    }
  }

  /** Reads and validates a hotline file; throws HotlineDataError naming file, row and field. */
  static load(file: string): HotlineBook {
    return new HotlineBook(loadHotlineFile(file));
  }

  /** Validates already-parsed data (`file` names it in errors). */
  static parse(raw: unknown, file: string): HotlineBook {
    return new HotlineBook(parseHotlines(raw, file));
  }

  /** Countries with verified lines, as ISO codes in file order. */
  countries(): string[] {
    return [...this.byCountry.keys()];
  }

  has(country: string | null | undefined): country is string {
    return typeof country === 'string' && this.byCountry.has(country.toUpperCase());
  }

  /** Every line of a country, emergency row included, in file order. */
  linesIn(country: string): HotlineLine[] {
    return [...(this.byCountry.get(country.toUpperCase()) ?? [])];
  }

  /** The emergency-services row of a country. */
  emergency(country: string): HotlineLine {
    const line = this.linesIn(country).find((l) => l.needs.includes('emergency'));
    if (!line) throw new RangeError(`the hotline book has no emergency number for ${country}`);
    return line;
  }

  /**
   * The emergency number and the best one or two lines for what was detected:
   * suicide, self-harm, overdose → the national crisis line (+ a text line when it adds texting);
   * abuse-now, or danger-now from another person → the domestic-violence line (sexual-assault line with that
   * hint; the crisis line where the country has no verified domestic-violence line); child-risk → child lines;
   * veterans / indigenous hints → their line first; lgbtq hint → LGBTQ+ youth line after the crisis line.
   * A line that is not a reporting line is never shown alone; peer-support lines are never shown.
   */
  choose(query: LineQuery): LineChoice {
    const country = query.country.toUpperCase();
    const emergency = this.emergency(country);
    const kinds = new Set(query.kinds);
    const hints = new Set(query.hints ?? []);
    const pool = this.linesIn(country).filter(
      (l) => !l.needs.includes('emergency') && !l.notCrisisService && (!l.region || l.region === query.region),
    );
    const picker = new Picker(pool, query, kinds, hints);

    const hurt = hurtBySomeone(query.kinds);
    const selfHarm = [...kinds].some((k) => SUICIDAL.has(k));
    const suicidal = selfHarm || (!hurt && !kinds.has('child-risk'));
    // Someone being hurt by another person needs the abuse line first. The veterans', Indigenous and LGBTQ+ lines
    // are crisis lines for a group, so they come in only with thoughts of suicide or self-harm (or no abuse at all).
    const groupLines = !hurt || selfHarm;
    if (hurt) {
      if (!(hints.has('sexual-assault') && picker.want('sexual-assault'))) picker.want('domestic-violence');
    }
    if (groupLines && hints.has('veterans')) picker.want('veterans');
    if (groupLines && hints.has('indigenous')) picker.want('indigenous');
    if (kinds.has('child-risk')) picker.want('child');
    if (suicidal) picker.want('suicide');
    // Only after the crisis line, so a suicidal child still sees it.
    if (kinds.has('child-risk')) picker.wantSecondChildLine();
    if (hints.has('sexual-assault') && !hurt) picker.want('sexual-assault');
    if (groupLines && hints.has('lgbtq')) picker.want('lgbtq-youth');

    // Nothing fitted (no verified line for that need here), or only a line that cannot stand alone:
    // the national crisis line, then any emotional-support line, so the reply is never numbers-free.
    if (picker.chosen.length === 0 || picker.chosen.every((l) => l.notReportingLine)) {
      if (!picker.want('suicide')) picker.want('emotional-support');
    }
    if (suicidal) picker.wantTextLine();

    return {
      country,
      emergency,
      emergencyFirst: query.imminent === true || [...kinds].some((k) => EMERGENCY_FIRST.has(k)),
      lines: picker.chosen,
    };
  }
}

/** Picks lines one need at a time, never more than MAX_LINES, never the same line twice. */
class Picker {
  readonly chosen: HotlineLine[] = [];

  constructor(
    private readonly pool: readonly HotlineLine[],
    private readonly query: LineQuery,
    private readonly kinds: ReadonlySet<CrisisKind>,
    private readonly hints: ReadonlySet<SupportHint>,
  ) {}

  /** Adds the best line for `need` unless a chosen line already covers it. True when the need is covered. */
  want(need: HotlineNeed): boolean {
    if (this.chosen.some((l) => l.needs.includes(need))) return true;
    if (this.chosen.length >= MAX_LINES) return false;
    const best = this.ranked(need)[0];
    if (best) this.chosen.push(best);
    return best !== undefined;
  }

  /** A second child line when it serves the other side (the child itself vs. a worried adult), as in GB. */
  wantSecondChildLine(): void {
    const first = this.chosen.find((l) => l.needs.includes('child'));
    if (!first || this.chosen.length >= MAX_LINES) return;
    const second = this.ranked('child').find((l) => !l.notReportingLine && l.audience !== first.audience);
    if (second) this.chosen.push(second);
  }

  /** A crisis text line, only when the chosen crisis line cannot be texted ("+ text line where it adds a channel"). */
  wantTextLine(): void {
    if (this.chosen.length >= MAX_LINES || !this.chosen.some((l) => l.needs.includes('suicide'))) return;
    const lang = this.query.lang;
    if (this.chosen.some((l) => channelsFor(l, lang).some((c) => c.type === 'text'))) return;
    const text = [...this.ranked('crisis-text'), ...this.ranked('suicide')].find(
      (l) => !l.audience && channelsFor(l, lang).some((c) => c.type === 'text'),
    );
    if (text) this.chosen.push(text);
  }

  private ranked(need: HotlineNeed): HotlineLine[] {
    const candidates = this.pool.filter((l) => l.needs.includes(need) && !this.chosen.includes(l));
    // Stable sort: ties keep file order, which lists each country's main line first.
    return candidates
      .map((line, order) => ({ line, order, score: this.score(line, need) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map((x) => x.line);
  }

  private score(line: HotlineLine, need: HotlineNeed): number {
    let score = 0;
    if (line.languages.includes(this.query.lang) || line.interpreters) score += 8;
    if (!line.notReportingLine) score += 4;
    score += this.audienceFit(line, need);
    if (need === 'suicide' && this.kinds.has('self-harm') && line.needs.includes('self-harm')) score += 1;
    return score;
  }

  // A line for a group fits when the caller hinted at that group; otherwise general lines come first.
  private audienceFit(line: HotlineLine, need: HotlineNeed): number {
    const audience = line.audience;
    if (!audience) return 2;
    if (need === 'child') {
      // Someone helping a child reaches the adult line first; a child in danger, the children's line.
      const forAdults = audience === 'adults-worried-about-a-child';
      return this.kinds.has('third-party') === forAdults ? 2 : 1;
    }
    if ((audience === 'veterans' && this.hints.has('veterans')) || (audience === 'indigenous' && this.hints.has('indigenous'))) return 3;
    // An LGBTQ+ youth line comes second, after the general crisis line: we rarely know the person's age.
    if ((audience === 'lgbtq-youth' || audience === 'lgbtq') && this.hints.has('lgbtq'))
      return need === 'lgbtq-youth' || need === 'lgbtq' ? 3 : 1;
    return 0;
  }
}

/** The book built from src/data/hotlines.json when this module is first imported; a broken file stops start-up. */
export const hotlineBook: HotlineBook = HotlineBook.parse(hotlinesJson, 'src/data/hotlines.json');

/** Countries with verified lines (ISO 3166-1 alpha-2), for the "lines for another country" picker. */
export function supportedCountries(book: HotlineBook = hotlineBook): string[] {
  return book.countries();
}

/** The country whose lines to show, and whether it is the one the person is in (false: fell back to the default). */
export function resolveCountry(
  country: string | null | undefined,
  defaultCountry: string,
  book: HotlineBook = hotlineBook,
): { country: string; known: boolean } {
  if (book.has(country)) return { country: country.toUpperCase(), known: true };
  if (book.has(defaultCountry)) return { country: defaultCountry.toUpperCase(), known: false };
  const first = book.countries()[0];
  if (!first) throw new HotlineDataError('hotline book', null, null, null, 'has no countries');
  return { country: first, known: false };
}

/**
 * Short "where to get help now" phrases for the welcome and error messages, e.g.
 * US en { emergency: '911', crisisLine: 'call or text 988' }; GB { '999', 'call 116 123 (Samaritans)' }.
 * An unknown or unsupported country gives the default country's numbers. `situation` picks the line for what
 * was detected earlier (abuse: the domestic-violence line); without it, the national crisis line.
 */
export function helpNow(
  country: string | null,
  lang: Lang,
  defaultCountry: string,
  book: HotlineBook = hotlineBook,
  situation: { kinds?: readonly CrisisKind[]; region?: string | null } = {},
): { emergency: string; crisisLine: string } {
  const where = resolveCountry(country, defaultCountry, book);
  const kinds = situation.kinds && situation.kinds.length > 0 ? situation.kinds : (['suicide'] as const);
  const choice = book.choose({ country: where.country, kinds, lang, region: situation.region });
  const emergency = emergencyNumbers(choice.emergency, lang);
  const line = choice.lines[0];
  if (!line) return { emergency, crisisLine: stringsFor(lang).crisis.channels.call(emergency) };
  const channels = describeChannels(line, lang, { short: true });
  // It stands in brackets after the channels: "call 0808 2000 247 (National Domestic Abuse Helpline, Refuge)".
  const name = lineNameInBrackets(line, lang);
  // "988 Suicide & Crisis Lifeline" already says 988; naming it again adds length, not help.
  const number = (line.channels[0]?.value ?? '').replace(/\D/g, '');
  const named = number.length > 0 && name.replace(/\D/g, '').includes(number) ? null : name;
  return { emergency, crisisLine: stringsFor(lang).crisis.helpNowLine(channels, named) };
}
