import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, codesOf, open, resetSettings, setSetting, waitForCodes, waitForDiagnostics, workspaceFile } from './helpers';

describe('Settings in VS Code', () => {
  before(activateExtension);
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  it('changes the severity of one check when policyAuthor.rules says so', async () => {
    const uri = workspaceFile('notice.en.md');
    await open(uri);
    const before = await waitForCodes(uri, ['right-object']);
    assert.equal(before.find((d) => codeOf(d) === 'right-object')?.severity, vscode.DiagnosticSeverity.Error);
    await setSetting('rules', { 'right-object': 'warning' });
    const after = await waitForDiagnostics(uri, 'right-object as a warning', (diagnostics) =>
      diagnostics.some((d) => codeOf(d) === 'right-object' && d.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(after.find((d) => codeOf(d) === 'right-complaint')?.severity, vscode.DiagnosticSeverity.Error, 'other checks keep their severity');
  });

  it('drops a check set to off and keeps the others', async () => {
    const uri = workspaceFile('notice.en.md');
    await open(uri);
    await waitForCodes(uri, ['right-object', 'right-complaint']);
    await setSetting('rules', { 'right-object': 'off' });
    const after = await waitForDiagnostics(uri, 'right-object to be off', (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'right-object'));
    assert.ok(after.some((d) => codeOf(d) === 'right-complaint'), 'right-complaint is still reported');
  });

  it('reads a notice in the language policyAuthor.language names, with messages in that language', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    await open(uri);
    const dutch = await waitForCodes(uri, ['right-complaint']);
    assert.match(dutch.find((d) => codeOf(d) === 'right-complaint')?.message ?? '', /klacht/);
    // Read as English, the Dutch text no longer looks like a notice; 'all' has it checked anyway.
    await setSetting('documents', 'all');
    await setSetting('language', 'en');
    const english = await waitForDiagnostics(uri, 'English messages', (diagnostics) =>
      diagnostics.length > 0 && diagnostics.every((d) => !/\bAVG\b|privacyverklaring/.test(d.message)));
    assert.match(english.find((d) => codeOf(d) === 'right-complaint')?.message ?? '', /complain to a data protection authority/);
  });

  it('checks no file when policyAuthor.documents is off, and checks any Markdown file when it is all', async () => {
    const notice = workspaceFile('notice.en.md');
    const other = workspaceFile('release-notes.md');
    await open(other);
    await open(notice);
    await waitForCodes(notice, ['right-object']);
    assert.deepEqual(codesOf(other), []);

    await setSetting('documents', 'off');
    await waitForDiagnostics(notice, 'no diagnostics with documents off', (diagnostics) => diagnostics.length === 0);

    await setSetting('documents', 'all');
    await waitForCodes(other, ['controller-identity', 'purposes']);
    await waitForCodes(notice, ['right-object']);
  });
});
