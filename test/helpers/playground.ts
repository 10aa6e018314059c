import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Playground {
  /** The Playground's web page, e.g. http://127.0.0.1:56150/ */
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), a local Teams-like client,
 * against a bot endpoint: Teams channel, telemetry off, no browser of its own, on a free port. It runs in an empty
 * folder so no stray configuration file changes what it mocks.
 */
export async function startPlayground(botEndpoint: string): Promise<Playground> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const cwd = mkdtempSync(join(tmpdir(), 'kindred-playground-'));
  const child: ChildProcess = spawn(process.execPath, [cli, '-e', botEndpoint, '-c', 'msteams', '--dt', '-p', '0'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`the Playground exited before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`the Playground did not start within 30 s:\n${output}`)), 30_000).unref();
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
