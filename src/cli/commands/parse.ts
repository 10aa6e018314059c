import { createInterface } from 'node:readline';
import { parseFrame } from '../../understanding/parseFrame';
import type { CliIO } from '../io';

/** `kindred parse --json [--locale es-US] [TEXT]`: one Frame as JSON; without TEXT, one JSON line per stdin line. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  const json = takeFlag(args, '--json');
  const locale = takeOption(args, '--locale');
  const print = (text: string) => {
    const frame = parseFrame(text, locale);
    io.stdout(json ? `${JSON.stringify(frame)}\n` : `${JSON.stringify(frame, null, 2)}\n`);
  };
  if (args.length > 0) {
    print(args.join(' '));
    return 0;
  }
  for await (const line of createInterface({ input: io.stdin, terminal: false })) print(line);
  return 0;
}

function takeFlag(args: string[], flag: string): boolean {
  const i = args.indexOf(flag);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

function takeOption(args: string[], option: string): string | undefined {
  const i = args.indexOf(option);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}
