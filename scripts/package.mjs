// `npm run package`: builds the minified bundles and packs the extension into a .vsix with
// @vscode/vsce. What goes in is decided by .vscodeignore (deny all, allow the bundles and assets).
//
//   node scripts/package.mjs [--out FILE.vsix]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const packagePath = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

const build = spawnSync(process.execPath, ['esbuild.mjs', '--minify'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
try {
  // The bundles are self-contained, so vsce need not walk node_modules (`dependencies: false`).
  const written = await createVSIX({ cwd: repo, packagePath, dependencies: false });
  const file = typeof written === 'string' ? written : packagePath;
  if (file) console.log(`${relative(process.cwd(), file)}: ${Math.round(statSync(file).size / 1024)} KB`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
