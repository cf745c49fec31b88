/**
 * The acceptance sweep of issue 4 through the spawned server: on every corpus notice, every
 * missing-item diagnostic has a quick fix, and applying it (sent back as didChange) makes the
 * server publish diagnostics without that item and without a new error. Then "Add all missing
 * GDPR sections" leaves no missing-item error.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { CATALOGUE, type RuleId } from '../../server/src/service/catalogue';
import { LspTestClient } from './lspClient';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const NOTICES = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

const isMissingItem = (d: Diagnostic): boolean => typeof d.code === 'string' && d.code in CATALOGUE && CATALOGUE[d.code as RuleId].kind !== 'quality' && d.severity !== DiagnosticSeverity.Hint;
const errorCodes = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => String(d.code));

function applied(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `${action.title} has edits`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits);
}

describe('quick fixes on the corpus notices, through the language server', function () {
  this.timeout(120_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  for (const file of NOTICES) {
    it(`${file}: each missing item's quick fix removes its diagnostic without a new error`, async () => {
      const original = readFileSync(path.join(CORPUS, file), 'utf8');
      const base = `file:///corpus/${file}`;
      await client.open(base, original, 'plaintext');
      const { diagnostics } = await client.diagnostics(base, (p) => p.version === 1);
      const missing = diagnostics.filter(isMissingItem);
      assert.ok(missing.length > 0, 'every corpus notice misses something');
      let n = 0;
      for (const d of missing) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: base }, range: d.range, context: { diagnostics: [d] } });
        const fix = actions.find((a) => a.isPreferred && a.edit);
        assert.ok(fix, `${String(d.code)} has a preferred quick fix: ${JSON.stringify(actions.map((a) => a.title))}`);
        // Each fix is tried on its own copy of the notice, as a user would apply just that one.
        const uri = `file:///corpus/${++n}-${file}`;
        await client.open(uri, applied(base, original, fix), 'plaintext');
        const after = await client.diagnostics(uri, (p) => p.version === 1);
        const codes = after.diagnostics.map((x) => String(x.code));
        assert.ok(!codes.includes(String(d.code)), `${String(d.code)} is gone after its fix`);
        const newErrors = errorCodes(after.diagnostics).filter((c) => !errorCodes(diagnostics).includes(c));
        assert.deepEqual(newErrors, [], `fixing ${String(d.code)} adds no error`);
        await client.close(uri);
      }
      await client.close(base);
    });
  }

  for (const file of NOTICES) {
    it(`${file}: "Add all missing GDPR sections" leaves no missing-item error`, async () => {
      const original = readFileSync(path.join(CORPUS, file), 'utf8');
      const uri = `file:///corpus/all-${file}`;
      await client.open(uri, original, 'plaintext');
      const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics: [], only: ['source'] } });
      const all = actions.find((a) => a.kind === 'source.policyAuthor.addMissing');
      assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
      const since = client.mark();
      await client.change(uri, 2, [{ text: applied(uri, original, all) }]);
      const after = await client.diagnostics(uri, (p) => p.version === 2, since);
      assert.deepEqual(after.diagnostics.filter((d) => isMissingItem(d) && d.severity === DiagnosticSeverity.Error).map((d) => d.code), []);
      await client.close(uri);
    });
  }
});
