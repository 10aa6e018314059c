import { Gazetteer, type CityRef } from './gazetteer';
import { messageTokens, type MessageToken } from './messageTokens';
import { foldText, placeKey } from './normalise';
import type { Place } from './types';

/** Options for place resolution. */
export interface ResolvePlaceOptions {
  /** ISO country to prefer when a name is shared (from the locale, "en-GB" → "GB"). */
  country?: string | null;
  /** The gazetteer to use (tests pass a small one); defaults to the shipped one. */
  gazetteer?: Gazetteer;
}

/** A place candidate with the score it was ranked by (for the dialog and for tests). */
export interface PlaceCandidate {
  place: Place;
  score: number;
  /** Where in the message's words the name was found. */
  span: [number, number];
  via: CityRef['via'] | 'postcode';
  population: number;
  /** Whether a region or country named right after the name ("Portland, ME") agreed with this place. */
  hint: 'matched' | 'mismatched' | 'none';
}

// Ranking weights, in units of log10(population). A typo costs as much as a city 3.8 times smaller:
// "Pittsburg" reaches Pittsburgh (4.4 times Pittsburg, CA) but "Derry" stays Derry (Derby is 3.2
// times bigger); both sit near the line, which is why a typo reading lists the exact town as an
// alternative. A matching "City, ST" outweighs any population gap; a nickname is meant on purpose.
const TYPO_COST = 0.58;
const ALIAS_BONUS = 2;
const CUE_BONUS = 0.5;
const REGION_MATCH_BONUS = 4;
const COUNTRY_MATCH_BONUS = 2.5;
const HINT_MISMATCH_COST = 5;
const LOCALE_COUNTRY_BONUS = 0.5;
const WORD_BONUS = 0.3;
const MAX_SPAN_WORDS = 5;
/** Places are looked for in the first words only: a chat message that names a place names it early, and cost stays bounded. */
const MAX_MESSAGE_WORDS = 120;
/** Everyday-word towns (Mesa, Reading) need a cue and at least this many people, or a matching "City, ST". */
const EVERYDAY_MIN_POPULATION = 20_000;
/** A typo with no cue ("in", "near") and no region after it only reaches a city this big ("sna fransisco", not "hurts" → Hurst), … */
const BARE_TYPO_MIN_POPULATION = 100_000;
/** … and with a cue but no region, this big ("recovering from heroin" is not Herrin, IL). */
const CUED_TYPO_MIN_POPULATION = 50_000;
/** Inside a longer message, a town smaller than this needs a cue or a region ("maltrata" is a verb before it is a town). */
const BARE_TOWN_MIN_POPULATION = 20_000;
/** Another place of the same name is a real alternative when at least this big, and … */
const AMBIGUOUS_MIN_POPULATION = 20_000;
/** … at least this share of the top place's population (Portland, ME is a tenth of Portland, OR; Boston, UK a twentieth of Boston, MA). */
const AMBIGUOUS_MIN_SHARE = 0.08;
const MAX_ALTERNATIVES = 4;

const ZIP = /\b(\d{5})(?:-\d{4})?\b/;
const CANADIAN_POSTCODE = /\b([A-Za-z]\d[A-Za-z])(?:\s?\d[A-Za-z]\d)?\b/;
/** A full UK postcode ("SW1A 1AA", "m1 1ae"): its area letters resolve it. */
const UK_POSTCODE = /\b([A-Za-z]{1,2})\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b/;
/** A UK outward code alone ("SW1A", "LS6"), taken only when the message is little more than it. */
const UK_OUTWARD = /^(?:(?:in|near|around|postcode|my postcode is|cerca de|en)\s+)?([A-Za-z]{1,2})\d[A-Za-z\d]?$/i;
/** An Eircode ("D02 X285") or its routing key alone ("D02", "A94"). */
const EIRCODE = /\b([AC-FHKNPRTV-Ya-fhknprtv-y]\d{2}|[Dd]6[Ww])(\s?[0-9AC-FHKNPRTV-Ya-fhknprtv-y]{4})?\b/;
/** Four digits: an Australian postcode only with something saying Australia (the locale, a state, "postcode"). */
const FOUR_DIGITS = /\b(\d{4})\b/;
const AU_HINT = /\b(australia|aus|nsw|vic|qld|tas|act|wa|sa|nt|new south wales|victoria|queensland|tasmania|postcode|post code)\b/i;
/** A message this short may be a bare postcode area or routing key ("in D02", "LS6 please"). */
const BARE_CODE_MAX_WORDS = 3;

