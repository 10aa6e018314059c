import { expect } from 'chai';
import { pageLocale } from '../../src/server/page';
import { messageActivity, post } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

/** The banner paragraph of the chat page, as served. */
async function banner(url: string, headers: Record<string, string> = {}): Promise<string> {
  const html = await (await fetch(url, { headers })).text();
  return /<p id="help-now"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
}

describe('the page banner follows the country the crisis reply uses (issue 17)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(async () => await server.close());

  it('gives a UK visitor 999 and Samaritans, even when the page was asked for plain "en" (the embed on a UK site)', async () => {
    for (const path of ['/', '/?locale=en', '/?embed=1&locale=en']) {
      const note = await banner(`${server.url}${path}`, { 'accept-language': 'en-GB,en;q=0.9' });
      expect(note, path).to.contain('Call 999').and.contain('116 123');
      expect(note, path).not.to.contain('911');
    }
  });

  it('gives an es-MX page Mexico\'s lines, and says "your local emergency number" for a country it has no lines for', async () => {
    expect(await banner(`${server.url}/?locale=es-MX`)).to.contain('800 911 2000');
    const france = await banner(`${server.url}/?locale=en`, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(france).to.contain('your local emergency number');
    expect(france).not.to.match(/911|988/);
  });

  it('falls back to the configured default when nothing names a country', async () => {
    expect(await banner(`${server.url}/?locale=en`, { 'accept-language': 'en' })).to.contain('Call 911');
  });

  it("reads the locale as the crisis reply does: ?locale= first, then the browser's languages we speak, with their country", () => {
    expect(pageLocale('locale=es-MX', 'en-GB', 'en-US')).to.equal('es-MX');
    expect(pageLocale('locale=en', 'en-GB,en;q=0.9', 'en-US')).to.equal('en-GB');
    expect(pageLocale('locale=es', 'en-US', 'en-US')).to.equal('es-US');
    expect(pageLocale('', 'fr-FR,en-GB;q=0.8', 'en-US')).to.equal('en-GB');
    expect(pageLocale('', 'en;q=0.5,es-ES;q=0.9', 'en-US')).to.equal('es-ES');
    expect(pageLocale('', undefined, 'en-US')).to.equal('en-US');
    expect(pageLocale('locale=<script>', 'x;;;,', 'en-US')).to.equal('en-US');
  });

  describe('when the person names a place in the chat', () => {
    async function turn(text: string, channelId: string, conversationId: string, locale = 'es-MX') {
      const res = await post(
        `${server.url}/api/messages`,
        messageActivity(text, { conversationId, channelId, locale, expectReplies: true }),
      );
      expect(res.status).to.equal(200);
      return ((await res.json()).activities ?? []) as Array<Record<string, any>>;
    }

    it('sends the page an event with the banner for that country (Direct Line, as the page and Azure use it)', async () => {
      const replies = await turn('busco un grupo de apoyo en Los Ángeles', 'directline', 'banner-la');
      const events = replies.filter((a) => a.type === 'event' && a.name === 'kindred/helpNow');
      expect(events).to.have.length(1);
      expect(events[0]!.value.country).to.equal('US');
      expect(events[0]!.value.lang).to.equal('es');
      expect(events[0]!.value.text).to.contain('Llama al 911').and.contain('988 y marca 2');
      expect(JSON.stringify(events[0]!.value)).not.to.match(/Los [AÁ]ngeles/);
    });

    it('does the same when the place comes inside a crisis message', async () => {
      const replies = await turn("I'm in London and I want to end my life", 'directline', 'banner-crisis', 'en-US');
      const event = replies.find((a) => a.type === 'event' && a.name === 'kindred/helpNow');
      expect(event?.value.country).to.equal('GB');
      expect(event?.value.text).to.contain('Call 999');
    });

    it('sends nothing to channels without our page (Teams)', async () => {
      const replies = await turn('busco un grupo de apoyo en Los Ángeles', 'msteams', 'banner-teams');
      expect(replies.filter((a) => a.type === 'event')).to.deep.equal([]);
    });
  });
});
