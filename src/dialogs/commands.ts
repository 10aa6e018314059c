import data from '../data/commands.json';
import type { Lang } from '../i18n/lang';
import { foldText } from '../understanding/normalise';

export type Command = 'help' | 'cancel' | 'startOver';
const COMMANDS: Command[] = ['help', 'cancel', 'startOver'];

const politeness = [...data.politeness.en, ...data.politeness.es].map(foldText).sort((a, b) => b.length - a.length);
const phrases = new Map<string, Command>();
for (const command of COMMANDS) {
  for (const lang of ['en', 'es'] as const) {
    for (const phrase of data.commands[command][lang]) phrases.set(foldText(phrase), command);
  }
}

function stripPoliteness(folded: string): string {
  let text = ` ${folded} `;
  for (const word of politeness) text = text.split(` ${word} `).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The interruption a whole message asks for ("help", "cancel", "start over", in English or Spanish), or null.
 * Commands are recognised in either language whatever the conversation's language, since people switch.
 */
export function detectCommand(text: string, _lang?: Lang): Command | null {
  const folded = foldText(text);
  if (!folded || folded.length > 60) return null;
  return phrases.get(folded) ?? phrases.get(stripPoliteness(folded)) ?? null;
}
