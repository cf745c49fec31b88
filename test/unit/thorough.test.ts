/**
 * Precision on thorough notices: two hundred and thirty notices in English, Dutch, German and French (de 57, en 55,
 * fr 59, nl 59), written for this test and annotated by hand in gold.json before the checker ran on
 * them. docs/accuracy.md says what kinds of notice each session added and what each round measured.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { assertWellAnnotated, checkSet, summary, type AccuracySet } from './accuracySet';

const DIR = path.resolve(__dirname, '../fixtures/thorough');
/**
 * No false finding is allowed, and there is none (docs/accuracy.md keeps what each round measured).
 */
const MAX_FALSE_FINDINGS = 0;

describe('Accuracy on thorough notices', function () {
  this.timeout(60_000);
  let set: AccuracySet;

  before(() => {
    set = checkSet(DIR);
  });

  it('has two hundred and thirty notices, ten or more per language, each annotated on the 27 ids with evidence on its line', () => {
    const langs = Object.values(set.gold).map((g) => g.language).sort();
    assert.deepEqual(langs, [...Array<string>(57).fill('de'), ...Array<string>(55).fill('en'), ...Array<string>(59).fill('fr'), ...Array<string>(59).fill('nl')]);
    assertWellAnnotated(DIR, set.gold, { min: 300, max: 4000 });
  });

  it('detects the language of every notice', () => {
    assert.equal(set.overall.languageRight, 230, set.overall.mismatches.filter((m) => m.includes('language')).join('\n'));
  });

  it(`reports at most ${MAX_FALSE_FINDINGS} false findings over the two hundred and thirty notices`, () => {
    assert.ok(set.overall.fp <= MAX_FALSE_FINDINGS, summary(set.overall));
  });
});
