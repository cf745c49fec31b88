// Bundles the VS Code extension (client and server in one file, see client/src/main.ts), the
// language server for other editors and the CLI into dist/.
// `node esbuild.mjs --minify` is what packaging uses.
import * as esbuild from 'esbuild';

const minify = process.argv.includes('--minify');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !minify, minify, logLevel: 'warning' };

try {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ]);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
