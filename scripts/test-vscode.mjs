// `npm run test:vscode`: the integration suite (test/integration) in a real VS Code.
//
// Picks the runner that can work on this machine: the offline runner (code-server + headless
// Chromium, scripts/vscode/offline.mjs) when Chromium is installed, otherwise @vscode/test-electron,
// which downloads VS Code (or uses VSCODE_EXECUTABLE_PATH). The offline runner tests the
// development folder, then packages the extension and tests the installed .vsix.
//
//   node scripts/test-vscode.mjs [--runner offline|electron] [--no-vsix] [--screenshots] [--grep REGEXP] [--break-server]
//
// --screenshots saves what the suite shows (problems panel, hover, quick fixes, outline) to docs/.
// --break-server runs the suite against a language server whose diagnostics never reach VS Code
// (scripts/vscode/break-server.cjs; offline runner only): the run must then fail.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIntegrationTests } from './vscode/build-tests.mjs';
import { CHROMIUM, runOffline } from './vscode/offline.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const runner = option('--runner') ?? process.env.POLICY_AUTHOR_VSCODE_RUNNER ?? (existsSync(CHROMIUM) ? 'offline' : 'electron');
const screenshots = args.includes('--screenshots');
const grep = option('--grep');
const breakServer = args.includes('--break-server');

/**
 * The tests run against the installed .vsix (mocha --grep on the full titles): activation, findings,
 * commands, and the snippets, whose file packaging writes anew.
 */
const VSIX_SUBSET = '^(The extension in VS Code|Diagnostics in VS Code marks|Commands in VS Code|Snippets in VS Code)';

function step(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`\`${command} ${commandArgs.join(' ')}\` failed`);
}

/** Prints one line per test and returns the number of failures (a report without tests is a failure). */
function print(label, report) {
  console.log(`\n${label} (VS Code ${report.vscodeVersion}, extension from ${report.extensionPath})`);
  let passed = 0;
  let failed = 0;
  for (const test of report.tests) {
    if (test.state === 'passed') passed++;
    if (test.state === 'failed') failed++;
    const mark = test.state === 'passed' ? '  ✓' : test.state === 'failed' ? '  ✗' : '  -';
    console.log(`${mark} ${test.title}${test.duration >= 1000 ? ` (${(test.duration / 1000).toFixed(1)} s)` : ''}`);
    if (test.error) console.log(test.error.split('\n').map((l) => `      ${l}`).join('\n'));
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return report.tests.length === 0 ? 1 : failed;
}

async function main() {
  const started = Date.now();
  step(process.execPath, ['esbuild.mjs']);
  const testsPath = await buildIntegrationTests(repo);
  let failures = 0;
  if (runner === 'electron') {
    if (breakServer) throw new Error('--break-server needs the offline runner.');
    const { runElectron } = await import('./vscode/electron.mjs');
    failures += print('vscode', (await runElectron({ repo, testsPath, grep })).report);
  } else if (runner === 'offline') {
    if (breakServer) console.log('--break-server: the language server\'s diagnostics are dropped on their way to VS Code; this run must fail.');
    const dev = await runOffline({ repo, name: 'offline', testsPath, extension: { folder: repo }, screenshots, grep, breakServer });
    failures += print('code-server', dev.report);
    if (screenshots) {
      const shots = readdirSync(dev.dirs.screenshots).filter((name) => name.endsWith('.png'));
      mkdirSync(join(repo, 'docs'), { recursive: true });
      for (const shot of shots) copyFileSync(join(dev.dirs.screenshots, shot), join(repo, 'docs', shot));
      console.log(`Saved ${shots.length} screenshot(s) to docs/: ${shots.join(', ')}`);
    }
    if (!args.includes('--no-vsix')) {
      const vsix = join(repo, '.vscode-test', 'policy-author.vsix');
      step(process.execPath, ['scripts/package.mjs', '--out', vsix]);
      try {
        // The package holds the same bundles the full run just tested; a subset shows it installs, activates and checks.
        const installed = await runOffline({ repo, name: 'offline-vsix', testsPath, extension: { vsix }, grep: grep ?? VSIX_SUBSET, breakServer });
        failures += print('code-server, installed .vsix', installed.report);
      } finally {
        // Packaging minified dist/; put back the development build (with source maps).
        step(process.execPath, ['esbuild.mjs']);
      }
    }
  } else {
    throw new Error(`Unknown runner ${runner}; use offline or electron.`);
  }
  console.log(`Integration suite took ${Math.round((Date.now() - started) / 1000)} s.`);
  if (failures > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
