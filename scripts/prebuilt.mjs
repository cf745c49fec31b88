// What the CLI bundle carries ready-made (server/src/service/data/prebuilt.ts): the language tables'
// cue index data, worked out from the sources being bundled by the same code that works it out at
// run time (prebuiltCueIndexes in cueIndex.ts). Used by esbuild.mjs; test/unit/prebuilt.test.ts
// checks that an index made from it is the one worked out.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The source of the module that replaces data/prebuilt.ts in a bundle. */
export async function prebuiltModuleSource() {
  const result = await esbuild.build({
    stdin: { contents: "export { prebuiltCueIndexes } from './server/src/service/cueIndex';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const indexes = module.exports.prebuiltCueIndexes();
  return `export const PREBUILT_CUE_INDEX = ${JSON.stringify(indexes)};\n`;
}

/** An esbuild plugin that puts the ready-made module in the place of data/prebuilt.ts. */
export async function prebuiltPlugin() {
  const contents = await prebuiltModuleSource();
  return {
    name: 'prebuilt',
    setup(build) {
      build.onLoad({ filter: /[\\/]service[\\/]data[\\/]prebuilt\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}
