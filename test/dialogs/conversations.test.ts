import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { loadDirectory } from '../../src/directory/shipped';
import { MemoryFeedbackStore } from '../../src/feedback';
import { createKindred } from '../../src/kindred';
import { createLogger } from '../../src/log';
import { loadScripts } from '../conversations/script';
import { playScript, type Reply } from '../conversations/play';

const config = loadConfig({});
const directory = loadDirectory(config);
const log = createLogger('silent');

/**
 * Every conversation script in test/conversations, through botbuilder's TestAdapter with the real Kindred:
 * the crisis middleware, the bot, its state and dialogs, exactly as createKindred wires them.
 */
describe('conversation scripts through botbuilder-testing (TestAdapter, the real bot and middleware)', () => {
  for (const script of loadScripts()) {
    it(`${script.file}: ${script.name}`, async () => {
      const feedback = new MemoryFeedbackStore();
      const kindred = createKindred({ config, storage: new MemoryStorage(), directory, log, feedback });
      const adapter = new TestAdapter();
      kindred.attach(adapter);
      let n = 0;
      await playScript(
        script,
        {
          async send(activity) {
            await adapter.processActivity(activity as Partial<Activity>, (context) => kindred.bot.run(context));
            return adapter.activeQueue.splice(0) as Reply[];
          },
          lastFeedback: async () => feedback.entries.at(-1),
        },
        { conversation: () => `${script.file}-${(n += 1)}`, user: 'person-1' },
      );
    });
  }
});
