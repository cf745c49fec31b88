/** Clause completions: where they are offered, in which language and format, filled with the notice's facts. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service';
import { joinLines } from './helpers';

const EN = joinLines(
  '# Privacy notice',
  '',
  'Acme B.V. is the controller of your personal data. Contact us at privacy@acme.example.',
  'We use your name and e-mail address to deliver your orders, because this is necessary to perform our contract with you.',
  '',
  '## Your rights',
  '',
  '* You have the right to access your personal data.',
  '',
  '',
);

const NL = joinLines(
  '# Privacyverklaring',
  '',
  'Bakkerij Korrel B.V. is verantwoordelijk voor de verwerking van uw persoonsgegevens. Mail naar privacy@korrel.example.',
  'Wij gebruiken uw naam en e-mailadres om uw bestellingen te leveren; de grondslag is de uitvoering van de overeenkomst.',
  '',
  '## Uw rechten',
  '',
  '',
);

let version = 0;
function complete(text: string, line: number, character: number, languageId = 'markdown', settings = DEFAULT_SETTINGS, force = false): CompletionItem[] {
  const document = TextDocument.create(`file:///notice-${++version}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
  return createPolicyService().getCompletions(document, { line, character }, settings, { force });
}
/** Completes at the end of the text after appending `typed` on a new last line. */
function completeTyped(base: string, typed: string, languageId = 'markdown'): CompletionItem[] {
  const text = base + typed;
  const lines = text.split('\n');
  return complete(text, lines.length - 1, lines[lines.length - 1]!.length, languageId);
}
const byLabel = (items: CompletionItem[], label: string): CompletionItem => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no completion "${label}" among ${items.map((i) => i.label).join(', ')}`);
  return item;
};
const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;

describe('Completions', function () {
  it('offer every clause as a snippet, with a new section at the start of a line, filled with the notice’s facts', function () {
    const items = completeTyped(`${EN}## Who we are\n\nWe are a shop.\n\n`, '');
    assert.ok(items.length >= 30);
    assert.ok(items.every((i) => i.insertTextFormat === InsertTextFormat.Snippet));
    const controller = byLabel(items, 'Controller and contact details');
    assert.equal(
      edit(controller).newText,
      '## Who we are and how to contact us\n\nAcme B.V. is the controller responsible for the processing of your personal data described in this privacy notice.\n\nIf you have any questions about this privacy notice or about how we use your personal data, or if you wish to exercise your rights, please contact us at privacy@acme.example.',
    );
    assert.equal(byLabel(items, 'Right to object').filterText, 'gdpr-right-object Right to object');
  });

  it('leave a blank line before a new section that follows a paragraph line directly', function () {
    const items = completeTyped(EN.replace(/\n\n$/, '\n'), '');
    assert.match(edit(byLabel(items, 'Right to object')).newText, /^\n## Your right to object\n\n/);
  });

  it('replace the word typed at the start of a line, whatever it is', function () {
    const text = `${EN}gdpr-ret`;
    const line = text.split('\n').length - 1;
    const items = complete(text, line, 8);
    assert.deepEqual(edit(byLabel(items, 'Retention: fixed period')).range, { start: { line, character: 0 }, end: { line, character: 8 } });
  });

  it('offer the body only on the line right under a heading', function () {
    const items = completeTyped(EN.replace(/\n\n$/, '\n'), '## Retention\n\n');
    const retention = edit(byLabel(items, 'Retention: fixed period')).newText;
    assert.match(retention, /^We keep \$\{1:\[category of personal data\]\} for \$\{2:\[number\]\} \$\{3\|months,years\|\} after/);
  });

  it('put the title on the heading line when a heading marker is typed, and the body below it', function () {
    const items = completeTyped(EN, '## Ret');
    const item = byLabel(items, 'Retention: criteria');
    assert.match(edit(item).newText, /^How long we keep your personal data\n\nWhere we cannot state a fixed retention period/);
    const line = (EN + '## Ret').split('\n').length - 1;
    assert.deepEqual(edit(item).range.start, { line, character: 3 });
  });

  it('offer the one-item form after a list marker, for adding a right to the rights list', function () {
    const items = completeTyped(EN.replace(/\n\n$/, '\n'), '* ');
    assert.equal(edit(byLabel(items, 'Right to object')).newText.split('\n').length, 1);
    assert.match(edit(byLabel(items, 'Right to object')).newText, /^\*\*Right to object\*\* \(Article 21 GDPR\): where we process/);
  });

  it('offer nothing in the middle of a sentence', function () {
    assert.deepEqual(completeTyped(EN, 'We keep your data for '), []);
    assert.deepEqual(completeTyped(EN, 'Your rights: '), []);
  });

  it('offer Dutch clauses in a Dutch notice, naming the Autoriteit Persoonsgegevens', function () {
    const items = completeTyped(NL, '');
    assert.ok(items.every((i) => i.filterText!.startsWith('avg-')), 'only Dutch clauses');
    const complaint = edit(byLabel(items, 'Recht om een klacht in te dienen')).newText;
    assert.match(complaint, /Onze toezichthouder is de Autoriteit Persoonsgegevens; op https:\/\/www\.autoriteitpersoonsgegevens\.nl leest u hoe u een klacht indient\./);
    assert.match(edit(byLabel(items, 'Recht om toestemming in te trekken')).newText, /contact met ons op te nemen via privacy@korrel\.example\./);
  });

  it('write plain-text clauses without Markdown headings or emphasis in a plain-text notice', function () {
    const plain = EN.replace('# Privacy notice', 'Privacy notice').replace('## Your rights', 'Your rights');
    const items = completeTyped(plain, 'gdpr', 'plaintext');
    const rights = edit(byLabel(items, 'All rights of the data subject')).newText;
    assert.match(rights, /^Your rights\n\nYou have the following rights in respect of your personal data:\n\n\* Right of access \(Article 15 GDPR\)/);
    assert.doesNotMatch(rights, /\*\*|^#/m);
  });

  it('offer English, Dutch, German and French clauses in a document too short to tell its language', function () {
    const items = complete('', 0, 0);
    for (const prefix of ['gdpr-', 'avg-', 'dsgvo-', 'rgpd-']) assert.ok(items.some((i) => i.filterText!.startsWith(prefix)), prefix);
  });

  it('offer nothing in a document that is not a privacy notice, unless it is checked as one', function () {
    const recipe = joinLines('# Apple pie', '', 'Rub the butter into the flour and add the sugar and the apples, then bake it for an hour.', 'Serve it warm with cream, and keep what is left in a cool place for the next day.', '', '');
    const lines = recipe.split('\n').length - 1;
    assert.deepEqual(complete(recipe, lines, 0), []);
    assert.ok(complete(recipe, lines, 0, 'markdown', DEFAULT_SETTINGS, true).length > 0);
    assert.deepEqual(complete(EN, EN.split('\n').length - 1, 0, 'markdown', { ...DEFAULT_SETTINGS, documents: 'off' }), []);
  });
});

