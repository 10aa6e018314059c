import replies from '../data/replies.json';
import { stringsFor, LANGS } from '../i18n';
import { PhraseBook } from './commands';

/** What a person may answer to Kindred's own questions, in either language. */
export type YesNo = 'yes' | 'no';
export type ResultsReply = 'helpful' | 'notHelpful' | 'showMore' | 'refine' | 'moreLikeThis' | 'report';

const both = (key: keyof typeof replies & string) => {
  const entry = replies[key] as { en: string[]; es: string[] };
  return [...entry.en, ...entry.es];
};

// The labels of Kindred's own suggested replies are answers too, whatever the wording in replies.json.
const YES_NO = new PhraseBook<YesNo>([
  ['yes', both('yes')],
  ['no', both('no')],
]);
const RESULTS = new PhraseBook<ResultsReply>([
  ['helpful', both('helpful')],
  ['notHelpful', both('notHelpful')],
  ['showMore', both('showMore')],
  ['refine', both('refine')],
  ['moreLikeThis', both('moreLikeThis')],
  ['report', both('report')],
]);
for (const lang of LANGS) {
  const s = stringsFor(lang);
  for (const label of [s.findHelp.confirmYes, s.memory.yes, s.interruptions.forgetYes, s.results.helpfulYes]) YES_NO.add('yes', label);
  for (const label of [s.findHelp.confirmNo, s.memory.no, s.interruptions.forgetNo, s.results.helpfulNo]) YES_NO.add('no', label);
  RESULTS.add('helpful', s.results.helpfulYes)
    .add('notHelpful', s.results.helpfulNo)
    .add('showMore', s.results.showMore)
    .add('refine', s.results.refine)
    .add('moreLikeThis', s.results.moreLikeThis)
    .add('report', s.results.reportProblem);
}

/** "yes", "sí, claro", "No, thanks"... as a whole message, or null. */
export function readYesNo(text: string): YesNo | null {
  return YES_NO.match(text);
}

/** What a whole message says after results ("show more", "ver más", "not really"...), or null. */
export function readResultsReply(text: string): ResultsReply | null {
  return RESULTS.match(text);
}
