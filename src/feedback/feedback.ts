import { z } from 'zod';

/**
 * Anonymous feedback for the people who keep the directory right. It lives apart from src/directory because
 * the directory is read-only search data, while feedback is written during conversations and read by
 * maintainers (`kindred feedback list`). An entry never holds a user id, a conversation id or a message:
 * only what it is about, a short reason and when.
 */

/** The longest reason kept; anything longer is cut. */
export const MAX_REASON_LENGTH = 200;

export const FEEDBACK_KINDS = ['helpful', 'not-helpful', 'listing-problem', 'comment'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const feedbackEntrySchema = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  /** The listing it is about (for "report a problem"), or the first listing shown (for "was this helpful?"). */
  resourceId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .optional(),
  /** A reason code ("wrong-phone", "closed") or the person's own words, at most MAX_REASON_LENGTH characters. */
  reason: z.string().max(MAX_REASON_LENGTH).optional(),
  /** ISO 8601 time it was given. */
  at: z.iso.datetime(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** Where feedback goes. Implementations: JsonLinesFeedbackStore (a file) and MemoryFeedbackStore (tests). */
export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<void>;
  /** Every entry, oldest first. */
  list(): Promise<FeedbackEntry[]>;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const PHONE = /\+?\d[\d ().-]{6,}\d/g;

/**
 * A reason as it may be stored: one line, at most MAX_REASON_LENGTH characters, with e-mail addresses and
 * phone numbers blanked (people sometimes type their own; the listing's number is already in the directory).
 */
export function cleanReason(text: string): string | undefined {
  const line = String(text ?? '')
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  if (!line) return undefined;
  return line.length <= MAX_REASON_LENGTH ? line : `${line.slice(0, MAX_REASON_LENGTH - 1)}…`;
}

/** Feedback kept in memory, for tests and the terminal chat. */
export class MemoryFeedbackStore implements FeedbackStore {
  readonly entries: FeedbackEntry[] = [];

  async record(entry: FeedbackEntry): Promise<void> {
    this.entries.push(feedbackEntrySchema.parse(entry));
  }

  async list(): Promise<FeedbackEntry[]> {
    return [...this.entries];
  }
}
