import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { stringsFor, type Lang } from '../i18n';
import { channelsFor, describeChannels, describeLine, lineNameInBrackets } from './hotlineText';
import { helpNow, hotlineBook, resolveCountry, type HotlineBook } from './hotlines';
import type { CrisisContext } from './crisisReply';
import type { CrisisKind } from './types';

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

// A "yes" that describes hiding, being shut in or trapped, or waiting for someone to come back is not safe
// ("yes i'm safe, i locked myself in the bathroom"): the danger is still there, only out of reach for a moment.
const HIDING: readonly RegExp[] = [
  /\b(hiding|hidden|hid|hide)\b/,
  /\blocked (myself |me |us |ourselves |the kids |my \w+ )?(in|inside|into|up)\b/,
  /\block(ed)? (the|my) (door|room|bathroom)\b/,
  /\bbarricad\w*/,
  /\b(trapped|cornered)\b/,
  /\bstuck (in|inside|here)\b/,
  /\b(cant|cannot|can not|unable to) (get out|leave|escape|go out|go outside)\b/,
  /\b(wont|will not|doesnt|does not|dont|do not) let (me|us) (leave|go|out)\b/,
  /\b(in|under|inside) (the|a|my) (bathroom|closet|wardrobe|cupboard|basement|attic|bed|shed|laundry)\b/,
  /\b(until|till|til|before|when|in case|if) (he|she|they|hes|shes|theyre|him|her|them|someone|somebody|my \w+)\b.{0,30}\b(back|home|returns?|wakes?( up)?|gets in|comes|finds)\b/,
  /(?<!\b(wont|never|not|cant|cannot|isnt|wouldnt) )\b(comes?|coming|get|gets|getting|be|is|go|goes) back\b/,
  /\bwaiting (for|until|till)\b/,
  /\b(hes|shes|theyre|he is|she is|they are|someone is|somebody is|someones|somebodys) (still )?(outside|downstairs|upstairs|out there|next door|at the door|in the (house|hall|hallway|kitchen|living room|next room|other room))\b/,
  /\b(cant|cannot|can not|couldnt) (get|come|break) in\b/,
  /\b(hes|shes|theyre|he is|she is|they are) (asleep|sleeping|passed out|out cold|drunk)\b/,
  // Spanish
  /\b(escondid[oa]s?|me escondi|me escondo|escondiendome|esconderme|nos escondimos)\b/,
  /\b(encerrad[oa]s?|me encerre|nos encerramos|encerrarme)\b/,
  /\b(atrapad[oa]s?|acorralad[oa]s?)\b/,
  /\bno (puedo|podemos) (salir|irme|escapar)\b/,
  /\bno me (deja|dejan) (salir|ir|irme)\b/,
  /\b(en|dentro del?|debajo de la) (el |la )?(bano|closet|armario|ropero|sotano|desvan|atico|cama)\b/,
  /\b(cerre con llave|cerre la puerta|bloquee la puerta|puse (el )?seguro|atranque la puerta)\b/,
  /\b(hasta que|antes de que|cuando|por si) (el |ella |ellos |ellas )?(vuelva|vuelvan|regrese|regresen|llegue|lleguen|se despierte|entre|venga|me encuentre)\b/,
  /\b(va|van) a (volver|regresar|venir)\b/,
  /\besperando (a )?que\b/,
  /\b(esta|sigue|estan|siguen) (afuera|fuera|abajo|arriba|en la puerta|en la casa|en la sala|en el pasillo|en la otra habitacion|en la cocina)\b/,
  /\bno (puede|pueden) entrar\b/,
  /\b(esta|sigue) (dormid[oa]|borrach[oa]|inconsciente)\b/,
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

/** True when an answer describes hiding, being shut in or trapped, or waiting for someone to come back. */
export function describesHiding(text: string): boolean {
  const folded = fold(text);
  return folded.length > 0 && HIDING.some((r) => r.test(folded));
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
  if (UNSAFE.some((r) => r.test(folded)) || HIDING.some((r) => r.test(folded))) return 'unsafe';
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

/** What the crisis reply was about, so the follow-up points to the same kind of help. */
export interface FollowUpSituation {
  /** The kinds the crisis reply answered (abuse: the domestic-violence line, not the suicide line). */
  kinds?: readonly CrisisKind[];
  /** The answer described hiding, being trapped or waiting for someone to come back (see describesHiding). */
  hiding?: boolean;
}

/**
 * unsafe: the emergency number first, the quickest line for the situation, "I'm here"; hiding: the same, said
 * for someone hiding (a moment out of reach is not safety), with the ways to reach help without talking out
 * loud; safe: relief, an offer of ongoing support (a counsellor, a group, or talking more), the lines stay
 * there; unclear: gentle, the emergency number and the quickest line again. Pure; never throws.
 */
export function composeSafetyFollowUp(
  answer: SafetyAnswer,
  ctx: CrisisContext,
  book: HotlineBook = hotlineBook,
  situation: FollowUpSituation = {},
): SafetyFollowUp {
  const s = stringsFor(ctx.lang).crisis;
  try {
    if (answer === 'safe')
      return { text: s.followUp.safe, suggestions: [s.followUp.findCounsellor, s.followUp.findGroup, s.followUp.justTalk] };
    const kinds = situation.kinds ?? [];
    const now = helpNow(ctx.country, ctx.lang, ctx.defaultCountry, book, { kinds, region: ctx.region });
    if (answer === 'unsafe') {
      // "If you can't speak, call 999 and press 55" belongs right here, next to "call 999 now".
      const where = resolveCountry(ctx.country, ctx.defaultCountry, book);
      const cautions = describeLine(book.emergency(where.country), ctx.lang, now.emergency).details.join(' ');
      if (situation.hiding)
        return { text: s.followUp.hiding(now.emergency, cautions, quietly(where.country, ctx, kinds, book)), suggestions: [] };
      return { text: s.followUp.unsafe(now.emergency, cautions, now.crisisLine), suggestions: [] };
    }
    return { text: s.followUp.unclear(now.emergency, now.crisisLine), suggestions: [s.safeYes, s.safeNo] };
  } catch {
    return { text: s.lastResort, suggestions: [s.safeYes, s.safeNo] };
  }
}

// "If it isn't safe to talk out loud, you can text START to 88788 (National Domestic Violence Hotline)", from the
// first line that fits the situation and can be reached without a voice; else "keep writing to me here".
function quietly(country: string, ctx: CrisisContext, kinds: readonly CrisisKind[], book: HotlineBook): string {
  const s = stringsFor(ctx.lang).crisis;
  const choice = book.choose({ country, kinds: kinds.length > 0 ? kinds : ['abuse-now'], lang: ctx.lang, region: ctx.region });
  const line = choice.lines.find((l) => channelsFor(l, ctx.lang).some((c) => c.type === 'text' || c.type === 'chat'));
  if (!line) return s.followUp.quietlyHere;
  return s.followUp.quietly(describeChannels(line, ctx.lang, { only: ['text', 'chat'] }), lineNameInBrackets(line, ctx.lang));
}
