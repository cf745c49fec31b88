/**
 * `dist/cli.js`: starts the command-line checker (`dist/cli-main.js`, built from cli.ts) with the
 * V8 code cache made for it when it was built (`dist/cli-main.cache`, see scripts/cli-cache.mjs).
 *
 * Every run of the CLI is a first analysis: without the cache V8 parses the 1.4 MB bundle at
 * start and then compiles each function the check calls (several hundred) on its first call. The
 * cache holds the bytecode of the bundle and of the functions a check ran while it was made, so a
 * run reads them instead. V8 checks a cache before it uses it (its own version, the V8 settings
 * below, the source's length) and compiles the bundle as usual when the cache is missing or does
 * not fit (another Node version, other V8 options on the command line): the report is the same
 * either way, only slower. The cache is made at build time and only read here, never written.
 */
import * as fs from 'node:fs';
import { Module } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * What the CLI tells V8, before the bundle is compiled: a code cache is used only with the
 * settings it was made with.
 */
export const V8_SETTINGS: readonly string[] = [
  // V8 runs a regular expression's first search in its interpreter and compiles it to machine
  // code on the second. The cue lists' expressions (about 80 a language) are nearly all searched
  // many times in a run, so compiling each once, straight to machine code, costs less.
  '--no-regexp-tier-up',
  // A run is short: V8's optimising compiler, working beside the analysis, spends more time
  // inlining functions into one another than the inlined code saves before the run ends (about a
  // sixth of the CPU time on 1 MB or on 345 notices, with the analysis itself no slower).
  '--no-turbo-inlining',
  // A large notice's model lives until the end of the run, so nearly everything a collection of
  // the young generation finds is alive and copied; letting that generation grow to its full size
  // at its first such collection (rather than doubling, collection by collection) halves how many
  // there are in a 1 MB run (about 1.5 % of its instructions; the server keeps it small instead).
  '--semi-space-growth-factor=16',
];

/** The checker's bundle, next to this file. */
export const MAIN = path.join(__dirname, 'cli-main.js');
/** Its code cache, made when it was built. */
export const CACHE = path.join(__dirname, 'cli-main.cache');

/** Tells V8 what the CLI runs with (see V8_SETTINGS). */
export function configureV8(): void {
  for (const flag of V8_SETTINGS) setFlagsFromString(flag);
}

/**
 * The checker's bundle compiled as a CommonJS module's function, with `cachedData` when given
 * (V8 compiles it as usual when the cache does not fit).
 */
export function compileMain(cachedData?: Buffer): Script {
  return new Script(Module.wrap(fs.readFileSync(MAIN, 'utf8')), { filename: MAIN, cachedData });
}

/** Runs the compiled bundle as the module `dist/cli-main.js` (it needs only Node's own modules). */
export function runMain(script: Script): void {
  const module = new Module(MAIN, require.main);
  module.filename = MAIN;
  module.loaded = true;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, MAIN, __dirname);
}

/** The cache made for the bundle, or undefined when there is none (a build without it). */
function readCache(): Buffer | undefined {
  try {
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

if (require.main === module) {
  configureV8();
  runMain(compileMain(readCache()));
}
