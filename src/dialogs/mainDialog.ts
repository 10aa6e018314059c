import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { FIND_HELP_DIALOG, MAIN_DIALOG } from './dialogIds';
import { FindHelpDialog } from './findHelpDialog';
import type { FlowServices } from './flowServices';

export { MAIN_DIALOG } from './dialogIds';
const ROUTE = 'mainRoute';

/** The root of every conversation: routes the person into the flow that fits (today: finding help). */
export class MainDialog extends ComponentDialog {
  constructor(services: FlowServices) {
    super(MAIN_DIALOG);
    this.addDialog(new FindHelpDialog(services));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext): Promise<DialogTurnResult> => step.beginDialog(FIND_HELP_DIALOG),
        async (step) => step.endDialog(),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
