import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { wrapText } from './wrap';

/**
 * A Bot Framework adapter for the terminal: the same bot, middleware and dialogs as the server, with
 * replies printed as plain text. The channel id "terminal" tells the bot that cards are not rendered here.
 */
export class TerminalAdapter extends BotAdapter {
  private readonly conversation = { id: `terminal-${randomUUID()}` };
  private readonly user = { id: 'terminal-user', role: 'user' };
  private readonly bot = { id: 'kindred', name: 'Kindred', role: 'bot' };

  constructor(
    private readonly write: (text: string) => void,
    private readonly locale: string,
    /** The terminal's width; replies wrap at word boundaries to it. Undefined (a pipe): no wrapping. */
    private readonly columns: () => number | undefined = () => undefined,
  ) {
    super();
  }

  /** Runs one turn for an inbound activity through middleware and the bot. */
  async receive(partial: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = {
      id: randomUUID(),
      timestamp: new Date(),
      channelId: 'terminal',
      serviceUrl: 'terminal://local',
      conversation: { ...this.conversation, isGroup: false, conversationType: 'personal', name: '' },
      from: this.user,
      recipient: this.bot,
      locale: this.locale,
      ...partial,
    } as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) {
        const text =
          activity.text ??
          activity.attachments?.map((a) => (a.content as { fallbackText?: string })?.fallbackText ?? '').join('\n\n') ??
          '';
        const actions = activity.suggestedActions?.actions ?? [];
        const reply = `Kindred: ${text}\n${actions.length ? `  (you can say: ${actions.map((a) => a.title).join(' | ')})\n` : ''}`;
        this.write(`\n${this.wrap(reply)}`);
      }
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  // One column to spare: some terminals move to the next line when the last column is written.
  private wrap(text: string): string {
    const width = this.columns();
    return width && width > 1 ? wrapText(text, width - 1) : text;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('The terminal cannot update messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The terminal cannot delete messages');
  }

  override async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error('The terminal does not support proactive messages');
  }
}
