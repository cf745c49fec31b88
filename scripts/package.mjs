// `npm run package`: builds the minified bundles and packs the extension into a .vsix with
// @vscode/vsce. What goes in is decided by .vscodeignore (deny all, allow the bundles and assets).
// The package's README (the Marketplace page and VS Code's extension page) is README.md without
// the sections for developers and other editors (see marketplaceReadme).
//
//   node scripts/package.mjs [--out FILE.vsix]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const packagePath = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

/** Sections of README.md that say nothing to someone who installs the extension in VS Code. */
const NOT_FOR_THE_MARKETPLACE = ['Quick start', 'Building the package', 'In other editors', 'The command line', 'Adding a language', 'Testing', 'Speed', 'Robustness and security', 'Runtime dependencies', 'Project layout'];

/** README.md without those sections, and a pointer to the full README in the repository. */
function marketplaceReadme(readme, repositoryUrl) {
  const sections = readme.split(/^(?=#{2,3} )/m);
  const kept = sections.filter((section) => !NOT_FOR_THE_MARKETPLACE.some((title) => new RegExp(`^#{2,3} ${title}\\n`).test(section)));
  return `${kept.join('').trimEnd()}\n\nThe language server for other editors, the command-line checker and how Policy Author is built and tested are described in the [full README](${repositoryUrl}#readme).\n`;
}

const build = spawnSync(process.execPath, ['esbuild.mjs', '--minify'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
try {
  // The bundles are self-contained, so vsce need not walk node_modules (`dependencies: false`).
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const readmePath = join('out', 'package', 'README.md');
  mkdirSync(join(repo, dirname(readmePath)), { recursive: true });
  writeFileSync(join(repo, readmePath), marketplaceReadme(readFileSync(join(repo, 'README.md'), 'utf8'), manifest.homepage.replace(/#readme$/, '')));
  const written = await createVSIX({ cwd: repo, packagePath, dependencies: false, readmePath });
  const file = typeof written === 'string' ? written : packagePath;
  if (file) console.log(`${relative(process.cwd(), file)}: ${Math.round(statSync(file).size / 1024)} KB`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
