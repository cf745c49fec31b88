import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, open, waitFor, waitForCodes, workspaceFile } from './helpers';

/** The outline as VS Code's Outline view gets it: every provider's symbols (Policy Author's and, for Markdown, VS Code's own). */
function symbolsOf(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
}

/** Policy Author's symbols are the ones that say what a section covers of the checklist. */
function withDetail(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [...(symbol.detail ? [symbol] : []), ...withDetail(symbol.children)]);
}

describe('The outline in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('lists the sections of a Dutch plain-text notice under its title, with what each covers in Dutch', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    await open(uri);
    await waitForCodes(uri, ['right-object']);
    const symbols = await waitFor('the outline of the Dutch notice', async () => {
      const found = await symbolsOf(uri);
      return found && found.length > 0 ? found : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), ['Privacyverklaring Fietsenmakerij De Spaak']);
    assert.deepEqual(symbols[0]!.children.map((s) => s.name), [
      'Wie wij zijn',
      'Welke gegevens wij gebruiken en waarom',
      'Met wie wij uw gegevens delen',
      'Hoe lang wij uw gegevens bewaren',
      'Uw rechten',
    ]);
    const rights = symbols[0]!.children.find((s) => s.name === 'Uw rechten');
    assert.ok(rights);
    assert.match(rights.detail, /rechten/);
    assert.match(rights.detail, /art\. 15.*AVG/);
    assert.equal(rights.selectionRange.start.line, 24, 'the symbol points at the heading line');
  });

  it('adds Policy Author\'s sections, with the items they cover, next to VS Code\'s own Markdown outline', async () => {
    const uri = workspaceFile('notice.en.md');
    await open(uri);
    await waitForCodes(uri, ['right-object']);
    const rights = await waitFor('a "Your rights" section that names the rights it covers', async () =>
      withDetail((await symbolsOf(uri)) ?? []).find((s) => s.name === 'Your rights' && /rights/.test(s.detail)));
    assert.match(rights.detail, /Art\. 15/);
    assert.equal(rights.range.start.line, 29);
  });

  it('folds each section of a plain-text notice from its heading to its last line', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const ranges = await waitFor('folding ranges', async () => {
      const found = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri);
      return found && found.length > 0 ? found : undefined;
    });
    const rights = ranges.find((range) => document.lineAt(range.start).text === 'Uw rechten');
    assert.ok(rights, `a range starts at "Uw rechten": ${JSON.stringify(ranges)}`);
    assert.equal(document.lineAt(rights.end).text.trim(), 'Stuur daarvoor een e-mail naar privacy@despaak.example.');
  });
});
