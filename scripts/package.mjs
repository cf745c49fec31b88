// `npm run package`: builds the minified bundles, packs the extension's bundle (scripts/pack.mjs:
// dist/extension.js becomes a loader of dist/extension.js.br) and makes a .vsix with @vscode/vsce
// from out/package/extension. What goes in is decided by .vscodeignore (deny all, allow the
// bundles and assets); JSON goes in without indentation and the manifest without its development
// fields.
// The package's README (the Marketplace page and VS Code's extension page) is the part of README.md
// for someone who installs the extension (see marketplaceReadme).
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

/**
 * The sections of README.md (level 2, each with its subsections) that make the Marketplace page,
 * after the title and introduction: what someone who installs the extension in VS Code needs. The
 * other sections (the details of each feature, the full table of checks, the languages, other
 * editors, the command line, how it is built and tested) are for the full README in the
 * repository, which the page links to. A list of what goes in, so that a section added to the
 * README does not grow the package unless it is meant for the page. "Commands" stays out: the page
 * lists the manifest's commands itself (Feature Contributions), and "In VS Code" describes both.
 */
const FOR_THE_MARKETPLACE = ['In VS Code', 'What it checks', 'Settings', 'Privacy', 'License'];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

/**
 * The Marketplace README: README.md's title, introduction and FOR_THE_MARKETPLACE sections, with a
 * pointer to the full README in the repository. A link to a section of README.md that the page
 * leaves out (`[Languages](#languages)`) goes to that section of the full README.
 */
function marketplaceReadme(readme, repositoryUrl) {
  const [intro, ...sections] = readme.split(/^(?=## )/m);
  const kept = [intro, ...sections.filter((section) => FOR_THE_MARKETPLACE.some((title) => section.startsWith(`## ${title}\n`)))].join('');
  const anchors = new Set([...kept.matchAll(/^#{1,6} (.*)$/gm)].map((m) => anchorOf(m[1])));
  // The markers of generated blocks (scripts/gen-readme.ts) are for the README's generator, not the page.
  const unmarked = kept.replace(/^<!-- [\w-]+:(?:start|end) -->\n/gm, '');
  const linked = unmarked.replace(/\]\(#([^)\s]+)\)/g, (link, anchor) => (anchors.has(anchor) ? link : `](${repositoryUrl}#${anchor})`));
  return `${linked.trimEnd()}\n\nThe details of each feature, the full table of checks, the languages, the language server for other editors, the command-line checker and how Policy Author is built and tested are in the [full README](${repositoryUrl}#readme).\n`;
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
