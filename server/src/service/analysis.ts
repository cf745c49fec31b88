/** Runs the detectors over a document model: one Analysis per document version. */
import type { RuleId } from './catalogue';

export type DetectedLanguage = 'en' | 'nl' | 'de' | 'fr' | 'unknown';

/** A stretch of the document's text, as UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type FindingStatus = 'present' | 'missing' | 'not-applicable' | 'problem';

export interface Finding {
  readonly id: RuleId;
  /** present/missing/not-applicable for completeness items; problem for a quality finding in the text. */
  readonly status: FindingStatus;
  /** Where a diagnostic goes (missing: the heading of the section it belongs in, or the title; problem: the offending words). */
  readonly range: Span;
  /** The sentences that satisfied the item (present), for hovers and the outline. */
  readonly evidence: readonly Span[];
  /** What made a conditional item required. */
  readonly trigger?: Span;
  /** For outdated references: what to write instead. */
  readonly replacement?: string;
  /** For hints that are below the catalogue severity (no DPO mentioned at all). */
  readonly hintOnly?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly language: DetectedLanguage;
  /** Whether the language has tables (en, nl); others are recognised but give no findings. */
  readonly supported: boolean;
  readonly looksLikeNotice: boolean;
  readonly findings: readonly Finding[];
  /** Offsets to positions. */
  positionAt(offset: number): { line: number; character: number };
}

export interface AnalyzeOptions {
  readonly language: 'auto' | 'en' | 'nl';
  readonly format: 'markdown' | 'plaintext';
}

export function analyzeDocument(text: string, _options: AnalyzeOptions): Analysis {
  // Placeholder while the detectors are written: no findings.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return {
    text,
    language: 'unknown',
    supported: false,
    looksLikeNotice: false,
    findings: [],
    positionAt(offset: number) {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return { line, character: offset - lineStarts[line]! };
    },
  };
}
