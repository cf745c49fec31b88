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
import { caseless, caselessPieces } from '../../server/src/cli/caseless';
import { readyMade, type Prebuilt } from '../../server/src/cli/prebuilt';
import { CueIndex, cueIndexData, cueLists } from '../../server/src/service/cueIndex';
import { SUPPORTED, TABLES } from '../../server/src/service/data';
import type { Lang } from '../../server/src/service/data/types';
import { buildModel } from '../../server/src/service/document';
import { searchSource } from '../../server/src/service/match';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

/** The ready-made data per language, read out of the module the CLI bundle gets in place of cli/prebuiltData.ts. */
async function bundled(): Promise<{ tables: Partial<Record<Lang, Prebuilt>>; caseless: Record<string, string> }> {
  const { prebuiltModuleSource } = await import('../../scripts/prebuilt.mjs');
  const source = await prebuiltModuleSource();
  const m = /^export const PREBUILT = (.*);\nexport const CASELESS = (.*);\n$/s.exec(source);
  assert.ok(m, `unexpected module: ${source.slice(0, 80)}`);
  const json = JSON.parse(m[1]!) as Partial<Record<Lang, string>>;
  const tables = Object.fromEntries(Object.entries(json).map(([lang, data]) => [lang, JSON.parse(data) as Prebuilt]));
  return { tables, caseless: JSON.parse(JSON.parse(m[2]!) as string) as Record<string, string> };
}

describe('What the CLI bundle carries ready-made for the language tables', function () {
  // Bundling the tables for the generator takes a moment.
  this.timeout(60_000);
  let prebuilt: Partial<Record<Lang, Prebuilt>>;
  let pieces: Record<string, string>;
  before(async () => {
    ({ tables: prebuilt, caseless: pieces } = await bundled());
  });

  it('holds every supported language and no other', () => {
    assert.deepEqual(Object.keys(prebuilt).sort(), [...SUPPORTED].sort());
  });

  for (const lang of SUPPORTED) {
    it(`holds, for ${lang}, the prefilter data that is worked out from the ${lang} table`, () => {
      assert.deepEqual(prebuilt[lang]!.cueIndex, cueIndexData([...new Set(cueLists(TABLES[lang]))]));
    });

    it(`holds, for ${lang}, the search expression of every cue list of the ${lang} table`, () => {
      const lists = [...new Set(cueLists(TABLES[lang]))];
      assert.deepEqual(prebuilt[lang]!.searchSources, lists.map(searchSource));
      for (const source of prebuilt[lang]!.searchSources) new RegExp(source, 'giu');
    });

    it(`makes an index for ${lang} that keeps the same candidate sentences for every cue list as one worked out`, () => {
      const t = TABLES[lang];
      const ready = new CueIndex(cueLists(t), prebuilt[lang]!.cueIndex);
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
    const json = JSON.stringify({ cueIndex: cueIndexData(made), searchSources: made.map(searchSource) });
    assert.equal(readyMade(json, [['right to object']]), undefined);
    assert.deepEqual(readyMade(json, made), cueIndexData(made));
  });
});
