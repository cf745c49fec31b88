import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

describe('The extension in VS Code', () => {
  it('activates and contributes its command and settings', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('policyAuthor.checkAsNotice'), 'the check-as-notice command is registered');
    const configuration = vscode.workspace.getConfiguration('policyAuthor');
    assert.equal(configuration.get('language'), 'auto');
    assert.equal(configuration.get('documents'), 'auto');
    assert.deepEqual(configuration.get('rules'), {});
  });

  it('is the build the runner meant to test (the development folder or the installed .vsix)', async () => {
    const expected = process.env.POLICY_AUTHOR_TEST_EXTENSION_ROOT;
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    if (!expected) return; // a runner that does not say where the extension comes from (a developer's own launch)
    const relative = path.relative(path.resolve(expected), extension.extensionPath);
    assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${extension.extensionPath} is under ${expected}`);
  });
});
