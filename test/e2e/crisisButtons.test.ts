import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Issue 17: every way to reach a line works in Web Chat. Pressing a card's "Text 988" must try to open sms:988
 * (Web Chat used to drop it: "Cannot open URL with disallowed schemes"), on Kindred's own page and inside the
 * embed on another website. The browser reports the attempt as a request for the sms:/tel: address, which the
 * test records; nothing leaves the machine.
 */
describe('crisis card buttons in Web Chat open sms: and tel: (headless Chromium)', function () {
  this.timeout(90_000);
  let server: TestServer;
  let website: { url: string; server: Server };
  let browser: Browser;

  before(async () => {
    website = await startWebsite(() => server.url);
    server = await startTestServer({ env: { EMBED_ORIGINS: website.url } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => website?.server.close(resolve));
  });

  /** A context that records phone and text addresses the page tries to open, and the console's complaints. */
  async function watchedContext(locale: string) {
    const context = await browser.newContext({ locale });
    const opened: string[] = [];
    const complaints: string[] = [];
    context.on('request', (req) => {
      if (/^(sms|tel):/.test(req.url())) opened.push(req.url());
    });
    const watch = (page: Page) =>
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text());
      });
    context.on('page', watch);
    return { context, opened, complaints };
  }

  async function crisis(chat: Page | FrameLocator, text: string, question: RegExp): Promise<void> {
    await chat.getByRole('textbox').first().fill(text);
    await chat.getByRole('textbox').first().press('Enter');
    await chat.getByText(question).first().waitFor({ timeout: 20_000 });
  }

  async function press(chat: Page | FrameLocator, opened: string[], name: string, address: string): Promise<void> {
    await chat.getByRole('button', { name, exact: true }).last().click();
    const deadline = Date.now() + 5_000;
    while (!opened.includes(address) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(opened, `pressing "${name}" opens ${address}`).to.include(address);
  }

  let local: Awaited<ReturnType<typeof watchedContext>> | undefined;
  afterEach(async () => {
    await local?.context.close();
    local = undefined;
  });

  it('on the local page, "Text 988" opens sms:988 and "Call 988" opens tel:988, with no console warning', async () => {
    local = await watchedContext('en-US');
    const page = await local.context.newPage();
    await page.goto(`${server.url}/`);
    await page
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    await crisis(page, 'i want to kill myself', /are you safe right now/i);
    await press(page, local.opened, 'Text 988', 'sms:988');
    await press(page, local.opened, 'Call 988', 'tel:988');
    expect(local.complaints.filter((c) => /disallowed|webchat/i.test(c))).to.deep.equal([]);
    expect(local.complaints).to.deep.equal([]);
  });

  it('a text line with a keyword opens the message with the word filled in (Text START to 88788)', async () => {
    local = await watchedContext('en-US');
    const page = await local.context.newPage();
    await page.goto(`${server.url}/`);
    await crisis(page, "he's outside banging on the door right now and says he'll kill me", /is it safe for you to talk/i);
    await press(page, local.opened, 'Text START to 88788', 'sms:88788?body=START');
    expect(local.complaints).to.deep.equal([]);
  });

  it('in Spanish, "Llamar al 988 y marcar 2" dials 988 then 2, and "Enviar la palabra AYUDA al 988" opens the message', async () => {
    local = await watchedContext('es-US');
    const page = await local.context.newPage();
    await page.goto(`${server.url}/?locale=es-US`);
    await crisis(page, 'quiero quitarme la vida', /¿Estás a salvo ahora mismo\?/);
    await press(page, local.opened, 'Llamar al 988 y marcar 2', 'tel:988,2');
    await press(page, local.opened, 'Enviar la palabra AYUDA al 988', 'sms:988?body=AYUDA');
    expect(local.complaints).to.deep.equal([]);
  });

  it('inside the embed on another website, "Text 988" opens sms:988 too', async () => {
    local = await watchedContext('en-US');
    const page = await local.context.newPage();
    await page.goto(website.url);
    await page.getByRole('button', { name: 'Chat with Kindred' }).click();
    const chat = page.frameLocator('iframe[title="Kindred chat"]');
    await chat
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    await crisis(chat, 'i want to kill myself', /are you safe right now/i);
    await press(chat, local.opened, 'Text 988', 'sms:988');
    expect(local.complaints).to.deep.equal([]);
  });
});

/** A website on another origin with Kindred's one-line embed. */
async function startWebsite(kindredUrl: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Example charity</title></head>
      <body><h1>Example charity</h1><script src="${kindredUrl()}/embed.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}
