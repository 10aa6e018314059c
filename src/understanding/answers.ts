import enFile from '../data/answers/en.json';
import esFile from '../data/answers/es.json';
import { LANGS, type Lang } from '../i18n/lang';
import { checkSameAnswers, parseAnswerFile, type AnswerFile, type KnownAnswer } from './answerData';
import { foldText, foldTokens } from './normalise';
import { PhraseLexicon } from './phraseLexicon';

/** A question the knowledge base can answer, found in a message. */
export interface AnswerMatch {
  answer: KnownAnswer;
  /** How strongly the message matched, in matched words. */
  score: number;
}

/** With a request cue ("is there", "find me"), a question is a search unless it matched this strongly ("how do I find a therapist"). */
const REQUEST_OVERRIDE_WEIGHT = 3;
/** A message this short that starts like a question may ask what a term is without saying "what is" ("EMDR?", "do I have PTSD"). */
const SHORT_QUESTION_WORDS = 4;
/** Questions are short; a long message is a story or a request, whatever words it contains. */
const MAX_QUESTION_WORDS = 40;

const FILE_OF = (lang: Lang) => `src/data/answers/${lang}.json`;

/**
 * The knowledge base: short answers to what people ask (what Kindred is, privacy, terms like EMDR or sliding
 * scale), matched fuzzily in both languages. Pure; built once from src/data/answers, validated on load.
 */
export class KnowledgeBase {
  private readonly lexicon: PhraseLexicon<string>;
  private readonly cues: Record<Lang, { question: string[][]; define: string[][]; request: string[][] }>;

  constructor(private readonly files: Record<Lang, AnswerFile>) {
    this.lexicon = new PhraseLexicon(LANGS.flatMap((lang) => files[lang].answers.map((a) => ({ key: a.id, lang, phrases: a.match }))));
    const compile = (list: string[]) => list.map(foldTokens).filter((p) => p.length > 0);
    this.cues = Object.fromEntries(
      LANGS.map((lang) => {
        const c = files[lang].cues;
        return [lang, { question: compile(c.question), define: compile(c.define), request: compile(c.request) }];
      }),
    ) as KnowledgeBase['cues'];
  }

  /** The shipped knowledge base (src/data/answers), checked when this module is first imported (at start-up). */
  static shared(): KnowledgeBase {
    return SHIPPED;
  }

  /** Builds a knowledge base from parsed files, checking that every language has the same answers. */
  static fromFiles(files: Record<Lang, AnswerFile>): KnowledgeBase {
    checkSameAnswers(files, FILE_OF);
    return new KnowledgeBase(files);
  }

  /** An answer by id, in a language. */
  get(id: string, lang: Lang): KnownAnswer | undefined {
    return this.files[lang].answers.find((a) => a.id === id);
  }

  /** Every answer id, in file order. */
  ids(): string[] {
    return this.files.en.answers.map((a) => a.id);
  }

  /**
   * The question this message asks that the knowledge base answers, or null. A message asks when it reads as a
   * question (a question word first, a "?", "tell me"); a term is explained only when asked what it is, and a
   * request ("is there EMDR near me?") is a search, not a question.
   */
  find(text: string, lang: Lang): AnswerMatch | null {
    const tokens = foldTokens(text);
    if (tokens.length === 0 || tokens.length > MAX_QUESTION_WORDS) return null;
    const hits = this.lexicon.match(tokens, lang);
    if (hits.size === 0) return null;
    const asked = this.readCues(tokens, String(text ?? ''));
    let best: AnswerMatch | null = null;
    for (const [id, weights] of hits) {
      const score = Math.max(...weights);
      const answer = this.get(id, lang)!;
      if (!this.answers(answer, score, asked)) continue;
      if (!best || score > best.score) best = { answer, score };
    }
    return best;
  }

  private answers(answer: KnownAnswer, score: number, asked: ReturnType<KnowledgeBase['readCues']>): boolean {
    if (answer.asks === 'define') {
      if (asked.define) return true;
      return asked.short && asked.question && !asked.request;
    }
    if (!asked.question) return false;
    return !asked.request || score >= REQUEST_OVERRIDE_WEIGHT;
  }

  private readCues(tokens: string[], raw: string) {
    const both = LANGS.map((l) => this.cues[l]);
    const startsWith = (phrase: string[]) => phrase.every((w, i) => tokens[i] === w);
    const contains = (phrase: string[]) => {
      for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((w, k) => tokens[i + k] === w)) return true;
      return false;
    };
    const question = raw.includes('?') || raw.includes('¿') || both.some((c) => c.question.some(startsWith));
    return {
      question,
      define: both.some((c) => c.define.some(contains)),
      request: both.some((c) => c.request.some(contains)),
      short: tokens.length <= SHORT_QUESTION_WORDS || foldText(raw).split(' ').length <= SHORT_QUESTION_WORDS,
    };
  }
}

/** Built when this module is first imported, so a broken answers file stops start-up, naming file, answer and field. */
const SHIPPED: KnowledgeBase = KnowledgeBase.fromFiles({
  en: parseAnswerFile(enFile, FILE_OF('en')),
  es: parseAnswerFile(esFile, FILE_OF('es')),
});

/** The knowledge-base question a message asks, or null (see KnowledgeBase.find). */
export function findAnswer(text: string, lang: Lang, kb: KnowledgeBase = KnowledgeBase.shared()): AnswerMatch | null {
  return kb.find(text, lang);
}
