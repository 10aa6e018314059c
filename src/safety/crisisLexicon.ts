import { z } from 'zod';
import { CRISIS_KINDS } from './types';

/**
 * The shape of one language's crisis lexicon (src/data/crisis/<lang>.json). Everything the detector
 * knows about a language lives in such a file, so a new language is a new file and no code.
 *
 * Phrase syntax (used by entries, groups and idioms): tokens separated by spaces, written the way people
 * type them (the loader normalises them exactly like messages). In a token, `a|b|c` are alternatives,
 * `_` joins several words into one alternative (`dont|do_not want`), `@NAME` is every item of
 * `sets.NAME` (items may be several words), and a trailing `*` matches any word that starts with the
 * stem (`suicid*`). Between two tokens of a phrase up to `gap` other words may stand ("want to *just*
 * die"). A group item may start with `~N ` to allow N words between its tokens (default 0).
 */

const kind = z.enum(CRISIS_KINDS);

/** One thing that, found in a message, means a crisis of the given kind(s). */
export const crisisEntrySchema = z
  .object({
    kind: z.union([kind, z.array(kind).min(1)]),
    /** `token`: exact whole words only, no typo tolerance (for short slang: kms, kys, od, ctb). `phrase`: fuzzy words with small gaps. */
    match: z.enum(['token', 'phrase']),
    text: z.string().min(1),
    /** Names of groups of which one must also be present in the message (or within `near` words). */
    requires: z.array(z.string()).optional(),
    /** Names of groups whose presence in the same sentence (or within `near` words) cancels this entry. */
    unless: z.array(z.string()).optional(),
    near: z.number().int().positive().optional(),
    /** A plain, first-person statement of the crisis; documentation for reviewers and the evaluation. */
    direct: z.boolean().optional(),
    /** May be silenced by calm history ("when I was a kid", "years ago") when nothing says it is happening now. */
    history: z.boolean().optional(),
    /**
     * Who the entry is about. `scope` (default for suicide, self-harm, overdose): the nearest subject before
     * it decides, so "my sister wants to die" adds third-party. `first`/`third`: fixed by the words themselves.
     */
    subject: z.enum(['scope', 'first', 'third']).optional(),
    /**
     * Fire only when the nearest subject before it (same sentence) is the writer (`writer`: "I", or no
     * subject at all) or someone else (`other`: "he", "my ex"). Splits "I put a gun to my head" (suicide)
     * from "he put a gun to my head" (danger), and "me golpeo" (I hit myself) from "mi ex me golpeó".
     */
    actor: z.enum(['writer', 'other']).optional(),
    gap: z.number().int().min(0).max(4).optional(),
    /** Let the gaps of this phrase run across sentence ends ("sorry mom. i love you. goodbye"). */
    acrossSentences: z.boolean().optional(),
  })
  .strict();

export const crisisLexiconSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/),
    about: z.string().optional(),
    /** Default number of words allowed between two tokens of a phrase. */
    maxGap: z.number().int().min(0).max(4).default(2),
    /** Frequent words of the language, used to tell which language a message is in. */
    stopwords: z.array(z.string()).default([]),
    /** Leetspeak: a character typed inside a word → the letter(s) it stands for ("1": "i|l"). */
    leet: z.record(z.string().length(1), z.string().regex(/^[a-z](\|[a-z])?$/)).default({}),
    /** Emoji → the word it stands for in this language ("💊": "pills"). */
    emoji: z.record(z.string().min(1), z.string().min(1)).default({}),
    /** Chat spellings rewritten before matching: one or two words → words ("wanna": "want to", "my self": "myself"). */
    rewrites: z.record(z.string().min(1), z.string()).default({}),
    /** Named word lists used as `@NAME` inside phrases. */
    sets: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.array(z.string().min(1)).min(1)).default({}),
    /**
     * Named context phrase lists. Some names have a fixed meaning to the detector: `idiom` (cancels any
     * overlapping match), `history` (calm past: "as a kid", "years ago"), `acute` (happening now: keeps
     * history from silencing), `first-person`, `third-person` (subjects), `child` (the writer is a child).
     * Any other name is for entries' `requires`/`unless`.
     */
    groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(z.string().min(1))).default({}),
    entries: z.array(crisisEntrySchema).min(1),
  })
  .strict();

export type CrisisLexicon = z.output<typeof crisisLexiconSchema>;
export type CrisisEntry = z.output<typeof crisisEntrySchema>;

/** A lexicon file that does not have the expected shape; the message names the file and the field. */
export class CrisisLexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrisisLexiconError';
  }
}

/** Parses untrusted lexicon JSON once, at the edge; throws `CrisisLexiconError` naming what is wrong. */
export function parseCrisisLexicon(json: unknown, source: string): CrisisLexicon {
  const result = crisisLexiconSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new CrisisLexiconError(`${source}: ${where || '(root)'}: ${issue?.message ?? 'invalid lexicon'}`);
  }
  const lexicon = result.data;
  const groupNames = new Set(Object.keys(lexicon.groups));
  lexicon.entries.forEach((entry, i) => {
    for (const name of [...(entry.requires ?? []), ...(entry.unless ?? [])]) {
      if (!groupNames.has(name)) {
        throw new CrisisLexiconError(`${source}: entries.${i} ("${entry.text}"): unknown group "${name}"`);
      }
    }
  });
  return lexicon;
}
