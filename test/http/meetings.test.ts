import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageActivity, post } from '../helpers/activities';
import { CaptureChannel, type CapturedReply } from '../helpers/channel';
import { FeedServer, meetingFixture } from '../helpers/feedServer';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Peer-support meetings from live feeds, as a person meets them: the real server with MEETING_FEEDS pointing
 * at a local feed server, a conversation over the Bot Framework protocol (replies captured at a local
 * serviceUrl), and /healthz as an operator reads it. The clock is fixed: Monday 7 December 2026, 15:00 in
 * Austin (America/Chicago), 14:00 in Denver, 21:00 UTC.
 */
const NOW = new Date('2026-12-07T21:00:00Z');

interface Card {
  body: Array<{ text?: string }>;
  actions: Array<{ title: string; url?: string }>;
}

function feedEnv(entries: string[]): Record<string, string> {
  return {
    MEETING_FEEDS: entries.join('; '),
    MEETING_FEEDS_CONTACT: 'mailto:ops@example.org',
    MEETING_FEEDS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kindred-feeds-')),
  };
}

/** The cards of these replies, by title (the numbered name without its number). */
function cardsOf(replies: CapturedReply[]): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const reply of replies) {
    for (const attachment of reply.activity.attachments ?? []) {
      const card = attachment.content as unknown as Card;
      const title = card.body?.[0]?.text?.replace(/^\d+\.\u00a0/, '');
      if (title) cards.set(title, card);
    }
  }
  return cards;
}

const lines = (card: Card | undefined) => (card?.body ?? []).map((b) => b.text ?? '');

describe('meetings from live feeds, over the real protocol', function () {
  this.timeout(30_000);
  let feeds: FeedServer;
  let server: TestServer;
  let channel: CaptureChannel;
  let n = 0;

  /** One message from the person; resolves with every reply the bot sent to the channel for it. */
  async function say(text: string, options: { locale?: string; channelId?: string; conversationId?: string } = {}) {
    const before = channel.replies.length;
    n += 1;
    const res = await post(
      `${server.url}/api/messages`,
      messageActivity(text, { serviceUrl: channel.url, conversationId: options.conversationId ?? `meetings-${n}`, ...options }),
    );
    expect(res.status).to.equal(200);
    return channel.replies.slice(before).filter((r) => r.activity.type === 'message');
  }

  before(async () => {
    feeds = await new FeedServer().start();
    feeds.routes.set('/aa.json', { status: 200, body: meetingFixture('meeting-guide.json') });
    feeds.routes.set('/na.ndjson', { status: 200, body: meetingFixture('bmlt.ndjson') });
    channel = await new CaptureChannel().start();
    server = await startTestServer({
      env: feedEnv([`meeting-guide ${feeds.url}/aa.json`, `bmlt ${feeds.url}/na.ndjson`]),
      now: () => NOW,
    });
    await server.meetingFeeds!.refresh();
  });
  after(async () => {
    await server.close();
    await channel.stop();
    await feeds.stop();
  });

  it('"AA meeting in Austin": the nearest meetings, each with its next day and time on Austin\'s clock and its types in English', async () => {
    const replies = await say('AA meeting in Austin');
    const cards = cardsOf(replies);
    expect(lines(cards.get('Sunrise Serenity'))).to.include.members([
      'Next: Wednesday 7:00 am (Central time)',
      'Every Monday, Wednesday and Friday at 7:00 am',
      'In person: Eastside Fellowship Hall, 1200 E 6th St, Austin, TX 78702',
      'Type: Open, Discussion, Wheelchair Access',
    ]);
    // 19:30 in Austin on Tuesday is already Wednesday in UTC: the card keeps to the meeting's clock.
    expect(lines(cards.get('Grupo Esperanza'))).to.include.members(['Next: Tuesday 7:30 pm (Central time)', 'Type: Open, Spanish']);
    const hybrid = cards.get('Hybrid Noon Group')!;
    expect(lines(hybrid)).to.include('Next: Tuesday 12:00 pm (Central time)');
    expect(hybrid.actions.find((a) => a.title === 'Join online')?.url).to.equal('https://meet.example.org/hybrid-noon');
    expect(hybrid.actions.map((a) => a.title)).to.include('Directions');
    const said = JSON.stringify(replies);
    expect(said).to.match(/Was this helpful\?/);
    expect(said).not.to.include('PRIVATE');
    expect(said).not.to.include('512-555-0142');
  });

  it('the same in Spanish: "Próxima: martes 19:30 (hora del centro)", types in Spanish, Unirte en línea', async () => {
    const cards = cardsOf(await say('reunión de AA en Austin', { locale: 'es-US' }));
    expect(lines(cards.get('Grupo Esperanza'))).to.include.members(['Próxima: martes 19:30 (hora del centro)', 'Tipo: Abierta, Español']);
    expect(lines(cards.get('Sunrise Serenity'))).to.include.members([
      'Próxima: miércoles 7:00 (hora del centro)',
      'Tipo: Abierta, Discusión, Acceso en silla de ruedas',
    ]);
    expect(cards.get('Hybrid Noon Group')!.actions.map((a) => a.title)).to.include('Unirte en línea');
  });

  it('a meeting in another zone keeps its own: an NA meeting in Denver says Mountain time', async () => {
    const cards = cardsOf(await say('NA meeting in Denver'));
    expect(lines(cards.get('Mile High Miracles'))).to.include.members([
      'Next: Monday 7:00 pm (Mountain time)',
      'In person: Capitol Hill Church, 1500 Grant St, Denver, CO 80203',
    ]);
  });

  it('a channel without cards gets the whole meeting as text, join link included', async () => {
    const replies = await say('support group for drinking in Austin', { channelId: 'sms' });
    const text = replies.map((r) => r.activity.text ?? '').join('\n');
    expect(replies.every((r) => !r.activity.attachments?.length)).to.equal(true);
    expect(text).to.include('Hybrid Noon Group').and.include('Next: Tuesday 12:00 pm (Central time)');
    expect(text).to.include('Online: https://meet.example.org/hybrid-noon');
    expect(text).to.include('Type: Open, LGBTQ');
  });

  it('"the second one" shows that meeting again, still counted from the same clock', async () => {
    const conversationId = 'meetings-pick';
    await say('AA meeting in Austin', { conversationId });
    const cards = cardsOf(await say('the second one', { conversationId }));
    expect(lines(cards.get('Grupo Esperanza'))).to.include('Next: Tuesday 7:30 pm (Central time)');
  });
});

