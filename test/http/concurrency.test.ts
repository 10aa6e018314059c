import { expect } from 'chai';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { BlobBackend } from '../../src/storage/blobBackend';
import { guardStorage } from '../../src/storage/createStorage';
import { StateConflictError } from '../../src/storage/errors';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { Azurite } from '../helpers/azurite';
import { startTestServer, type TestServer } from '../helpers/server';

const isConversation = (key: string) => key.startsWith('conversations-');
const within = <T>(promise: Promise<T>, ms = 5000): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('race maker waited too long')), ms))]);

/**
 * Makes two turns of one conversation race, the same way every time: once armed, it lets both turns read
 * the conversation's state before either may save, then lets the turn whose state matches `first` save
 * first. The other turn's save then meets a changed ETag, exactly as when two messages arrive at once.
 */
class RaceMaker implements Storage {
  private armed = false;
  private reads = 0;
  private bothRead: Promise<void> = Promise.resolve();
  private letBothRead = () => {};
  private firstSaved: Promise<void> = Promise.resolve();
  private letFirstSaved = () => {};
  private first: (state: unknown) => boolean = () => true;

  constructor(private readonly inner: Storage) {}

  arm(first: (state: unknown) => boolean): void {
    this.armed = true;
    this.reads = 0;
    this.first = first;
    this.bothRead = new Promise((resolve) => (this.letBothRead = resolve));
    this.firstSaved = new Promise((resolve) => (this.letFirstSaved = resolve));
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    if (this.armed && keys.some(isConversation) && ++this.reads >= 2) this.letBothRead();
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (this.armed && Object.keys(changes).some(isConversation)) {
      await within(this.bothRead);
      if (Object.values(changes).some((state) => this.first(state))) {
        try {
          return await this.inner.write(changes);
        } finally {
          this.letFirstSaved();
        }
      }
      await within(this.firstSaved);
      this.armed = false;
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

const saved = (pattern: RegExp) => (state: unknown) => pattern.test(JSON.stringify(state));

describe('two messages of one conversation at once', () => {
  let azurite: Azurite;
  let race: RaceMaker;
  let server: TestServer;

  before(async () => {
    azurite = await Azurite.start();
    race = new RaceMaker(new BlobBackend({ connectionString: azurite.connectionString, container: 'kindred-race', timeoutMs: 3000 }));
    server = await startTestServer({ storage: guardStorage(race, { timeoutMs: 3000, ttlMs: 60 * 60_000 }) });
  });
  after(async () => {
    await server.close();
    await azurite.stop();
  });

  const send = async (text: string, conversationId: string) => {
    const res = await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true }));
    expect(res.status).to.equal(200);
    return replyTexts((await res.json()).activities);
  };
  const conflicts = () => server.logs.filter((l) => l.includes('"event":"state_conflict"')).length;

  it('handles both, as if one had come after the other: the later one is run again on the state the first saved', async () => {
    const id = 'race-find-help';
    expect((await send('hello', id)).join('\n')).to.match(/what kind of support/i);
    const conflictsBefore = conflicts();

    // The need and the place arrive together; the need's turn saves first.
    race.arm(saved(/"asking":"place"/));
    const [need, place] = await Promise.all([send('I lost my husband last month', id), send('online please', id)]);

    expect(need.join('\n')).to.match(/where should i look for grief and loss support/i);
    expect(place.join('\n'), 'the place was read as the answer to the question the other turn asked').to.match(
      /Here is what I found for grief and loss support/i,
    );
    expect(place.join('\n')).to.not.match(/not sure I understood/i);
    expect(conflicts() - conflictsBefore).to.equal(1);
  });

  it('never sends the crisis reply twice, even when the crisis turn is the one run again', async () => {
    const id = 'race-crisis';
    await send('hello', id);
    const conflictsBefore = conflicts();
    race.arm((state) => !saved(/"awaiting":true/)(state));
    const [ordinary, crisis] = await Promise.all([send('I lost my husband last month', id), send('i want to end my life', id)]);

    expect(
      crisis.filter((t) => /988/.test(t)),
      'one crisis reply',
    ).to.have.length(1);
    expect(crisis[0]).to.match(/are you safe right now/i);
    expect(ordinary.join('\n')).to.match(/where should i look for grief/i);

    const states = (await azurite.blobs('kindred-race')).map((b) => b.text).filter((t) => t.includes('"awaiting":true'));
    expect(states, 'one conversation is waiting for the answer to "are you safe?"').to.have.length(1);
    expect(states[0], 'and it also holds the question the other turn asked: both turns are in the saved state').to.match(
      /"asking":"place"/,
    );
    expect(conflicts() - conflictsBefore).to.equal(1);
  });
});

describe('optimistic concurrency in the state store', () => {
  let azurite: Azurite;
  before(async () => {
    azurite = await Azurite.start();
  });
  after(() => azurite.stop());

  for (const [name, makeRaw] of [
    ['memory', () => new MemoryStorage()],
    ['Blob storage', () => new BlobBackend({ connectionString: azurite.connectionString, container: 'kindred-etag', timeoutMs: 3000 })],
  ] as Array<[string, () => Storage]>) {
    it(`${name}: a conversation saved by someone else since it was read cannot be overwritten`, async () => {
      const storage = guardStorage(makeRaw(), { timeoutMs: 3000, ttlMs: 60_000 });
      const key = `test/conversations/etag-${name}`;
      await storage.write({ [key]: { step: 0 } });
      const mine = (await storage.read([key]))[key] as { step: number; eTag?: string };
      const theirs = (await storage.read([key]))[key] as { step: number; eTag?: string };
      // As botbuilder's BotState does before every save: it asks for last-writer-wins.
      Object.assign(theirs, { step: 1, eTag: '*' });
      await storage.write({ [key]: theirs });
      Object.assign(mine, { step: 2, eTag: '*' });
      let error: unknown;
      try {
        await storage.write({ [key]: mine });
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(StateConflictError);
    });
  }
});

describe('when every attempt at a turn meets a conflict', () => {
  let server: TestServer;
  let raw: MemoryStorage;
  before(async () => {
    raw = new MemoryStorage();
    server = await startTestServer({ storage: guardStorage(raw, { timeoutMs: 3000, ttlMs: 60_000 }) });
  });
  after(() => server.close());

  it('apologises with where to get help, and leaves the saved conversation as it was', async () => {
    const id = 'always-conflicting';
    const send = async (text: string) =>
      replyTexts(
        (await (await post(`${server.url}/api/messages`, messageActivity(text, { conversationId: id, expectReplies: true }))).json())
          .activities,
      );
    await send('I lost my husband last month');
    const before = JSON.stringify(raw['memory']);

    const write = raw.write.bind(raw);
    raw.write = async (changes) => {
      if (Object.keys(changes).some(isConversation)) throw new Error('Storage: error writing "x" due to eTag conflict.');
      return write(changes);
    };
    try {
      const texts = await send('online please');
      expect(texts).to.have.length(1);
      expect(texts[0])
        .to.match(/something went wrong/i)
        .and.match(/988/);
    } finally {
      raw.write = write;
    }
    expect(JSON.stringify(raw['memory']), 'not deleted, not changed').to.equal(before);
    expect((await send('online please')).join('\n'), 'and the conversation carries on').to.match(
      /Here is what I found for grief and loss support/i,
    );
  });
});
