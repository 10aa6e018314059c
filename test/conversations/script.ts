import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';

/**
 * Conversation scripts: test/conversations/*.yaml, one conversation per file, readable by anyone.
 *
 *   name: what the conversation shows
 *   locale: en-US          (leave out, or "none", for a channel that sends no locale)
 *   channel: webchat       (test, webchat, directline, msteams, sms...; "sms" has no cards)
 *   start: join            (optional: the page's join event first, so the welcome is checked)
 *   steps:
 *     - user: what the person types
 *       bot: [texts or /regexes/ the replies must contain, in order]
 *       not: [texts no reply may contain]
 *       cards: [titles of result cards that must be shown]
 *       actions: [card buttons that must be there]
 *       links: [addresses card buttons must open: tel:988,2, sms:88788?body=START...]
 *       suggestions: [suggested replies that must be offered]
 *       typing: true       (a typing indicator was sent)
 *       feedback: { kind, resourceId, reason }   (the newest anonymous feedback entry)
 *     - value: { kindred: moreLikeThis, id: ... }   (a card button press instead of typed words)
 *     - new conversation: true   (the same person comes back later, in a new conversation)
 */

// Numbers are read as text, so `user: 2` and `bot: [988]` mean what they say.
const pattern = z.coerce.string().min(1);
const stepSchema = z
  .object({
    user: z.coerce.string().optional(),
    value: z.record(z.string(), z.unknown()).optional(),
    'new conversation': z.boolean().optional(),
    locale: z.string().optional(),
    bot: z.array(pattern).default([]),
    not: z.array(pattern).default([]),
    cards: z.array(pattern).default([]),
    actions: z.array(pattern).default([]),
    links: z.array(pattern).default([]),
    suggestions: z.array(pattern).default([]),
    typing: z.boolean().optional(),
    feedback: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((s) => s.user !== undefined || s.value !== undefined || s['new conversation'], {
    message: 'a step needs "user", "value" or "new conversation"',
  });

export const scriptSchema = z
  .object({
    name: z.string().min(3),
    locale: z.string().default('en-US'),
    channel: z.string().default('test'),
    conversationType: z.string().optional(),
    start: z.enum(['join', 'message']).default('message'),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

export type Script = z.infer<typeof scriptSchema> & { file: string };
export type ScriptStep = Script['steps'][number];

const FOLDER = __dirname;

/** Every script, parsed and checked; a broken file fails with its name and the problem. */
export function loadScripts(): Script[] {
  return readdirSync(FOLDER)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = scriptSchema.safeParse(yaml.load(readFileSync(join(FOLDER, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { ...parsed.data, file };
    });
}

/** "/regex/" or plain text (matched case-insensitively, as a part). */
export function matcher(p: string): (text: string) => boolean {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(p);
  if (re) {
    const regex = new RegExp(re[1]!, re[2]!.includes('i') ? re[2] : `${re[2]}i`);
    return (text) => regex.test(text);
  }
  const lower = p.toLowerCase();
  return (text) => text.toLowerCase().includes(lower);
}
