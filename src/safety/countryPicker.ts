import { stringsFor, type Lang } from '../i18n';
import { countryFromText } from './countries';
import { countryWords } from './crisisReply';
import { hotlineBook, type HotlineBook } from './hotlines';

// The "Lines for another country" path: ask which country, then read the answer. The bot then calls
// composeCrisisReply again with the chosen country (and the kinds it saw before).

/** The question and one suggestion per country with verified lines, in the person's language. */
export function composeCountryPicker(lang: Lang, book: HotlineBook = hotlineBook): { text: string; suggestions: string[] } {
  const s = stringsFor(lang).crisis;
  return { text: s.picker.ask, suggestions: book.countries().map((code) => countryWords(s, code, lang).name) };
}

/**
 * Reads the answer to the picker: `{ country }` when it names a country with verified lines; otherwise a gentle
 * "I don't have lines for that yet" with the picker again (never a dead end).
 */
export function readCountryAnswer(
  text: string,
  lang: Lang,
  book: HotlineBook = hotlineBook,
): { country: string } | { country: null; text: string; suggestions: string[] } {
  const country = countryFromText(text, lang);
  if (country && book.has(country)) return { country };
  const picker = composeCountryPicker(lang, book);
  return { country: null, text: stringsFor(lang).crisis.picker.notFound, suggestions: picker.suggestions };
}
