import { readFileSync } from 'node:fs';
import { DirectoryDataError } from './errors';
import { resourceSchema, type Resource } from './schema';

/**
 * Reads and validates a directory file (a JSON array of resources). Throws a DirectoryDataError
 * naming file, record and field at the first problem, so a broken file stops start-up.
 */
export function loadResourceFile(file: string): Resource[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DirectoryDataError(file, null, null, null, `cannot be read as JSON (${(err as Error).message})`);
  }
  return parseResources(raw, file);
}

/** Validates already-parsed records; `file` is only used to name the source in errors. */
export function parseResources(raw: unknown, file: string): Resource[] {
  if (!Array.isArray(raw)) throw new DirectoryDataError(file, null, null, null, 'must be a JSON array of resources');
  const seen = new Set<string>();
  return raw.map((record: unknown, index) => {
    const id =
      typeof record === 'object' && record && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
    const parsed = resourceSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
      throw new DirectoryDataError(file, index, id, field, issue?.message ?? 'is not a valid resource');
    }
    const resource = parsed.data;
    if (seen.has(resource.id)) throw new DirectoryDataError(file, index, resource.id, 'id', 'repeats an earlier id');
    seen.add(resource.id);
    if (resource.scope === 'local' && (resource.latitude === undefined || resource.longitude === undefined)) {
      throw new DirectoryDataError(file, index, resource.id, 'latitude', 'a local resource needs latitude and longitude');
    }
    return resource;
  });
}
