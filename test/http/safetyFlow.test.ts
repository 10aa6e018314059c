import { expect } from 'chai';
import sinon from 'sinon';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

describe('the crisis exchange over the real protocol', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  afterEach(() => sinon.restore());

  /** A conversation: send() returns the texts (or card fallback texts) of Kindred's replies. */
  function conversation(id: string, options: { locale?: string; channelId?: string; extra?: Record<string, unknown> } = {}) {
    return async (text: string, extra: Record<string, unknown> = {}) => {
      const res = await post(
        `${server.url}/api/messages`,
        messageActivity(text, {
          conversationId: id,
          expectReplies: true,
          locale: options.locale,
          channelId: options.channelId,
          extra: { ...options.extra, ...extra },
        }),
      );
      expect(res.status).to.equal(200);
      return replyTexts((await res.json()).activities);
    };
  }

  it('mid-prompt: the crisis message is not taken as the answer; after "yes", the pending question waits for the person', async () => {
    const say = conversation('flow-resume');
    expect((await say('I need a support group')).join()).to.match(/where should i look/i);
    const crisis = await say('i dont want to be alive anymore');
    expect(crisis).to.have.length(1);
    expect(crisis[0])
      .to.match(/988/)
      .and.match(/are you safe right now/i);
    const safe = await say("yes i'm safe");
    expect(safe[0]).to.match(/relieved/i);
    // Issue 17: slow down after a crisis; the question comes back when the person asks for it.
    expect(safe, 'no question straight after a crisis').to.have.length(1);
    expect((await say('Back to my search'))[0], 'the pending question, asked again').to.match(/where should i look for support groups/i);
    expect((await say('online')).join('\n')).to.match(/Here is what I found for support groups/i);
  });

  it('"no" keeps the person with the emergency number first and stays in the conversation', async () => {
    const say = conversation('flow-unsafe');
    await say('i am going to kill myself');
    const unsafe = await say('no');
    expect(unsafe).to.have.length(1);
    expect(unsafe[0])
      .to.match(/^Thank you for telling me\. Please call 911 now/)
      .and.match(/I'm here with you/);
    const again = await say('not really, no');
    expect(again[0], 'still with them, still the emergency number').to.match(/911/);
  });

  it('keeps watching on later turns: "I\'m fine" does not switch the safety layer off', async () => {
    const say = conversation('flow-later');
    await say('i want to die');
    await say("i'm fine, really");
    expect((await say('actually i took all my pills')).join()).to.match(/911/);
  });

  it('uses the country of a place named earlier in the conversation, whatever the locale says', async () => {
    const say = conversation('flow-london');
    await say('I need a support group in London');
    const crisis = (await say('i want to end my life')).join('\n');
    expect(crisis)
      .to.match(/116 123/)
      .and.match(/999/);
    expect(crisis).to.not.match(/988/);
  });

  it('when the country is unknown, says so and lets the person pick another country', async () => {
    const say = conversation('flow-picker', { locale: 'en' });
    const crisis = (await say('i want to kill myself')).join();
    expect(crisis).to.match(/don't know which country you're in/i);
    const picker = (await say('Lines for another country')).join();
    expect(picker).to.match(/country/i);
    const uk = (await say('UK')).join('\n');
    expect(uk)
      .to.match(/116 123/)
      .and.not.match(/988/);
  });

  it('picks the veterans line when a veteran writes in crisis', async () => {
    const say = conversation('flow-veteran');
    const crisis = (await say("i'm a veteran and i want to end my life")).join('\n');
    expect(crisis).to.match(/press 1/i);
  });

  it('answers Spanish speakers in Spanish with the US Spanish routes', async () => {
    const say = conversation('flow-es', { locale: 'es-US' });
    const crisis = (await say('quiero quitarme la vida')).join('\n');
    expect(crisis)
      .to.match(/marca 2|AYUDA/)
      .and.match(/¿Estás a salvo ahora mismo\?/);
    expect((await say('sí, estoy bien')).join()).to.match(/alivia/i);
  });

  it('catches a crisis inside a card submit (activity.value), not only in text', async () => {
    const say = conversation('flow-card');
    const texts = await say('', { text: undefined, value: { action: 'refine', note: 'i want to kill myself' } });
    expect(texts[0]).to.match(/988/);
  });

  it('catches a crisis in a Teams group chat message that @mentions Kindred', async () => {
    const say = conversation('flow-teams', {
      channelId: 'msteams',
      extra: {
        conversation: { id: 'flow-teams', conversationType: 'groupChat', isGroup: true },
        entities: [{ type: 'mention', text: '<at>Kindred</at>', mentioned: { id: 'kindred', name: 'Kindred' } }],
      },
    });
    const texts = await say('<at>Kindred</at> my friend says she is going to kill herself tonight');
    expect(texts[0])
      .to.match(/988/)
      .and.match(/worried about someone/i);
  });

  it('sends the crisis reply when the directory fails, and apologises with help on ordinary turns', async () => {
    const say = conversation('flow-directory-down');
    sinon.stub(server.kindred.directory, 'search').throws(new Error('index corrupted'));
    expect((await say('i want to kill myself')).join()).to.match(/988/);
    const ordinary = await say('grief support online');
    expect(ordinary.at(-1))
      .to.match(/something went wrong/i)
      .and.match(/988/);
  });

  it('when a dialog throws, the apology still says where to get help now', async () => {
    const say = conversation('flow-dialog-throws');
    sinon.stub(server.kindred.bot, 'run').rejects(new Error('dialog bug'));
    const texts = await say('hello');
    expect(texts).to.have.length(1);
    expect(texts[0])
      .to.match(/something went wrong/i)
      .and.match(/call or text 988/)
      .and.match(/911/);
  });
});
