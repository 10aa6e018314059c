/** Understanding: text → needs, place, radius, filters and language. Pure; no botbuilder. */
export { parseFrame } from './parseFrame';
export { detectNeeds, scoreNeeds, type ScoredNeed } from './needs';
export { resolvePlace, resolvePlaceCandidates, wantsOnline, type PlaceCandidate, type ResolvePlaceOptions } from './place';
export { detectLanguage } from './language';
export { parseRadiusKm } from './radius';
export { detectFilters } from './filters';
export { Gazetteer } from './gazetteer';
export * from './types';
