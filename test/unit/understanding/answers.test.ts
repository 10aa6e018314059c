import { expect } from 'chai';
import enFile from '../../../src/data/answers/en.json';
import esFile from '../../../src/data/answers/es.json';
import { DataFileError } from '../../../src/dataFileError';
import { answerText } from '../../../src/dialogs/knowledgeAnswer';
import { parseAnswerFile } from '../../../src/understanding/answerData';
import { findAnswer, KnowledgeBase } from '../../../src/understanding/answers';
import { detectLineRequest, parseLineRequests } from '../../../src/understanding/lineRequest';

describe('findAnswer (the knowledge base)', () => {
  const table: Array<[string, 'en' | 'es', string | null]> = [
    ['what is EMDR?', 'en', 'emdr'],
    ['emdr?', 'en', 'emdr'],
    ['whats a sliding scale', 'en', 'sliding-scale'],
    ['are you a real person', 'en', 'kindred-person'],
    ['is this free?', 'en', 'kindred-free'],
    ['do I have to give my name when I call?', 'en', 'anonymity'],
    ['what happens when I call 988', 'en', 'crisis-call'],
    ['how do i find a good therapist', 'en', 'find-therapist'],
    ['do i have ptsd', 'en', 'ptsd'],
    ['¿qué es el TEPT complejo?', 'es', 'complex-ptsd'],
    ['¿cómo puedo ayudar a mi amiga?', 'es', 'support-friend'],
    // Requests are searches, not questions; stories are not questions.
    ['is there an emdr therapist near me', 'en', null],
    ['can you find me a private therapist', 'en', null],
    ['i have ptsd from the war', 'en', null],
    ['hay algún grupo de apoyo cerca', 'es', null],
    ['peer support group in Austin', 'en', null],
  ];
  for (const [text, lang, id] of table) {
    it(`"${text}" → ${id ?? 'no answer'}`, () => {
      expect(findAnswer(text, lang)?.answer.id ?? null).to.equal(id);
    });
  }

  it('has the same answers in both languages, each with a source', () => {
    const kb = KnowledgeBase.shared();
    for (const id of kb.ids()) {
      expect(kb.get(id, 'es'), id).to.not.equal(undefined);
      expect(kb.get(id, 'en')!.source).to.match(/^(https:\/\/|kindred$)/);
    }
  });

  it('fills in the real figures, the operator and the source', () => {
    const kb = KnowledgeBase.shared();
    const facts = { operator: 'Example Trauma Network', conversationHours: 12, profileDays: 30, country: 'GB', defaultCountry: 'US' };
    expect(answerText(kb.get('privacy-kept', 'en')!, 'en', facts))
      .to.include('12 hours')
      .and.include('30 days');
    expect(answerText(kb.get('kindred-operator', 'en')!, 'en', facts)).to.include('Example Trauma Network');
    expect(answerText(kb.get('kindred-emergency', 'en')!, 'en', facts)).to.include('999');
    expect(answerText(kb.get('emdr', 'es')!, 'es', facts)).to.include('Fuente: https://www.apa.org/');
  });

  it('names file, answer and field when an answers file is broken', () => {
    const broken = structuredClone(enFile) as { answers: Array<Record<string, unknown>> };
    broken.answers[3]!.source = 'http://insecure.example';
    expect(() => parseAnswerFile(broken, 'src/data/answers/en.json'))
      .to.throw(DataFileError)
      .with.property('message')
      .that.matches(/src\/data\/answers\/en\.json, answer 4 \(id: kindred-emergency\), field `source`/);
    const placeholder = structuredClone(esFile) as { answers: Array<Record<string, unknown>> };
    placeholder.answers[0]!.text = 'Soy Kindred y me gestiona {operador}, con mucho cuidado.';
    expect(() => parseAnswerFile(placeholder, 'src/data/answers/es.json')).to.throw(/answer 1 \(id: kindred-what\), field `text`/);
  });
});

describe('detectLineRequest', () => {
  const table: Array<[string, 'en' | 'es', string | null]> = [
    ["what's the suicide hotline number?", 'en', 'suicide'],
    ['domestic violence helpline', 'en', 'domestic-violence'],
    ['who can I call about my abusive husband', 'en', 'domestic-violence'],
    ['crisis hotline for veterans', 'en', 'veterans'],
    ['trevor project number', 'en', 'lgbtq-youth'],
    ['número de la línea de violencia doméstica', 'es', 'domestic-violence'],
    ['línea de ayuda', 'es', 'suicide'],
    // "Online" and "by phone" say how, not which line; refusals are not requests.
    ['grupo de violencia doméstica en línea', 'es', null],
    ['therapy by phone for veterans', 'en', null],
    ["I don't want a hotline, I want a group", 'en', null],
    ['my husband hits me', 'en', null],
  ];
  for (const [text, lang, topic] of table) {
    it(`"${text}" → ${topic ?? 'not a request'}`, () => {
      expect(detectLineRequest(text, lang)?.topic ?? null).to.equal(topic);
    });
  }

  it('names the file and field when the line-request phrases are broken', () => {
    expect(() => parseLineRequests({ request: { strong: { en: ['hotline'], es: [] } } })).to.throw(
      /lines\.json, field `request\.strong\.es`/,
    );
  });
});
