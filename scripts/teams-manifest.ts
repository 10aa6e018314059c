/**
 * The Teams app manifest: filling appPackage/manifest.template.json and validating it (and es.json)
 * offline against the JSON schemas that @microsoft/app-manifest ships. Nothing here is fetched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

/** The Teams manifest schema version Kindred targets (generally available; shipped by @microsoft/app-manifest). */
export const MANIFEST_VERSION = '1.30';

/** A problem the person packaging can fix; the message says how. */
export class TeamsPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPackageError';
  }
}

/** The values that make the template a real manifest. */
export interface ManifestValues {
  /** The Azure Bot's Microsoft App ID; also used as the Teams app id. */
  readonly appId: string;
  /** https origin (and optional base path) the bot is served from, without a trailing slash. */
  readonly publicUrl: string;
  /** The app's own version; Teams only accepts an update whose version is higher. */
  readonly appVersion: string;
}

/** Replaces every ${{NAME}} in the template's strings; an unknown or leftover placeholder is an error. */
export function fillManifest(template: unknown, values: ManifestValues): Record<string, unknown> {
  const replacements: Record<string, string> = {
    MICROSOFT_APP_ID: values.appId,
    PUBLIC_URL: values.publicUrl,
    PUBLIC_HOST: new URL(values.publicUrl).host,
    APP_VERSION: values.appVersion,
  };
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
        const value = replacements[name];
        if (value === undefined) throw new TeamsPackageError(`manifest.template.json uses an unknown placeholder \${{${name}}}.`);
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const filled = fill(template);
  if (filled === null || typeof filled !== 'object' || Array.isArray(filled)) {
    throw new TeamsPackageError('manifest.template.json must hold a JSON object.');
  }
  return filled as Record<string, unknown>;
}

/** Path of a schema file shipped by @microsoft/app-manifest, for the manifest version Kindred targets. */
export function shippedSchemaPath(kind: 'manifest' | 'localization', version = MANIFEST_VERSION): string {
  const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(packageRoot, 'build', 'json-schemas', 'teams', `v${version}`, file);
}

/** A JSON schema object, as handed to the validator. */
export type JsonSchema = Record<string, unknown>;

/** Reads a shipped schema from disk; nothing is fetched. */
export function readShippedSchema(kind: 'manifest' | 'localization', version = MANIFEST_VERSION): JsonSchema {
  const text = readFileSync(shippedSchemaPath(kind, version), 'utf8')
    // Microsoft's schema files write regex escapes (\a, \v) that ajv's unicode-mode regexes reject;
    // @microsoft/app-manifest rewrites them the same way when it loads its own copies.
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    // The localization schema's activityTypes keys end in `\b]`, a literal `]` that only
    // non-unicode regexes accept; escaping it keeps the meaning and lets ajv compile the schema.
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
  return JSON.parse(text) as JsonSchema;
}

/**
 * Validates a document against a schema with @microsoft/app-manifest's validator (ajv, draft-04 or
 * 2020-12 as the schema declares). Returns one line per problem; empty means valid.
 */
export async function validateAgainstSchema(document: unknown, schema: JsonSchema): Promise<string[]> {
  // The package's signature is typed for manifests; the localization file goes through the same ajv path.
  const validate = AppManifestUtils.validateAgainstSchema as (doc: unknown, schema: unknown) => Promise<string[]>;
  return validate(document, schema);
}
