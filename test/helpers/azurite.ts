import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';

/** Azurite's well-known development account (public, the same in every Azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * A real Azure Blob storage emulator (azurite-blob, in memory, nothing on disk) that a test starts in
 * before() and stops in after(). Each test file gets its own on a free port.
 */
export class Azurite {
  private constructor(
    private readonly child: ChildProcess,
    private readonly workDir: string,
    readonly port: number,
  ) {}

  /** Starts azurite-blob on `port` (0: any free port) and resolves once it listens. */
  static async start(port = 0): Promise<Azurite> {
    const main = join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
    const workDir = mkdtempSync(join(tmpdir(), 'kindred-azurite-'));
    const child = spawn(
      process.execPath,
      [
        main,
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        '--inMemoryPersistence',
        '--skipApiVersionCheck',
        '--disableTelemetry',
        '--silent',
      ],
      { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const listening = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`azurite-blob exited with ${String(code)}:\n${output}`)));
      setTimeout(() => reject(new Error(`azurite-blob did not start in 20 s:\n${output}`)), 20_000).unref();
    });
    return new Azurite(child, workDir, listening);
  }

  /** A connection string for this emulator, as STORAGE_CONNECTION_STRING takes it. */
  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${ACCOUNT};`;
  }

  container(name: string): ContainerClient {
    return new ContainerClient(this.connectionString, name);
  }

  /** Every blob in a container, with its name and its content as text ([] when the container does not exist). */
  async blobs(container: string): Promise<Array<{ name: string; text: string }>> {
    const client = this.container(container);
    if (!(await client.exists())) return [];
    const found: Array<{ name: string; text: string }> = [];
    for await (const blob of client.listBlobsFlat()) {
      const body = await client.getBlobClient(blob.name).downloadToBuffer();
      found.push({ name: blob.name, text: body.toString('utf8') });
    }
    return found;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
