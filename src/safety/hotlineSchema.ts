import { DataFileError } from '../dataFileError';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The shape of src/data/hotlines.json, checked once when the module that loads it is first imported.
// A number that reaches a person in crisis must be exactly right, so anything odd stops start-up.

/** What a line helps with. `emergency` marks the one emergency-services row each country must have. */
export const HOTLINE_NEEDS = [
  'emergency',
  'suicide',
  'self-harm',
  'crisis-text',
  'emotional-support',
  'domestic-violence',
  'sexual-assault',
  'child',
  'youth',
  'veterans',
  'lgbtq-youth',
  'lgbtq',
  'indigenous',
] as const;
export type HotlineNeed = (typeof HOTLINE_NEEDS)[number];

/** Who a line (or one of its channels) is meant for, when not everyone. Shown beside its name. */
export const HOTLINE_AUDIENCES = [
  'children-and-young-people',
  'adults-worried-about-a-child',
  'veterans',
  'lgbtq-youth',
  'lgbtq',
  'indigenous',
  'men',
  'women',
] as const;
export type HotlineAudience = (typeof HOTLINE_AUDIENCES)[number];

/** Facts a person in crisis must know before relying on a line; each has a sentence in i18n `crisis.cautions`. */
export const HOTLINE_CAUTIONS = [
  'cannot-send-help',
  'urgent-help-is-emergency',
  'stays-in-call-log',
  'not-on-phone-bill',
  'not-a-reporting-line',
  'silent-call-55',
] as const;
export type HotlineCaution = (typeof HOTLINE_CAUTIONS)[number];

export const CHANNEL_TYPES = ['call', 'text', 'chat', 'tty', 'email'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

// Digits with single spaces or hyphens between groups; a leading * for short codes like Mexico City's *765.
const PHONE = /^\*?\d+(?:[ -]\d+)*$/;
const LANGUAGE = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as "en"');

const channelSchema = z
  .object({
    type: z.enum(CHANNEL_TYPES),
    value: z.string().min(1),
    /** Word to send for text lines ("HOME", "AYUDA", "START"). */
    keyword: z
      .string()
      .regex(/^[A-Z0-9]+$/, 'must be the keyword in capitals, as the service publishes it')
      .optional(),
    /** Menu option to press after the call connects (988 press 2 for Spanish). */
    press: z.string().regex(/^\d$/, 'must be one digit').optional(),
    /** Languages this channel answers in; absent means the line's languages. */
    languages: z.array(LANGUAGE).min(1).optional(),
    audience: z.enum(HOTLINE_AUDIENCES).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((channel, ctx) => {
    const phoneLike = channel.type === 'call' || channel.type === 'text' || channel.type === 'tty';
    if (phoneLike && !PHONE.test(channel.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${channel.value}" is not a phone number (digits, single spaces or hyphens)`,
      });
    }
    if (channel.type === 'chat' && !/^https:\/\/[^\s]+$/.test(channel.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a chat channel needs an https:// address' });
    }
    if (channel.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(channel.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is not an email address' });
    }
    if (channel.keyword !== undefined && channel.type !== 'text') {
      ctx.addIssue({ code: 'custom', path: ['keyword'], message: 'only text channels have a keyword' });
    }
    if (channel.press !== undefined && channel.type !== 'call') {
      ctx.addIssue({ code: 'custom', path: ['press'], message: 'only call channels have a menu option' });
    }
  });

const lineSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'must be "<country in lower case>-<name>", e.g. "us-988"'),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"'),
    /** A line that only serves part of the country (Mexico City's lines: "CDMX"). */
    region: z.string().min(1).optional(),
    name: z.string().min(1),
    /** The service's own name in another language, where the service publishes one. */
    localName: z
      .object({ en: z.string().min(1).optional(), es: z.string().min(1).optional() })
      .strict()
      .optional(),
    needs: z.array(z.enum(HOTLINE_NEEDS)).min(1),
    audience: z.enum(HOTLINE_AUDIENCES).optional(),
    languages: z.array(LANGUAGE).min(1),
    interpreters: z.boolean().optional(),
    channels: z.array(channelSchema).min(1),
    /** True only where the source says the line is free. */
    free: z.boolean().optional(),
    /** "24/7" where the source says so; null where it does not (the reply then says nothing about hours). */
    hours: z.literal('24/7').nullable(),
    /** Peer support or information lines that must never be offered as crisis help (QLife). */
    notCrisisService: z.boolean().optional(),
    /** Not a reporting line and not connected to emergency services, so never the only line shown (Childhelp). */
    notReportingLine: z.boolean().optional(),
    cautions: z.array(z.enum(HOTLINE_CAUTIONS)).optional(),
    /** For maintainers; never shown to users. */
    note: z.string().optional(),
    source: z.array(z.string().regex(/^https?:\/\/\S+$/, 'must be a URL')).min(1),
    lastVerified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
    verification: z.string().min(1),
  })
  .strict();

const bookSchema = z.object({
  about: z.string().min(1),
  reverify: z.string().min(1),
  sourceDocument: z.string().min(1),
  lines: z.array(z.unknown()).min(1),
});

export type HotlineChannel = z.infer<typeof channelSchema>;
export type HotlineLine = z.infer<typeof lineSchema>;

/** A hotline file that cannot be used. The message names the file, the row and the field. */
export class HotlineDataError extends DataFileError {
  constructor(file: string, rowIndex: number | null, rowId: string | null, field: string | null, problem: string) {
    super(file, 'row', rowIndex, rowId, field, problem);
    this.name = 'HotlineDataError';
  }
}

/** Reads and validates a hotline file. Throws a HotlineDataError naming file, row and field. */
export function loadHotlineFile(file: string): HotlineLine[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new HotlineDataError(file, null, null, null, `cannot be read as JSON (${(err as Error).message})`);
  }
  return parseHotlines(raw, file);
}

