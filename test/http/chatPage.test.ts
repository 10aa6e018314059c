import { expect } from 'chai';
import { startTestServer, type TestServer } from '../helpers/server';

const csp = (res: Response): Record<string, string> =>
  Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values.join(' ')]),
  );

describe('the hosted chat page and the embed script over HTTP', () => {
  describe('with no embedding configured (local mode)', () => {
    let server: TestServer;
    before(async () => (server = await startTestServer()));
    after(async () => await server.close());

    it('allows scripts only from this server, never inline, and no framing at all', async () => {
      const res = await fetch(`${server.url}/`);
      const policy = csp(res);
      expect(policy['script-src']).to.equal("'self'");
      expect(policy['frame-ancestors']).to.equal("'none'");
      expect(policy['connect-src']).to.equal("'self'");
      expect(res.headers.get('x-frame-options')).to.equal('DENY');
    });

    it('puts Quick exit first and the neutral site on the button, in the page language', async () => {
      const en = await (await fetch(`${server.url}/`)).text();
      const es = await (await fetch(`${server.url}/?locale=es-MX`)).text();
      expect(en.indexOf('id="quick-exit"')).to.be.above(-1).and.below(en.indexOf('<h1>'));
      expect(en).to.include('href="https://www.google.com/search?q=weather"').and.include('Staying safe online');
      expect(es).to.include('Salida rápida').and.include('Tu seguridad en internet');
    });

    it('serves /embed.js with the strings of every language, and never a template raw', async () => {
      const res = await fetch(`${server.url}/embed.js`);
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/javascript/);
      const body = await res.text();
      expect(body).to.include('"openChat":"Chat with Kindred"').and.include('"openChat":"Chatea con Kindred"');
      expect(body).not.to.include('{{strings}}');
      for (const raw of ['/embed.template.js', '/index.template.html'])
        expect((await fetch(`${server.url}${raw}`)).status, raw).to.equal(404);
    });
  });

  describe('with EMBED_ORIGINS, in production with a regional Direct Line', () => {
    let server: TestServer;
    before(
      async () =>
        (server = await startTestServer({
          env: {
            MicrosoftAppId: 'app',
            MicrosoftAppPassword: 'password',
            EMBED_ORIGINS: 'https://www.example.org,https://help.example.org',
            DIRECT_LINE_TOKEN_URL: 'https://europe.directline.botframework.com/v3/directline/tokens/generate',
          },
        })),
    );
    after(async () => await server.close());

    it('lets only those websites frame the page, and drops X-Frame-Options so the CSP alone decides', async () => {
      const res = await fetch(`${server.url}/`);
      expect(csp(res)['frame-ancestors']).to.equal('https://www.example.org https://help.example.org');
      expect(res.headers.get('x-frame-options')).to.equal(null);
    });

    it('lets Web Chat reach the Direct Line region that issues its tokens, over https and wss', async () => {
      const res = await fetch(`${server.url}/`);
      expect(csp(res)['connect-src']).to.equal(
        "'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com",
      );
    });

    it('keeps X-Frame-Options DENY on everything else', async () => {
      expect((await fetch(`${server.url}/healthz`)).headers.get('x-frame-options')).to.equal('DENY');
    });
  });
});
