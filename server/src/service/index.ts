/**
 * The Policy Author language service: plain TypeScript, no LSP connection, no `vscode`.
 * The language server and the CLI are two hosts of it.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from './settings';
import { analyzeDocument, type Analysis } from './analysis';
import { toDiagnostics } from './diagnostics';

export type { Analysis } from './analysis';
export { DEFAULT_SETTINGS, settingsFromUnknown, type Settings } from './settings';
export { RULE_IDS, CATALOGUE, type RuleId } from './catalogue';

export interface DiagnosticsOptions {
  /** Check the document even when it does not look like a privacy notice (the "Check this file" command). */
  readonly force?: boolean;
}

export interface PolicyService {
  /** The analysis of one version of a document, computed once and cached by uri, version and language setting. */
  analyze(document: TextDocument, settings: Settings): Analysis;
  /** Diagnostics for the document under the settings; [] when the document is not checked. */
  getDiagnostics(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): Diagnostic[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

export function createPolicyService(): PolicyService {
  const cache = new Map<string, { key: string; analysis: Analysis }>();
  const analyze = (document: TextDocument, settings: Settings): Analysis => {
    const key = `${document.version}\u0000${settings.language}`;
    const hit = cache.get(document.uri);
    if (hit && hit.key === key) return hit.analysis;
    const analysis = analyzeDocument(document.getText(), {
      language: settings.language,
      format: formatOf(document),
    });
    cache.set(document.uri, { key, analysis });
    return analysis;
  };
  return Object.freeze({
    analyze,
    getDiagnostics(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): Diagnostic[] {
      if (settings.documents === 'off' && !options.force) return [];
      const analysis = analyze(document, settings);
      if (!analysis.supported) return [];
      if (settings.documents === 'auto' && !options.force && !analysis.looksLikeNotice) return [];
      return toDiagnostics(analysis, settings, document.uri);
    },
    forget(uri: string): void {
      cache.delete(uri);
    },
  });
}

function formatOf(document: TextDocument): 'markdown' | 'plaintext' {
  if (document.languageId === 'markdown') return 'markdown';
  if (document.languageId === 'plaintext') return 'plaintext';
  return /\.(md|markdown|mdown|mkd)$/i.test(document.uri) ? 'markdown' : 'plaintext';
}
