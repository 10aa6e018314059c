/**
 * `npm run soak [minutes] [requests/second]`: a long run at moderate load (not part of npm test). One
 * Kindred server process (memory storage, the real rate limits far above this load) answers a steady
 * stream of turns from a pool of conversations that each go round the find-help flow, with now and then a
 * crisis message, a very long message and a malformed request. Each minute the server reports its heap
 * after a full GC, and its resident memory; the slope of a least-squares line through the samples (after
 * the first minute's warm-up) is what a leak would show. Defaults: 10 minutes at 100 requests per second.
 */
import { benchActivity, startBenchServer } from '../bench/benchServer';

const FLOW = [
  'hello',
  'I lost my husband last month',
  'somewhere strange',
  'online please',
  'start over',
  'I need a support group in Austin',
];

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

function bodyFor(i: number): string {
  const conversation = `soak-${i % 1000}`;
  const turn = Math.floor(i / 1000);
  let text = FLOW[turn % FLOW.length]!;
  if (i % 97 === 0) text = 'i want to kill myself';
  if (i % 89 === 0) text = `I need a grief group. ${'and it has been so hard '.repeat(2000)}`;
  if (i % 83 === 0) return '{"type": "message", ';
  return benchActivity(text)
    .replace(/bench-\[<id>\]/, conversation)
    .replace(/user-\[<id>\]/, `user-${conversation}`);
}

async function main(): Promise<void> {
  const minutes = Number(process.argv[2] ?? 10);
  const rate = Number(process.argv[3] ?? 100);
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const started = Date.now();
  const samples: Array<{ minute: number; heap: number; rss: number }> = [];
  const server = await startBenchServer('kindred', ['--memory-every=60000'], (line) => {
    const match = /^memory ([\d.]+) ([\d.]+)$/.exec(line);
    if (!match) return;
    const sample = { minute: Math.round((Date.now() - started) / 60_000), heap: Number(match[1]), rss: Number(match[2]) };
    samples.push(sample);
    console.log(
      `minute ${sample.minute}: heap after GC ${sample.heap.toFixed(1)} MB, RSS ${sample.rss.toFixed(1)} MB, ${sent} requests so far`,
    );
  });
  const url = `${server.url}/api/messages`;
  const end = started + minutes * 60_000 + 5000; // a few seconds more, for the last sample

  // A steady rate: a request every 1000/rate ms, each on its own (at most 64 in flight).
  let inFlight = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      if (Date.now() >= end) {
        clearInterval(tick);
        const wait = setInterval(() => {
          if (inFlight === 0) {
            clearInterval(wait);
            resolve();
          }
        }, 50);
        return;
      }
      if (inFlight >= 64) return;
      const i = sent++;
      inFlight += 1;
      const t0 = performance.now();
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyFor(i) })
        .then(async (res) => {
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) failures += 1;
        })
        .catch(() => (failures += 1))
        .finally(() => (inFlight -= 1));
    }, 1000 / rate);
  });
  await server.stop();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const afterWarmUp = samples.filter((x) => x.minute >= 1);
  console.log(`\nSoak on Node ${process.version}: ${minutes} min at ${rate} requests/s offered`);
  console.log(
    `requests: ${sent}; statuses: ${[...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' ')}; 5xx or network failures: ${failures}`,
  );
  console.log(`latency ms: p50 ${at(0.5).toFixed(1)}, p99 ${at(0.99).toFixed(1)}, max ${latencies[latencies.length - 1]!.toFixed(1)}`);
  console.log(`heap after GC by minute (MB): ${samples.map((x) => `${x.minute}:${x.heap.toFixed(1)}`).join(' ')}`);
  console.log(`RSS by minute (MB): ${samples.map((x) => `${x.minute}:${x.rss.toFixed(1)}`).join(' ')}`);
  console.log(
    `slope after the first minute: heap ${slope(afterWarmUp.map((x) => [x.minute, x.heap])).toFixed(3)} MB/min, RSS ${slope(afterWarmUp.map((x) => [x.minute, x.rss])).toFixed(3)} MB/min`,
  );
  process.exit(failures > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