/** The place a message names, or null ("near me" and "online" are null too). Ambiguous names carry `alternatives`. */
export function resolvePlace(text: string, options: ResolvePlaceOptions = {}): Place | null {
  const gazetteer = options.gazetteer ?? Gazetteer.shared();
  // A county or "X state" is named on purpose: it wins over a town hiding inside it ("Orange" in "Orange County").
  const explicit = namedRegion(text, gazetteer, options.country ?? null, true);
  if (explicit) return explicit;
  const [top, ...rest] = resolvePlaceCandidates(text, options);
  if (!top) return namedRegion(text, gazetteer, options.country ?? null, false);
  const place: Place = { ...top.place };
  const alternatives = ambiguousAlternatives(top, rest, options.country ?? null);
  if (alternatives.length > 0) place.alternatives = alternatives;
  return place;
}

/**
 * Every reading of the message as a place, best first, one per city. The first is what
 * resolvePlace returns; the dialog may show the others when it asks "did you mean…".
 */
export function resolvePlaceCandidates(text: string, options: ResolvePlaceOptions = {}): readonly PlaceCandidate[] {
  // One turn asks about the same message more than once (the frame, then how sure the place is): the last
  // answer is kept (pure function, frozen result) for the shipped gazetteer.
  const shared = options.gazetteer === undefined;
  const country = options.country ?? null;
  if (shared && lastCandidates && lastCandidates.text === text && lastCandidates.country === country) return lastCandidates.result;
  const result = Object.freeze(findCandidates(text, options));
  if (shared) lastCandidates = { text, country, result };
  return result;
}

let lastCandidates: { text: string; country: string | null; result: readonly PlaceCandidate[] } | null = null;

function findCandidates(text: string, options: ResolvePlaceOptions): PlaceCandidate[] {
  const gazetteer = options.gazetteer ?? Gazetteer.shared();
  const postcode = postcodePlace(String(text ?? ''), gazetteer, options.country ?? null);
  if (postcode) return [{ place: postcode, score: Infinity, span: [0, 0], via: 'postcode', population: 0, hint: 'none' }];

  const tokens = messageTokens(text).slice(0, MAX_MESSAGE_WORDS);
  const byCity = new Map<number, PlaceCandidate & { index: number }>();
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_SPAN_WORDS); end++) {
      for (const c of scoreSpan(tokens, start, end, gazetteer, options.country ?? null)) {
        const prev = byCity.get(c.index);
        if (!prev || c.score > prev.score) byCity.set(c.index, c);
      }
    }
  }
  return [...byCity.values()].sort((a, b) => b.score - a.score || a.index - b.index).map(({ index: _i, ...c }) => c);
}

function scoreSpan(tokens: MessageToken[], start: number, end: number, g: Gazetteer, localeCountry: string | null) {
  // "my name is Austin", "soy Victoria": a name the person gives for themselves is not a place.
  if (introducesName(tokens, start, g)) return [];
  const words = tokens.slice(start, end);
  const key = placeKey(words.map((t) => t.folded).join(' '));
  const raw = words.map((t) => t.raw).join(' ');
  // A span naming a state or country ("texas", "ontario") is not a town, unless the next words say it
  // is ("victoria bc") or the town is the namesake of that very state ("puebla", "quebec").
  const regionsNamed = g.regions(foldText(key));
  const namesRegion = regionsNamed.length > 0;
  // Typo readings are looked up even when the words are also an exact name: "Pittsburg" is a small
  // town in California, but far more people who type it mean Pittsburgh.
  const refs = g.exact(key, raw);
  if (!namesRegion) refs.push(...fuzzyRefs(words, key, g));
  if (refs.length === 0) return [];

  const cue = hasCueBefore(tokens, start, g);
  const hint = hintAfter(tokens, end, g);
  const out: Array<PlaceCandidate & { index: number }> = [];
  for (const ref of refs) {
    const place = g.place(ref.index);
    const pop = g.population(ref.index);
    let score = Math.log10(Math.max(pop, 10)) - TYPO_COST * ref.edits + WORD_BONUS * (end - start - 1);
    if (ref.via === 'alias') score += ALIAS_BONUS;
    if (cue) score += CUE_BONUS;
    if (localeCountry && place.country === localeCountry) score += LOCALE_COUNTRY_BONUS;
    let hintState: PlaceCandidate['hint'] = 'none';
    if (hint.length > 0) {
      const region = hint.some((h) => h.country === place.country && h.region !== null && h.region === place.region);
      const country = hint.some((h) => h.country === place.country && h.region === null);
      if (region) score += REGION_MATCH_BONUS;
      else if (country) score += COUNTRY_MATCH_BONUS;
      else score -= HINT_MISMATCH_COST;
      hintState = region || country ? 'matched' : 'mismatched';
    }
    const bare = !cue && hintState !== 'matched';
    if (ref.via === 'fuzzy' && hintState !== 'matched' && pop < (cue ? CUED_TYPO_MIN_POPULATION : BARE_TYPO_MIN_POPULATION)) continue;
    const wholeMessage = start === 0 && end === tokens.length;
    if (bare && ref.via === 'name' && pop < BARE_TOWN_MIN_POPULATION && !wholeMessage) continue;
    // "in March", "en mayo": a time, unless a region or country is named with it ("March, England").
    if (g.isCalendarWord(key) && hintState !== 'matched') continue;
    const namesake = regionsNamed.some((r) => r.country === place.country && r.region === place.region);
    if (ref.via !== 'alias' && !namesake && (namesRegion || g.hasEverydayName(ref.index))) {
      const allowed = hintState === 'matched' || (!namesRegion && cue && pop >= EVERYDAY_MIN_POPULATION);
      if (!allowed) continue;
    }
    out.push({ index: ref.index, place, score, span: [start, end], via: ref.via, population: pop, hint: hintState });
  }
  return out;
}

