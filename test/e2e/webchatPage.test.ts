import { expect } from 'chai';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/server';

const ARTIFACTS = 'test-artifacts';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=weather/;

/**
 * A context in which nothing leaves the machine: requests to this server go through, the neutral site Quick
 * exit goes to is answered locally (so the test can see the page arrive there), everything else is refused
 * and recorded.
 */
async function offlineContext(browser: Browser, server: TestServer, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const elsewhere: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (NEUTRAL.test(url)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' });
    elsewhere.push(url);
    return route.abort();
  });
  return { context, elsewhere };
}

async function openChat(page: Page, server: TestServer): Promise<void> {
  await page.goto(`${server.url}/`);
  await page
    .getByText(/I'm Kindred/)
    .first()
    .waitFor({ timeout: 20_000 });
}

/** Waits until Web Chat has scrolled its transcript to the newest message (it animates), for a true screenshot. */
async function transcriptSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = (globalThis as any).document.querySelector('.webchat__basic-transcript__scrollable');
    return !el || el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
  });
}

/** What has keyboard focus: its role-ish tag, its text or label. */
async function focused(page: Page): Promise<{ id: string; tag: string; text: string; label: string }> {
  return page.evaluate(() => {
    // Runs in the page (the test's tsconfig has no DOM types, hence the loose typing).
    const el = (globalThis as any).document.activeElement as Record<string, any> | null;
    return {
      id: el?.id ?? '',
      tag: String(el?.tagName ?? '').toLowerCase(),
      text: (el?.innerText ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? el?.getAttribute('placeholder') ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` has focus; fails after `max` presses. Returns how many it took. */
async function tabTo(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab', max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(`${key} never reached the element (last focus: ${JSON.stringify(await focused(page))})`);
}

describe('the hosted web chat page: keyboard, quick exit, narrow screens, accessibility (headless Chromium)', function () {
  this.timeout(90_000);
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const elsewhere: string[] = [];

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const made = await offlineContext(browser, server, options);
    contexts.push(made.context);
    made.context.on('close', () => elsewhere.push(...made.elsewhere));
    return made.context.newPage();
  }

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ env: { DIRECT_LINE_TOKENS_PER_MINUTE: '100' } });
    browser = await launchChromium();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('can be used with the keyboard alone: Quick exit first, then the chat; type, Enter, Tab to a suggestion, Enter', async () => {
    const page = await newPage();
    await openChat(page, server);

    await page.keyboard.press('Tab');
    expect((await focused(page)).id, 'the first Tab reaches Quick exit').to.equal('quick-exit');

    await tabTo(page, (f) => f.tag === 'input');
    await page.keyboard.type('I need a support group');
    await page.keyboard.press('Enter');
    await page
      .getByText(/where should i look for support groups/i)
      .first()
      .waitFor({ timeout: 20_000 });

    // The quick replies sit just before the send box: one Shift+Tab away.
    await tabTo(page, (f) => f.text === 'Online is fine', 'Shift+Tab');
    const ring = await page.evaluate(() => {
      const g = globalThis as any;
      return String(g.getComputedStyle(g.document.activeElement).outlineStyle);
    });
    await page.keyboard.press('Enter');
    await page
      .getByText(/Here is what I found for support groups/i)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(ring, 'focus is visible on the suggestion').not.to.equal('none');
    await transcriptSettled(page);
    await page.screenshot({ path: `${ARTIFACTS}/webchat-keyboard.png` });
  });

  it('Quick exit (a link, so it works before any script) leaves for a neutral site at once, and Back does not come back to the chat', async () => {
    const page = await newPage();
    await page.goto('about:blank');
    await openChat(page, server);
    await page.getByRole('link', { name: 'Quick exit' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL, { timeout: 10_000 });
    await page.goBack().catch(() => null);
    expect(page.url()).not.to.include(server.url);
  });

  it('Esc twice is a shortcut for Quick exit, wherever the focus is', async () => {
    const page = await newPage();
    await openChat(page, server);
    await page.getByRole('textbox').first().focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL, { timeout: 10_000 });
  });

  it('works at 320 px wide: nothing scrolls sideways, Quick exit and the send box are on screen', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await openChat(page, server);
    const input = page.getByRole('textbox').first();
    await input.fill('I need a support group');
    await input.press('Enter');
    await page
      .getByText(/Online is fine/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => Number((globalThis as any).document.documentElement.scrollWidth))).to.be.at.most(320);
    for (const locator of [page.getByRole('link', { name: 'Quick exit' }), input]) {
      const box = (await locator.boundingBox())!;
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(320);
      expect(box.y + box.height).to.be.at.most(640);
    }
    await transcriptSettled(page);
    await page.screenshot({ path: `${ARTIFACTS}/webchat-320px.png` });
  });

  it('has no WCAG 2.1 A/AA violations that axe-core can find, in English and in Spanish, before and after a reply', async () => {
    for (const locale of ['en-US', 'es-MX']) {
      const page = await newPage({ locale });
      await page.goto(`${server.url}/?locale=${locale}`);
      await page.getByRole('textbox').first().waitFor({ timeout: 20_000 });
      await page.locator('.webchat__bubble').first().waitFor({ timeout: 20_000 });
      await page
        .getByRole('textbox')
        .first()
        .fill(locale === 'en-US' ? 'I need a support group' : 'busco un grupo de apoyo');
      await page.getByRole('textbox').first().press('Enter');
      await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 20_000 });
      await page.locator('summary').click(); // the history note, open, is checked too
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const g = globalThis as any;
        const result = await g.axe.run(g.document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations, locale).to.deep.equal([]);
    }
  });

  it('says how to keep the visit private, in the page language', async () => {
    const page = await newPage({ locale: 'es-MX' });
    await page.goto(`${server.url}/?locale=es-MX`);
    await page.getByText('Tu seguridad en internet').click();
    expect(await page.getByText(/historial de tu navegador/).isVisible()).to.equal(true);
    expect(await page.getByRole('link', { name: 'Salida rápida' }).isVisible()).to.equal(true);
  });

  it('sent nothing anywhere but this server', async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(elsewhere).to.deep.equal([]);
  });
});
