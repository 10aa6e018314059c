/**
 * `npm run fuzz [cases]`: the long fuzzing run (not part of npm test). Sends thousands of mutated
 * activities and non-activities to a running Kindred, checks every answer is 2xx/4xx, watches for
 * unhandled rejections and uncaught exceptions, and samples the heap (after a forced GC) to show whether
 * memory stays flat. Then throws every kind of string at the crisis detector and the place parser.
 * Prints counts; exits 1 on any failure.
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detectCrisis } from '../src/safety/detectCrisis';
import { parseFrame } from '../src/understanding/parseFrame';
import { resolvePlace } from '../src/understanding/place';
import { CaptureChannel } from '../test/helpers/channel';
import { mutatedActivity, notAnActivity, oddActivity } from '../test/helpers/hostileRequests';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createStorage } from '../src/storage/createStorage';
import { startTestServer } from '../test/helpers/server';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function main(): Promise<void> {
  const cases = Number(process.argv[2] ?? 5000);
  const faults: string[] = [];
  process.on('unhandledRejection', (reason) => faults.push(`unhandledRejection: ${reason instanceof Error ? reason.name : typeof reason}`));
  process.on('uncaughtException', (error) => faults.push(`uncaughtException: ${error.name}`));

  const channel = await new CaptureChannel().start();
  const env = { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0', HTTP_TIMEOUT_MS: '2000' };
  const state = createStorage(loadConfig(env), createLogger('silent'));
  const server = await startTestServer({ env, storage: state.storage });
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let sent = 0;
  const send = async (body: string, allowed: (status: number) => boolean) => {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    sent += 1;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (!allowed(res.status) && failures.length < 20) failures.push(`${res.status} for ${body.slice(0, 300)}`);
    return allowed(res.status);
  };

  const samples: number[] = [heapMb()];
  const rounds = 5;
  for (let round = 0; round < rounds; round += 1) {
    const per = Math.ceil(cases / rounds / 3);
    await fc
      .assert(
        fc.asyncProperty(mutatedActivity(channel.url), (body) => send(body, (s) => s >= 200 && s < 500)),
        { numRuns: per, seed: 1000 + round, endOnFailure: true },
      )
      .catch((err: Error) => failures.push(err.message.split('\n').slice(0, 4).join(' ')));
    await fc
      .assert(
        fc.asyncProperty(oddActivity(channel.url), (body) => send(body, (s) => s >= 200 && s < 500)),
        { numRuns: per, seed: 1500 + round, endOnFailure: true },
      )
      .catch((err: Error) => failures.push(err.message.split('\n').slice(0, 4).join(' ')));
    await fc
      .assert(
        fc.asyncProperty(notAnActivity, (body) => send(body, (s) => s >= 400 && s < 500)),
        { numRuns: per, seed: 2000 + round, endOnFailure: true },
      )
      .catch((err: Error) => failures.push(err.message.split('\n').slice(0, 4).join(' ')));
    // Drop what is legitimately kept (conversation state, captured logs and replies), so that the heap
    // shows only what the server itself holds on to.
    await state.sweeper.sweepExpired(-60_000);
    server.logs.length = 0;
    channel.replies.length = 0;
    samples.push(heapMb());
  }
  const healthy = (await fetch(`${server.url}/healthz`)).status === 200;
  await server.close();
  await channel.stop();

  // The core never throws, whatever the string: every Unicode code point, up to 100 kB.
  let coreCases = 0;
  const coreFailures: string[] = [];
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.string({ unit: 'binary', minLength: 50_000, maxLength: 100_000 }),
  );
  const locale = fc.option(fc.oneof(fc.constantFrom('en-US', 'es-MX', 'es', 'fr-FR', ''), fc.string({ maxLength: 12 })), {
    nil: undefined,
  });
  try {
    fc.assert(
      fc.property(anyString, locale, (text, loc) => {
        coreCases += 1;
        detectCrisis(text, loc);
        resolvePlace(text);
        parseFrame(text, loc);
      }),
      { numRuns: cases, seed: 3000 },
    );
  } catch (err) {
    coreFailures.push((err as Error).message.split('\n').slice(0, 4).join(' '));
  }

  const slope = (samples[samples.length - 1]! - samples[1]!) / Math.max(1, samples.length - 2);
  console.log(`Fuzzing on Node ${process.version}`);
  console.log(
    `HTTP cases sent: ${sent}  statuses: ${[...statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  );
  console.log(`HTTP failures (5xx or wrong class): ${failures.length}`);
  for (const f of failures) console.log(`  ${f}`);
  console.log(`unhandled rejections / uncaught exceptions: ${faults.length}${faults.length ? ` (${faults.slice(0, 5).join(', ')})` : ''}`);
  console.log(`healthy afterwards: ${healthy}`);
  console.log(
    `heap after GC per round (MB): ${samples.map((m) => m.toFixed(1)).join(' → ')}; change per round after warm-up: ${slope.toFixed(2)} MB`,
  );
  console.log(
    `core cases (detectCrisis, resolvePlace, parseFrame on any string up to 100 kB): ${coreCases}, throws: ${coreFailures.length}`,
  );
  for (const f of coreFailures) console.log(`  ${f}`);
  process.exit(failures.length || faults.length || coreFailures.length || !healthy ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
