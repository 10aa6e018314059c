import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `node dist/index.js` (the built server, as `npm start` does) with an environment, on a free port. */
export function runServerProcess(env: Record<string, string> = {}): Running & { ready: Promise<string> } {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', join(ROOT, 'dist', 'index.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Bot endpoint: (http:\/\/[^/\s]+)\/api\/messages/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${String(code)} before it was ready:\n${output}`)));
  });
  const running = { child, url: '', output: () => output, exited, ready };
  void ready.then(
    (url) => (running.url = url),
    () => undefined,
  );
  return running;
}
