import type { Lang } from '../i18n/lang';

/** The kinds of acute crisis the safety layer recognises (ARCHITECTURE.md, SAFETY.md). */
export const CRISIS_KINDS = ['suicide', 'self-harm', 'danger-now', 'abuse-now', 'overdose', 'child-risk', 'third-party'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** What the detector saw in one message. `lang` is the language the signal was found in. */
export interface CrisisSignal {
  detected: boolean;
  kinds: CrisisKind[];
  lang: Lang;
}
