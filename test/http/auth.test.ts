import { expect } from 'chai';
import { generateKeyPairSync } from 'node:crypto';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';
import { TokenIssuer } from '../helpers/tokenIssuer';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'http://127.0.0.1:9';

describe('authentication on /api/messages', () => {
  describe('production mode (app credentials set)', () => {
    let server: TestServer;
    let issuer: TokenIssuer;

    before(async () => {
      issuer = await new TokenIssuer().start();
      server = await startTestServer({
        env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BotOpenIdMetadata: issuer.metadataUrl },
      });
    });
    after(async () => {
      await server.close();
      await issuer.stop();
    });

    const send = (authorization?: string) =>
      post(
        `${server.url}/api/messages`,
        messageActivity('hello', { expectReplies: true, serviceUrl: SERVICE_URL }),
        authorization ? { authorization } : {},
      );
    const now = () => Math.floor(Date.now() / 1000);

    it('answers a request carrying a valid channel token', async () => {
      const res = await send(`Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL })}`);
      expect(res.status).to.equal(200);
      expect(replyTexts((await res.json()).activities).join('\n')).to.match(/what kind of support/i);
    });

    const refused: Array<[string, () => string | undefined]> = [
      ['no Authorization header', () => undefined],
      ['a header that is not a bearer token', () => 'Basic dXNlcjpwYXNz'],
      ['an unsigned token (alg none)', () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL }, { alg: 'none' })}`],
      [
        'a token signed with a forged key',
        () =>
          `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL }, { signWith: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })}`,
      ],
      [
        'an expired token',
        () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 })}`,
      ],
      [
        'a token for another bot (wrong audience)',
        () => `Bearer ${issuer.token({ aud: '99999999-0000-0000-0000-000000000000', serviceurl: SERVICE_URL })}`,
      ],
      [
        'a token from another issuer',
        () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL, iss: 'https://evil.example.com' })}`,
      ],
      ['a token for another serviceUrl', () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: 'https://elsewhere.example.com' })}`],
    ];
    for (const [what, header] of refused) {
      it(`refuses ${what} with 401`, async () => {
        const res = await send(header());
        expect(res.status).to.equal(401);
      });
    }

    it('does not offer the local Direct Line endpoint or its tokens', async () => {
      expect((await post(`${server.url}/v3/directline/conversations`, {}, { authorization: 'Bearer anything' })).status).to.equal(404);
      expect((await post(`${server.url}/api/directline/token`, {})).status).to.equal(503);
    });
  });

  describe('production mode when the signing keys cannot be fetched', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({
        env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', BotOpenIdMetadata: 'http://127.0.0.1:9/metadata' },
      });
    });
    after(() => server.close());

    it('fails closed with 401, not 500', async () => {
      const res = await post(`${server.url}/api/messages`, messageActivity('hello', { expectReplies: true }), {
        authorization: 'Bearer a.b.c',
      });
      expect(res.status).to.equal(401);
    });
  });

  describe('local mode (no app id)', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('accepts an anonymous request', async () => {
      const res = await post(`${server.url}/api/messages`, messageActivity('hello', { expectReplies: true }));
      expect(res.status).to.equal(200);
    });
  });
});
