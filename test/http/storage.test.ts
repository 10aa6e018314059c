import { expect } from 'chai';
import type { Storage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { BlobBackend } from '../../src/storage/blobBackend';
import { createStorage, guardStorage } from '../../src/storage/createStorage';
import { SweepableMemoryStorage } from '../../src/storage/memoryBackend';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { Azurite } from '../helpers/azurite';
import { captureLogs } from '../helpers/logs';
import { startTestServer, type TestServer } from '../helpers/server';

const CONTAINER = 'kindred-storage-test';
const HOUR = 60 * 60_000;

describe('state storage', function () {
  let azurite: Azurite;
  before(async () => {
    azurite = await Azurite.start();
  });
  after(() => azurite.stop());

  describe('createStorage', () => {
    it('keeps state in Azure Blob storage when STORAGE_CONNECTION_STRING is set, in memory otherwise', () => {
      const log = captureLogs().log;
      expect(createStorage(loadConfig({}), log).backend).to.equal('memory');
      const blobs = createStorage(loadConfig({ STORAGE_CONNECTION_STRING: azurite.connectionString, STORAGE_CONTAINER: CONTAINER }), log);
      expect(blobs.backend).to.equal('blobs');
    });

    it('stops start-up on a connection string that is not one, naming the variable and never repeating the secret', () => {
      const config = loadConfig({ STORAGE_CONNECTION_STRING: 'AccountName=x;AccountKey=s3cr3t-value' });
      expect(() => createStorage(config, captureLogs().log))
        .to.throw(/STORAGE_CONNECTION_STRING/)
        .and.satisfy((e: Error) => !e.message.includes('s3cr3t-value'));
    });
  });

  describe('a whole conversation kept in Blob storage (Azurite)', () => {
    let server: TestServer;
    before(async () => {
      const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, STORAGE_CONTAINER: CONTAINER };
      server = await startTestServer({ env, storage: createStorage(loadConfig(env), captureLogs().log).storage });
    });
    after(() => server.close());

    const turn = async (text: string, conversationId: string, locale = 'en-US') => {
      const res = await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true, locale }));
      expect(res.status).to.equal(200);
      return replyTexts((await res.json()).activities).join('\n');
    };

    it('finds help over several turns, the dialog picking up where it left off each time', async () => {
      expect(await turn('I lost my husband last month', 'blob-find-help')).to.match(/where should i look for grief and loss support/i);
      expect(await turn('online please', 'blob-find-help')).to.match(/Here is what I found for grief and loss support/i);
    });

    it('keeps Spanish text (accents, ¿ ¡, emoji) intact in storage', async () => {
      expect(await turn('necesito un grupo de duelo 💙', 'blob-es', 'es-US')).to.match(/¿Dónde busco/);
      expect(await turn('en línea', 'blob-es', 'es-US')).to.match(/Esto es lo que encontré de apoyo en el duelo/);
    });

    it('names blobs by a hash of the conversation, never by its id or the user id', async () => {
      await turn('hello', 'blob-named-conversation-4242');
      const names = (await azurite.blobs(CONTAINER)).map((b) => b.name);
      expect(names.length).to.be.greaterThan(0);
      for (const name of names) {
        expect(name).to.match(/^(conversations|users|other)-[0-9a-f]{64}$/);
        expect(name).to.not.include('4242');
        expect(name).to.not.include('user-1');
      }
    });
  });

  describe('expiry (STATE_TTL_MINUTES)', () => {
    // The same behaviour on both backends; a fake clock stands in for the hours passing.
    const backends: Array<[string, () => Storage]> = [
      ['memory', () => new SweepableMemoryStorage()],
      [
        'Blob storage',
        () => new BlobBackend({ connectionString: azurite.connectionString, container: `${CONTAINER}-ttl`, timeoutMs: 3000 }),
      ],
    ];
    for (const [name, makeBackend] of backends) {
      it(`${name}: state saved longer ago than the TTL reads as absent, and is deleted`, async () => {
        let now = Date.parse('2026-01-01T00:00:00Z');
        const raw = makeBackend();
        const storage = guardStorage(raw, { timeoutMs: 3000, ttlMs: 24 * HOUR, now: () => now });
        const key = `test/conversations/ttl-${name}`;
        await storage.write({ [key]: { step: 'asked where', eTag: '*' } });

        now += 23 * HOUR;
        expect((await storage.read([key]))[key], 'still there within the TTL').to.include({ step: 'asked where' });

        now += 2 * HOUR;
        expect(await storage.read([key]), 'gone after the TTL').to.deep.equal({});
        const guardedAgain = guardStorage(raw, { timeoutMs: 3000, ttlMs: 1000 * 24 * HOUR, now: () => now });
        expect(await guardedAgain.read([key]), 'and deleted from the store, not just hidden').to.deep.equal({});
      });
    }

    for (const [name, makeBackend] of backends) {
      it(`${name}: a remembered profile (user state) outlives the conversation TTL, until PROFILE_TTL_DAYS`, async () => {
        let now = Date.parse('2026-01-01T00:00:00Z');
        const raw = makeBackend();
        const storage = guardStorage(raw, { timeoutMs: 3000, ttlMs: 24 * HOUR, userTtlMs: 90 * 24 * HOUR, now: () => now });
        const conversation = `test/conversations/profile-${name}`;
        const user = `test/users/profile-${name}`;
        await storage.write({ [conversation]: { step: 'asked where', eTag: '*' }, [user]: { profile: { lang: 'es' }, eTag: '*' } });

        now += 30 * 24 * HOUR;
        const read = await storage.read([conversation, user]);
        expect(read[conversation], 'the conversation is gone after a day').to.equal(undefined);
        expect(read[user], '"for next time" still holds a month later').to.deep.include({ profile: { lang: 'es' } });

        now += 61 * 24 * HOUR;
        expect(await storage.read([user]), 'and the profile goes after 90 days without a change').to.deep.equal({});
      });
    }

    it('memory: the sweeper keeps a remembered profile past the conversation TTL', async () => {
      let now = 0;
      const memory = new SweepableMemoryStorage(() => now);
      await memory.write({ 'conversations-aa': { n: 1 }, 'users-bb': { n: 2 } });
      now = 2 * HOUR;
      expect(await memory.sweepExpired(HOUR, 100 * HOUR)).to.equal(1);
      expect(Object.keys(await memory.read(['conversations-aa', 'users-bb']))).to.deep.equal(['users-bb']);
    });

    it('Blob storage: the sweeper deletes blobs nobody saved within the TTL, and leaves fresh ones', async () => {
      const container = `${CONTAINER}-sweep`;
      const backend = new BlobBackend({ connectionString: azurite.connectionString, container, timeoutMs: 3000 });
      await backend.write({ 'a/conversations/1': { n: 1 }, 'a/users/2': { n: 2 } });
      expect(await backend.sweepExpired(HOUR), 'nothing is older than an hour').to.equal(0);
      expect(await azurite.blobs(container)).to.have.length(2);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // Blob timestamps have one-second resolution.
      expect(await backend.sweepExpired(500)).to.equal(2);
      expect(await azurite.blobs(container)).to.deep.equal([]);
    });

    it('memory: the sweeper frees what expired, so a long-running local server does not grow for ever', async () => {
      let now = 0;
      const memory = new SweepableMemoryStorage(() => now);
      await memory.write({ old: { n: 1 } });
      now = 2 * HOUR;
      await memory.write({ fresh: { n: 2 } });
      expect(await memory.sweepExpired(HOUR)).to.equal(1);
      expect(memory.size).to.equal(1);
      expect(Object.keys(await memory.read(['old', 'fresh']))).to.deep.equal(['fresh']);
    });
  });

  describe('"forget me" (Kindred.forgetUser)', () => {
    let server: TestServer;
    const container = `${CONTAINER}-forget`;
    before(async () => {
      const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, STORAGE_CONTAINER: container };
      server = await startTestServer({ env, storage: createStorage(loadConfig(env), captureLogs().log).storage });
      // Until the "forget me" dialog lands, the bot is wrapped: it keeps a user preference on every turn,
      // and calls forgetUser when asked to, then carries on with the turn as the dialogs would.
      const preference = server.kindred.userState.createProperty<{ lang: string }>('preference');
      const original = server.kindred.bot.run.bind(server.kindred.bot);
      server.kindred.bot.run = async (context) => {
        if (context.activity.text === 'forget me') await server.kindred.forgetUser(context);
        else await preference.set(context, { lang: 'en' });
        return original(context);
      };
    });
    after(() => server.close());

    const send = (text: string, conversationId: string, userId: string) =>
      post(
        `${server.url}/api/messages`,
        messageActivity(text, { conversationId, expectReplies: true, extra: { from: { id: userId, name: 'Someone' } } }),
      );

    it('deletes the user state and this conversation state, and nothing of them is saved again in that turn', async () => {
      await send('I need a support group', 'forget-conversation', 'forget-user');
      await send('I need a grief group', 'other-conversation', 'other-user');
      const before = await azurite.blobs(container);
      expect(
        before.filter((b) => b.name.startsWith('users-')),
        'two people have preferences',
      ).to.have.length(2);
      expect(
        before.filter((b) => b.name.startsWith('conversations-')),
        'two conversations',
      ).to.have.length(2);

      expect((await send('forget me', 'forget-conversation', 'forget-user')).status).to.equal(200);

      const after = await azurite.blobs(container);
      expect(after, "only the other person's state is left").to.have.length(2);
      expect(after.map((b) => b.text).join('\n')).to.include('grief');
    });
  });
});
