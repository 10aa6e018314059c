/** What a CLI command may touch: its output streams and input. Tests pass fakes; kindred.ts passes the process's. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
  /** The terminal's width in columns, or undefined when output is not a terminal (a pipe, a file). */
  columns?: () => number | undefined;
}

/** The real terminal. */
export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: process.stdin,
  columns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
};
