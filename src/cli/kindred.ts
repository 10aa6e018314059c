#!/usr/bin/env node
/**
 * The `kindred` command: a thin face over the same core the bot uses. Each subcommand lives in
 * commands/<name>.ts and returns its exit code. With --json, only machine-readable output goes to stdout.
 */
import { ConfigError } from '../config';
import { DirectoryDataError } from '../directory/errors';
import { processIO, type CliIO } from './io';

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Commands load lazily (require, not import, so the same code runs compiled and under tsx): `parse`
// should not pay for loading botbuilder, which only `chat` needs.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, { about: string; load: () => { run: Command } }> = {
  chat: { about: 'talk to Kindred in the terminal  [--locale es-US]', load: () => require('./commands/chat') as { run: Command } },
  parse: { about: 'understand text as a Frame  --json [--locale L] [TEXT]', load: () => require('./commands/parse') as { run: Command } },
  search: {
    about: 'ranked resources  --json [--near PLACE] [--radius 25mi] [--online] [--free] [--lang es] QUERY',
    load: () => require('./commands/search') as { run: Command },
  },
  data: {
    about: 'validate [PATH] | import-hsds DIR [--out FILE] | export-hsds DIR [--from FILE...]',
    load: () => require('./commands/data') as { run: Command },
  },
  feedback: {
    about: 'list [--json] [--file PATH]: anonymous feedback on listings, for maintainers',
    load: () => require('./commands/feedback') as { run: Command },
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

const USAGE = `Usage: kindred <command> [options]\n\n${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.about}`)
  .join('\n')}\n`;

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`kindred: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.load().run(rest, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DirectoryDataError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`kindred: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
