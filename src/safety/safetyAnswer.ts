import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { stringsFor, type Lang } from '../i18n';
import { describeLine } from './hotlineText';
import { helpNow, hotlineBook, resolveCountry, type HotlineBook } from './hotlines';
import type { CrisisContext } from './crisisReply';

// Reading the answer to "Are you safe right now?". A wrong "safe" would let the bot move on from someone in
// danger, so "safe" needs a clear yes with nothing hedging it; any sign of "no" wins; the rest is "unclear",
// which the bot treats like a gentle "unsafe" (it stays and repeats the quickest line).

export type SafetyAnswer = 'safe' | 'unsafe' | 'unclear';

// Checked on folded text (lower case, no accents or apostrophes). Both languages always, because people mix them.
// "I'm not in danger" / "ya no estoy en peligro" say safe; they are taken out first so "danger" alone means unsafe.
const NO_DANGER: readonly RegExp[] = [
  /\b(im |i am )?(not|no longer|not in any) (in )?danger\b/g,
  /\bno danger\b/g,
  /\b(ya )?no estoy en peligro\b/g,
  /\bsin peligro\b/g,
];

const UNSAFE: readonly RegExp[] = [
  /\bnot (safe|ok|okay|alright|all right|fine|good|great|really|at all|exactly|yet|anymore|right now|now)\b/,
  /\b(unsafe|in danger|danger|scared|afraid|terrified|hes here|shes here|theyre here)\b/,
  /\b(hes|shes|theyre|he is|she is|they are) (here|home|back|coming)\b/,
  /^(nah|naw|nel|no way)$/,
  /^(please )?help( me)?( please)?$/,
  /\bplease help\b/,
  /\b(no|nope|nah|naw) (im|i am) not\b/,
  /\b(im|i am) not\s*$/,
  /\bi dont think so\b/,
  /\bi (dont|do not) feel safe\b/,
  /\bno estoy (a salvo|bien|segur[oa] aqui|protegid[oa]|tranquil[oa])\b/,
  /\b(estoy en peligro|en peligro|peligro|tengo miedo|auxilio|socorro|no mucho|para nada|la verdad no|no del todo|todavia no|creo que no)\b/,
  /^(por favor )?ayuda(me)?( por favor)?$/,
  /\bno me siento (a salvo|segur[oa]|bien)\b/,
];

const UNSURE: readonly RegExp[] = [
  /\b(idk|dunno|i dont know|i do not know|not sure|unsure|no idea|maybe|perhaps|kind of|kinda|sort of|sorta|i guess|i think|probably|for now|hard to say|depends|i suppose|ish)\b/,
  /\b(no se|no lo se|ni idea|no estoy segur[oa]|mas o menos|tal vez|quizas?|a lo mejor|creo que|supongo|por ahora|puede ser|depende|no sabria)\b/,
];

const SAFE: readonly RegExp[] = [
  /\b(im|i am|i m) (safe|ok|okay|alright|all right|fine|good|better)\b/,
  /\bsafe now\b/,
  /^(safe|all good|totally safe)$/,
  /\bestoy (a salvo|bien|tranquil[oa]|protegid[oa])\b/,
  /^a salvo$/,
  /^(claro|claro que si|si claro|simon)$/,
];

/** Lower case, no accents, apostrophes dropped ("I'm" → "im"), other punctuation as spaces. */
function fold(text: string): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Understands a reply to "Are you safe right now?" in English or Spanish: explicit phrases first
 * ("not really" → unsafe, "no sé" → unclear, "estoy bien" → safe), then the Microsoft boolean recognizer
 * for yes/no words ("yep", "nope", "sí"). Conflicting or hedged answers are 'unclear'. Never throws.
 */
export function interpretSafetyAnswer(text: string, lang: Lang): SafetyAnswer {
  let folded = fold(text);
  if (folded.length === 0) return 'unclear';
  let saysNoDanger = false;
  for (const r of NO_DANGER) {
    const rest = folded.replace(r, ' ').replace(/\s+/g, ' ').trim();
    if (rest !== folded) saysNoDanger = true;
    folded = rest;
  }
  if (UNSAFE.some((r) => r.test(folded))) return 'unsafe';
  if (UNSURE.some((r) => r.test(folded))) return 'unclear';
  const saysSafe = saysNoDanger || SAFE.some((r) => r.test(folded));
  // What is left once "not in danger" is taken out: "ya no estoy en peligro" must not read as a bare "no".
  // Answers are short; a long message gets its opening read, which keeps the recognizer fast.
  const yesNo = folded.length > 0 ? recognisedYesNo(folded.slice(0, 300), lang) : null;
  if (saysSafe) return yesNo === false || yesNo === 'both' ? 'unclear' : 'safe';
  if (yesNo === true) return 'safe';
  if (yesNo === false) return 'unsafe';
  return 'unclear';
}

// true / false, 'both' when the text says yes and no, null when neither. Tries the conversation's language first.
function recognisedYesNo(text: string, lang: Lang): boolean | 'both' | null {
  const cultures = lang === 'es' ? [Culture.Spanish, Culture.English] : [Culture.English, Culture.Spanish];
  for (const culture of cultures) {
    let values: boolean[] = [];
    try {
      values = recognizeBoolean(text, culture).flatMap((r) => {
        const resolution = r.resolution as { value?: unknown; otherResults?: Array<{ value?: unknown }> } | undefined;
        return [resolution?.value, ...(resolution?.otherResults ?? []).map((o) => o.value)].filter(
          (v): v is boolean => typeof v === 'boolean',
        );
      });
    } catch {
      values = [];
    }
    if (values.length === 0) continue;
    if (values.every((v) => v)) return true;
    if (values.every((v) => !v)) return false;
    return 'both';
  }
  return null;
}

/** The bot's next message after the person answers "Are you safe right now?". */
export interface SafetyFollowUp {
  text: string;
  suggestions: string[];
}

/**
 * unsafe: the emergency number first, the quickest line, "I'm here"; safe: relief, an offer to find ongoing
 * support, and that the lines stay there; unclear: gentle, the emergency number and the quickest line again.
 * Pure; never throws.
 */
export function composeSafetyFollowUp(answer: SafetyAnswer, ctx: CrisisContext, book: HotlineBook = hotlineBook): SafetyFollowUp {
  const s = stringsFor(ctx.lang).crisis;
  try {
    if (answer === 'safe') return { text: s.followUp.safe, suggestions: [s.followUp.findSupport, s.followUp.notNow] };
    const now = helpNow(ctx.country, ctx.lang, ctx.defaultCountry, book);
    if (answer === 'unsafe') {
      // "If you can't speak, call 999 and press 55" belongs right here, next to "call 999 now".
      const where = resolveCountry(ctx.country, ctx.defaultCountry, book);
      const cautions = describeLine(book.emergency(where.country), ctx.lang, now.emergency).details;
      return { text: s.followUp.unsafe(now.emergency, cautions.join(' '), now.crisisLine), suggestions: [] };
    }
    return { text: s.followUp.unclear(now.emergency, now.crisisLine), suggestions: [s.safeYes, s.safeNo] };
  } catch {
    return { text: s.lastResort, suggestions: [s.safeYes, s.safeNo] };
  }
}
