import { z } from 'zod';

/**
 * The least an inbound Bot Framework activity must carry for Kindred to answer it. Checked at the edge so
 * a malformed request gets a 400 naming the field, never a crash deeper in the adapter.
 */
const account = z.object({ id: z.string().max(512) }).passthrough();

export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, 'must be an http(s) URL'),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    from: account.optional(),
    recipient: account.optional(),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
  })
  .passthrough();

/** The first problem with an inbound activity as "field: problem", or null when it is usable. */
export function activityProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body: must be a JSON object (an activity)';
  const parsed = inboundActivitySchema.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
}
