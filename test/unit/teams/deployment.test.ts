import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parse as parseDotenv } from 'dotenv';
import { loadConfig } from '../../../src/config';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every environment variable src/config.ts reads, in the order it reads them. */
function configVariables(): string[] {
  const names = [...read('src/config.ts').matchAll(/\b(?:text|integer|oneOf)\(\s*env,\s*'([A-Za-z_]+)'/g)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

/** App settings that main.bicep gives the Web App, by name. */
function bicepAppSettings(): string[] {
  return [...read('infra/main.bicep').matchAll(/\{\s*name:\s*'([A-Za-z_]+)',\s*value:/g)].map((m) => m[1] ?? '');
}

// The deployment files are read by people and by Azure, not by our code, so nothing else notices when a
// variable is added to config.ts and forgotten here, or misspelt in an app setting.
describe('deployment configuration', () => {
  const variables = configVariables();

  it('finds the variables config.ts reads', () => {
    expect(variables).to.include.members(['MicrosoftAppId', 'MicrosoftAppType', 'STORAGE_CONNECTION_STRING', 'DIRECT_LINE_SECRET', 'PORT']);
  });

  describe('.env.example', () => {
    const example = parseDotenv(read('.env.example'));

    it('lists every variable config.ts reads, and nothing else', () => {
      expect(Object.keys(example)).to.have.members(variables);
    });

    it('is a working local configuration with the same defaults as no configuration at all', () => {
      const fromExample = loadConfig(example);
      expect(fromExample.mode).to.equal('local');
      expect(fromExample).to.deep.equal(loadConfig({}));
    });
  });

  describe('docs/deploy.md', () => {
    const doc = read('docs/deploy.md');

    it('explains every variable in its app settings table', () => {
      for (const name of variables) expect(doc, name).to.match(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    });

    it('says plainly that the Bicep template was not validated', () => {
      expect(doc).to.include('**Not validated.**');
    });
  });

  describe('infra/main.bicep', () => {
    const bicep = read('infra/main.bicep');
    const settings = bicepAppSettings();

    it('only sets app settings that config.ts reads (plus the App Service build switch)', () => {
      expect(settings).to.include.members(['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType']);
      for (const name of settings) {
        if (name !== 'SCM_DO_BUILD_DURING_DEPLOYMENT') expect(variables, name).to.include(name);
      }
    });

    it('starts the built server, checks /healthz and registers /api/messages with the bot', () => {
      expect(bicep).to.include("appCommandLine: 'node dist/index.js'");
      expect(bicep).to.include("healthCheckPath: '/healthz'");
      expect(bicep).to.match(/endpoint: '\$\{publicUrl\}\/api\/messages'/);
    });

    it('turns on the Teams and Direct Line channels', () => {
      expect(bicep).to.include("channelName: 'MsTeamsChannel'");
      expect(bicep).to.include("channelName: 'DirectLineChannel'");
    });

    it('warns in its header that it was not compiled here', () => {
      expect(bicep.split('\n').slice(0, 10).join('\n')).to.include('NOT VALIDATED');
    });
  });
});