/** Typo-tolerant readings, only for words that are not everyday words or cue words. */
function fuzzyRefs(words: MessageToken[], key: string, g: Gazetteer): readonly CityRef[] {
  const first = words[0]!.folded;
  const last = words[words.length - 1]!.folded;
  if (g.cueWords.has(first) || g.cueWords.has(last)) return [];
  if (words.every((w) => g.isEverydayWord(w.folded) || w.folded.length < 3)) return [];
  if (/^\d+$/.test(key.replace(/ /g, ''))) return [];
  return g.near(key);
}

function introducesName(tokens: MessageToken[], start: number, g: Gazetteer): boolean {
  for (let n = 1; n <= 3 && start - n >= 0; n++) {
    const before = tokens
      .slice(start - n, start)
      .map((t) => t.folded)
      .join(' ');
    if (g.introducesName(before)) return true;
  }
  return false;
}

function hasCueBefore(tokens: MessageToken[], start: number, g: Gazetteer): boolean {
  for (let n = 1; n <= 3 && start - n >= 0; n++) {
    const before = tokens
      .slice(start - n, start)
      .map((t) => t.folded)
      .join(' ');
    if (g.cueWords.has(before)) return true;
  }
  return false;
}

/** A region or country named right after the city ("Austin, TX", "perth australia", "toronto canadá"). */
function hintAfter(tokens: MessageToken[], end: number, g: Gazetteer) {
  for (let n = 3; n >= 1; n--) {
    if (end + n > tokens.length) continue;
    const key = tokens
      .slice(end, end + n)
      .map((t) => t.folded)
      .join(' ');
    const refs = g.regions(key);
    if (refs.length > 0) return refs;
  }
  return [];
}

function postcodePlace(text: string, g: Gazetteer, localeCountry: string | null): Place | null {
  const zip = ZIP.exec(text);
  if (zip) {
    const place = g.zip(zip[1]!);
    if (place) return place;
  }
  const ca = CANADIAN_POSTCODE.exec(text);
  const fsa = ca ? g.fsa(ca[1]!) : null;
  if (fsa) return fsa;
  const words = foldText(text).split(' ').filter(Boolean).length;
  const uk = UK_POSTCODE.exec(text) ?? (words <= BARE_CODE_MAX_WORDS ? UK_OUTWARD.exec(text.trim()) : null);
  const ukPlace = uk ? g.area('GB', uk[1]!.toUpperCase()) : null;
  if (ukPlace) return ukPlace;
  const ie = EIRCODE.exec(text);
  if (ie && (ie[2] || words <= BARE_CODE_MAX_WORDS || localeCountry === 'IE')) {
    const place = g.area('IE', ie[1]!.toUpperCase());
    if (place) return place;
  }
  const au = FOUR_DIGITS.exec(text);
  if (au && ((localeCountry === 'AU' && words <= BARE_CODE_MAX_WORDS) || AU_HINT.test(foldText(text)))) return g.area('AU', au[1]!);
  return null;
}

/**
 * The ambiguity rule: other places read from the same words as the top one that no "City, ST"
 * settled (the top was not confirmed by a hint, and they were not contradicted by one) and that
 * are comparable in size: at least AMBIGUOUS_MIN_POPULATION people and AMBIGUOUS_MIN_SHARE of the
 * top place's. When the top place is in the person's own country (from the locale), only places in
 * that country are offered. So "Portland" asks (OR or ME), "Portland, ME" and "London" do not.
 */
