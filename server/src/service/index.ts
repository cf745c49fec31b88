/**
 * The Policy Author language service: plain TypeScript, no LSP connection, no `vscode`.
 * The language server and the CLI are two hosts of it.
 */
import type { CodeAction, CodeActionContext, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from './settings';
import { analysisSteps, type Analysis } from './analysis';
import { clauseCompletions, completionSpot, suppressionIdCompletions } from './completion';
import { toDiagnostics } from './diagnostics';
import { documentSymbols } from './documentSymbols';
import { foldingRanges } from './folding';
import { getHover } from './hover';
import { getDocumentLinks } from './links';
import { getCodeActions, type CodeActionOptions } from './codeActions';
import { CLAUSE_SOURCE } from './codeActions/clauseSource';
import { AnalysisMemo } from './memo';
import { SUPPORTED, TABLES } from './data';

export type { Analysis } from './analysis';
export { DEFAULT_SETTINGS, settingsFromUnknown, type Settings } from './settings';
export { RULE_IDS, NOTE_IDS, NOTE_SEVERITY, CATALOGUE, type RuleId, type NoteId, type CheckId } from './catalogue';
export { ADD_MISSING_KIND, type CodeActionOptions } from './codeActions';

export interface DiagnosticsOptions {
  /** Check the document even when it does not look like a privacy notice (the "Check this file" command). */
  readonly force?: boolean;
}

export interface PolicyService {
  /**
   * The analysis of one version of a document, computed once and cached by uri, version and
   * language setting (for the few documents used last). A document analysed in several versions
   * keeps a memo (memo.ts), so an edit re-reads only what it changed.
   */
  analyze(document: TextDocument, settings: Settings): Analysis;
  /** Diagnostics for the document under the settings; [] when the document is not checked. */
  getDiagnostics(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): Diagnostic[];
  /**
   * getDiagnostics in steps, for a host that must stay responsive: the generator pauses between
   * parts of the analysis, so the host can let other work go first (another document, a newer
   * version) and give up a version that was superseded (by asking no further, or `return()`).
   * Run to its end, it returns what getDiagnostics returns. A request that needs the same
   * version's analysis meanwhile finishes the same work rather than starting again.
   */
  diagnosticsInSteps(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): Generator<void, Diagnostic[], void>;
  /**
   * The outline of the notice's sections, nested as its headings; [] when the document is not
   * checked (editors have their own Markdown outline; this one is for notices).
   */
  getDocumentSymbols(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): DocumentSymbol[];
  /** Folding ranges for the notice's sections and long lists and tables; [] when the document is not checked. */
  getFoldingRanges(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): FoldingRange[];
  /** The hover at a position; null where there is nothing to explain or the document is not checked (as for diagnostics). */
  getHover(document: TextDocument, settings: Settings, position: Position, options?: DiagnosticsOptions): Hover | null;
  /** Links to EUR-Lex and the authorities' websites; [] when the document is not checked (as for diagnostics). */
  getDocumentLinks(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): DocumentLink[];
  /**
   * Clauses to insert at a position (snippet completion items) in the notice's language; both
   * English and Dutch in a document too short to tell its language; [] where no clause can start
   * (mid-sentence) or when the document is not checked.
   */
  getCompletions(document: TextDocument, position: Position, settings: Settings, options?: DiagnosticsOptions): CompletionItem[];
  /**
   * Quick fixes for the diagnostics in `context` and the "add all missing" source action; [] when
   * the document is not checked or has nothing to fix.
   */
  getCodeActions(document: TextDocument, settings: Settings, range: Range, context: CodeActionContext, options?: DiagnosticsOptions & CodeActionOptions): CodeAction[];
  /** Drops what is cached and remembered for a closed document. */
  forget(uri: string): void;
}

/**
 * How many documents' analyses are kept. Requests (hovers, code actions, the outline) come for
 * the documents the user is looking at; an analysis is a few times the size of its text, so
 * keeping one for every open document would grow the server with each document opened. An
 * analysis that was let go is made again when asked for.
 */
const KEPT_ANALYSES = 8;
/** How many documents being edited keep a memo of their answers for the next version (memo.ts). */
const KEPT_MEMOS = 3;
/**
 * From how many characters a document keeps a memo from its first analysis on, rather than from
 * its second version: a notice this long takes tens of milliseconds to analyse afresh, which its
 * first keystroke would otherwise wait for. Shorter ones (nearly all notices) are analysed afresh
 * in a few milliseconds and keep no memo until they are edited.
 */
const MEMO_FROM_THE_START = 64_000;

/** The analysis of one version of a document, made in steps (analysisSteps), possibly by several callers in turn. */
class AnalysisJob {
  private result?: Analysis;
  constructor(
    readonly key: string,
    private readonly steps: Generator<void, Analysis, void>,
  ) {}

  /** Takes one step; true once the analysis is done (`analysis` then holds it). */
  advance(): boolean {
    if (this.result) return true;
    const step = this.steps.next();
    if (step.done) this.result = step.value;
    return step.done === true;
  }

  /** The finished analysis (after `advance` returned true). */
  get analysis(): Analysis {
    return this.result!;
  }
}

/** How a service will be used. */
export interface ServiceOptions {
  /**
   * False when no document is ever edited after its first analysis (the command line checks
   * each file once): then no document keeps a memo, not even a long one from its first version,
   * as filling it costs a first analysis about a sixth more work (1 MB: 1,435 M against 1,217 M
   * instructions) that only a next version would earn back. Default true.
   */
  readonly edits?: boolean;
}

export function createPolicyService(options: ServiceOptions = {}): PolicyService {
  const edits = options.edits ?? true;
  /** Analyses by uri, least recently used first. */
  const cache = new Map<string, { key: string; analysis: Analysis }>();
  /** Memos of the documents edited last, least recently used first. */
  const memos = new Map<string, AnalysisMemo>();
  /** Per uri, the analysis under way in steps (diagnosticsInSteps), until it is done or given up. */
  const running = new Map<string, AnalysisJob>();

  /** The cached analysis of the document's version, or the job that makes it (started if need be). */
  const lookup = (document: TextDocument, settings: Settings): Analysis | AnalysisJob => {
    const key = `${document.version}\u0000${settings.language}`;
    const uri = document.uri;
    const hit = cache.get(uri);
    if (hit && hit.key === key) {
      remember(cache, uri, hit, KEPT_ANALYSES);
      return hit.analysis;
    }
    const job = running.get(uri);
    if (job && job.key === key) return job;
    // A document analysed before in another version is being edited: from now on it keeps a memo.
    // A long one keeps it from its first version, so that its first keystroke is not a whole analysis.
    let memo = memos.get(uri);
    if (!memo && edits && (hit || job || document.getText().length >= MEMO_FROM_THE_START)) memo = new AnalysisMemo();
    if (memo) remember(memos, uri, memo, KEPT_MEMOS);
    const started = new AnalysisJob(key, analysisSteps(document.getText(), { language: settings.language, format: formatOf(document) }, memo));
    running.set(uri, started);
    return started;
  };
  /** Keeps a finished job's analysis in the cache. */
  const done = (uri: string, job: AnalysisJob): Analysis => {
    if (running.get(uri) === job) running.delete(uri);
    remember(cache, uri, { key: job.key, analysis: job.analysis }, KEPT_ANALYSES);
    return job.analysis;
  };
  const analyze = (document: TextDocument, settings: Settings): Analysis => {
    const found = lookup(document, settings);
    if (!(found instanceof AnalysisJob)) return found;
    while (!found.advance());
    return done(document.uri, found);
  };
  /** analyze in steps: pauses after each step of the analysis unless it is already known. */
  function* analyzeInSteps(document: TextDocument, settings: Settings): Generator<void, Analysis, void> {
    const found = lookup(document, settings);
    if (!(found instanceof AnalysisJob)) return found;
    const uri = document.uri;
    try {
      while (!found.advance()) yield;
      return done(uri, found);
    } finally {
      // Given up before its end: what it made so far is let go.
      if (running.get(uri) === found) running.delete(uri);
    }
  }
  /** The analysis when the document is checked under the settings, else undefined: every feature answers for the same documents. */
  const checked = (document: TextDocument, settings: Settings, options: DiagnosticsOptions): Analysis | undefined => {
    if (settings.documents === 'off' && !options.force) return undefined;
    const analysis = analyze(document, settings);
    return isChecked(analysis, settings, options) ? analysis : undefined;
  };
  return Object.freeze({
    analyze,
    getDiagnostics(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): Diagnostic[] {
      const analysis = checked(document, settings, options);
      return analysis ? toDiagnostics(analysis, settings, document.uri) : [];
    },
    *diagnosticsInSteps(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): Generator<void, Diagnostic[], void> {
      if (settings.documents === 'off' && !options.force) return [];
      const analysis = yield* analyzeInSteps(document, settings);
      return isChecked(analysis, settings, options) ? toDiagnostics(analysis, settings, document.uri) : [];
    },
    getDocumentSymbols(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): DocumentSymbol[] {
      const analysis = checked(document, settings, options);
      return analysis ? documentSymbols(analysis) : [];
    },
    getFoldingRanges(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): FoldingRange[] {
      const analysis = checked(document, settings, options);
      return analysis ? foldingRanges(analysis.model) : [];
    },
    getHover(document: TextDocument, settings: Settings, position: Position, options: DiagnosticsOptions = {}): Hover | null {
      const analysis = checked(document, settings, options);
      return analysis ? getHover(analysis, document.offsetAt(position)) : null;
    },
    getDocumentLinks(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}): DocumentLink[] {
      const analysis = checked(document, settings, options);
      return analysis ? getDocumentLinks(analysis) : [];
    },
    getCompletions(document: TextDocument, position: Position, settings: Settings, options: DiagnosticsOptions = {}): CompletionItem[] {
      if (settings.documents === 'off' && !options.force) return [];
      // Mid-sentence (most requests, since a space triggers them) is answered without analysing.
      const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
      if (line.includes('policy-author-disable')) {
        const ids = suppressionIdCompletions(line, position, analyze(document, settings).table ?? TABLES.en);
        if (ids) return ids;
      }
      if (!/^[ \t]*(?:#{1,6}[ \t]+|(?:[-*+•]|\d{1,3}[.)])[ \t]+)?[\p{L}\p{N}_-]*$/u.test(line)) return [];
      const analysis = analyze(document, settings);
      let languages: readonly string[];
      if (analysis.language === 'unknown') languages = SUPPORTED;
      else if (!analysis.supported) return [];
      else if (settings.documents === 'auto' && !options.force && !analysis.looksLikeNotice) return [];
      else languages = [analysis.language];
      return completionSpot(analysis, position) ? clauseCompletions(analysis, position, languages) : [];
    },
    getCodeActions(document: TextDocument, settings: Settings, _range: Range, context: CodeActionContext, options: DiagnosticsOptions & CodeActionOptions = {}): CodeAction[] {
      const analysis = checked(document, settings, options);
      if (!analysis) return [];
      const reported = toDiagnostics(analysis, settings, document.uri);
      if (!reported.length) return [];
      return getCodeActions(analysis, document.uri, context, reported, CLAUSE_SOURCE, options);
    },
    forget(uri: string): void {
      cache.delete(uri);
      memos.delete(uri);
      running.delete(uri);
    },
  });
}

/** Whether an analysis is reported on under the settings (see `checked`). */
function isChecked(analysis: Analysis, settings: Settings, options: DiagnosticsOptions): boolean {
  if (!analysis.supported) return false;
  return settings.documents !== 'auto' || options.force === true || analysis.looksLikeNotice;
}

/** Puts `value` last (most recently used) in `map`, dropping the least recently used beyond `max`. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

function formatOf(document: TextDocument): 'markdown' | 'plaintext' {
  if (document.languageId === 'markdown') return 'markdown';
  if (document.languageId === 'plaintext') return 'plaintext';
  return /\.(md|markdown|mdown|mkd)$/i.test(document.uri) ? 'markdown' : 'plaintext';
}
