import { langFromLocale, type Lang } from '../i18n/lang';
import { CrisisDetector } from './crisisDetector';
import { shippedCrisisLanguages } from './shippedLexicons';
import { CRISIS_KINDS, levelOfKinds, type CrisisKind, type CrisisSignal } from './types';

/** Messages up to this length are read in one go; longer ones in overlapping windows. */
const WINDOW = 2_000;
const OVERLAP = 300;
/**
 * The most we read of one message. Bot Framework caps an activity at 256 kB; past this we read the
 * first and the last part, where a buried "goodbye" usually sits, and keep the time per message bounded.
 */
const MAX_READ = 256_000;

const problems: string[] = [];
let detector: CrisisDetector | null = null;
try {
  const shipped = shippedCrisisLanguages();
  problems.push(...shipped.problems);
  detector = new CrisisDetector(shipped.languages);
} catch (err) {
  // Unreachable with the shipped data (the unit tests compile it). If it ever happens, the module
  // still loads and the last-resort check below catches the plainest words.
  problems.push(`crisis detector unavailable: ${err instanceof Error ? err.message : String(err)}`);
  detector = null;
}

/** Problems met while loading the crisis lexicons, for the server to log at start-up (never message text). */
export const crisisLexiconProblems: readonly string[] = problems;

/**
 * Looks for signs of acute crisis in one message: suicide, self-harm, danger now, abuse now, overdose,
 * a child at risk, a third person at risk (several may apply). `lang` is the message's language when
 * its words clearly say so, else the locale's, else English. Never throws, whatever the string.
 */
export function detectCrisis(text: string, locale?: string | null): CrisisSignal {
  // The middleware and the dialogs' understanding both ask about the same message in one turn: remember the
  // last answer (the detector is pure), and hand out copies so no caller can change it for the next.
  if (last && last.text === text && last.locale === (locale ?? null)) return copyOf(last.signal);
  const signal = detectUncached(text, locale);
  last = { text, locale: locale ?? null, signal: copyOf(signal) };
  return signal;
}

function copyOf(signal: CrisisSignal): CrisisSignal {
  return { ...signal, kinds: [...signal.kinds], signals: [...signal.signals] };
}

let last: { text: string; locale: string | null; signal: CrisisSignal } | null = null;

function detectUncached(text: string, locale?: string | null): CrisisSignal {
  const fallbackLang: Lang = safeLang(locale);
  try {
    const message = typeof text === 'string' ? text : String(text ?? '');
    if (!detector) return lastResort(message, fallbackLang);
    if (message.length <= WINDOW + OVERLAP) return detector.detect(message, locale);
    const kinds = new Set<CrisisKind>();
    let lang: Lang | null = null;
    for (const window of windowsOf(message)) {
      const signal = detector.detect(window, locale);
      lang ??= signal.lang;
      for (const k of signal.kinds) kinds.add(k);
    }
    const found = CRISIS_KINDS.filter((k) => kinds.has(k));
    return { detected: found.length > 0, level: levelOfKinds(found), kinds: found, signals: [], lang: lang ?? fallbackLang };
  } catch {
    try {
      return lastResort(String(text ?? ''), fallbackLang);
    } catch {
      return { detected: false, level: 'none', kinds: [], signals: [], lang: fallbackLang };
    }
  }
}

/** Overlapping windows that start at word boundaries, so no phrase is cut in half unseen. */
function* windowsOf(text: string): Generator<string> {
  const read = text.length <= MAX_READ ? text : `${text.slice(0, MAX_READ * 0.75)}\n${text.slice(-MAX_READ * 0.25)}`;
  let start = 0;
  while (start < read.length) {
    const end = Math.min(read.length, start + WINDOW + OVERLAP);
    yield read.slice(start, end);
    if (end === read.length) break;
    let next = start + WINDOW;
    const space = read.lastIndexOf(' ', next);
    if (space > start + WINDOW / 2) next = space + 1;
    start = next;
  }
}

function safeLang(locale: string | null | undefined): Lang {
  try {
    return langFromLocale(typeof locale === 'string' ? locale : null) ?? 'en';
  } catch {
    return 'en';
  }
}

const LAST_RESORT: Array<[RegExp, CrisisKind]> = [
  [/suicid|kill\s*my\s*self|want\s*to\s*die|end\s*my\s*life|matarme|quiero\s*morir|quitarme\s*la\s*vida/, 'suicide'],
  [/overdos|sobredosis/, 'overdose'],
  [/cut(ting)?\s*my\s*self|self[\s-]*harm|cortarme|autolesi/, 'self-harm'],
];

/** Only if the detector itself failed: the plainest words, so the crisis reply still goes out. */
function lastResort(text: string, lang: Lang): CrisisSignal {
  const lower = text.slice(0, MAX_READ).toLowerCase();
  const seen = LAST_RESORT.filter(([re]) => re.test(lower)).map(([, kind]) => kind);
  const kinds = CRISIS_KINDS.filter((k) => seen.includes(k));
  return { detected: kinds.length > 0, level: levelOfKinds(kinds), kinds, signals: [], lang };
}
