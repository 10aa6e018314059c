import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { run as parse } from '../../../src/cli/commands/parse';
import { run as search } from '../../../src/cli/commands/search';
import type { CliIO } from '../../../src/cli/io';

function fakeIO(input = ''): CliIO & { out: string; err: string } {
  const stdin = new PassThrough();
  stdin.end(input);
  const io = { out: '', err: '', stdin, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

describe('kindred parse', () => {
  it('prints one Frame as JSON and nothing else', async () => {
    const io = fakeIO();
    expect(await parse(['--json', 'grief', 'group', 'in', 'Austin,', 'TX'], io)).to.equal(0);
    const frame = JSON.parse(io.out);
    expect(frame.needs).to.deep.equal(['grief', 'support-group']);
    expect(frame.place.name).to.equal('Austin');
    expect(io.out.trim().split('\n')).to.have.length(1);
  });

  it('reads stdin and prints one JSON line per input line', async () => {
    const io = fakeIO('near me\nvivo en nueva york\n\nportland\n');
    expect(await parse(['--json'], io)).to.equal(0);
    const frames = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(frames.map((f) => f.place?.name ?? null)).to.deep.equal([null, 'New York City', 'Portland']);
    expect(frames[1].lang).to.equal('es');
  });

  it('rejects an unknown option with exit code 2', async () => {
    const io = fakeIO();
    expect(await parse(['--jsn'], io)).to.equal(2);
    expect(io.err).to.match(/unknown option/);
  });
});

describe('kindred search', () => {
  it('prints machine-readable results for the shipped directory', async () => {
    const io = fakeIO();
    expect(await search(['--json', '--near', 'Austin, TX', '--radius', '25mi', 'grief', 'support', 'group'], io)).to.equal(0);
    const out = JSON.parse(io.out);
    expect(out.query.place.name).to.equal('Austin');
    expect(out.query.radiusKm).to.equal(40.2);
    expect(out.remote.length).to.be.greaterThan(0);
    expect(out.remote[0]).to.include.keys('id', 'name', 'reason', 'score');
  });

  it('applies --online, --free and --lang', async () => {
    const io = fakeIO();
    expect(await search(['--json', '--online', '--free', '--lang', 'es', 'crisis line'], io)).to.equal(0);
    const out = JSON.parse(io.out);
    expect(out.query.filters).to.deep.equal({ mode: 'online', cost: 'free', language: 'es' });
    expect(out.local).to.deep.equal([]);
  });

  it('says so when --near names no known place', async () => {
    const io = fakeIO();
    expect(await search(['--near', 'Qwxzyville', 'grief'], io)).to.equal(1);
    expect(io.err).to.match(/Qwxzyville/);
  });

  it('rejects a radius that is not a distance', async () => {
    const io = fakeIO();
    expect(await search(['--radius', 'far', 'grief'], io)).to.equal(2);
  });
});
