import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { expect } from 'chai';
import { unzipSync } from 'fflate';
import { loadConfig } from '../../../src/config';
import { APP_PACKAGE_DIR, PACKAGE_FILES, buildTeamsPackage, run } from '../../../scripts/package-teams';
import {
  MANIFEST_VERSION,
  TeamsPackageError,
  fillManifest,
  readShippedSchema,
  shippedSchemaPath,
  validateAgainstSchema,
  type JsonSchema,
  type ManifestValues,
} from '../../../scripts/teams-manifest';

const APP_ID = '0a1b2c3d-1111-2222-3333-444455556666';
const VALUES: ManifestValues = { appId: APP_ID, publicUrl: 'https://kindred-test.azurewebsites.net', appVersion: '1.4.0' };

interface Command {
  title: string;
  description?: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: CommandList[];
}

function readTemplate(): unknown {
  return JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8'));
}

function readSpanish(): Record<string, string> {
  return JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'es.json'), 'utf8')) as Record<string, string>;
}

function botOf(manifest: Record<string, unknown>): Bot {
  const bots = manifest.bots as Bot[];
  expect(bots).to.have.lengthOf(1);
  return bots[0] as Bot;
}

/** Captures what the packaging script writes. */
function captureIO(): { stdout: string[]; stderr: string[]; io: { stdout: (s: string) => void; stderr: (s: string) => void } } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, io: { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) } };
}

async function expectRejection(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(TeamsPackageError);
  expect((error as Error).message).to.include(message);
}

