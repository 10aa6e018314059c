import { expect } from 'chai';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createStorage } from '../../src/storage/createStorage';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { Azurite } from '../helpers/azurite';
import { CaptureChannel } from '../helpers/channel';
import { captureLogs } from '../helpers/logs';
import { startTestServer, type TestServer } from '../helpers/server';
import { TokenIssuer } from '../helpers/tokenIssuer';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** A TCP server that accepts connections and never answers: the slowest storage (or key service) there is. */
async function blackHole(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const { port, close } = await blackHole();
  await close();
  return port;
}

const blobConnection = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('not-a-key').toString('base64')};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

async function serverOn(connectionString: string, extra: Record<string, string> = {}): Promise<TestServer> {
  const env = { STORAGE_CONNECTION_STRING: connectionString, STORAGE_TIMEOUT_MS: '300', ...extra };
  return startTestServer({ env, storage: createStorage(loadConfig(env), captureLogs().log).storage });
}

describe('when storage or the channel fails or hangs', () => {
  let unhandled = 0;
  const onUnhandled = () => (unhandled += 1);
  before(() => process.on('unhandledRejection', onUnhandled));
  after(() => process.off('unhandledRejection', onUnhandled));

  const send = async (server: TestServer, text: string, conversationId: string) => {
    const res = await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true }));
    expect(res.status, 'the server answers, never a 5xx').to.equal(200);
    return replyTexts((await res.json()).activities);
  };

  const outages: Array<[string, () => Promise<{ connectionString: string; close: () => Promise<void> }>]> = [
    [
      'storage that accepts connections and never answers (slow)',
      async () => {
        const hole = await blackHole();
        return { connectionString: blobConnection(hole.port), close: hole.close };
      },
    ],
    [
      'storage that cannot be reached (down)',
      async () => ({ connectionString: blobConnection(await closedPort()), close: async () => {} }),
    ],
  ];

  for (const [what, makeOutage] of outages) {
    describe(what, () => {
      let server: TestServer;
      let outage: { connectionString: string; close: () => Promise<void> };
      before(async () => {
        outage = await makeOutage();
        server = await serverOn(outage.connectionString);
      });
      after(async () => {
        await server.close();
        await outage.close();
      });

      it('still sends the crisis reply, and nothing else', async () => {
        const texts = await send(server, 'i want to end my life', 'outage-crisis');
        expect(texts).to.have.length(1);
        expect(texts[0])
          .to.match(/988/)
          .and.match(/are you safe right now/i);
      });

      it('answers an ordinary message with a short apology that says where to get help now', async () => {
        const texts = await send(server, 'I need a support group', 'outage-ordinary');
        expect(texts).to.have.length(1);
        expect(texts[0])
          .to.match(/something went wrong/i)
          .and.match(/988/)
          .and.match(/911/);
      });

      it('stays up and healthy, logs the storage failure without a word of the message, and leaves no unhandled rejection', async () => {
        await send(server, 'grief group please', 'outage-again');
        expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
        const failures = server.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'turn_failed');
        expect(failures.length).to.be.greaterThan(0);
        expect(failures[0]).to.include({ err: 'StorageUnavailableError' });
        expect(server.logText()).to.not.match(/grief group|support group/);
        expect(unhandled).to.equal(0);
      });
    });
  }

  describe('storage that goes away and comes back empty (an Azurite restart)', () => {
    let azurite: Azurite;
    let server: TestServer;
    before(async () => {
      azurite = await Azurite.start();
      server = await serverOn(azurite.connectionString, { STORAGE_CONTAINER: 'kindred-comeback' });
    });
    after(async () => {
      await server.close();
      await azurite.stop();
    });

    it('is used again once it is back, without a restart of Kindred', async () => {
      expect((await send(server, 'I need a support group', 'comeback-1')).join('\n')).to.match(/where should i look/i);
      const port = azurite.port;
      await azurite.stop();
      expect((await send(server, 'online', 'comeback-1')).join('\n')).to.match(/something went wrong/i);
      azurite = await Azurite.start(port);
      // The container is gone with the old emulator's memory; Kindred creates it again and starts afresh.
      expect((await send(server, 'I lost my husband last month', 'comeback-2')).join('\n')).to.match(/where should i look for grief/i);
      expect((await send(server, 'online', 'comeback-2')).join('\n')).to.match(/Here is what I found for grief and loss support/i);
    });
  });

  describe('a channel that does not take the replies (HTTP_TIMEOUT_MS)', () => {
    let server: TestServer;
    let channel: CaptureChannel;
    before(async () => {
      server = await startTestServer({ env: { HTTP_TIMEOUT_MS: '300' } });
      channel = await new CaptureChannel().start();
    });
    after(async () => {
      await server.close();
      await channel.stop();
    });

    it('gives up on the reply instead of holding the turn open, and logs it', async () => {
      channel.hold();
      const res = await post(`${server.url}/api/messages`, messageActivity('hello', { serviceUrl: channel.url, conversationId: 'held' }));
      expect(res.status).to.be.oneOf([200, 201, 202]);
      const events = server.logs.map((l) => (JSON.parse(l) as { event?: string }).event);
      expect(events).to.include('turn_failed');
      channel.release();
    });
  });

  describe('a key service that does not answer (production mode)', () => {
    let server: TestServer;
    let hole: { port: number; close: () => Promise<void> };
    before(async () => {
      hole = await blackHole();
      server = await startTestServer({
        env: {
          MicrosoftAppId: APP_ID,
          MicrosoftAppPassword: 'x',
          BotOpenIdMetadata: `http://127.0.0.1:${hole.port}/metadata`,
          HTTP_TIMEOUT_MS: '300',
        },
      });
    });
    after(async () => {
      await server.close();
      await hole.close();
    });

    it('refuses the request with 401 after the timeout instead of hanging', async () => {
      // A well-formed channel token, so that checking it needs the signing keys from the silent key service.
      const token = new TokenIssuer().token({ aud: APP_ID, serviceurl: 'http://127.0.0.1:9' });
      const before = server.logs.length;
      const res = await post(`${server.url}/api/messages`, messageActivity('hello', { expectReplies: true }), {
        authorization: `Bearer ${token}`,
      });
      expect(res.status).to.equal(401);
      const failure = server.logs
        .slice(before)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.event === 'auth_failed');
      expect(failure, 'given up on the key service, not refused for a bad token').to.include({
        reason: 'unverifiable',
        err: 'TimeoutError',
      });
    });
  });
});
