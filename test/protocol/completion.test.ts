/** Clause completions through the real server over stdio, in English and Dutch. */
import * as assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { joinLines, LspTestClient } from './lspClient';

const EN = joinLines(
  '# Privacy notice',
  '',
  'Acme Ltd is the controller of your personal data. Contact us at privacy@acme.example.',
  'We use your name and e-mail address to deliver your orders, because this is necessary to perform our contract with you.',
  'You may complain to the ICO.',
  '',
  '## Your rights',
  '',
  '- You have the right to access your personal data.',
  '- ',
);

const NL = joinLines(
  '# Privacyverklaring',
  '',
  'Kooti BV, Drukpersstraat 1, Brussel, is verantwoordelijk voor de verwerking van uw persoonsgegevens. Mail naar privacy@kooti.example.',
  'Wij gebruiken uw naam en e-mailadres om uw bestellingen te leveren; de grondslag is de uitvoering van de overeenkomst.',
  '',
  '## Kla',
);

const items = (result: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(result) ? result : (result?.items ?? []));
const find = (list: CompletionItem[], label: string): CompletionItem => {
  const item = list.find((i) => i.label === label);
  assert.ok(item, `no completion "${label}" among ${list.map((i) => i.label).join(', ')}`);
  return item;
};

describe('clause completions over stdio', function () {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('advertises completion with a space as trigger character', function () {
    assert.deepEqual(client.initializeResult?.capabilities.completionProvider?.triggerCharacters, [' ']);
  });

  it('completes an English rights list item with the right to object, as a snippet', async function () {
    const uri = 'file:///workspace/completion-en.md';
    await client.open(uri, EN);
    const lastLine = EN.split('\n').length - 1;
    const list = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 2 } }));
    const object = find(list, 'Right to object');
    assert.equal(object.insertTextFormat, InsertTextFormat.Snippet);
    const edit = object.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: lastLine, character: 2 }, end: { line: lastLine, character: 2 } });
    assert.match(edit.newText, /^\*\*Right to object\*\* \(Article 21 GDPR\): where we process your personal data on the basis of our legitimate interests/);
    const complaint = (find(list, 'Right to lodge a complaint').textEdit as TextEdit).newText;
    assert.match(complaint, /Information Commissioner's Office \(ICO\)/, 'a notice that mentions the ICO gets the British authority');
  });

  it('completes a Dutch heading with the section on complaints to the Belgian authority', async function () {
    const uri = 'file:///workspace/completion-nl.md';
    await client.open(uri, NL);
    const lastLine = NL.split('\n').length - 1;
    const list = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 6 } }));
    assert.ok(list.every((i) => i.filterText?.startsWith('avg-')), 'Dutch clauses only');
    const complaint = find(list, 'Recht om een klacht in te dienen').textEdit as TextEdit;
    assert.deepEqual(complaint.range, { start: { line: lastLine, character: 3 }, end: { line: lastLine, character: 6 } });
    assert.match(complaint.newText, /^Klachten bij de toezichthouder\n\nU hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit .*Onze toezichthouder is de Gegevensbeschermingsautoriteit; op https:\/\/www\.gegevensbeschermingsautoriteit\.be leest u/);
  });

  it('completes the ids of a suppression comment after the space that triggers completion', async function () {
    const uri = 'file:///workspace/completion-ids.md';
    const text = `${EN}\n\n<!-- policy-author-disable cookies `;
    await client.open(uri, text);
    const lastLine = text.split('\n').length - 1;
    const list = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 35 } }));
    assert.equal(find(list, 'right-object').detail, 'Right to object');
    assert.equal(find(list, 'other-language').detail, 'A part in another language');
    assert.ok(!list.some((i) => i.label === 'cookies'), 'an id the comment names is not offered again');
  });

  it('offers nothing in the middle of a sentence', async function () {
    const uri = 'file:///workspace/completion-mid.md';
    await client.open(uri, EN);
    const list = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 9 } }));
    assert.deepEqual(list, []);
  });
});
