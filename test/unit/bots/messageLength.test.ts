import { expect } from 'chai';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { MessageLengthLimit } from '../../../src/bots/messageLength';

/** Runs the middleware on one message and returns the text the rest of the turn would see, and what was sent. */
async function through(text: string, maxChars: number): Promise<{ seen: string; sent: Array<Partial<Activity>> }> {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, {
    type: 'message',
    text,
    channelId: 'test',
    conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u', name: '' },
    recipient: { id: 'b', name: '' },
    serviceUrl: 'http://127.0.0.1',
    locale: 'en-US',
  });
  let seen = '';
  await new MessageLengthLimit({ maxChars, defaultLocale: 'en-US' }).onTurn(context, async () => {
    seen = context.activity.text;
  });
  return { seen, sent: adapter.activeQueue };
}

describe('MessageLengthLimit', () => {
  it('leaves a message within the limit alone and says nothing', async () => {
    const { seen, sent } = await through('I need a support group', 100);
    expect(seen).to.equal('I need a support group');
    expect(sent).to.have.length(0);
  });

  it('gives the dialogs only the first characters of a long message, with one note', async () => {
    const { seen, sent } = await through('x'.repeat(500), 100);
    expect(seen).to.have.length(100);
    expect(sent).to.have.length(1);
  });

  it('never cuts an emoji in half (no lone surrogate left at the end)', async () => {
    const { seen } = await through(`${'a'.repeat(99)}💙${'b'.repeat(10)}`, 100);
    expect(seen).to.equal('a'.repeat(99));
    expect(() => encodeURIComponent(seen)).to.not.throw();
  });
});
