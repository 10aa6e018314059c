import { foldText, foldTokens } from '../understanding/normalise';
import { stem } from '../understanding/stem';
import type { Resource } from './schema';

// Words that say nothing about which resource fits ("i need a group near austin please").
const QUIET_WORDS = new Set(
  'the and for with near from that this need want looking find help please some any about just like have your you are can will would there where what who how into over other others really very free online busco necesito quiero para por con una uno unos unas los las del que cerca ayuda favor'.split(
    ' ',
  ),
);

/** The words of a search text worth matching: folded, three letters or more, not filler. */
export function queryWords(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(foldTokens(text).filter((w) => w.length >= 3 && !QUIET_WORDS.has(w) && !/^\d+$/.test(w)))];
}

/**
 * How well a resource's words cover the query words, 0..1. A word counts when a resource word starts
 * with it or with its stem ("counsel" finds "counselling"); a hit in the name counts a half extra.
 */
export function textScore(words: readonly string[], resource: Resource): number {
  if (words.length === 0) return 0;
  const name = ` ${foldText(`${resource.name} ${resource.organization}`)}`;
  const body = ` ${foldText(`${resource.description} ${resource.description_es ?? ''} ${resource.audiences.join(' ')}`)}`;
  let total = 0;
  for (const w of words) {
    const probes = [` ${w}`, ` ${stem(w)}`];
    if (probes.some((p) => name.includes(p))) total += 1.5;
    else if (probes.some((p) => body.includes(p))) total += 1;
  }
  return Math.min(1, total / words.length);
}
