/**
 * Start-up: time from spawning `node dist/index.js` (as npm start runs it, after a build) until /healthz
 * answers, next to a bare Node HTTP server started the same way, measured in the same run.
 * Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RUNS = 7;
const BARE = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

async function timeToHealthy(args: string[], port: number, path: string): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}${path}`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Number(process.hrtime.bigint() - started) / 1e6;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function (): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.log('dist/index.js is missing: run npm run build first');
    return;
  }
  const kindred: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeToHealthy(['-e', BARE], 39_871, '/'));
    kindred.push(await timeToHealthy(['--disable-warning=DEP0111', 'dist/index.js'], 39_872, '/healthz'));
  }
  console.log(`spawn until the first successful HTTP answer, ${RUNS} runs each (ms)`);
  console.log(`bare node:http server   median ${median(bare).toFixed(0)}   runs ${bare.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`kindred (dist/index.js) median ${median(kindred).toFixed(0)}   runs ${kindred.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`ratio ${(median(kindred) / median(bare)).toFixed(1)}x`);
}
