import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Issue 17: the banner above the chat ("In danger right now? Call ...") uses the same country as the crisis
 * reply: the page locale and the browser's languages first, then the default, and it changes when the person
 * names a place in the chat. A UK visitor used to see "Call 911 ... 988"; an es-MX page whose visitor said
 * "Los Ángeles" kept showing Mexico's line while the chat showed the US lines.
 */
describe('the web chat banner follows the country of the crisis lines (headless Chromium)', function () {
  this.timeout(90_000);
  let server: TestServer;
  let website: { url: string; server: Server };
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    website = await startWebsite(() => server.url);
    server = await startTestServer({ env: { EMBED_ORIGINS: website.url } });
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => website?.server.close(resolve));
  });

  async function newPage(locale: string) {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    return context.newPage();
  }

  it('a UK visitor on a website that embeds the chat sees 999 and Samaritans, in the banner and in the crisis reply', async () => {
    const page = await newPage('en-GB');
    await page.goto(website.url); // <html lang="en">: the embed asks for plain "en"
    await page.getByRole('button', { name: 'Chat with Kindred' }).click();
    const chat = page.frameLocator('iframe[title="Kindred chat"]');
    const note = chat.locator('#help-now');
    await note.waitFor();
    expect(await note.innerText())
      .to.contain('Call 999')
      .and.contain('116 123');
    expect(await note.innerText()).not.to.contain('911');
    await chat
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    await chat.getByRole('textbox').first().fill('i want to kill myself');
    await chat.getByRole('textbox').first().press('Enter');
    await chat
      .getByText(/are you safe right now/i)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await chat.getByText(/116 123/).count()).to.be.greaterThan(0);
    expect(await chat.getByText(/\b988\b/).count(), 'no US line in the chat either').to.equal(0);
  });

  it('an es-MX page starts with Mexico\'s line, and changes to the US lines when the person says "Los Ángeles"', async () => {
    const page = await newPage('es-MX');
    await page.goto(`${server.url}/?locale=es-MX`);
    const note = page.locator('#help-now');
    expect(await note.innerText()).to.contain('800 911 2000');
    await page
      .getByText(/soy Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.getByRole('textbox').first().fill('busco un grupo de apoyo en Los Ángeles');
    await page.getByRole('textbox').first().press('Enter');
    await page.waitForFunction(
      () => /988 y marca 2/.test((globalThis as any).document.getElementById('help-now')?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    expect(await note.innerText()).not.to.contain('800 911 2000');
    expect(await note.getAttribute('lang')).to.equal('es');

    // The crisis reply in the chat uses the same country as the banner now shows.
    await page.getByRole('textbox').first().fill('quiero quitarme la vida');
    await page.getByRole('textbox').first().press('Enter');
    await page
      .getByText(/¿Estás a salvo ahora mismo\?/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.getByText(/marca 2/).count()).to.be.greaterThan(0);
  });
});

/** A website on another origin whose page says only lang="en", with Kindred's one-line embed. */
async function startWebsite(kindredUrl: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>A UK charity</title></head>
      <body><h1>A UK charity</h1><script src="${kindredUrl()}/embed.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}
