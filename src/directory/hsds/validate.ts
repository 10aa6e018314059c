import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../../dataFileError';
import { CsvError, parseCsv } from './csv';
import { officialDescriptor, officialJsonSchemas, type OfficialField, type OfficialTable } from './official';

/**
 * Checks an HSDS CSV datapackage against the official HSDS 3.0 specification, offline, two ways:
 *
 * 1. The tabular datapackage (datapackage.json, Frictionless Table Schema): every table the package has is
 *    read with the official table schema, not the package's own: header = the official columns in order;
 *    each cell against its field's type (number, date YYYY-MM-DD, time HH:MM:SS, datetime with a time zone),
 *    format (uuid, email, uri), enum and required; primary keys unique; foreign keys pointing at rows that exist.
 *    The descriptor must name each table at its official path with the official schema.
 * 2. The JSON schemas (schema/<table>.json): each row, typed and without its empty cells, must validate with
 *    ajv against its object's schema (required properties, types, formats, enums), plus the spec's
 *    `tabular_required` properties.
 *
 * Problems name the file, the row (and its id) and the field, like every data error in Kindred.
 */

/** At most this many problems per table are listed: past that, one more says how many were left out. */
const MAX_PER_TABLE = 20;

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;
const BOOLEAN = /^(true|false|True|False|TRUE|FALSE|1|0)$/;
const FORMAT_WORDS: Record<string, string> = {
  date: 'a whole date like 2026-12-07',
  'date-time': 'a date-time with a time zone, like 2026-12-07T09:30:00Z',
  uuid: 'a UUID',
  email: 'an e-mail address',
  uri: 'an absolute URI like https://example.org/',
};

export interface HsdsValidation {
  ok: boolean;
  /** Tables checked, with their row counts. */
  tables: Record<string, number>;
  problems: DataFileError[];
}

let compiled: { rows: Map<string, ValidateFunction>; objects: Map<string, ValidateFunction> } | undefined;

/** The ajv validators, compiled once: one per table for the Table Schema checks, one per official JSON schema. */
function validators(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  // The HSDS schemas carry their own keywords (constraints, core, datapackage_type...): not strict about those.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemas = officialJsonSchemas();
  for (const [file, schema] of schemas) ajv.addSchema(schema, file);
  const objects = new Map<string, ValidateFunction>();
  const rows = new Map<string, ValidateFunction>();
  for (const table of officialDescriptor().resources) {
    objects.set(table.name, ajv.getSchema(`${table.name}.json`)!);
    rows.set(table.name, ajv.compile(rowSchema(table)));
  }
  compiled = { rows, objects };
  return compiled;
}

/** A Frictionless field as a JSON Schema for its (non-empty, text) cell. */
function cellSchema(field: OfficialField): Record<string, unknown> {
  const cell: Record<string, unknown> = { type: 'string', minLength: 1 };
  switch (field.type) {
    case 'number':
      cell.pattern = NUMBER.source;
      break;
    case 'integer':
      cell.pattern = INTEGER.source;
      break;
    case 'boolean':
      cell.pattern = BOOLEAN.source;
      break;
    case 'date':
      cell.format = 'date';
      break;
    case 'time':
      cell.pattern = TIME.source;
      break;
    case 'datetime':
      // RFC 3339 with a time zone ("2026-12-07T09:30:00Z", "…-05:00"): a time without one is ambiguous.
      cell.format = 'date-time';
      break;
    default:
      if (field.format && field.format !== 'default') cell.format = field.format;
  }
  if (field.constraints?.enum) cell.enum = field.constraints.enum;
  return cell;
}

/** The JSON Schema one CSV row (as text cells, empty cells left out) must meet under the table's Table Schema. */
function rowSchema(table: OfficialTable): Record<string, unknown> {
  const fields = table.schema.fields;
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, cellSchema(f)])),
    required: fields.filter((f) => f.constraints?.required).map((f) => f.name),
  };
}

