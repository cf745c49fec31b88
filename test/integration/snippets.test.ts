import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, open, workspaceFile } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Types the start of `prefix` on a new line at the end of the active editor's document, takes the
 * snippet VS Code offers for it and inserts it in place of what was typed, as accepting the
 * suggestion does (VS Code resolves the snippet's variables for this editor's file); returns the
 * inserted text.
 */
async function typeAndInsert(editor: vscode.TextEditor, prefix: string): Promise<string> {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  assert.ok(await editor.edit((edit) => edit.insert(end, `\n\n${prefix.slice(0, -2)}`)));
  const typed = document.lineAt(document.lineCount - 1).range;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, typed.end);
  const snippet = list.items.find((item) => labelOf(item) === prefix);
  assert.ok(snippet, `the ${prefix} snippet among: ${list.items.map(labelOf).join(', ')}`);
  assert.equal(snippet.kind, vscode.CompletionItemKind.Snippet);
  assert.ok(snippet.insertText && typeof snippet.insertText !== 'string', 'a snippet is inserted as one');
  const before = document.getText();
  assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippet.insertText.value), typed));
  await vscode.commands.executeCommand('leaveSnippet');
  const inserted = document.getText().slice(document.offsetAt(typed.start));
  assert.equal(document.getText().slice(0, document.offsetAt(typed.start)), before.slice(0, document.offsetAt(typed.start)), 'the text before it is unchanged');
  return inserted;
}

/** A right-to-object snippet of each language (its Markdown form has a heading and the right in bold). */
const RIGHT_TO_OBJECT = [
  { prefix: 'gdpr-right-object', words: /right to object/i },
  { prefix: 'avg-recht-bezwaar', words: /bezwaar/ },
  { prefix: 'dsgvo-widerspruch', words: /Widerspruch/ },
  { prefix: 'rgpd-droit-opposition', words: /opposition/ },
] as const;

describe('Snippets in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('insert the clauses of all four languages into a Markdown file (.md) with a Markdown heading and the right in bold', async () => {
    const document = await open(workspaceFile('release-notes.md'));
    assert.equal(document.languageId, 'markdown');
    const editor = vscode.window.activeTextEditor!;
    for (const { prefix, words } of RIGHT_TO_OBJECT) {
      const inserted = await typeAndInsert(editor, prefix);
      assert.match(inserted, words);
      assert.match(inserted.split('\n')[0]!, /^## \p{Lu}/u, `${prefix} starts with a Markdown heading: ${inserted.split('\n')[0]}`);
      assert.match(inserted, /\*\*\p{L}[^*\n]*\*\*/u, `${prefix} names the right in bold`);
      assert.doesNotMatch(inserted, /release-notes|TM_FILENAME|\$\{/, 'the file name and the snippet syntax stay out of the text');
    }
  });

  it('insert the same clauses into a plain-text file (.txt) as plain text: a title line and no markup', async () => {
    const document = await open(workspaceFile('release-notes.txt'));
    assert.equal(document.languageId, 'plaintext');
    const editor = vscode.window.activeTextEditor!;
    for (const { prefix, words } of RIGHT_TO_OBJECT) {
      const inserted = await typeAndInsert(editor, prefix);
      assert.match(inserted, words);
      assert.match(inserted.split('\n')[0]!, /^\p{Lu}/u, `${prefix} starts with a title line: ${inserted.split('\n')[0]}`);
      assert.doesNotMatch(inserted, /^#|\*\*/m, `${prefix} has no Markdown in plain text`);
      assert.doesNotMatch(inserted, /release-notes|TM_FILENAME|\$\{/, 'the file name and the snippet syntax stay out of the text');
    }
  });

  for (const [prefix, language] of [['gdpr-legal-basis-table', 'English'], ['avg-grondslagen-tabel', 'Dutch']] as const) {
    it(`insert the ${language} table of legal bases (${prefix}) as a table in Markdown and as a list in plain text`, async () => {
      await open(workspaceFile('release-notes.md'));
      const table = await typeAndInsert(vscode.window.activeTextEditor!, prefix);
      assert.match(table, /^## /);
      assert.match(table, /^\|.*\|$/m, 'a Markdown table');
      await open(workspaceFile('release-notes.txt'));
      const list = await typeAndInsert(vscode.window.activeTextEditor!, prefix);
      assert.doesNotMatch(list, /^#|^\||\*\*/m, 'no Markdown in plain text');
      assert.match(list, /^- \S/m, 'a list');
    });
  }
});
