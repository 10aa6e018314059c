/**
 * `npx tsx scripts/crisis-real-words.ts [en=/usr/share/dict/american-english] [es=/usr/share/dict/spanish]`
 * Regenerates src/data/crisis/<lang>.realwords.json: the dictionary words that are one or two edits
 * from a crisis-lexicon word without being one ("bills" near "pills", "olive" near "alive"). The
 * detector never reads those as typos, which keeps typo tolerance from inventing crises. Run it after
 * adding lexicon words; the word lists come from Debian's `wamerican` and `wspanish` packages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrisisDetector } from '../src/safety/crisisDetector';
import { squeeze } from '../src/safety/crisisTokens';
import { FuzzyVocabulary } from '../src/safety/fuzzyVocabulary';
import { CRISIS_DATA_DIR, loadCrisisLanguages } from '../src/safety/shippedLexicons';

const DICTIONARIES: Record<string, string> = { en: '/usr/share/dict/american-english', es: '/usr/share/dict/spanish' };
for (const arg of process.argv.slice(2)) {
  const [lang, path] = arg.split('=');
  if (lang && path) DICTIONARIES[lang] = path;
}

const languages = loadCrisisLanguages(CRISIS_DATA_DIR).map((l) => ({ lexicon: l.lexicon }));
const detector = new CrisisDetector(languages);
const vocabulary = detector.vocabularyWords();
const known = new Set(vocabulary);
const fuzzy = new FuzzyVocabulary();
for (const word of vocabulary) fuzzy.add(word);

for (const [lang, path] of Object.entries(DICTIONARIES)) {
  const near = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.trim();
    if (word === '' || /[A-Z]/.test(word.charAt(0))) continue;
    for (const token of detector.prepare(word).tokens) {
      const key = squeeze(token.text);
      if (key.length < 4 || known.has(key)) continue;
      if (fuzzy.lookup(key).length > 0) near.add(key);
    }
  }
  const out = join(CRISIS_DATA_DIR, `${lang}.realwords.json`);
  writeFileSync(
    out,
    `${JSON.stringify([...near].sort(), null, 0)
      .replace(/","/g, '",\n"')
      .replace('["', '[\n"')
      .replace('"]', '"\n]')}\n`,
  );
  console.log(`${out}: ${near.size} words`);
}
