import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const ARTIFACTS = 'test-artifacts';

describe('the local web chat page in a real browser (headless Chromium)', function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const requestsElsewhere: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'en-US' });
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:') && !req.url().startsWith('blob:'))
        requestsElsewhere.push(req.url());
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('welcomes the person, then holds a conversation through Web Chat', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(
      await page
        .getByText(/not an emergency service/i)
        .first()
        .isVisible(),
    ).to.equal(true);

    const input = page.getByRole('textbox').first();
    await input.fill('I am looking for a support group online');
    await input.press('Enter');
    await page
      .getByText(/Here is what I found for support groups/i)
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByText(/Last checked/)
      .first()
      .waitFor({ timeout: 10_000 }); // a result card rendered
    await page.screenshot({ path: `${ARTIFACTS}/webchat-conversation.png`, fullPage: true });
  });

  it('shows the crisis reply with the hotline when someone writes that they are in danger', async () => {
    const input = page.getByRole('textbox').first();
    await input.fill('i want to kill myself');
    await input.press('Enter');
    await page
      .getByText(/are you safe right now/i)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.getByText(/988/).count()).to.be.greaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/webchat-crisis.png`, fullPage: true });
  });

  it('loaded nothing from the internet', () => {
    expect(requestsElsewhere).to.deep.equal([]);
  });

  it('speaks Spanish when the page is opened in Spanish', async () => {
    const es = await browser.newPage({ locale: 'es-MX' });
    try {
      await es.goto(`${server.url}/?locale=es-MX`);
      expect(await es.locator('html').getAttribute('lang')).to.equal('es');
      await es
        .getByText(/soy Kindred/)
        .first()
        .waitFor({ timeout: 20_000 });
    } finally {
      await es.close();
    }
  });
});
