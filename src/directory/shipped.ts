import { join } from 'node:path';
import type { Config } from '../config';
import { Directory } from './directory';
import { loadResourceFile } from './load';

/** The directory Kindred ships with, plus any extra files named in config. Throws DirectoryDataError. */
export function loadDirectory(config: Pick<Config, 'directoryFiles'>): Directory {
  const files = [join(__dirname, '..', 'data', 'resources.json'), ...config.directoryFiles];
  return new Directory(files.flatMap((file) => loadResourceFile(file)));
}
