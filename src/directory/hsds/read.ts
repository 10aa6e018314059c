import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryDataError } from '../errors';
import { CsvError, parseCsvRecords } from './csv';
import { ALTERNATE_FILES, HSDS_TABLES, type HsdsRow, type HsdsTable } from './tables';

/** What datapackage.json says about the package, where present. */
export interface DatapackageInfo {
  title?: string;
  homepage?: string;
  licence?: string;
  /** Table name → file path, from `resources[].name` / `resources[].path`. */
  paths: Partial<Record<string, string>>;
}

/** Reads datapackage.json if the folder has one; an unreadable descriptor is an error naming the file. */
export function readDatapackage(dir: string): DatapackageInfo {
  const file = join(dir, 'datapackage.json');
  if (!existsSync(file)) return { paths: {} };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new DirectoryDataError(file, null, null, null, `cannot be read as JSON (${(err as Error).message})`);
  }
  const paths: Record<string, string> = {};
  if (Array.isArray(raw.resources)) {
    for (const r of raw.resources as { name?: unknown; path?: unknown }[]) {
      if (typeof r?.name === 'string' && typeof r.path === 'string') paths[r.name] = r.path;
    }
  }
  const licences = (Array.isArray(raw.licenses) ? raw.licenses : raw.license ? [raw.license] : []) as { name?: string; title?: string }[];
  const licence = licences.map((l) => l?.title ?? l?.name).find((x): x is string => typeof x === 'string');
  return {
    ...(typeof raw.title === 'string' ? { title: raw.title } : typeof raw.name === 'string' ? { title: raw.name } : {}),
    ...(typeof raw.homepage === 'string' ? { homepage: raw.homepage } : {}),
    ...(licence ? { licence } : {}),
    paths,
  };
}

/** The file a table lives in: as datapackage.json names it, else the HSDS 3.0 name, else a name seen in older packages. */
export function tableFile(dir: string, table: HsdsTable, info: DatapackageInfo): string | null {
  const candidates = [info.paths[table], HSDS_TABLES[table].file, ...(ALTERNATE_FILES[table] ?? [])].filter((x): x is string => !!x);
  for (const candidate of candidates) {
    const file = join(dir, candidate);
    if (existsSync(file)) return file;
  }
  return null;
}

/** All rows of one table ([] when the package does not have it). "null" cells, as some exporters write them, read as empty. */
export function readTable(dir: string, table: HsdsTable, info: DatapackageInfo): { file: string | null; rows: HsdsRow[] } {
  const file = tableFile(dir, table, info);
  if (!file) return { file: null, rows: [] };
  try {
    const rows = parseCsvRecords(readFileSync(file, 'utf8'));
    for (const row of rows) {
      for (const key of Object.keys(row)) {
        const value = row[key]!.trim();
        row[key] = value.toLowerCase() === 'null' ? '' : value;
      }
    }
    return { file, rows };
  } catch (err) {
    if (err instanceof CsvError) throw new DirectoryDataError(file, null, null, null, err.message);
    throw err;
  }
}

/** Groups rows by the value of one column, skipping rows where it is empty. */
export function groupBy(rows: readonly HsdsRow[], column: string): Map<string, HsdsRow[]> {
  const groups = new Map<string, HsdsRow[]>();
  for (const row of rows) {
    const key = row[column];
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