function ambiguousAlternatives(top: PlaceCandidate, rest: PlaceCandidate[], localeCountry: string | null): Place[] {
  if (top.via === 'postcode' || top.hint === 'matched') return [];
  const out: Place[] = [];
  for (const c of rest) {
    if (c.span[0] !== top.span[0] || c.span[1] !== top.span[1] || c.hint === 'mismatched') continue;
    // A name spelt right is not ambiguous with a typo of another name ("Derry" is not "Derby").
    if (c.via === 'fuzzy' && top.via !== 'fuzzy') continue;
    if (localeCountry === top.place.country && c.place.country !== localeCountry) continue;
    if (c.population < AMBIGUOUS_MIN_POPULATION || c.population < top.population * AMBIGUOUS_MIN_SHARE) continue;
    out.push(c.place);
    if (out.length === MAX_ALTERNATIVES) break;
  }
  return out;
}

/** True when the message says "near me", "nearby", "cerca de mí"... (whether or not it names a place too). */
export function saysNearMe(text: string, gazetteer: Gazetteer = Gazetteer.shared()): boolean {
  return gazetteer.saysNearMe(foldText(text));
}

/** Markers that a region is meant as a region: "new york state", "state of texas", "estado de jalisco". */
const REGION_MARKERS_AFTER = new Set(['state', 'province', 'estado', 'provincia']);
const REGION_MARKERS_BEFORE = new Set([
  'state of',
  'province of',
  'estado de',
  'provincia de',
  'the state of',
  'el estado de',
  'la provincia de',
]);

/**
 * A state, province or county the message names, as a place at its centre with its reach (`kind: 'region'`).
 * `explicitOnly`: only counties and regions marked as such ("new york state"); otherwise any region name.
 * Counties of one name in several states are ambiguous ("Orange County": California or Florida?).
 */
function namedRegion(text: string, g: Gazetteer, localeCountry: string | null, explicitOnly: boolean): Place | null {
  const tokens = messageTokens(text).slice(0, MAX_MESSAGE_WORDS);
  for (let start = 0; start < tokens.length; start++) {
    for (let end = Math.min(tokens.length, start + MAX_SPAN_WORDS); end > start; end--) {
      if (introducesName(tokens, start, g)) continue;
      const key = placeKey(
        tokens
          .slice(start, end)
          .map((t) => t.folded)
          .join(' '),
      );
      const counties = g.counties(key);
      if (counties.length > 0) {
        const hint = hintAfter(tokens, end, g);
        const fitting = hint.length > 0 ? counties.filter((c) => hint.some((h) => h.region === c.place.region)) : counties;
        const [top, ...rest] = fitting.length > 0 ? fitting : counties;
        const alternatives =
          hint.length > 0 ? [] : rest.filter((c) => c.weight >= top!.weight * AMBIGUOUS_MIN_SHARE * 4).slice(0, MAX_ALTERNATIVES);
        return alternatives.length > 0 ? { ...top!.place, alternatives: alternatives.map((a) => a.place) } : top!.place;
      }
      const refs = g.regions(foldText(key)).filter((r) => r.region !== null);
      if (refs.length === 0) continue;
      const after = tokens[end]?.folded;
      const before = [1, 2, 3].map((n) =>
        tokens
          .slice(Math.max(0, start - n), start)
          .map((t) => t.folded)
          .join(' '),
      );
      const marked =
        (after !== undefined && REGION_MARKERS_AFTER.has(after)) ||
        before.some((b) => REGION_MARKERS_BEFORE.has(b)) ||
        /\bstate\b/.test(key);
      if (explicitOnly && !marked) continue;
      // A code ("TX", "NSW") counts only typed in capitals: "hi", "in", "me", "ok" are words far more often than states.
      const raw = tokens
        .slice(start, end)
        .map((t) => t.raw)
        .join(' ');
      if (!marked && key.length <= 3 && raw !== raw.toUpperCase()) continue;
      const ref = refs.find((r) => r.country === localeCountry) ?? refs[0]!;
      const place = g.regionPlace(ref.country, ref.region!);
      if (place) return place;
    }
  }
  return null;
}

/** True when the person says they want help online or by phone rather than near a place. */
export function wantsOnline(text: string): boolean {
  return /\b(online|on line|virtual|virtually|by phone|over the phone|video call|zoom|en linea|por internet|por telefono|remote|remotely)\b/.test(
    foldText(text),
  );
}
