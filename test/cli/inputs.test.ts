/**
 * The CLI never writes to what it checks: it reads read-only files and folders, leaves every
 * input's content and modification time as they were, and runs under Node's permission model with
 * no write access at all.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'privacy-policy.en.md'));

describe('policy-author check and its input files', function () {
  let dir: string;
  let file: string;
  let nested: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-inputs-'));
    file = path.join(dir, 'privacy.md');
    nested = path.join(dir, 'docs', 'privacy.txt');
    fs.mkdirSync(path.dirname(nested));
    fs.writeFileSync(file, EXAMPLE);
    fs.writeFileSync(nested, EXAMPLE.toString('utf8').replace(/\n/g, '\r\n'));
    const past = new Date('2020-01-01T00:00:00Z');
    for (const f of [file, nested]) {
      fs.utimesSync(f, past, past);
      fs.chmodSync(f, 0o444);
    }
    fs.chmodSync(path.dirname(nested), 0o555);
  });
  after(() => {
    fs.chmodSync(path.dirname(nested), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`checks read-only inputs in ${format} and leaves their content and modification time unchanged, with writes refused`, () => {
      const before = [file, nested].map((f) => ({ content: fs.readFileSync(f), mtime: fs.statSync(f).mtimeMs }));
      const result = spawnSync(
        process.execPath,
        ['--experimental-permission', '--allow-fs-read=*', CLI, 'check', '--format', format, file, dir],
        { encoding: 'utf8', cwd: dir, timeout: 60_000 },
      );
      assert.equal(result.status, 1, `exit status 1 (findings) expected; stderr: ${result.stderr}`);
      assert.ok(result.stdout.includes('privacy.md'), result.stdout.slice(0, 500));
      assert.doesNotMatch(result.stderr, /ERR_ACCESS_DENIED/);
      [file, nested].forEach((f, i) => {
        assert.deepEqual(fs.readFileSync(f), before[i]!.content, `${f} changed`);
        assert.equal(fs.statSync(f).mtimeMs, before[i]!.mtime, `${f} was touched`);
      });
      assert.deepEqual(fs.readdirSync(dir).sort(), ['docs', 'privacy.md'], 'the CLI should create no file next to its inputs');
    });
  }
});
