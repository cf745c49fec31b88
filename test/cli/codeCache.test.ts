/**
 * dist/cli.js starts the checker (dist/cli-main.js) with the V8 code cache made when it was built
 * (dist/cli-main.cache): the cache may only make a run faster, never change it. The CLI is copied
 * into a folder of its own and run there with the cache, without it and with one V8 rejects.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const NOTICES = ['examples/privacy-policy.en.md', 'examples/privacyverklaring.nl.md', 'test/fixtures/thorough'];

function runIn(dir: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI and its code cache', function () {
  this.timeout(120_000);
  let tmp: string;

  before(function () {
    // Builds dist/ when a source is newer than dist/cli.js, so the tests never run a stale bundle.
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.mjs'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-cache-'));
    for (const f of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(DIST, f), path.join(tmp, f));
  });

  after(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is made by the build and fits the Node version that built it', function () {
    const probe = spawnSync(
      process.execPath,
      ['-e', `const l = require(${JSON.stringify(path.join(DIST, 'cli.js'))}); l.configureV8(); process.stdout.write(String(l.compileMain(require('fs').readFileSync(l.CACHE)).cachedDataRejected));`],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    assert.equal(probe.status, 0, probe.stderr);
    assert.equal(probe.stdout, 'false');
  });

  it('reports the same with the cache, without it and with a cache V8 rejects', function () {
    const reports = (): string[] =>
      [['check', '--format', 'json', ...NOTICES], ['check', ...NOTICES], ['check', '--format', 'sarif', NOTICES[0]!], ['--version']].map((args) => {
        const r = runIn(tmp, args);
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        assert.equal(r.stderr, '');
        return `${r.status}\n${r.stdout}`;
      });
    const cache = path.join(tmp, 'cli-main.cache');
    const without = reports();
    fs.copyFileSync(path.join(DIST, 'cli-main.cache'), cache);
    assert.deepEqual(reports(), without);
    fs.writeFileSync(cache, Buffer.alloc(4096, 7));
    assert.deepEqual(reports(), without);
    assert.match(without[0]!, /"language": "de"/);
  });
});
