import { expect } from 'chai';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { Azurite } from '../helpers/azurite';
import { runServerProcess, type Running } from '../helpers/process';

// Needs `npm run build` first (npm test does it): these are real `node dist/index.js` processes.
describe('scale-out: two Kindred processes sharing one Blob storage', function () {
  this.timeout(60_000);
  const CONTAINER = 'kindred-scale-out';
  let azurite: Azurite;
  const running: Array<Running & { ready: Promise<string> }> = [];

  const start = async (): Promise<string> => {
    const server = runServerProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, STORAGE_CONTAINER: CONTAINER });
    running.push(server);
    return server.ready;
  };

  before(async () => {
    azurite = await Azurite.start();
  });
  after(async () => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await azurite.stop();
  });

  const turn = async (url: string, text: string, conversationId: string, locale = 'en-US') => {
    const res = await post(`${url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true, locale }));
    expect(res.status).to.equal(200);
    return replyTexts((await res.json()).activities).join('\n');
  };

  it('completes the find-help flow with turns alternating between the two, nothing lost', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a).to.not.equal(b);
    const id = 'scale-out-alternating';

    expect(await turn(a, 'hello', id)).to.match(/what kind of support are you looking for/i);
    expect(await turn(b, 'I lost my husband last month', id), 'B knows what A asked').to.match(
      /where should i look for grief and loss support/i,
    );
    expect(await turn(a, 'somewhere on the moon', id), 'A knows what B asked').to.match(/couldn't find that place/i);
    const results = await turn(b, 'online please', id);
    expect(results).to.match(/Here is what I found for grief and loss support/i);
    expect(results).to.match(/The Compassionate Friends|GriefShare/);
    expect(await turn(a, 'start over', id), 'and the finished search is finished on both').to.match(/what kind of support/i);
  });

  it('the same in Spanish, and across a restart of one of them', async () => {
    const [a] = await Promise.all([start(), start()]);
    const id = 'scale-out-restart';
    expect(await turn(a, 'necesito un grupo de duelo', id, 'es-US')).to.match(/¿Dónde busco/);

    const first = running.find((r) => r.url === a)!;
    first.child.kill('SIGTERM');
    expect(await first.exited).to.equal(0);
    const c = await start();
    expect(await turn(c, 'en línea', id, 'es-US')).to.match(/Esto es lo que encontré de apoyo en el duelo/);
  });

  it('keeps the state in the container, under hashed names', async () => {
    const names = (await azurite.blobs(CONTAINER)).map((b) => b.name);
    expect(names.filter((n) => n.startsWith('conversations-'))).to.have.length.greaterThanOrEqual(2);
    expect(names.join('\n')).to.not.include('scale-out');
  });
});
