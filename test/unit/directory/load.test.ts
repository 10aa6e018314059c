import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryDataError } from '../../../src/directory/errors';
import { DEFAULT_RESOURCE_FILES, loadResourceFile, loadResourceFiles } from '../../../src/directory/load';

function record(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Test ${id}`,
    organization: 'Test Organisation',
    description: 'A synthetic record used only in tests.',
    needs: ['support-group'],
    modes: ['online'],
    cost: ['free'],
    languages: ['en'],
    scope: 'online',
    countries: ['US'],
    url: 'https://example.org/',
    assured_date: '2026-11-30',
    source: { name: 'Test', url: 'https://example.org/', licence: 'Synthetic', retrieved: '2026-11-30' },
    ...extra,
  };
}

function caught(fn: () => unknown): DirectoryDataError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(DirectoryDataError);
    return err as DirectoryDataError;
  }
  throw new Error('expected a DirectoryDataError');
}

describe('loading directory files', () => {
  let dir: string;
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-load-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a valid file', () => {
    const file = write('ok.json', [record('a'), record('b')]);
    expect(loadResourceFile(file).map((r) => r.id)).to.deep.equal(['a', 'b']);
  });

  it('names the file, the record number, its id and the field of a bad record', () => {
    const file = write('bad.json', [record('fine'), record('nami-austin', { phones: [{ number: 'call us', type: 'voice' }] })]);
    const err = caught(() => loadResourceFile(file));
    expect(err.file).to.equal(file);
    expect(err.recordIndex).to.equal(1);
    expect(err.recordId).to.equal('nami-austin');
    expect(err.field).to.equal('phones.0.number');
    expect(err.message).to.equal(`${file}, record 2 (id: nami-austin), field \`phones.0.number\`: is not a phone number`);
  });

  it('names the record by number when it has no usable id', () => {
    const err = caught(() => loadResourceFile(write('noid.json', [{ ...record('x'), id: 42 }])));
    expect(err.message).to.match(/record 1, field `id`/);
  });

  it('says a local record without coordinates needs them', () => {
    const local = record('no-coords', { scope: 'local', address: { address_1: '1 Example St', city: 'Example', country: 'US' } });
    const err = caught(() => loadResourceFile(write('local.json', [local])));
    expect(err.field).to.equal('latitude');
    expect(err.message).to.match(/needs latitude and longitude/);
  });

  const unreadable: [string, string, RegExp][] = [
    ['text that is not JSON', '[{"id": ', /cannot be read as JSON/],
    ['an object instead of an array', '{"id": "a"}', /must be a JSON array/],
  ];
  for (const [what, text, message] of unreadable) {
    it(`stops on ${what}, naming the file`, () => {
      const file = write('broken.json', text);
      const err = caught(() => loadResourceFile(file));
      expect(err.message.startsWith(file)).to.equal(true);
      expect(err.message).to.match(message);
    });
  }

  it('stops on a missing file, naming it', () => {
    const err = caught(() => loadResourceFile(join(dir, 'nowhere.json')));
    expect(err.message).to.match(/nowhere\.json: cannot be read \(ENOENT\)/);
  });

  it('rejects a repeated id within a file', () => {
    const err = caught(() => loadResourceFile(write('dupe.json', [record('same'), record('same')])));
    expect(err.recordIndex).to.equal(1);
    expect(err.field).to.equal('id');
  });

  it('rejects an id repeated across files, naming both files', () => {
    const first = write('first.json', [record('shared'), record('only-first')]);
    const second = write('second.json', [record('only-second'), record('shared')]);
    const err = caught(() => loadResourceFiles([first, second]));
    expect(err.file).to.equal(second);
    expect(err.recordIndex).to.equal(1);
    expect(err.recordId).to.equal('shared');
    expect(err.message).to.include(first);
  });

  it('concatenates files in order', () => {
    const first = write('first.json', [record('a')]);
    const second = write('second.json', [record('b'), record('c')]);
    expect(loadResourceFiles([first, second]).map((r) => r.id)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('the shipped directory', () => {
  const resources = loadResourceFiles(DEFAULT_RESOURCE_FILES);
  const national = loadResourceFile(DEFAULT_RESOURCE_FILES[0]!);

  it('validates, national and VA files together', () => {
    expect(DEFAULT_RESOURCE_FILES.map((f) => f.split(/[\\/]/).pop())).to.deep.equal(['national.json', 'va-vet-centers.json']);
    expect(resources.length).to.be.greaterThan(450);
  });

  it('covers all six countries with national or online resources', () => {
    for (const country of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ']) {
      const served = national.filter((r) => r.countries.includes(country));
      expect(served.length, country).to.be.greaterThan(4);
    }
  });

  it('holds no invented local groups: every local record comes from the VA extract', () => {
    const local = resources.filter((r) => r.scope === 'local');
    expect(local.every((r) => r.id.startsWith('va-') && r.source.url.includes('lighthouse-facilities'))).to.equal(true);
    expect(national.filter((r) => r.scope === 'local')).to.deep.equal([]);
  });

  it('gives every national record a checked source page and a check date', () => {
    for (const r of national) {
      expect(r.source.url, r.id).to.match(/^https?:\/\//);
      expect(r.assured_date, r.id).to.equal('2026-11-30');
      expect(r.source.licence, r.id).to.have.length.greaterThan(10);
    }
  });

  it('describes in Spanish every record that serves Spanish speakers', () => {
    const missing = resources.filter((r) => r.languages.includes('es') && !r.description_es).map((r) => r.id);
    expect(missing).to.deep.equal([]);
  });

  it('never lists the retired 988 "press 3" LGBTQ+ option', () => {
    const mentions = resources.filter((r) =>
      /press 3/i.test(`${r.description} ${r.description_es ?? ''} ${r.phones.map((p) => p.description).join(' ')}`),
    );
    expect(mentions.map((r) => r.id)).to.deep.equal([]);
  });
});
