import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts bench/httpServer.ts (`kindred` or `echo`) in its own process and resolves once it listens; `onLine` gets what it prints. */
export async function startBenchServer(
  kind: 'kindred' | 'echo' | 'floor',
  settings: string[] = [],
  onLine: (line: string) => void = () => undefined,
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', '--expose-gc', '--import', 'tsx', join(__dirname, 'httpServer.ts'), kind, ...settings],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    void exited.then(() => reject(new Error(`${kind} server exited before listening:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The benchmark's find-help request: it names a need and a way, so one turn parses, searches and shows results. */
export const FIND_HELP = 'I need a grief support group, online please';

/** One message activity as a channel would send it, asking for the replies in the response; `[<id>]` makes each conversation new. */
export function benchActivity(text: string): string {
  return JSON.stringify({
    type: 'message',
    id: 'bench-activity',
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: 'bench-[<id>]' },
    from: { id: 'user-[<id>]', name: 'Bench' },
    recipient: { id: 'kindred', name: 'Kindred' },
    locale: 'en-US',
    text,
    deliveryMode: 'expectReplies',
  });
}

/**
 * Whether an expectReplies response body answers a find-help request with results: at least one reply lists a
 * numbered service ("1. …" on a channel without cards) or carries a card. Checked on structure, not on wording,
 * so a rewrite of the intro cannot turn every benchmark request into an error.
 */
export function listsResults(body: string): boolean {
  let replies: unknown;
  try {
    replies = (JSON.parse(body) as { activities?: unknown }).activities;
  } catch {
    return false;
  }
  if (!Array.isArray(replies)) return false;
  return replies.some((reply: { type?: string; text?: unknown; attachments?: unknown[] }) => {
    if (reply?.type !== 'message') return false;
    if (Array.isArray(reply.attachments) && reply.attachments.length > 0) return true;
    return typeof reply.text === 'string' && /^1\. \S/m.test(reply.text);
  });
}

/** Whether an expectReplies response body is the echo bot's answer to `text`. */
export function echoes(body: string, text: string): boolean {
  return body.includes(`You said: ${text}`);
}
