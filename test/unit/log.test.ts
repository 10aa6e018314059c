import { expect } from 'chai';
import { hashId } from '../../src/log';
import { captureLogs } from '../helpers/logs';

describe('the logger', () => {
  it('redacts what could name a person or repeat their words, wherever a careless call puts it', () => {
    const { log, text } = captureLogs();
    log.info({
      text: 'my words',
      activity: { text: 'my words', from: { id: 'u-1', name: 'Ana' }, conversation: { id: 'c-1' }, attachments: [{ name: 'x.png' }] },
      conversation: { id: 'c-1' },
      userId: 'u-1',
      place: 'Austin',
      phone: '+1 555 0100',
      headers: { authorization: 'Bearer abc' },
    });
    expect(text()).to.not.match(/my words|u-1|Ana|c-1|Austin|555 0100|Bearer abc|x\.png/);
  });

  it('hashes ids into a short stable stand-in for correlation', () => {
    expect(hashId('msteams/19:abc'))
      .to.equal(hashId('msteams/19:abc'))
      .and.match(/^[0-9a-f]{16}$/);
    expect(hashId('msteams/19:abc')).to.not.equal(hashId('msteams/19:abd'));
    expect(hashId(undefined)).to.equal(undefined);
  });
});
