import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { textMessage } from '../cards/message';
import { stringsFor } from '../i18n';
import { detectCommand } from './commands';
import { turnLang } from './turnLang';

/**
 * The base of every conversation flow: "help", "cancel" and "start over" work at any prompt, in any flow,
 * because they are handled here once instead of in each flow. (The crisis layer runs before all of this,
 * as adapter middleware.)
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected override async onBeginDialog(inner: DialogContext, options?: object): Promise<DialogTurnResult> {
    const command = this.commandIn(inner.context);
    if (command === 'cancel') {
      await inner.context.sendActivity(textMessage(inner.context.activity, stringsFor(turnLang(inner.context)).interruptions.cancelled));
      return { status: DialogTurnStatus.complete };
    }
    if (command === 'help') {
      await inner.context.sendActivity(textMessage(inner.context.activity, stringsFor(turnLang(inner.context)).interruptions.help));
    }
    return super.onBeginDialog(inner, options);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(inner);
    return interrupted ?? super.onContinueDialog(inner);
  }

  private commandIn(context: TurnContext) {
    if (context.activity.type !== ActivityTypes.Message || typeof context.activity.text !== 'string') return null;
    return detectCommand(context.activity.text, turnLang(context));
  }

  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const command = this.commandIn(inner.context);
    if (!command) return undefined;
    const s = stringsFor(turnLang(inner.context));
    const target = inner.context.activity;
    switch (command) {
      case 'help':
        await inner.context.sendActivity(textMessage(target, s.interruptions.help));
        await inner.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await inner.context.sendActivity(textMessage(target, s.interruptions.cancelled));
        await inner.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'startOver':
        await inner.context.sendActivity(textMessage(target, s.interruptions.startOver));
        await inner.cancelAllDialogs();
        return inner.beginDialog(this.initialDialogId);
    }
  }
}
