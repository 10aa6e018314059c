import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { FIND_HELP_DIALOG, FindHelpDialog, type FindHelpOptions } from './findHelpDialog';

export const MAIN_DIALOG = 'main';
const ROUTE = 'mainRoute';

/** The root of every conversation: routes the person into the flow that fits (today: finding help). */
export class MainDialog extends ComponentDialog {
  constructor(options: FindHelpOptions) {
    super(MAIN_DIALOG);
    this.addDialog(new FindHelpDialog(options));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext): Promise<DialogTurnResult> => step.beginDialog(FIND_HELP_DIALOG),
        async (step) => step.endDialog(),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
