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
