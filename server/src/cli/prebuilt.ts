/**
 * What the CLI carries ready-made, so that its first analysis does not work it out: each run of
 * the CLI is a first analysis. For each language table: the data of its cue index (every cue's
 * literals, see cueIndexData in cueIndex.ts) with the automaton made from its trie (packed, in
 * place of the trie), the sources of its cue lists' search expressions (searchSource in match.ts),
 * which cues of each list do not open with a literal (the lists' splits), and each list's whole
 * expression for a sentence (compressed); and the pieces of the Latin expressions written for the
 * `u` flag alone (`prebuiltCaseless()`, see caseless.ts). esbuild.mjs works them out through
 * scripts/prebuilt.mjs when it builds dist/cli.js and puts them in prebuiltData.ts;
 * test/unit/prebuilt.test.ts holds them to what the service works out itself.
 */
import { automaton, cueIndexData, cueLists, supplyCueIndexData, type Automaton, type CueIndexData } from '../service/cueIndex';
import { SUPPORTED, TABLES } from '../service/data';
import type { Lang, LanguageTable } from '../service/data/types';
import { expressionOf, knowListSplits, knowSearchSources, LATIN, PLAIN, restPositions, searchSource, writeLatinCaseless } from '../service/match';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { caseless, caselessPieces } from './caseless';
import { AUTOMATA, CASELESS, PREBUILT, READY } from './prebuiltData';

/** What the CLI carries for a language table. */
export interface Prebuilt {
  /** The data of its cue index. */
  readonly cueIndex: CueIndexData;
  /** The sources of its cue lists' search expressions, list by list as the index has them. */
  readonly searchSources: readonly string[];
  /**
   * Per list of the table's walk without the split lists (`cueLists(t, false)`), the positions of
   * its cues that do not open with a literal (see knowListSplits in match.ts).
   */
  readonly splits: readonly (readonly number[])[];
}

/** Per language, what the CLI carries for its table, as JSON. */
export function prebuiltTables(): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of SUPPORTED) {
    const lists = [...new Set(cueLists(TABLES[lang]))];
    // The trie is left out: the bundle carries the automaton made from it (prebuiltAutomata).
    const prebuilt: Prebuilt = { cueIndex: { ...cueIndexData(lists), trie: [] }, searchSources: lists.map(searchSource), splits: restPositions([...new Set(cueLists(TABLES[lang], false))]) };
    out[lang] = JSON.stringify(prebuilt);
  }
  return out;
}

/**
 * Per language, the whole source of each cue list's expression for a sentence (a LATIN and PLAIN
 * text, see match.ts), written with the pieces in `caselessJson` (what prebuiltCaseless gives),
 * one list a line in the order of prebuiltTables' lists (an empty line where the expression needs
 * the `i` flag), compressed (deflate, in base64). Working them out is a first run's cost: scanning
 * each source with code not yet optimised (about 10 ms of a 1 MB check). Written for the `u` flag
 * alone they are 160–290 KB a language, which would more than double the bundle; compressed about
 * 20 KB, and inflated in under a millisecond.
 */
export function prebuiltReady(caselessJson: string): Record<Lang, string> {
  const pieces = new Map(Object.entries(JSON.parse(caselessJson) as Record<string, string>));
  const write = (source: string): string | undefined => caseless(source, pieces);
  const out = {} as Record<Lang, string>;
  for (const lang of SUPPORTED) {
    const sources = [...new Set(cueLists(TABLES[lang]))].map((list) => {
      const e = expressionOf(list, LATIN | PLAIN, write);
      if (e.source.includes('\n')) throw new Error(`an expression holds a line break: ${e.source}`);
      return e.flags === 'gu' ? e.source : '';
    });
    const text = sources.join('\n');
    if (Buffer.from(text, 'utf8').toString('utf8') !== text) throw new Error('an expression is not well-formed Unicode');
    out[lang] = deflateRawSync(text, { level: 9 }).toString('base64');
  }
  return out;
}

/** The pieces of every language table's Latin search expressions written for the `u` flag alone (see caseless.ts), as JSON. */
export function prebuiltCaseless(): string {
  const sources = SUPPORTED.flatMap((lang) => [...new Set(cueLists(TABLES[lang]))].map(searchSource));
  return JSON.stringify(caselessPieces(sources));
}

/**
 * Per language, the automaton of its cue index (see automaton in cueIndex.ts), packed (packAutomaton).
 * Making it from the trie is a first run's cost in the CLI (loops over every state and class, about
 * 5 ms of a check); the packed automaton is 20–45 KB a language.
 */
export function prebuiltAutomata(): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of SUPPORTED) out[lang] = packAutomaton(automaton(cueIndexData([...new Set(cueLists(TABLES[lang]))])));
  return out;
}

