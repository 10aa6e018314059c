import { expect } from 'chai';
import pino from 'pino';
import type { MeetingFeedConfig } from '../../../src/config';
import { loadDirectory } from '../../../src/directory/shipped';
import { nodeHttpClient } from '../../../src/meetings/http';
import { MeetingFeeds } from '../../../src/meetings/meetingFeeds';
import { nextMeeting } from '../../../src/meetings/schedule';
import { SearchWithMeetings } from '../../../src/meetings/searchWithMeetings';
import { FeedServer, meetingFixture as fixture } from '../../helpers/feedServer';

const NOW = new Date('2026-12-07T21:00:00Z'); // Monday 15:00 in Austin (America/Chicago), 14:00 in Denver

function feeds(server: FeedServer, entries: [MeetingFeedConfig['format'], string][], maxBytes = 1_000_000, timeoutMs = 2000): MeetingFeeds {
  return new MeetingFeeds({
    feeds: entries.map(([format, path]) => ({ format, url: `${server.url}${path}`, needs: [], audiences: [] })),
    http: nodeHttpClient,
    log: pino({ level: 'silent' }),
    userAgent: 'Kindred/test (+mailto:ops@example.org)',
    refreshMs: 60 * 60_000,
    timeoutMs,
    maxBytes,
    cacheDir: '',
    defaultCountry: 'US',
    now: () => NOW,
  });
}

