// What the CLI bundle carries ready-made (server/src/cli/prebuiltData.ts): for each language
// table, its cue index data and its cue lists' search sources, and the pieces of their Latin
// expressions written for the `u` flag alone (cli/caseless.ts), worked out from the sources being
// bundled by the same code that works them out at run time (prebuiltTables in cli/prebuilt.ts).
// Used by esbuild.mjs; test/unit/prebuilt.test.ts holds it to what is worked out at run time.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The source of the module that replaces cli/prebuiltData.ts in the CLI's bundle. */
export async function prebuiltModuleSource() {
  const result = await esbuild.build({
    stdin: { contents: "export { prebuiltAutomata, prebuiltCaseless, prebuiltReady, prebuiltTables } from './server/src/cli/prebuilt';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const tables = module.exports.prebuiltTables();
  const caseless = module.exports.prebuiltCaseless();
  const ready = module.exports.prebuiltReady(caseless);
  const automata = module.exports.prebuiltAutomata();
  return `export const PREBUILT = ${JSON.stringify(tables)};\nexport const CASELESS = ${JSON.stringify(caseless)};\nexport const READY = ${JSON.stringify(ready)};\nexport const AUTOMATA = ${JSON.stringify(automata)};\n`;
}

/** An esbuild plugin that puts the ready-made module in the place of cli/prebuiltData.ts. */
export async function prebuiltPlugin() {
  const contents = await prebuiltModuleSource();
  return {
    name: 'prebuilt',
    setup(build) {
      build.onLoad({ filter: /[\\/]cli[\\/]prebuiltData\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}
