import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageActivity, post } from '../helpers/activities';
import { FeedServer, meetingFixture } from '../helpers/feedServer';
import { runServerProcess } from '../helpers/process';

/**
 * dist/index.js with MEETING_FEEDS pointing at a local feed server that holds its answer until the test lets
 * it go: start-up, /healthz and a person's turn must not wait for it. Nothing here measures time; the feed
 * simply has not answered yet while the server starts and answers.
 */
describe('the server process with meeting feeds (dist/index.js)', function () {
  this.timeout(30_000);
  let feeds: FeedServer;
  beforeEach(async () => {
    feeds = await new FeedServer().start();
    feeds.routes.set('/aa.json', { status: 200, body: meetingFixture('meeting-guide.json'), held: true });
  });
  afterEach(() => feeds.stop());

  function start() {
    return runServerProcess({
      MEETING_FEEDS: `meeting-guide ${feeds.url}/aa.json`,
      MEETING_FEEDS_CONTACT: 'mailto:ops@example.org',
      MEETING_FEEDS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'kindred-feeds-')),
    });
  }

  async function feedStatus(url: string): Promise<Record<string, any>> {
    const body = (await (await fetch(`${url}/healthz`)).json()) as { meetingFeeds: Array<Record<string, any>> };
    return body.meetingFeeds[0]!;
  }

  async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async function turn(url: string, text: string): Promise<string> {
    const res = await post(`${url}/api/messages`, messageActivity(text, { expectReplies: true }));
    expect(res.status).to.equal(200);
    return JSON.stringify((await res.json()).activities);
  }

  it('starts, answers /healthz and a turn while a feed hangs, then shows its meetings once it answers', async () => {
    const server = start();
    try {
      const url = await server.ready;
      await until('the feed to be asked', () => feeds.requestsFor('/aa.json') > 0);
      const pending = await feedStatus(url);
      expect(pending).to.include({ state: 'pending', meetings: 0 });
      // The person is answered from the directory meanwhile, in full, with no meetings yet.
      const before = await turn(url, 'AA meeting in Austin');
      expect(before).to.match(/Was this helpful\?/);
      expect(before).not.to.include('Sunrise Serenity');
      expect(await feedStatus(url)).to.include({ state: 'pending' });

      feeds.release();
      await until('the feed to be read', async () => (await feedStatus(url)).state === 'ok');
      expect(await feedStatus(url)).to.include({ meetings: 5 });
      const after = await turn(url, 'AA meeting in Austin');
      expect(after).to.include('Sunrise Serenity');
      expect(after).to.match(/Next: (Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day \d{1,2}:\d{2} (am|pm) \(Central time\)/);
      expect(feeds.requests[0]!.headers['user-agent']).to.match(/^Kindred\/[\d.]+ \(\+mailto:ops@example\.org\)$/);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
    }
  });

  it('stops on SIGTERM with a feed fetch still hanging, exit 0', async () => {
    const server = start();
    try {
      await server.ready;
      await until('the feed to be asked', () => feeds.requestsFor('/aa.json') > 0);
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
