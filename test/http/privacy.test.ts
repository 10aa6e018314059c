import { expect } from 'chai';
import { loadConfig } from '../../src/config';
import { hashId } from '../../src/log';
import { createStorage } from '../../src/storage/createStorage';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { Azurite } from '../helpers/azurite';
import { captureLogs } from '../helpers/logs';
import { startTestServer, type TestServer } from '../helpers/server';
import { TokenIssuer } from '../helpers/tokenIssuer';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'http://127.0.0.1:9';
const CONTAINER = 'kindred-privacy';

// Things that must never leave the conversation: a canary word the person writes, who they are, which
// conversation it is, and the deployment's secrets.
const CANARY = 'quokka7canary';
const USER_ID = 'aad-user-5a1f0c';
const USER_NAME = 'Marisol Quintanilla-Oyelaran';
const CONVERSATION_ID = 'conv-privacy-e9b2';
const SECRETS = { password: 'app-password-d41d8cd98f', directLine: 'dl-secret-8f00b204e9' };

describe('privacy: what a whole conversation leaves behind in logs, storage and responses', () => {
  let azurite: Azurite;
  let issuer: TokenIssuer;
  let server: TestServer;
  const responses: string[] = [];

  before(async () => {
    azurite = await Azurite.start();
    issuer = await new TokenIssuer().start();
    const env = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: SECRETS.password,
      BotOpenIdMetadata: issuer.metadataUrl,
      DIRECT_LINE_SECRET: SECRETS.directLine,
      DIRECT_LINE_TOKEN_URL: 'http://127.0.0.1:9/tokens',
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      STORAGE_CONTAINER: CONTAINER,
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '12',
    };
    // Logs at debug level: the most that is ever written.
    server = await startTestServer({ env, storage: createStorage(loadConfig(env), captureLogs().log).storage });

    const token = () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL })}`;
    const say = async (text: string, extra: Record<string, unknown> = {}, locale = 'en-US') => {
      const activity = messageActivity(text, {
        conversationId: CONVERSATION_ID,
        serviceUrl: SERVICE_URL,
        expectReplies: true,
        locale,
        extra,
      });
      const res = await post(
        `${server.url}/api/messages`,
        { ...activity, from: { id: USER_ID, name: USER_NAME } },
        { authorization: token() },
      );
      const body = await res.text();
      responses.push(body);
      return res.status === 200 ? replyTexts((JSON.parse(body) as { activities: Array<Record<string, any>> }).activities) : [];
    };

    // The find-help flow, a crisis, a card submit, Spanish, a command, and some refused requests.
    await say(`hi, my name is ${USER_NAME} and my code word is ${CANARY}`);
    await say(`I lost my husband last month ${CANARY}`);
    await say(`Austin please, near ${CANARY} street`);
    await say(`honestly i want to end my life ${CANARY}`);
    await say('', { text: undefined, value: { answer: `I am safe ${CANARY}` } });
    await say(`necesito un grupo de duelo ${CANARY}`, {}, 'es-US');
    await say('start over');
    for (let i = 0; i < 6; i += 1) await say(`hello again ${CANARY} ${i}`); // the last ones meet the rate limit
    for (const [path, body, headers] of [
      ['/api/messages', { ...messageActivity(CANARY), from: { id: USER_ID } }, {}],
      ['/api/messages', `{"text": "${CANARY}", `, {}],
      [
        '/api/messages',
        { ...messageActivity(CANARY), conversation: { id: CONVERSATION_ID } },
        { authorization: 'Bearer forged.token.value' },
      ],
      ['/api/directline/token', {}, {}],
    ] as Array<[string, unknown, Record<string, string>]>) {
      responses.push(await (await post(`${server.url}${path}`, body, headers)).text());
    }
    for (const path of ['/healthz', '/', '/nowhere']) responses.push(await (await fetch(`${server.url}${path}`)).text());
  });
  after(async () => {
    await server.close();
    await issuer.stop();
    await azurite.stop();
  });

  it('the conversation really happened (the checks below would be empty otherwise)', () => {
    expect(server.logs.length).to.be.greaterThan(5);
    expect(server.logText()).to.include('"event":"crisis_detected"').and.include('"event":"rate_limited"');
    expect(responses.join('\n')).to.match(/988/);
  });

  const forbidden: Array<[string, string | RegExp]> = [
    ['the canary word the person wrote', CANARY],
    ['their name', 'Quintanilla'],
    ['their user id', USER_ID],
    ['the conversation id', CONVERSATION_ID],
    ['what they wrote', /lost my husband|end my life|grupo de duelo/],
    ['the app password', SECRETS.password],
    ['the Direct Line secret', SECRETS.directLine],
  ];

  for (const [what, pattern] of forbidden) {
    it(`logs nothing of ${what}`, () => {
      expect(server.logText()).to.not.match(typeof pattern === 'string' ? new RegExp(pattern) : pattern);
    });
  }

  it('names the conversation in its log lines only by a hash, so they can be followed', () => {
    expect(server.logText()).to.include(`"conversation":"${hashId(`test/${CONVERSATION_ID}`)}"`);
  });

  it('logs neither the storage account key nor the connection string', () => {
    const key = /AccountKey=([^;]+)/.exec(azurite.connectionString)![1]!;
    expect(server.logText()).to.not.include(key).and.not.include('AccountKey');
  });

  it('stores nothing of what the person wrote, or who they are, beyond the search they asked for', async () => {
    const blobs = await azurite.blobs(CONTAINER);
    expect(blobs.length, 'something was stored').to.be.greaterThan(0);
    const stored = blobs.map((b) => `${b.name}\n${b.text}`).join('\n');
    for (const [what, pattern] of forbidden) expect(stored, what).to.not.match(typeof pattern === 'string' ? new RegExp(pattern) : pattern);
    // What the search needs, and nothing else: the place they asked about is kept while the search lasts.
    expect(blobs.every((b) => /^(conversations|users)-[0-9a-f]{64}$/.test(b.name))).to.equal(true);
  });

  it('never puts a secret in a response', () => {
    const all = responses.join('\n');
    for (const secret of [SECRETS.password, SECRETS.directLine, 'AccountKey', /AccountKey=([^;]+)/.exec(azurite.connectionString)![1]!]) {
      expect(all).to.not.include(secret);
    }
  });

  it('serves the web page with a Content-Security-Policy, no MIME sniffing and no framing', async () => {
    const page = await fetch(`${server.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp)
      .to.match(/default-src 'none'/)
      .and.match(/frame-ancestors 'none'/);
    expect(csp).to.match(/script-src 'self'(;|$)/);
    expect(page.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(page.headers.get('x-frame-options')).to.equal('DENY');
    for (const path of ['/healthz', '/nowhere'])
      expect((await fetch(`${server.url}${path}`)).headers.get('x-content-type-options')).to.equal('nosniff');
  });
});
