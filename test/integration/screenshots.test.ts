/**
 * Screenshots for the README, taken by the offline runner (`npm run test:vscode -- --screenshots`).
 * The suite sets the scene through the public API, then asks the runner for a picture by writing
 * NAME.request into $POLICY_AUTHOR_SCREENSHOT_DIR and waits for NAME.png. Registered only when
 * the runner asks for screenshots, so an ordinary run neither lists nor skips them.
 */
import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, open, repoFile, waitFor, waitForCodes } from './helpers';

const DIR = process.env.POLICY_AUTHOR_SCREENSHOT_DIR;

async function screenshot(name: string): Promise<void> {
  assert.ok(DIR);
  const png = path.join(DIR, `${name}.png`);
  writeFileSync(path.join(DIR, `${name}.request`), '');
  await waitFor(`the runner to take ${name}.png`, () => (existsSync(png) ? true : undefined));
}

/** Puts the cursor on the first occurrence of `text` and scrolls it into the middle of the editor. */
function placeCursor(editor: vscode.TextEditor, text: string, offsetInText = 0): vscode.Position {
  const index = editor.document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is in ${editor.document.fileName}`);
  const position = editor.document.positionAt(index + offsetInText);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  return position;
}

if (DIR) {
  describe('Screenshots', () => {
    before(activateExtension);
    afterEach(closeAllEditors);

    it('shows a Dutch notice with its problems panel', async () => {
      const uri = repoFile('examples', 'privacyverklaring.nl.md');
      await open(uri);
      await waitForCodes(uri, ['right-portability']);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('problems-nl');
    });

    it('shows the hover on a legal basis', async () => {
      const uri = repoFile('examples', 'privacy-policy.en.md');
      await open(uri);
      await waitForCodes(uri, ['right-object']);
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      const position = placeCursor(editor, 'Our legitimate interests are', 8);
      await waitFor('the hover on "legitimate interests"', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
        return hovers.length > 0 ? true : undefined;
      });
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('hover-legal-basis');
    });

    it('shows the quick-fix menu on a missing right', async () => {
      const uri = repoFile('examples', 'privacy-policy.en.md');
      await open(uri);
      const diagnostics = await waitForCodes(uri, ['right-object']);
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      const object = diagnostics.find((d) => codeOf(d) === 'right-object');
      assert.ok(object);
      // The cursor on the squiggle, as a person would put it before pressing Ctrl+.
      const position = object.range.start;
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(object.range, vscode.TextEditorRevealType.InCenter);
      await waitFor('the quick fixes for the missing right to object', async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, object.range, vscode.CodeActionKind.QuickFix.value);
        return actions.some((a) => a.title === 'Insert a clause: Right to object') ? true : undefined;
      });
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot('quick-fix');
      await vscode.commands.executeCommand('hideCodeActionWidget');
    });

    it('shows the outline of a Dutch notice', async () => {
      const uri = repoFile('examples', 'privacyverklaring.nl.md');
      await open(uri);
      await waitForCodes(uri, ['right-portability']);
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('outline.focus');
      await waitFor('the outline', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
        return symbols && symbols.some((s) => s.detail) ? true : undefined;
      });
      await screenshot('outline-nl');
    });
  });
}
