/** Turns an analysis into LSP diagnostics: code = rule id, source = policy-author, message in the notice's language. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import type { Settings } from './settings';

export function toDiagnostics(_analysis: Analysis, _settings: Settings): Diagnostic[] {
  return [];
}
