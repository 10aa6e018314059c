import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonLinesFeedbackStore } from '../../src/feedback';
import { post } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';
import { loadScripts } from '../conversations/script';
import { playScript, type Reply } from '../conversations/play';

/**
 * The same conversation scripts again, over HTTP against the real server: each turn is a POST to
 * /api/messages with deliveryMode expectReplies, and the replies come back in the response body.
 */
describe('conversation scripts over HTTP against the real server', function () {
  this.timeout(60_000);
  let server: TestServer;
  let feedback: JsonLinesFeedbackStore;
  before(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kindred-conversations-')), 'feedback.jsonl');
    feedback = new JsonLinesFeedbackStore(file);
    server = await startTestServer({ env: { FEEDBACK_FILE: file } });
  });
  after(() => server.close());

  let n = 0;
  for (const script of loadScripts()) {
    it(`${script.file}: ${script.name}`, async () => {
      n += 1;
      const run = n;
      let conversations = 0;
      await playScript(
        script,
        {
          async send(activity) {
            const res = await post(`${server.url}/api/messages`, {
              ...activity,
              id: `a-${run}-${Math.random().toString(36).slice(2)}`,
              serviceUrl: 'http://127.0.0.1:9',
              timestamp: new Date().toISOString(),
              deliveryMode: 'expectReplies',
            });
            expect(res.status, 'HTTP status').to.equal(200);
            const body = (await res.json()) as { activities?: Reply[] };
            return body.activities ?? [];
          },
          lastFeedback: async () => (await feedback.list()).at(-1),
        },
        { conversation: () => `http-${run}-${(conversations += 1)}`, user: `http-person-${run}` },
      );
    });
  }
});
