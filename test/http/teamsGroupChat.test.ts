import { expect } from 'chai';
import { messageActivity, post, replyTexts } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

const BOT = { id: '28:kindred', name: 'Kindred' };

/** A message in a Teams group chat, as Teams would POST it (optionally @mentioning Kindred). */
function groupMessage(text: string, conversationId: string, mention: boolean): Record<string, unknown> {
  return messageActivity(mention ? `<at>Kindred</at> ${text}` : text, {
    channelId: 'msteams',
    conversationId,
    expectReplies: true,
    extra: {
      recipient: BOT,
      conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true },
      entities: mention ? [{ type: 'mention', text: '<at>Kindred</at>', mentioned: BOT }] : [],
    },
  });
}

describe('Kindred in a Teams group chat (the real protocol)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(async () => await server.close());

  const send = async (activity: Record<string, unknown>) =>
    (await (await post(`${server.url}/api/messages`, activity)).json()).activities as Array<Record<string, any>>;

  it('stays quiet when people talk among themselves', async () => {
    expect(replyTexts(await send(groupMessage('shall we meet at noon?', 'group-quiet', false)))).to.deep.equal([]);
  });

  it('answers when @mentioned, reads the message without the mention, and offers buttons instead of quick replies', async () => {
    const replies = (await send(groupMessage('I lost my husband last month', 'group-mention', true))).filter((a) => a.type === 'message');
    expect(replyTexts(replies).join('\n')).to.match(/where should i look for grief and loss support/i);
    const last = replies[replies.length - 1]!;
    expect(last.suggestedActions).to.equal(undefined);
    const buttons = (last.attachments ?? []).flatMap((a: any) =>
      (a.content.body ?? []).flatMap((b: any) => (b.type === 'ActionSet' ? b.actions.map((x: any) => x.title) : [])),
    );
    expect(buttons).to.include('Online is fine');
  });

  it('answers a crisis that comes with a mention, and does not then take it as an answer', async () => {
    const replies = await send(groupMessage('i want to kill myself', 'group-crisis-mention', true));
    const texts = replyTexts(replies);
    expect(texts[0])
      .to.match(/988/)
      .and.match(/are you safe right now/i);
    expect(texts.join('\n')).not.to.match(/what kind of support/i);
  });

  it('answers a crisis with the hotlines even when Kindred was not mentioned', async () => {
    const replies = await send(groupMessage('i want to kill myself', 'group-crisis', false));
    const text = replyTexts(replies).join('\n');
    expect(text).to.match(/988/);
    expect(text).to.match(/are you safe right now/i);
  });
});
