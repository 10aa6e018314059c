import { MemoryStorage } from 'botbuilder';
import { loadConfig } from '../src/config';
import { loadDirectory } from '../src/directory/shipped';
import { createKindred } from '../src/kindred';
import { createLogger } from '../src/log';
import { startServer } from '../src/server/app';
import { createStorage } from '../src/storage/createStorage';
import { Agent, request } from 'node:http';

async function run(label: string, storageKind: 'guarded' | 'raw', text: string) {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_IP_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' });
  const log = createLogger('silent');
  const storage = storageKind === 'raw' ? new MemoryStorage() : createStorage(config, log).storage;
  const directory = loadDirectory(config);
  const kindred = createKindred({ config, storage, directory, log });
  const server = await startServer({ config, kindred, log, version: 'x', directorySize: directory.size });
  const agent = new Agent({ keepAlive: true });
  const send = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({
        type: 'message',
        id: 'a',
        channelId: 'bench',
        serviceUrl: 'http://127.0.0.1:9',
        conversation: { id: `c-${label}-${i}` },
        from: { id: 'u' + i },
        recipient: { id: 'k' },
        locale: 'en-US',
        text,
        deliveryMode: 'expectReplies',
      });
      const req = request(
        `${server.url}/api/messages`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve());
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  for (let i = 0; i < 300; i++) await send(i);
  const times: number[] = [];
  for (let i = 300; i < 2300; i++) {
    const s = performance.now();
    await send(i);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(
    label.padEnd(30),
    'median',
    times[1000]!.toFixed(2),
    'p90',
    times[1800]!.toFixed(2),
    'p99',
    times[1980]!.toFixed(2),
    'mean',
    (times.reduce((a, b) => a + b) / times.length).toFixed(2),
  );
  agent.destroy();
  await server.close();
}
(async () => {
  await run('hello guarded', 'guarded', 'hello');
  await run('find-help guarded', 'guarded', 'I need a grief support group, online please');
  await run('find-help raw memory', 'raw', 'I need a grief support group, online please');
  await run('hello raw', 'raw', 'hello');
})();
