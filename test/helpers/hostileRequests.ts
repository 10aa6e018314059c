import fc from 'fast-check';
import { messageActivity } from './activities';

/**
 * Generators of hostile and broken requests for /api/messages, shared by the fuzz test (a few hundred
 * cases) and `npm run fuzz` (thousands). Every request is one a client on the internet could send.
 */

/** Any text at all: every Unicode code point, lone surrogates included, up to a few kB. */
export const anyText = fc.string({ unit: 'binary', maxLength: 3000 });

/** Text that looks like what people send: words, emoji, accents, sometimes a crisis phrase buried inside. */
export const humanText = fc
  .tuple(
    fc.array(
      fc.constantFrom('I', 'need', 'a', 'support', 'group', 'near', 'Austin', 'online', 'grief', 'ayuda', 'duelo', '💙', '¿', 'ñ', 'help'),
      {
        maxLength: 30,
      },
    ),
    fc.option(fc.constantFrom('i want to kill myself', 'kms', 'quiero morir', 'I took all the pills', 'he is going to kill me'), {
      nil: undefined,
    }),
  )
  .map(([words, crisis]) => (crisis ? [...words, crisis] : words).join(' '));

const activityTypes = fc.constantFrom(
  'message',
  'conversationUpdate',
  'event',
  'invoke',
  'typing',
  'messageReaction',
  'installationUpdate',
  'endOfConversation',
  'contactRelationUpdate',
  'messageUpdate',
  'messageDelete',
  'trace',
  'handoff',
  'command',
  'x-unknown',
);

/** A JSON value of any shape, to put where a field should be. */
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Fields of an activity and the wrong (or odd) things that can be put in them. */
const mutations: Record<string, fc.Arbitrary<unknown>> = {
  type: fc.oneof(activityTypes, anyJson),
  text: fc.oneof(anyText, humanText, anyJson),
  locale: fc.oneof(fc.constantFrom('es-MX', 'en-GB', 'fr', 'zz-ZZ', 'es', '', 'en_US', '💙'), anyText),
  value: anyJson,
  attachments: fc.oneof(
    anyJson,
    fc.array(
      fc.record({ contentType: fc.constantFrom('image/png', 'text/html', 'application/vnd.microsoft.card.adaptive'), content: anyJson }),
    ),
  ),
  entities: anyJson,
  channelData: anyJson,
  from: fc.oneof(anyJson, fc.record({ id: fc.string({ maxLength: 600 }), name: anyText })),
  recipient: anyJson,
  conversation: fc.oneof(anyJson, fc.record({ id: fc.string({ minLength: 1, maxLength: 80 }), isGroup: fc.boolean() })),
  membersAdded: fc.oneof(anyJson, fc.array(fc.record({ id: fc.string({ maxLength: 40 }) }))),
  name: fc.oneof(fc.constantFrom('webchat/join', 'signin/verifyState', 'adaptiveCard/action'), anyText),
  timestamp: fc.oneof(anyText, anyJson),
  id: anyJson,
  replyToId: anyJson,
  channelId: fc.oneof(fc.constantFrom('msteams', 'directline', 'webchat', 'emulator', 'test'), anyJson),
  deliveryMode: fc.oneof(fc.constantFrom('expectReplies', 'normal', 'notification'), anyJson),
  serviceUrl: fc.oneof(fc.constantFrom('not a url', 'javascript:alert(1)', ''), anyJson),
  __proto__: anyJson,
  constructor: anyJson,
};

/** A valid message activity with a few fields replaced, removed, or added, as a JSON body. */
export function mutatedActivity(serviceUrl: string): fc.Arbitrary<string> {
  const keys = Object.keys(mutations);
  return fc
    .tuple(
      humanText,
      fc.subarray(keys, { maxLength: 5 }),
      fc.record(mutations, { requiredKeys: [] }),
      fc.subarray(['text', 'from', 'locale', 'conversation', 'type'], { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([text, chosen, values, removed, expectReplies]) => {
      const activity: Record<string, unknown> = messageActivity(text, { serviceUrl, conversationId: 'fuzz' });
      activity.conversation = { id: `fuzz-${Math.abs(hash(text)) % 50}` };
      activity.deliveryMode = expectReplies ? 'expectReplies' : 'normal';
      for (const key of chosen) if (key in values) activity[key] = (values as Record<string, unknown>)[key];
      for (const key of removed) delete activity[key];
      // JSON.stringify keeps "__proto__" as an own key only when it is one; write it in by hand when chosen.
      const json = JSON.stringify(activity);
      return chosen.includes('__proto__') ? json.replace(/^\{/, `{"__proto__":${JSON.stringify(values.__proto__ ?? null)},`) : json;
    });
}

/**
 * A well-formed envelope (so it reaches the bot) of any activity type, with odd contents: any text, value,
 * name, locale, attachments and delivery mode.
 */
export function oddActivity(serviceUrl: string): fc.Arbitrary<string> {
  return fc
    .record({
      type: activityTypes,
      text: fc.option(fc.oneof(anyText, humanText), { nil: undefined }),
      name: fc.option(mutations.name!, { nil: undefined }),
      value: fc.option(anyJson, { nil: undefined }),
      locale: fc.option(mutations.locale!, { nil: undefined }),
      attachments: fc.option(mutations.attachments!, { nil: undefined }),
      membersAdded: fc.option(mutations.membersAdded!, { nil: undefined }),
      conversation: fc.integer({ min: 0, max: 40 }).map((n) => ({ id: `odd-${n}` })),
      channelId: fc.constantFrom('msteams', 'directline', 'webchat', 'emulator', 'test'),
      deliveryMode: fc.constantFrom('expectReplies', 'normal', undefined),
    })
    .map((fields) => JSON.stringify({ ...messageActivity('', { serviceUrl }), ...fields }));
}

/** Bodies that are not activities at all: any JSON, broken JSON, raw bytes. */
export const notAnActivity: fc.Arbitrary<string> = fc.oneof(
  anyJson.map((v) => JSON.stringify(v)),
  anyText,
  fc.constantFrom('{', '{"type":', '[', 'null', '""', '{"type":"message","text":"\\ud800"}', '{"a":' + '['.repeat(5000)),
);

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
