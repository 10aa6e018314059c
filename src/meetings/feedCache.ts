import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Validators } from './fetchFeed';

/**
 * The last good copy of each feed on disk, so that a restart has meetings at once, and asks the feed's owner
 * only "has it changed?" (with the saved validators) instead of downloading it again. One body file and one
 * small JSON file per feed, each written to a temporary name and renamed, so a crash never leaves half a copy.
 */

export interface CachedFeed {
  url: string;
  validators: Validators;
  /** When this copy was fetched or last confirmed unchanged (ISO 8601). */
  fetchedAt: string;
  body: string;
}

export class FeedCache {
  constructor(private readonly dir: string) {}

  private paths(key: string): { meta: string; body: string } {
    return { meta: join(this.dir, `${key}.json`), body: join(this.dir, `${key}.body`) };
  }

  /** The saved copy of the feed at `url`, or null when there is none (or it belongs to another URL). */
  read(key: string, url: string): CachedFeed | null {
    const paths = this.paths(key);
    try {
      const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as Omit<CachedFeed, 'body'>;
      if (meta.url !== url || typeof meta.fetchedAt !== 'string') return null;
      return { ...meta, validators: meta.validators ?? {}, body: readFileSync(paths.body, 'utf8') };
    } catch {
      return null;
    }
  }

  write(key: string, feed: CachedFeed): void {
    mkdirSync(this.dir, { recursive: true });
    const paths = this.paths(key);
    const { body, ...meta } = feed;
    writeFileSync(`${paths.body}.tmp`, body);
    renameSync(`${paths.body}.tmp`, paths.body);
    writeFileSync(`${paths.meta}.tmp`, JSON.stringify(meta));
    renameSync(`${paths.meta}.tmp`, paths.meta);
  }

  /** A 304 confirms the copy: only its time changes, the body file is left alone. */
  touch(key: string, url: string, fetchedAt: string): void {
    const paths = this.paths(key);
    try {
      const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as Omit<CachedFeed, 'body'>;
      if (meta.url !== url) return;
      writeFileSync(`${paths.meta}.tmp`, JSON.stringify({ ...meta, fetchedAt }));
      renameSync(`${paths.meta}.tmp`, paths.meta);
    } catch {
      // No saved copy to confirm: the next fetch writes one.
    }
  }

  remove(key: string): void {
    const paths = this.paths(key);
    rmSync(paths.meta, { force: true });
    rmSync(paths.body, { force: true });
  }
}
