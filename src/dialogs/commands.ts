import data from '../data/commands.json';
import type { Lang } from '../i18n/lang';
import { foldText } from '../understanding/normalise';

/** The interruptions that work anywhere in a flow (src/dialogs/interruptibleDialog.ts). */
export type Command = 'help' | 'cancel' | 'startOver' | 'changeLocation' | 'english' | 'spanish' | 'privacy' | 'feedback' | 'forgetMe';
const COMMANDS: Command[] = ['help', 'cancel', 'startOver', 'changeLocation', 'english', 'spanish', 'privacy', 'feedback', 'forgetMe'];

/** Longer messages are requests, never commands; this also bounds the work. */
const MAX_COMMAND_LENGTH = 60;

const politeness = [...data.politeness.en, ...data.politeness.es].map(foldText).sort((a, b) => b.length - a.length);

function stripPoliteness(folded: string): string {
  let text = ` ${folded} `;
  for (const word of politeness) text = text.split(` ${word} `).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** The forms of a whole message to look up: as folded, and without politeness words ("yes please" → "yes"). */
export function wholeMessageForms(text: string): string[] {
  const folded = foldText(text);
  if (!folded || folded.length > MAX_COMMAND_LENGTH) return [];
  const bare = stripPoliteness(folded);
  return bare && bare !== folded ? [folded, bare] : [folded];
}

/** A lookup from whole-message phrases (any language) to a value, matched like commands are. */
export class PhraseBook<T extends string> {
  private readonly phrases = new Map<string, T>();

  constructor(entries: Iterable<[T, Iterable<string>]>) {
    for (const [value, list] of entries) for (const phrase of list) this.add(value, phrase);
  }

  /** Adds one phrase (folded); the first value given for a phrase wins. */
  add(value: T, phrase: string): this {
    const key = foldText(phrase);
    if (key && !this.phrases.has(key)) this.phrases.set(key, value);
    return this;
  }

  /** The value the whole message says, or null. */
  match(text: string): T | null {
    for (const form of wholeMessageForms(text)) {
      const value = this.phrases.get(form);
      if (value) return value;
    }
    return null;
  }
}

const COMMAND_BOOK = new PhraseBook<Command>(
  COMMANDS.map((command) => [command, [...data.commands[command].en, ...data.commands[command].es]] as [Command, string[]]),
);

/**
 * The interruption a whole message asks for ("help", "cancel", "start over", "en español", "forget me"...),
 * or null. Commands are recognised in either language whatever the conversation's language, since people switch.
 */
export function detectCommand(text: string, _lang?: Lang): Command | null {
  return COMMAND_BOOK.match(text);
}
