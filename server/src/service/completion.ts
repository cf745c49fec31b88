/**
 * Completions: the clauses of the clause tables as snippet completion items, in the notice's
 * language and format, filled with the notice's facts. Offered where a clause can start (an empty
 * line, a word typed at the start of a line, a Markdown heading marker, a list marker), never in
 * the middle of a sentence, so Neovim, Emacs and other LSP editors get what VS Code's snippets give.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { NOTE_IDS, RULE_IDS, isRuleId } from './catalogue';
import type { LanguageTable } from './data/types';
import { clauseCatalogue, renderEntryText, renderSnippet, type LayoutOptions } from './clauses';
import type { NoticeFacts } from './data/clauseTypes';
import { noticeFacts } from './facts';

/** Where the cursor stands, as far as completions care; undefined where no clause can start. */
export interface CompletionSpot {
  /**
   * `heading`: after a typed Markdown heading marker (title and body are inserted);
   * `item`: after a list marker (one list item); `body`: on a line right under a heading
   * (the body only); `section`: at the start of any other line (heading and body).
   */
  readonly form: 'heading' | 'item' | 'body' | 'section';
  /** The character where the typed word starts: the completion replaces from here to the cursor. */
  readonly wordStart: number;
  /** Heading level typed (`heading`) or of the new section (`section`). */
  readonly level: number;
  /** The blank line a new section needs when it follows a paragraph line directly. */
  readonly blankBefore: boolean;
}

