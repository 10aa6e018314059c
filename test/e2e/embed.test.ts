import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const ARTIFACTS = 'test-artifacts';
const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=weather/;

/** A stand-in for a charity's website on another origin, with Kindred's one-line embed on its page. */
async function startWebsite(kindredUrl: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Example charity</title></head>
      <body><main><h1>Example charity</h1><p>Our services, our opening hours.</p></main>
      <script src="${kindredUrl()}/embed.js" data-position="right"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" and "127.0.0.1" are different origins to the browser: the website is not Kindred.
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

describe('the embed script on another website (headless Chromium)', function () {
  this.timeout(60_000);
  let kindred: TestServer;
  let allowed: { url: string; server: Server };
  let notAllowed: { url: string; server: Server };
  let browser: Browser;
  let context: BrowserContext;
  const elsewhere: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    allowed = await startWebsite(() => kindred.url);
    notAllowed = await startWebsite(() => kindred.url);
    kindred = await startTestServer({ env: { EMBED_ORIGINS: allowed.url } });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 760 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (NEUTRAL.test(url)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
      if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
  });
  after(async () => {
    await browser?.close();
    await kindred?.close();
    for (const site of [allowed, notAllowed]) await new Promise((resolve) => site?.server.close(resolve));
  });

  async function openPanel(page: Page, site: string): Promise<void> {
    await page.goto(site);
    const button = page.getByRole('button', { name: 'Chat with Kindred' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).to.equal('true');
  }

  it('adds a button that opens Kindred in a panel, where a conversation works', async () => {
    const page = await context.newPage();
    await openPanel(page, allowed.url);
    const chat = page.frameLocator('iframe[title="Kindred chat"]');
    await chat
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    await chat.getByRole('textbox').first().fill('I am looking for a support group online');
    await chat.getByRole('textbox').first().press('Enter');
    await chat
      .getByText(/Last checked/)
      .first()
      .waitFor({ timeout: 20_000 }); // a result card rendered
    // Web Chat animates its scroll to the newest message; the screenshot waits for it to settle.
    await page.frame({ url: /embed=1/ })!.waitForFunction(() => {
      const el = (globalThis as any).document.querySelector('.webchat__basic-transcript__scrollable');
      return !el || el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    });
    await page.screenshot({ path: `${ARTIFACTS}/embed-panel.png` });

    await page.getByRole('button', { name: 'Close the chat' }).click();
    expect(await page.getByRole('dialog').isVisible()).to.equal(false);
    expect(await page.evaluate(() => String((globalThis as any).document.activeElement?.textContent))).to.equal('Chat with Kindred');
    await page.close();
  });

  it('Quick exit inside the panel leaves the whole website, not only the chat', async () => {
    const page = await context.newPage();
    await openPanel(page, allowed.url);
    const chat = page.frameLocator('iframe[title="Kindred chat"]');
    await chat.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL, { timeout: 10_000 });
    await page.close();
  });

  it('a website that is not in EMBED_ORIGINS gets no chat in its frame', async () => {
    const page = await context.newPage();
    await openPanel(page, notAllowed.url);
    const frame = await (await page.waitForSelector('iframe[title="Kindred chat"]')).contentFrame();
    await frame!.waitForLoadState();
    expect(await frame!.locator('#webchat').count()).to.equal(0);
    await page.close();
  });

  it('sent nothing anywhere but the two local servers', () => {
    expect(elsewhere).to.deep.equal([]);
  });
});
