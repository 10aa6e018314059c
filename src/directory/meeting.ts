import { z } from 'zod';

/**
 * What a peer-support meeting from a live feed (src/meetings) carries beyond a resource: when it meets, in
 * which time zone, how (in person, online, both), its meeting types and how to join online. A resource with
 * `meeting` is one weekly meeting; everything else about it (place, needs, audiences) is the resource's own.
 */

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like 19:30');

/** True for a time zone this runtime knows ("America/Chicago"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const meetingTimeSchema = z.object({
  /** 0 = Sunday … 6 = Saturday, as in the Meeting Guide format. */
  day: z.number().int().min(0).max(6),
  /** Local start time in the meeting's time zone. */
  time: clock,
  end: clock.optional(),
});

export const meetingSchema = z.object({
  /** The feed it came from (its key in MEETING_FEEDS status) and its id there (slug or BMLT id). */
  feed: z.string().min(1),
  slug: z.string().min(1),
  times: z.array(meetingTimeSchema).min(1),
  /** IANA time zone of `times`. */
  timezone: z.string().refine(isTimeZone, 'must be a time zone like "America/Chicago"'),
  /** Meeting Guide type codes ("O", "W", "S"), in the feed's order; labels come from src/data/meetings/types.json. */
  types: z.array(z.string().min(1)).default([]),
  attendance: z.enum(['in-person', 'online', 'hybrid']),
  /** The building ("Alano Club"), where the feed names one. */
  location: z.string().min(1).optional(),
  conference: z
    .object({
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
      urlNotes: z.string().min(1).optional(),
      /** As the feed gives it, one-tap pauses and codes included ("+16465588656,,123456789#"). */
      phone: z
        .string()
        .regex(/^\+?[0-9][0-9 ().,*#-]{2,60}$/, 'is not a dial-in number')
        .optional(),
      phoneNotes: z.string().min(1).optional(),
    })
    .optional(),
});

export type MeetingInfo = z.infer<typeof meetingSchema>;
export type MeetingTime = z.infer<typeof meetingTimeSchema>;
