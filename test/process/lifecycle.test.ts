import { expect } from 'chai';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { Agent, request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageActivity, post } from '../helpers/activities';
import { CaptureChannel } from '../helpers/channel';
import { runServerProcess } from '../helpers/process';

describe('the server process (dist/index.js, as npm start runs it)', function () {
  this.timeout(30_000);

  it('starts on embedded defaults with no .env and answers /healthz', async () => {
    const server = runServerProcess();
    try {
      const url = await server.ready;
      expect(server.output()).to.match(/Open http:\/\/.*\/ in a browser to chat with Kindred/);
      const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).to.include({ status: 'ok', mode: 'local' });
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
    }
  });

  it('finishes a turn in flight on SIGTERM, refuses new work, then exits 0', async () => {
    const channel = await new CaptureChannel().start();
    const server = runServerProcess();
    try {
      const url = await server.ready;
      channel.hold(); // the bot's reply POST waits here, so the turn stays in flight
      const inFlight = post(`${url}/api/messages`, messageActivity('hello', { serviceUrl: channel.url, conversationId: 'shutdown' }));
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      channel.release();
      const res = await inFlight;
      expect(res.status, 'the turn in flight completes').to.equal(200);
      expect(
        channel
          .messages()
          .map((r) => r.activity.text)
          .join('\n'),
      ).to.match(/what kind of support/i);
      expect(await server.exited).to.equal(0);
      let refused = false;
      await fetch(`${url}/healthz`).catch(() => (refused = true));
      expect(refused, 'no longer accepting connections').to.equal(true);
    } finally {
      server.child.kill('SIGKILL');
      await channel.stop();
    }
  });

  it('closes a keep-alive connection that is idle at SIGTERM cleanly, without waiting for it', async () => {
    const server = runServerProcess();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const url = await server.ready;
      const { res, socket } = await get(`${url}/healthz`, agent);
      expect(res.statusCode).to.equal(200);
      expect(res.headers.connection, 'the server keeps the connection open').to.equal('keep-alive');
      const closed = new Promise<{ hadError: boolean }>((resolve) => socket.once('close', (hadError) => resolve({ hadError })));
      let reset = false;
      socket.once('error', () => (reset = true));
      server.child.kill('SIGTERM');
      expect(await closed, 'closed by the server with a FIN, not a reset').to.deep.equal({ hadError: false });
      expect(reset).to.equal(false);
      expect(await server.exited).to.equal(0);
    } finally {
      agent.destroy();
      server.child.kill('SIGKILL');
    }
  });

  it('delivers the crisis reply of a turn in flight at SIGTERM', async () => {
    const channel = await new CaptureChannel().start();
    const server = runServerProcess();
    try {
      const url = await server.ready;
      channel.hold();
      const inFlight = post(
        `${url}/api/messages`,
        messageActivity('i want to kill myself tonight', { serviceUrl: channel.url, conversationId: 'shutdown-crisis' }),
      );
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      channel.release();
      expect((await inFlight).status).to.equal(200);
      const said = channel
        .messages()
        .map((r) => [r.activity.text ?? '', ...(r.activity.attachments ?? []).map((a) => JSON.stringify(a.content))].join('\n'))
        .join('\n');
      expect(said, 'the crisis line reached the person').to.include('988');
      expect(said).to.match(/are you safe/i);
      expect(await server.exited).to.equal(0);
    } finally {
      server.child.kill('SIGKILL');
      await channel.stop();
    }
  });

  it('stops within SHUTDOWN_DRAIN_MS even when a turn never finishes, and says so in the log', async () => {
    const channel = await new CaptureChannel().start();
    const server = runServerProcess({ SHUTDOWN_DRAIN_MS: '500' });
    try {
      const url = await server.ready;
      channel.hold(); // never released before the process exits
      const stuck = post(
        `${url}/api/messages`,
        messageActivity('hello', { serviceUrl: channel.url, conversationId: 'shutdown-stuck' }),
      ).catch((err: unknown) => err);
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
      expect(await stuck).to.be.instanceOf(Error);
      expect(server.output()).to.match(/"event":"stopped","cutOff":1/);
    } finally {
      server.child.kill('SIGKILL');
      await channel.stop();
    }
  });

  const badStarts: Array<[string, Record<string, string>, RegExp]> = [
    ['a non-numeric PORT', { PORT: 'eighty' }, /^Configuration error: PORT must be a whole number, got "eighty"$/m],
    [
      'half-configured app credentials',
      { MicrosoftAppId: 'abc' },
      /^Configuration error: MicrosoftAppPassword is empty but MicrosoftAppId is set/m,
    ],
  ];
  for (const [what, env, message] of badStarts) {
    it(`stops at start-up on ${what}, with one line naming the variable`, async () => {
      const server = runServerProcess(env);
      server.ready.catch(() => undefined);
      expect(await server.exited).to.equal(1);
      expect(server.output().trim().split('\n')).to.have.length(1);
      expect(server.output()).to.match(message);
    });
  }

  it('stops at start-up on a broken directory file, naming file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-'));
    const file = join(dir, 'extra.json');
    writeFileSync(
      file,
      JSON.stringify([{ id: 'broken-record', name: 'Broken', organization: 'Org', description: 'No needs field here.' }]),
    );
    const server = runServerProcess({ DIRECTORY_FILES: file });
    server.ready.catch(() => undefined);
    expect(await server.exited).to.equal(1);
    expect(server.output()).to.include(file).and.include('record 1 (id: broken-record)').and.include('field `needs`');
  });
});

/** A GET through a keep-alive agent, read to the end; the socket stays open for the next request. */
function get(url: string, agent: Agent): Promise<{ res: IncomingMessage; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.once('end', () => resolve({ res, socket: req.socket! }));
    });
    req.once('error', reject);
    req.end();
  });
}
