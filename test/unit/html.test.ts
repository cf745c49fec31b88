/**
 * HTML in a Markdown notice: the text of an HTML block (a cookie table, a section pasted from a
 * web page, a <details> around a part) is the notice's text, read as headings, paragraphs, list
 * items and table rows; comments and scripts are not. Edits never put Markdown inside the HTML.
 */
import * as assert from 'node:assert/strict';
import { buildModel, type DocumentModel } from '../../server/src/service/document';
import { actionsFor, apply, diagnose, doc, only } from './actionHelpers';

const titles = (m: DocumentModel): string[] => m.sections.map((s) => `${s.level} ${s.title}`);
const read = (m: DocumentModel): string[] => m.sentences.filter((s) => s.kind !== 'heading').map((s) => `${s.kind}: ${s.text.replace(/ {2,}/g, ' ')}`);

const HTML_RIGHTS = [
  '# Privacy notice',
  '',
  'Northwind Trading Ltd, 1 High Street, London, is the controller of your personal data. Contact us at privacy@northwind.example.',
  '',
  '<h2>Your rights</h2>',
  '<p>You may ask us for <strong>access</strong> to your personal data, and for its rectification or erasure.</p>',
  '<ul>',
  '<li>You can ask us to restrict the processing of your data.</li>',
  '<li>You can complain to the Information Commissioner&#8217;s Office.</li>',
  '</ul>',
  '',
].join('\n');

