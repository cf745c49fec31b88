import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { analyzeDocument } from '../../server/src/service/analysis';
import { draftClause, type ClauseBlock } from '../../server/src/service/clauses';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { placeholdersOf } from '../../server/src/service/placeholders';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { actionsFor, apply, diagnose, doc } from './actionHelpers';

const uri = 'file:///notice.md';
const body = (blocks: readonly ClauseBlock[]): string => blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');

function placeholderDiagnostics(text: string, language: 'en' | 'nl') {
  const analysis = analyzeDocument(text, { language, format: 'markdown' });
  return toDiagnostics(analysis, DEFAULT_SETTINGS, uri)
    .filter((d) => d.code === 'unfilled-placeholder')
    .map((d) => ({ text: text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), message: String(d.message), line: d.range.start.line }));
}

describe('unfilled placeholders', () => {
  for (const language of ['en', 'nl'] as const) {
    it(`knows the placeholders of the ${language} clause table, brackets included`, () => {
      const set = placeholdersOf(language);
      assert.ok(set.size > 10, `${set.size} placeholders`);
      for (const p of set) assert.match(p, /^\[[^[\]]+\]$/);
    });

    it(`warns on each placeholder a drafted ${language} retention clause leaves, and stops once it is filled in`, () => {
      const clause = draftClause(language, 'retention', {})!;
      const text = `# Privacy\n\n## ${clause.title}\n\n${body(clause.blocks)}\n`;
      const found = placeholderDiagnostics(text, language);
      assert.ok(found.length >= 1, 'the retention clause has at least one placeholder');
      for (const f of found) {
        assert.match(f.text, /^\[.+\]$/);
        assert.ok(f.message.includes(f.text), f.message);
      }
      let filled = text;
      for (const f of found) filled = filled.replace(f.text, language === 'en' ? 'two years' : 'twee jaar');
      assert.deepEqual(placeholderDiagnostics(filled, language), []);
    });
  }

  it('never reports ordinary square brackets, footnotes or Markdown links', () => {
    const text = '# Privacy notice\n\nWe keep invoices for seven years [1]. See [our cookie policy](https://example.com/cookies) and [retention period](https://example.com).\n';
    assert.deepEqual(placeholderDiagnostics(text, 'en'), []);
  });

  it('speaks the notice\'s language', () => {
    const clause = draftClause('nl', 'retention', {})!;
    const text = `# Privacyverklaring\n\n## ${clause.title}\n\n${body(clause.blocks)}\n`;
    const [first] = placeholderDiagnostics(text, 'nl');
    assert.ok(first);
    assert.match(first.message, /moet nog worden ingevuld/);
  });
});

/**
 * A drafted clause's placeholders are blanks, not statements: "[the consequence, e.g. we cannot
 * enter into or perform the contract with you]" says nothing about a legal basis. They count only
 * for the item whose clause wrote them, so that inserting the clause still makes its own check pass.
 */
describe('placeholder text as evidence', () => {
  const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
  const missing = (ds: readonly Diagnostic[]): string[] =>
    ds.filter((d) => d.severity !== DiagnosticSeverity.Hint && d.code !== 'unfilled-placeholder').map((d) => String(d.code));

  /** Applies the preferred quick fix for `id` and returns the codes reported before and after. */
  function fix(text: string, format: 'markdown' | 'plaintext', id: string): { before: string[]; after: string[]; text: string } {
    const document = doc(text, format);
    const before = diagnose(document);
    const d = before.find((x) => x.code === id);
    assert.ok(d, `${id} is reported before the fix`);
    const action = actionsFor(document, d).find((a) => a.isPreferred);
    assert.ok(action, `a preferred fix for ${id}`);
    const fixed = apply(document, action);
    return { before: missing(before), after: missing(diagnose(fixed)), text: fixed.getText() };
  }

  it('inserting the Dutch clause on whether data must be provided removes its finding but does not supply the missing legal basis', () => {
    const r = fix(readFileSync(path.join(CORPUS, 'nl-kooti.txt'), 'utf8'), 'plaintext', 'statutory-requirement');
    assert.ok(r.before.includes('legal-basis'));
    assert.ok(!r.after.includes('statutory-requirement'), r.text);
    assert.ok(r.after.includes('legal-basis'), 'the placeholder "[het gevolg, bijvoorbeeld kunnen wij geen overeenkomst met u sluiten of uitvoeren]" is no legal basis');
  });

  it('inserting the English retention clause removes its finding, and the example period in its placeholder names no legal basis', () => {
    const text = [
      '# Privacy notice',
      '',
      'Harbour Tiles Ltd, 4 Quay Street, Cork, is the controller. E-mail: privacy@harbourtiles.example.',
      '',
      '## What we use your data for',
      '',
      'We use your name and address to deliver the tiles you order.',
      '',
    ].join('\n');
    const r = fix(text, 'markdown', 'retention');
    assert.ok(r.before.includes('legal-basis'));
    assert.ok(!r.after.includes('retention'), r.text);
    assert.ok(r.after.includes('legal-basis'), r.text);
  });

  it('a placeholder counts for the item whose clause wrote it: a drafted retention clause with its period still blank satisfies the retention check', () => {
    const clause = draftClause('en', 'retention', {})!;
    const text = `# Privacy notice\n\nHarbour Tiles Ltd, privacy@harbourtiles.example.\n\n## ${clause.title}\n\n${body(clause.blocks)}\n`;
    const analysis = analyzeDocument(text, { language: 'en', format: 'markdown' });
    assert.equal(analysis.findings.find((f) => f.id === 'retention')?.status, 'present');
  });
});
