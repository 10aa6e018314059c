import type { Lang } from '../i18n/lang';

/** The kinds of acute crisis the safety layer recognises (ARCHITECTURE.md, SAFETY.md). */
export const CRISIS_KINDS = ['suicide', 'self-harm', 'danger-now', 'abuse-now', 'overdose', 'child-risk', 'third-party'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/**
 * How urgent a message is (issue 12): `none`; `concern` (a warning sign worth a gentle word, not a crisis
 * reply); `crisis` (the full crisis reply); `emergency` (danger to life now: the emergency number first).
 */
export const CRISIS_LEVELS = ['none', 'concern', 'crisis', 'emergency'] as const;
export type CrisisLevel = (typeof CRISIS_LEVELS)[number];

/** Kinds that mean danger to life right now, so the emergency number comes first. */
const EMERGENCY_KINDS: ReadonlySet<CrisisKind> = new Set(['danger-now', 'abuse-now', 'overdose']);

/** The level implied by the kinds alone, for callers that know only the kinds (a stored safety check). */
export function levelOfKinds(kinds: readonly CrisisKind[]): CrisisLevel {
  if (kinds.length === 0) return 'none';
  return kinds.some((k) => EMERGENCY_KINDS.has(k)) ? 'emergency' : 'crisis';
}

/**
 * What the detector saw in one message. `lang` is the language the signal was found in. `detected` is true
 * exactly when `level` is `crisis` or `emergency`; `signals` names the warning signs seen (never the text).
 */
export interface CrisisSignal {
  detected: boolean;
  level: CrisisLevel;
  kinds: CrisisKind[];
  signals: string[];
  lang: Lang;
}
