import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { feedbackEntrySchema, type FeedbackEntry, type FeedbackStore } from './feedback';

/**
 * Feedback appended to a JSON-lines file (FEEDBACK_FILE), one entry per line. Appends of one short line
 * do not interleave, so several turns may write at once. Lines that are not valid entries are skipped
 * when reading (a hand edit or a cut-off write must not hide the rest).
 */
export class JsonLinesFeedbackStore implements FeedbackStore {
  private folderReady: Promise<unknown> | null = null;

  constructor(private readonly path: string) {}

  async record(entry: FeedbackEntry): Promise<void> {
    const line = `${JSON.stringify(feedbackEntrySchema.parse(entry))}\n`;
    this.folderReady ??= mkdir(dirname(this.path), { recursive: true });
    await this.folderReady;
    await appendFile(this.path, line, 'utf8');
  }

  async list(): Promise<FeedbackEntry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const entries: FeedbackEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const parsed = feedbackEntrySchema.safeParse(JSON.parse(line));
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // not JSON: skipped, see above
      }
    }
    return entries;
  }
}
