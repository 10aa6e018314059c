import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment: local mode, port 3978, US', () => {
    const config = loadConfig({});
    expect(config).to.include({
      mode: 'local',
      port: 3978,
      defaultCountry: 'US',
      defaultLocale: 'en-US',
      storageContainer: 'kindred-state',
    });
    expect(Object.isFrozen(config)).to.equal(true);
  });

  it('switches to production mode when app credentials are set', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' }).mode).to.equal('production');
  });

  it('accepts a managed identity without a password', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' });
    expect(config).to.include({ mode: 'production', microsoftAppType: 'UserAssignedMSI' });
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ['a non-numeric PORT', { PORT: 'abc' }, 'PORT'],
    ['a PORT out of range', { PORT: '70000' }, 'PORT'],
    ['a password without an app id', { MicrosoftAppPassword: 'secret' }, 'MicrosoftAppId'],
    ['an app id without a password', { MicrosoftAppId: 'id' }, 'MicrosoftAppPassword'],
    [
      'single tenant without a tenant id',
      { MicrosoftAppId: 'id', MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId',
    ],
    ['an unknown app type', { MicrosoftAppType: 'Personal' }, 'MicrosoftAppType'],
    ['a country that is not ISO 3166', { DEFAULT_COUNTRY: 'USA' }, 'DEFAULT_COUNTRY'],
    ['a malformed locale', { DEFAULT_LOCALE: 'english please' }, 'DEFAULT_LOCALE'],
    ['an invalid blob container name', { STORAGE_CONTAINER: 'Kindred_State' }, 'STORAGE_CONTAINER'],
    ['a body limit below 1 kB', { MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES'],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['a metadata URL that is not a URL', { BotOpenIdMetadata: 'login.example' }, 'BotOpenIdMetadata'],
    ['an embed origin with a path', { EMBED_ORIGINS: 'https://www.example.org/help' }, 'EMBED_ORIGINS'],
    [
      'an embed origin that would smuggle a CSP directive',
      { EMBED_ORIGINS: "https://a.example; script-src 'unsafe-inline'" },
      'EMBED_ORIGINS',
    ],
    ['a plain-http embed origin other than localhost', { EMBED_ORIGINS: 'http://www.example.org' }, 'EMBED_ORIGINS'],
    ['a token rate of zero', { DIRECT_LINE_TOKENS_PER_MINUTE: '0' }, 'DIRECT_LINE_TOKENS_PER_MINUTE'],
    ['a negative number of proxies', { TRUSTED_PROXY_HOPS: '-1' }, 'TRUSTED_PROXY_HOPS'],
  ];
  for (const [what, env, variable] of bad) {
    it(`stops on ${what}, naming ${variable} in one line`, () => {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(ConfigError);
      expect((error as ConfigError).variable).to.equal(variable);
      expect((error as ConfigError).message)
        .to.include(variable)
        .and.not.include('\n');
    });
  }

  it('splits DIRECTORY_FILES into a list', () => {
    expect(loadConfig({ DIRECTORY_FILES: ' a.json, b.json ,' }).directoryFiles).to.deep.equal(['a.json', 'b.json']);
  });

  it('reads the websites allowed to frame the chat page as a list of origins', () => {
    expect(loadConfig({ EMBED_ORIGINS: 'https://www.example.org/, https://help.example.org:8443' }).embedOrigins).to.deep.equal([
      'https://www.example.org',
      'https://help.example.org:8443',
    ]);
    expect(loadConfig({}).embedOrigins).to.deep.equal([]);
  });
});

describe('loadConfig: MEETING_FEEDS', () => {
  it('has no feed by default', () => {
    expect(loadConfig({}).meetingFeeds).to.deep.equal([]);
  });

  it('reads entries separated by ";", each with its format, URL and options', () => {
    const config = loadConfig({
      MEETING_FEEDS:
        'meeting-guide https://aa.example.org/feed.json; bmlt https://na.example.org/x.ndjson timezone=America/Denver audiences=families',
      MEETING_FEEDS_CONTACT: 'ops@example.org',
    });
    expect(config.meetingFeeds).to.deep.equal([
      { format: 'meeting-guide', url: 'https://aa.example.org/feed.json', needs: [], audiences: [] },
      { format: 'bmlt', url: 'https://na.example.org/x.ndjson', needs: [], audiences: ['families'], timezone: 'America/Denver' },
    ]);
  });

  it('stops start-up naming the variable for a feed without a format, or without a contact', () => {
    expect(() => loadConfig({ MEETING_FEEDS: 'https://aa.example.org/feed.json', MEETING_FEEDS_CONTACT: 'ops@example.org' })).to.throw(
      ConfigError,
      /MEETING_FEEDS entry .* must start with the feed's format/,
    );
    expect(() => loadConfig({ MEETING_FEEDS: 'bmlt https://na.example.org/x.ndjson' })).to.throw(
      ConfigError,
      /MEETING_FEEDS_CONTACT is empty/,
    );
  });
});
