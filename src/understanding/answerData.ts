import { z } from 'zod';
import { DataFileError } from '../dataFileError';
import { LANGS, type Lang } from '../i18n/lang';
import { NEED_IDS, type NeedId } from './types';

// The shape of src/data/answers/{en,es}.json, the knowledge base. Checked when the module that loads it is
// first imported, so a broken file stops start-up with file, answer and field named.

/** Values an answer's text may name in braces; the dialog fills them from the configuration and the hotline book. */
export const ANSWER_PLACEHOLDERS = ['operator', 'conversationHours', 'profileDays', 'emergency', 'crisisLine'] as const;
export type AnswerPlaceholder = (typeof ANSWER_PLACEHOLDERS)[number];

/** `define`: explains a term, answered only when asked what it is. `question`: answers any question that matches. */
export type AnswerKind = 'define' | 'question';

/** One answer of the knowledge base, in one language. */
export interface KnownAnswer {
  id: string;
  /** A broad subject ("therapy-types", "privacy"), shared by related answers. */
  topic: string;
  asks: AnswerKind;
  match: string[];
  /** Two or three plain sentences, with {placeholders}. */
  text: string;
  /** The page the answer rests on (https), or "kindred" for facts about this deployment itself. */
  source: string;
  /** The need to offer searching for afterwards, or null. */
  offer: NeedId | null;
}

export interface AnswerCues {
  question: string[];
  define: string[];
  request: string[];
}

export interface AnswerFile {
  cues: AnswerCues;
  answers: KnownAnswer[];
}

const phrases = z.array(z.string().trim().min(1)).min(1);
const answerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    topic: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    asks: z.enum(['define', 'question']),
    match: phrases,
    text: z
      .string()
      .min(20)
      .max(600)
      .refine((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => (ANSWER_PLACEHOLDERS as readonly string[]).includes(m[1]!)), {
        message: `names a placeholder other than ${ANSWER_PLACEHOLDERS.join(', ')}`,
      }),
    source: z.union([z.literal('kindred'), z.string().regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'must be an https URL or "kindred"')]),
    offer: z.enum(NEED_IDS).nullable(),
  })
  .strict();
const fileSchema = z
  .object({
    about: z.string(),
    cues: z.object({ question: phrases, define: phrases, request: phrases }).strict(),
    answers: z.array(z.unknown()).min(1),
  })
  .strict();

/**
 * Checks one language's knowledge base; throws DataFileError naming file, answer and field. `file` names it in
 * errors ("src/data/answers/en.json").
 */
export function parseAnswerFile(raw: unknown, file: string): AnswerFile {
  const top = fileSchema.safeParse(raw);
  if (!top.success) {
    const issue = top.error.issues[0]!;
    throw new DataFileError(file, 'answer', null, null, issue.path.join('.') || null, issue.message);
  }
  const seen = new Set<string>();
  const answers = top.data.answers.map((entry, index) => {
    const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : null;
    const parsed = answerSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, 'answer', index, id, issue.path.join('.') || null, issue.message);
    }
    if (seen.has(parsed.data.id)) throw new DataFileError(file, 'answer', index, id, 'id', 'is used by an earlier answer');
    seen.add(parsed.data.id);
    return parsed.data as KnownAnswer;
  });
  return { cues: top.data.cues, answers };
}

/** Checks that every language answers the same questions, so no one gets a worse knowledge base for their language. */
export function checkSameAnswers(files: Record<Lang, AnswerFile>, fileOf: (lang: Lang) => string): void {
  const [first, ...rest] = LANGS;
  const ids = new Set(files[first].answers.map((a) => a.id));
  for (const lang of rest) {
    const theirs = files[lang].answers;
    theirs.forEach((a, index) => {
      if (!ids.has(a.id)) throw new DataFileError(fileOf(lang), 'answer', index, a.id, 'id', `has no answer in ${fileOf(first)}`);
    });
    for (const id of ids) {
      if (!theirs.some((a) => a.id === id))
        throw new DataFileError(fileOf(lang), 'answer', null, id, 'id', `is missing (it is in ${fileOf(first)})`);
    }
  }
}
