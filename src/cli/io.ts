/** What a CLI command may touch: its output streams and its input. Tests pass fakes. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
}
