/**
 * Builds the Teams app package, appPackage/build/kindred.zip, from appPackage/manifest.template.json.
 *
 *     npm run package:teams -- [--app-id GUID] [--public-url https://host] [--app-version 1.2.3] [--out FILE]
 *
 * The bot's app id comes from configuration (MicrosoftAppId, through loadConfig) unless --app-id
 * overrides it. The public URL is the https address the bot is served from: the manifest's website,
 * privacy and terms links point at its /, /privacy and /terms pages, and its host is the valid domain.
 * The filled manifest and the Spanish strings are validated offline against the JSON schemas that
 * @microsoft/app-manifest ships, before anything is zipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type ZipOptions, type Zippable, zipSync } from 'fflate';
import { type Config, ConfigError, loadConfig } from '../src/config';
import {
  MANIFEST_VERSION,
  type ManifestValues,
  TeamsPackageError,
  fillManifest,
  readShippedSchema,
  validateAgainstSchema,
} from './teams-manifest';

const REPO_ROOT = join(__dirname, '..');
/** Where the template, the Spanish strings and the icons live. */
export const APP_PACKAGE_DIR = join(REPO_ROOT, 'appPackage');
export const DEFAULT_OUT_FILE = join(APP_PACKAGE_DIR, 'build', 'kindred.zip');

/** Every file in the zip, flat at its root, manifest first. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png', 'es.json'] as const;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

function checkAppId(appId: string, source: string): string {
  if (!GUID.test(appId)) {
    throw new TeamsPackageError(
      `${source} must be the Azure Bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000; got "${appId}".`,
    );
  }
  return appId;
}

function checkPublicUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TeamsPackageError(
      `${source} must be the https address the bot is served from, like https://kindred.example.org; got "${raw}".`,
    );
  }
  if (url.protocol !== 'https:' || url.search || url.hash) {
    throw new TeamsPackageError(
      `${source} must be a plain https address (Teams requires https), like https://kindred.example.org; got "${raw}".`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function checkAppVersion(raw: string, source: string): string {
  if (!SEMVER.test(raw)) throw new TeamsPackageError(`${source} must be a version like 1.2.3; got "${raw}".`);
  return raw;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TeamsPackageError(`${relative(REPO_ROOT, path)} could not be read as JSON: ${(error as Error).message}`);
  }
}

/** The size Teams requires of each icon. */
const ICON_SIZES: Readonly<Record<string, number>> = { 'color.png': 192, 'outline.png': 32 };

/** Reads one file for the zip; a missing file or a wrongly sized icon is named, with how to fix it. */
function readPackageFile(dir: string, file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, file));
  } catch {
    throw new TeamsPackageError(`appPackage/${file} is missing. The icons come from: npx tsx scripts/draw-icons.ts`);
  }
  const size = ICON_SIZES[file];
  if (size !== undefined) {
    // A PNG's IHDR chunk, always first, holds the width and height at bytes 16 and 20.
    const isPng = bytes.toString('latin1', 1, 4) === 'PNG' && bytes.length >= 24;
    const [width, height] = isPng ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] : [0, 0];
    if (width !== size || height !== size) {
      throw new TeamsPackageError(
        `appPackage/${file} must be a ${size}×${size} PNG for Teams; it is ${isPng ? `${width}×${height}` : 'not a PNG'}.`,
      );
    }
  }
  return bytes;
}

/** What to build and where. */
export interface BuildOptions {
  readonly values: ManifestValues;
  readonly outFile?: string;
  /** Folder holding manifest.template.json, es.json and the icons; appPackage/ by default. */
  readonly appPackageDir?: string;
}

/** What was built. */
export interface BuiltPackage {
  readonly outFile: string;
  readonly manifest: Record<string, unknown>;
  readonly files: readonly string[];
}

/** A fixed timestamp for every zip entry, so the same inputs always give a byte-identical package. */
const ZIP_ENTRY_TIME = new Date(2020, 0, 1);