/** Text before the cursor on its line: only a word being typed, after optional indentation. */
const LINE_START = /^([ \t]*)([\p{L}\p{N}_-]*)$/u;
const HEADING = /^( {0,3})(#{1,6})[ \t]+([\p{L}\p{N}_-]*)$/u;
const LIST = /^([ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+)([\p{L}\p{N}_-]*)$/u;

/**
 * What kind of completion fits at a position of the analysed text. Pure: reads the line up to the
 * cursor, the line above and the document model.
 */
export function completionSpot(analysis: Analysis, position: Position): CompletionSpot | undefined {
  const { model, text } = analysis;
  const lineStart = model.lineStarts[position.line];
  if (lineStart === undefined) return undefined;
  const before = text.slice(lineStart, lineStart + position.character);
  if (before.includes('\n')) return undefined;
  const markdown = model.format === 'markdown';
  if (markdown) {
    const h = HEADING.exec(before);
    if (h) return { form: 'heading', wordStart: before.length - h[3]!.length, level: h[2]!.length, blankBefore: false };
  }
  const l = LIST.exec(before);
  if (l) return { form: 'item', wordStart: l[1]!.length, level: 0, blankBefore: false };
  const s = LINE_START.exec(before);
  if (!s) return undefined;
  const previous = previousLine(analysis, position.line);
  const underHeading = previous !== undefined && isHeadingLine(analysis, previous.line);
  const offset = lineStart + before.length;
  const section = model.sectionAt(offset);
  const level = Math.max(2, section === -1 ? 2 : model.sections[section]!.level);
  return {
    form: underHeading ? 'body' : 'section',
    wordStart: s[1]!.length,
    level: Math.min(6, level),
    blankBefore: !underHeading && previous !== undefined && previous.adjacent,
  };
}

/** The nearest line above with text, and whether it is the line right above. */
function previousLine(analysis: Analysis, line: number): { line: number; adjacent: boolean } | undefined {
  const { lineStarts } = analysis.model;
  for (let l = line - 1; l >= 0; l--) {
    const start = lineStarts[l]!;
    const end = (lineStarts[l + 1] ?? analysis.text.length + 1) - 1;
    if (analysis.text.slice(start, end).trim() !== '') return { line: l, adjacent: l === line - 1 };
  }
  return undefined;
}

function isHeadingLine(analysis: Analysis, line: number): boolean {
  return analysis.model.blocks.some((b) => b.kind === 'heading' && b.line <= line && line <= b.endLine);
}

/** The list marker the notice already uses ("- ", "* ", "• "), so inserted lists match it. */
function bulletOf(analysis: Analysis): string {
  const m = /^[ \t]*([-*+•])[ \t]+\S/m.exec(analysis.text.slice(0, 200_000));
  return m ? `${m[1]} ` : '- ';
}

/** A clause of the catalogue as one spot inserts it: the snippet text and its preview. */
interface Rendered {
  readonly newText: string;
  readonly preview: string;
}

/**
 * Clause texts already rendered for an analysis, by language and spot (form, level, blank line).
 * Completion is asked again and again on one version of a document (every trigger at a line
 * start, every re-request of the list), and rendering the whole catalogue is most of its cost.
 * Held weakly: it goes with the analysis.
 */
const RENDERED = new WeakMap<Analysis, Map<string, readonly Rendered[]>>();

function renderAll(analysis: Analysis, lang: string, spot: CompletionSpot, facts: NoticeFacts): readonly Rendered[] {
  const format = analysis.model.format;
  const bullet = bulletOf(analysis);
  return clauseCatalogue(lang).map((entry) => {
    if (spot.form === 'heading') {
      // The heading marker is typed: the title goes on its line, the body below it.
      const body: LayoutOptions = { format, form: 'body', bullet };
      const title = renderSnippet(lang, { ...entry, blocks: [] }, facts, { format: 'plaintext', form: 'section' });
      return {
        newText: `${title}\n\n${renderSnippet(lang, entry, facts, body)}`,
        preview: renderEntryText(lang, entry, facts, { format, form: 'section', headingLevel: spot.level, bullet }),
      };
    }
    const layout: LayoutOptions = { format, form: spot.form, headingLevel: spot.level, bullet };
    return {
      newText: (spot.blankBefore ? '\n' : '') + renderSnippet(lang, entry, facts, layout),
      preview: renderEntryText(lang, entry, facts, layout),
    };
  });
}

/**
 * Clause completions at a position, in the given languages (the notice's, or every supported
 * language for a document too short to tell), filled with the notice's facts; [] where no clause
 * can start. `today` (the date a clause gives as the last update) is for tests; without it the
 * rendered texts are kept with the analysis and reused for the next request on the same version.
 */
export function clauseCompletions(analysis: Analysis, position: Position, languages: readonly string[], today?: Date): CompletionItem[] {
  const spot = completionSpot(analysis, position);
  if (!spot) return [];
  let memo = today === undefined ? RENDERED.get(analysis) : undefined;
  if (today === undefined && !memo) RENDERED.set(analysis, (memo = new Map()));
  let facts: NoticeFacts | undefined;
  const format = analysis.model.format;
  const range = { start: { line: position.line, character: spot.wordStart }, end: position };
  const items: CompletionItem[] = [];
  for (const lang of languages) {
    const key = `${lang}\u0000${spot.form}\u0000${spot.level}\u0000${spot.blankBefore}`;
    let rendered = memo?.get(key);
    if (!rendered) {
      facts ??= noticeFacts(analysis, today);
      rendered = renderAll(analysis, lang, spot, lang === analysis.language ? facts : {});
      memo?.set(key, rendered);
    }
    for (const [index, entry] of clauseCatalogue(lang).entries()) {
      const { newText, preview } = rendered[index]!;
      items.push({
        label: entry.label,
        labelDetails: { description: entry.prefix },
        kind: CompletionItemKind.Snippet,
        detail: entry.description,
        documentation: { kind: MarkupKind.Markdown, value: format === 'markdown' ? preview : `\`\`\`text\n${preview}\n\`\`\`` },
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText },
        filterText: `${entry.prefix} ${entry.label}`,
        sortText: `${lang}-${String(index).padStart(3, '0')}`,
      });
    }
  }
  return items;
}

/** A suppression comment's start on its line, up to its directive and the space after it. */
const DIRECTIVE_START = /^[ \t]*(?:<!--|\[)[ \t]*policy-author-disable(?:-next-line)?[ \t,]/;

/**
 * The ids a suppression comment can name, when the cursor stands after its directive (`line` is
 * the line up to the cursor): every check and note not named yet, each with its title in the
 * notice's language, replacing the id being typed. Undefined anywhere else, e.g. after the comment's end.
 */
export function suppressionIdCompletions(line: string, position: Position, t: LanguageTable): CompletionItem[] | undefined {
  const m = DIRECTIVE_START.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  if (/[^\w, \t-]/.test(rest)) return undefined;
  const words = rest.split(/[ \t,]+/);
  const typed = words.pop()!;
  const named = new Set(words);
  const start = { line: position.line, character: position.character - typed.length };
  return [...RULE_IDS, ...NOTE_IDS]
    .filter((id) => !named.has(id))
    .map((id, i) => ({
      label: id,
      kind: CompletionItemKind.Value,
      detail: isRuleId(id) ? t.rules[id].title : t.notes[id],
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: { start, end: position }, newText: id },
    }));
}