describe('/healthz: the state of each meeting feed', function () {
  this.timeout(30_000);
  let feeds: FeedServer;
  let server: TestServer;

  before(async () => {
    feeds = await new FeedServer().start();
    feeds.routes.set('/na.ndjson', { status: 200, body: meetingFixture('bmlt.ndjson'), etag: '"na-1"' });
    feeds.routes.set('/aa.json', { status: 200, body: meetingFixture('meeting-guide.json') });
    feeds.routes.set('/houston.json', { status: 200, body: meetingFixture('houston.json') });
    server = await startTestServer({
      env: feedEnv([`bmlt ${feeds.url}/na.ndjson`, `meeting-guide ${feeds.url}/aa.json`, `meeting-guide ${feeds.url}/houston.json`]),
      now: () => NOW,
    });
    await server.meetingFeeds!.refresh();
  });
  after(async () => {
    await server.close();
    await feeds.stop();
  });

  async function health(): Promise<Array<Record<string, any>>> {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { status: string; meetingFeeds: Array<Record<string, any>> };
    expect(body.status).to.equal('ok');
    return body.meetingFeeds;
  }

  async function meetingNames(text: string): Promise<string> {
    const res = await post(`${server.url}/api/messages`, messageActivity(text, { expectReplies: true }));
    return JSON.stringify((await res.json()).activities);
  }

  it('says ok for every feed that answered, with meetings kept and dropped, host and path only', async () => {
    const status = await health();
    expect(status.map((f) => [f.source.replace(/^127\.0\.0\.1:\d+/, ''), f.state, f.meetings])).to.deep.equal([
      ['/na.ndjson', 'ok', 2],
      ['/aa.json', 'ok', 5],
      ['/houston.json', 'ok', 1],
    ]);
    expect(status[1]!.dropped).to.include({ 'temporarily-closed': 1, inactive: 1 });
    expect(await meetingNames('AA meeting in Houston')).to.include('Bayou City Serenity');
  });

  it('then: ok after a 304, stale (last good copy kept) after an error, refused (meetings withdrawn) after a 403', async () => {
    feeds.routes.set('/aa.json', { status: 500, body: 'down for maintenance' });
    feeds.routes.set('/houston.json', { status: 403 });
    await server.meetingFeeds!.refresh();
    const [na, aa, houston] = await health();
    expect(na).to.include({ state: 'ok', meetings: 2, problem: null });
    expect(aa).to.include({ state: 'stale', meetings: 5, problem: 'HTTP 500' });
    expect(houston).to.include({ state: 'refused', meetings: 0 });
    expect(houston!.problem).to.match(/does not share it openly/);
    expect(feeds.requests.filter((r) => r.path === '/na.ndjson').at(-1)!.headers['if-none-match']).to.equal('"na-1"');
    // What people see follows: the stale copy still answers, the refused feed's meeting is gone.
    expect(await meetingNames('AA meeting in Austin')).to.include('Sunrise Serenity');
    expect(await meetingNames('AA meeting in Houston')).not.to.include('Bayou City Serenity');
  });
});
