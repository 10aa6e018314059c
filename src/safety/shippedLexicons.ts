import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../data/crisis/en.json';
import enRealWords from '../data/crisis/en.realwords.json';
import es from '../data/crisis/es.json';
import esRealWords from '../data/crisis/es.realwords.json';
import type { CrisisLanguageData } from './crisisDetector';
import { parseCrisisLexicon } from './crisisLexicon';

/** The folder of crisis lexicons: `<lang>.json`, and optionally `<lang>.realwords.json` beside it. */
export const CRISIS_DATA_DIR = join(__dirname, '..', 'data', 'crisis');

/**
 * Reads every language in a crisis data folder. A language is `<lang>.json` (the lexicon) plus an
 * optional `<lang>.realwords.json` (real words that must not be read as typos, made by
 * scripts/crisis-real-words.ts). Throws `CrisisLexiconError` naming the file on bad data.
 */
export function loadCrisisLanguages(dir: string): CrisisLanguageData[] {
  return lexiconFiles(dir).map((file) => loadCrisisLanguage(dir, file));
}

function lexiconFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
    .sort();
}

function loadCrisisLanguage(dir: string, file: string): CrisisLanguageData {
  const lexicon = parseCrisisLexicon(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  const realWordsFile = join(dir, file.replace(/\.json$/, '.realwords.json'));
  const realWords = existsSync(realWordsFile) ? (JSON.parse(readFileSync(realWordsFile, 'utf8')) as string[]) : [];
  return { lexicon, realWords };
}

/**
 * The languages Kindred ships. English and Spanish are compiled in (so a build can never lose them);
 * any further `<lang>.json` found in the data folder is added, which is how a third language needs no
 * code. A broken extra file is reported in `problems` (for start-up logs), never thrown: the detector
 * must come up even then.
 */
export function shippedCrisisLanguages(dir: string = CRISIS_DATA_DIR): { languages: CrisisLanguageData[]; problems: string[] } {
  const languages: CrisisLanguageData[] = [
    { lexicon: parseCrisisLexicon(en, 'en.json'), realWords: enRealWords as string[] },
    { lexicon: parseCrisisLexicon(es, 'es.json'), realWords: esRealWords as string[] },
  ];
  const problems: string[] = [];
  try {
    if (existsSync(dir)) {
      for (const file of lexiconFiles(dir).filter((f) => f !== 'en.json' && f !== 'es.json')) {
        try {
          languages.push(loadCrisisLanguage(dir, file));
        } catch (err) {
          problems.push(err instanceof Error ? err.message : String(err));
        }
      }
    }
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  }
  return { languages, problems };
}
