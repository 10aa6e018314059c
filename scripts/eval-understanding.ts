/**
 * `npm run eval:understanding`: accuracy of need detection (an expected need among the top two), place
 * resolution (the right city, null, an ambiguous name with alternatives, or `region:NAME|CC`) and questions
 * (intent crisis-line | general-info | need, then topic) on the corpora in test/fixtures, per language, with
 * every miss listed. The holdout files were never tuned on. Prints figures; asserts nothing.
 *
 * Other files, in the same formats, are scored instead when named (each flag may repeat):
 *   npm run eval:understanding -- --needs FILE --places FILE --questions FILE
 * A questions file has a header line `lang	intent	topic	text`; topic is the line's kind for crisis-line, an
 * answer id or topic for general-info, and a need id for need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/i18n/lang';
import { resolve } from 'node:path';
import { detectLanguage, parseFrame, resolvePlace } from '../src/understanding';
import { foldText } from '../src/understanding/normalise';
import aliases from '../src/data/places/aliases.json';

interface Row {
  lang: Lang;
  expected: string;
  text: string;
}

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const NEED_FILES = ['needs-corpus.tsv', 'needs-holdout.tsv', 'needs-unseen.tsv', 'needs-feelings.tsv'];
const PLACE_FILES = ['places-corpus.tsv', 'places-holdout.tsv', 'places-unseen.tsv', 'places-issue14.tsv'];
const QUESTION_FILES = ['questions-dev.tsv'];

/** A file named on the command line is read from where it is; the default ones from test/fixtures. */
const pathOf = (file: string) => (file.includes('/') ? resolve(file) : join(FIXTURES, file));

