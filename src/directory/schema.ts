import { z } from 'zod';
import { COSTS, MODES, NEED_IDS } from '../understanding/types';

/**
 * One service at one location (or one national/online service), flattened for search.
 * Field names follow Open Referral HSDS 3.0 where a field exists there; `needs`, `audiences`,
 * `modes`, `cost`, `confidentialAddress` and `source` are Kindred's own.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date like 2026-11-30 or 2020-05');

export const phoneSchema = z.object({
  number: z.string().regex(/^[+0-9][0-9 ().*#-]{1,24}$/, 'is not a phone number'),
  type: z.enum(['voice', 'text', 'tty', 'hotline']),
  description: z.string().optional(),
});

export const addressSchema = z.object({
  address_1: z.string().min(1),
  city: z.string().min(1),
  state_province: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().length(2),
});

export const resourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().min(2),
  organization: z.string().min(2),
  description: z.string().min(10),
  description_es: z.string().min(10).optional(),
  needs: z.array(z.enum(NEED_IDS)).min(1),
  audiences: z.array(z.string().min(2)).default([]),
  modes: z.array(z.enum(MODES)).min(1),
  cost: z.array(z.enum(COSTS)).min(1),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code like "en"')).min(1),
  /** "local" has a location; "national" serves a whole country; "online" serves anyone anywhere. */
  scope: z.enum(['local', 'national', 'online']),
  /** ISO 3166-1 alpha-2 countries served. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 code like "US"')).min(1),
  address: addressSchema.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  confidentialAddress: z.boolean().default(false),
  phones: z.array(phoneSchema).default([]),
  url: z.string().url().optional(),
  email: z.string().email().optional(),
  schedule: z.string().optional(),
  /** HSDS `assured_date`: when someone last checked this record. */
  assured_date: isoDate,
  note: z.string().optional(),
  source: z.object({
    name: z.string().min(2),
    url: z.string().url(),
    licence: z.string().min(2),
    retrieved: isoDate,
  }),
});

export type Resource = z.infer<typeof resourceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
