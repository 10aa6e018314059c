import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryDataError } from './errors';
import { resourceSchema, type Resource } from './schema';

/**
 * The directory files Kindred ships, as absolute paths. Resolved from this module's folder so the
 * same code finds them under src/ (tsx) and under dist/ (after `tsc`, which copies src/data/**.json).
 */
export const DEFAULT_RESOURCE_FILES: readonly string[] = Object.freeze([
  join(__dirname, '..', 'data', 'resources', 'national.json'),
  join(__dirname, '..', 'data', 'resources', 'va-vet-centers.json'),
]);

/**
 * Reads and validates a directory file (a JSON array of resources). Throws a DirectoryDataError
 * naming file, record and field at the first problem, so a broken file stops start-up.
 */
export function loadResourceFile(file: string): Resource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DirectoryDataError(
      file,
      null,
      null,
      null,
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DirectoryDataError(file, null, null, null, `cannot be read as JSON (${(err as Error).message})`);
  }
  return parseResources(raw, file);
}

/**
 * Loads several directory files into one list, in order. Ids must be unique across all of them,
 * because search results, cards and stored conversation state refer to resources by id.
 */
export function loadResourceFiles(files: readonly string[]): Resource[] {
  const firstFileOf = new Map<string, string>();
  const all: Resource[] = [];
  for (const file of files) {
    const resources = loadResourceFile(file);
    resources.forEach((resource, index) => {
      const earlier = firstFileOf.get(resource.id);
      if (earlier !== undefined) {
        throw new DirectoryDataError(file, index, resource.id, 'id', `repeats an id already used in ${earlier}`);
      }
      firstFileOf.set(resource.id, file);
      all.push(resource);
    });
  }
  return all;
}

/** Validates already-parsed records; `file` is only used to name the source in errors. */
export function parseResources(raw: unknown, file: string): Resource[] {
  if (!Array.isArray(raw)) throw new DirectoryDataError(file, null, null, null, 'must be a JSON array of resources');
  const seen = new Set<string>();
  return raw.map((record: unknown, index) => {
    const checked = checkResource(record);
    if (!checked.ok) throw new DirectoryDataError(file, index, idOf(record), checked.field, checked.problem);
    const resource = checked.resource;
    if (seen.has(resource.id)) throw new DirectoryDataError(file, index, resource.id, 'id', 'repeats an earlier id in this file');
    seen.add(resource.id);
    return resource;
  });
}

/** Validates one record: the resource, or the first problem as the field it is in and what is wrong. */
export function checkResource(record: unknown): { ok: true; resource: Resource } | { ok: false; field: string | null; problem: string } {
  const parsed = resourceSchema.safeParse(record);
  if (parsed.success) return { ok: true, resource: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  return { ok: false, field, problem: issue?.message ?? 'is not a valid resource' };
}

/** The record's id if it has a usable one, so an error can name the record a maintainer will search for. */
function idOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}
