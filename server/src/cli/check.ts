/** Runs the language service over files: the CLI is a second host of the same service as the language server. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, type Analysis, type Settings } from '../service/index';
import { SUPPORTED } from '../service/data';
import { collectTargets, readText, type PathProblem } from './files';

export type Language = Analysis['language'];

export interface FileResult {
  /** As shown in the report. */
  readonly path: string;
  readonly language: Language;
  /** As the service returns them. */
  readonly diagnostics: readonly Diagnostic[];
  /** False for a file found in a folder that does not look like a notice (not part of JSON or SARIF). */
  readonly checked: boolean;
  /** Why a file gave no findings although it was looked at, for the text report. */
  readonly note?: string;
}

export interface CheckResult {
  readonly files: readonly FileResult[];
  /** Paths that could not be searched or read; each makes the exit status 2. */
  readonly problems: readonly PathProblem[];
  /** Things worth knowing that did not stop the check (invalid UTF-8). */
  readonly warnings: readonly PathProblem[];
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  nl: 'Dutch',
  de: 'German',
  fr: 'French',
  unknown: '',
};

export function checkPaths(paths: readonly string[], settings: Settings): CheckResult {
  // Each file is checked once: no memo for a next version (see ServiceOptions.edits).
  const service = createPolicyService({ edits: false });
  const { targets, problems } = collectTargets(paths);
  const warnings: PathProblem[] = [];
  const files: FileResult[] = [];

  for (const target of targets) {
    const read = readText(target.path);
    if (read.kind === 'unreadable') {
      problems.push({ path: target.path, reason: read.reason });
      continue;
    }
    if (read.warning) warnings.push({ path: target.path, reason: read.warning });
    if (read.text.trim() === '') {
      files.push({ path: target.path, language: 'unknown', diagnostics: [], checked: true, note: 'empty file, nothing to check' });
      continue;
    }

    const document = TextDocument.create(pathToFileURL(path.resolve(target.path)).href, languageIdOf(target.path), 1, read.text);
    try {
      const analysis = service.analyze(document, settings);
      const language = analysis.language;
      if (!target.explicit && settings.documents === 'auto' && !analysis.looksLikeNotice) {
        files.push({ path: target.path, language, diagnostics: [], checked: false, note: 'skipped: does not look like a privacy notice (--documents all checks it)' });
        continue;
      }
      const diagnostics = service.getDiagnostics(document, settings, { force: target.explicit });
      files.push({ path: target.path, language, diagnostics, checked: true, note: analysis.supported ? undefined : unsupportedNote(language) });
    } catch (e) {
      // One file the service cannot handle must not cost the report on the others.
      problems.push({ path: target.path, reason: `internal error while checking: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      service.forget(document.uri);
    }
  }
  return { files, problems, warnings };
}

function unsupportedNote(language: Language): string {
  return language === 'unknown'
    ? `language not recognised (only ${SUPPORTED.map((l) => LANGUAGE_NAMES[l]).join(', ')} are checked; --language ${SUPPORTED.join('|')} sets it), no findings`
    : `recognised as ${LANGUAGE_NAMES[language]}; not yet supported, no findings`;
}

function languageIdOf(file: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mkd)$/i.test(file) ? 'markdown' : 'plaintext';
}
