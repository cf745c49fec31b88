/**
 * What the CLI bundle carries ready-made (cli/prebuilt.ts, filled in by esbuild.mjs through
 * scripts/prebuilt.mjs) must be what the service would work out itself from the tables being
 * bundled: the same prefilter data, an index made from it that rules out the same sentences, and
 * the same sources of the cue lists' search expressions, and the pieces of their Latin forms written
 * without the i flag (cli/caseless.ts).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { caseless, caselessPieces } from '../../server/src/cli/caseless';
import { knowSplits, packAutomaton, readyMade, unpackAutomaton, type Prebuilt } from '../../server/src/cli/prebuilt';
import { automaton, CueIndex, cueIndexData, cueLists, opensWithLiteral } from '../../server/src/service/cueIndex';
import { SUPPORTED, TABLES } from '../../server/src/service/data';
import type { Lang } from '../../server/src/service/data/types';
import { buildModel } from '../../server/src/service/document';
import { expressionOf, knowListSplits, LATIN, listSplit, PLAIN, searchSource } from '../../server/src/service/match';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

/** The ready-made data per language, read out of the module the CLI bundle gets in place of cli/prebuiltData.ts. */
async function bundled(): Promise<{ tables: Partial<Record<Lang, Prebuilt>>; caseless: Record<string, string>; ready: Partial<Record<Lang, string>>; automata: Partial<Record<Lang, string>> }> {
  const { prebuiltModuleSource } = await import('../../scripts/prebuilt.mjs');
  const source = await prebuiltModuleSource();
  const m = /^export const PREBUILT = (.*);\nexport const CASELESS = (.*);\nexport const READY = (.*);\nexport const AUTOMATA = (.*);\n$/s.exec(source);
  assert.ok(m, `unexpected module: ${source.slice(0, 80)}`);
  const json = JSON.parse(m[1]!) as Partial<Record<Lang, string>>;
  const tables = Object.fromEntries(Object.entries(json).map(([lang, data]) => [lang, JSON.parse(data) as Prebuilt]));
  return { tables, caseless: JSON.parse(JSON.parse(m[2]!) as string) as Record<string, string>, ready: JSON.parse(m[3]!) as Partial<Record<Lang, string>>, automata: JSON.parse(m[4]!) as Partial<Record<Lang, string>> };
}

/** The expressions a table's READY entry carries, one per list (null where the `i` flag is needed). */
const readyLines = (ready: string): (string | null)[] => inflateRawSync(Buffer.from(ready, 'base64')).toString('utf8').split('\n').map((line) => line || null);