function readRows(file: string): Row[] {
  return readFileSync(pathOf(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !/^lang\t/.test(l))
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

interface QuestionRow {
  lang: Lang;
  intent: string;
  topic: string;
  text: string;
}

function readQuestions(file: string): QuestionRow[] {
  const lines = readFileSync(pathOf(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines[0]?.split('\t').map((h) => h.trim());
  const at = (name: string) => header?.indexOf(name) ?? -1;
  const cols = { lang: at('lang'), intent: at('intent'), topic: at('topic'), text: at('text') };
  if (Object.values(cols).some((i) => i < 0)) throw new Error(`${file}: the first line must be the header "lang\tintent\ttopic\ttext"`);
  return lines.slice(1).map((l) => {
    const f = l.split('\t');
    return { lang: f[cols.lang] as Lang, intent: f[cols.intent] ?? '', topic: f[cols.topic] ?? '', text: f[cols.text] ?? '' };
  });
}

/** What parseFrame makes of a question: a line request, a known question, or a need. */
function readIntent(text: string, lang: Lang): { intent: string; topics: string[] } {
  const f = parseFrame(text, lang === 'es' ? 'es' : 'en');
  if (f.lineRequest) return { intent: 'crisis-line', topics: [f.lineRequest.topic] };
  if (f.answer) return { intent: 'general-info', topics: [f.answer.id, f.answer.topic] };
  return { intent: 'need', topics: f.needs.slice(0, 2) };
}

function reportQuestions(file: string): void {
  const rows = readQuestions(file);
  const intentBy: Record<string, { hits: number; total: number }> = {};
  const topicBy: Record<string, { hits: number; total: number }> = {};
  const misses: string[] = [];
  const tally = (by: Record<string, { hits: number; total: number }>, keys: string[], ok: boolean) => {
    for (const k of keys) {
      by[k] ??= { hits: 0, total: 0 };
      by[k].total++;
      if (ok) by[k].hits++;
    }
  };
  for (const r of rows) {
    const got = readIntent(r.text, r.lang);
    const intentOk = got.intent === r.intent;
    // Topics are compared loosely: an expected "emdr" or "therapy-types" both fit the answer emdr/therapy-types.
    const want = foldText(r.topic).replace(/ /g, '-');
    const topicOk = intentOk && (want === '' || got.topics.some((t) => t === want || t.includes(want) || want.includes(t)));
    tally(intentBy, [r.lang, r.intent, 'all'], intentOk);
    tally(topicBy, [r.lang, 'all'], topicOk);
    if (!intentOk || !topicOk)
      misses.push(`    [${r.lang}] "${r.text}" expected ${r.intent}/${r.topic}, got ${got.intent}/${got.topics.join(',')}`);
  }
  const cell = (by: typeof intentBy, k: string) =>
    `${k} ${pct(by[k]?.hits ?? 0, by[k]?.total ?? 0)} (${by[k]?.hits ?? 0}/${by[k]?.total ?? 0})`;
  console.log(
    `intent   ${file.padEnd(20)} ${['en', 'es', 'crisis-line', 'general-info', 'need', 'all'].map((k) => cell(intentBy, k)).join('   ')}`,
  );
  console.log(`topic    ${file.padEnd(20)} ${['en', 'es', 'all'].map((k) => cell(topicBy, k)).join('   ')}`);
  for (const m of misses) console.log(m);
}

const REGION_NAMES = aliases.regions as Record<string, Record<string, string[]>>;

/** `region:NAME|CC`: NAME is the region's name or code ("Texas", "TX", "New York State", "Orange County"). */
function regionMatches(expected: string, p: ReturnType<typeof resolvePlace>): boolean {
  if (!p || p.kind !== 'region') return false;
  const [name = '', country = ''] = expected.slice('region:'.length).split('|');
  if (country && country !== p.country) return false;
  const want = foldText(name)
    .replace(/\b(state|province|estado|provincia)\b/g, '')
    .trim();
  const names = [p.name, p.region ?? '', ...(REGION_NAMES[p.country]?.[p.region ?? ''] ?? [])].map(foldText);
  return names.some((n) => n === want || n.replace(/ (county|parish|borough)$/, '') === want.replace(/ (county|parish|borough)$/, ''));
}

/** `--needs a.tsv --places b.tsv --questions c.tsv`: the files to score instead of the defaults. */
function filesFromArgs(argv: string[]): { needs: string[]; places: string[]; questions: string[] } | null {
  const out = { needs: [] as string[], places: [] as string[], questions: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!.replace(/^--/, '') as keyof typeof out;
    if (!(flag in out) || !argv[i + 1]) throw new Error(`unknown argument "${argv[i]}": use --needs, --places or --questions FILE`);
    out[flag].push(argv[++i]!);
  }
  return argv.length > 0 ? out : null;
}

function main(): void {
  const named = filesFromArgs(process.argv.slice(2));
  const needFiles = named ? named.needs : NEED_FILES;
  const placeFiles = named ? named.places : PLACE_FILES;
  const questionFiles = named ? named.questions : QUESTION_FILES;
  console.log('Needs: an expected need in the top two');
  for (const file of needFiles) {
    report('needs', file, readRows(file), (r) => {
      // The Frame's needs, as `kindred parse` reports them: a question Kindred answers leads with general-info.
      const got = parseFrame(r.text, r.lang).needs;
      return { ok: r.expected.split('|').some((e) => got.slice(0, 2).includes(e as never)), got: `[${got.join(', ')}]` };
    });
  }
  console.log('\nPlaces: the right city ("City|REGION|CC"), a region ("region:NAME|CC"), null, or an ambiguous name with alternatives');
  for (const file of placeFiles) {
    report('places', file, readRows(file), (r) => {
      const p = resolvePlace(r.text);
      const got = p
        ? `${p.kind === 'region' ? 'region:' : ''}${p.name}|${p.region ?? ''}|${p.country}${p.alternatives ? ` (+${p.alternatives.length} alternatives)` : ''}`
        : 'null';
      if (r.expected === 'null') return { ok: p === null, got };
      if (r.expected.startsWith('region:')) return { ok: regionMatches(r.expected, p), got };
      if (r.expected.startsWith('ambiguous:'))
        return { ok: !!p && p.name === r.expected.slice(10) && (p.alternatives?.length ?? 0) > 0, got };
      return { ok: !!p && `${p.name}|${p.region ?? ''}|${p.country}` === r.expected, got };
    });
  }
  console.log('\nQuestions: the intent (crisis-line, general-info, need), then the topic');
  for (const file of questionFiles) reportQuestions(file);
  console.log('\nPlaces wrongly read from need utterances (none of them names a place)');
  for (const file of needFiles) {
    report('no-place', file, readRows(file), (r) => {
      const p = resolvePlace(r.text);
      return { ok: p === null, got: p ? `${p.name}|${p.region ?? ''}|${p.country}` : 'null' };
    });
  }
  // Short messages ("seattle", "rehab") carry no language signal: detectLanguage says null and the
  // locale or the conversation decides. Report how often it answers, and how often it is right when it does.
  const all = [...needFiles, ...placeFiles].flatMap(readRows);
  const answered = all.filter((r) => detectLanguage(r.text) !== null);
  console.log(`\nLanguage detection: answered ${answered.length}/${all.length} utterances; accuracy when it answered:`);
  report('lang', 'all files', answered, (r) => {
    const got = detectLanguage(r.text);
    return { ok: got === r.lang, got: String(got) };
  });
}

main();
