/**
 * `kindred data …`: the directory maintainer's tool.
 *
 *   kindred data validate [PATH...] [--json]          check directory files (default: the shipped ones)
 *   kindred data import-hsds DIR [--out FILE] [...]    HSDS 3.0 CSV datapackage → Kindred resources JSON
 *   kindred data export-hsds DIR [--from FILE...]      Kindred resources → HSDS 3.0 CSV datapackage, then validated
 *   kindred data validate-hsds DIR [--json]            check a datapackage against the official HSDS 3.0 schemas
 *
 * Exit codes: 0 done, 1 the data is wrong (the message names file, record and field), 2 the command is wrong.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DirectoryDataError } from '../../directory/errors';
import { exportHsds } from '../../directory/hsds/export';
import { importHsds } from '../../directory/hsds/import';
import { validateHsdsPackage, type HsdsValidation } from '../../directory/hsds/validate';
import { DEFAULT_RESOURCE_FILES, loadResourceFile, loadResourceFiles } from '../../directory/load';
import type { CliIO } from '../io';

const USAGE = `Usage:
  kindred data validate [PATH...] [--json]
      Check directory files (a JSON file, or a folder of them). Default: the files Kindred ships.
  kindred data import-hsds DIR [--out FILE] [--country US] [--language en] [--retrieved YYYY-MM-DD]
                               [--source-name NAME] [--source-url URL] [--licence TEXT] [--skip-invalid] [--json]
      Read an Open Referral HSDS 3.0 CSV datapackage. Without --out, prints the resources JSON.
  kindred data export-hsds DIR [--from FILE...] [--json]
      Write the directory (default: the shipped files) as an HSDS 3.0 CSV datapackage into DIR, then check it
      against the official HSDS 3.0 datapackage and JSON schemas (exit 1 if it does not meet them).
  kindred data validate-hsds DIR [--json]
      Check an HSDS CSV datapackage against the official HSDS 3.0 datapackage and JSON schemas.
`;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A path argument → the JSON files it names (a folder means every .json file in it, sorted). */
function filesOf(path: string): string[] {
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory()) {
    return readdirSync(full)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(full, f));
  }
  return [full];
}

function validate(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const files = positionals.length > 0 ? positionals.flatMap(filesOf) : [...DEFAULT_RESOURCE_FILES];
  const report: { file: string; ok: boolean; records?: number; error?: string }[] = [];
  for (const file of files) {
    try {
      report.push({ file, ok: true, records: loadResourceFile(file).length });
    } catch (err) {
      if (!(err instanceof DirectoryDataError)) throw err;
      report.push({ file, ok: false, error: err.message });
    }
  }
  // Ids must also be unique across files; only worth checking once each file is sound on its own.
  let crossFile: string | undefined;
  if (report.every((r) => r.ok) && files.length > 1) {
    try {
      loadResourceFiles(files);
    } catch (err) {
      if (!(err instanceof DirectoryDataError)) throw err;
      crossFile = err.message;
    }
  }
  const ok = report.every((r) => r.ok) && !crossFile;
  if (values.json) {
    io.stdout(JSON.stringify({ ok, files: report, ...(crossFile ? { error: crossFile } : {}) }) + '\n');
  } else {
    for (const r of report) {
      if (r.ok) io.stdout(`${r.file}: ok: ${r.records} records\n`);
      else io.stderr(`error: ${r.error}\n`);
    }
    if (crossFile) io.stderr(`error: ${crossFile}\n`);
  }
  return ok ? 0 : 1;
}

function importCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      country: { type: 'string', default: 'US' },
      language: { type: 'string', default: 'en' },
      retrieved: { type: 'string' },
      'source-name': { type: 'string' },
      'source-url': { type: 'string' },
      licence: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const result = importHsds(resolve(dir), {
    country: values.country,
    language: values.language,
    retrieved: values.retrieved ?? today(),
    source: {
      ...(values['source-name'] ? { name: values['source-name'] } : {}),
      ...(values['source-url'] ? { url: values['source-url'] } : {}),
      ...(values.licence ? { licence: values.licence } : {}),
    },
    skipInvalid: values['skip-invalid'] ?? false,
  });
  const json = JSON.stringify(result.resources, null, 2) + '\n';
  const summary = {
    imported: result.resources.length,
    skipped: result.skipped,
    inactive: result.inactive,
    inferredNeeds: result.inferredNeeds,
    ...(values.out ? { out: resolve(values.out) } : {}),
  };
  if (values.out) writeFileSync(values.out, json);
  else io.stdout(json);
  if (values.out && values.json) {
    io.stdout(JSON.stringify(summary) + '\n');
  } else {
    // Human-readable notes go to stderr so that stdout stays pure JSON when it carries the resources.
    for (const s of result.skipped) io.stderr(`skipped: ${s.problem}\n`);
    io.stderr(
      `imported ${summary.imported} resources` +
        (values.out ? ` into ${summary.out}` : '') +
        `; ${result.skipped.length} skipped as invalid, ${result.inactive} inactive left out, needs guessed from words for ${result.inferredNeeds}\n`,
    );
  }
  return 0;
}

function exportCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const files = values.from && values.from.length > 0 ? values.from.flatMap(filesOf) : [...DEFAULT_RESOURCE_FILES];
  const resources = loadResourceFiles(files);
  const counts = exportHsds(resources, resolve(dir), { created: new Date().toISOString() });
  // What was written is checked against the real specification, so a package Kindred hands out always meets it.
  const validation = validateHsdsPackage(resolve(dir));
  if (values.json) {
    io.stdout(
      JSON.stringify({
        dir: resolve(dir),
        resources: resources.length,
        tables: counts,
        valid: validation.ok,
        problems: problemsOf(validation),
      }) + '\n',
    );
  } else {
    io.stdout(`wrote ${resources.length} resources to ${resolve(dir)}\n`);
    for (const [table, n] of Object.entries(counts)) io.stdout(`  ${table}: ${n} rows\n`);
    reportValidation(validation, io);
  }
  return validation.ok ? 0 : 1;
}

function problemsOf(validation: HsdsValidation): string[] {
  return validation.problems.map((p) => p.message);
}

function reportValidation(validation: HsdsValidation, io: CliIO): void {
  if (validation.ok) io.stdout('valid against the official HSDS 3.0 datapackage and JSON schemas\n');
  for (const p of validation.problems) io.stderr(`error: ${p.message}\n`);
}

function validateHsdsCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const validation = validateHsdsPackage(resolve(dir));
  if (values.json)
    io.stdout(
      JSON.stringify({ dir: resolve(dir), valid: validation.ok, tables: validation.tables, problems: problemsOf(validation) }) + '\n',
    );
  else reportValidation(validation, io);
  return validation.ok ? 0 : 1;
}

/** Entry point for `kindred data <subcommand> ...`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'validate':
        return validate(rest, io);
      case 'import-hsds':
        return importCommand(rest, io);
      case 'export-hsds':
        return exportCommand(rest, io);
      case 'validate-hsds':
        return validateHsdsCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
        io.stdout(USAGE);
        return sub === undefined ? 2 : 0;
      default:
        io.stderr(`unknown data command "${sub}"\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof DirectoryDataError) {
      io.stderr(`error: ${err.message}\n`);
      return 1;
    }
    if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
