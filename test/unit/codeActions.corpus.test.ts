/**
 * Acceptance over the five annotated corpus notices (plain text; one English, four Dutch): every
 * missing-item diagnostic has a preferred quick fix that removes it without adding an error,
 * "Add all missing GDPR sections" leaves no missing-item error and offers nothing a second time,
 * and "Ignore this finding" silences exactly the finding it was asked for.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { isRuleId } from '../../server/src/service/catalogue';
import { ADD_MISSING_KIND, CATALOGUE, createPolicyService, DEFAULT_SETTINGS, type RuleId } from '../../server/src/service/index';
import { actionsFor, apply, diagnose, doc } from './actionHelpers';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const NOTICES = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** A check of the catalogue (not, say, an unfilled placeholder of an inserted clause) that reports a missing item. */
const isCheck = (d: Diagnostic): boolean => typeof d.code === 'string' && isRuleId(d.code);
const isMissingItem = (d: Diagnostic): boolean => isCheck(d) && CATALOGUE[d.code as RuleId].kind !== 'quality';
const errors = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => String(d.code));
const key = (d: Diagnostic): string => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;

describe('Code actions on the corpus notices', () => {
  it('the corpus has five notices with missing items to fix', () => {
    assert.equal(NOTICES.length, 5);
    const missing = NOTICES.flatMap((f) => diagnose(doc(readFileSync(path.join(CORPUS, f), 'utf8'), 'plaintext')).filter(isMissingItem));
    assert.ok(missing.length >= 20, `${missing.length} missing-item diagnostics`);
  });

  for (const file of NOTICES) {
    describe(file, () => {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');

      it('every missing-item diagnostic has a preferred fix that removes it without adding an error', () => {
        const document = doc(text, 'plaintext');
        const before = diagnose(document);
        const missing = before.filter(isMissingItem);
        assert.ok(missing.length > 0);
        for (const d of missing) {
          const fix = actionsFor(document, d).find((a) => a.isPreferred && a.kind === CodeActionKind.QuickFix);
          assert.ok(fix, `a preferred fix for ${String(d.code)}`);
          const after = diagnose(apply(document, fix));
          assert.ok(!after.some((x) => x.code === d.code), `${String(d.code)} is still reported after "${fix.title}"`);
          const added = errors(after).filter((c) => !errors(before).includes(c));
          assert.deepEqual(added, [], `"${fix.title}" added errors`);
        }
      });

      it('"Add all missing GDPR sections" leaves no missing-item error, and offers nothing the second time', () => {
        const service = createPolicyService();
        const wholeDocument = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const document = doc(text, 'plaintext');
        const [action] = service.getCodeActions(document, DEFAULT_SETTINGS, wholeDocument, { diagnostics: [], only: [ADD_MISSING_KIND] }, { force: true });
        assert.ok(action);
        const after = apply(document, action);
        const left = diagnose(after);
        assert.deepEqual(left.filter(isMissingItem).filter((d) => d.severity !== DiagnosticSeverity.Hint).map((d) => d.code), []);
        assert.deepEqual(service.getCodeActions(after, DEFAULT_SETTINGS, wholeDocument, { diagnostics: [], only: [ADD_MISSING_KIND] }, { force: true }), []);
      });

      it('ignoring each finding silences that finding only', () => {
        const document = doc(text, 'plaintext');
        const before = diagnose(document);
        for (const d of before.filter(isCheck)) {
          const ignore = actionsFor(document, d).find((a) => a.kind === CodeActionKind.QuickFix && /negeren|Ignore/.test(a.title));
          assert.ok(ignore, `an ignore action for ${String(d.code)}`);
          const after = diagnose(apply(document, ignore));
          const count = (ds: readonly Diagnostic[], code: unknown): number => ds.filter((x) => x.code === code).length;
          if (isMissingItem(d)) assert.equal(count(after, d.code), 0, `${key(d)} is silenced`);
          else assert.ok(count(after, d.code) < count(before, d.code), `${key(d)} is silenced`);
          for (const other of new Set(before.map((x) => x.code).filter((c) => c !== d.code))) {
            assert.equal(count(after, other), count(before, other), `ignoring ${key(d)} leaves ${String(other)} alone`);
          }
        }
      });
    });
  }
});
