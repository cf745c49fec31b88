/**
 * Folding ranges: each section from its heading to its last line of text (subsections
 * included), and long lists and tables inside it. Nothing here reads words, only the model.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentModel } from './document';
import { lineEnd, lineOf } from './text';

/** Lists and tables fold only from this many lines on; a short list is quicker read than unfolded. */
const MIN_BLOCK_RUN_LINES = 4;

/** The folding ranges of a document model, sorted by start line, at most one per start line. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number): void => {
    // A range of one line folds nothing; a second range on the same start line would be dropped by editors anyway.
    if (endLine <= startLine || ranges.has(startLine)) return;
    ranges.set(startLine, { startLine, endLine, kind: FoldingRangeKind.Region });
  };
  model.sections.forEach((_, i) => add(model.blocks[model.sections[i]!.heading]!.line, sectionLastLine(model, i)));
  for (const run of blockRuns(model)) {
    if (run.endLine - run.line + 1 >= MIN_BLOCK_RUN_LINES) add(run.line, run.endLine);
  }
  return [...ranges.values()].sort((a, b) => a.startLine - b.startLine);
}

/**
 * The last line of section `index` (subsections included) that has text: trailing empty lines
 * belong to nobody, so folding and the outline stop before them. Never before the heading's
 * own last line, never past the document's last line.
 */
export function sectionLastLine(model: DocumentModel, index: number): number {
  const section = model.sections[index]!;
  const heading = model.blocks[section.heading]!;
  let line = lineOf(model.lineStarts, section.fullEnd);
  // fullEnd is the start of the next section's heading line, or the end of the document.
  if (line > heading.endLine && model.lineStarts[line] === section.fullEnd && section.fullEnd < model.text.length) line--;
  while (line > heading.endLine && isBlank(model, line)) line--;
  return Math.max(line, heading.endLine);
}

function isBlank(model: DocumentModel, line: number): boolean {
  const start = model.lineStarts[line]!;
  return model.folded.slice(start, lineEnd(model.text, model.lineStarts, line)).trim() === '';
}

/** Consecutive list items (or table rows) with nothing but empty lines between them. */
function blockRuns(model: DocumentModel): { line: number; endLine: number }[] {
  const runs: { line: number; endLine: number; kind: string }[] = [];
  for (const b of model.blocks) {
    if (b.kind !== 'list' && b.kind !== 'table') continue;
    const last = runs[runs.length - 1];
    if (last && last.kind === b.kind && onlyBlankBetween(model, last.endLine, b.line)) last.endLine = b.endLine;
    else runs.push({ line: b.line, endLine: b.endLine, kind: b.kind });
  }
  return runs;
}

function onlyBlankBetween(model: DocumentModel, after: number, before: number): boolean {
  for (let l = after + 1; l < before; l++) if (!isBlank(model, l)) return false;
  return true;
}
