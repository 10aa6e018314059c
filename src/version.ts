import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(): string {
  for (const path of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kindred' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

/** Kindred's version, from package.json. */
export const version = readVersion();