describe('What the CLI bundle carries ready-made for the language tables', function () {
  // Bundling the tables for the generator takes a moment.
  this.timeout(60_000);
  let prebuilt: Partial<Record<Lang, Prebuilt>>;
  let pieces: Record<string, string>;
  let ready: Partial<Record<Lang, string>>;
  let automata: Partial<Record<Lang, string>>;
  before(async () => {
    ({ tables: prebuilt, caseless: pieces, ready, automata } = await bundled());
  });

  it('holds every supported language and no other', () => {
    assert.deepEqual(Object.keys(prebuilt).sort(), [...SUPPORTED].sort());
  });

  for (const lang of SUPPORTED) {
    it(`holds, for ${lang}, the prefilter data that is worked out from the ${lang} table, with the automaton made from its trie`, () => {
      const worked = cueIndexData([...new Set(cueLists(TABLES[lang]))]);
      assert.deepEqual(prebuilt[lang]!.cueIndex, { ...worked, trie: [] });
      const carried = unpackAutomaton(automata[lang]!);
      assert.ok(carried);
      assert.deepEqual(carried, automaton(worked));
      assert.deepEqual(readyMade(prebuilt[lang], [...new Set(cueLists(TABLES[lang]))], automata[lang]), { ...worked, trie: [], automaton: carried });
    });

    it(`holds, for ${lang}, the search expression of every cue list of the ${lang} table`, () => {
      const lists = [...new Set(cueLists(TABLES[lang]))];
      assert.deepEqual(prebuilt[lang]!.searchSources, lists.map(searchSource));
      for (const source of prebuilt[lang]!.searchSources) new RegExp(source, 'giu');
    });

    it(`holds, for ${lang}, each list's whole expression for a sentence, as the matcher would write it with the pieces carried`, () => {
      const lists = [...new Set(cueLists(TABLES[lang]))];
      const map = new Map(Object.entries(pieces));
      const expected = lists.map((list) => expressionOf(list, LATIN | PLAIN, (source) => caseless(source, map)));
      assert.ok(expected.every((e) => e.flags === 'gu'));
      assert.deepEqual(readyLines(ready[lang]!), expected.map((e) => e.source));
      // And it is what a sentence is searched with once the bundle's data is in use.
      const lines = readyLines(ready[lang]!);
      assert.ok(lines.some((line) => line !== null && line.includes(' ') && !line.includes('\\s')), 'plain spaces');
    });

    it(`holds, for ${lang}, which cues of each list do not open with a literal (the lists' splits)`, () => {
      const base = [...new Set(cueLists(TABLES[lang], false))];
      const splits = prebuilt[lang]!.splits;
      assert.equal(splits.length, base.length);
      base.forEach((list, k) => assert.deepEqual(splits[k], list.flatMap((c, i) => (opensWithLiteral(c) ? [] : [i])), list.join(' | ').slice(0, 80)));
      assert.ok(splits.some((r, k) => r.length > 0 && r.length < base[k]!.length), 'some list splits');
      // Handed to the matcher, they split each list as it would split it itself (copies of the
      // lists, which the matcher has not split yet).
      const copies = base.map((list) => [...list]);
      knowListSplits(copies, splits);
      for (const list of copies) {
        const literal = list.filter((c) => opensWithLiteral(c));
        const expected = literal.length && literal.length < list.length ? { literal, rest: list.filter((c) => !opensWithLiteral(c)) } : undefined;
        assert.deepEqual(listSplit(list), expected, list.join(' | ').slice(0, 80));
      }
      // A list the matcher split already keeps its split (its rest is known by identity), and
      // splits made for another number of lists are not taken.
      const split = base.find((list) => listSplit(list) !== undefined)!;
      const before = listSplit(split);
      knowSplits(prebuilt[lang]!, TABLES[lang]);
      knowSplits({ ...prebuilt[lang]!, splits: splits.slice(1) }, TABLES[lang]);
      assert.equal(listSplit(split), before);
      const fresh = [...split];
      knowListSplits([fresh], [[]]);
      assert.equal(listSplit(fresh), undefined);
    });

    it(`makes an index for ${lang} that keeps the same candidate sentences for every cue list as one worked out`, () => {
      const t = TABLES[lang];
      const ready = new CueIndex(cueLists(t), { ...prebuilt[lang]!.cueIndex, automaton: unpackAutomaton(automata[lang]!) });
      const worked = new CueIndex(cueLists(t));
      const lists = [...new Set(cueLists(t))];
      let compared = 0;
      for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(path.join(CORPUS, file), 'utf8');
        for (const variant of [text, text.toUpperCase()]) {
          const model = buildModel(variant, 'plaintext');
          const starts = Int32Array.from(model.sentences.map((s) => s.start));
          const ends = Int32Array.from(model.sentences.map((s) => s.end));
          const a = ready.scan(model.folded, starts, ends);
          const b = worked.scan(model.folded, starts, ends);
          for (const list of lists) {
            assert.equal(ready.filters(list), worked.filters(list));
            assert.deepEqual(a.candidates(list), b.candidates(list), `${file}: ${list.join(' | ').slice(0, 80)}`);
            compared++;
          }
        }
      }
      assert.ok(compared > 0);
    });
  }

  it('holds the pieces of every table\'s Latin expressions written without i, as worked out from the tables', () => {
    const lists = SUPPORTED.flatMap((lang) => [...new Set(cueLists(TABLES[lang]))]);
    assert.deepEqual(pieces, caselessPieces(lists.map(searchSource)));
    const map = new Map(Object.entries(pieces));
    for (const list of lists) assert.notEqual(caseless(searchSource(list), map), undefined, list.join(' | '));
  });

  it('is not used for lists it was not made for (the index is worked out instead)', () => {
    const made = [['right to object'], ['right of access']];
    const data = cueIndexData(made);
    const prebuilt: Prebuilt = { cueIndex: { ...data, trie: [] }, searchSources: made.map(searchSource), splits: [] };
    const packed = packAutomaton(automaton(data));
    assert.equal(readyMade(prebuilt, [['right to object']], packed), undefined);
    assert.deepEqual(readyMade(prebuilt, made, packed), { ...data, trie: [], automaton: automaton(data) });
    // Without an automaton that fits, the trie it left out is needed: nothing is taken.
    assert.equal(readyMade(prebuilt, made, undefined), undefined);
    assert.equal(readyMade(prebuilt, made, packAutomaton(automaton(cueIndexData([['right of access']])))), undefined);
    assert.equal(readyMade(prebuilt, made, 'not an automaton'), undefined);
    assert.equal(unpackAutomaton(packed.slice(0, 20)), undefined);
  });
});
