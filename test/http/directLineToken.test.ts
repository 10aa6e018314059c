import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { loadDirectory } from '../../src/directory/shipped';
import { createKindred } from '../../src/kindred';
import { startServer, type RunningServer } from '../../src/server/app';
import { captureLogs } from '../helpers/logs';

const SECRET = 'dl-secret-Zq8v3-never-in-a-browser';

type Behaviour = 'token' | 'refuse' | 'hang' | 'garbage' | 'no-token';

/**
 * A stand-in for Azure's Direct Line token service (the real one is in Azure): checks the Bearer secret and
 * answers {conversationId, token, expires_in}, plus a field that echoes the secret, which must never be passed on.
 */
class TokenServiceStandIn {
  behaviour: Behaviour = 'token';
  readonly calls: Array<{ authorization: string | undefined; userId: unknown }> = [];
  url = '';
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v3/directline/tokens/generate`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { user?: { id?: unknown } };
    this.calls.push({ authorization: req.headers.authorization, userId: body.user?.id });
    if (req.headers.authorization !== `Bearer ${SECRET}` || this.behaviour === 'refuse') {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BadArgument', message: `Unknown secret ${req.headers.authorization}` } }));
      return;
    }
    if (this.behaviour === 'hang') return; // never answers; the server's timeout must end the wait
    res.writeHead(200, { 'content-type': 'application/json' });
    if (this.behaviour === 'garbage') return void res.end(`<html>${SECRET}</html>`);
    if (this.behaviour === 'no-token') return void res.end(JSON.stringify({ conversationId: 'c-1', expires_in: 3600 }));
    res.end(
      JSON.stringify({ conversationId: `conv-${this.calls.length}`, token: `token-${this.calls.length}`, expires_in: 3600, echo: SECRET }),
    );
  }
}

interface Running extends RunningServer {
  logText: () => string;
}

/** The real server in production mode, pointed at the stand-in. */
async function startProduction(env: Record<string, string>, timeoutMs = 2_000): Promise<Running> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    MicrosoftAppId: 'test-app-id',
    MicrosoftAppPassword: 'test-app-password',
    DIRECT_LINE_SECRET: SECRET,
    ...env,
  });
  const captured = captureLogs();
  const directory = loadDirectory(config);
  const kindred = createKindred({ config, storage: new MemoryStorage(), directory, log: captured.log });
  const server = await startServer({
    config,
    kindred,
    log: captured.log,
    version: 'test',
    directorySize: directory.size,
    directLineTokenTimeoutMs: timeoutMs,
  });
  return { ...server, logText: captured.text };
}

const requestToken = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('POST /api/directline/token in production (against a stand-in for Azure Direct Line)', () => {
  let service: TokenServiceStandIn;
  let server: Running;

  before(async () => {
    service = await new TokenServiceStandIn().start();
    server = await startProduction({ DIRECT_LINE_TOKEN_URL: service.url, DIRECT_LINE_TOKENS_PER_MINUTE: '1000' }, 300);
  });
  after(async () => {
    await server.close();
    await service.stop();
  });
  beforeEach(() => (service.behaviour = 'token'));

  it('exchanges the secret for a short-lived token, and gives the browser only the token', async () => {
    const res = await requestToken(server.url);
    const text = await res.text();
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).to.have.keys(['token', 'conversationId', 'expires_in', 'domain', 'webSocket']);
    expect(body).to.include({ domain: `${new URL(service.url).origin}/v3/directline`, webSocket: true });
    expect(body.token).to.match(/^token-\d+$/);
    expect(service.calls.at(-1)!.authorization).to.equal(`Bearer ${SECRET}`);
    expect(text).not.to.include(SECRET);
  });

  it('asks for each chat under a fresh Direct Line user id (dl_...)', async () => {
    await requestToken(server.url);
    await requestToken(server.url);
    const [a, b] = service.calls.slice(-2).map((c) => String(c.userId));
    expect(a).to.match(/^dl_[\w-]{12,}$/);
    expect(b).to.match(/^dl_[\w-]{12,}$/);
    expect(a).not.to.equal(b);
  });

  const failures: Array<[string, Behaviour]> = [
    ['refuses the secret', 'refuse'],
    ['does not answer in time', 'hang'],
    ['answers with something that is not JSON', 'garbage'],
    ['answers without a token', 'no-token'],
  ];
  for (const [what, behaviour] of failures) {
    it(`answers 502 with a kind word when the service ${what}, and logs it without the secret`, async () => {
      service.behaviour = behaviour;
      const before = server.logText().length;
      const started = Date.now();
      const res = await requestToken(server.url);
      const text = await res.text();
      expect(res.status).to.equal(502);
      expect(JSON.parse(text).error).to.match(/could not start a chat right now/i);
      expect(text).not.to.include(SECRET);
      expect(Date.now() - started, 'the timeout ends the wait').to.be.below(5_000);
      const logged = server.logText().slice(before);
      expect(logged).to.include('directline_token_failed');
      expect(logged).not.to.include(SECRET);
    });
  }

  it('answers 502 when the service cannot be reached at all', async () => {
    const unreachable = await startProduction({ DIRECT_LINE_TOKEN_URL: 'http://127.0.0.1:9/v3/directline/tokens/generate' });
    try {
      const res = await requestToken(unreachable.url);
      expect(res.status).to.equal(502);
      expect(unreachable.logText()).to.include('directline_token_failed').and.not.include(SECRET);
    } finally {
      await unreachable.close();
    }
  });

  it('never writes the secret to the log, whatever happened above', () => {
    expect(server.logText()).not.to.include(SECRET);
  });
});

describe('POST /api/directline/token rate limit (per client address)', () => {
  let service: TokenServiceStandIn;
  before(async () => (service = await new TokenServiceStandIn().start()));
  after(async () => await service.stop());

  it('lets one address start a few chats a minute, then answers 429 with Retry-After', async () => {
    const server = await startProduction({ DIRECT_LINE_TOKEN_URL: service.url, DIRECT_LINE_TOKENS_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let limited: Response | null = null;
      for (let i = 0; i < 4; i++) {
        const res = await requestToken(server.url);
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      expect(statuses).to.deep.equal([200, 200, 200, 429]);
      const retryAfter = Number(limited!.headers.get('retry-after'));
      expect(retryAfter).to.be.within(1, 60);
      expect(((await limited!.json()) as { error: string }).error).to.match(/wait a minute/i);
      expect(service.calls.length, 'the limited request never reached Azure').to.equal(3);
    } finally {
      await server.close();
    }
  });

  it('behind a trusted proxy, counts each client separately by X-Forwarded-For', async () => {
    const server = await startProduction({
      DIRECT_LINE_TOKEN_URL: service.url,
      DIRECT_LINE_TOKENS_PER_MINUTE: '1',
      TRUSTED_PROXY_HOPS: '1',
    });
    try {
      const a = await requestToken(server.url, { 'x-forwarded-for': '198.51.100.7:50123' });
      const b = await requestToken(server.url, { 'x-forwarded-for': '203.0.113.9:40000' });
      const aAgain = await requestToken(server.url, { 'x-forwarded-for': '198.51.100.7:50999' });
      expect([a.status, b.status, aAgain.status]).to.deep.equal([200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  it('with no trusted proxy, a made-up X-Forwarded-For does not buy more chats', async () => {
    const server = await startProduction({ DIRECT_LINE_TOKEN_URL: service.url, DIRECT_LINE_TOKENS_PER_MINUTE: '1' });
    try {
      const first = await requestToken(server.url, { 'x-forwarded-for': '198.51.100.1' });
      const second = await requestToken(server.url, { 'x-forwarded-for': '198.51.100.2' });
      expect([first.status, second.status]).to.deep.equal([200, 429]);
    } finally {
      await server.close();
    }
  });
});
