import { expect } from 'chai';
import { post } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

interface Session {
  token: string;
  conversationId: string;
  domain: string;
}

/** Speaks Direct Line 3.0 to the local endpoint the way botframework-directlinejs does with polling. */
class DirectLineClient {
  watermark = '';
  constructor(
    private readonly base: string,
    public session: Session,
  ) {}

  private headers() {
    return { authorization: `Bearer ${this.session.token}` };
  }

  async start(): Promise<Response> {
    return post(`${this.base}${this.session.domain}/conversations`, {}, this.headers()) as Promise<Response>;
  }

  async send(activity: Record<string, unknown>): Promise<Response> {
    return post(
      `${this.base}${this.session.domain}/conversations/${this.session.conversationId}/activities`,
      activity,
      this.headers(),
    ) as Promise<Response>;
  }

  async poll(): Promise<Array<Record<string, any>>> {
    const res = await fetch(
      `${this.base}${this.session.domain}/conversations/${this.session.conversationId}/activities?watermark=${this.watermark}`,
      { headers: this.headers() },
    );
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { activities: Array<Record<string, any>>; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }

  /** Polls until a bot message arrives whose text (or card fallback) matches. */
  async waitForBot(pattern: RegExp, ms = 10_000): Promise<Array<Record<string, any>>> {
    const seen: Array<Record<string, any>> = [];
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      seen.push(...(await this.poll()));
      if (seen.some((a) => a.from?.role === 'bot' && pattern.test(textOf(a)))) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no bot message matching ${pattern}; saw: ${seen.map(textOf).join(' | ')}`);
  }
}

function textOf(activity: Record<string, any>): string {
  return activity.text ?? (activity.attachments ?? []).map((a: any) => a.content?.fallbackText ?? '').join('\n');
}

describe('local Direct Line endpoint (what the web chat page talks to)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function newClient(): Promise<DirectLineClient> {
    const res = await post(`${server.url}/api/directline/token`, {});
    expect(res.status).to.equal(200);
    const session = (await res.json()) as Session;
    expect(session.token).to.be.a('string').with.length.greaterThan(20);
    return new DirectLineClient(server.url, session);
  }

  it('holds a conversation: join, welcome in the page language, message, reply, with watermarks', async () => {
    const client = await newClient();
    const started = await client.start();
    expect(started.status).to.equal(201);
    expect(((await started.json()) as { conversationId: string }).conversationId).to.equal(client.session.conversationId);

    await client.send({ type: 'event', name: 'webchat/join', value: { locale: 'es-MX' }, from: { id: 'page-user' }, locale: 'es-MX' });
    const welcome = await client.waitForBot(/soy Kindred/);
    expect(
      welcome
        .filter((a) => a.from?.role === 'bot')
        .map(textOf)
        .join('\n'),
    ).to.match(/no soy un servicio de emergencia/i);

    const sent = await client.send({
      type: 'message',
      text: 'busco un grupo de apoyo',
      locale: 'es-MX',
      from: { id: 'page-user' },
      channelData: { clientActivityID: 'abc-1' },
    });
    expect(sent.status).to.equal(200);
    const { id } = (await sent.json()) as { id: string };
    expect(id).to.match(new RegExp(`^${client.session.conversationId.replace(/[-]/g, '\\-')}\\|\\d{7}$`));

    const after = await client.waitForBot(/dónde busco/i);
    const echo = after.find((a) => a.id === id);
    expect(echo, 'the user message is echoed back, as Web Chat expects').to.not.equal(undefined);
    expect(echo!.channelData.clientActivityID).to.equal('abc-1');
    expect(echo!.from.id, 'the sender is fixed to the token user').to.match(/^dl_/);

    expect(await client.poll(), 'nothing new after the watermark').to.deep.equal([]);
  });

  it('sends the bot exactly what Azure Direct Line would: a conversationUpdate on join, then directline activities', async () => {
    const seen: Array<Record<string, any>> = [];
    const original = server.kindred.bot.run.bind(server.kindred.bot);
    server.kindred.bot.run = async (context) => {
      seen.push(JSON.parse(JSON.stringify(context.activity)));
      return original(context);
    };
    try {
      const client = await newClient();
      await client.start();
      await client.send({ type: 'message', text: 'hello', locale: 'en-GB', from: { id: 'x' } });
      await client.waitForBot(/what kind of support/i);
    } finally {
      server.kindred.bot.run = original;
    }
    const [join, message] = seen;
    expect(join).to.include({ type: 'conversationUpdate', channelId: 'directline' });
    expect(join!.membersAdded.map((m: { id: string }) => m.id)).to.include('kindred');
    expect(message).to.include({ type: 'message', channelId: 'directline', text: 'hello', locale: 'en-GB' });
    expect(message!.serviceUrl).to.equal(server.url);
    expect(message!.recipient).to.include({ id: 'kindred' });
  });

  it('refreshes a token, and the old one stops working', async () => {
    const client = await newClient();
    await client.start();
    const res = await post(`${server.url}/v3/directline/tokens/refresh`, {}, { authorization: `Bearer ${client.session.token}` });
    expect(res.status).to.equal(200);
    const refreshed = (await res.json()) as { token: string; conversationId: string };
    expect(refreshed.conversationId).to.equal(client.session.conversationId);
    const old = client.session.token;
    client.session = { ...client.session, token: refreshed.token };
    expect(await client.poll()).to.be.an('array');
    const stale = await fetch(`${server.url}/v3/directline/conversations/${client.session.conversationId}/activities`, {
      headers: { authorization: `Bearer ${old}` },
    });
    expect(stale.status).to.equal(403);
  });

  it('refuses a missing token, a token for another conversation, and an activity without a type', async () => {
    const a = await newClient();
    const b = await newClient();
    await a.start();
    expect((await fetch(`${server.url}/v3/directline/conversations/${a.session.conversationId}/activities`)).status).to.equal(403);
    const crossed = await fetch(`${server.url}/v3/directline/conversations/${a.session.conversationId}/activities`, {
      headers: { authorization: `Bearer ${b.session.token}` },
    });
    expect(crossed.status).to.equal(403);
    expect((await a.send({ text: 'no type' })).status).to.equal(400);
  });
});
