import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const ARTIFACTS = 'test-artifacts';
/** A point in central Austin, TX, with more decimals than the page may send. */
const AUSTIN = { latitude: 30.267153, longitude: -97.743057 };

/** Issue 14 in a real browser: result cards numbered 1, 2, 3 in a carousel, and "Use my location" after a tap. */
describe('web chat: card numbers and "Use my location" (headless Chromium)', function () {
  this.timeout(90_000);
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const sent: Array<Record<string, unknown>> = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    // What the page posts to the bot, to check the location leaves the page rounded.
    page.on('request', (req) => {
      if (req.method() === 'POST' && /\/activities$/.test(req.url())) {
        try {
          sent.push(JSON.parse(req.postData() ?? '{}') as Record<string, unknown>);
        } catch {
          // not JSON: not an activity
        }
      }
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('numbers the result cards of a carousel 1, 2, 3 as the text says', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByText(/I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    const input = page.getByRole('textbox').first();
    await input.fill('support for veterans in Austin, TX');
    await input.press('Enter');
    await page
      .getByText(/Was this helpful/)
      .first()
      .waitFor({ timeout: 20_000 });
    const titles = await page
      .locator('.ac-adaptiveCard')
      .evaluateAll((cards) =>
        cards.map((c) => (c.querySelector('.ac-textBlock') as { innerText?: string } | null)?.innerText?.trim() ?? ''),
      );
    const numbered = titles.filter((t) => /^\d+\./.test(t));
    expect(numbered.length, JSON.stringify(titles)).to.be.greaterThanOrEqual(3);
    expect(numbered.slice(0, 3).map((t) => t.split('.')[0])).to.deep.equal(['1', '2', '3']);
    await page.screenshot({ path: `${ARTIFACTS}/webchat-numbered-cards.png`, fullPage: true });
  });

  it('offers "Use my location" at the place question, and asks the browser only after the tap', async () => {
    await context.setGeolocation(AUSTIN);
    await context.grantPermissions(['geolocation'], { origin: server.url });
    const input = page.getByRole('textbox').first();
    await input.fill('start over');
    await input.press('Enter');
    await input.fill('I need support for veterans near me');
    await input.press('Enter');
    await page
      .getByText(/can't see where you are/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(sent.some((a) => (a.value as { kindred?: string } | undefined)?.kindred === 'location')).to.equal(false);
    const before = await page.getByText(/near Austin, TX/).count();
    await page.getByRole('button', { name: 'Use my location' }).last().click();
    for (let waited = 0; (await page.getByText(/near Austin, TX/).count()) <= before; waited += 250) {
      if (waited > 20_000) throw new Error('no results near Austin, TX after "Use my location"');
      await page.waitForTimeout(250);
    }
    const shared = sent.find((a) => (a.value as { kindred?: string } | undefined)?.kindred === 'location');
    const value = shared?.value as { lat: number; lon: number };
    // Rounded to two decimals (about 1 km) before it left the page; no text that could be logged.
    expect(value.lat).to.equal(30.27);
    expect(value.lon).to.equal(-97.74);
    expect(shared?.text ?? '').to.equal('');
    await page.screenshot({ path: `${ARTIFACTS}/webchat-use-my-location.png`, fullPage: true });
  });
});
