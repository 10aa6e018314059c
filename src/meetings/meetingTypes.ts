import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience } from '../directory/schema';
import type { NeedId } from '../understanding/types';

/**
 * Meeting types: the Meeting Guide codes ("O", "W", "S") with their labels in the person's language (from
 * code4recovery/spec, src/data/meetings/types.json), what some of them say about who a meeting is for and
 * in which language it is held, and how BMLT's format keys map to them.
 */

type Labels = Record<string, Record<string, string>>;

let labels: Labels | undefined;
function allLabels(): Labels {
  labels ??= JSON.parse(readFileSync(join(__dirname, '..', 'data', 'meetings', 'types.json'), 'utf8')) as Labels;
  return labels;
}

/** True for a code of the Meeting Guide specification (feeds also carry their own codes, which are not shown). */
export function isMeetingType(code: string): boolean {
  return Object.hasOwn(allLabels(), code);
}

/** The label of a Meeting Guide type in `lang` ("W" → "Women" / "Mujeres"); English where the spec has no translation. */
export function meetingTypeLabel(code: string, lang: string): string | undefined {
  const entry = allLabels()[code];
  return entry ? (entry[lang] ?? entry.en) : undefined;
}

/** Types that say who a meeting is for. A women's meeting is for women: search treats it like any audience-restricted record. */
export const TYPE_AUDIENCES: Readonly<Record<string, readonly Audience[]>> = {
  W: ['women'],
  M: ['men'],
  Y: ['youth'],
  SEN: ['older-adults'],
  LGBTQ: ['lgbtq'],
  G: ['lgbtq'],
  L: ['lgbtq'],
  BI: ['lgbtq'],
  NB: ['lgbtq'],
  T: ['lgbtq', 'transgender'],
  N: ['indigenous'],
  NDG: ['indigenous'],
};

/** Types that make a meeting an answer to a need beyond the feed's own ("an LGBTQ support group"). */
export const TYPE_NEEDS: Readonly<Record<string, readonly NeedId[]>> = {
  LGBTQ: ['lgbtq'],
  G: ['lgbtq'],
  L: ['lgbtq'],
  BI: ['lgbtq'],
  NB: ['lgbtq'],
  T: ['lgbtq'],
};

/** Language types → ISO 639 codes (ASL is "ase", as elsewhere in the directory). */
export const TYPE_LANGUAGES: Readonly<Record<string, string>> = {
  EN: 'en',
  S: 'es',
  FR: 'fr',
  DE: 'de',
  ITA: 'it',
  POL: 'pl',
  POR: 'pt',
  RUS: 'ru',
  UK: 'uk',
  JA: 'ja',
  KOR: 'ko',
  AR: 'ar',
  FA: 'fa',
  HE: 'he',
  HI: 'hi',
  NL: 'nl',
  TL: 'tl',
  TH: 'th',
  TUR: 'tr',
  ASL: 'ase',
};

/** "Location temporarily closed": such a meeting meets online only, or not at all. */
export const TEMPORARILY_CLOSED = 'TC';

/**
 * BMLT format keys (as the root server's default formats name them) → Meeting Guide codes, so NA meetings get
 * the same translated labels. Keys without a Meeting Guide equivalent (BT "Basic Text", JT "Just for Today") are
 * not shown. VM (virtual), HY (hybrid) and TC (temporarily closed) are read as attendance, not as types.
 */
export const BMLT_FORMATS: Readonly<Record<string, string>> = {
  O: 'O',
  C: 'C',
  B: 'BE',
  D: 'D',
  ES: 'S',
  ENG: 'EN',
  FIN: 'FI',
  GL: 'LGBTQ',
  M: 'M',
  W: 'W',
  YP: 'Y',
  WC: 'X',
  So: 'SP',
  St: 'ST',
  Tr: 'TR',
  TW: 'TR',
  BK: 'LIT',
  ME: 'MED',
  CL: 'CAN',
  CW: 'CF',
  SL: 'ASL',
  Ag: 'A',
  TC: 'TC',
};
