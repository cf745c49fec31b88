/**
 * Code actions: quick fixes for the diagnostics of a notice, and the source action that adds
 * every missing item at once. Stateless, like markdown-languageservice's: each action is rebuilt
 * from the diagnostic's `code` and `data` and the current analysis, never from its message. A
 * diagnostic that no longer matches the analysis (the text changed since it was published) gets
 * no fix rather than a wrong one.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { htmlLines, searchBlocks, type Block } from './document';
import type { Analysis, Finding } from './analysis';
import { CATALOGUE, isCheckId, isNoteId, isRuleId, type CheckId, type NoteId, type RuleId } from './catalogue';
import type { Clause } from './data/clauseTypes';
import { ACTION_TEXTS, actionTitle, type ActionTexts } from './data/actions';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { DIRECTIVE } from './suppress';
import { unfilledPlaceholders } from './placeholders';
import { insertionEdits } from './codeActions/insert';

/**
 * The source action that inserts every missing item. Not `source.fixAll`: editors run fix-all
 * actions on save, and a save must never write several sections of legal text into a notice.
 */
export const ADD_MISSING_KIND = `${CodeActionKind.Source}.policyAuthor.addMissing`;

/** The checks whose problem sentence has a compliant rewrite. */
export type RewriteKind = 'implied-consent' | 'vague-retention';

/** Where clause texts come from (clauses.ts in the service; kept apart so this file holds no legal text). */
export interface ClauseSource {
  /** The clause for a missing item, facts of the notice filled in. */
  draft(analysis: Analysis, id: RuleId): Clause | undefined;
  /** One section for several missing rights together, when the notice has no rights section. */
  group?(analysis: Analysis, ids: readonly RuleId[]): Clause | undefined;
  /** A compliant sentence to replace a vague retention statement or a consent inferred from silence. */
  rewrite(analysis: Analysis, kind: RewriteKind): string | undefined;
}

export interface CodeActionOptions {
  /**
   * The client command that turns a check off in the workspace settings, when the client has
   * said it can run it (VS Code's client does); without it "Turn this check off" is not offered.
   */
  readonly turnOffCommand?: string;
}

/**
 * The code actions for the diagnostics in `context` (each carries its place, so the request's
 * range adds nothing), and the add-all source action. `reported` are the diagnostics the service
 * publishes for this version (the add-all action inserts exactly what they say is missing).
 */
export function getCodeActions(
  analysis: Analysis,
  uri: string,
  context: CodeActionContext,
  reported: readonly Diagnostic[],
  clauses: ClauseSource,
  options: CodeActionOptions = {},
): CodeAction[] {
  const t = analysis.table;
  if (!t) return [];
  const texts = ACTION_TEXTS[t.lang];
  const wants = (kind: string): boolean => !context.only || context.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const edit = (edits: TextEdit[]): CodeAction['edit'] => ({ changes: { [uri]: edits } });
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const fixable = fixableFindings(analysis);
    const notes = new NotesAt(analysis);
    for (const d of context.diagnostics) {
      const id = idOf(d);
      if (!id) continue;
      const turnOff = (): void => {
        if (!options.turnOffCommand) return;
        const title = actionTitle(texts.turnOff, { id });
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: options.turnOffCommand, arguments: [id] } });
      };
      if (isNoteId(id)) {
        const start = offsetAt(analysis, d.range.start);
        if (!notes.has(id, start, offsetAt(analysis, d.range.end))) continue;
        // A part in another language is a fact about the notice (a bilingual file stays bilingual); a placeholder is one place.
        const wholeNotice = id === 'other-language';
        const title = wholeNotice ? actionTitle(texts.ignoreInNotice, { title: t.notes[id] }) : texts.ignoreHere;
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([ignoreEdit(analysis, id, wholeNotice, start)]) });
        turnOff();
        continue;
      }
      const f = findingFor(analysis, fixable, d, id);
      if (!f) continue;
      const fix = (title: string, edits: TextEdit[], isPreferred?: boolean): void => {
        if (edits.length) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(edits), ...(isPreferred ? { isPreferred } : {}) });
      };
      if (f.status === 'missing') {
        const title = actionTitle(texts.insertClause, { title: t.rules[id].title });
        fix(title, insertionEdits(analysis, [f], (i) => clauses.draft(analysis, i)), true);
      } else if (id === 'outdated-reference' && f.replacement) {
        fix(actionTitle(texts.replaceWith, { replacement: f.replacement }), [{ range: d.range, newText: f.replacement }], true);
      } else if (id === 'implied-consent' || id === 'vague-retention') {
        const rewrite = clauses.rewrite(analysis, id);
        const sentence = f.evidence[0];
        if (rewrite && sentence) fix(texts.rewriteSentence, [replaceSentence(analysis, sentence, rewrite)], true);
      }
      fix(f.status === 'missing' ? actionTitle(texts.ignoreInNotice, { title: t.rules[id].title }) : texts.ignoreHere, [ignoreEdit(analysis, id, f.status === 'missing', f.range.start)]);
      turnOff();
    }
  }

  if (wants(ADD_MISSING_KIND)) {
    const missing = missingReported(analysis, reported);
    const edits = insertionEdits(analysis, missing, (i) => clauses.draft(analysis, i), clauses.group && ((ids) => clauses.group!(analysis, ids)));
    if (edits.length) actions.push(addAll(texts, edits, uri));
  }
  return actions;
}

