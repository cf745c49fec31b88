import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, open, resetSettings, setSetting, waitForCodes, workspaceFile } from './helpers';

/** The text of every hover VS Code would show at the first occurrence of `words` (cursor inside them). */
async function hoverTextAt(document: vscode.TextDocument, words: string): Promise<string[]> {
  const index = document.getText().indexOf(words);
  assert.ok(index >= 0, `"${words}" is in ${document.fileName}`);
  const position = document.positionAt(index + Math.floor(words.length / 2));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

describe('Hovers and links in VS Code', () => {
  before(activateExtension);
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  it('explains the legal basis under the cursor in an English notice, with what the notice must then also say', async () => {
    const uri = workspaceFile('notice.en.md');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const texts = await hoverTextAt(document, 'perform our contract');
    const ours = texts.find((text) => text.includes('Performance of a contract'));
    assert.ok(ours, `a hover on the contract basis: ${JSON.stringify(texts)}`);
    assert.match(ours, /Art\. 6\(1\)\(b\)/);
    assert.match(ours, /The notice must then also say/);
  });

  it('explains a legal basis in Dutch in a Dutch plain-text notice', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const texts = await hoverTextAt(document, 'wettelijke verplichting');
    const ours = texts.find((text) => text.includes('Wettelijke verplichting'));
    assert.ok(ours, `a hover on the legal obligation: ${JSON.stringify(texts)}`);
    assert.match(ours, /art\. 6 lid 1 onder c AVG/);
    assert.match(ours, /De privacyverklaring moet dan ook vermelden/);
  });

  it('links the article references of a Dutch notice to the Dutch text of the GDPR on EUR-Lex', async () => {
    const uri = workspaceFile('privacyverklaring.nl.txt');
    const document = await open(uri);
    await waitForCodes(uri, ['right-object']);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    const article6 = links.find((link) => document.getText(link.range) === 'artikel 6 lid 1 onder b AVG');
    assert.ok(article6, `a link on "artikel 6 lid 1 onder b AVG": ${JSON.stringify(links.map((l) => document.getText(l.range)))}`);
    assert.match(String(article6.target), /^https:\/\/eur-lex\.europa\.eu\/legal-content\/NL\/.*#art_6$/);
  });

  it('shows no hover in a Markdown file that is not a privacy notice, until policyAuthor.documents is all', async () => {
    const uri = workspaceFile('release-notes.md');
    const document = await open(uri);
    assert.deepEqual(await hoverTextAt(document, 'Release notes'), []);
    await setSetting('documents', 'all');
    await waitForCodes(uri, ['controller-identity']);
    // Checked as a notice, its heading gets the hover that says what the section covers and misses.
    const texts = await hoverTextAt(document, 'Release notes');
    assert.ok(texts.some((text) => text.includes('Section “Release notes”')), `a hover on the heading once the file is checked: ${JSON.stringify(texts)}`);
  });
});
