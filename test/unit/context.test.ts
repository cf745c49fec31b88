/**
 * The words a negation is looked for in (Context.negatedAt): the last five words before a
 * mention, after its clause's last boundary, read without the arrays split and join would make.
 */
import * as assert from 'node:assert/strict';
import { lastWords } from '../../server/src/service/context';

/** What negatedAt read before: the same words through slice, split, trim and join. */
function bySplitting(text: string, from: number, to: number, n: number): string {
  const clause = text.slice(from, to).split(/[,;:()]/).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-n).join(' ');
}

describe('The words before a mention that a negation is looked for in', () => {
  it('are the last five words after the last comma, semicolon, colon or bracket', () => {
    const text = 'Where required by law (for example, tax law) we do not ever share it';
    assert.equal(lastWords(text, 0, text.length - 3, 5), 'we do not ever share');
    assert.equal(lastWords('one, two three', 0, 14, 5), 'two three');
    assert.equal(lastWords('a (b c', 0, 6, 5), 'b c');
    assert.equal(lastWords('   ', 0, 3, 5), '');
  });

  it('are what splitting the text on its boundaries and white space gives, for any mix of words, marks and kinds of space', () => {
    const pieces = ['a', 'not', 'é', ' ', '  ', ',', ';', ':', '(', ')', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085', 'x1'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const to = Math.floor(random() * (text.length + 1));
      const from = Math.max(0, to - Math.floor(random() * 60));
      assert.equal(lastWords(text, from, to, 5), bySplitting(text, from, to, 5), JSON.stringify({ text, from, to }));
    }
  });
});
