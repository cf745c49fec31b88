/**
 * Checks that positions and ranges a feature returns lie inside their document as LSP counts it:
 * lines split at LF, CRLF and CR; line < line count; character ≤ that line's length in UTF-16
 * code units; and never between the two halves of a surrogate pair.
 */
import * as assert from 'node:assert/strict';

interface Position {
  readonly line: number;
  readonly character: number;
}
interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** The document's lines without their line ends, as LSP counts them (an empty text has one line). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Fails unless `position` lies inside `text` and not inside a surrogate pair. */
export function assertPositionInside(text: string, position: Position, what: string, lines = linesOf(text)): void {
  const { line, character } = position;
  assert.ok(Number.isInteger(line) && line >= 0 && line < lines.length, `${what}: line ${line} is outside the document's ${lines.length} lines`);
  const content = lines[line]!;
  assert.ok(
    Number.isInteger(character) && character >= 0 && character <= content.length,
    `${what}: character ${character} is outside line ${line}, which is ${content.length} UTF-16 units long`,
  );
  if (character > 0 && character < content.length) {
    const before = content.charCodeAt(character - 1);
    const after = content.charCodeAt(character);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `${what}: ${line}:${character} splits a surrogate pair`);
  }
}

/** Fails unless both ends of `range` lie inside `text` and the start does not come after the end. */
export function assertRangeInside(text: string, range: Range, what: string, lines = linesOf(text)): void {
  assertPositionInside(text, range.start, `${what} (start)`, lines);
  assertPositionInside(text, range.end, `${what} (end)`, lines);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: starts at ${range.start.line}:${range.start.character}, after its end ${range.end.line}:${range.end.character}`);
}

/** Fails unless a folding range's lines lie inside `text` and start ≤ end. */
export function assertFoldingInside(text: string, folding: { startLine: number; endLine: number }, what: string, lines = linesOf(text)): void {
  assert.ok(folding.startLine >= 0 && folding.startLine <= folding.endLine && folding.endLine < lines.length, `${what}: lines ${folding.startLine}–${folding.endLine} of ${lines.length}`);
}

interface SymbolLike {
  readonly name: string;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children?: readonly SymbolLike[];
}

/** Fails unless every symbol's range and selection range (children included) lie inside `text`, the selection within the range. */
export function assertSymbolsInside(text: string, symbols: readonly SymbolLike[], what: string, lines = linesOf(text)): void {
  for (const symbol of symbols) {
    assertRangeInside(text, symbol.range, `${what} symbol ${JSON.stringify(symbol.name)}`, lines);
    assertRangeInside(text, symbol.selectionRange, `${what} symbol ${JSON.stringify(symbol.name)} selection`, lines);
    assertSymbolsInside(text, symbol.children ?? [], what, lines);
  }
}
