import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths that could carry what a person wrote or who they are. Kindred never logs message text, names,
 * phone numbers or places; redaction is the safety net behind not passing them in the first place.
 */
const REDACT = [
  'text',
  '*.text',
  'activity.text',
  'activity.value',
  'activity.from',
  'activity.recipient',
  'activity.conversation',
  'activity.attachments',
  'conversation.id',
  'userId',
  'user.id',
  'value',
  'speak',
  'name',
  '*.name',
  'from',
  'recipient',
  'place',
  'location',
  'phone',
  'headers.authorization',
  'req.headers.authorization',
  'authorization',
];

/** Creates the process logger (JSON lines on stdout, or on `destination` in tests). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'kindred' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/**
 * A short, stable stand-in for a conversation or user id, so that the log lines of one conversation can be
 * followed without the logs naming anyone. Never log the id itself.
 */
export function hashId(id: string | undefined | null): string | undefined {
  return id ? createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 16) : undefined;
}