describe('Teams app manifest', () => {
  let manifestSchema: JsonSchema;
  let localizationSchema: JsonSchema;
  let manifest: Record<string, unknown>;

  before(() => {
    // The schemas come from the installed @microsoft/app-manifest package; nothing is fetched.
    expect(shippedSchemaPath('manifest')).to.include(`${sep}node_modules${sep}@microsoft${sep}app-manifest${sep}`);
    manifestSchema = readShippedSchema('manifest');
    localizationSchema = readShippedSchema('localization');
    manifest = fillManifest(readTemplate(), VALUES);
  });

  it(`targets manifest schema ${MANIFEST_VERSION}, the version the shipped schema file describes`, () => {
    expect(manifest.manifestVersion).to.equal(MANIFEST_VERSION);
    expect(manifest.$schema).to.equal(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    const versionRule = (manifestSchema.properties as Record<string, { const?: string }>).manifestVersion;
    expect(versionRule?.const).to.equal(MANIFEST_VERSION);
  });

  it('validates offline against the shipped Teams schema once filled in', async () => {
    expect(await validateAgainstSchema(manifest, manifestSchema)).to.deep.equal([]);
  });

  it('is really checked by the schema: a manifest with a bad bot id or an over-long description fails', async () => {
    const broken = structuredClone(manifest) as Record<string, unknown> & { description: { short: string } };
    botOf(broken).botId = 'not-a-guid';
    broken.description.short = 'x'.repeat(81);
    const problems = await validateAgainstSchema(broken, manifestSchema);
    expect(problems.some((p) => p.startsWith('/bots/0/botId'))).to.equal(true, problems.join('\n'));
    expect(problems.some((p) => p.startsWith('/description/short'))).to.equal(true, problems.join('\n'));
  });

  it('uses the app id for both the Teams app and its bot', () => {
    expect(manifest.id).to.equal(APP_ID);
    expect(botOf(manifest).botId).to.equal(APP_ID);
  });

  it('points its website, privacy and terms links at the bot host and lists that host as a valid domain', () => {
    expect(manifest.developer).to.deep.include({
      websiteUrl: 'https://kindred-test.azurewebsites.net/',
      privacyUrl: 'https://kindred-test.azurewebsites.net/privacy',
      termsOfUseUrl: 'https://kindred-test.azurewebsites.net/terms',
    });
    expect(manifest.validDomains).to.deep.equal(['kindred-test.azurewebsites.net']);
    expect(manifest.version).to.equal('1.4.0');
  });

  it('leaves no placeholder unfilled', () => {
    expect(JSON.stringify(manifest)).not.to.include('${{');
  });

  it('installs the bot for personal chat, group chat and team channels, as a conversation without files', () => {
    const bot = botOf(manifest);
    expect(bot.scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).to.equal(false);
    expect(bot.isNotificationOnly).to.equal(false);
  });

  it('offers help, start over, forget me and en español in every scope it is installed in', () => {
    const bot = botOf(manifest);
    const covered = bot.commandLists.flatMap((list) => list.scopes);
    expect(covered).to.have.members(bot.scopes);
    for (const list of bot.commandLists) {
      expect(list.commands.map((c) => c.title)).to.deep.equal(['help', 'start over', 'forget me', 'en español']);
      for (const command of list.commands) expect(command.description, command.title).to.be.a('string').and.not.empty;
    }
  });

  it('says plainly that Kindred is an automated assistant and not an emergency service', () => {
    const full = (manifest.description as { full: string }).full;
    expect(full).to.include('automated assistant');
    expect(full).to.include('not an emergency service');
    expect(full).to.include('call your local emergency number');
  });

  describe('Spanish strings (es.json)', () => {
    it('are declared in localizationInfo', () => {
      expect(manifest.localizationInfo).to.deep.equal({
        defaultLanguageTag: 'en',
        additionalLanguages: [{ languageTag: 'es', file: 'es.json' }],
      });
    });

    it('validate offline against the shipped localization schema', async () => {
      expect(await validateAgainstSchema(readSpanish(), localizationSchema)).to.deep.equal([]);
    });

    it('are really checked by the schema: an over-long name or an unknown key fails', async () => {
      const broken = { ...readSpanish(), 'name.short': 'x'.repeat(31), 'bots[0].commandLists[5].commands[0].title': 'ayuda' };
      const problems = await validateAgainstSchema(broken, localizationSchema);
      expect(problems.some((p) => p.startsWith('/name.short'))).to.equal(true, problems.join('\n'));
      expect(problems.some((p) => p.includes('commandLists[5]'))).to.equal(true, problems.join('\n'));
    });

    it('translate the name, both descriptions and every command title and description', () => {
      const spanish = readSpanish();
      const expected = ['name.short', 'name.full', 'description.short', 'description.full'];
      botOf(manifest).commandLists.forEach((list, l) =>
        list.commands.forEach((_, c) => {
          expected.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`);
        }),
      );
      expect(Object.keys(spanish).filter((k) => k !== '$schema')).to.have.members(expected);
      expect(spanish['description.full']).to.include('asistente automático');
      expect(spanish['description.full']).to.include('servicio de emergencias');
    });
  });
});

describe('npm run package:teams', () => {
  let workDir: string;

  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'kindred-teams-'));
  });

  after(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('zips exactly manifest.json, color.png, outline.png and es.json, flat at the root', async () => {
    const outFile = join(workDir, 'flat.zip');
    const built = await buildTeamsPackage({ values: VALUES, outFile });
    const entries = unzipSync(readFileSync(outFile));
    expect(Object.keys(entries)).to.have.members(['manifest.json', 'color.png', 'outline.png', 'es.json']);
    expect(built.files).to.deep.equal(PACKAGE_FILES);

    const zipped = JSON.parse(Buffer.from(entries['manifest.json'] ?? []).toString('utf8')) as Record<string, unknown>;
    expect(zipped).to.deep.equal(fillManifest(readTemplate(), VALUES));
    for (const file of ['color.png', 'outline.png', 'es.json']) {
      expect(Buffer.from(entries[file] ?? []).equals(readFileSync(join(APP_PACKAGE_DIR, file))), file).to.equal(true);
    }
  });

  it('takes the bot id from configuration (MicrosoftAppId)', async () => {
    const outFile = join(workDir, 'from-config.zip');
    const { io, stdout } = captureIO();
    const config = () => loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    const code = await run(['--public-url', 'https://kindred-test.azurewebsites.net', '--out', outFile], io, config);
    expect(code).to.equal(0);
    expect(stdout.join('')).to.include(APP_ID);
    const zipped = JSON.parse(Buffer.from(unzipSync(readFileSync(outFile))['manifest.json'] ?? []).toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(botOf(zipped).botId).to.equal(APP_ID);
  });

  it('lets --app-id override the configured id', async () => {
    const other = 'ffffffff-eeee-dddd-cccc-bbbbbbbbbbbb';
    const outFile = join(workDir, 'override.zip');
    const { io } = captureIO();
    const config = () => loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    const code = await run(['--app-id', other, '--public-url', 'https://kindred-test.azurewebsites.net', '--out', outFile], io, config);
    expect(code).to.equal(0);
    const zipped = JSON.parse(Buffer.from(unzipSync(readFileSync(outFile))['manifest.json'] ?? []).toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(zipped.id).to.equal(other);
    expect(botOf(zipped).botId).to.equal(other);
  });

  it('builds the same bytes from the same inputs, so a rebuilt package is recognisably unchanged', async () => {
    const first = join(workDir, 'first.zip');
    const second = join(workDir, 'second.zip');
    await buildTeamsPackage({ values: VALUES, outFile: first });
    await buildTeamsPackage({ values: VALUES, outFile: second });
    expect(readFileSync(first).equals(readFileSync(second))).to.equal(true);
  });

  it('refuses an icon of the wrong size, or a missing one, naming the file', async () => {
    const dir = join(workDir, 'bad-icons');
    mkdirSync(dir);
    for (const file of ['manifest.template.json', 'es.json', 'color.png']) copyFileSync(join(APP_PACKAGE_DIR, file), join(dir, file));
    copyFileSync(join(APP_PACKAGE_DIR, 'color.png'), join(dir, 'outline.png'));
    const outFile = join(dir, 'kindred.zip');
    await expectRejection(buildTeamsPackage({ values: VALUES, outFile, appPackageDir: dir }), 'appPackage/outline.png must be a 32×32 PNG');
    rmSync(join(dir, 'outline.png'));
    await expectRejection(buildTeamsPackage({ values: VALUES, outFile, appPackageDir: dir }), 'appPackage/outline.png is missing');
    expect(existsSync(outFile)).to.equal(false);
  });

  const refusals: { name: string; argv: string[]; env: Record<string, string>; says: string[] }[] = [
    {
      name: 'in local mode (no MicrosoftAppId) it names the variable to set and the --app-id flag',
      argv: ['--public-url', 'https://kindred-test.azurewebsites.net'],
      env: {},
      says: ['MicrosoftAppId', '--app-id', 'local mode'],
    },
    {
      name: 'an --app-id that is not a GUID',
      argv: ['--app-id', 'kindred-bot', '--public-url', 'https://kindred-test.azurewebsites.net'],
      env: {},
      says: ['--app-id', 'GUID', 'kindred-bot'],
    },
    {
      name: 'no public URL',
      argv: ['--app-id', APP_ID],
      env: {},
      says: ['--public-url', 'https://'],
    },
    {
      name: 'a public URL that is not https',
      argv: ['--app-id', APP_ID, '--public-url', 'http://kindred-test.azurewebsites.net'],
      env: {},
      says: ['--public-url', 'https'],
    },
    {
      name: 'an app version that is not X.Y.Z',
      argv: ['--app-id', APP_ID, '--public-url', 'https://kindred-test.azurewebsites.net', '--app-version', 'next'],
      env: {},
      says: ['--app-version', '1.2.3'],
    },
    {
      name: 'an unknown flag, listing the real ones',
      argv: ['--appid', APP_ID],
      env: {},
      says: ['--appid', 'Usage', '--app-id'],
    },
    {
      name: 'a broken configuration, naming the variable',
      argv: ['--public-url', 'https://kindred-test.azurewebsites.net'],
      env: { MicrosoftAppId: APP_ID },
      says: ['MicrosoftAppPassword'],
    },
  ];

  for (const refusal of refusals) {
    it(`refuses, exit 1, with a clear message: ${refusal.name}`, async () => {
      const outFile = join(workDir, 'refused.zip');
      const { io, stdout, stderr } = captureIO();
      const code = await run([...refusal.argv, '--out', outFile], io, () => loadConfig(refusal.env));
      expect(code).to.equal(1);
      expect(stdout).to.deep.equal([]);
      for (const words of refusal.says) expect(stderr.join('')).to.include(words);
      expect(existsSync(outFile)).to.equal(false);
    });
  }
});
