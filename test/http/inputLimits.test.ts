import { expect } from 'chai';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

/** About `bytes` of ordinary words, the kind of thing someone pastes. */
const filler = (bytes: number) =>
  'and then everything just kept happening, one thing after another '.repeat(Math.ceil(bytes / 66)).slice(0, bytes);

describe('long messages and attachments', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const send = async (activity: Record<string, unknown>) => {
    const res = await post(`${server.url}/api/messages`, { ...activity, deliveryMode: 'expectReplies' });
    expect(res.status).to.equal(200);
    return replyTexts(((await res.json()) as { activities: Array<Record<string, any>> }).activities);
  };

  it('reads the whole of a 50 kB message for signs of crisis, even far past what the dialogs read (2,000 characters)', async () => {
    const text = `${filler(10_000)} i want to kill myself ${filler(41_000)}`;
    expect(Buffer.byteLength(text)).to.be.greaterThan(50_000);
    const texts = await send(messageActivity(text, { conversationId: 'long-crisis' }));
    expect(texts[0])
      .to.match(/988/)
      .and.match(/are you safe right now/i);
    expect(texts.join('\n'), 'no note about the length on top of a crisis reply').to.not.match(/long message/i);
  });

  it('answers an ordinary 50 kB message politely: says it read the beginning, then carries on from it', async () => {
    const texts = await send(messageActivity(`I lost my husband last month. ${filler(50_000)}`, { conversationId: 'long-ordinary' }));
    expect(texts[0]).to.match(/long message, so I read only the beginning/i);
    expect(texts.join('\n')).to.match(/where should i look for grief and loss support/i);
  });

  it('says so in Spanish to someone writing in Spanish', async () => {
    const texts = await send(
      messageActivity(`Perdí a mi madre. ${'y todo sigue igual '.repeat(3000)}`, { conversationId: 'long-es', locale: 'es-MX' }),
    );
    expect(texts[0]).to.match(/solo leí el principio/);
  });

  describe('attachments are ignored safely', () => {
    let watcher: Server;
    let connections = 0;
    let url = '';
    before(async () => {
      watcher = createServer((socket) => {
        connections += 1;
        socket.destroy();
      });
      await new Promise<void>((resolve) => watcher.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(watcher.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => watcher.close(() => resolve())));

    const cases: Array<[string, (url: string) => unknown]> = [
      ['an image and no text', (at) => [{ contentType: 'image/png', contentUrl: `${at}/photo.png`, name: 'photo.png' }]],
      [
        'a file',
        (at) => [
          { contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: `${at}/f` }, name: 'x.docx' },
        ],
      ],
      ['an attachment that is not an object', () => ['just a string', 42, null]],
      ['a deeply nested content', () => [{ contentType: 'application/json', content: JSON.parse('['.repeat(200) + ']'.repeat(200)) }]],
      ['attachments that is not a list', (at) => ({ contentType: 'image/png', contentUrl: at })],
    ];
    for (const [what, attachments] of cases) {
      it(`${what}: answered like an empty message, nothing fetched`, async () => {
        const activity = { ...messageActivity('', { conversationId: `attach-${what}` }), text: undefined, attachments: attachments(url) };
        const res = await post(`${server.url}/api/messages`, { ...activity, deliveryMode: 'expectReplies' });
        expect(res.status, 'answered or refused, never a crash').to.be.oneOf([200, 400]);
        if (res.status === 200) {
          const texts = replyTexts(((await res.json()) as { activities: Array<Record<string, any>> }).activities);
          expect(texts.join('\n')).to.match(/what kind of support/i);
        }
        expect(connections, 'nothing was downloaded').to.equal(0);
      });
    }
  });
});
