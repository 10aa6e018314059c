import { MemoryStorage } from 'botbuilder';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../config';
import { loadDirectory } from '../../directory/shipped';
import { createKindred } from '../../kindred';
import { createLogger } from '../../log';
import type { CliIO } from '../io';
import { TerminalAdapter } from '../terminalAdapter';

/** `kindred chat [--locale es-US]`: talk to the real bot in the terminal. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const config = loadConfig();
  const localeIndex = argv.indexOf('--locale');
  const locale = localeIndex >= 0 ? (argv[localeIndex + 1] ?? config.defaultLocale) : config.defaultLocale;
  const log = createLogger('silent');
  const directory = loadDirectory(config);
  const kindred = createKindred({ config, storage: new MemoryStorage(), directory, log });
  const adapter = new TerminalAdapter(io.stdout, locale, () => io.columns?.());
  kindred.attach(adapter);
  // The same turn the server runs: retried on a state conflict, nothing kept after "forget me".
  const turn = (context: Parameters<typeof kindred.runTurn>[0]) => kindred.runTurn(context);

  await adapter.receive({ type: 'conversationUpdate', membersAdded: [{ id: 'terminal-user', name: '' }] }, turn);
  const lines = createInterface({ input: io.stdin, terminal: false });
  io.stdout('\nYou: ');
  for await (const line of lines) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) await adapter.receive({ type: 'message', text }, turn);
    io.stdout('\nYou: ');
  }
  io.stdout('\n');
  return 0;
}