function addAll(texts: ActionTexts, edits: TextEdit[], uri: string): CodeAction {
  return { title: texts.addAllMissing, kind: ADD_MISSING_KIND, edit: { changes: { [uri]: edits } } };
}

/** The check id a diagnostic of ours carries (in `data`, else its `code`); undefined for others' diagnostics. */
function idOf(d: Diagnostic): CheckId | undefined {
  if (d.source !== SOURCE) return undefined;
  const data = d.data as Partial<DiagnosticData> | undefined;
  const id = typeof data?.id === 'string' ? data.id : typeof d.code === 'string' ? d.code : undefined;
  return id !== undefined && isCheckId(id) ? id : undefined;
}

/**
 * Whether the analysis still reports a note at a place (a stale diagnostic gets no action). The
 * places are indexed on first use, once per request, as the findings are (see fixableFindings).
 */
class NotesAt {
  private places: ReadonlySet<string> | undefined;
  constructor(private readonly analysis: Analysis) {}
  has(id: NoteId, start: number, end: number): boolean {
    this.places ??= new Set([
      ...this.analysis.otherLanguages.map((part) => `other-language\u0000${part.start}`),
      ...unfilledPlaceholders(this.analysis).map((span) => `unfilled-placeholder\u0000${span.start}\u0000${span.end}`),
    ]);
    return this.places.has(id === 'other-language' ? `${id}\u0000${start}` : `${id}\u0000${start}\u0000${end}`);
  }
}

/** Findings a diagnostic can report, by check and place (the first of each, as a search in order would find). */
type FixableFindings = ReadonlyMap<string, Finding>;
const placeKey = (id: RuleId, start: number, end: number): string => `${id}\u0000${start}\u0000${end}`;

/**
 * Indexed once per request: a request for the whole document carries every diagnostic, and
 * searching all findings for each of them cost the square of their number.
 */
function fixableFindings(analysis: Analysis): FixableFindings {
  const index = new Map<string, Finding>();
  for (const f of analysis.findings) {
    if ((f.status !== 'missing' && f.status !== 'problem') || f.suppressed) continue;
    const key = placeKey(f.id, f.range.start, f.range.end);
    if (!index.has(key)) index.set(key, f);
  }
  return index;
}

/** The current finding a diagnostic reports: same check, same place, still reported. */
function findingFor(analysis: Analysis, fixable: FixableFindings, d: Diagnostic, id: RuleId): Finding | undefined {
  return fixable.get(placeKey(id, offsetAt(analysis, d.range.start), offsetAt(analysis, d.range.end)));
}

/** Missing items the diagnostics report, leaving out the hint that no DPO is mentioned (a notice may rightly have none). */
function missingReported(analysis: Analysis, reported: readonly Diagnostic[]): Finding[] {
  const ids = new Set(reported.map(idOf).filter((id): id is RuleId => id !== undefined && isRuleId(id)));
  return analysis.findings.filter((f) => f.status === 'missing' && !f.hintOnly && !f.suppressed && ids.has(f.id) && CATALOGUE[f.id].kind !== 'quality');
}

function offsetAt(analysis: Analysis, p: { line: number; character: number }): number {
  const starts = analysis.model.lineStarts;
  if (p.line >= starts.length) return analysis.text.length;
  return Math.min(starts[p.line]! + p.character, p.line + 1 < starts.length ? starts[p.line + 1]! : analysis.text.length);
}

function rangeOf(analysis: Analysis, start: number, end: number): Range {
  return { start: analysis.positionAt(start), end: analysis.positionAt(end) };
}

/** Replaces a sentence with `text`, keeping a list item's marker and the rest of its paragraph. */
function replaceSentence(analysis: Analysis, sentence: { start: number; end: number }, text: string): TextEdit {
  const lead = /^\s*(?:[-*+•·▪◦‣●○■□➢➤►→✓✔]|\d{1,2}[.)])\s+/u.exec(analysis.text.slice(sentence.start, sentence.end));
  const start = sentence.start + (lead ? lead[0].length : 0);
  return { range: rangeOf(analysis, start, sentence.end), newText: text };
}

