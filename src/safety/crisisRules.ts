import type { CrisisEntry } from './crisisLexicon';
import type { PhraseHit, PreparedMessage } from './phraseMatcher';
import type { CrisisKind } from './types';

/** Who a phrase hit belongs to: a lexicon entry (it means a crisis) or a named context group. */
export type HitOwner = { type: 'entry'; entry: CrisisEntry; kinds: CrisisKind[]; lang: string } | { type: 'group'; name: string };

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

  for (const hit of hits) {
    const owner = owners[hit.owner];
    if (owner?.type !== 'entry') continue;
    const { entry } = owner;
    if (entry.history && calmHistory) continue;
    if (entry.requires && !entry.requires.some((name) => anyNear(groups.get(name), hit, entry.near, false, message))) continue;
    if (entry.unless && entry.unless.some((name) => anyNear(groups.get(name), hit, entry.near, true, message))) continue;

    const who = nearestSubject(hit, groups, message);
    if (entry.actor === 'writer' && who === 'third') continue;
    if (entry.actor === 'other' && who !== 'third') continue;

    for (const kind of owner.kinds) kinds.add(kind);
    const subject = entry.subject ?? (owner.kinds.some((k) => SELF_DIRECTED.has(k)) ? 'scope' : 'first');
    if (subject === 'third' || (subject === 'scope' && who === 'third')) kinds.add('third-party');
  }
  if (kinds.size > 0 && groups.has('child')) kinds.add('child-risk');
  return kinds;
}

function sentenceOf(message: PreparedMessage, pos: number): number {
  return message.tokens[pos]?.sentence ?? -1;
}

/**
 * Whether a group hit counts for an entry hit: within `near` words of it when the entry says so;
 * otherwise anywhere in the message (`requires`) or in the same sentence (`unless`).
 */
function anyNear(
  list: PhraseHit[] | undefined,
  hit: PhraseHit,
  near: number | undefined,
  sameSentence: boolean,
  message: PreparedMessage,
): boolean {
  if (list === undefined) return false;
  for (const g of list) {
    if (near !== undefined) {
      if (g.end >= hit.start - near && g.start <= hit.end + near) return true;
    } else if (!sameSentence) {
      return true;
    } else if (
      sentenceOf(message, g.start) === sentenceOf(message, hit.start) ||
      sentenceOf(message, g.end) === sentenceOf(message, hit.end)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether the closest subject before a hit, in its sentence, is the writer or another person. */
function nearestSubject(hit: PhraseHit, groups: ReadonlyMap<string, PhraseHit[]>, message: PreparedMessage): 'first' | 'third' | null {
  let bestEnd = -1;
  let best: 'first' | 'third' | null = null;
  const sentence = sentenceOf(message, hit.start);
  for (const [name, who] of SUBJECT_GROUPS) {
    for (const g of groups.get(name) ?? []) {
      if (g.start >= hit.start || g.end < hit.start - SUBJECT_REACH || sentenceOf(message, g.start) !== sentence) continue;
      if (g.end > bestEnd || (g.end === bestEnd && who === 'first')) {
        bestEnd = g.end;
        best = who;
      }
    }
  }
  return best;
}

const SUBJECT_GROUPS = [
  ['first-person', 'first'],
  ['third-person', 'third'],
] as const;

function groupName(owners: readonly HitOwner[], hit: PhraseHit): string | null {
  const owner = owners[hit.owner];
  return owner?.type === 'group' ? owner.name : null;
}

function overlaps(a: PhraseHit, b: PhraseHit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
