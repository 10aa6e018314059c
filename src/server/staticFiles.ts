import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** The folder the build copies the web page into: dist/public (also found when running from src/ via tsx). */
export function defaultPublicDir(): string {
  const candidates = [resolve(__dirname, '..', 'public'), resolve(__dirname, '..', '..', 'dist', 'public')];
  return candidates.find((dir) => existsSync(join(dir, 'index.template.html'))) ?? candidates[0]!;
}

/**
 * Loads the page's files into memory once at start-up: a fixed set, so no request can reach
 * anything else on disk. A missing folder is an empty set (the server still answers the bot protocol).
 */
export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (TYPES[extname(entry.name)])
        files.set(`/${prefix}${entry.name}`, { body: readFileSync(path), type: TYPES[extname(entry.name)]! });
    }
  };
  walk(dir, '');
  return files;
}
