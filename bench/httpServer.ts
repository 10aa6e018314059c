/**
 * One server for the HTTP benchmark and the soak, run in its own process so that the load generator does
 * not share its event loop: `kindred` is the real bot (memory storage, logs off), `echo` is the same
 * restify + CloudAdapter stack and /api/messages route with an ActivityHandler that only echoes, and `floor`
 * is a turn of a find-help turn's shape on botbuilder's state and dialogs that does none of Kindred's work.
 * Prints "listening <port> <pid>" once ready. Extra settings come from argv as NAME=value; with
 * --memory-every=MS (and node --expose-gc) it also prints "memory <heap MB after GC> <RSS MB>" that often.
 */
import {
  ActivityHandler,
  ActivityTypes,
  ConversationState,
  MemoryStorage,
  MessageFactory,
  UserState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
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

/**
 * The framework's share of a find-help turn, doing none of Kindred's work: conversation and user state loaded
 * and saved, a main dialog that begins a component dialog whose waterfall sends what
 * a find-help turn sends (a typing indicator, an intro, a block of listings, a follow-up with suggested actions,
 * about as long as the real ones) and waits for an answer. Between the echo bot and a real turn, it shows how much of the gap the stack sets.
 */
class FloorBot extends ActivityHandler {
  readonly conversationState: ConversationState;
  readonly userState: UserState;

  constructor(storage: Storage) {
    super();
    this.conversationState = new ConversationState(storage);
    this.userState = new UserState(storage);
    const profile = this.userState.createProperty<{ lang?: string }>('profile');
    const dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState'));
    const results = new ComponentDialog('findHelp').addDialog(
      new WaterfallDialog('results', [
        async (step) => {
          await step.context.sendActivity({ type: ActivityTypes.Typing });
          await step.context.sendActivity(FLOOR_REPLIES.intro);
          await step.context.sendActivity(FLOOR_REPLIES.listings);
          await step.context.sendActivity(MessageFactory.suggestedActions(['Yes', 'No', 'Show more'], FLOOR_REPLIES.followUp));
          return Dialog.EndOfTurn;
        },
      ]),
    );
    const main = new ComponentDialog('main')
      .addDialog(new WaterfallDialog('route', [async (step) => step.beginDialog('findHelp')]))
      .addDialog(results);
    dialogs.add(main);
    this.onMessage(async (context, next) => {
      await profile.get(context, {});
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

/** About the length of a find-help turn's replies on a channel without cards. */
const FLOOR_REPLIES = {
  intro: 'Here is what I found. '.repeat(14),
  listings: '1. A listing\nOnline · Free · English\nCall 800-000-0000 · example.org\n\n'.repeat(16),
  followUp: 'Was this helpful? I can also show more, narrow these down, or start over. '.repeat(4),
};

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
  if (kind === 'floor') {
    // botbuilder's own MemoryStorage: the stack's cost, without Kindred's storage layers (hashed keys, expiry, ETags).
    const floor = new FloorBot(new MemoryStorage());
    kindred = {
      ...kindred,
      bot: floor as unknown as Kindred['bot'],
      attach: () => undefined,
      runTurn: (context: TurnContext) => floor.run(context),
      conversationState: floor.conversationState,
      userState: floor.userState,
    };
  } else if (kind === 'echo') {
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
