/**
 * `npm run eval:safety [--misses-only] [file.tsv ...]`: scores the crisis detector on the labelled corpus
 * and the holdout (test/fixtures/crisis-*.tsv). Prints, per file, recall per language × kind, false
 * alarms per kind (lines that do not expect the kind but got it), overall recall and false-positive rate,
 * recall on lines tagged `direct`, and every miss and false alarm. Recall and false alarms are never
 * merged into one score (SAFETY.md). It prints; the unit tests guard behaviour.
 */
import { detectCrisis } from '../src/safety/detectCrisis';
import { CRISIS_KINDS, type CrisisKind } from '../src/safety/types';
import { CRISIS_CORPUS, CRISIS_HOLDOUT, readCrisisCases, type CrisisCase } from '../test/fixtures/crisis-cases';

interface Outcome {
  c: CrisisCase;
  got: CrisisKind[];
}

const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function evaluate(file: string): void {
  const outcomes: Outcome[] = readCrisisCases(file).map((c) => ({ c, got: detectCrisis(c.text, c.lang).kinds }));
  const langs = [...new Set(outcomes.map((o) => o.c.lang))].sort();
  console.log(
    `\n## ${file.split('/').slice(-1)[0]}: ${outcomes.length} lines, ${outcomes.filter((o) => o.c.kinds.length === 0).length} without a crisis`,
  );

  console.log('\nRecall (lines expecting the kind that got it)');
  console.log(`${'kind'.padEnd(12)} ${langs.map((l) => `${l}: n caught recall`.padEnd(22)).join(' ')} all: n caught recall`);
  let expected = 0;
  let caught = 0;
  for (const kind of CRISIS_KINDS) {
    const cells: string[] = [];
    let n = 0;
    let k = 0;
    for (const lang of langs) {
      const rows = outcomes.filter((o) => o.c.lang === lang && o.c.kinds.includes(kind));
      const hit = rows.filter((o) => o.got.includes(kind)).length;
      cells.push(`${String(rows.length).padStart(7)} ${String(hit).padStart(6)} ${pct(hit, rows.length)}`.padEnd(22));
      n += rows.length;
      k += hit;
    }
    expected += n;
    caught += k;
    console.log(`${kind.padEnd(12)} ${cells.join(' ')} ${String(n).padStart(6)} ${String(k).padStart(6)} ${pct(k, n)}`);
  }
  console.log(
    `${'all kinds'.padEnd(12)} ${' '.repeat(23 * langs.length)}${String(expected).padStart(5)} ${String(caught).padStart(6)} ${pct(caught, expected)}`,
  );

  const positives = outcomes.filter((o) => o.c.kinds.length > 0);
  const fullyCaught = positives.filter((o) => o.c.kinds.every((k) => o.got.includes(k))).length;
  const anyCaught = positives.filter((o) => o.got.length > 0).length;
  const direct = positives.filter((o) => o.c.tags.includes('direct'));
  const directCaught = direct.filter((o) => o.c.kinds.every((k) => o.got.includes(k))).length;
  console.log(
    `\nCrisis lines flagged at all: ${anyCaught}/${positives.length} (${pct(anyCaught, positives.length).trim()}); with every expected kind: ${fullyCaught}/${positives.length} (${pct(fullyCaught, positives.length).trim()})`,
  );
  console.log(
    `Direct statements (tag "direct") with every expected kind: ${directCaught}/${direct.length} (${pct(directCaught, direct.length).trim()})`,
  );
  for (const lang of langs) {
    const rows = positives.filter((o) => o.c.lang === lang);
    const hit = rows.filter((o) => o.got.length > 0).length;
    console.log(`  ${lang}: crisis lines flagged ${hit}/${rows.length} (${pct(hit, rows.length).trim()})`);
  }

  console.log('\nFalse alarms per kind (lines not expecting the kind that got it)');
  console.log(
    `${'kind'.padEnd(12)} ${'lines'.padStart(6)} ${'false'.padStart(6)} ${'rate'.padStart(6)}   ${langs.map((l) => `${l} rate`).join('  ')}`,
  );
  for (const kind of CRISIS_KINDS) {
    const rows = outcomes.filter((o) => !o.c.kinds.includes(kind));
    const fp = rows.filter((o) => o.got.includes(kind)).length;
    const byLang = langs.map((lang) => {
      const r = rows.filter((o) => o.c.lang === lang);
      return pct(r.filter((o) => o.got.includes(kind)).length, r.length);
    });
    console.log(
      `${kind.padEnd(12)} ${String(rows.length).padStart(6)} ${String(fp).padStart(6)} ${pct(fp, rows.length)}   ${byLang.join('  ')}`,
    );
  }
  const negatives = outcomes.filter((o) => o.c.kinds.length === 0);
  const alarms = negatives.filter((o) => o.got.length > 0).length;
  console.log(`Lines without a crisis that raised an alarm: ${alarms}/${negatives.length} (${pct(alarms, negatives.length).trim()})`);
  for (const lang of langs) {
    const rows = negatives.filter((o) => o.c.lang === lang);
    const fp = rows.filter((o) => o.got.length > 0).length;
    console.log(`  ${lang}: ${fp}/${rows.length} (${pct(fp, rows.length).trim()})`);
  }

  // Language from the words alone (no locale), as when a Spanish speaker writes in an English-locale client.
  const langRight = outcomes.filter((o) => detectCrisis(o.c.text, null).lang === o.c.lang).length;
  const crisisLangRight = positives.filter((o) => detectCrisis(o.c.text, null).lang === o.c.lang).length;
  console.log(
    `\nLanguage told from the words alone (no locale): ${langRight}/${outcomes.length} lines (${pct(langRight, outcomes.length).trim()}); crisis lines ${crisisLangRight}/${positives.length} (${pct(crisisLangRight, positives.length).trim()})`,
  );

  const misses = positives.filter((o) => !o.c.kinds.every((k) => o.got.includes(k)));
  const wrong = outcomes.filter((o) => o.got.some((k) => !o.c.kinds.includes(k)));
  console.log(`\nMisses (${misses.length}):`);
  for (const o of misses) console.log(`  ${o.c.line} [${o.c.lang}] want ${o.c.kinds.join(',')} got ${o.got.join(',') || '-'}: ${o.c.text}`);
  console.log(`False alarms (${wrong.length}):`);
  for (const o of wrong) console.log(`  ${o.c.line} [${o.c.lang}] want ${o.c.kinds.join(',') || '-'} got ${o.got.join(',')}: ${o.c.text}`);
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const file of files.length > 0 ? files : [CRISIS_CORPUS, CRISIS_HOLDOUT]) evaluate(file);