describe('HTML in a Markdown notice', () => {
  it('reads the headings of an HTML block as sections and its paragraphs and list items as sentences, without the tags', () => {
    const m = buildModel(HTML_RIGHTS, 'markdown');
    assert.deepEqual(titles(m), ['1 Privacy notice', '2 Your rights']);
    assert.deepEqual(read(m).slice(2), [
      'paragraph: You may ask us for access to your personal data, and for its rectification or erasure.',
      'list: You can ask us to restrict the processing of your data.',
      "list: You can complain to the Information Commissioner' s Office.",
    ]);
    // Offsets are the document's own: the sentence starts at "You", after "<p>".
    const s = m.sentences.find((x) => x.text.startsWith('You may ask'))!;
    assert.equal(HTML_RIGHTS.slice(s.start, s.start + 11), 'You may ask');
    assert.ok(HTML_RIGHTS.slice(s.start, s.end).endsWith('erasure.'));
  });

  it('does not read comments, scripts or styles, and reads a "<" that opens no tag as text', () => {
    const text = [
      '# Notice',
      '',
      '<div>',
      '<!-- We keep your data forever. -->',
      '<script>var retention = "10 years";</script>',
      '<style>p { color: red }</style>',
      '<p>Prices &lt; 10 &amp; more: a < b.',
      '<p>Caf&eacute; Noord keeps receipts for&nbsp;7 years &agrave; Lyon &#8211; &#x201C;7&#x201D;.',
      '</div>',
      '',
    ].join('\n');
    assert.deepEqual(read(buildModel(text, 'markdown')), ['paragraph: Prices < 10 & more: a < b.', 'paragraph: Café Noord keeps receipts for 7 years à Lyon - " 7" .']);
  });

  it('reads a table row as one sentence, its cells apart, and a line break tag as a space', () => {
    const text = [
      '# Cookies',
      '',
      '<table>',
      '<tr><th>Cookie</th><th>Purpose</th><th>Kept for</th></tr>',
      '<tr><td>_ga</td><td>Statistics</td><td>2 years</td></tr>',
      '</table>',
      '<p>Northwind Ltd<br>1 High Street<br/>London</p>',
      '',
    ].join('\n');
    assert.deepEqual(read(buildModel(text, 'markdown')), [
      'table: Cookie Purpose Kept for',
      'table: _ga Statistics 2 years',
      'paragraph: Northwind Ltd 1 High Street London',
    ]);
  });

  it('reads HTML that never closes its tags, comments or scripts to the end, once', () => {
    // Each of these read again from every '<' would take minutes; read once, a moment.
    for (const body of ['<a '.repeat(100_000), '<script>'.repeat(50_000), '<!'.repeat(100_000), '<p><b x="'.repeat(50_000), '<div>x'.repeat(50_000) + '</div>'.repeat(50_000)]) {
      const m = buildModel('# Notice\n\n<div>\n' + body + '\n', 'markdown');
      assert.equal(m.sections.length, 1);
    }
    const m = buildModel('# Notice\n\n<div>\n<p>We keep invoices for 7 years.\n<p>Prices <!in euro.\n<!-- a comment that never ends\n<p>Hidden.\n', 'markdown');
    assert.deepEqual(read(m), ['paragraph: We keep invoices for 7 years.', 'paragraph: Prices <!in euro.']);
  });

  it('keeps a block of comments only as HTML that no check reads', () => {
    const m = buildModel(['# Notice', '', '<!-- draft: ask legal about retention -->', '', 'Text.', ''].join('\n'), 'markdown');
    assert.deepEqual(m.blocks.map((b) => b.kind), ['heading', 'html', 'paragraph']);
  });

  it('reads the HTML of a Markdown file without headings among its plain-text lines', () => {
    const text = ['Privacy notice', '', '<p>We keep your order data for 7 years after the order, as tax law requires.</p>', '', 'Questions? Write to privacy@northwind.example.', ''].join('\n');
    assert.ok(read(buildModel(text, 'markdown')).includes('paragraph: We keep your order data for 7 years after the order, as tax law requires.'));
  });

  it('finds what a notice says in HTML as it finds it in Markdown', () => {
    const markdown = [
      '# Privacy notice',
      '',
      'Northwind Trading Ltd, 1 High Street, London, is the controller of your personal data. Contact us at privacy@northwind.example.',
      '',
      '## Your rights',
      '',
      'You may ask us for access to your personal data, and for its rectification or erasure.',
      '',
      '- You can ask us to restrict the processing of your data.',
      "- You can complain to the Information Commissioner's Office.",
      '',
    ].join('\n');
    const codes = (text: string): string[] => diagnose(doc(text)).map((d) => String(d.code)).sort();
    assert.deepEqual(codes(HTML_RIGHTS), codes(markdown));
    assert.ok(!codes(HTML_RIGHTS).includes('right-access'));
    assert.ok(!codes(HTML_RIGHTS).includes('right-complaint'));
    assert.ok(!codes(HTML_RIGHTS).includes('controller-identity'));
  });

  it('reads a word with a character reference inside it whole ("L&ouml;schung", "r&eacute;clamation", a soft hyphen)', () => {
    const text = [
      '# Datenschutz',
      '',
      '<p>Sie haben das Recht auf L&ouml;schung Ihrer Daten und auf Einschr&auml;n&shy;kung der Verarbeitung.</p>',
      '<p>Vous pouvez introduire une r&eacute;clamation aupr&egrave;s de la CNIL&nbsp;: <b>&Eacute;crivez-nous</b>.</p>',
      '',
    ].join('\n');
    assert.deepEqual(read(buildModel(text, 'markdown')), [
      'paragraph: Sie haben das Recht auf Löschung Ihrer Daten und auf Einschränkung der Verarbeitung.',
      'paragraph: Vous pouvez introduire une réclamation auprès de la CNIL : Écrivez-nous .',
    ]);
    const m = buildModel(text, 'markdown');
    assert.equal(m.reading.length, text.length);
    // Offsets after the word are the document's own.
    const s = m.sentences.find((x) => x.text.startsWith('Vous'))!;
    assert.equal(text.slice(s.start, s.start + 4), 'Vous');
    assert.equal(text.slice(s.end - 1, s.end), '.');
    const german = '# Datenschutz\n\n<p>Sie haben das Recht auf L&ouml;schung Ihrer Daten und auf Einschr&auml;nkung der Verarbeitung.</p>\n';
    const found = diagnose(doc(german)).map((d) => String(d.code));
    assert.ok(!found.includes('right-erasure') && !found.includes('right-restriction'), found.join());
    assert.ok(found.includes('right-object'), 'a right the text does not name is still missing');
  });

  it('puts an inserted clause after the HTML block, not inside it', () => {
    const d = doc(HTML_RIGHTS);
    const action = actionsFor(d, only(diagnose(d), 'right-object')).find((a) => a.title.startsWith('Insert a clause'))!;
    const after = apply(d, action).getText();
    const inserted = after.indexOf('**Right to object**');
    assert.ok(inserted > after.indexOf('</ul>'), after);
    assert.ok(after.startsWith(HTML_RIGHTS.trimEnd()), 'the HTML is left as it was');
    assert.ok(!diagnose(doc(after)).some((x) => x.code === 'right-object'));
  });

  it('puts new sections after the HTML block, with headings written as the notice writes them', () => {
    const d = doc(HTML_RIGHTS);
    const all = actionsFor(d, only(diagnose(d), 'right-object')).find((a) => a.title === 'Add all missing GDPR sections')!;
    const after = apply(d, all).getText();
    const html = HTML_RIGHTS.trimEnd();
    assert.ok(after.startsWith(html.slice(0, html.lastIndexOf('<li>'))), 'nothing is inserted before the last list item');
    assert.ok(after.indexOf('</ul>') < after.indexOf('Right to object'), 'the clauses come after the list');
    assert.match(after, /<h2>How long we keep your personal data<\/h2>/);
  });

  it('puts a suppression comment on a line of its own before the HTML line, where it works', () => {
    const d = doc(HTML_RIGHTS);
    const ignore = actionsFor(d, only(diagnose(d), 'right-object')).find((a) => a.title.startsWith('Ignore'))!;
    const after = apply(d, ignore).getText();
    assert.match(after, /\n<!-- policy-author-disable right-object -->\n<h2>Your rights<\/h2>\n/);
    assert.ok(!diagnose(doc(after)).some((x) => x.code === 'right-object'));
  });
});
