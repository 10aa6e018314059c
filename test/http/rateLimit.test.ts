import { expect } from 'chai';
import { loadConfig } from '../../src/config';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';
import { TokenIssuer } from '../helpers/tokenIssuer';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'http://127.0.0.1:9';

const events = (server: TestServer, from = 0) =>
  server.logs.slice(from).map((l) => JSON.parse(l) as Record<string, unknown> & { event?: string });

describe('rate limits on /api/messages', () => {
  describe('per conversation (RATE_LIMIT_CONVERSATION_PER_MINUTE=3)', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '3' } });
    });
    after(() => server.close());

    const send = (text: string, conversationId: string, extra: Record<string, unknown> = {}) =>
      post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true, extra }));

    it('answers up to the limit, then refuses with 429 and a Retry-After in whole seconds, and logs it', async () => {
      for (let i = 0; i < 3; i += 1) expect((await send('hello', 'busy')).status).to.equal(200);
      const from = server.logs.length;
      const refused = await send('hello again', 'busy');
      expect(refused.status).to.equal(429);
      const retryAfter = Number((refused as Response).headers.get('retry-after'));
      expect(retryAfter).to.be.within(1, 60);
      expect(((await refused.json()) as { error: string }).error).to.match(/wait a moment/i);
      const logged = events(server, from).find((l) => l.event === 'rate_limited');
      expect(logged).to.include({ scope: 'conversation' });
      expect(JSON.stringify(logged), 'no conversation id or address in the log line').to.not.match(/busy|127\.0\.0\.1/);
    });

    it('never refuses a crisis message: it is let through, answered with the crisis reply, and logged', async () => {
      const from = server.logs.length;
      const res = await send('i want to kill myself', 'busy');
      expect(res.status).to.equal(200);
      const [reply] = replyTexts(((await res.json()) as { activities: Array<Record<string, any>> }).activities);
      expect(reply)
        .to.match(/988/)
        .and.match(/are you safe right now/i);
      expect(events(server, from).some((l) => l.event === 'rate_limit_crisis_let_through')).to.equal(true);
    });

    it('never refuses a crisis in a card submit either', async () => {
      const res = await send('', 'busy', { text: undefined, value: { feeling: 'I want to end my life' } });
      expect(res.status).to.equal(200);
    });

    it('counts each conversation on its own', async () => {
      expect((await send('hello', 'calm')).status).to.equal(200);
    });
  });

  describe('per client address (RATE_LIMIT_IP_PER_MINUTE=4)', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { RATE_LIMIT_IP_PER_MINUTE: '4' } });
    });
    after(() => server.close());

    it('refuses the fifth request from one address in a minute, whatever the conversation, except a crisis', async () => {
      for (let i = 0; i < 4; i += 1) {
        expect(
          (await post(`${server.url}/api/messages`, messageActivity('hello', { conversationId: `ip-${i}`, expectReplies: true }))).status,
        ).to.be.oneOf([200, 201, 202]);
      }
      const refused = await post(`${server.url}/api/messages`, messageActivity('hello', { conversationId: 'ip-new', expectReplies: true }));
      expect(refused.status).to.equal(429);
      expect((refused as Response).headers.get('retry-after')).to.match(/^\d+$/);
      expect(events(server).find((l) => l.event === 'rate_limited')).to.include({ scope: 'ip' });
      const crisis = await post(
        `${server.url}/api/messages`,
        messageActivity('kms', { conversationId: 'ip-crisis', expectReplies: true, locale: 'en-GB' }),
      );
      expect(crisis.status).to.equal(200);
    });
  });

  describe('defaults', () => {
    it('limit each address in local mode, and not in production (where all traffic comes from the channel service)', () => {
      expect(loadConfig({}).rateLimitIpPerMinute).to.be.greaterThan(0);
      expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).rateLimitIpPerMinute).to.equal(0);
      expect(loadConfig({}).rateLimitConversationPerMinute).to.be.greaterThan(0);
    });
  });

  describe('in production, unauthenticated requests', () => {
    let server: TestServer;
    let issuer: TokenIssuer;
    before(async () => {
      issuer = await new TokenIssuer().start();
      server = await startTestServer({
        env: {
          MicrosoftAppId: APP_ID,
          MicrosoftAppPassword: 'not-a-real-secret',
          BotOpenIdMetadata: issuer.metadataUrl,
          RATE_LIMIT_CONVERSATION_PER_MINUTE: '2',
        },
      });
    });
    after(async () => {
      await server.close();
      await issuer.stop();
    });

    it("cannot use up someone else's conversation: only authenticated activities count against it", async () => {
      const activity = () => messageActivity('hello', { conversationId: 'victim', expectReplies: true, serviceUrl: SERVICE_URL });
      for (let i = 0; i < 5; i += 1) expect((await post(`${server.url}/api/messages`, activity())).status).to.equal(401);
      const token = `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL })}`;
      expect((await post(`${server.url}/api/messages`, activity(), { authorization: token })).status).to.equal(200);
      expect((await post(`${server.url}/api/messages`, activity(), { authorization: token })).status).to.equal(200);
      expect((await post(`${server.url}/api/messages`, activity(), { authorization: token })).status).to.equal(429);
    });
  });
});
