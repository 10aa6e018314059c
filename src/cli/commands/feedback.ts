import { loadConfig } from '../../config';
import { JsonLinesFeedbackStore, type FeedbackEntry } from '../../feedback';
import type { CliIO } from '../io';

const USAGE = 'usage: kindred feedback list [--json] [--file PATH]   (PATH defaults to FEEDBACK_FILE)';

/** `kindred feedback list`: the anonymous feedback people gave, oldest first, for directory maintainers. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (sub !== 'list') {
    io.stderr(`kindred feedback: ${sub ? `unknown subcommand "${sub}"` : 'missing subcommand'}\n${USAGE}\n`);
    return 2;
  }
  let json = false;
  let file: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--file') file = rest[++i] ?? null;
    else {
      io.stderr(`kindred feedback: unknown option ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  const entries = await new JsonLinesFeedbackStore(file ?? loadConfig().feedbackFile).list();
  if (json) {
    io.stdout(`${JSON.stringify(entries)}\n`);
    return 0;
  }
  io.stdout(entries.length === 0 ? 'No feedback yet.\n' : `${entries.map(describe).join('\n')}\n${summary(entries)}\n`);
  return 0;
}

function describe(e: FeedbackEntry): string {
  return [e.at, e.kind.padEnd(15), e.resourceId ?? '-', e.reason ? JSON.stringify(e.reason) : ''].join('  ').trimEnd();
}

/** Counts per kind, and the listings reported most, so a maintainer sees what to check first. */
function summary(entries: FeedbackEntry[]): string {
  const kinds = new Map<string, number>();
  const reported = new Map<string, number>();
  for (const e of entries) {
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    if (e.kind === 'listing-problem' && e.resourceId) reported.set(e.resourceId, (reported.get(e.resourceId) ?? 0) + 1);
  }
  const lines = [`\n${entries.length} entries: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`];
  const top = [...reported].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  if (top.length > 0) lines.push(`Most reported: ${top.map(([id, n]) => `${id} (${n})`).join(', ')}`);
  return lines.join('\n');
}
