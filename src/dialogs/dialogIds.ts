/** Dialog ids, in one place so that flows can hand over to each other without importing each other. */
export const MAIN_DIALOG = 'main';
export const FIND_HELP_DIALOG = 'findHelp';
export const INTAKE_DIALOG = 'intake';
export const RESULTS_DIALOG = 'results';
