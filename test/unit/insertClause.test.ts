/**
 * "Insert a clause" quick fixes and "Add all missing GDPR sections": the exact text after
 * applying the edit (where the clause goes, in which list marker, heading style and line ending),
 * and that re-analysing the result no longer reports the item and reports no new error. The
 * clause wording itself comes from the clause tables (clauses.test.ts checks it); these tests
 * take it from draftClause so that they pin down placement and layout.
 */
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/service/analysis';
import type { RuleId } from '../../server/src/service/catalogue';
import { draftClause, type Clause } from '../../server/src/service/clauses';
import { buildModel } from '../../server/src/service/document';
import { noticeFacts } from '../../server/src/service/facts';
import { ADD_MISSING_KIND, createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';
import { actionsFor, apply, diagnose, doc, only } from './actionHelpers';
import { joinLines } from './helpers';

/** The clause the quick fix drafts for `id` in this text (facts of the notice filled in). */
function clauseFor(text: string, format: 'markdown' | 'plaintext', id: RuleId): Clause {
  const analysis = analyzeDocument(text, { language: 'auto', format });
  const clause = draftClause(analysis.language, id, noticeFacts(analysis));
  assert.ok(clause, `a clause for ${id}`);
  return clause;
}

const plain = (s: string): string => s.replace(/\*\*/g, '');

/** Applies the preferred fix for `id` and checks the diagnostic is gone and no error was added. */
function insert(document: TextDocument, id: RuleId): TextDocument {
  const before = diagnose(document);
  const d = only(before, id);
  const fix = actionsFor(document, d).find((a) => a.isPreferred);
  assert.ok(fix, `a preferred fix for ${id}`);
  const after = apply(document, fix);
  const now = diagnose(after);
  assert.ok(!now.some((x) => x.code === id && x.severity !== DiagnosticSeverity.Hint), `${id} is still reported after inserting:\n${after.getText()}`);
  assertNoNewError(before, now, after.getText());
  return after;
}

function assertNoNewError(before: readonly Diagnostic[], after: readonly Diagnostic[], text: string): void {
  const had = new Set(before.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${String(d.code)}`));
  const added = after.filter((d) => d.severity === DiagnosticSeverity.Error && !had.has(String(d.code)));
  assert.deepEqual(added.map((d) => d.code), [], `new errors after the edit:\n${text}`);
}

function addAll(document: TextDocument): CodeAction | undefined {
  const service = createPolicyService();
  const actions = service.getCodeActions(document, DEFAULT_SETTINGS, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: [ADD_MISSING_KIND] }, { force: true });
  return actions.find((a) => a.kind === ADD_MISSING_KIND);
}

const ENGLISH = joinLines(
  '# Privacy notice',
  '',
  'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name, e-mail address and delivery address to deliver your orders, because this is necessary for the performance of our contract with you.',
  'We keep order data for seven years because tax law requires it.',
  '',
  '## Who receives your data',
  '',
  'Our delivery partner receives your address. We do not transfer personal data outside the European Economic Area.',
  '',
  '## Your rights',
  '',
  'You have the following rights:',
  '',
  '* the right of access to your data;',
  '* the right to rectification;',
  '* the right to erasure;',
  '* the right to restriction of processing;',
  '* the right to data portability.',
  '',
  'You may lodge a complaint with the Information Commissioner\'s Office.',
  '',
  '## Contact',
  '',
  'Questions? E-mail privacy@northwind.example.',
  '',
);

const DUTCH_PLAIN = joinLines(
  'Privacyverklaring Boekhandel Noordwind',
  '',
  '1. Wie wij zijn',
  '',
  'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.',
  '',
  '2. Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij gebruiken uw naam, e-mailadres en adres om uw bestelling te leveren, omdat dat nodig is voor de uitvoering van de overeenkomst met u. Wij delen uw adres met onze bezorger. Uw gegevens blijven binnen de Europese Economische Ruimte.',
  '',
  '3. Uw rechten',
  '',
  'U heeft de volgende rechten:',
  '',
  '  • recht op inzage;',
  '  • recht op rectificatie;',
  '  • recht op gegevenswissing;',
  '  • recht op beperking van de verwerking;',
  '  • recht op overdraagbaarheid van uw gegevens.',
  '',
  'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
  '',
  '4. Contact',
  '',
  'Vragen kunt u mailen naar privacy@noordwind.example.',
  '',
);

describe('Inserting a clause', () => {
  it('adds a missing right as a new item of the rights list, with the list\'s own marker', () => {
    const document = doc(ENGLISH);
    const item = clauseFor(ENGLISH, 'markdown', 'right-object').item;
    const after = insert(document, 'right-object');
    assert.equal(after.getText(), ENGLISH.replace('* the right to data portability.\n', `* the right to data portability.\n* ${item}\n`));
  });

  it('titles the fix in the notice\'s language and marks it preferred', () => {
    const document = doc(DUTCH_PLAIN, 'plaintext');
    const d = only(diagnose(document), 'right-object');
    const fix = actionsFor(document, d).find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Bepaling invoegen: Recht van bezwaar');
  });

  it('adds a missing right to a Dutch plain-text list in its bullet and indentation, without emphasis', () => {
    const document = doc(DUTCH_PLAIN, 'plaintext');
    const item = plain(clauseFor(DUTCH_PLAIN, 'plaintext', 'right-object').item);
    const after = insert(document, 'right-object');
    assert.equal(after.getText(), DUTCH_PLAIN.replace('  • recht op overdraagbaarheid van uw gegevens.\n', `  • recht op overdraagbaarheid van uw gegevens.\n  • ${item}\n`));
    assert.ok(!after.getText().includes('**'));
  });

  it('counts on in a numbered list', () => {
    const text = ENGLISH.replace(/^\* the right/gm, (_m, offset: number) => `${ENGLISH.slice(0, offset).split('* the right').length}. the right`);
    assert.ok(text.includes('5. the right to data portability.'));
    const item = clauseFor(text, 'markdown', 'right-object').item;
    const after = insert(doc(text), 'right-object');
    assert.equal(after.getText(), text.replace('5. the right to data portability.\n', `5. the right to data portability.\n6. ${item}\n`));
  });

  it('adds a paragraph at the end of a section that has no list', () => {
    const text = ENGLISH.replace(/You have the following rights:\n\n(\* .*\n)+/, 'You have the right of access, to rectification, to erasure, to restriction of processing and to data portability.\n');
    const item = clauseFor(text, 'markdown', 'right-object').item;
    const after = insert(doc(text), 'right-object');
    assert.equal(
      after.getText(),
      text.replace("You may lodge a complaint with the Information Commissioner's Office.\n", `You may lodge a complaint with the Information Commissioner's Office.\n\n${item}\n`),
    );
  });

  it('adds a paragraph clause to a section that ends in a list after the list, never as one more item of it', () => {
    const text = ENGLISH.replace(
      'We use your name, e-mail address and delivery address to deliver your orders, because this is necessary for the performance of our contract with you.\n',
      'We use the following personal data to deliver your orders, because this is necessary for the performance of our contract with you:\n\n* your name;\n* your e-mail address;\n* your delivery address.\n',
    )
      .replace('We keep order data for seven years because tax law requires it.\n', '\nWe keep order data for seven years because tax law requires it.\n')
      .replace('## What we use your data for', '## What personal data we collect');
    const document = doc(text);
    const d = only(diagnose(document), 'statutory-requirement');
    const fix = actionsFor(document, d).find((a) => a.isPreferred)!;
    const item = clauseFor(text, 'markdown', 'statutory-requirement').item;
    const after = apply(document, fix).getText();
    assert.equal(after, text.replace('because tax law requires it.\n', `because tax law requires it.\n\n${item}\n`));
    // And when the list is the section's last block, the paragraph follows it after a blank line.
    const listLast = text.replace('\nWe keep order data for seven years because tax law requires it.\n', '');
    const document2 = doc(listLast);
    const fix2 = actionsFor(document2, only(diagnose(document2), 'statutory-requirement')).find((a) => a.isPreferred)!;
    assert.equal(apply(document2, fix2).getText(), listLast.replace('* your delivery address.\n', `* your delivery address.\n\n${item}\n`));
  });

  it('adds the right to complain to a rights section as a paragraph, not as an item of the list of rights', () => {
    const text = ENGLISH.replace("You may lodge a complaint with the Information Commissioner's Office.\n\n", '');
    const item = clauseFor(text, 'markdown', 'right-complaint').item;
    const after = insert(doc(text), 'right-complaint');
    assert.equal(after.getText(), text.replace('* the right to data portability.\n', `* the right to data portability.\n\n${item}\n`));
  });

  it('keeps a "disable-next-line" comment above the heading it belongs to, inserting before the comment', () => {
    const comment = '<!-- policy-author-disable-next-line outdated-reference -->\n';
    const text = ENGLISH.replace("You may lodge a complaint with the Information Commissioner's Office.\n\n", '').replace('## Contact', `${comment}## Contact`);
    const item = clauseFor(text, 'markdown', 'right-complaint').item;
    assert.equal(insert(doc(text), 'right-complaint').getText(), text.replace(`\n${comment}`, `\n${item}\n\n${comment}`));
    const noRetention = text.replace('We keep order data for seven years because tax law requires it.\n', '');
    const after = insert(doc(noRetention), 'retention').getText();
    const title = clauseFor(noRetention, 'markdown', 'retention').title;
    assert.ok(after.indexOf(`## ${title}`) < after.indexOf(comment), after);
    assert.ok(after.includes(`${comment}## Contact`), after);
  });

  it('writes a new section before the closing contact section, in the notice\'s heading style', () => {
    const text = ENGLISH.replace('We keep order data for seven years because tax law requires it.\n', '');
    const clause = clauseFor(text, 'markdown', 'retention');
    const after = insert(doc(text), 'retention');
    // Inserted after the block before "## Contact", so the text reads: ..., new section, contact.
    const at = text.indexOf('\n\n## Contact');
    const result = after.getText();
    assert.equal(result.slice(0, at), text.slice(0, at));
    assert.ok(result.endsWith(text.slice(at)));
    const inserted = result.slice(at, result.length - (text.length - at));
    assert.ok(inserted.startsWith(`\n\n## ${clause.title}\n\n`), inserted);
    assert.ok(/\n\* \[/.test(inserted), `the clause's list uses the notice's "* " marker: ${inserted}`);
    assert.ok(!/[ \t]$/m.test(result), 'no trailing spaces');
    assert.ok(!/\n\n\n/.test(result), 'one blank line between blocks');
  });

  it('numbers a new plain-text section after the last numbered one, where its number clashes with none, and keeps the notice\'s line ends (CRLF)', () => {
    const text = DUTCH_PLAIN.replace(/\n/g, '\r\n');
    const clause = clauseFor(text, 'plaintext', 'retention');
    const after = insert(doc(text, 'plaintext'), 'retention');
    const result = after.getText();
    // Before "4. Contact" it would need the number 4 (or renumber the user's headings): it goes after it, as 5.
    const end = text.length - 2;
    assert.equal(result.slice(0, end), text.slice(0, end), 'the notice is unchanged up to its end');
    assert.ok(result.slice(end).startsWith(`\r\n\r\n5. ${plain(clause.title)}\r\n\r\n`), result);
    assert.ok(result.endsWith('.\r\n'));
    assert.equal(result.split('\r\n').filter((l) => /^4\. /.test(l)).length, 1, 'one section numbered 4');
    assert.ok(!/[^\r]\n/.test(result), 'every line ends in CRLF');
    assert.ok(!result.includes('**'));
  });

  it('copies setext headings', () => {
    const text = ENGLISH.replace(/^## (.*)$/gm, (_m, title: string) => `${title}\n${'-'.repeat(title.length)}`).replace('We keep order data for seven years because tax law requires it.\n', '');
    const clause = clauseFor(text, 'markdown', 'retention');
    const after = insert(doc(text, 'markdown'), 'retention');
    assert.ok(after.getText().includes(`\n\n${clause.title}\n${'-'.repeat(clause.title.length)}\n\n`), after.getText());
  });
});

