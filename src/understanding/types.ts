import type { Lang } from '../i18n/lang';
import type { CrisisKind, CrisisLevel } from '../safety/types';
import type { LineRequest } from './lineRequest';

/** The need taxonomy (ARCHITECTURE.md). Ids are stable: data files and stored state use them. */
export const NEED_IDS = [
  'support-group',
  'therapy',
  'crisis-line',
  'domestic-violence',
  'sexual-assault',
  'grief',
  'veterans-ptsd',
  'substance-use',
  'child-abuse-survivor',
  'lgbtq',
  'legal-aid',
  'housing',
  'general-info',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** A resolved place. `region` is the state or province code where the country has them. */
export interface Place {
  name: string;
  region: string | null;
  country: string;
  lat: number;
  lon: number;
  /** Present when the name was ambiguous ("Portland"): the other likely places, most populous first. */
  alternatives?: Place[];
  /**
   * What was named, when not a town: a state, province or county ("region"; lat/lon is its centre), or the
   * device's own location, rounded ("device"). Absent for towns and postcodes.
   */
  kind?: 'region' | 'device';
  /** For a region: about how far it reaches from its centre, so a search can cover it. */
  extentKm?: number;
}

export const COSTS = ['free', 'sliding-scale', 'insurance', 'fee'] as const;
export type Cost = (typeof COSTS)[number];

export const MODES = ['in-person', 'online', 'phone', 'text'] as const;
export type Mode = (typeof MODES)[number];

/** What the person asked for beyond need and place. Every field is optional. */
export interface Filters {
  cost?: Cost;
  mode?: Mode;
  /** ISO 639-1 language of the service ("es"). */
  language?: string;
  /** An audience id such as "veterans", "lgbtq", "women", "youth". */
  audience?: string;
  format?: 'group' | 'one-to-one';
}

/** One message understood (the output of `kindred parse`). */
export interface Frame {
  text: string;
  lang: Lang;
  crisis: { detected: boolean; level: CrisisLevel; kinds: CrisisKind[]; signals: string[] };
  needs: NeedId[];
  place: Place | null;
  radiusKm: number | null;
  filters: Filters;
  /** The person asks for a line ("what's the suicide hotline?"); the dialog answers it at once, in that turn. */
  lineRequest?: LineRequest | null;
  /** A question the knowledge base answers ("what is EMDR?", "is this free?"), by answer id and topic. */
  answer?: { id: string; topic: string } | null;
  /** "Near me", "cerca de mí": help near them is wanted, but they have not said where (place stays null). */
  nearMe?: boolean;
}
