import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/kindred';
import type { CliIO } from '../../../src/cli/io';

function memoryIO(input = '', columns?: number): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end(input);
  return { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin, columns: () => columns, out: () => out, err: () => err };
}

describe('kindred CLI', () => {
  it('parse --json prints exactly one Frame with the fields of ARCHITECTURE.md', async () => {
    const io = memoryIO();
    expect(await main(['parse', '--json', 'grief group near Austin, free if possible'], io)).to.equal(0);
    const lines = io.out().trim().split('\n');
    expect(lines).to.have.length(1);
    const frame = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(frame)).to.have.members(['text', 'lang', 'crisis', 'needs', 'place', 'radiusKm', 'filters']);
    expect(frame.needs).to.include('grief');
    expect(frame.place).to.include({ name: 'Austin', region: 'TX', country: 'US' });
    expect(frame.filters).to.deep.equal({ cost: 'free' });
  });

  it('parse --json reads stdin line by line, one JSON line each', async () => {
    const io = memoryIO('I need a support group\nquiero matarme\n');
    expect(await main(['parse', '--json'], io)).to.equal(0);
    const frames = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { crisis: { detected: boolean } });
    expect(frames.map((f) => f.crisis.detected)).to.deep.equal([false, true]);
  });

  it('chat talks to the real bot: welcome, question, crisis reply', async () => {
    const io = memoryIO('I need a support group\nonline\ni want to kill myself\n');
    expect(await main(['chat'], io)).to.equal(0);
    const out = io.out();
    expect(out).to.match(/I'm Kindred/);
    expect(out).to.match(/Where should I look for support groups/);
    expect(out).to.match(/Here is what I found for support groups/);
    expect(out)
      .to.match(/988/)
      .and.match(/Are you safe right now/);
  });

  it('chat wraps replies at word boundaries to the terminal width, never inside a word or a number', async () => {
    const width = 40;
    const io = memoryIO('i want to kill myself\nquiero quitarme la vida\n', width);
    expect(await main(['chat'], io)).to.equal(0);
    const lines = io.out().split('\n');
    const kindred = lines.filter((l) => !l.startsWith('You:'));
    for (const line of kindred.filter((l) => l.trim().includes(' ')))
      expect([...line].length, `"${line}" is wider than the terminal`).to.be.at.most(width - 1);
    // Every word the bot said is whole on some line: nothing was cut in the middle ("Lifel" / "ine").
    const unwrapped = memoryIO('i want to kill myself\nquiero quitarme la vida\n');
    await main(['chat'], unwrapped);
    const words = new Set(
      unwrapped
        .out()
        .split(/\s+/)
        .filter((w) => w.length > 0 && [...w].length < width - 1),
    );
    const wrappedWords = new Set(io.out().split(/\s+/));
    for (const word of words) expect(wrappedWords.has(word), `"${word}" was cut`).to.equal(true);
    expect(io.out()).to.contain('988').and.contain('marca 2');
  });

  it('chat does not wrap when its output is not a terminal (a pipe or a file)', async () => {
    const io = memoryIO('i want to kill myself\n');
    await main(['chat'], io);
    expect(
      io
        .out()
        .split('\n')
        .some((l) => l.length > 120),
    ).to.equal(true);
  });

  it('exits 2 with usage on an unknown command', async () => {
    const io = memoryIO();
    expect(await main(['frobnicate'], io)).to.equal(2);
    expect(io.err())
      .to.match(/unknown command "frobnicate"/)
      .and.match(/Usage: kindred/);
  });
});
