import { MemoryStorage, type Storage } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import type { Directory } from '../../src/directory/directory';
import { loadDirectory } from '../../src/directory/shipped';
import { createKindred, type Kindred } from '../../src/kindred';
import { startServer, type RunningServer } from '../../src/server/app';
import { captureLogs } from './logs';

export interface TestServer extends RunningServer {
  config: Config;
  kindred: Kindred;
  logs: string[];
  logText: () => string;
}

/**
 * Starts the real server in this process on a free port, with test-friendly defaults; every call must be
 * paired with close() (use the returned object in after/afterEach).
 */
export async function startTestServer(
  options: { env?: Record<string, string>; storage?: Storage; directory?: Directory } = {},
): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...options.env });
  const captured = captureLogs();
  const directory = options.directory ?? loadDirectory(config);
  const kindred = createKindred({ config, storage: options.storage ?? new MemoryStorage(), directory, log: captured.log });
  const server = await startServer({ config, kindred, log: captured.log, version: 'test', directorySize: directory.size });
  return { ...server, config, kindred, logs: captured.lines, logText: captured.text };
}
