import type { TurnContext } from 'botbuilder';
import { hotlineCard, type HotlineCardSection } from '../cards/hotlineCard';
import { stringsFor, type Lang } from '../i18n';
import { describeLine, emergencyNumbers } from '../safety/hotlineText';
import { hotlineBook, resolveCountry, type HotlineBook, type HotlineLine } from '../safety/hotlines';
import type { HotlineNeed } from '../safety/hotlineSchema';
import type { LineTopic } from '../understanding/lineRequest';
import { show } from './say';

// Asking for a line is answered with the line, at once, in that turn (issue 14). This is not the crisis reply:
// nobody said they were in danger, so there is no "are you safe?"; only the line, how to reach it, the emergency
// number as a last line, and the country when it was a guess. The crisis layer (src/safety) still runs first.

/** The hotline-book needs that answer each kind of request, best first. */
const NEEDS_FOR: Record<LineTopic, HotlineNeed[]> = {
  suicide: ['suicide'],
  'domestic-violence': ['domestic-violence'],
  'sexual-assault': ['sexual-assault'],
  child: ['child'],
  veterans: ['veterans'],
  'lgbtq-youth': ['lgbtq-youth', 'lgbtq'],
};
const MAX_LINES = 2;

/** What the line answer was built from, for tests and for the conversation to continue. */
export interface LineAnswer {
  country: string;
  countryKnown: boolean;
  lineIds: string[];
  text: string;
  card: Record<string, unknown>;
}

/**
 * The line(s) for a request, in the person's language and country: the best line for that kind (and, for the
 * crisis line, a text line when the first cannot be texted), else the national crisis line with a word on why.
 * Pure.
 */
export function composeLineAnswer(
  topic: LineTopic,
  where: { country: string | null; lang: Lang; defaultCountry: string },
  book: HotlineBook = hotlineBook,
): LineAnswer {
  const s = stringsFor(where.lang);
  const a = s.answers;
  const { country, known } = resolveCountry(where.country, where.defaultCountry, book);
  let lines = pick(book, country, topic, where.lang);
  const intro: string[] = [];
  if (lines.length === 0) {
    const countryName = (s.crisis.countries as Record<string, { phrase: string } | undefined>)[country]?.phrase ?? country;
    intro.push(a.lineMissing(a.lineKinds[topic], countryName));
    lines = book.choose({ country, kinds: ['suicide'], lang: where.lang }).lines;
  } else {
    intro.push(lines.length > 1 ? a.lineIntroMany : a.lineIntro);
  }
  const emergency = emergencyNumbers(book.emergency(country), where.lang);
  const sections: HotlineCardSection[] = [{ kind: 'message', text: intro.join(' ') }];
  const plain: string[] = [intro.join(' ')];
  for (const line of lines) {
    const d = describeLine(line, where.lang, emergency);
    const body = [`${capitalise(d.channels)}.`, ...d.details].join(' ');
    sections.push({ kind: 'line', title: d.title, text: body, actions: d.actions });
    plain.push(`${d.title}: ${body}`);
  }
  const notes = [a.emergency(emergency)];
  if (!known) {
    const name = (s.crisis.countries as Record<string, { phrase: string } | undefined>)[country]?.phrase ?? country;
    notes.push(a.countryGuess(name));
  }
  sections.push({ kind: 'note', text: notes.join(' ') });
  plain.push(notes.join(' '));
  const text = plain.join('\n\n');
  return { country, countryKnown: known, lineIds: lines.map((l) => l.id), text, card: hotlineCard(sections, text) };
}

/** Sends the line answer as a card (with the whole text as its fallback) or as text where cards are not shown. */
export async function sendLineAnswer(context: TurnContext, answer: LineAnswer): Promise<void> {
  await show(context, { text: answer.text, cards: [answer.card] });
}

function pick(book: HotlineBook, country: string, topic: LineTopic, lang: Lang): HotlineLine[] {
  // The crisis line has rules of its own (a text line when the main one cannot be texted): the book's.
  if (topic === 'suicide') return book.choose({ country, kinds: ['suicide'], lang }).lines;
  const pool = book.linesIn(country).filter((l) => !l.needs.includes('emergency') && !l.region);
  for (const need of NEEDS_FOR[topic]) {
    const fitting = pool
      .filter((l) => l.needs.includes(need))
      .map((line, order) => ({
        line,
        order,
        score: (line.languages.includes(lang) || line.interpreters ? 4 : 0) + (line.audience ? 0 : 2),
      }))
      .sort((x, y) => y.score - x.score || x.order - y.order)
      .map((x) => x.line);
    // One line is the answer; a second only when it is for everyone too (never a second audience-only line).
    if (fitting.length > 0) return fitting.filter((l, i) => i === 0 || !l.audience).slice(0, MAX_LINES);
  }
  return [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
