import type { CrisisEntry } from './crisisLexicon';
import type { PhraseHit, PreparedMessage } from './phraseMatcher';
import type { CrisisKind } from './types';

/** Who a phrase hit belongs to: a lexicon entry (it means a crisis) or a named context group. */
export type HitOwner =
  | { type: 'entry'; entry: CrisisEntry; kinds: CrisisKind[]; lang: string }
  | { type: 'group'; name: string };

/** Kinds whose subject decides whether the person at risk is the writer or someone else. */
const SELF_DIRECTED: ReadonlySet<CrisisKind> = new Set(['suicide', 'self-harm', 'overdose']);
/** How far back (in words, same sentence) the subject of a self-directed phrase is looked for. */
const SUBJECT_REACH = 10;

/**
 * Turns phrase hits into crisis kinds. The rules are few and narrow on purpose, because a missed crisis
 * is far worse than a false alarm (SAFETY.md):
 * 1. an idiom ("this traffic is killing me", "me muero de risa") cancels only the hits it overlaps;
 * 2. an entry's `requires` / `unless` groups are checked (near it, or in its sentence for `unless`);
 * 3. an entry marked `history` is silenced only when the message has a calm-history marker and no
 *    marker that it is happening now ("again", "tonight", "still");
 * 4. a self-directed entry whose nearest subject is someone else adds third-party, and an entry with an
 *    `actor` fires only for that subject (writer or someone else);
 * 5. any crisis written by a child ("im 12") adds child-risk.
 * Negation never silences anything: "I'm not going to kill myself... I don't know" stays a crisis.
 */
export function judgeHits(all: PhraseHit[], message: PreparedMessage, owners: readonly HitOwner[]): Set<CrisisKind> {
  const kinds = new Set<CrisisKind>();
  const idioms: PhraseHit[] = [];
  for (const hit of all) if (groupName(owners, hit) === 'idiom') idioms.push(hit);
  const hits = idioms.length === 0 ? all : all.filter((h) => groupName(owners, h) === 'idiom' || !idioms.some((i) => overlaps(h, i)));

  const groups = new Map<string, PhraseHit[]>();
  for (const hit of hits) {
    const name = groupName(owners, hit);
    if (name === null) continue;
    const list = groups.get(name);
    if (list) list.push(hit);
    else groups.set(name, [hit]);
  }
  const calmHistory = groups.has('history') && !groups.has('acute');
  const sentenceOf = (pos: number): number => message.tokens[pos]?.sentence ?? -1;

  for (const hit of hits) {
    const owner = owners[hit.owner];
    if (owner?.type !== 'entry') continue;
    const { entry } = owner;
    if (entry.history && calmHistory) continue;
    const near = entry.near;
    const inReach = (g: PhraseHit): boolean =>
      near === undefined ? true : g.end >= hit.start - near && g.start <= hit.end + near;
    const inSentence = (g: PhraseHit): boolean =>
      near === undefined ? sentenceOf(g.start) === sentenceOf(hit.start) || sentenceOf(g.end) === sentenceOf(hit.end) : inReach(g);
    if (entry.requires && !entry.requires.some((name) => (groups.get(name) ?? []).some(inReach))) continue;
    if (entry.unless && entry.unless.some((name) => (groups.get(name) ?? []).some(inSentence))) continue;

    const who = nearestSubject(hit, groups, sentenceOf);
    if (entry.actor === 'writer' && who === 'third') continue;
    if (entry.actor === 'other' && who !== 'third') continue;

    for (const kind of owner.kinds) kinds.add(kind);
    const subject = entry.subject ?? (owner.kinds.some((k) => SELF_DIRECTED.has(k)) ? 'scope' : 'first');
    if (subject === 'third' || (subject === 'scope' && who === 'third')) kinds.add('third-party');
  }
  if (kinds.size > 0 && groups.has('child')) kinds.add('child-risk');
  return kinds;
}

/** Whether the closest subject before a hit, in its sentence, is the writer or another person. */
function nearestSubject(
  hit: PhraseHit,
  groups: ReadonlyMap<string, PhraseHit[]>,
  sentenceOf: (pos: number) => number,
): 'first' | 'third' | null {
  let best: { end: number; who: 'first' | 'third' } | null = null;
  const sentence = sentenceOf(hit.start);
  for (const [name, who] of [['first-person', 'first'], ['third-person', 'third']] as const) {
    for (const g of groups.get(name) ?? []) {
      if (g.start >= hit.start || g.end < hit.start - SUBJECT_REACH || sentenceOf(g.start) !== sentence) continue;
      if (!best || g.end > best.end || (g.end === best.end && who === 'first')) best = { end: g.end, who };
    }
  }
  return best?.who ?? null;
}

function groupName(owners: readonly HitOwner[], hit: PhraseHit): string | null {
  const owner = owners[hit.owner];
  return owner?.type === 'group' ? owner.name : null;
}

function overlaps(a: PhraseHit, b: PhraseHit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
