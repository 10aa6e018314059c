import { expect } from 'chai';
import { wrapText } from '../../../src/cli/wrap';

describe('wrapText', () => {
  it('breaks at spaces, never inside a word', () => {
    expect(wrapText('988 Suicide & Crisis Lifeline: call or text 988', 20)).to.equal('988 Suicide & Crisis\nLifeline: call or\ntext 988');
  });

  it('keeps the line breaks of the text and the indent of a line', () => {
    expect(wrapText('one two three\n\n  (you can say: yes | no)', 12)).to.equal('one two\nthree\n\n  (you can\n  say: yes |\n  no)');
  });

  it('leaves a word longer than the width whole, on its own line', () => {
    expect(wrapText('chat at https://veteranscrisisline.net/Chat now', 12)).to.equal('chat at\nhttps://veteranscrisisline.net/Chat\nnow');
  });

  it('counts accented letters as one column', () => {
    expect(wrapText('envía la palabra AYUDA', 16)).to.equal('envía la palabra\nAYUDA');
  });

  it('leaves the text alone with no usable width', () => {
    expect(wrapText('a b c', 0)).to.equal('a b c');
    expect(wrapText('a b c', Number.NaN)).to.equal('a b c');
  });
});
