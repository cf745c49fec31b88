/**
 * The integration suite's entry point, loaded by VS Code's extension host as `extensionTestsPath`
 * (by both runners: scripts/vscode/offline.mjs and scripts/vscode/electron.mjs). It runs the mocha
 * suite and writes a JSON report to `$POLICY_AUTHOR_TEST_REPORT`, because the extension host's exit
 * code and console do not reach the runner in code-server.
 */
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** One test's outcome as the runners print it. */
export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly error?: string;
  /** Milliseconds, for tests that ran. */
  readonly duration?: number;
}

/** What `run()` writes to `$POLICY_AUTHOR_TEST_REPORT`. */
export interface TestReport {
  readonly vscodeVersion: string;
  readonly extensionPath: string | undefined;
  readonly tests: readonly TestOutcome[];
}

export async function run(): Promise<void> {
  const reportPath = process.env.POLICY_AUTHOR_TEST_REPORT;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.POLICY_AUTHOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const tests: TestOutcome[] = [];
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      const runner = mocha.run((count) => resolve(count));
      runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', duration: test.duration }));
      runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
      runner.on('fail', (test, error: unknown) => tests.push({ title: test.fullTitle(), state: 'failed', error: describe(error), duration: test.duration }));
    } catch (error) {
      reject(error);
    }
  });
  // Imported here, not at the top, so that a failure to load `vscode` still produces a report above.
  const vscode = await import('vscode');
  const report: TestReport = {
    vscodeVersion: vscode.version,
    extensionPath: vscode.extensions.getExtension('policy-author.policy-author')?.extensionPath,
    tests,
  };
  if (reportPath) {
    // Written aside and renamed, so the runner never reads half a report.
    writeFileSync(`${reportPath}.partial`, JSON.stringify(report, null, 2));
    renameSync(`${reportPath}.partial`, reportPath);
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
