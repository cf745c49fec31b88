// The @vscode/test-electron runner, for machines that can download VS Code or have one installed
// (VSCODE_EXECUTABLE_PATH). It runs the same suite as the offline runner.
import { existsSync, readFileSync } from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { prepareRun } from './workspace.mjs';

/** The VS Code release the offline runner also tests (code-server 4.100.3). */
export const VSCODE_VERSION = '1.100.3';

/**
 * Runs the compiled suite in VS Code (desktop) with the development folder `repo` as the extension.
 * @param {{ repo: string, testsPath: string, grep?: string }} options
 */
export async function runElectron(options) {
  const dirs = prepareRun(options.repo, 'electron');
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: VSCODE_VERSION }),
      extensionDevelopmentPath: options.repo,
      extensionTestsPath: options.testsPath,
      extensionTestsEnv: {
        POLICY_AUTHOR_TEST_REPORT: dirs.report,
        POLICY_AUTHOR_TEST_EXTENSION_ROOT: options.repo,
        POLICY_AUTHOR_TEST_GREP: options.grep ?? '',
      },
      launchArgs: [dirs.workspace, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    // runTests rejects when the suite fails; the report, if any, says which tests.
    if (!existsSync(dirs.report)) throw error;
  }
  if (!existsSync(dirs.report)) throw new Error('The suite wrote no report.');
  return { report: JSON.parse(readFileSync(dirs.report, 'utf8')), dirs };
}
