import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/kindred';
import type { CliIO } from '../../../src/cli/io';
import { cleanReason, JsonLinesFeedbackStore, MAX_REASON_LENGTH, MemoryFeedbackStore } from '../../../src/feedback';

function memoryIO(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end('');
  return { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin, out: () => out, err: () => err };
}

describe('anonymous feedback', () => {
  const at = '2026-12-01T10:00:00.000Z';

  describe('cleanReason', () => {
    const cases: Array<[string, string | undefined]> = [
      ['  wrong   phone\nnumber ', 'wrong phone number'],
      ['call me on 512-555-0134 please', 'call me on [number] please'],
      ['I am jane.doe@example.org', 'I am [email]'],
      ['   ', undefined],
    ];
    for (const [input, want] of cases)
      it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => expect(cleanReason(input)).to.equal(want));

    it(`cuts a long reason to ${MAX_REASON_LENGTH} characters`, () => {
      expect(cleanReason('x'.repeat(500))).to.have.length(MAX_REASON_LENGTH);
    });
  });

  it('the file store appends one line per entry, creates its folder, and reads them back oldest first', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kindred-feedback-')), 'nested', 'feedback.jsonl');
    const store = new JsonLinesFeedbackStore(file);
    expect(await store.list()).to.deep.equal([]);
    await store.record({ kind: 'listing-problem', resourceId: 'us-988-lifeline', reason: 'wrong-phone', at });
    await store.record({ kind: 'helpful', at });
    expect(readFileSync(file, 'utf8').trim().split('\n')).to.have.length(2);
    const entries = await store.list();
    expect(entries.map((e) => e.kind)).to.deep.equal(['listing-problem', 'helpful']);
    expect(Object.keys(entries[0]!)).to.have.members(['kind', 'resourceId', 'reason', 'at']);
  });

  it('skips broken lines instead of failing the whole list', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kindred-feedback-')), 'feedback.jsonl');
    writeFileSync(file, '{"kind":"helpful","at":"2026-12-01T10:00:00.000Z"}\nnot json\n{"kind":"bogus","at":"x"}\n');
    appendFileSync(file, '{"kind":"comment","reason":"thanks","at":"2026-12-01T11:00:00.000Z"}\n');
    expect((await new JsonLinesFeedbackStore(file).list()).map((e) => e.kind)).to.deep.equal(['helpful', 'comment']);
  });

  it('refuses an entry with a reason over the limit or an unknown kind', async () => {
    const store = new MemoryFeedbackStore();
    await expectRejects(store.record({ kind: 'comment', reason: 'x'.repeat(MAX_REASON_LENGTH + 1), at }));
    await expectRejects(store.record({ kind: 'whatever' as 'comment', at }));
    expect(store.entries).to.have.length(0);
  });

  it('`kindred feedback list --json` prints only the entries; the readable list counts and ranks reports', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kindred-feedback-')), 'feedback.jsonl');
    const store = new JsonLinesFeedbackStore(file);
    await store.record({ kind: 'listing-problem', resourceId: 'vet-center-austin', reason: 'closed', at });
    await store.record({ kind: 'listing-problem', resourceId: 'vet-center-austin', reason: 'wrong-phone', at });
    await store.record({ kind: 'not-helpful', at });

    const json = memoryIO();
    expect(await main(['feedback', 'list', '--json', '--file', file], json)).to.equal(0);
    expect((JSON.parse(json.out()) as unknown[]).length).to.equal(3);

    const text = memoryIO();
    expect(await main(['feedback', 'list', '--file', file], text)).to.equal(0);
    expect(text.out())
      .to.match(/3 entries: listing-problem 2, not-helpful 1/)
      .and.match(/Most reported: vet-center-austin \(2\)/);
  });

  it('`kindred feedback` without a subcommand explains itself and exits 2', async () => {
    const io = memoryIO();
    expect(await main(['feedback'], io)).to.equal(2);
    expect(io.err()).to.match(/usage: kindred feedback list/);
  });
});

async function expectRejects(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch {
    return;
  }
  throw new Error('expected a rejection');
}
