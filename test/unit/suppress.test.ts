/**
 * Suppression comments: `policy-author-disable` silences checks for the whole notice,
 * `policy-author-disable-next-line` only for the block after it; both in Markdown (HTML comment)
 * and plain text (a bracketed line), as the service (and so the CLI) reports them.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';
import { findSuppressions } from '../../server/src/service/suppress';
import { joinLines } from './helpers';

let counter = 0;
function diagnose(text: string, languageId: 'markdown' | 'plaintext' = 'markdown'): Diagnostic[] {
  counter++;
  const document = TextDocument.create(`file:///notices/s${counter}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
  return createPolicyService().getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
}
const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code));

const ENGLISH = joinLines(
  '# Privacy notice',
  '',
  'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA, is the controller of your personal data. You can e-mail us at privacy@northwind.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name and e-mail address to send you our newsletter on the basis of your consent.',
  '',
  'We keep your data as long as necessary.',
  '',
  'We keep invoices as long as necessary to comply with the law.',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification and the right to erasure.',
);

const DUTCH = joinLines(
  'Privacyverklaring',
  '',
  'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.',
  '',
  'Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij gebruiken uw naam en e-mailadres op basis van uw toestemming om u onze nieuwsbrief te sturen.',
  '',
  'Wij bewaren uw gegevens zolang als nodig.',
  '',
  'Uw rechten',
  '',
  'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.',
);

describe('Suppression comments', () => {
  it('the fixtures report the findings the comments below silence', () => {
    const en = codes(diagnose(ENGLISH));
    assert.ok(en.includes('right-object') && en.includes('right-complaint'), en.join());
    assert.equal(en.filter((c) => c === 'vague-retention').length, 2);
    const nl = codes(diagnose(DUTCH, 'plaintext'));
    assert.ok(nl.includes('right-object') && nl.includes('vague-retention'), nl.join());
  });

  it('a Markdown disable comment anywhere silences a missing item for the whole document', () => {
    const text = ENGLISH + '\n\n<!-- policy-author-disable right-object -->\n';
    const ds = codes(diagnose(text));
    assert.ok(!ds.includes('right-object'));
    assert.ok(ds.includes('right-complaint'), 'other checks still report');
  });

  it('several ids may be separated by commas or spaces, and unknown ids are ignored without harm', () => {
    const text = '<!-- policy-author-disable right-object,  right-complaint no-such-check -->\n' + ENGLISH;
    const ds = codes(diagnose(text));
    assert.ok(!ds.includes('right-object') && !ds.includes('right-complaint'), ds.join());
    assert.ok(ds.includes('right-restriction'));
  });

  it('a disable-next-line comment silences a problem in the following paragraph only', () => {
    const text = ENGLISH.replace('We keep your data as long as necessary.', '<!-- policy-author-disable-next-line vague-retention -->\nWe keep your data as long as necessary.');
    const ds = diagnose(text);
    const vague = ds.filter((d) => d.code === 'vague-retention');
    assert.equal(vague.length, 1, 'the other vague sentence is still reported');
    assert.equal(vague[0]!.range.start.line, text.split('\n').indexOf('We keep invoices as long as necessary to comply with the law.'));
  });

  it('a disable-next-line comment naming another check silences nothing', () => {
    const text = ENGLISH.replace('We keep your data as long as necessary.', '<!-- policy-author-disable-next-line cookies -->\nWe keep your data as long as necessary.');
    assert.equal(diagnose(text).filter((d) => d.code === 'vague-retention').length, 2);
  });

  it('a disable comment without ids silences nothing', () => {
    assert.deepEqual(codes(diagnose('<!-- policy-author-disable -->\n' + ENGLISH)), codes(diagnose(ENGLISH)));
  });

  it('the comment is not read as content: naming a right in it does not state that right', () => {
    const text = ENGLISH + '\n\n<!-- policy-author-disable-next-line right-object -->\n';
    assert.ok(codes(diagnose(text)).includes('right-object'));
  });

  it('a bracketed line silences checks in a Dutch plain-text notice, for the document and for the next line', () => {
    const text = DUTCH.replace('Wij bewaren uw gegevens zolang als nodig.', '[policy-author-disable-next-line vague-retention]\nWij bewaren uw gegevens zolang als nodig.') + '\n\n[policy-author-disable right-object]\n';
    const ds = codes(diagnose(text, 'plaintext'));
    assert.ok(!ds.includes('vague-retention') && !ds.includes('right-object'), ds.join());
    assert.ok(ds.includes('right-restriction'));
  });

  it('a bracketed line in Markdown is visible text, not a comment', () => {
    const text = ENGLISH + '\n\n[policy-author-disable right-object]\n';
    assert.deepEqual(findSuppressions(text, 'markdown'), []);
    assert.equal(findSuppressions(text, 'plaintext').length, 1);
  });

  it('comments work in a document with CRLF line ends', () => {
    const text = ENGLISH.replace('We keep your data as long as necessary.', '<!-- policy-author-disable-next-line vague-retention -->\nWe keep your data as long as necessary.').replace(/\n/g, '\r\n');
    assert.equal(diagnose(text).filter((d) => d.code === 'vague-retention').length, 1);
  });

  it('findSuppressions reports scope, ids and the line of each comment', () => {
    const text = joinLines('# Title', '', '<!-- policy-author-disable-next-line vague-retention, cookies -->', 'Text.', '<!--policy-author-disable right-object-->');
    assert.deepEqual(
      findSuppressions(text, 'markdown').map((s) => ({ scope: s.scope, ids: s.ids, line: s.line })),
      [
        { scope: 'next-line', ids: ['vague-retention', 'cookies'], line: 2 },
        { scope: 'document', ids: ['right-object'], line: 4 },
      ],
    );
  });
});