describe('Numbering a new section like its siblings', () => {
  const BODIES = [
    'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
    'We use your name and address to deliver your orders, because this is necessary for the performance of our contract with you. Our delivery partner receives your address. We do not transfer personal data outside the European Economic Area.',
    "You have the right of access, to rectification, to erasure, to restriction of processing, to object and to data portability. You may lodge a complaint with the Information Commissioner's Office.",
    'If you have any questions about this notice, please e-mail us at privacy@northwind.example and we will answer them.',
  ];
  const TITLES = ['Who we are', 'What we use your data for', 'Your rights', 'Contact'];
  /** A notice whose four sections are numbered by `number` (1 to 4, or 1, 2, 3, 5 with `gap`). */
  const numbered = (number: (n: number) => string, format: 'markdown' | 'plaintext', gap: boolean): string =>
    (format === 'markdown' ? '# Privacy notice\n\n' : 'Privacy notice\n\n') +
    TITLES.map((t, i) => `${format === 'markdown' ? '## ' : ''}${number(gap && i === 3 ? 5 : i + 1)}${t}\n\n${BODIES[i]}\n`).join('\n');
  const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'];
  const STYLES: readonly { name: string; number: (n: number) => string; formats: readonly ('markdown' | 'plaintext')[] }[] = [
    { name: '"1."', number: (n) => `${n}. `, formats: ['markdown', 'plaintext'] },
    { name: '"1)"', number: (n) => `${n}) `, formats: ['markdown', 'plaintext'] },
    { name: '"Article 1 –"', number: (n) => `Article ${n} – `, formats: ['markdown', 'plaintext'] },
    { name: '"ARTICLE 1:"', number: (n) => `ARTICLE ${n}: `, formats: ['markdown', 'plaintext'] },
    { name: '"§ 1"', number: (n) => `§ ${n} `, formats: ['markdown', 'plaintext'] },
    { name: '"Art. 1 –"', number: (n) => `Art. ${n} – `, formats: ['markdown', 'plaintext'] },
    { name: 'roman numerals', number: (n) => `${ROMAN[n]}. `, formats: ['markdown', 'plaintext'] },
    { name: 'letters', number: (n) => `${'ABCDE'[n - 1]}. `, formats: ['markdown', 'plaintext'] },
  ];

  for (const style of STYLES) {
    for (const format of style.formats) {
      it(`numbers a section added after the closing "Contact" section on from it, in ${style.name} (${format})`, () => {
        const text = numbered(style.number, format, false);
        const title = plain(clauseFor(text, format, 'retention').title);
        const result = insert(doc(text, format), 'retention').getText();
        const heading = `${format === 'markdown' ? '## ' : ''}${style.number(5)}${title}`;
        assert.equal(result.slice(0, text.length - 1), text.slice(0, -1), 'the notice is unchanged before the new section');
        assert.ok(result.slice(text.length - 1).startsWith(`\n\n${heading}\n\n`), result);
      });

      it(`gives a section inserted before "Contact" the free number in a gap, in ${style.name} (${format})`, () => {
        const text = numbered(style.number, format, true);
        const title = plain(clauseFor(text, format, 'retention').title);
        const result = insert(doc(text, format), 'retention').getText();
        const contact = `${format === 'markdown' ? '## ' : ''}${style.number(5)}Contact`;
        const at = text.indexOf(contact);
        assert.equal(result.slice(0, at), text.slice(0, at));
        assert.ok(result.endsWith(text.slice(at)));
        assert.ok(result.slice(at).startsWith(`${format === 'markdown' ? '## ' : ''}${style.number(4)}${title}\n\n`), result);
      });
    }
  }

  it('reads "Article 4 – Contact" over a contact line as a heading, so a new section goes after it as "Article 5", right below its line, in plain text', () => {
    const text = numbered((n) => `Article ${n} – `, 'plaintext', false).replace(/Article 4 – Contact\n\n.*\n/, 'Article 4 – Contact\nQuestions? E-mail privacy@northwind.example.\n');
    const title = plain(clauseFor(text, 'plaintext', 'retention').title);
    const result = insert(doc(text, 'plaintext'), 'retention').getText();
    assert.equal(result.slice(0, text.length - 1), text.slice(0, -1), 'the notice is unchanged before the new section');
    assert.ok(result.slice(text.length - 1).startsWith(`\n\nArticle 5 – ${title}\n\n`), result);
    const sections = buildModel(result, 'plaintext').sections;
    const contact = sections.find((s) => s.title === 'Article 4 - Contact');
    const added = sections.find((s) => s.title === `Article 5 - ${title}`);
    assert.ok(contact && added && contact.level === added.level, `the outline reads both headings as siblings: ${sections.map((s) => `${s.level} ${s.title}`).join('; ')}`);
  });

  it('numbers several new sections from "Add all missing GDPR sections" one after another, none twice', () => {
    const text = numbered((n) => `${n}. `, 'markdown', false).replace(/## 3\. Your rights\n\n.*\n/, '## 3. Your choices\n\nYou can unsubscribe at any time.\n');
    const document = doc(text);
    const result = apply(document, addAll(document)!).getText();
    const numbers = result.split('\n').filter((l) => /^## \d+\. /.test(l)).map((l) => Number(/\d+/.exec(l)![0]));
    assert.deepEqual(numbers, numbers.map((_n, i) => i + 1), result);
    assert.ok(numbers.length > 5, result);
  });
});

describe('Rewriting a sentence', () => {
  it('replaces only the vague retention sentence and keeps the rest of its paragraph', () => {
    const text = ENGLISH.replace('We keep order data for seven years because tax law requires it.', 'We keep your data as long as necessary. Invoices go to our accountant.');
    const document = doc(text);
    const d = only(diagnose(document), 'vague-retention');
    const fix = actionsFor(document, d).find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Rewrite this sentence in a compliant wording');
    const edit = fix!.edit!.changes![document.uri]![0]!;
    const after = apply(document, fix!);
    assert.equal(after.getText(), text.replace('We keep your data as long as necessary.', edit.newText));
    assert.ok(after.getText().includes(`${edit.newText} Invoices go to our accountant.`));
    assert.ok(!diagnose(after).some((x) => x.code === 'vague-retention'));
  });
});

describe('Adding all missing sections', () => {
  const BARE = joinLines(
    '# Privacy notice',
    '',
    'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
    '',
    '## What we use your data for',
    '',
    'We use your name and e-mail address to send you our newsletter, on the basis of your consent.',
    '',
    '## Contact',
    '',
    'Questions? E-mail privacy@northwind.example.',
    '',
  );

  it('inserts every missing item in one edit, grouping the rights into one section, and leaves no missing-item error', () => {
    const document = doc(BARE);
    const action = addAll(document);
    assert.ok(action);
    assert.equal(action.title, 'Add all missing GDPR sections');
    const after = apply(document, action);
    const left = diagnose(after).filter((d) => d.severity === DiagnosticSeverity.Error);
    assert.deepEqual(left.map((d) => d.code), [], after.getText());
    const text = after.getText();
    assert.equal(text.split('\n').filter((l) => l.startsWith('## ') && /rights/i.test(l)).length, 1, 'one rights section');
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.equal(headings[headings.length - 1], '## Contact', 'the contact section stays last');
    assert.ok(!/\n\n\n/.test(text) && !/[ \t]$/m.test(text));
  });

  it('offers nothing once everything is there (it is idempotent)', () => {
    const document = doc(BARE);
    const once = apply(document, addAll(document)!);
    assert.equal(addAll(once), undefined);
  });

  it('works in a Dutch plain-text notice', () => {
    const text = DUTCH_PLAIN.replace(/U heeft de volgende rechten:\n\n( {2}• .*\n)+\n/, '');
    const document = doc(text, 'plaintext');
    const after = apply(document, addAll(document)!);
    const left = diagnose(after).filter((d) => d.severity === DiagnosticSeverity.Error);
    assert.deepEqual(left.map((d) => d.code), [], after.getText());
    assert.equal(addAll(after), undefined);
  });

  it('leaves out an item whose check is suppressed in the notice', () => {
    const document = doc(BARE + '\n<!-- policy-author-disable retention -->\n');
    const after = apply(document, addAll(document)!);
    const clause = clauseFor(BARE, 'markdown', 'retention');
    assert.ok(!after.getText().includes(clause.title));
  });
});
