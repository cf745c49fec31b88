// Bundles the VS Code extension (client and server in one file, see client/src/main.ts), the
// language server for other editors and the CLI into dist/.
// `node esbuild.mjs --minify` is what packaging uses (scripts/package.mjs, which then packs
// dist/extension.js with scripts/pack.mjs).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { asciiOnly } from './scripts/ascii.mjs';
import { prebuiltPlugin } from './scripts/prebuilt.mjs';
import { makeCliCache } from './scripts/cli-cache.mjs';
import { markdownItBlockPlugin } from './scripts/markdown-it-block.mjs';
import { lspUnusedPlugin } from './scripts/lsp-unused.mjs';

const minify = process.argv.includes('--minify');
// esbuild 0.28's table marks Unicode property escapes (\p{L}) as unsupported on node20, which they
// are not (Node has had them since 10): it would turn every such regular-expression literal into a
// `new RegExp(...)` call, run each time the code around it runs.
const supported = { 'regexp-unicode-property-escapes': true };
// markdownItBlockPlugin leaves out what markdown-it needs only for inline Markdown, which we never parse;
// lspUnusedPlugin the parts of the LSP libraries for capabilities the server never has.
const common = { bundle: true, platform: 'node', target: 'node20', supported, format: 'cjs', sourcemap: !minify, minify, logLevel: 'warning', plugins: [markdownItBlockPlugin, lspUnusedPlugin] };

try {
  // A packed bundle of an earlier `npm run package` (scripts/pack.mjs) is not this build's.
  for (const stale of ['dist/extension.js.br', 'dist/extension.js.br.map']) fs.rmSync(stale, { force: true });
  // The CLI carries the language tables' prefilter data ready-made (about 200 KB), as each run of
  // it is a first analysis; the language server works it out once per session, and the
  // extension's package has a size to keep.
  const prebuilt = await prebuiltPlugin();
  await Promise.all([
    // Always with a source map: packaging (scripts/pack.mjs) carries it through terser to the packed bundle's map.
    esbuild.build({ ...common, sourcemap: true, entryPoints: ['client/src/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    buildServer(),
    buildCli(prebuilt),
  ]);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

/**
 * The language server for other editors, always minified and in ASCII: it runs for a whole
 * editing session, and the source V8 keeps of it is several times smaller (a two-byte string of
 * 2.7 MB unminified, one byte per character once the few characters esbuild leaves in regular
 * expressions are escaped), and a smaller bundle leaves less of the compilers' memory behind
 * (peak memory with 100 open notices about 7 MB lower; docs/performance.md). The source map
 * still points every position at the TypeScript source.
 */
async function buildServer() {
  await buildMinifiedAscii({ ...common, entryPoints: ['server/src/server.ts'] }, 'dist/server.js');
}

/** Builds `options` into `outfile` minified and in ASCII, with its source map (see buildServer). */
async function buildMinifiedAscii(options, outfile) {
  const result = await esbuild.build({ ...options, minify: true, outfile, write: false });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  const ascii = asciiOnly(js.text, map?.text);
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync(outfile, ascii.code);
  if (map) fs.writeFileSync(`${outfile}.map`, ascii.map);
}

/**
 * The CLI: the checker (`dist/cli-main.js`, carrying the prefilter data ready-made), the launcher
 * that starts it (`dist/cli.js`, server/src/cli/launch.ts) and the V8 code cache it starts it
 * with (`dist/cli-main.cache`, scripts/cli-cache.mjs), made once both are written.
 */
async function buildCli(prebuilt) {
  await Promise.all([
    buildMinifiedAscii({ ...common, entryPoints: ['server/src/cli.ts'], plugins: [markdownItBlockPlugin, prebuilt] }, 'dist/cli-main.js'),
    esbuild.build({ ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ]);
  makeCliCache();
}
