import { expect } from 'chai';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { CaptureChannel } from '../helpers/channel';
import { startTestServer, type TestServer } from '../helpers/server';

describe('POST /api/messages (local mode, the real protocol)', () => {
  let server: TestServer;
  let channel: CaptureChannel;

  before(async () => {
    server = await startTestServer({ env: { MAX_BODY_BYTES: '65536' } });
    channel = await new CaptureChannel().start();
  });
  after(async () => {
    await server.close();
    await channel.stop();
  });

  it('answers with deliveryMode expectReplies in the response body', async () => {
    const res = await post(`${server.url}/api/messages`, messageActivity('hello', { expectReplies: true }));
    expect(res.status).to.equal(200);
    const body = await res.json();
    const texts = replyTexts(body.activities);
    expect(texts.join('\n')).to.match(/what kind of support are you looking for/i);
  });

  it('POSTs replies to the serviceUrl, as a reply to the inbound activity', async () => {
    const inbound = messageActivity('hello', { serviceUrl: channel.url, conversationId: 'conv-service-url' });
    const res = await post(`${server.url}/api/messages`, inbound);
    expect(res.status).to.equal(200);
    const replies = await channel.waitForMessages(1);
    expect(replies[0]!.path).to.equal(`/v3/conversations/conv-service-url/activities/${String(inbound.id)}`);
    expect(replies[0]!.activity.replyToId).to.equal(inbound.id);
    expect(replies[0]!.activity.text).to.match(/what kind of support/i);
  });

  it('finds help over several turns of one conversation', async () => {
    const conversationId = 'conv-find-help';
    const turn = async (text: string) =>
      replyTexts(
        (await (await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true }))).json())
          .activities,
      );
    expect((await turn('I lost my husband last month')).join('\n')).to.match(/where should i look for grief and loss support/i);
    const results = (await turn('online please')).join('\n');
    expect(results).to.match(/Here is what I found for grief and loss support/i);
    expect(results).to.match(/The Compassionate Friends|GriefShare/);
  });

  it('answers a crisis message first, even in the middle of a prompt, without taking it as the answer', async () => {
    const conversationId = 'conv-crisis-mid-prompt';
    const send = async (text: string) =>
      (await (await post(`${server.url}/api/messages`, messageActivity(text, { conversationId, expectReplies: true }))).json())
        .activities as Array<Record<string, any>>;
    await send('I need a support group');
    const crisis = await send('honestly i want to kill myself');
    const first = crisis.find((a) => a.type === 'message')!;
    const text = first.attachments?.[0]?.content?.fallbackText ?? first.text;
    expect(text).to.match(/988/);
    expect(text).to.match(/are you safe right now/i);
    expect(replyTexts(crisis).join('\n')).not.to.match(/couldn't find that place/i);
  });

  it('reports health as JSON with the number of directory records', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).to.include({ status: 'ok', mode: 'local', version: 'test' });
    expect(body.directoryRecords).to.be.a('number').greaterThan(19);
  });

  describe('refuses malformed requests with a 4xx and a log line, never a crash', () => {
    const cases: Array<[string, () => Promise<Response>, number, RegExp]> = [
      [
        'a non-JSON content type',
        () => fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
        415,
        /application\/json/,
      ],
      [
        // No multipart parser (restify's uses formidable) ever sees an upload: it is refused by content type.
        'a multipart file upload',
        () => {
          const form = new FormData();
          form.append('file', new Blob(['#!/bin/sh\necho hi\n']), '../../evil.sh');
          return fetch(`${server.url}/api/messages`, { method: 'POST', body: form });
        },
        415,
        /application\/json/,
      ],
      [
        'a body that is not JSON',
        () => post(`${server.url}/api/messages`, '{"type": "message", ') as Promise<Response>,
        400,
        /not valid JSON/,
      ],
      ['an empty body', () => post(`${server.url}/api/messages`, '') as Promise<Response>, 400, /empty/],
      ['a JSON array', () => post(`${server.url}/api/messages`, '[1,2,3]') as Promise<Response>, 400, /JSON object/],
      [
        'an activity without a type',
        () => post(`${server.url}/api/messages`, { ...messageActivity('hi'), type: undefined }) as Promise<Response>,
        400,
        /type/,
      ],
      [
        'an activity without a conversation',
        () => post(`${server.url}/api/messages`, { ...messageActivity('hi'), conversation: undefined }) as Promise<Response>,
        400,
        /conversation/,
      ],
      [
        'a serviceUrl that is not a URL',
        () => post(`${server.url}/api/messages`, { ...messageActivity('hi'), serviceUrl: 'javascript:alert(1)' }) as Promise<Response>,
        400,
        /serviceUrl/,
      ],
      [
        'a body over the size limit',
        () => post(`${server.url}/api/messages`, messageActivity('x'.repeat(70_000))) as Promise<Response>,
        413,
        /larger than/,
      ],
    ];
    for (const [what, send, status, message] of cases) {
      it(`${what} → ${status}`, async () => {
        const before = server.logs.length;
        const res = await send();
        expect(res.status).to.equal(status);
        expect(((await res.json()) as { error: string }).error).to.match(message);
        const logged = server.logs.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(logged.some((l) => l.event === 'bad_request' && l.status === status)).to.equal(true);
      });
    }

    it('still answers normally afterwards', async () => {
      const res = await post(`${server.url}/api/messages`, messageActivity('hello', { expectReplies: true }));
      expect(res.status).to.equal(200);
    });
  });
});
