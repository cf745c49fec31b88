/**
 * The CLI's Latin cue expressions written for the `u` flag alone (cli/caseless.ts) must find
 * exactly what the expressions with `iu` find: on the corpus as written, in capitals and in small
 * letters, and on every Latin letter and the letters that fold to one (the Kelvin sign, the long
 * s, the capital sharp s, the micro sign's Greek mu...), for every cue list of every table.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { caseless, caselessPieces, rewritePieces } from '../../server/src/cli/caseless';
import { cueLists } from '../../server/src/service/cueIndex';
import { SUPPORTED, TABLES } from '../../server/src/service/data';
import { all, LATIN, latinWordClass, PLAIN, plainSpaced, searchSource, writeLatinCaseless, type Hit } from '../../server/src/service/match';
import { fold } from '../../server/src/service/text';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

/** Every code point the class of Latin letters and digits matches with `iu`: the Latin ones and those that fold to one. */
function foldingLetters(): string[] {
  const re = new RegExp(`[${latinWordClass()}]`, 'iu');
  const out: string[] = [];
  for (let c = 0; c < 0x110000; c++) if (re.test(String.fromCodePoint(c))) out.push(String.fromCodePoint(c));
  return out;
}

/** The letters of `text` each replaced by another that folds like it (the last of its kind, so k becomes the Kelvin sign). */
function otherFold(text: string, letters: readonly string[]): string {
  const byFold = new Map<string, string>();
  for (const l of letters) byFold.set(l.toLowerCase(), l);
  for (const l of letters) {
    const alike = letters.filter((m) => new RegExp(`^${m}$`, 'iu').test(l) && m !== l);
    if (alike.length) byFold.set(l, alike[alike.length - 1]!);
  }
  return [...text].map((ch) => byFold.get(ch) ?? ch).join('');
}

describe('The CLI\'s Latin cue expressions without the i flag', function () {
  this.timeout(120_000);
  const lists = SUPPORTED.flatMap((lang) => [...new Set(cueLists(TABLES[lang]))]);
  let pieces: Map<string, string>;
  let texts: string[];
  before(() => {
    pieces = new Map(Object.entries(caselessPieces(lists.map(searchSource))));
    const letters = foldingLetters();
    const corpus = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
    texts = corpus.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), fold(t), fold(t).toUpperCase(), otherFold(fold(t), letters)]);
    // Every letter alone between spaces, glued to the word before, and as the first letter of a cue's word.
    texts.push(letters.join(' '), letters.map((l) => `${l}ata ${l}`).join(' \n'), `x${letters.join('')}`);
  });
  after(() => writeLatinCaseless(undefined));

  it('writes every cue list\'s Latin expression of every table without i', () => {
    assert.ok(lists.length > 300);
    const unwritten = lists.filter((l) => caseless(searchSource(l), pieces) === undefined);
    assert.deepEqual(unwritten, []);
  });

  it('finds, with every list, the same matches as the expression with i, in plain and other spacing', () => {
    // Copies of the lists, as the matcher keeps each list's expression once made.
    const found = (): Hit[][][] => lists.map((l) => {
      const copy = [...l];
      // Searched as Latin text (LATIN) also where a letter beyond U+024F folds to a Latin one.
      return texts.map((t) => all(copy, t, LATIN | (plainSpaced(t) ? PLAIN : 0)));
    });
    writeLatinCaseless(undefined);
    const before = found();
    writeLatinCaseless((source) => caseless(source, pieces));
    const after = found();
    for (let k = 0; k < lists.length; k++) {
      for (let t = 0; t < texts.length; t++) assert.deepEqual(after[k]![t], before[k]![t], `${lists[k]!.join(' | ').slice(0, 80)} in text ${t}`);
    }
    // The texts reach the cues: the comparison is not only of nothing found.
    assert.ok(before.flat(2).length > 10_000);
  });

  it('leaves an expression with a word boundary, \\w or a property as it is (i changes what they match)', () => {
    for (const source of ['\\bdata', 'data\\w', '\\p{Lu}ata', 'da(ta)\\1']) assert.equal(caseless(source, pieces), undefined, source);
    assert.equal(rewritePieces('(?<name>da)ta', (p) => p.toUpperCase()), '(?<name>DA)TA');
  });

  it('checks every piece against the original over all code points, and leaves out one that differs', () => {
    const made = caselessPieces(['k[ß]\\u00b5']);
    assert.deepEqual(made, { k: '[Kk\\u{212a}]', '[ß]': '[ß\\u{1e9e}]', '\\u00b5': '[\\u{b5}\\u{39c}\\u{3bc}]' });
    // A piece that `i` changes in a way no class of code points can say (none occurs in a cue) is not written.
    assert.equal(caselessPieces(['[\\W]'])['[\\W]'], undefined);
  });
});