describe('completions of ids in suppression comments', () => {
  const ids = (items: CompletionItem[]): string[] => items.map((i) => String(i.label));

  it('offers every check and note after the directive, titled in the notice\'s language, and the chosen id replaces the word typed', () => {
    const items = completeTyped(NL, '<!-- policy-author-disable right-ob');
    assert.equal(items.length, 29);
    assert.deepEqual(ids(items).slice(-2), ['other-language', 'unfilled-placeholder']);
    const object = byLabel(items, 'right-object');
    assert.equal(object.detail, 'Recht van bezwaar');
    const line = NL.split('\n').length - 1;
    assert.deepEqual(object.textEdit, { range: { start: { line, character: 27 }, end: { line, character: 35 } }, newText: 'right-object' });
    assert.equal(byLabel(items, 'other-language').detail, 'Een deel in een andere taal');
  });

  it('leaves out the ids the comment already names, in plain text and after disable-next-line', () => {
    const plain = completeTyped(NL.replace(/^#+ /gm, ''), '[policy-author-disable-next-line vague-retention, cookies ', 'plaintext');
    assert.equal(plain.length, 27);
    assert.ok(!ids(plain).includes('vague-retention') && !ids(plain).includes('cookies'));
    const item = byLabel(plain, 'right-object');
    assert.equal((item.textEdit as TextEdit).range.start.character, (item.textEdit as TextEdit).range.end.character);
  });

  it('offers no ids after the comment has ended, before the directive is complete, or in an ordinary sentence', () => {
    assert.deepEqual(completeTyped(EN, '<!-- policy-author-disable right-object --> '), []);
    assert.deepEqual(completeTyped(EN, '<!-- policy-author-dis'), []);
    assert.deepEqual(completeTyped(EN, 'We never write policy-author-disable here '), []);
  });
});