/** A row with its empty cells left out and its number cells as numbers, for the JSON schemas. */
function typedRow(row: Record<string, string>, table: OfficialTable): Record<string, unknown> {
  const types = new Map(table.schema.fields.map((f) => [f.name, f.type]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === '') continue;
    const type = types.get(key);
    out[key] = (type === 'number' || type === 'integer') && NUMBER.test(value) ? Number(value) : value;
  }
  return out;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function fieldOf(error: ErrorObject): string | null {
  if (error.keyword === 'required') return String((error.params as { missingProperty: string }).missingProperty);
  const path = error.instancePath.replace(/^\//, '');
  return path === '' ? null : path.split('/')[0]!;
}

function messageOf(error: ErrorObject, row: Record<string, unknown>): string {
  const field = fieldOf(error);
  const value = field !== null && row[field] !== undefined ? ` (got "${String(row[field]).slice(0, 60)}")` : '';
  if (error.keyword === 'required') return 'is required by HSDS 3.0 and is empty';
  if (error.keyword === 'enum') return `must be one of ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')}${value}`;
  if (error.keyword === 'pattern') {
    const pattern = (error.params as { pattern?: string }).pattern;
    if (pattern === TIME.source) return `must be a time like 08:30:00 (HH:MM:SS)${value}`;
    if (pattern === NUMBER.source) return `must be a number${value}`;
    if (pattern === INTEGER.source) return `must be a whole number${value}`;
    if (pattern === BOOLEAN.source) return `must be true or false${value}`;
  }
  if (error.keyword === 'format')
    return `must be ${FORMAT_WORDS[(error.params as { format: string }).format] ?? `in the format "${(error.params as { format: string }).format}"`}${value}`;
  return `${error.message ?? 'is not valid'}${value}`;
}

interface ReadTable {
  table: OfficialTable;
  file: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Validates the datapackage in `dir` against the official HSDS 3.0 descriptor and JSON schemas. */
export function validateHsdsPackage(dir: string): HsdsValidation {
  const problems: DataFileError[] = [];
  const tables: Record<string, number> = {};
  const official = officialDescriptor();
  const descriptorFile = join(dir, 'datapackage.json');

  let declared: { name?: unknown; path?: unknown; schema?: unknown }[] = [];
  if (!existsSync(descriptorFile)) {
    problems.push(new DataFileError(descriptorFile, 'row', null, null, null, 'is missing: an HSDS datapackage needs its descriptor'));
  } else {
    try {
      const raw = JSON.parse(readFileSync(descriptorFile, 'utf8')) as { resources?: unknown; profile?: unknown };
      declared = Array.isArray(raw.resources) ? (raw.resources as typeof declared) : [];
      const created = (raw as { created?: unknown }).created;
      if (created !== undefined && !(typeof created === 'string' && DATE_TIME.test(created) && !Number.isNaN(Date.parse(created)))) {
        problems.push(
          new DataFileError(
            descriptorFile,
            'row',
            null,
            null,
            'created',
            `must be ${FORMAT_WORDS['date-time']} (got "${String(created)}")`,
          ),
        );
      }
      if (raw.profile !== 'tabular-data-package') {
        problems.push(new DataFileError(descriptorFile, 'row', null, null, 'profile', 'must be "tabular-data-package"'));
      }
    } catch (err) {
      problems.push(new DataFileError(descriptorFile, 'row', null, null, null, `cannot be read as JSON (${(err as Error).message})`));
    }
  }
  for (const resource of declared) {
    const table = official.resources.find((t) => t.name === resource?.name);
    if (!table) {
      problems.push(
        new DataFileError(
          descriptorFile,
          'row',
          null,
          null,
          'resources',
          `names a table HSDS 3.0 does not have: "${String(resource?.name)}"`,
        ),
      );
      continue;
    }
    if (resource.path !== table.path) {
      problems.push(
        new DataFileError(descriptorFile, 'row', null, null, `resources.${table.name}.path`, `must be "${table.path}" as in HSDS 3.0`),
      );
    }
    if (JSON.stringify(resource.schema) !== JSON.stringify(table.schema)) {
      problems.push(
        new DataFileError(
          descriptorFile,
          'row',
          null,
          null,
          `resources.${table.name}.schema`,
          'must be the official HSDS 3.0 table schema',
        ),
      );
    }
  }

  // Read every official table the package has (by its official path).
  const read = new Map<string, ReadTable>();
  for (const table of official.resources) {
    const file = join(dir, table.path);
    if (!existsSync(file)) {
      if (declared.some((r) => r?.name === table.name)) {
        problems.push(new DataFileError(file, 'row', null, null, null, 'is missing but datapackage.json names it'));
      }
      continue;
    }
    let cells: string[][];
    try {
      cells = parseCsv(readFileSync(file, 'utf8'));
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      problems.push(new DataFileError(file, 'row', null, null, null, err.message));
      continue;
    }
    const [header = [], ...body] = cells;
    const columns = table.schema.fields.map((f) => f.name);
    if (header.join(',') !== columns.join(',')) {
      const missing = columns.filter((c) => !header.includes(c));
      const extra = header.filter((c) => !columns.includes(c));
      const detail = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `not in HSDS 3.0: ${extra.join(', ')}` : '',
        !missing.length && !extra.length ? 'in another order' : '',
      ]
        .filter(Boolean)
        .join('; ');
      problems.push(new DataFileError(file, 'row', null, null, null, `header must be the HSDS 3.0 columns in order (${detail})`));
    }
    const rows = body.map((values) => Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])));
    read.set(table.name, { table, file, header, rows });
    tables[table.name] = rows.length;
  }

  const { rows: rowValidators, objects } = validators();
  for (const { table, file, rows } of read.values()) {
    const tableProblems: DataFileError[] = [];
    const add = (index: number | null, id: string | null, field: string | null, problem: string) =>
      tableProblems.push(new DataFileError(file, 'row', index, id, field, problem));

    const checkRow = rowValidators.get(table.name)!;
    const checkObject = objects.get(table.name)!;
    const tabularRequired = ((officialJsonSchemas().get(`${table.name}.json`)?.tabular_required as string[] | undefined) ?? []).filter(
      (f) => !table.schema.fields.some((x) => x.name === f && x.constraints?.required),
    );
    rows.forEach((row, index) => {
      const id = row.id || null;
      const cells = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
      const seen = new Set<string>();
      const report = (errors: ErrorObject[] | null | undefined, data: Record<string, unknown>) => {
        for (const error of errors ?? []) {
          const field = fieldOf(error);
          const key = `${field}:${error.keyword}`;
          if (seen.has(key)) continue;
          seen.add(key);
          add(index, id, field, messageOf(error, data));
        }
      };
      if (!checkRow(cells)) report(checkRow.errors, cells);
      const typed = typedRow(row, table);
      if (!checkObject(typed)) report(checkObject.errors, typed);
      for (const field of tabularRequired)
        if (!row[field]) add(index, id, field, 'is required in the tabular form of HSDS 3.0 and is empty');
    });

    // Unique fields (the primary key among them).
    const uniques = new Set([
      ...list(table.schema.primaryKey),
      ...table.schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name),
    ]);
    for (const field of uniques) {
      const first = new Map<string, number>();
      rows.forEach((row, index) => {
        const value = row[field];
        if (!value) return;
        const earlier = first.get(value);
        if (earlier !== undefined)
          add(index, row.id || null, field, `repeats the value of row ${earlier + 1} ("${value}"); it must be unique`);
        else first.set(value, index);
      });
    }

    // Foreign keys: a non-empty reference must name a row of the referenced table.
    for (const fk of table.schema.foreignKeys ?? []) {
      const [field] = list(fk.fields);
      const [target] = list(fk.reference.fields);
      if (!field || !target) continue;
      const referenced = read.get(fk.reference.resource);
      const values = new Set((referenced?.rows ?? []).map((r) => r[target]));
      rows.forEach((row, index) => {
        const value = row[field];
        if (value && !values.has(value)) {
          add(
            index,
            row.id || null,
            field,
            `points at ${fk.reference.resource} ${value}, which is not in ${referenced ? referenced.table.path : `the package (no ${fk.reference.resource} table)`}`,
          );
        }
      });
    }

    problems.push(...tableProblems.slice(0, MAX_PER_TABLE));
    if (tableProblems.length > MAX_PER_TABLE) {
      problems.push(new DataFileError(file, 'row', null, null, null, `and ${tableProblems.length - MAX_PER_TABLE} more problems`));
    }
  }
  return { ok: problems.length === 0, tables, problems };
}
