/**
 * One server for the HTTP benchmark and the soak, run in its own process so that the load generator does
 * not share its event loop: `kindred` is the real bot (memory storage, logs off), `echo` is the same
 * restify + CloudAdapter stack and /api/messages route with an ActivityHandler that only echoes.
 * Prints "listening <port> <pid>" once ready. Extra settings come from argv as NAME=value; with
 * --memory-every=MS (and node --expose-gc) it also prints "memory <heap MB after GC> <RSS MB>" that often.
 */
import { ActivityHandler, ConversationState, UserState, type TurnContext } from 'botbuilder';
import { loadConfig } from '../src/config';
import { loadDirectory } from '../src/directory/shipped';
import { createKindred, type Kindred } from '../src/kindred';
import { createLogger } from '../src/log';
import { startServer } from '../src/server/app';
import { createStorage } from '../src/storage/createStorage';
import { startSweeping } from '../src/storage/stateSweeper';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function main(): Promise<void> {
  const [kind = 'kindred', ...args] = process.argv.slice(2);
  const settings = args.filter((a) => !a.startsWith('--'));
  const memoryEvery = Number(/^--memory-every=(\d+)$/.exec(args.find((a) => a.startsWith('--memory-every=')) ?? '')?.[1] ?? 0);
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    // The limits are on, but far above the load, so that their cost is measured without refusals.
    RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    ...Object.fromEntries(settings.map((s) => s.split('=') as [string, string])),
  };
  const config = loadConfig(env);
  const log = createLogger('silent');
  const state = createStorage(config, log);
  startSweeping(state.sweeper, state.ttlMs, log, state.userTtlMs);
  const directory = loadDirectory(config);
  let kindred: Kindred = createKindred({ config, storage: state.storage, directory, log });
  if (kind === 'echo') {
    const echo = new EchoBot();
    kindred = {
      ...kindred,
      bot: echo as unknown as Kindred['bot'],
      attach: () => undefined,
      runTurn: (context: TurnContext) => echo.run(context),
      conversationState: new ConversationState(state.storage),
      userState: new UserState(state.storage),
    };
  }
  const server = await startServer({ config, kindred, log, version: 'bench', directorySize: directory.size });
  console.log(`listening ${server.port} ${process.pid}`);
  if (memoryEvery > 0) {
    // For the soak: the heap after a full GC (started with --expose-gc), which a leak makes grow, and the RSS.
    const gc = (globalThis as { gc?: () => void }).gc;
    setInterval(() => {
      gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      console.log(`memory ${(heapUsed / 1048576).toFixed(2)} ${(rss / 1048576).toFixed(2)}`);
    }, memoryEvery).unref();
  }
  process.on('SIGTERM', () => void server.close(1000).then(() => process.exit(0)));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
