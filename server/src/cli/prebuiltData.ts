/**
 * What the CLI's bundle carries ready-made for the language tables (see prebuilt.ts), as JSON per
 * language. Here, in the sources, it is empty: everything is worked out on first use. When
 * esbuild.mjs builds dist/cli.js, it puts in this module's place one that holds what
 * `prebuiltTables()` and `prebuiltCaseless()` give for the tables being bundled (scripts/prebuilt.mjs), so the two cannot
 * drift apart.
 */
import type { Lang } from '../service/data/types';

export const PREBUILT: Readonly<Partial<Record<Lang, string>>> = {};

/** The pieces of the Latin search expressions written for the `u` flag alone (see caseless.ts), as JSON. */
export const CASELESS: string | undefined = undefined;

/**
 * Per language, the whole source of each cue list's expression for a sentence, one a line (see
 * prebuiltReady in prebuilt.ts); used only with CASELESS, whose pieces wrote them.
 */
export const READY: Readonly<Partial<Record<Lang, string>>> = {};

/** Per language, the automaton of its cue index, packed (see prebuiltAutomata in prebuilt.ts). */
export const AUTOMATA: Readonly<Partial<Record<Lang, string>>> = {};