/** Fills, validates and zips the Teams app package. Throws TeamsPackageError naming what to fix. */
export async function buildTeamsPackage(options: BuildOptions): Promise<BuiltPackage> {
  const dir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;

  const manifest = fillManifest(readJson(join(dir, 'manifest.template.json')), options.values);
  const manifestProblems = await validateAgainstSchema(manifest, readShippedSchema('manifest'));
  if (manifestProblems.length > 0) {
    throw new TeamsPackageError(
      `The filled manifest does not match the Teams ${MANIFEST_VERSION} schema:\n  ${manifestProblems.join('\n  ')}`,
    );
  }
  const spanish = readJson(join(dir, 'es.json'));
  const spanishProblems = await validateAgainstSchema(spanish, readShippedSchema('localization'));
  if (spanishProblems.length > 0) {
    throw new TeamsPackageError(
      `appPackage/es.json does not match the Teams ${MANIFEST_VERSION} localization schema:\n  ${spanishProblems.join('\n  ')}`,
    );
  }

  const entryOptions: ZipOptions = { level: 9, mtime: ZIP_ENTRY_TIME };
  const entries: Zippable = {};
  for (const file of PACKAGE_FILES) {
    const bytes = file === 'manifest.json' ? Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) : readPackageFile(dir, file);
    entries[file] = [bytes, entryOptions];
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zipSync(entries));
  return { outFile, manifest, files: PACKAGE_FILES };
}

/** Reads the package version from package.json, the default app version. */
function packageVersion(): string {
  const pkg = readJson(join(REPO_ROOT, 'package.json')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '';
}

/** Command-line flags, after parsing. */
export interface PackageFlags {
  readonly appId?: string;
  readonly publicUrl?: string;
  readonly appVersion?: string;
  readonly out?: string;
  readonly help: boolean;
}

/** Parses the script's flags; an unknown flag is an error that says which ones exist. */
export function parseFlags(argv: readonly string[]): PackageFlags {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'app-id': { type: 'string' },
        'public-url': { type: 'string' },
        'app-version': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    return {
      appId: values['app-id'],
      publicUrl: values['public-url'],
      appVersion: values['app-version'],
      out: values.out,
      help: values.help ?? false,
    };
  } catch (error) {
    throw new TeamsPackageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

/** Resolves the manifest values from flags first, then configuration. */
export function resolveValues(flags: PackageFlags, config: Config): ManifestValues {
  const rawAppId = flags.appId ?? config.microsoftAppId;
  if (!rawAppId) {
    throw new TeamsPackageError(
      'There is no Microsoft App ID, so Teams would have no bot to talk to (Kindred is in local mode).\n' +
        "Set MicrosoftAppId (in .env or the environment) to your Azure Bot's app id, or pass --app-id <guid>.",
    );
  }
  const appId = checkAppId(rawAppId, flags.appId ? '--app-id' : 'MicrosoftAppId');

  const rawPublicUrl = flags.publicUrl ?? config.publicUrl;
  if (!rawPublicUrl) {
    throw new TeamsPackageError(
      'There is no public URL for the bot, which the manifest needs for its website, privacy and terms links.\n' +
        'Pass --public-url https://<your-app>.azurewebsites.net (the https address the bot is served from).',
    );
  }
  const publicUrl = checkPublicUrl(rawPublicUrl, flags.publicUrl ? '--public-url' : 'PUBLIC_URL');
  const appVersion = checkAppVersion(flags.appVersion ?? packageVersion(), flags.appVersion ? '--app-version' : 'package.json version');
  return { appId, publicUrl, appVersion };
}

/** Where the script writes its messages; the CLI's CliIO has the same two members. */
export interface ScriptIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const USAGE = `Usage: npm run package:teams -- [--app-id GUID] [--public-url https://host] [--app-version X.Y.Z] [--out FILE]

Builds appPackage/build/kindred.zip for upload to Teams.
  --app-id       the Azure Bot's Microsoft App ID (default: MicrosoftAppId from the environment or .env)
  --public-url   the https address the bot is served from (needed for the manifest's links)
  --app-version  the app version Teams sees (default: package.json version); raise it for every update
  --out          where to write the zip (default: appPackage/build/kindred.zip)
`;

/** Runs the packaging script; returns the exit code. Configuration is injectable for tests. */
export async function run(argv: readonly string[], io: ScriptIO, readConfig: () => Config = () => loadConfig()): Promise<number> {
  try {
    const flags = parseFlags(argv);
    if (flags.help) {
      io.stdout(USAGE);
      return 0;
    }
    const built = await buildTeamsPackage({ values: resolveValues(flags, readConfig()), outFile: flags.out });
    io.stdout(
      `Built ${relative(process.cwd(), built.outFile) || built.outFile} (Teams manifest ${MANIFEST_VERSION}, app version ${String(built.manifest.version)}, ` +
        `bot ${String(built.manifest.id)}) with ${built.files.join(', ')}.\n` +
        'Upload it in the Teams Developer Portal (Apps > Import app) or the Teams admin center (Manage apps > Upload new app).\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof TeamsPackageError || error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