/**
 * The suppression comment for a finding of `id` at `offset`. A missing item (or a note about the
 * whole notice) is silenced for the document: its id is added to an existing disable comment, else
 * a comment goes on the line before the diagnostic. A problem in the text gets a disable-next-line
 * comment before its block.
 */
function ignoreEdit(analysis: Analysis, id: CheckId, wholeNotice: boolean, offset: number): TextEdit {
  const markdown = analysis.model.format === 'markdown';
  const eol = lineEndOf(analysis);
  const comment = (directive: string): string => (markdown ? `<!-- ${directive} ${id} -->` : `[${directive} ${id}]`);
  const starts = analysis.model.lineStarts;
  const blocks = analysis.model.blocks;
  const blockAt = (offset: number): number => blockIndexAt(analysis, offset);

  if (wholeNotice) {
    const existing = analysis.suppressions.find((s) => s.scope === 'document');
    if (existing) {
      const html = analysis.text.startsWith('<!--', existing.start + leadingSpace(analysis.text, existing.start));
      const closing = analysis.text.lastIndexOf(html ? '-->' : ']', existing.end);
      let at = closing;
      while (at > existing.start && /[ \t]/.test(analysis.text[at - 1]!)) at--;
      return { range: rangeOf(analysis, at, at), newText: `, ${id}` };
    }
    const b = blocks[blockAt(offset)];
    // Front matter or a code block must stay whole: the comment goes after it.
    if (b && (b.kind === 'code' || b.kind === 'html')) return { range: rangeOf(analysis, b.end, b.end), newText: eol + comment(DIRECTIVE.document) };
    const line = analysis.positionAt(offset).line;
    const at = b ? lineStartOf(analysis, b) : starts[line]!;
    return { range: rangeOf(analysis, at, at), newText: comment(DIRECTIVE.document) + eol };
  }

  const index = blockAt(offset);
  const b = blocks[index];
  const at = b ? lineStartOf(analysis, b) : starts[analysis.positionAt(offset).line]!;
  // Only the start of the block's first line is read (its indentation and list marker): reading a
  // whole long line for each of its findings cost the square of its length.
  const blockEnd = Math.min(b ? b.end : at, at + LINE_START_READ);
  let lineEnd = at;
  while (lineEnd < blockEnd && analysis.text[lineEnd] !== '\n' && analysis.text[lineEnd] !== '\r') lineEnd++;
  const firstLine = analysis.text.slice(at, lineEnd);
  let indent = /^[ \t]*/.exec(firstLine)![0];
  // A comment between two Markdown list items is indented into the item before it, so the list stays one list.
  const marker = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/.exec(firstLine);
  if (markdown && marker && b?.kind === 'list' && blocks[index - 1]?.kind === 'list') indent = ' '.repeat(marker[0].length);
  return { range: rangeOf(analysis, at, at), newText: indent + comment(DIRECTIVE['next-line']) + eol };
}

/**
 * Where a comment before block `b` goes: its start, which is where its line starts, except for a
 * block read from HTML, which starts after a tag: then the start of its line.
 */
function lineStartOf(analysis: Analysis, b: Block): number {
  return htmlLines(b) ? analysis.model.lineStarts[b.line]! : b.start;
}

/** How much of a line's start can be indentation and a list marker, as far as a suppression comment cares. */
const LINE_START_READ = 400;

/** The line end a notice uses (CRLF if it has any), found once per analysis rather than once per finding. */
const LINE_ENDS = new WeakMap<Analysis, string>();
function lineEndOf(analysis: Analysis): string {
  let eol = LINE_ENDS.get(analysis);
  if (eol === undefined) LINE_ENDS.set(analysis, (eol = analysis.text.includes('\r\n') ? '\r\n' : '\n'));
  return eol;
}

/** Whether the blocks are in order and apart (then a binary search finds the one block holding an offset). */
const ORDERED_BLOCKS = new WeakMap<Analysis, boolean>();

/** The first block that holds `offset` (start ≤ offset ≤ end), or -1: by binary search when the blocks are ordered and apart. */
function blockIndexAt(analysis: Analysis, offset: number): number {
  const blocks = analysis.model.blocks;
  let ordered = ORDERED_BLOCKS.get(analysis);
  if (ordered === undefined) {
    ordered = blocks.every((b, i) => b.start <= b.end && (i === 0 || blocks[i - 1]!.end < b.start));
    ORDERED_BLOCKS.set(analysis, ordered);
  }
  if (!ordered) return blocks.findIndex((b) => b.start <= offset && offset <= b.end);
  return searchBlocks(blocks, offset);
}

function leadingSpace(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - from;
}
