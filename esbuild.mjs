// Bundles the VS Code extension (client and server in one file, see client/src/main.ts), the
// language server for other editors and the CLI into dist/.
// `node esbuild.mjs --minify` is what packaging uses.
import * as esbuild from 'esbuild';
import { prebuiltPlugin } from './scripts/prebuilt.mjs';

const minify = process.argv.includes('--minify');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !minify, minify, logLevel: 'warning' };

try {
  // The CLI carries the language tables' prefilter data ready-made (about 200 KB), as each run of
  // it is a first analysis; the language server works it out once per session, and the
  // extension's package has a size to keep.
  const prebuilt = await prebuiltPlugin();
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', plugins: [prebuilt], banner: { js: '#!/usr/bin/env node' } }),
  ]);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
