import { MemoryStorage, type StoreItems } from 'botbuilder';
import { expect } from 'chai';
import { connect } from 'node:net';
import { messageActivity, post } from '../helpers/activities';
import { CaptureChannel } from '../helpers/channel';
import { startTestServer, type TestServer } from '../helpers/server';

/** Real in-memory storage whose reads wait at a gate the test opens, to keep a turn in flight. */
class GatedStorage extends MemoryStorage {
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;
  reads = 0;

  close(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = null;
  }

  override async read(keys: string[]): Promise<StoreItems> {
    this.reads += 1;
    if (this.gate) await this.gate;
    return super.read(keys);
  }
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('shutting the server down while people are mid-conversation', function () {
  this.timeout(20_000);
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close(0);
    server = null;
  });

  it('answers new requests 503 with Connection: close while a turn in flight finishes and its reply is delivered', async () => {
    const channel = await new CaptureChannel().start();
    try {
      server = await startTestServer();
      channel.hold();
      const inFlight = post(`${server.url}/api/messages`, messageActivity('hello', { serviceUrl: channel.url, conversationId: 'drain' }));
      await until(() => channel.replies.length > 0 || server!.adapter !== undefined, 'the turn to start');
      await new Promise((r) => setTimeout(r, 200));
      const closing = server.close(5_000);
      await new Promise((r) => setTimeout(r, 250)); // past the settle time: from now on, new work is refused

      const refused = await fetch(`${server.url}/healthz`);
      expect(refused.status).to.equal(503);
      expect(refused.headers.get('connection')).to.equal('close');
      expect(refused.headers.get('retry-after')).to.equal('5');
      expect(((await refused.json()) as { error: string }).error).to.match(/restarting/);

      channel.release();
      expect((await inFlight).status).to.equal(200);
      expect(channel.messages().map((r) => r.activity.text ?? '')).to.satisfy((texts: string[]) =>
        texts.some((t) => /what kind of support/i.test(t)),
      );
      expect((await closing).cutOff).to.equal(0);
      server = null;
    } finally {
      await channel.stop();
    }
  });

  it('serves a request that reached the server just before the stop, though not yet read (as Node 24 showed)', async () => {
    server = await startTestServer();
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    await new Promise((r) => setTimeout(r, 50)); // the server has accepted the connection: it is open and idle
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const ended = new Promise<string>((resolve) => {
      socket.once('close', (hadError) => resolve(hadError ? 'reset' : 'closed'));
      socket.once('error', () => undefined);
    });
    socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    // Keep the event loop busy (as a heavy turn would) so the request sits unread in the socket when the stop comes.
    const busyUntil = Date.now() + 50;
    while (Date.now() < busyUntil) {
      /* busy */
    }
    const closing = server.close(5_000);
    expect(await ended).to.equal('closed');
    expect(answer).to.match(/^HTTP\/1\.1 200 /);
    expect((await closing).cutOff).to.equal(0);
    server = null;
  });

  it('lets a web chat message relayed by the local Direct Line finish, reply included, during the drain', async () => {
    const storage = new GatedStorage();
    server = await startTestServer({ storage });
    const token = (await (await post(`${server.url}/api/directline/token`, {})).json()) as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${token.token}` };
    const base = `${server.url}/v3/directline/conversations/${token.conversationId}`;
    expect((await post(`${server.url}/v3/directline/conversations`, {}, auth)).status).to.equal(201);

    storage.close();
    const before = storage.reads;
    const sent = post(`${base}/activities`, { type: 'message', text: 'hello', from: { id: 'page-user' }, locale: 'en-US' }, auth);
    await until(() => storage.reads > before, 'the turn to read its state');
    const closing = server.close(5_000);
    await new Promise((r) => setTimeout(r, 250));
    // The bot's reply now comes back to the relay over HTTP while the server refuses new work: it must get through.
    storage.release();
    const res = await sent;
    expect(res.status, 'the message was taken and answered').to.equal(200);
    expect((await closing).cutOff).to.equal(0);
    expect(server.logText()).not.to.match(/directline_bot_unreachable|turn_failed|messages_failed/);
    server = null;
  });

  it('cuts off what is still running at the deadline, and says how many', async () => {
    const channel = await new CaptureChannel().start();
    try {
      server = await startTestServer();
      channel.hold();
      const stuck = post(
        `${server.url}/api/messages`,
        messageActivity('hello', { serviceUrl: channel.url, conversationId: 'stuck' }),
      ).catch((err: unknown) => err);
      await new Promise((r) => setTimeout(r, 300));
      const outcome = await server.close(300);
      expect(outcome.cutOff).to.equal(1);
      expect(await stuck).to.be.instanceOf(Error);
      server = null;
    } finally {
      await channel.stop();
    }
  });
});
