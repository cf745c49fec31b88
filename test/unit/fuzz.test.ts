/**
 * A seeded property-based run over generated documents (see test/support/fuzz.ts): every
 * feature of the language service answers without an exception, every range lies inside its
 * document on UTF-16 boundaries, and completion edits keep all the original text. `npm run fuzz`
 * runs the same property over 100,000 documents.
 */
import * as assert from 'node:assert/strict';
import { checkDocument, documentArbitrary, edgeDocuments, fc, phraseOf } from '../support/fuzz';
import { assertRangeInside } from '../support/ranges';

/** Fixed, so a failure reproduces; `npm run fuzz -- --seed N` explores others. */
const SEED = 20261122;

describe('the language service on generated documents', () => {
  it('keeps every range inside the document and throws on none of 300 seeded random documents', () => {
    fc.assert(
      fc.property(documentArbitrary, (doc) => {
        checkDocument(doc);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }).timeout(120_000);

  for (const [i, doc] of edgeDocuments().entries()) {
    it(`handles edge document ${i + 1} (${doc.text.length} UTF-16 units, starting ${JSON.stringify(doc.text.slice(0, 24))})`, () => {
      checkDocument(doc);
    }).timeout(60_000);
  }

  it('turns cue expressions into the plain phrases the documents are built from', () => {
    assert.equal(phraseOf('privacy (policy|notice|statement)'), 'privacy policy');
    assert.equal(phraseOf('right (?:to|of) object'), 'right to object');
  });
});

describe('the range check used by the fuzz run', () => {
  it('rejects a range past the end of a line, a line past the end, and a split surrogate pair', () => {
    const text = 'ab\r\n😀x\rlast';
    assert.throws(() => assertRangeInside(text, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, 'r'));
    assert.throws(() => assertRangeInside(text, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, 'r'));
    assert.throws(() => assertRangeInside(text, { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } }, 'r'));
    assert.throws(() => assertRangeInside(text, { start: { line: 1, character: 2 }, end: { line: 1, character: 0 } }, 'r'));
    assertRangeInside(text, { start: { line: 0, character: 2 }, end: { line: 2, character: 4 } }, 'r');
    assertRangeInside(text, { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, 'r');
  });
});
