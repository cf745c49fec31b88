/**
 * What the CLI's bundle carries ready-made, so that its first analysis does not work it out: per
 * language, the data of its table's cue index (cueIndex.ts: every cue's literals and the
 * automaton's trie), as JSON. Here, in the sources, it is empty and each index is worked out on
 * first use. When esbuild.mjs builds dist/cli.js, it puts in this module's place one that holds
 * what `prebuiltCueIndexes()` gives for the tables being bundled (scripts/prebuilt.mjs), so the two
 * cannot drift apart; test/unit/prebuilt.test.ts holds an index made from it to one worked out.
 */
import type { Lang } from './types';

export const PREBUILT_CUE_INDEX: Readonly<Partial<Record<Lang, string>>> = {};
