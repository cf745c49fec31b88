import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, copyOf, codesOf, open, REPO, repoFile, waitForCodes, waitForDiagnostics, workspaceFile } from './helpers';

/** An LSP diagnostic as the command-line checker reports it (`--format json`). */
interface CliDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
}

/** What the command-line checker, a second host of the same service, finds in the file. */
function cliDiagnostics(file: string): CliDiagnostic[] {
  // The extension host is Node (code-server) or Electron (VS Code); ELECTRON_RUN_AS_NODE makes both plain Node.
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', file], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(result.status === 0 || result.status === 1, `the checker ran on ${file}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { files: { diagnostics: CliDiagnostic[] }[] };
  return report.files[0]?.diagnostics ?? [];
}

/** A diagnostic as a comparable line: position, severity (LSP numbering), code and message. */
function line(range: CliDiagnostic['range'], severity: number, code: string, message: string): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${code} ${message}`;
}

function shown(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  // vscode.DiagnosticSeverity counts from 0 (Error), LSP from 1.
  return line({ start, end }, diagnostic.severity + 1, codeOf(diagnostic), diagnostic.message);
}

describe('Diagnostics in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('marks the missing rights and the missing complaint in an English Markdown notice', async () => {
    const uri = workspaceFile('notice.en.md');
    await open(uri);
    const diagnostics = await waitForCodes(uri, ['right-object', 'right-restriction', 'right-portability', 'right-complaint']);
    const codes = diagnostics.map(codeOf);
    for (const present of ['controller-identity', 'purposes', 'legal-basis', 'recipients', 'retention', 'right-access', 'right-erasure']) {
      assert.ok(!codes.includes(present), `${present} is in the notice and not reported`);
    }
    const object = diagnostics.find((d) => codeOf(d) === 'right-object');
    assert.ok(object);
    assert.equal(object.severity, vscode.DiagnosticSeverity.Error);
    assert.match(object.message, /right to object/);
    assert.equal(object.range.start.line, 29, 'reported on the "Your rights" heading');
  });

  it('marks a missing retention period and a vague one in a Dutch plain-text notice, in Dutch', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    const document = await open(uri);
    assert.equal(document.languageId, 'plaintext');
    const diagnostics = await waitForCodes(uri, ['retention', 'vague-retention', 'right-object', 'right-complaint']);
    const vague = diagnostics.find((d) => codeOf(d) === 'vague-retention');
    assert.ok(vague);
    assert.match(document.getText(vague.range), /^zolang als nodig/, 'the vague phrase itself is marked');
    assert.match(diagnostics.find((d) => codeOf(d) === 'right-complaint')?.message ?? '', /Autoriteit Persoonsgegevens/);
    assert.ok(!diagnostics.map(codeOf).includes('right-access'), 'the right of access is in the notice');
  });

  const corpus = ['en-koopr.txt', 'nl-kooti.txt', 'nl-koper.txt', 'nl-soosr.txt', 'nl-voipro.txt'].map((name) => ['test', 'fixtures', 'corpus', name]);
  const examples = ['privacy-policy.en.md', 'privacyverklaring.nl.md'].map((name) => ['examples', name]);
  for (const segments of [...corpus, ...examples]) {
    const name = segments.join('/');
    it(`shows exactly what the command-line checker finds in ${name}`, async () => {
      const uri = repoFile(...segments);
      const expected = cliDiagnostics(uri.fsPath).map((d) => line(d.range, d.severity, d.code, d.message)).sort();
      assert.ok(expected.length > 0, `the checker finds something in ${name}`);
      await open(uri);
      const diagnostics = await waitForDiagnostics(uri, `${expected.length} diagnostics`, (found) => found.length === expected.length);
      assert.deepEqual(diagnostics.map(shown).sort(), expected);
    });
  }

  it('stays silent on a Markdown file that is not a privacy notice', async () => {
    const uri = workspaceFile('release-notes.md');
    const document = await open(uri);
    assert.equal(document.languageId, 'markdown');
    // Silence has no event; a notice opened after it getting its diagnostics shows the server has answered both.
    const notice = workspaceFile('notice.en.md');
    await open(notice);
    await waitForCodes(notice, ['right-object']);
    assert.deepEqual(codesOf(uri), []);
  });

  it('updates the diagnostics as the notice is edited', async () => {
    const uri = await copyOf('notice.en.md', 'edited-notice.en.md');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, end, '\n\nYou have the right to object to our use of your personal data, including for direct marketing.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, 'right-object to go away', (diagnostics) => diagnostics.length > 0 && !diagnostics.some((d) => codeOf(d) === 'right-object'));
  });
});
