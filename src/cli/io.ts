/** Where a CLI command reads and writes; tests pass their own. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
}

/** The real terminal. */
export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: process.stdin,
};
