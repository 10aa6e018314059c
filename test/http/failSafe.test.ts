import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import sinon from 'sinon';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

const CANARY = 'zebra-canary-7f3a';

describe('fail-safe: crisis help gets through when the rest of the bot fails', () => {
  let server: TestServer;
  let storage: MemoryStorage;

  before(async () => {
    storage = new MemoryStorage();
    server = await startTestServer({ storage });
  });
  after(() => server.close());
  afterEach(() => sinon.restore());

  const send = async (text: string, conversationId: string) => {
    const res = await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true }));
    expect(res.status, 'the server answers, never a 500').to.equal(200);
    return replyTexts((await res.json()).activities);
  };

  it('sends the crisis reply when storage cannot be read (a fault we cannot cause otherwise, hence the stub)', async () => {
    sinon.stub(storage, 'read').rejects(new Error('storage down'));
    const texts = await send(`i want to end my life ${CANARY}`, 'failsafe-read');
    expect(texts[0])
      .to.match(/988/)
      .and.match(/are you safe right now/i);
    expect(texts, 'no "something went wrong" piled on top of the crisis reply').to.have.length(1);
  });

  it('sends the crisis reply when storage cannot be written', async () => {
    sinon.stub(storage, 'write').rejects(new Error('storage down'));
    const texts = await send('im going to kill myself tonight', 'failsafe-write');
    expect(texts[0]).to.match(/988/);
  });

  it('an ordinary turn that fails apologises and says where to get help now', async () => {
    sinon.stub(storage, 'read').rejects(new Error('storage down'));
    const texts = await send('I need a support group', 'failsafe-ordinary');
    expect(texts).to.have.length(1);
    expect(texts[0])
      .to.match(/something went wrong/i)
      .and.match(/call or text 988/)
      .and.match(/911/);
  });

  it('answers in Spanish when the message is Spanish and the locale says so', async () => {
    sinon.stub(storage, 'read').rejects(new Error('storage down'));
    const res = await post(
      `${server.url}/api/messages`,
      messageActivity('ya no quiero vivir, quiero matarme', { conversationId: 'failsafe-es', expectReplies: true, locale: 'es-US' }),
    );
    const texts = replyTexts((await res.json()).activities);
    expect(texts[0]).to.match(/marca 2|AYUDA/);
  });

  it('never writes message text to the logs', () => {
    expect(server.logText()).to.not.include(CANARY);
    expect(server.logText()).to.not.match(/end my life|kill myself|matarme/);
    const crisisLines = server.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'crisis_detected');
    expect(crisisLines.length).to.be.greaterThan(0);
    expect(Object.keys(crisisLines[0]!)).to.include.members(['kinds', 'lang']);
  });
});

describe('welcome', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('greets a person who joins, says it is automated and not an emergency service, and how to get help now', async () => {
    const res = await post(`${server.url}/api/messages`, {
      ...messageActivity(''),
      type: 'conversationUpdate',
      text: undefined,
      deliveryMode: 'expectReplies',
      membersAdded: [{ id: 'user-1' }],
    });
    const [welcome] = replyTexts((await res.json()).activities);
    expect(welcome)
      .to.match(/automated assistant/)
      .and.match(/not an emergency service/)
      .and.match(/911/)
      .and.match(/988/);
  });

  it('greets only once per conversation, even if members are added twice', async () => {
    const join = async () =>
      replyTexts(
        (
          await (
            await post(`${server.url}/api/messages`, {
              ...messageActivity('', { conversationId: 'welcome-once' }),
              type: 'conversationUpdate',
              text: undefined,
              deliveryMode: 'expectReplies',
              membersAdded: [{ id: 'user-1' }],
            })
          ).json()
        ).activities,
      );
    expect(await join()).to.have.length(1);
    expect(await join()).to.have.length(0);
  });
});
