import { expect } from 'chai';
import { benchActivity, FIND_HELP, listsResults, startBenchServer } from '../../bench/benchServer';
import { post } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The HTTP benchmark counts a request as an error unless its response lists results. These keep that check
 * true to the bot: when the wording of a reply changed, every benchmark request once counted as an error.
 */
describe('HTTP benchmark request', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  /** The bench's request for `text`, as autocannon sends it with `[<id>]` replaced; the response body. */
  const ask = async (url: string, text: string, id: string): Promise<string> => {
    const res = await post(`${url}/api/messages`, benchActivity(text).replaceAll('[<id>]', id));
    expect(res.status).to.equal(200);
    return res.text();
  };

  it('gets results in the response to its one find-help message, which the benchmark recognises', async () => {
    const body = await ask(server.url, FIND_HELP, 'bench-check-1');
    expect(listsResults(body), body).to.equal(true);
  });

  it('does not take a greeting or a follow-up question for results', async () => {
    expect(listsResults(await ask(server.url, 'hello', 'bench-check-2'))).to.equal(false);
    expect(listsResults(await ask(server.url, 'I need some help', 'bench-check-3'))).to.equal(false);
    expect(listsResults('not json')).to.equal(false);
  });

  it("is answered by the stack floor's server too, in the shape the benchmark recognises", async function () {
    this.timeout(30_000);
    const floor = await startBenchServer('floor');
    try {
      const body = await ask(floor.url, FIND_HELP, 'floor-check');
      expect(listsResults(body), body).to.equal(true);
      expect((JSON.parse(body) as { activities: unknown[] }).activities).to.have.length(4);
    } finally {
      await floor.stop();
    }
  });
});
