// Installs the pinned code-server (VS Code's server and web workbench) into a cache outside the
// repository, without the downloads its own install script makes (see ../shared/vscode-offline.md).
// Idempotent: a finished install is marked by a file and reused, so a second run takes no time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** code-server 4.100.3 is VS Code 1.100.3 and the last release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Where the pinned code-server lives: `$POLICY_AUTHOR_CACHE` or `~/.cache/policy-author`. */
export function codeServerDir() {
  const cache = process.env.POLICY_AUTHOR_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'policy-author');
  return join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** The entry point to start with `node`. */
export function codeServerEntry(dir = codeServerDir()) {
  return join(dir, 'package', 'out', 'node', 'entry.js');
}

const MARKER = '.installed';

/**
 * Installs code-server unless it is already there and returns its folder. Throws with the
 * failing step's output when a step fails.
 */
export function ensureCodeServer(log = (line) => console.log(line)) {
  const dir = codeServerDir();
  if (existsSync(join(dir, MARKER))) return dir;
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; about two minutes) ...`);
  // Build in a side folder and rename at the end, so an interrupted install is never mistaken for a finished one.
  const work = `${dir}.partial`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = {
    ...process.env,
    // node-pty's install runs `npx node-gyp`, which would stop at a confirmation prompt.
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // Native modules build against Node's own headers when they are installed (Debian's nodejs-dev
  // layout), so node-gyp downloads nothing.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  const run = (cwd, command, args) => {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`code-server install: \`${command} ${args.join(' ')}\` in ${cwd} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
    }
  };

  run(work, 'npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent']);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('code-server install: npm pack produced no tarball');
  run(work, 'tar', ['-xzf', tarball]);
  rmSync(join(work, tarball));

  const pkg = join(work, 'package');
  const vscode = join(pkg, 'lib', 'vscode');
  log('  installing VS Code server modules ...');
  run(vscode, 'npm', ['install', '--omit=dev', '--ignore-scripts']);
  // @vscode/ripgrep's install downloads a binary; it skips that when bin/ exists, so use Debian's rg.
  const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  if (!existsSync(join(rgBin, 'rg'))) symlinkSync('/usr/bin/rg', join(rgBin, 'rg'));
  log('  building native modules ...');
  run(vscode, 'npm', ['rebuild']);
  symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
  log('  installing built-in extensions ...');
  run(join(vscode, 'extensions'), 'npm', ['install', '--omit=dev']);
  log('  installing code-server ...');
  run(pkg, 'npm', ['install', '--omit=dev', '--ignore-scripts']);
  run(pkg, 'npm', ['rebuild', 'argon2']);

  const version = spawnSync(process.execPath, [codeServerEntry(work), '--version'], { encoding: 'utf8' });
  if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server install: the installed server does not start:\n${version.stdout}${version.stderr}`);
  }
  writeFileSync(join(work, MARKER), `${version.stdout.trim()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  log(`  code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}

// `node scripts/vscode/code-server.mjs` installs it on its own (CI can warm the cache this way).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureCodeServer());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
