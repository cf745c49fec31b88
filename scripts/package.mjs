// `npm run package`: builds the minified bundles, packs the extension's bundle (scripts/pack.mjs:
// dist/extension.js becomes a loader of dist/extension.js.br) and makes a .vsix with @vscode/vsce
// from out/package/extension. What goes in is decided by .vscodeignore (deny all, allow the
// bundles and assets); JSON goes in without indentation and the manifest without its development
// fields.
// The package's README (the Marketplace page and VS Code's extension page) is README.md without
// the sections for developers and other editors (see marketplaceReadme).
//
//   node scripts/package.mjs [--out FILE.vsix]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';
import { packExtension } from './pack.mjs';

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

/**
 * Fields of package.json that VS Code does not read from an installed extension (the bundles are
 * self-contained, so its dependencies are in them): the packaged manifest goes without them.
 */
const DEVELOPMENT_FIELDS = ['scripts', 'dependencies', 'devDependencies', 'overrides', 'bin'];

/**
 * The package's folder, out/package/extension: the files .vscodeignore lets in, as they are except
 * for JSON (the manifest without its development fields; snippets and grammars), which is written
 * without indentation, and README.md, which is the Marketplace version.
 */
async function stagePackage(stage) {
  rmSync(stage, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  for (const file of await listFiles({ cwd: repo, packageManager: PackageManager.None })) {
    const target = join(stage, file);
    mkdirSync(dirname(target), { recursive: true });
    if (file === 'package.json') {
      writeFileSync(target, JSON.stringify(Object.fromEntries(Object.entries(manifest).filter(([field]) => !DEVELOPMENT_FIELDS.includes(field)))));
    } else if (file === 'README.md') {
      writeFileSync(target, marketplaceReadme(readFileSync(join(repo, file), 'utf8'), manifest.homepage.replace(/#readme$/, '')));
    } else if (/\.(json|code-snippets)$/.test(file)) {
      writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(join(repo, file), 'utf8'))));
    } else {
      copyFileSync(join(repo, file), target);
    }
  }
  copyFileSync(join(repo, '.vscodeignore'), join(stage, '.vscodeignore'));
  return manifest;
}

const build = spawnSync(process.execPath, ['esbuild.mjs', '--minify'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
try {
  // dist/extension.js becomes the loader of the brotli-compressed bundle beside it (scripts/pack.mjs).
  const packed = await packExtension();
  console.log(`dist/extension.js: ${packed.bytes} bytes of bundle packed to ${packed.packed} (dist/extension.js.br), loader ${packed.loader}`);
  const stage = join(repo, 'out', 'package', 'extension');
  const manifest = await stagePackage(stage);
  const out = resolve(packagePath ?? join(repo, `${manifest.name}-${manifest.version}.vsix`));
  // The bundles are self-contained, so vsce need not walk node_modules (`dependencies: false`).
  await createVSIX({ cwd: stage, packagePath: out, dependencies: false });
  console.log(`${relative(process.cwd(), out)}: ${Math.round(statSync(out).size / 1024)} KB`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
