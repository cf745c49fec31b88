/** The text and JSON reports. The JSON shape is read by tools (score.mjs): change it only with them. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { severityName } from '../service/settings';
import type { FileResult } from './check';

/** `{"files":[{"path","language","diagnostics"}]}` with the diagnostics as the service returns them. */
export function formatJson(files: readonly FileResult[]): string {
  const checked = files.filter((f) => f.checked).map((f) => ({ path: f.path, language: f.language, diagnostics: f.diagnostics }));
  return JSON.stringify({ files: checked }, null, 2) + '\n';
}

/** Like eslint's compact output: one `path:line:col  severity  message  [code]` line per finding, grouped by file. */
export function formatText(files: readonly FileResult[]): string {
  // Files with findings stand apart; one-line notes (skipped, empty, unsupported) stay together.
  const blocks: { text: string; spacious: boolean }[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  let withFindings = 0;
  for (const file of files) {
    const lines: string[] = [];
    if (file.note) lines.push(`${file.path}  note  ${file.note}`);
    const sorted = [...file.diagnostics].sort(
      (x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character,
    );
    for (const d of sorted) {
      const level = severityName(d.severity);
      count[level]++;
      lines.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${level.padEnd(11)}  ${oneLine(messageText(d))}${codeOf(d)}`);
    }
    if (sorted.length > 0) withFindings++;
    if (lines.length > 0) blocks.push({ text: lines.join('\n'), spacious: sorted.length > 0 });
  }
  const checked = files.filter((f) => f.checked).length;
  const skipped = files.length - checked;
  const problems = count.error + count.warning + count.information + count.hint;
  const scope = `${plural(checked, 'file')} checked` + (skipped > 0 ? `, ${skipped} skipped` : '');
  const summary =
    files.length === 0
      ? 'No Markdown or text files found.'
      : problems === 0
        ? `No problems found; ${scope}.`
        : `${plural(problems, 'problem')} (${[
            plural(count.error, 'error'),
            plural(count.warning, 'warning'),
            ...(count.information > 0 ? [`${count.information} information`] : []),
            ...(count.hint > 0 ? [plural(count.hint, 'hint')] : []),
          ].join(', ')}) in ${plural(withFindings, 'file')}; ${scope}.`;
  let out = '';
  blocks.forEach((block, i) => {
    out += i === 0 ? '' : block.spacious || blocks[i - 1]!.spacious ? '\n\n' : '\n';
    out += block.text;
  });
  return (out ? `${out}\n\n` : '') + summary + '\n';
}

/** Whether any finding has error severity (exit status 1). */
export function hasErrors(files: readonly FileResult[]): boolean {
  return files.some((f) => f.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
}

function codeOf(d: Diagnostic): string {
  return d.code === undefined ? '' : `  [${d.code}]`;
}

/** LSP 3.18 allows Markdown messages; the terminal shows their text. */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function oneLine(s: string): string {
  // Split and trim rather than /\s*\n\s*/, which rescans a long run of spaces from each of its characters.
  return s.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
