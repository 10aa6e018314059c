import { createInterface } from 'node:readline';
import { parseFrame } from '../../understanding';
import type { Frame } from '../../understanding/types';
import type { CliIO } from '../io';

const USAGE = 'usage: kindred parse [--json] [--locale es-US] [TEXT]   (without TEXT: one message per stdin line)';

/** `kindred parse`: one Frame per message, as JSON (`--json`) or as a short readable summary. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let json = false;
  let locale: string | null = null;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--locale') locale = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) {
      io.stderr(`kindred parse: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else words.push(a);
  }
  const print = (frame: Frame) => io.stdout(json ? `${JSON.stringify(frame)}\n` : describe(frame));
  if (words.length > 0) {
    print(parseFrame(words.join(' '), locale));
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') print(parseFrame(line, locale));
  }
  return 0;
}

function describe(f: Frame): string {
  const place = f.place
    ? `${[f.place.name, f.place.region, f.place.country].filter(Boolean).join(', ')}${f.place.alternatives ? ` (or ${f.place.alternatives.map((a) => `${a.name}, ${a.region ?? a.country}`).join('; ')})` : ''}`
    : '-';
  return [
    `text:     ${f.text}`,
    `lang:     ${f.lang}`,
    `crisis:   ${f.crisis.detected ? f.crisis.kinds.join(', ') : 'no'}`,
    `needs:    ${f.needs.join(', ') || '-'}`,
    `place:    ${place}`,
    `radius:   ${f.radiusKm === null ? '-' : `${f.radiusKm} km`}`,
    `filters:  ${JSON.stringify(f.filters)}`,
    '',
  ].join('\n');
}
