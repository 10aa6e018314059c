import { stringsFor, type Lang } from '../i18n';
import { helpNow, hotlineBook, type HotlineBook } from './hotlines';

/**
 * The banner above the web chat ("Kindred is an automated assistant... In danger right now? Call 999. To talk to
 * someone now, call 116 123 (Samaritans).") for the same country the crisis reply would use: a country with
 * verified lines gets its numbers; a country we have none for gets "your local emergency number" (never another
 * country's numbers said as if they were theirs); no country at all gets the configured default's.
 */
export function pageNote(country: string | null, lang: Lang, defaultCountry: string, book: HotlineBook = hotlineBook): string {
  const s = stringsFor(lang).page;
  if (country && !book.has(country)) return s.noteElsewhere;
  const help = helpNow(country, lang, defaultCountry, book);
  return s.note(help.emergency, help.crisisLine);
}
