/** Helpers for the code action tests: fresh documents, their diagnostics and actions, and applying an action's edit. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS, type RuleId } from '../../server/src/service/index';

const service = createPolicyService();
let counter = 0;

/** A fresh document (its own uri, so no cached analysis of another text is reused). */
export function doc(text: string, languageId: 'markdown' | 'plaintext' = 'markdown'): TextDocument {
  counter++;
  return TextDocument.create(`file:///notices/a${counter}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
}

export function diagnose(document: TextDocument): Diagnostic[] {
  return service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
}

/** The code actions the service offers for one diagnostic, as an editor asks for them on its range. */
export function actionsFor(document: TextDocument, d: Diagnostic, turnOffCommand?: string): CodeAction[] {
  return service.getCodeActions(document, DEFAULT_SETTINGS, d.range, { diagnostics: [d] }, { force: true, turnOffCommand });
}

/** The document's text after applying a code action's edit (which must touch only this document). */
export function apply(document: TextDocument, action: CodeAction): TextDocument {
  const changes = action.edit?.changes ?? {};
  assert.deepEqual(Object.keys(changes), [document.uri], `${action.title} edits this document only`);
  const text = TextDocument.applyEdits(document, changes[document.uri]!);
  return doc(text, document.languageId as 'markdown' | 'plaintext');
}

export function only(ds: readonly Diagnostic[], id: RuleId): Diagnostic {
  const found = ds.filter((d) => d.code === id);
  assert.equal(found.length, 1, `one ${id} diagnostic, got ${JSON.stringify(ds.map((d) => d.code))}`);
  return found[0]!;
}

