// Makes dist/cli-main.cache, the V8 code cache dist/cli.js starts the CLI with (server/src/cli/launch.ts):
// a fresh Node process compiles dist/cli-main.js as the launcher does, with the same V8 settings,
// checks notices of every supported language (Markdown and plain text, from folders, the JSON
// report), and writes what V8 then holds of the bundle: its bytecode, including that of every
// function the check ran. Used by esbuild.mjs after it builds the CLI. The cache fits only the
// Node version that made it; the launcher compiles the bundle as usual when it does not fit.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What the check that warms the cache up reads: notices in the four languages, as Markdown and as plain text. */
const WARM_UP = ['examples', 'test/fixtures/thorough'];

/** Writes `dist/cli-main.cache` for the CLI built in `dist` (throws when it could not be made). */
export function makeCliCache(dist = path.join(root, 'dist')) {
  const cache = path.join(dist, 'cli-main.cache');
  fs.rmSync(cache, { force: true });
  const targets = WARM_UP.map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  // Without NODE_OPTIONS: V8 options given there would be part of the cache, and a plain `node dist/cli.js` would not use it.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--make', dist, ...targets], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0 || !fs.existsSync(cache)) throw new Error(`the CLI's code cache could not be made (exit ${run.status}): ${run.stderr}`);
}

/** In the fresh process: runs the CLI's check as dist/cli.js would and writes the cache as the process ends. */
function make(dist, targets) {
  const require = createRequire(import.meta.url);
  const launch = require(path.join(dist, 'cli.js'));
  launch.configureV8();
  const script = launch.compileMain();
  process.argv = [process.argv[0], launch.MAIN, 'check', '--format', 'json', '--documents', 'all', ...targets];
  process.on('exit', (code) => {
    // 1 means findings were reported: the check ran.
    if (code === 0 || code === 1) {
      fs.writeFileSync(launch.CACHE, script.createCachedData());
      process.exitCode = 0;
    }
  });
  launch.runMain(script);
}

if (process.argv[2] === '--make') make(process.argv[3], process.argv.slice(4));
