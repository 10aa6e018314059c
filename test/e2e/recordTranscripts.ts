/**
 * Records real conversations from the local web chat page (headless Chromium through playwright-core) into
 * docs/transcripts/*.md: the text of every turn, both sides, as the page shows it. Not a test; run it by hand
 * after `npm run build` (Web Chat's bundle is copied there):  npx tsx test/e2e/recordTranscripts.ts
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startTestServer } from '../helpers/server';

/** The little of the browser's DOM these page functions use (the project compiles without the DOM library). */
interface PageElement {
  innerText: string;
  className: string;
  cloneNode(deep: boolean): PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { forEach(each: (element: PageElement) => void): void };
  remove(): void;
}
declare const document: { body: { appendChild(element: PageElement): void } };

interface Conversation {
  file: string;
  title: string;
  locale: string;
  says: string[];
  /** The person's turn after which something useful (results they can act on) was first on screen. */
  usefulAfter: number;
  note: string;
}

const CONVERSATIONS: Conversation[] = [
  {
    file: 'english.md',
    title: 'English: a veteran in Portland looking for counselling',
    locale: 'en-US',
    says: [
      'Hi, I left the army last year and I think I need someone to talk to. I live in Portland',
      'Maine',
      'the first one',
      'Yes, helpful',
      'Yes, remember',
    ],
    usefulAfter: 2,
    note: 'Portland is ambiguous, so one question ("Portland, Oregon or Portland, Maine?") comes before results.',
  },
  {
    file: 'spanish.md',
    title: 'Español: una madre en duelo que busca un grupo gratis',
    locale: 'es-MX',
    says: [
      'Hola. Mi hijo murió hace tres meses y busco un grupo de apoyo gratis, puede ser en línea',
      'Ver más',
      'No mucho',
      'Afinar búsqueda',
      'Que hablen español',
    ],
    usefulAfter: 1,
    note: 'Need, cost and "online" in one message: results come in the first reply.',
  },
  {
    file: 'ordinary-then-crisis.md',
    title: 'English: an ordinary search that turns into a crisis',
    locale: 'en-US',
    says: [
      'I need a support group',
      'online is fine',
      "honestly I don't see the point anymore, i want to kill myself",
      'no',
      'yes I am safe now',
      'Show more',
    ],
    usefulAfter: 2,
    note: 'The crisis reply comes first, whatever the search was doing; the search waits and picks up afterwards.',
  },
];

/** The visible text of each activity in the transcript, the person's own messages marked, screen-reader-only text left out. */
async function articles(page: Page): Promise<string[]> {
  return page.locator('.webchat__basic-transcript__activity').evaluateAll((nodes) =>
    nodes.map((n) => {
      const copy = (n as unknown as PageElement).cloneNode(true);
      copy.querySelectorAll('[class*="screen-reader"]').forEach((e) => e.remove());
      const fromUser =
        (n as unknown as PageElement).querySelector('[class*="from-user"]') !== null ||
        (n as unknown as PageElement).className.includes('from-user');
      document.body.appendChild(copy);
      const text = copy.innerText.trim();
      copy.remove();
      return `${fromUser ? 'USER:' : ''}${text}`;
    }),
  );
}

/** The suggested replies on screen now. */
async function suggestions(page: Page): Promise<string[]> {
  return page
    .locator('.webchat__suggested-actions button')
    .evaluateAll((nodes) => nodes.map((n) => (n as unknown as PageElement).innerText.trim()));
}

/** Waits until the transcript has grown and then stayed the same for a moment (the bot has finished its turn). */
async function settle(page: Page, before: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let last = await articles(page);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await articles(page);
    if (now.length !== last.length || now.join() !== last.join()) {
      last = now;
      stableSince = Date.now();
    } else if (now.length > before && Date.now() - stableSince > 1500) break;
  }
  return last;
}

/** Lines Web Chat writes for screen readers (in English or Spanish), which are not part of the conversation. */
const SCREEN_READER_LINE =
  /^((Bot K|Kindred|Bot|You|User) said:|Bot attached:?$|Sent at|Just now|\d+ minutes? ago|El bot K dijo:|Bot adjunto:?$|Enviado a las|Ahora mismo|Hace \d+ minutos?|Usted dijo:|Tú dijiste:|Dijiste:)/i;

function clean(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== 'K' && !SCREEN_READER_LINE.test(l))
    .join('\n');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-transcripts-'));
  const server = await startTestServer({ env: { FEEDBACK_FILE: join(dir, 'feedback.jsonl') } });
  const browser = await launchChromium();
  mkdirSync('docs/transcripts', { recursive: true });
  try {
    for (const c of CONVERSATIONS) {
      const page = await browser.newPage({ locale: c.locale });
      await page.goto(`${server.url}/?locale=${c.locale}`);
      let seen = await settle(page, 0);
      const lines: string[] = [
        `# ${c.title}`,
        '',
        `Recorded from the local web chat page (\`npm start\`, ${c.locale}) in headless Chromium by test/e2e/recordTranscripts.ts.`,
        '',
      ];
      lines.push('**Kindred:**', '', ...seen.map((t) => quote(clean(t))));
      for (const [i, text] of c.says.entries()) {
        const input = page.getByRole('textbox').first();
        await input.fill(text);
        await input.press('Enter');
        const now = await settle(page, seen.length + 1);
        const added = now.slice(seen.length);
        seen = now;
        lines.push(`**Person (turn ${i + 1}):** ${text}`, '');
        const bot = added.map(clean).filter((t) => t !== text.trim());
        lines.push('**Kindred:**', '', ...bot.filter((t) => !t.startsWith('USER:')).map(quote));
        const offered = await suggestions(page);
        if (offered.length > 0) lines.push(`*Suggested replies: ${offered.map((o) => `[${o}]`).join(' ')}*`, '');
        else lines.push('');
      }
      lines.push('---', '', `Turns from the first message to useful results: **${c.usefulAfter}**. ${c.note}`, '');
      writeFileSync(join('docs/transcripts', c.file), `${lines.join('\n')}\n`);
      await page.screenshot({ path: join(dir, `${c.file}.png`), fullPage: true });
      await page.close();
      console.log(`wrote docs/transcripts/${c.file} (${c.says.length} turns; screenshot ${join(dir, `${c.file}.png`)})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function quote(text: string): string {
  return `${text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}\n`;
}

void main();
