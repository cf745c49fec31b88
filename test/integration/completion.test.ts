import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, copyOf, open, waitForCodes } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insertedText(item: vscode.CompletionItem): string {
  const text = item.insertText ?? labelOf(item);
  return typeof text === 'string' ? text : text.value;
}

/** Appends `line` to the document (unsaved) and returns the completions VS Code offers at its end. */
async function completionsAfterAppending(document: vscode.TextDocument, line: string): Promise<vscode.CompletionItem[]> {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, end, `\n\n${line}`);
  assert.ok(await vscode.workspace.applyEdit(edit));
  const position = document.lineAt(document.lineCount - 1).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items;
}

describe('Clause completions and snippets in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('offers the clause for a missing right at the start of a line of an English Markdown notice, filled with the notice\'s own details', async () => {
    const uri = await copyOf('notice.en.md', 'completing.en.md');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const items = await completionsAfterAppending(document, '');
    const object = items.find((item) => labelOf(item) === 'Right to object');
    assert.ok(object, `a "Right to object" clause among: ${items.map(labelOf).join(', ')}`);
    assert.equal(object.kind, vscode.CompletionItemKind.Snippet);
    assert.match(insertedText(object), /object/);
    const controller = items.find((item) => labelOf(item) === 'Controller and contact details');
    assert.ok(controller);
    assert.match(insertedText(controller), /Harbour Books Ltd/, 'the controller clause names the notice\'s own controller');
  });

  it('offers Dutch clauses without Markdown in a Dutch plain-text notice', async () => {
    const uri = await copyOf('privacyverklaring.nl.txt', 'aanvullen.nl.txt');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const items = await completionsAfterAppending(document, '');
    const object = items.find((item) => labelOf(item) === 'Recht van bezwaar');
    assert.ok(object, `a "Recht van bezwaar" clause among: ${items.map(labelOf).join(', ')}`);
    assert.match(insertedText(object), /bezwaar/);
    assert.doesNotMatch(insertedText(object), /^#/m, 'no Markdown heading in plain text');
  });

  it('offers no clause in the middle of a sentence', async () => {
    const uri = await copyOf('notice.en.md', 'mid-sentence.en.md');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const items = await completionsAfterAppending(document, 'We also keep a record of ');
    assert.deepEqual(items.filter((item) => labelOf(item) === 'Right to object' || labelOf(item) === 'Controller and contact details').map(labelOf), []);
  });
});
