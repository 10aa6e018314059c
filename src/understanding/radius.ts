import { Culture, recognizeDimension } from '@microsoft/recognizers-text-suite';
import type { Lang } from '../i18n/lang';
import { foldText } from './normalise';

const KM_PER_UNIT: Record<string, number> = {
  mile: 1.609344,
  milla: 1.609344,
  kilometer: 1,
  kilometre: 1,
  kilometro: 1,
  meter: 0.001,
  metre: 0.001,
  metro: 0.001,
};
// The recognizer costs most of a millisecond a call; most messages name no distance, so ask it only
// when a distance word is there. "25mi" and "10k" it does not read, so they are caught here.
const DISTANCE_WORD = /\b(\d+(\.\d+)?\s*(mi|miles?|km|kms|k)|miles?|millas?|kilomet\w*|kilometr\w*|metres?|meters?|metros?)\b/;
const COMPACT = /\b(\d+(?:\.\d+)?)\s*(mi|km|kms|k)\b/;
/** Radii outside this range are not search radii ("I walked 5000 metres", "3 miles of road"). */
const MIN_KM = 0.5;
const MAX_KM = 500;

/** The search radius a message asks for ("within 10 miles", "15 km", "a diez millas"), in km, or null. */
export function parseRadiusKm(text: string, lang: Lang = 'en'): number | null {
  const folded = foldText(text);
  if (!DISTANCE_WORD.test(folded)) return null;
  const cultures = lang === 'es' ? [Culture.Spanish, Culture.English] : [Culture.English, Culture.Spanish];
  for (const culture of cultures) {
    for (const found of recognizeDimension(String(text), culture)) {
      const resolution = found.resolution as { value?: string; unit?: string } | undefined;
      const perUnit = KM_PER_UNIT[foldText(resolution?.unit ?? '')];
      const value = Number(resolution?.value);
      if (perUnit !== undefined && Number.isFinite(value)) return plausible(value * perUnit);
    }
  }
  const compact = COMPACT.exec(folded);
  if (compact) return plausible(Number(compact[1]) * (compact[2] === 'mi' ? KM_PER_UNIT.mile! : 1));
  return null;
}

function plausible(km: number): number | null {
  return km >= MIN_KM && km <= MAX_KM ? Math.round(km * 10) / 10 : null;
}
