import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { FIND_HELP_DIALOG, INTAKE_DIALOG } from './dialogIds';
import type { FlowServices } from './flowServices';
import { IntakeDialog, type IntakeOptions } from './intakeDialog';
import { InterruptibleDialog } from './interruptibleDialog';
import { ResultsDialog } from './resultsDialog';
import type { Search } from './search';

export { FIND_HELP_DIALOG } from './dialogIds';
export type { FlowServices } from './flowServices';

/**
 * Find help, from hello to the right help: the intake learns the need and the place (or "online"), asking
 * only for what is missing; the results dialog shows the best matches and what can be done next. Both run
 * inside this one interruptible flow, so help, start over, change location and the rest work throughout.
 */
export class FindHelpDialog extends InterruptibleDialog<IntakeOptions> {
  constructor(services: FlowServices) {
    super(FIND_HELP_DIALOG, services);
    this.addDialog(new IntakeDialog(services));
    this.addDialog(new ResultsDialog(services));
    this.initialDialogId = INTAKE_DIALOG;
  }

  /** "Change location": keep the need and preferences, ask for a new place. */
  protected override async changeLocation(outer: DialogContext): Promise<DialogTurnResult> {
    const state = this.createChildContext(outer)?.activeDialog?.state as { search?: Search } | undefined;
    const options: IntakeOptions = { ignoreMessage: true, changePlace: true, search: state?.search };
    return outer.replaceDialog(this.id, options);
  }
}
