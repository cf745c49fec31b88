import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, copyOf, open, ourDiagnostics, resetSettings, waitFor, waitForCodes, waitForDiagnostics } from './helpers';

/**
 * The code actions VS Code's light bulb would list for the diagnostic with `code`: asked for at
 * the diagnostic's own range, as the editor does when the cursor is on the squiggle. (The
 * command's results do not say which diagnostic each action fixes, so tests pick them by title.)
 */
async function actionsFor(uri: vscode.Uri, code: string, kind = vscode.CodeActionKind.QuickFix): Promise<vscode.CodeAction[]> {
  const diagnostics = await waitForCodes(uri, [code]);
  const diagnostic = diagnostics.find((d) => codeOf(d) === code)!;
  return waitFor(`code actions for ${code}`, async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, kind.value);
    // A plain Command has a string `command`; a CodeAction has a Command object or none.
    const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
    return codeActions.length > 0 ? codeActions : undefined;
  });
}

function titled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

/** Applies the action's edit as the light bulb does and returns the text it added to the document. */
async function apply(document: vscode.TextDocument, action: vscode.CodeAction): Promise<string> {
  assert.ok(action.edit, `"${action.title}" carries an edit`);
  const before = document.getText();
  assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code applied "${action.title}"`);
  const after = document.getText();
  assert.notEqual(after, before, `"${action.title}" changed the notice`);
  // The edits insert (or replace) in one place; what is new is what lies between the common start and end.
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return after.slice(start, after.length - end);
}

/** Errors are what the notice lacks; a fix may leave a placeholder to fill in (a warning) but no new error. */
function errorCodes(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf).sort();
}

const without = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.length > 0 && !diagnostics.some((d) => codeOf(d) === code);

/** One notice per language and format, each missing the right to object. */
const CASES = [
  { language: 'English', format: 'Markdown', file: 'notice.en.md', fix: 'Insert a clause: Right to object', words: /right to object/i },
  { language: 'English', format: 'plain text', file: 'notice.en.txt', fix: 'Insert a clause: Right to object', words: /right to object/i },
  { language: 'Dutch', format: 'Markdown', file: 'privacyverklaring.nl.md', fix: 'Bepaling invoegen: Recht van bezwaar', words: /bezwaar/i },
  { language: 'Dutch', format: 'plain text', file: 'privacyverklaring.nl.txt', fix: 'Bepaling invoegen: Recht van bezwaar', words: /bezwaar/i },
] as const;

describe('Quick fixes in VS Code', () => {
  before(activateExtension);
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  for (const { language, format, file, fix, words } of CASES) {
    it(`inserts the clause for the missing right to object into ${language === 'English' ? 'an' : 'a'} ${language} ${format} notice, and its diagnostic goes away without a new error`, async () => {
      const [name, extension] = [file.slice(0, file.lastIndexOf('.')), file.slice(file.lastIndexOf('.'))];
      const uri = await copyOf(file, `${name}.fix-object${extension}`);
      const document = await open(uri);
      const before = await waitForCodes(uri, ['right-object']);
      const insert = titled(await actionsFor(uri, 'right-object'), fix);
      assert.equal(insert.isPreferred, true, 'the clause is the preferred fix (the one Ctrl+. applies first)');
      assert.equal(insert.kind?.value, vscode.CodeActionKind.QuickFix.value);
      const inserted = await apply(document, insert);
      assert.match(inserted, words);
      if (format === 'plain text') assert.doesNotMatch(inserted, /^#|\*\*/m, 'no Markdown in a plain-text notice');
      const after = await waitForDiagnostics(uri, 'right-object to be fixed', without('right-object'));
      assert.deepEqual(errorCodes(after), errorCodes(before).filter((code) => code !== 'right-object'), 'the other errors stay and none is added');
    });
  }

  it('names the Dutch supervisory authority in the complaint clause it inserts into a Dutch notice', async () => {
    const uri = await copyOf('privacyverklaring.nl.md', 'klacht.nl.md');
    const document = await open(uri);
    const inserted = await apply(document, titled(await actionsFor(uri, 'right-complaint'), 'Bepaling invoegen: Recht om een klacht in te dienen'));
    assert.match(inserted, /Autoriteit Persoonsgegevens/);
    await waitForDiagnostics(uri, 'right-complaint to be fixed', without('right-complaint'));
  });

  it('rewrites a vague retention sentence of a Dutch notice, and both retention diagnostics go away', async () => {
    const uri = await copyOf('privacyverklaring.nl.txt', 'herschrijven.nl.txt');
    const document = await open(uri);
    await waitForCodes(uri, ['vague-retention', 'retention']);
    const rewrite = titled(await actionsFor(uri, 'vague-retention'), 'Deze zin herschrijven in een formulering die aan de AVG voldoet');
    const inserted = await apply(document, rewrite);
    assert.doesNotMatch(document.getText(), /zolang als nodig/, 'the vague sentence is replaced');
    assert.match(inserted, /\[bewaartermijn/, 'the author is left a placeholder for the period');
    await waitForDiagnostics(uri, 'the retention findings to go', (diagnostics) => diagnostics.length > 0 && !diagnostics.some((d) => ['vague-retention', 'retention'].includes(codeOf(d))));
  });

  it('adds every missing item of an English plain-text notice with "Add all missing GDPR sections", leaving no error', async () => {
    const uri = await copyOf('notice.en.txt', 'add-all.en.txt');
    const document = await open(uri);
    const before = await waitForCodes(uri, ['right-object', 'right-complaint']);
    assert.ok(errorCodes(before).length >= 4);
    const [addAll] = await waitFor('the add-all source action', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.policyAuthor.addMissing');
      const found = (actions ?? []).filter((a) => a.title === 'Add all missing GDPR sections');
      return found.length > 0 ? found : undefined;
    });
    await apply(document, addAll!);
    await waitForDiagnostics(uri, 'no error left', (diagnostics) => diagnostics.length > 0 && errorCodes(diagnostics).length === 0);
  });

  it('ignores a finding in this notice with a suppression comment', async () => {
    const uri = await copyOf('notice.en.md', 'fix-ignore.en.md');
    const document = await open(uri);
    const ignore = titled(await actionsFor(uri, 'right-complaint'), 'Ignore "Right to complain to a supervisory authority" in this notice');
    await apply(document, ignore);
    await waitForDiagnostics(uri, 'right-complaint to be ignored', without('right-complaint'));
    assert.match(document.getText(), /<!-- policy-author-disable right-complaint -->/);
  });

  it('turns a check off in the workspace settings through the extension\'s command', async () => {
    const uri = await copyOf('notice.en.md', 'fix-turn-off.en.md');
    await open(uri);
    const turnOff = titled(await actionsFor(uri, 'right-portability'), 'Turn off the check "right-portability" in this workspace');
    assert.equal(turnOff.edit, undefined, 'it changes no text');
    assert.ok(turnOff.command);
    await vscode.commands.executeCommand(turnOff.command.command, ...(turnOff.command.arguments ?? []));
    await waitForDiagnostics(uri, 'right-portability to be off', without('right-portability'));
    assert.ok(ourDiagnostics(uri).some((d) => codeOf(d) === 'right-object'), 'the other checks stay on');
    assert.equal(vscode.workspace.getConfiguration('policyAuthor').inspect<Record<string, string>>('rules')?.workspaceValue?.['right-portability'], 'off');
  });
});
