import { expect } from 'chai';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { acceptTeamsMessage, isTeamsSharedConversation } from '../../../src/bots/teams';

const BOT = { id: '28:kindred-app-id', name: 'Kindred' };

function teamsMessage(text: string, conversationType: string, options: { mentionBot?: boolean; value?: unknown } = {}): Activity {
  return {
    type: 'message',
    channelId: 'msteams',
    text,
    from: { id: '29:someone', name: 'Someone' },
    recipient: BOT,
    conversation: { id: 'conv', conversationType, isGroup: conversationType !== 'personal', name: '' },
    entities: options.mentionBot ? [{ type: 'mention', text: '<at>Kindred</at>', mentioned: BOT }] : [],
    ...(options.value !== undefined ? { value: options.value } : {}),
  } as unknown as Activity;
}

function accept(activity: Activity): { accepted: boolean; text: string } {
  const context = new TurnContext(new TestAdapter(), activity);
  const accepted = acceptTeamsMessage(context);
  return { accepted, text: context.activity.text };
}

describe('Teams manners (acceptTeamsMessage)', () => {
  const cases: Array<[string, Activity, boolean, string]> = [
    ['a personal chat, no mention', teamsMessage('grief group online', 'personal'), true, 'grief group online'],
    ['a group chat, no mention', teamsMessage('lunch at noon?', 'groupChat'), false, 'lunch at noon?'],
    ['a channel, no mention', teamsMessage('lunch at noon?', 'channel'), false, 'lunch at noon?'],
    [
      'a group chat, @Kindred first',
      teamsMessage('<at>Kindred</at> grief group online', 'groupChat', { mentionBot: true }),
      true,
      'grief group online',
    ],
    [
      'a channel, @Kindred in the middle',
      teamsMessage('is there a <at>Kindred</at> grief group online', 'channel', { mentionBot: true }),
      true,
      'is there a grief group online',
    ],
    [
      'a group chat, @Kindred and another person',
      teamsMessage('<at>Kindred</at> a grief group for <at>Sam</at>', 'groupChat', { mentionBot: true }),
      true,
      'a grief group for Sam',
    ],
    ['a group chat, only another person mentioned', teamsMessage('<at>Sam</at> see you', 'groupChat'), false, 'Sam see you'],
    [
      "a group chat, one of Kindred's buttons pressed (no text, no mention)",
      teamsMessage('', 'groupChat', { value: { kindred: 'suggestion', text: 'Start over' } }),
      true,
      'Start over',
    ],
    ["a group chat, somebody else's card submitted", teamsMessage('', 'groupChat', { value: { poll: 'yes' } }), true, ''],
  ];
  for (const [name, activity, accepted, text] of cases) {
    it(`${accepted ? 'answers' : 'stays quiet'} in ${name}, and the dialogs read "${text}"`, () => {
      expect(accept(activity)).to.deep.equal({ accepted, text });
    });
  }

  it('leaves other channels alone, <at> and all', () => {
    const activity = { ...teamsMessage('<at>Kindred</at> hi', 'groupChat', { mentionBot: true }), channelId: 'webchat' } as Activity;
    expect(accept(activity)).to.deep.equal({ accepted: true, text: '<at>Kindred</at> hi' });
  });

  it('knows a shared conversation from a personal one', () => {
    expect(isTeamsSharedConversation(teamsMessage('', 'groupChat'))).to.equal(true);
    expect(isTeamsSharedConversation(teamsMessage('', 'channel'))).to.equal(true);
    expect(isTeamsSharedConversation(teamsMessage('', 'personal'))).to.equal(false);
  });
});