/** Marks a packed automaton, and the byte order it was packed in. */
const PACKED = 0x50410001;

/** An automaton as bytes (a header, then its three arrays), compressed (deflate) in base64. */
export function packAutomaton(a: Automaton): string {
  const header = Int32Array.of(PACKED, a.delta instanceof Uint32Array ? 4 : 2, a.delta.length, a.outStart.length, a.outLists.length);
  const bytes = (x: Int32Array | Uint16Array | Uint32Array): Buffer => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  return deflateRawSync(Buffer.concat([bytes(header), bytes(a.delta), bytes(a.outStart), bytes(a.outLists)]), { level: 9 }).toString('base64');
}

/** The automaton packAutomaton packed, or undefined when `packed` is not one (or of another byte order). */
export function unpackAutomaton(packed: string): Automaton | undefined {
  try {
    const raw = inflateRawSync(Buffer.from(packed, 'base64'));
    // Copied into buffers of their own: a typed array over part of a buffer must start at a multiple of its element size.
    const part = (from: number, to: number): ArrayBuffer => raw.buffer.slice(raw.byteOffset + from, raw.byteOffset + to) as ArrayBuffer;
    if (raw.length < 20) return undefined;
    const [mark, size, deltaLength, startLength, listsLength] = new Int32Array(part(0, 20));
    if (mark !== PACKED || (size !== 2 && size !== 4)) return undefined;
    const deltaEnd = 20 + deltaLength! * size;
    const startEnd = deltaEnd + startLength! * 4;
    if (raw.length !== startEnd + listsLength! * 4) return undefined;
    return {
      delta: size === 2 ? new Uint16Array(part(20, deltaEnd)) : new Uint32Array(part(20, deltaEnd)),
      outStart: new Int32Array(part(deltaEnd, startEnd)),
      outLists: new Int32Array(part(startEnd, raw.length)),
    };
  } catch {
    return undefined;
  }
}

/** Has the service use what the bundle carries for the language tables (nothing when run from the sources). */
export function useReadyMade(): void {
  const parsed = new Map<Lang, Prebuilt | undefined>();
  const carried = (t: LanguageTable): Prebuilt | undefined => {
    if (TABLES[t.lang] !== t) return undefined;
    if (!parsed.has(t.lang)) {
      const json = PREBUILT[t.lang];
      parsed.set(t.lang, json === undefined ? undefined : (JSON.parse(json) as Prebuilt));
    }
    return parsed.get(t.lang);
  };
  supplyCueIndexData(
    (t, lists) => readyMade(carried(t), lists, AUTOMATA[t.lang], CASELESS === undefined ? undefined : READY[t.lang]),
    (t) => {
      const prebuilt = carried(t);
      if (prebuilt) knowSplits(prebuilt, t);
    },
  );
  if (CASELESS !== undefined) {
    let pieces: Map<string, string> | undefined;
    writeLatinCaseless((source) => caseless(source, (pieces ??= new Map(Object.entries(JSON.parse(CASELESS!) as Record<string, string>)))));
  }
}

/** Hands the matcher the splits `prebuilt` carries for the lists of `t`, when it was made for as many lists. */
export function knowSplits(prebuilt: Prebuilt, t: LanguageTable): void {
  const lists = [...new Set(cueLists(t, false))];
  if (prebuilt.splits.length === lists.length) knowListSplits(lists, prebuilt.splits);
}

/**
 * The cue index data `prebuilt` carries (what prebuiltTables gives for a table) for the table's
 * lists, with the automaton `packed` (see prebuiltAutomata), its search sources and the
 * expressions in `ready` (see prebuiltReady) handed to the matcher; undefined (so the index is
 * worked out) when there is none, it was made for a different number of lists, or the automaton
 * is missing or does not fit the data.
 */
export function readyMade(prebuilt: Prebuilt | undefined, lists: readonly (readonly string[])[], packed: string | undefined, ready?: string): CueIndexData | undefined {
  if (prebuilt === undefined || packed === undefined) return undefined;
  const d = prebuilt.cueIndex;
  if (d.lists.length !== lists.length || prebuilt.searchSources.length !== lists.length) return undefined;
  const a = unpackAutomaton(packed);
  if (!a || a.delta.length !== d.states * (d.alphabet.length + 1) || a.outStart.length !== d.states + 1) return undefined;
  const expressions = ready === undefined ? undefined : inflateRawSync(Buffer.from(ready, 'base64')).toString('utf8').split('\n').map((line) => line || null);
  knowSearchSources(lists, prebuilt.searchSources, expressions?.length === lists.length ? expressions : undefined);
  return { ...d, automaton: a };
}
