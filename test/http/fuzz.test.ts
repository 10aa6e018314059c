import { expect } from 'chai';
import fc from 'fast-check';
import { CaptureChannel } from '../helpers/channel';
import { messageActivity } from '../helpers/activities';
import { mutatedActivity, notAnActivity, oddActivity } from '../helpers/hostileRequests';
import { startTestServer, type TestServer } from '../helpers/server';

/** Cases per property here; `npm run fuzz` runs thousands (see scripts/fuzz.ts). */
const RUNS = 200;

describe('fuzzing /api/messages with random and mutated requests (fast-check)', () => {
  let server: TestServer;
  let channel: CaptureChannel;
  const faults: string[] = [];
  const onUnhandled = (reason: unknown) => faults.push(`unhandledRejection: ${reason instanceof Error ? reason.name : typeof reason}`);
  const onUncaught = (error: Error) => faults.push(`uncaughtException: ${error.name}`);

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUncaught);
    channel = await new CaptureChannel().start();
    server = await startTestServer({
      env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0', HTTP_TIMEOUT_MS: '2000' },
    });
  });
  after(async () => {
    await server.close();
    await channel.stop();
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUncaught);
  });

  const send = (body: string) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it(`answers ${RUNS} mutated activities with 2xx or 4xx only`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedActivity(channel.url), async (body) => {
        const res = await send(body);
        await res.arrayBuffer();
        return res.status >= 200 && res.status < 500;
      }),
      { numRuns: RUNS, seed: 7, endOnFailure: true },
    );
  });

  it(`answers ${RUNS} well-formed activities of every type with odd contents with 2xx or 4xx only`, async () => {
    await fc.assert(
      fc.asyncProperty(oddActivity(channel.url), async (body) => {
        const res = await send(body);
        await res.arrayBuffer();
        return res.status >= 200 && res.status < 500;
      }),
      { numRuns: RUNS, seed: 5, endOnFailure: true },
    );
  });

  // What fuzzing found: ActivityHandler answered invokes with 501, and failed on a malformed Action.Execute value.
  const invokes: Array<[string, unknown]> = [
    ['an invoke Kindred does not offer', { name: 'composeExtension/query', value: {} }],
    ['an Action.Execute whose value is a number', { name: 'adaptiveCard/action', value: -6.75e-258 }],
    ['an Action.Execute whose value has no action', { name: 'adaptiveCard/action', value: { a: 1 } }],
  ];
  for (const [what, fields] of invokes) {
    it(`refuses ${what} with 400`, async () => {
      const res = await send(
        JSON.stringify({ ...messageActivity('', { serviceUrl: channel.url }), type: 'invoke', text: undefined, ...(fields as object) }),
      );
      expect(res.status).to.equal(400);
    });
  }

  it(`answers ${RUNS} bodies that are not activities at all with 4xx`, async () => {
    await fc.assert(
      fc.asyncProperty(notAnActivity, async (body) => {
        const res = await send(body);
        await res.arrayBuffer();
        return res.status >= 400 && res.status < 500;
      }),
      { numRuns: RUNS, seed: 11, endOnFailure: true },
    );
  });

  it('is still healthy afterwards, with no unhandled rejection or uncaught exception', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).to.equal(200);
    expect(faults).to.deep.equal([]);
  });
});
