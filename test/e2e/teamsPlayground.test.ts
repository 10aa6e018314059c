import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startPlayground, type Playground } from '../helpers/playground';
import { startTestServer, type TestServer } from '../helpers/server';

const ARTIFACTS = 'test-artifacts';

/**
 * Kindred in a Teams-like client: the Microsoft 365 Agents Playground renders Adaptive Cards, suggested actions
 * and @mentions the way Teams does, and talks to the bot over the real Bot Framework protocol. Its page asks a
 * CDN for Segoe UI fonts and an animation; those requests are refused here (and listed in test-artifacts/) so
 * nothing leaves the machine.
 */
describe('Kindred in the Microsoft 365 Agents Playground (Teams channel, headless Chromium)', function () {
  this.timeout(60_000);
  let server: TestServer;
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  /** The words of each message the bot handled, as its dialogs read them. */
  const heard: string[] = [];

  async function waitFor(condition: () => boolean, ms = 20_000): Promise<void> {
    for (const deadline = Date.now() + ms; !condition();) {
      if (Date.now() > deadline) throw new Error(`timed out; the bot heard: ${JSON.stringify(heard)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    server.adapter.use(async (context, next) => {
      await next();
      if (context.activity.type === 'message') heard.push(context.activity.text ?? '');
    });
    playground = await startPlayground(`${server.url}/api/messages`);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || /^(data|blob):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page = await context.newPage();
    await page.goto(playground.url);
  });
  after(async () => {
    writeFileSync(`${ARTIFACTS}/playground-refused-requests.txt`, [...new Set(refused)].join('\n') + '\n');
    await browser?.close();
    await playground?.stop();
    await server?.close();
  });

  /** The bot's messages in the open conversation, newest last. */
  const botSays = (text: RegExp): Locator => page.locator('main, body').getByText(text);

  /**
   * Sends words as the person would and, unless told the channel will not deliver them (Teams does not pass a
   * group message without an @mention to the bot), waits until the bot has them: a dropped keystroke fails here.
   */
  async function send(text: string, delivered = true): Promise<void> {
    const box = page.getByRole('textbox').first();
    await box.waitFor({ state: 'visible', timeout: 20_000 });
    const before = heard.filter((h) => h === text).length;
    await box.fill(text);
    await box.press('Enter');
    if (delivered) await waitFor(() => heard.filter((h) => h === text).length > before);
  }

  it('welcomes the person in a personal chat', async () => {
    await page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor({ timeout: 20_000 });
    await botSays(/Hi, I'm Kindred/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await botSays(/not an emergency service/).count()).to.be.greaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/teams-welcome.png` });
  });

  it('finds a support group: a suggested action, then the results as Adaptive Cards with their buttons', async () => {
    await send('I need a support group');
    const online = page.getByRole('button', { name: 'Online is fine' });
    await online.waitFor({ timeout: 20_000 });
    await online.click();
    await botSays(/Last checked/)
      .first()
      .waitFor({ timeout: 20_000 });
    // Rendered as a card: the Teams renderer draws its Action.OpenUrl buttons as links to their addresses.
    const website = page.getByRole('link', { name: 'Website' }).first();
    expect(await website.getAttribute('title')).to.match(/^https:\/\//);
    await page.screenshot({ path: `${ARTIFACTS}/teams-support-group.png` });
  });

  it('answers a crisis message with the hotline card, whose "Yes, I\'m safe" button answers its question', async () => {
    await send('i want to kill myself');
    await botSays(/are you safe right now/i)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await botSays(/988/).count()).to.be.greaterThan(0);
    const titles = await page.getByRole('link', { name: /988/ }).evaluateAll((links) => links.map((l) => l.getAttribute('title')));
    expect(titles, 'the card has buttons to call and text 988').to.include.members(['tel:988', 'sms:988']);
    // Its answers ("Yes, I'm safe") are buttons on the card: Teams shows no quick replies under a card.
    const safe = page.getByRole('button', { name: "Yes, I'm safe" }).last();
    await page.screenshot({ path: `${ARTIFACTS}/teams-crisis.png` });
    await safe.click();
    // The press reaches the bot as the words "Yes, I'm safe", and the safety check answers it.
    await waitFor(() => heard.includes("Yes, I'm safe"));
    await botSays(/relieved/i)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('in a group chat, stays quiet until @mentioned, then answers with card buttons instead of quick replies', async () => {
    await page.getByRole('treeitem', { name: 'Group Chat' }).click();
    // Count what the bot sends into group chats, as the adapter sends it.
    let groupReplies = 0;
    server.adapter.use(async (context, next) => {
      context.onSendActivities(async (ctx, activities, sendOn) => {
        if (ctx.activity.conversation?.conversationType === 'groupChat')
          groupReplies += activities.filter((a) => a.type === 'message').length;
        return sendOn();
      });
      await next();
    });
    await send('shall we meet at noon?', false);
    // Mention Kindred the way a person does: type @, pick the bot from the list.
    await page.getByRole('textbox').first().click();
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: /Test Bot/ }).click();
    await page.keyboard.type(' I need a support group');
    await page.keyboard.press('Enter');

    // Wait for the bot's group reply itself: the same question may still be on screen from the personal chat.
    await waitFor(() => groupReplies >= 1);
    const question = botSays(/where should i look for support groups/i).first();
    await question.waitFor({ timeout: 20_000 });
    expect(groupReplies, 'one answer, to the mention; nothing to the talk about lunch').to.equal(1);

    const button = page.getByRole('button', { name: 'Online is fine' });
    await button.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${ARTIFACTS}/teams-group-chat.png` });
    await button.click();
    await botSays(/Here is what I found for support groups/i)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${ARTIFACTS}/teams-group-chat-results.png` });
  });
});
