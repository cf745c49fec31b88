/** What the integration tests share: finding the extension, opening notices and waiting on results. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policy-author.policy-author';

/** The repository, found from this file (out/integration/helpers.js). */
export const REPO = path.resolve(__dirname, '..', '..');

/**
 * How long a result may take to appear before a test fails; generous, for a busy CI machine. The
 * runner shortens it for a run against a deliberately broken server, where most results never come.
 */
const DEADLINE_MS = Number(process.env.POLICY_AUTHOR_TEST_DEADLINE_MS) || 30_000;

/** Activates the extension (it may not be active yet when the suite starts) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** The workspace folder the runner prepared (a copy of test/fixtures/integration). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A file of the repository itself (corpus fixtures, examples). */
export function repoFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(REPO, ...segments));
}

/** Opens the file in an editor, as a person would, and returns its document. */
export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Polls `probe` until it returns something other than `undefined`, or fails after the deadline
 * with `what` and the last value seen. Polling, because several results (providers warming up,
 * settings reaching the server) have no event to wait on.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Thenable<T | undefined>, describeLast?: () => unknown): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const last = describeLast ? ` (last seen: ${JSON.stringify(describeLast())})` : '';
      throw new Error(`Timed out after ${DEADLINE_MS / 1000} s waiting for ${what}${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Policy Author's diagnostics of the document (other extensions' are left out). */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'policy-author');
}

/** The codes (check ids) of Policy Author's diagnostics, sorted. */
export function codesOf(uri: vscode.Uri): string[] {
  return ourDiagnostics(uri).map(codeOf).sort();
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Waits until the document's diagnostics satisfy `accept`, re-checking whenever VS Code reports
 * a change to them, and returns them. Fails after the deadline with the codes last seen.
 */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ourDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${DEADLINE_MS / 1000} s waiting for ${what} in ${path.basename(uri.path)}; codes: ${JSON.stringify(codesOf(uri))}`));
    }, DEADLINE_MS);
    function finish(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Waits until the document has diagnostics with all of `codes` (and returns all of its diagnostics). */
export function waitForCodes(uri: vscode.Uri, codes: readonly string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, `diagnostics ${codes.join(', ')}`, (diagnostics) => codes.every((code) => diagnostics.some((d) => codeOf(d) === code)));
}

/** A fresh copy of a workspace file under another name, for a test that edits it or changes how it is checked. */
export async function copyOf(name: string, copyName: string): Promise<vscode.Uri> {
  const uri = workspaceFile(copyName);
  await vscode.workspace.fs.copy(workspaceFile(name), uri, { overwrite: true });
  return uri;
}

/** Sets a user setting of Policy Author (undefined removes it). */
export async function setSetting(key: 'language' | 'documents' | 'rules', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyAuthor').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Removes every Policy Author setting the tests (or a "turn this check off" fix, in the workspace) may have set. */
export async function resetSettings(): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('policyAuthor');
  for (const key of ['language', 'documents', 'rules'] as const) {
    await configuration.update(key, undefined, vscode.ConfigurationTarget.Global);
    if (vscode.workspace.workspaceFolders?.length) await configuration.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** Closes every editor, first discarding unsaved test edits, so tests do not see each other's documents. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
