import { z } from 'zod';
import { COSTS, MODES, NEED_IDS } from '../understanding/types';
import { meetingSchema } from './meeting';

/**
 * One service at one location (or one national/online service), flattened for search.
 * Field names follow Open Referral HSDS 3.0 where a field exists there (address_1, state_province,
 * assured_date, phones[].extension, schedules' byday/opens_at/closes_at); `needs`, `audiences`, `modes`,
 * `cost`, `scope`, `countries`, `confidentialAddress` and `source` are Kindred's own.
 * docs/data-sources.md says where each shipped record comes from.
 */

/** Who a service is meant for. Ids are stable: filters and stored state use them. */
export const AUDIENCES = [
  'veterans',
  'service-members',
  'families',
  'lgbtq',
  'transgender',
  'women',
  'men',
  'youth',
  'children',
  'parents',
  'older-adults',
  'indigenous',
  'helpers',
  'bereaved',
  'bereaved-parents',
  'bereaved-by-suicide',
  'survivors-of-sexual-violence',
  'survivors-of-military-sexual-trauma',
  'survivors-of-domestic-abuse',
  'survivors-of-child-abuse',
  'people-who-use-substances',
  'families-of-people-who-use-substances',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** RFC 5545 day codes, as HSDS schedules use them. */
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Day = (typeof DAYS)[number];

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date like 2026-11-30 or 2020-05');
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like 08:30');

export const phoneSchema = z.object({
  number: z
    .string()
    .regex(/^[+(0-9][0-9 ().*#-]{1,24}$/, 'is not a phone number')
    .refine((n) => (n.match(/\d/g) ?? []).length >= 3, 'is not a phone number (too few digits)'),
  /** HSDS phone extension, digits only; kept apart so `number` stays diallable. */
  extension: z
    .string()
    .regex(/^\d{1,8}$/, 'must be digits')
    .optional(),
  type: z.enum(['voice', 'text', 'tty', 'hotline']),
  description: z.string().optional(),
});

export const addressSchema = z.object({
  address_1: z.string().min(1),
  /** HSDS address_2: suite, floor, building. */
  address_2: z.string().min(1).optional(),
  city: z.string().min(1),
  state_province: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 code like "US"'),
});

/** Regular weekly opening hours in HSDS schedule terms (freq WEEKLY), local time at the location. */
export const weeklyHoursSchema = z
  .object({
    byday: z.array(z.enum(DAYS)).min(1),
    opens_at: clockTime,
    closes_at: clockTime,
  })
  .refine((h) => h.opens_at < h.closes_at, { message: 'must close after it opens', path: ['closes_at'] });

const resourceShape = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().min(2),
  organization: z.string().min(2),
  description: z.string().min(10),
  description_es: z.string().min(10).optional(),
  needs: z.array(z.enum(NEED_IDS)).min(1),
  audiences: z.array(z.enum(AUDIENCES)).default([]),
  modes: z.array(z.enum(MODES)).min(1),
  /** Empty means "not stated" (common in imported HSDS data); never guess "free". */
  cost: z.array(z.enum(COSTS)).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code like "en"')).min(1),
  /** "local" has a location; "national" serves a whole country; "online" serves anyone anywhere. */
  scope: z.enum(['local', 'national', 'online']),
  /** ISO 3166-1 alpha-2 countries served. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 code like "US"')).min(1),
  address: addressSchema.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** Domestic-violence shelters and the like: no street address anywhere, coordinates only approximate. */
  confidentialAddress: z.boolean().default(false),
  phones: z.array(phoneSchema).default([]),
  url: webUrl.optional(),
  email: z.email().optional(),
  /** Opening hours as a person would say them ("Mon–Fri 8am–4:30pm"); `hours` is the same, structured. */
  schedule: z.string().min(2).optional(),
  hours: z.array(weeklyHoursSchema).optional(),
  /** HSDS `assured_date`: when someone last checked this record. */
  assured_date: isoDate,
  note: z.string().optional(),
  /** Set only on peer-support meetings from live feeds (src/meetings): when and how the meeting meets. */
  meeting: meetingSchema.optional(),
  source: z.object({
    name: z.string().min(2),
    url: webUrl,
    licence: z.string().min(2),
    retrieved: isoDate,
  }),
});

/** More decimals than this would pin a confidential place to a building (2 decimals ≈ 1 km). */
const MAX_CONFIDENTIAL_DECIMALS = 2;

function decimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** A resource record, with the rules that tie fields together checked at load. */
export const resourceSchema = resourceShape.superRefine((r, ctx) => {
  const problem = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (r.scope === 'local') {
    if (r.latitude === undefined) problem(['latitude'], 'a local resource needs latitude and longitude');
    else if (r.longitude === undefined) problem(['longitude'], 'a local resource needs latitude and longitude');
    if (!r.address && !r.confidentialAddress) problem(['address'], 'a local resource needs an address (or confidentialAddress: true)');
  }
  if ((r.latitude === undefined) !== (r.longitude === undefined)) {
    problem([r.latitude === undefined ? 'latitude' : 'longitude'], 'latitude and longitude come together');
  }
  if (r.confidentialAddress) {
    if (r.address) problem(['address'], 'must be left out when confidentialAddress is true (the location must never be shown)');
    for (const key of ['latitude', 'longitude'] as const) {
      const value = r[key];
      if (value !== undefined && decimals(value) > MAX_CONFIDENTIAL_DECIMALS) {
        problem([key], `must be approximate (at most ${MAX_CONFIDENTIAL_DECIMALS} decimals) when confidentialAddress is true`);
      }
    }
  }
  if (r.address && !r.countries.includes(r.address.country)) {
    problem(['countries'], `must include the address's country (${r.address.country})`);
  }
  if (r.phones.length === 0 && !r.url && !r.email && !r.address) {
    problem(['phones'], 'a resource needs at least one way to reach it (phone, url, email or address)');
  }
});

export type Resource = z.infer<typeof resourceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Address = z.infer<typeof addressSchema>;
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;
