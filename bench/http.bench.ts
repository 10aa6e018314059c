/**
 * HTTP benchmark: a full find-help turn over POST /api/messages (one message that names a need and "online",
 * so the turn parses, searches the directory, renders cards and saves state; deliveryMode expectReplies,
 * a new conversation every request) next to a bare echo bot on the same restify + CloudAdapter stack, and
 * next to the stack floor: a turn of the same shape (state loaded and saved, a main dialog and a component
 * dialog with their waterfalls, four replies as long) that does none of Kindred's work, which shows how much
 * of the gap botbuilder itself sets. All measured in this run, at 1, 16 and 64 connections. Each server runs
 * in its own process; autocannon runs here. BENCH_SECONDS sets the length of each measurement (default 10,
 * after 2 s of warm-up).
 */
import autocannon from 'autocannon';
import { benchActivity, echoes, FIND_HELP, listsResults, startBenchServer, type BenchServer } from './benchServer';

const LEVELS = [1, 16, 64];

interface Row {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

async function measure(
  server: BenchServer,
  target: string,
  connections: number,
  seconds: number,
  answered: (body: string) => boolean,
): Promise<Row> {
  const options = {
    url: `${server.url}/api/messages`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: benchActivity(FIND_HELP),
    idReplacement: true,
    connections,
    timeout: 10,
    verifyBody: answered,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, connection pools, caches
  const result = await autocannon({ ...options, duration: seconds });
  return {
    target,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    requests: result.requests.total,
  };
}

export default async function (): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const echo = await startBenchServer('echo');
  const floor = await startBenchServer('floor');
  const kindred = await startBenchServer('kindred');
  const rows: Row[] = [];
  try {
    for (const connections of LEVELS) {
      rows.push(await measure(echo, 'echo bot (baseline)', connections, seconds, (body) => echoes(body, FIND_HELP)));
      rows.push(await measure(floor, 'stack floor', connections, seconds, listsResults));
      rows.push(await measure(kindred, 'find-help turn', connections, seconds, listsResults));
    }
  } finally {
    await echo.stop();
    await floor.stop();
    await kindred.stop();
  }

  console.log(`${seconds} s per row after 2 s warm-up; every request a new conversation; latency in ms`);
  console.log("stack floor: botbuilder state and dialogs sending a find-help turn's replies, none of Kindred's work");
  console.log('target               conns    req/s   p50 ms   p99 ms   errors   requests   vs echo');
  for (const row of rows) {
    const baseline = rows.find((r) => r.connections === row.connections && r.target.startsWith('echo'))!;
    console.log(
      [
        row.target.padEnd(20),
        String(row.connections).padStart(5),
        row.rps.toFixed(0).padStart(8),
        row.p50.toFixed(1).padStart(8),
        row.p99.toFixed(1).padStart(8),
        String(row.errors).padStart(8),
        String(row.requests).padStart(10),
        `${((row.rps / baseline.rps) * 100).toFixed(0)}%`.padStart(9),
      ].join(' '),
    );
  }
}
