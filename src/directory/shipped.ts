import type { Config } from '../config';
import { Directory } from './directory';
import { DEFAULT_RESOURCE_FILES, loadResourceFiles } from './load';

/** The directory Kindred ships, plus any extra files named in config. Throws DirectoryDataError naming file, record and field. */
export function loadDirectory(config: Pick<Config, 'directoryFiles'>): Directory {
  return new Directory(loadResourceFiles([...DEFAULT_RESOURCE_FILES, ...config.directoryFiles]));
}
