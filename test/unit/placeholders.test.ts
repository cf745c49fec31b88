import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/service/analysis';
import { draftClause, type ClauseBlock } from '../../server/src/service/clauses';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { placeholdersOf } from '../../server/src/service/placeholders';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';

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
