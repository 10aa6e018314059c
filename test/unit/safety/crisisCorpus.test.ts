import { expect } from 'chai';
import { detectCrisis } from '../../../src/safety/detectCrisis';
import { CRISIS_CORPUS, readCrisisCases } from '../../fixtures/crisis-cases';

/**
 * Guards the behaviour SAFETY.md insists on across the whole evaluation corpus, not its scores
 * (npm run eval:safety prints those): every plain first-person statement is caught with every kind it
 * carries, and no idiom raises an alarm.
 */
describe('crisis corpus', () => {
  const cases = readCrisisCases(CRISIS_CORPUS);

  it('catches every direct statement with every kind it carries', () => {
    const missed = cases
      .filter((c) => c.tags.includes('direct') && c.kinds.length > 0)
      .filter((c) => !c.kinds.every((k) => detectCrisis(c.text, c.lang).kinds.includes(k)))
      .map((c) => `${c.line}: ${c.text}`);
    expect(missed).to.deep.equal([]);
  });

  it('raises no alarm on an idiom', () => {
    const alarms = cases
      .filter((c) => c.tags.includes('idiom') && c.kinds.length === 0)
      .filter((c) => detectCrisis(c.text, c.lang).detected)
      .map((c) => `${c.line}: ${c.text}`);
    expect(alarms).to.deep.equal([]);
  });
});
