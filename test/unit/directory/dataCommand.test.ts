import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../../src/cli/commands/data';
import { DEFAULT_RESOURCE_FILES } from '../../../src/directory/load';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'hsds', 'plain-211');

async function kindredData(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin: new PassThrough() });
  return { code, stdout, stderr };
}

describe('kindred data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindred-data-cmd-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('validate', () => {
    it('checks the shipped files by default: one "ok" line each, exit 0', async () => {
      const { code, stdout, stderr } = await kindredData('validate');
      expect(code).to.equal(0);
      expect(stderr).to.equal('');
      const lines = stdout.trim().split('\n');
      expect(lines).to.have.length(DEFAULT_RESOURCE_FILES.length);
      expect(lines[1]).to.equal(`${DEFAULT_RESOURCE_FILES[1]}: ok: 402 records`);
    });

    it('exits 1 naming file, record id and field of a bad record', async () => {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify([{ id: 'broken-one', name: 'Broken' }]));
      const { code, stdout, stderr } = await kindredData('validate', file);
      expect(code).to.equal(1);
      expect(stdout).to.equal('');
      expect(stderr).to.equal(
        `error: ${file}, record 1 (id: broken-one), field \`organization\`: Invalid input: expected string, received undefined\n`,
      );
    });

    it('checks every JSON file in a folder, and ids across them', async () => {
      const shipped = JSON.parse(readFileSync(DEFAULT_RESOURCE_FILES[1]!, 'utf8')) as unknown[];
      writeFileSync(join(dir, 'a.json'), JSON.stringify(shipped.slice(0, 2)));
      writeFileSync(join(dir, 'b.json'), JSON.stringify(shipped.slice(1, 3)));
      const { code, stdout, stderr } = await kindredData('validate', dir);
      expect(stdout).to.match(/a\.json: ok: 2 records\n.*b\.json: ok: 2 records\n$/);
      expect(code).to.equal(1);
      expect(stderr).to.match(/b\.json, record 1 \(id: va-vet-center-0102v\), field `id`: repeats an id already used in .*a\.json/);
    });

    it('prints only JSON with --json', async () => {
      const { code, stdout } = await kindredData('validate', '--json');
      expect(code).to.equal(0);
      const report = JSON.parse(stdout) as { ok: boolean; files: { records: number }[] };
      expect(report.ok).to.equal(true);
      expect(report.files[1]!.records).to.equal(402);
    });
  });

  describe('import-hsds and export-hsds', () => {
    it('imports a plain HSDS package into a file that validate accepts', async () => {
      const out = join(dir, 'imported.json');
      const imported = await kindredData('import-hsds', FIXTURE, '--out', out, '--retrieved', '2026-11-30');
      expect(imported.code).to.equal(0);
      expect(imported.stderr).to.match(/imported 4 resources .*1 inactive left out, needs guessed from words for 4/);
      expect((await kindredData('validate', out)).stdout).to.match(/ok: 4 records/);
    });

    it('prints the resources as JSON on stdout when there is no --out', async () => {
      const { code, stdout } = await kindredData('import-hsds', FIXTURE, '--retrieved', '2026-11-30');
      expect(code).to.equal(0);
      expect((JSON.parse(stdout) as unknown[]).length).to.equal(4);
    });

    it('exports a datapackage that imports back', async () => {
      const pkg = join(dir, 'pkg');
      const exported = await kindredData('export-hsds', pkg, '--from', DEFAULT_RESOURCE_FILES[1]!, '--json');
      expect(exported.code).to.equal(0);
      expect(JSON.parse(exported.stdout)).to.deep.include({ resources: 402 });
      expect(existsSync(join(pkg, 'datapackage.json'))).to.equal(true);
      const back = await kindredData('import-hsds', pkg, '--out', join(dir, 'back.json'), '--json');
      expect(JSON.parse(back.stdout)).to.deep.include({ imported: 402, inferredNeeds: 0 });
    });

    it('exits 1 with the named error for a folder that is not a package', async () => {
      const { code, stderr } = await kindredData('import-hsds', dir);
      expect(code).to.equal(1);
      expect(stderr).to.match(/^error: .*services\.csv: is missing/);
    });
  });

  it('exits 2 with usage for an unknown subcommand or missing argument', async () => {
    expect((await kindredData('frobnicate')).code).to.equal(2);
    expect((await kindredData('import-hsds')).code).to.equal(2);
    expect((await kindredData('validate', '--nonsense')).code).to.equal(2);
  });
});