/** Validates already-parsed hotline data; `file` only names the source in errors. */
export function parseHotlines(raw: unknown, file: string): HotlineLine[] {
  const top = bookSchema.safeParse(raw);
  if (!top.success) {
    const issue = top.error.issues[0];
    throw new HotlineDataError(file, null, null, issue?.path.join('.') || null, issue?.message ?? 'is not a hotline book');
  }
  const seen = new Set<string>();
  const lines = top.data.lines.map((row, index) => {
    const id = typeof row === 'object' && row && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : null;
    const parsed = lineSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
      throw new HotlineDataError(file, index, id, field, issue?.message ?? 'is not a valid hotline row');
    }
    const line = parsed.data;
    if (seen.has(line.id)) throw new HotlineDataError(file, index, line.id, 'id', 'repeats an earlier id');
    seen.add(line.id);
    if (!line.id.startsWith(`${line.country.toLowerCase()}-`)) {
      throw new HotlineDataError(file, index, line.id, 'id', `must start with "${line.country.toLowerCase()}-" to match its country`);
    }
    if (line.needs.includes('emergency') && line.channels.some((c) => c.type !== 'call')) {
      throw new HotlineDataError(file, index, line.id, 'channels', 'an emergency row lists call numbers only');
    }
    if (line.notCrisisService && line.needs.includes('emergency')) {
      throw new HotlineDataError(file, index, line.id, 'notCrisisService', 'cannot be set on an emergency row');
    }
    return line;
  });
  const countries = new Set(lines.map((l) => l.country));
  for (const country of countries) {
    const emergencies = lines.filter((l) => l.country === country && l.needs.includes('emergency'));
    if (emergencies.length !== 1) {
      const at = lines.findIndex((l) => l.country === country);
      throw new HotlineDataError(
        file,
        at,
        lines[at]?.id ?? null,
        'needs',
        `country ${country} needs exactly one emergency row, found ${emergencies.length}`,
      );
    }
  }
  return lines;
}
