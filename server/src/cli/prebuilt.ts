/**
 * What the CLI carries ready-made, so that its first analysis does not work it out: each run of
 * the CLI is a first analysis. For each language table, the data of its cue index (every cue's
 * literals and the automaton's trie, see cueIndexData in cueIndex.ts) and the sources of its cue
 * lists' search expressions (searchSource in match.ts). esbuild.mjs works them out with
 * `prebuiltTables()` when it builds dist/cli.js and puts them in prebuiltData.ts, with the pieces
 * of the Latin expressions written for the `u` flag alone (`prebuiltCaseless()`, see caseless.ts);
 * test/unit/prebuilt.test.ts holds them to what the service works out itself.
 */
import { cueIndexData, cueLists, supplyCueIndexData, type CueIndexData } from '../service/cueIndex';
import { SUPPORTED, TABLES } from '../service/data';
import type { Lang } from '../service/data/types';
import { knowSearchSources, searchSource, writeLatinCaseless } from '../service/match';
import { caseless, caselessPieces } from './caseless';
import { CASELESS, PREBUILT } from './prebuiltData';

/** What the CLI carries for a language table. */
export interface Prebuilt {
  /** The data of its cue index. */
  readonly cueIndex: CueIndexData;
  /** The sources of its cue lists' search expressions, list by list as the index has them. */
  readonly searchSources: readonly string[];
}

/** Per language, what the CLI carries for its table, as JSON. */
export function prebuiltTables(): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of SUPPORTED) {
    const lists = [...new Set(cueLists(TABLES[lang]))];
    const prebuilt: Prebuilt = { cueIndex: cueIndexData(lists), searchSources: lists.map(searchSource) };
    out[lang] = JSON.stringify(prebuilt);
  }
  return out;
}

/** The pieces of every language table's Latin search expressions written for the `u` flag alone (see caseless.ts), as JSON. */
export function prebuiltCaseless(): string {
  const sources = SUPPORTED.flatMap((lang) => [...new Set(cueLists(TABLES[lang]))].map(searchSource));
  return JSON.stringify(caselessPieces(sources));
}

/** Has the service use what the bundle carries for the language tables (nothing when run from the sources). */
export function useReadyMade(): void {
  supplyCueIndexData((t, lists) => (TABLES[t.lang] === t ? readyMade(PREBUILT[t.lang], lists) : undefined));
  if (CASELESS !== undefined) {
    let pieces: Map<string, string> | undefined;
    writeLatinCaseless((source) => caseless(source, (pieces ??= new Map(Object.entries(JSON.parse(CASELESS!) as Record<string, string>)))));
  }
}

/**
 * The cue index data in `json` (what prebuiltTables gives for a table) for the table's lists, its
 * search sources handed to the matcher; undefined (so the index is worked out) when there is none
 * or it was made for a different number of lists.
 */
export function readyMade(json: string | undefined, lists: readonly (readonly string[])[]): CueIndexData | undefined {
  if (json === undefined) return undefined;
  const prebuilt = JSON.parse(json) as Prebuilt;
  if (prebuilt.cueIndex.lists.length !== lists.length || prebuilt.searchSources.length !== lists.length) return undefined;
  knowSearchSources(lists, prebuilt.searchSources);
  return prebuilt.cueIndex;
}