describe('meeting feeds against a local feed server', () => {
  let server: FeedServer;
  beforeEach(async () => (server = await new FeedServer().start()));
  afterEach(() => server.stop());

  it('reads a Meeting Guide feed: keeps in-person, online and hybrid meetings, drops closed, inactive and unplaceable ones', async () => {
    server.routes.set('/mg.json', { status: 200, body: fixture('meeting-guide.json') });
    const f = feeds(server, [['meeting-guide', '/mg.json']]);
    await f.refresh();
    const [status] = f.status();
    expect(status).to.include({ state: 'ok', meetings: 5, problem: null });
    expect(status!.dropped).to.deep.equal({
      unreadable: 1,
      'temporarily-closed': 1,
      inactive: 1,
      'no-day-or-time': 1,
      'no-coordinates': 1,
    });
    expect(server.requests[0]!.headers['user-agent']).to.equal('Kindred/test (+mailto:ops@example.org)');
    // Never a personal contact field, anywhere in what Kindred keeps.
    const kept = JSON.stringify(f.index());
    expect(kept).not.to.include('PRIVATE');
    expect(kept).not.to.include('512-555-0142');
  });

  it('reads a BMLT NDJSON export (weekday 1 = Sunday) and drops unpublished and temporarily closed meetings', async () => {
    server.routes.set('/na.ndjson', { status: 200, body: fixture('bmlt.ndjson') });
    const f = feeds(server, [['bmlt', '/na.ndjson']]);
    await f.refresh();
    expect(f.status()[0]).to.deep.include({ state: 'ok', meetings: 2, dropped: { inactive: 1, 'temporarily-closed': 1 } });
    const online = f.index()!.search({ needs: ['support-group', 'substance-use'], near: null, country: 'US', limit: 5 }).remote;
    expect(online.map((m) => m.resource.name)).to.deep.equal(['Recovery Online Denver']);
    expect(online[0]!.resource.meeting!.times).to.deep.equal([{ day: 0, time: '18:00', end: '19:00' }]);
    expect(JSON.stringify(f.index())).not.to.include('PRIVATE');
  });

  it('asks again with If-None-Match and keeps its copy on 304', async () => {
    server.routes.set('/mg.json', { status: 200, body: fixture('meeting-guide.json'), etag: '"v1"' });
    const f = feeds(server, [['meeting-guide', '/mg.json']]);
    await f.refresh();
    await f.refresh();
    expect(server.requests[1]!.headers['if-none-match']).to.equal('"v1"');
    expect(f.status()[0]).to.include({ state: 'ok', meetings: 5 });
  });

  for (const [what, route, problem] of [
    ['a malformed copy', { status: 200, body: fixture('malformed.json') }, /malformed meeting-guide feed/],
    ['a server error', { status: 500, body: 'oops' }, /HTTP 500/],
    ['a huge copy', { status: 200, body: JSON.stringify(Array(5000).fill({ name: 'x'.repeat(50), slug: 'y' })) }, /larger than/],
    ['a slow answer', { status: 200, body: '[]', delayMs: 1500 }, /no complete answer within 300 ms/],
  ] as const) {
    it(`keeps the last good copy on ${what}, and says so`, async () => {
      server.routes.set('/mg.json', { status: 200, body: fixture('meeting-guide.json') });
      const f = feeds(server, [['meeting-guide', '/mg.json']], 100_000, 300);
      await f.refresh();
      server.routes.set('/mg.json', route);
      await f.refresh();
      const [status] = f.status();
      expect(status).to.include({ state: 'stale', meetings: 5 });
      expect(status!.problem).to.match(problem);
      expect(f.index()!.size).to.equal(5);
    });
  }

  it('rejects a malformed BMLT line instead of losing meetings silently', async () => {
    server.routes.set('/na.ndjson', { status: 200, body: fixture('malformed.ndjson') });
    const f = feeds(server, [['bmlt', '/na.ndjson']]);
    await f.refresh();
    expect(f.status()[0]).to.include({ state: 'error', meetings: 0 });
    expect(f.status()[0]!.problem).to.match(/line 2 is not JSON/);
  });

  it('honours 403: the feed is not shared openly, so its meetings are withdrawn and /healthz says so', async () => {
    server.routes.set('/mg.json', { status: 200, body: fixture('meeting-guide.json') });
    const f = feeds(server, [['meeting-guide', '/mg.json']]);
    await f.refresh();
    server.routes.set('/mg.json', { status: 403 });
    await f.refresh();
    expect(f.status()[0]).to.include({ state: 'refused', meetings: 0 });
    expect(f.status()[0]!.problem).to.match(/does not share it openly/);
    expect(f.index()).to.equal(null);
  });

  it('joins the directory search as another source: a recovery group in Austin finds nearby meetings', async () => {
    server.routes.set('/mg.json', { status: 200, body: fixture('meeting-guide.json') });
    const f = feeds(server, [['meeting-guide', '/mg.json']]);
    await f.refresh();
    const search = new SearchWithMeetings(loadDirectory({ directoryFiles: [] }), f);
    const result = search.search({
      needs: ['support-group', 'substance-use'],
      near: { lat: 30.2672, lon: -97.7431, country: 'US' },
      limit: 3,
    });
    expect(result.local.every((m) => m.resource.meeting)).to.equal(true);
    expect(result.local.length).to.equal(3);
    expect(search.get(result.local[0]!.resource.id)).to.equal(result.local[0]!.resource);
    // A grief group is not answered by a recovery meeting.
    const grief = search.search({ needs: ['grief'], near: { lat: 30.2672, lon: -97.7431, country: 'US' }, limit: 3 });
    expect(grief.local.some((m) => m.resource.meeting)).to.equal(false);
  });
});

describe('nextMeeting', () => {
  it("tells the next start in the meeting's own time zone", () => {
    // Monday 15:00 in Chicago: Tuesday 19:30 Chicago is Wednesday 01:30 UTC.
    const next = nextMeeting([{ day: 2, time: '19:30' }], 'America/Chicago', NOW)!;
    expect(next.at.toISOString()).to.equal('2026-12-09T01:30:00.000Z');
    expect(next.daysAhead).to.equal(1);
  });

  it('counts a meeting that already started today from next week, and picks the soonest of several days', () => {
    expect(nextMeeting([{ day: 1, time: '07:00' }], 'America/Chicago', NOW)!.daysAhead).to.equal(7);
    const soonest = nextMeeting(
      [
        { day: 1, time: '07:00' },
        { day: 3, time: '07:00' },
      ],
      'America/Chicago',
      NOW,
    )!;
    expect(soonest.at.toISOString()).to.equal('2026-12-09T13:00:00.000Z');
  });

  it('follows daylight saving time (Chicago is UTC-5 in July)', () => {
    const next = nextMeeting([{ day: 2, time: '19:30' }], 'America/Chicago', new Date('2026-07-06T12:00:00Z'))!;
    expect(next.at.toISOString()).to.equal('2026-07-08T00:30:00.000Z');
  });
});
