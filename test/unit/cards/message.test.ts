import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { buildMessage, textMessage, type ReplyTarget } from '../../../src/cards/message';

const card = { type: 'AdaptiveCard', version: '1.5', fallbackText: 'the card', body: [{ type: 'TextBlock', text: 'Call 988' }] };
const suggestions = ['Support group', 'Counselling'];

type Card = { body: Array<{ type: string; actions?: Array<Record<string, any>> }> };
const cardsOf = (activity: Partial<Activity>): Card[] => (activity.attachments ?? []).map((a) => a.content as Card);
const buttonsOf = (activity: Partial<Activity>): Array<Record<string, any>> =>
  cardsOf(activity).flatMap((c) => c.body.filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions ?? []));

describe('buildMessage: quick replies where the channel shows them, buttons where it does not', () => {
  const where: Array<[string, ReplyTarget, 'quick replies' | 'buttons' | 'neither']> = [
    ['Web Chat', { channelId: 'webchat' }, 'quick replies'],
    ['Direct Line', { channelId: 'directline' }, 'quick replies'],
    ['a Teams personal chat', { channelId: 'msteams', conversation: { conversationType: 'personal' } }, 'quick replies'],
    ['a Teams group chat', { channelId: 'msteams', conversation: { conversationType: 'groupChat' } }, 'buttons'],
    ['a Teams channel', { channelId: 'msteams', conversationType: 'channel' }, 'buttons'],
    ['a channel without cards (SMS)', { channelId: 'sms' }, 'neither'],
  ];

  for (const [name, target, expected] of where) {
    it(`offers the next steps in ${name} as ${expected}, and says every word`, () => {
      const activity = textMessage(target, 'What kind of support are you looking for?', suggestions);
      const words =
        activity.text ??
        cardsOf(activity)
          .map((c) => JSON.stringify(c.body))
          .join('');
      expect(words).to.include('What kind of support are you looking for?');
      const quick = (activity.suggestedActions?.actions ?? []).map((a) => a.title);
      const buttons = buttonsOf(activity).map((a) => a.title);
      expect(quick).to.deep.equal(expected === 'quick replies' ? suggestions : []);
      expect(buttons).to.deep.equal(expected === 'buttons' ? suggestions : []);
    });
  }

  it('in a Teams group chat, sends the words and their buttons as one card (one bubble), with the words as fallback', () => {
    const activity = textMessage({ channelId: 'msteams', conversationType: 'groupChat' }, 'Where should I look?', ['Online is fine']);
    expect(activity.attachments).to.have.length(1);
    const card = activity.attachments![0]!.content as { fallbackText: string; body: Array<Record<string, unknown>> };
    expect(card.fallbackText).to.equal('Where should I look?');
    expect(card.body[0]).to.deep.include({ type: 'TextBlock', text: 'Where should I look?', wrap: true });
  });

  it('in a Teams personal chat, turns more than three suggestions into buttons (Teams would show only three)', () => {
    const seven = ['Support group', 'Counselling', 'Grief and loss', 'Domestic violence', 'Sexual assault', 'Veterans', 'Addiction'];
    const activity = textMessage({ channelId: 'msteams', conversationType: 'personal' }, 'What kind of support?', seven);
    expect(activity.suggestedActions).to.equal(undefined);
    expect(buttonsOf(activity).map((b) => b.title)).to.deep.equal(seven);
  });

  it('in a Teams personal chat, puts the suggestions for a card on the card (Teams shows no quick replies under cards)', () => {
    const activity = buildMessage({ channelId: 'msteams', conversationType: 'personal' }, { text: 'the card', cards: [card], suggestions });
    expect(activity.suggestedActions).to.equal(undefined);
    expect(buttonsOf(activity).map((b) => b.title)).to.deep.equal(suggestions);
  });

  it('in Web Chat, keeps quick replies under a card', () => {
    const activity = buildMessage({ channelId: 'webchat' }, { text: 'the card', cards: [card], suggestions });
    expect(activity.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(suggestions);
    expect(buttonsOf(activity)).to.deep.equal([]);
  });

  it('makes each Teams button send its words back, marked as a press of a Kindred suggestion', () => {
    const [button] = buttonsOf(textMessage({ channelId: 'msteams', conversationType: 'groupChat' }, 'Next?', ['Start over']));
    expect(button).to.deep.equal({ type: 'Action.Submit', title: 'Start over', data: { kindred: 'suggestion', text: 'Start over' } });
  });

  it('puts the buttons under the last card in a Teams group chat, without changing the card passed in', () => {
    const before = JSON.stringify(card);
    const activity = buildMessage(
      { channelId: 'msteams', conversationType: 'groupChat' },
      { text: 'the card', cards: [card], suggestions },
    );
    expect(activity.attachments).to.have.length(1);
    expect(cardsOf(activity)[0]!.body[0]).to.deep.equal(card.body[0]);
    expect(buttonsOf(activity).map((b) => b.title)).to.deep.equal(suggestions);
    expect(JSON.stringify(card)).to.equal(before);
  });

  it('sends cards where they render, and the complete text where they do not', () => {
    const inTeams = buildMessage({ channelId: 'msteams' }, { text: 'the card', cards: [card, card], carousel: true });
    expect(inTeams.attachments).to.have.length(2);
    expect(inTeams.attachmentLayout).to.equal('carousel');
    const inSms = buildMessage({ channelId: 'sms' }, { text: 'the whole reply', cards: [card] });
    expect(inSms.attachments).to.equal(undefined);
    expect(inSms.text).to.equal('the whole reply');
  });
});
