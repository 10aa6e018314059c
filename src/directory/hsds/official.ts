import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The official Open Referral HSDS 3.0 descriptor and JSON schemas, vendored in ./schema (see its README for
 * the repository, commit and licence). Export writes this descriptor's tables and columns; validate.ts
 * checks a package against it. Read lazily: only export and validation need it, not start-up.
 */

/** One field of a Frictionless Table Schema, as the HSDS descriptor writes it. */
export interface OfficialField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'time' | 'datetime';
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** One table (a tabular-data-resource) of the descriptor. */
export interface OfficialTable {
  name: string;
  path: string;
  schema: {
    fields: OfficialField[];
    primaryKey?: string | string[];
    foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
  };
  [key: string]: unknown;
}

export interface OfficialDescriptor {
  name: string;
  version: string;
  resources: OfficialTable[];
  [key: string]: unknown;
}

const SCHEMA_DIR = join(__dirname, 'schema');

let descriptor: OfficialDescriptor | undefined;

/** The official datapackage.json (HSDS 3.0.0), parsed once. */
export function officialDescriptor(): OfficialDescriptor {
  descriptor ??= JSON.parse(readFileSync(join(SCHEMA_DIR, 'datapackage.json'), 'utf8')) as OfficialDescriptor;
  return descriptor;
}

/** The official table named `name` ("service"), or undefined. */
export function officialTable(name: string): OfficialTable | undefined {
  return officialDescriptor().resources.find((r) => r.name === name);
}

/** The official column names of a table, in the descriptor's order. */
export function officialColumns(name: string): string[] {
  const table = officialTable(name);
  if (!table) throw new Error(`HSDS 3.0 has no table "${name}"`);
  return table.schema.fields.map((f) => f.name);
}

let jsonSchemas: Map<string, Record<string, unknown>> | undefined;

/** The official JSON schemas by file name ("service.json" → schema), parsed once. */
export function officialJsonSchemas(): Map<string, Record<string, unknown>> {
  if (!jsonSchemas) {
    jsonSchemas = new Map();
    for (const table of officialDescriptor().resources) {
      const file = `${table.name}.json`;
      jsonSchemas.set(file, JSON.parse(readFileSync(join(SCHEMA_DIR, 'schema', file), 'utf8')) as Record<string, unknown>);
    }
  }
  return jsonSchemas;
}
