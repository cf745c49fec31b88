/**
 * What the CLI's bundle carries ready-made, so that its first analysis does not work it out: per
 * language, the data of its table's cue index (cueIndex.ts: every cue's literals and the
 * automaton's trie) and the sources of its cue lists' search expressions (match.ts), as JSON (see
 * `Prebuilt` in cueIndex.ts). Here, in the sources, it is empty and all of it is worked out on
 * first use. When esbuild.mjs builds dist/cli.js, it puts in this module's place one that holds
 * what `prebuiltTables()` gives for the tables being bundled (scripts/prebuilt.mjs), so the two
 * cannot drift apart; test/unit/prebuilt.test.ts holds it to what is worked out.
 */
import type { Lang } from './types';

export const PREBUILT: Readonly<Partial<Record<Lang, string>>> = {};
