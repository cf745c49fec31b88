// `npm run check -- ARGS` runs `policy-author check ARGS`, building dist/ first when a source
// is newer than dist/cli.js. Without a PATH it checks the notices in examples/. Only the CLI's
// report reaches stdout (the build's output goes to stderr), so
// `npm run --silent check -- --format json FILES > r.json` writes valid JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
// npm runs scripts in the package folder; paths the user typed are relative to where they typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();

function newestMtime(p) {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

const sources = ['server/src', 'client/src', 'esbuild.mjs', 'package.json'].map((p) => path.join(root, p)).filter(existsSync);
if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(...sources.map(newestMtime))) {
  process.stderr.write('policy-author: building dist/ (node esbuild.mjs)\n');
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    process.stderr.write('policy-author: the build failed; see the messages above\n');
    process.exit(build.status ?? 1);
  }
}

const args = process.argv.slice(2);
if (!hasPath(args)) {
  // The notices themselves, named so they are checked as notices; not examples/README.md.
  const examples = path.join(root, 'examples');
  for (const name of readdirSync(examples).sort()) {
    if (/\.(md|txt)$/i.test(name) && name !== 'README.md') args.push(path.relative(cwd, path.join(examples, name)));
  }
}

const run = spawnSync(process.execPath, [cli, 'check', ...args], { cwd, stdio: 'inherit' });
if (run.error) {
  process.stderr.write(`policy-author: could not run ${cli}: ${run.error.message}\n`);
  process.exit(2);
}
process.exit(run.status ?? 2);

/** Whether ARGS name a file or folder (or ask for help/version, which need none). */
function hasPath(args) {
  const valueOptions = new Set(['--format', '--language', '--documents', '--rule']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return i + 1 < args.length;
    if (['-h', '--help', '-v', '--version'].includes(a)) return true;
    if (valueOptions.has(a)) i++;
    else if (!a.startsWith('-')) return true;
  }
  return false;
}
