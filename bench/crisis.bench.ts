/**
 * Crisis detector speed: microseconds per message over the evaluation corpus (median and p99), the
 * median for 200-character messages, and the same on text full of unseen typos (the word cache cannot
 * help there). Baseline, measured in the same run: lowercase the message and test it for every phrase
 * of the same lexicons with `String.includes` (no typo tolerance, no context rules).
 */
import { detectCrisis } from '../src/safety/detectCrisis';
import { shippedCrisisLanguages } from '../src/safety/shippedLexicons';
import type { CrisisLexicon } from '../src/safety/crisisLexicon';
import { CRISIS_CORPUS, CRISIS_HOLDOUT, readCrisisCases } from '../test/fixtures/crisis-cases';

const ROUNDS = 15;

/** The lexicons' entries as plain lower-case strings: alternatives and sets expanded, stems as prefixes. */
function plainPhrases(lexicons: CrisisLexicon[]): string[] {
  const out = new Set<string>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      let variants = [''];
      for (const token of entry.text.split(/\s+/)) {
        const alts = token.split('|').flatMap((a) => (a.startsWith('@') ? (lexicon.sets[a.slice(1)] ?? []) : [a]));
        variants = variants.flatMap((v) => alts.map((a) => `${v} ${a.replace(/_/g, ' ').replace(/\*$/, '')}`)).slice(0, 400);
      }
      for (const v of variants) out.add(v.trim().toLowerCase());
    }
  }
  return [...out];
}

function naiveDetector(phrases: string[]): (text: string) => boolean {
  return (text) => {
    const lower = text.toLowerCase();
    let found = false;
    for (const p of phrases) if (lower.includes(p)) found = true;
    return found;
  };
}

function timeEach(texts: string[], fn: (t: string) => unknown, rounds = ROUNDS): number[] {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      fn(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** ~200-character messages cut from the corpus at word boundaries. */
function messagesOf200(texts: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const text of [...texts, ...texts]) {
    current = current ? `${current} ${text}` : text;
    if (current.length >= 200) {
      const cut = current.lastIndexOf(' ', 200);
      out.push(current.slice(0, cut > 150 ? cut : 200));
      current = '';
    }
  }
  return out;
}

/** Every word of 4+ letters gets a random typo, so almost every word is new to the detector's cache. */
function withTypos(texts: string[], seed: number): string[] {
  let s = seed;
  const rand = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  return texts.map((t) =>
    t.replace(/[a-z]{4,}/g, (w) => {
      const i = rand(w.length);
      return w.slice(0, i) + String.fromCharCode(97 + rand(26)) + w.slice(i + 1);
    }),
  );
}

export default async function crisisBench(): Promise<void> {
  const texts = [...readCrisisCases(CRISIS_CORPUS), ...readCrisisCases(CRISIS_HOLDOUT)].map((c) => c.text);
  const phrases = plainPhrases(shippedCrisisLanguages().languages.map((l) => l.lexicon));
  const naive = naiveDetector(phrases);
  const detect = (t: string): unknown => detectCrisis(t);
  const short = messagesOf200(texts);
  // A fresh set of typos per round, so the word cache has (almost) never seen them.
  const typos = Array.from({ length: ROUNDS }, (_, seed) => withTypos(texts, seed + 1)).flat();

  for (let i = 0; i < 5; i++)
    for (const t of [...texts, ...short]) {
      detect(t);
      naive(t);
    } // warm up (JIT, caches)

  const rows: Array<[string, number[], number[]]> = [
    [
      `corpus + holdout (${texts.length} messages, avg ${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} chars)`,
      timeEach(texts, detect),
      timeEach(texts, naive),
    ],
    [`200-character messages (${short.length})`, timeEach(short, detect), timeEach(short, naive)],
    [`corpus, a new random typo in every word each round (cold word cache)`, timeEach(typos, detect, 1), timeEach(typos, naive, 1)],
  ];
  console.log(`naive baseline: lowercase + String.includes over ${phrases.length} expanded lexicon phrases; ${ROUNDS} rounds each`);
  console.log(
    `${'messages'.padEnd(72)} ${'median µs'.padStart(10)} ${'p99 µs'.padStart(8)} | ${'naive med'.padStart(9)} ${'naive p99'.padStart(9)} | ratio med`,
  );
  for (const [name, ours, base] of rows) {
    const med = quantile(ours, 0.5);
    const baseMed = quantile(base, 0.5);
    console.log(
      `${name.padEnd(72)} ${med.toFixed(1).padStart(10)} ${quantile(ours, 0.99).toFixed(1).padStart(8)} | ${baseMed.toFixed(1).padStart(9)} ${quantile(base, 0.99).toFixed(1).padStart(9)} | ${(med / baseMed).toFixed(2)}x`,
    );
  }
}
