import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log';

/** A logger whose JSON lines are kept in memory, so tests can check what was (and was not) logged. */
export function captureLogs(level = 'debug'): { log: Logger; lines: string[]; text: () => string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger(level, sink), lines, text: () => lines.join('\n') };
}
