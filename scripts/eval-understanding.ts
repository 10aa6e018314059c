/**
 * `npm run eval:understanding`: accuracy of need detection (an expected need among the top two) and
 * place resolution (the right city, null, or an ambiguous name with alternatives) on the corpora in
 * test/fixtures, per language, with every miss listed. The holdout files were never tuned on.
 * Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/i18n/lang';
import { detectLanguage, resolvePlace, scoreNeeds } from '../src/understanding';

interface Row {
  lang: Lang;
  expected: string;
  text: string;
}

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const NEED_FILES = ['needs-corpus.tsv', 'needs-holdout.tsv', 'needs-unseen.tsv'];
const PLACE_FILES = ['places-corpus.tsv', 'places-holdout.tsv', 'places-unseen.tsv'];

function readRows(file: string): Row[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [lang, expected, text] = l.split('\t');
      if (!lang || !expected || text === undefined) throw new Error(`${file}: bad line "${l}"`);
      return { lang: lang as Lang, expected, text };
    });
}

function pct(hits: number, total: number): string {
  return total === 0 ? '   -  ' : `${((100 * hits) / total).toFixed(1).padStart(5)}%`;
}

function report(title: string, file: string, rows: Row[], judge: (r: Row) => { ok: boolean; got: string }): void {
  const misses: string[] = [];
  const by: Record<string, { hits: number; total: number }> = {};
  for (const r of rows) {
    const { ok, got } = judge(r);
    for (const key of [r.lang, 'all']) {
      by[key] ??= { hits: 0, total: 0 };
      by[key].total++;
      if (ok) by[key].hits++;
    }
    if (!ok) misses.push(`    [${r.lang}] "${r.text}" expected ${r.expected}, got ${got}`);
  }
  const cell = (k: string) => `${k} ${pct(by[k]?.hits ?? 0, by[k]?.total ?? 0)} (${by[k]?.hits ?? 0}/${by[k]?.total ?? 0})`;
  console.log(`${title.padEnd(8)} ${file.padEnd(20)} ${cell('en')}   ${cell('es')}   ${cell('all')}`);
  for (const m of misses) console.log(m);
}

function main(): void {
  console.log('Needs: an expected need in the top two');
  for (const file of NEED_FILES) {
    report('needs', file, readRows(file), (r) => {
      const got = scoreNeeds(r.text, r.lang).map((s) => s.id);
      return { ok: r.expected.split('|').some((e) => got.slice(0, 2).includes(e as never)), got: `[${got.join(', ')}]` };
    });
  }
  console.log('\nPlaces: the right city ("City|REGION|CC"), null, or an ambiguous name with alternatives');
  for (const file of PLACE_FILES) {
    report('places', file, readRows(file), (r) => {
      const p = resolvePlace(r.text);
      const got = p
        ? `${p.name}|${p.region ?? ''}|${p.country}${p.alternatives ? ` (+${p.alternatives.length} alternatives)` : ''}`
        : 'null';
      if (r.expected === 'null') return { ok: p === null, got };
      if (r.expected.startsWith('ambiguous:'))
        return { ok: !!p && p.name === r.expected.slice(10) && (p.alternatives?.length ?? 0) > 0, got };
      return { ok: !!p && `${p.name}|${p.region ?? ''}|${p.country}` === r.expected, got };
    });
  }
  console.log('\nPlaces wrongly read from need utterances (none of them names a place)');
  for (const file of NEED_FILES) {
    report('no-place', file, readRows(file), (r) => {
      const p = resolvePlace(r.text);
      return { ok: p === null, got: p ? `${p.name}|${p.region ?? ''}|${p.country}` : 'null' };
    });
  }
  // Short messages ("seattle", "rehab") carry no language signal: detectLanguage says null and the
  // locale or the conversation decides. Report how often it answers, and how often it is right when it does.
  const all = [...NEED_FILES, ...PLACE_FILES].flatMap(readRows);
  const answered = all.filter((r) => detectLanguage(r.text) !== null);
  console.log(`\nLanguage detection: answered ${answered.length}/${all.length} utterances; accuracy when it answered:`);
  report('lang', 'all files', answered, (r) => {
    const got = detectLanguage(r.text);
    return { ok: got === r.lang, got: String(got) };
  });
}

main();
