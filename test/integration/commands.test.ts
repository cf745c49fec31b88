import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codesOf, copyOf, open, waitForCodes, workspaceFile } from './helpers';

describe('Commands in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('checks a file that does not look like a notice when the user runs "Check this file as a privacy notice"', async () => {
    // Copies of a file that is not a notice, one per test: a forced check lasts for the session.
    const uri = await copyOf('release-notes.md', 'forced-from-palette.md');
    await open(uri);
    const notice = workspaceFile('notice.en.md');
    await open(notice);
    await waitForCodes(notice, ['right-object']);
    assert.deepEqual(codesOf(uri), [], 'not checked before the command');
    await open(uri);
    await vscode.commands.executeCommand('policyAuthor.checkAsNotice');
    const diagnostics = await waitForCodes(uri, ['controller-identity', 'purposes', 'legal-basis', 'retention']);
    assert.ok(diagnostics.every((d) => d.source === 'policy-author'));
  });

  it('checks the file named by the command argument, as from the explorer context menu', async () => {
    const uri = await copyOf('release-notes.md', 'forced-from-explorer.md');
    await open(uri);
    await open(workspaceFile('notice.en.md'));
    await vscode.commands.executeCommand('policyAuthor.checkAsNotice', uri);
    await waitForCodes(uri, ['controller-identity', 'purposes']);
  });
});
