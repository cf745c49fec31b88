/**
 * Where a drafted clause goes and how it is written, so that it reads as part of the notice:
 * into the section the diagnostic is on (a new item of its list, in the list's own marker and
 * indentation, or a paragraph at the end of its text), or else as a new section before the
 * closing contact/changes sections, with a heading in the style of its siblings (Markdown `#` or
 * setext, `**bold**`, numbered "7. Title:" or plain lines). One blank line between blocks, no
 * trailing spaces, the document's own line ending.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Analysis, Finding } from '../analysis';
import { CATALOGUE, RULE_IDS, type RuleId } from '../catalogue';
import type { Clause, ClauseBlock } from '../data/clauseTypes';
import { htmlLines, type Block, type Section } from '../document';
import { has } from '../match';
import { compareNumbers, formatHeadingNumber, nextNumber, numberKey, parseHeadingNumber, readHeadingNumbers, sameStyle, writable, type HeadingNumber } from './numbering';

/** The clause for a check, or undefined when there is none (the action is then not offered). */
export type DraftFn = (id: RuleId) => Clause | undefined;

/**
 * A heading and body for several missing rights together (a notice with no rights section at
 * all gets one section listing them), or undefined to give each its own section.
 */
export type GroupFn = (ids: readonly RuleId[]) => Clause | undefined;

/** A list marker at the start of a line: indentation, marker, spacing. */
const LIST_MARKER = /^([ \t]*)([-*+•·▪◦‣●○■□➢➤►→✓✔]|\d{1,3}[.)]|\(?[a-z]\))([ \t]+)(?=\S)/u;
const UNORDERED = /^[-*+•·▪◦‣●○■□➢➤►→✓✔]$/u;

/** Where one missing item goes: into an existing section, or into a new one. */
type Target = { readonly kind: 'section'; readonly section: number } | { readonly kind: 'new' };

/**
 * The edits that insert clauses for the given missing findings. Clauses bound for the same place
 * are merged into one insertion, in catalogue order; missing rights without a rights section are
 * grouped into one new section when `group` drafts one and more than one right is missing.
 */
export function insertionEdits(analysis: Analysis, findings: readonly Finding[], draft: DraftFn, group?: GroupFn): TextEdit[] {
  const doc = new Doc(analysis);
  const intoSection = new Map<number, { id: RuleId; clause: Clause }[]>();
  const newSections: { ids: RuleId[]; clause: Clause }[] = [];
  const homeless: { id: RuleId; clause: Clause }[] = [];
  const ordered = [...findings].sort((a, b) => order(a.id) - order(b.id));
  for (const f of ordered) {
    const clause = draft(f.id);
    if (!clause) continue;
    const target = targetOf(doc, f);
    if (target.kind === 'section') {
      const list = intoSection.get(target.section) ?? [];
      list.push({ id: f.id, clause });
      intoSection.set(target.section, list);
    } else {
      homeless.push({ id: f.id, clause });
    }
  }
  const rights = homeless.filter((h) => CATALOGUE[h.id].topics.includes('rights'));
  const grouped = rights.length > 1 && group ? group(rights.map((r) => r.id)) : undefined;
  for (const h of homeless) {
    if (grouped && rights.includes(h)) {
      if (h === rights[0]) newSections.push({ ids: rights.map((r) => r.id), clause: grouped });
      continue;
    }
    newSections.push({ ids: [h.id], clause: h.clause });
  }

  const edits: TextEdit[] = [];
  for (const [section, items] of intoSection) edits.push(...doc.intoSection(section, items));
  if (newSections.length) edits.push(doc.newSections(newSections.map((s) => s.clause)));
  return edits.sort((a, b) => doc.offsetOf(a) - doc.offsetOf(b));
}

const order = (id: RuleId): number => RULE_IDS.indexOf(id);

/** The section the diagnostic points at, when it is a section for the item's topic; else a new section. */
function targetOf(doc: Doc, f: Finding): Target {
  const section = f.section ?? -1;
  return section >= 0 && section < doc.sections.length ? { kind: 'section', section } : { kind: 'new' };
}

/** The document seen as a place to write in. */
class Doc {
  readonly text: string;
  readonly eol: string;
  readonly markdown: boolean;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  private readonly starts: readonly number[];

  constructor(private readonly analysis: Analysis) {
    this.text = analysis.text;
    this.eol = /\r\n/.test(analysis.text) && !/(^|[^\r])\n/.test(analysis.text) ? '\r\n' : '\n';
    this.markdown = analysis.model.format === 'markdown';
    this.blocks = analysis.model.blocks;
    this.sections = analysis.model.sections;
    this.starts = analysis.model.lineStarts;
  }

  offsetOf(edit: TextEdit): number {
    return this.starts[edit.range.start.line]! + edit.range.start.character;
  }

  line(n: number): string {
    const start = this.starts[n]!;
    let end = n + 1 < this.starts.length ? this.starts[n + 1]! : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.text.slice(start, end);
  }

  /**
   * Where text added after block `b` goes: its end, or, for a block read from HTML, the end of the
   * HTML block's last line (Markdown inside HTML would show as HTML's text, not as Markdown).
   */
  after(b: Block): number {
    const html = htmlLines(b);
    return html ? this.starts[html.endLine]! + this.line(html.endLine).length : b.end;
  }

  /** Where text added before block `b` goes: its start, or the start of the HTML block it was read from. */
  before(b: Block): number {
    const html = htmlLines(b);
    return html ? this.starts[html.line]! : b.start;
  }

  insertAt(offset: number, text: string): TextEdit {
    const position = this.analysis.positionAt(offset);
    return { range: { start: position, end: position }, newText: text };
  }

  /** Clause text as this format writes it: plain text has no `**` emphasis. */
  inline(text: string): string {
    const t = this.markdown ? text : text.replace(/\*\*(.+?)\*\*/g, '$1');
    return t.split('\n').map((line) => line.trimEnd()).join('\n');
  }

  /** Blocks of a section's own text (not its heading, not its subsections). */
  ownBlocks(section: number): Block[] {
    const s = this.sections[section]!;
    const out: Block[] = [];
    for (let i = s.heading + 1; i < this.blocks.length; i++) {
      const b = this.blocks[i]!;
      if (b.start >= s.end || b.kind === 'heading') break;
      out.push(b);
    }
    return out;
  }

  /**
   * New items of a section. A right in a rights section becomes a new item of the section's
   * longest list, when it has one; anything else (a complaint in a rights section, whether data
   * must be provided in a data section) is a paragraph after the end of the section's own text,
   * after its last paragraph, list or table, where it does not pose as one more entry of a list.
   */
  intoSection(section: number, items: readonly { id: RuleId; clause: Clause }[]): TextEdit[] {
    const own = this.ownBlocks(section);
    const run = longestListRun(own);
    const style = run && this.listStyle(run);
    // Only an entry of a list of rights joins a list, and only the list of a section about rights:
    // any other clause is a paragraph, which as a list item would pose as one more entry of the
    // list (a statement on whether data must be provided, as one more category of data).
    const rightsSection = has(this.analysis.table!.topics.rights, this.sections[section]!.title);
    const listed = style && rightsSection ? items.filter((i) => i.clause.entry) : [];
    const paragraphs = items.filter((i) => !listed.includes(i)).map((i) => this.inline(i.clause.item));
    const last = own[own.length - 1] ?? this.blocks[this.sections[section]!.heading]!;
    const inserts: { at: number; text: string }[] = [];
    if (listed.length && style && run) {
      const sep = this.eol + (style.loose ? this.eol : '');
      inserts.push({ at: this.after(run[run.length - 1]!), text: sep + listed.map((c, i) => style.indent + style.marker(i) + style.spacing + this.inline(c.clause.item)).join(sep) });
    }
    if (paragraphs.length) {
      const text = this.eol + this.eol + paragraphs.join(this.eol + this.eol);
      const at = this.after(last);
      if (inserts[0] && inserts[0].at === at) inserts[0] = { at, text: inserts[0].text + text };
      else inserts.push({ at, text });
    }
    return inserts.map((i) => this.insertAt(i.at, i.text));
  }

  /** The marker style of a list: that of its last top-level item, counting on for ordered lists. */
  private listStyle(run: readonly Block[]): { indent: string; spacing: string; loose: boolean; marker(i: number): string } | undefined {
    const items: { line: number; m: RegExpExecArray }[] = [];
    for (let l = run[0]!.line; l <= run[run.length - 1]!.endLine; l++) {
      const m = LIST_MARKER.exec(this.line(l));
      if (m) items.push({ line: l, m });
    }
    if (!items.length) return undefined;
    const minIndent = Math.min(...items.map((i) => i.m[1]!.length));
    const top = items.filter((i) => i.m[1]!.length === minIndent);
    const last = top[top.length - 1]!;
    const prev = top[top.length - 2];
    let loose = false;
    if (prev) for (let l = prev.line + 1; l < last.line; l++) if (this.line(l).trim() === '') loose = true;
    return { indent: last.m[1]!, spacing: last.m[3]!, loose, marker: (i) => nextMarker(last.m[2]!, i + 1) };
  }

  /** The list marker for new lists: the notice's first bullet, else its first numbered list, else "- ". */
  private newListStyle(): { prefix(i: number): string } {
    let ordered: RegExpExecArray | undefined;
    for (const b of this.blocks) {
      if (b.kind !== 'list') continue;
      const m = LIST_MARKER.exec(this.line(b.line));
      if (!m) continue;
      if (UNORDERED.test(m[2]!)) return { prefix: () => m[1]! + m[2]! + m[3]! };
      ordered ??= m;
    }
    if (ordered) {
      const o = ordered;
      const first = /^\d/.test(o[2]!) ? '1' + o[2]!.slice(-1) : o[2]!.startsWith('(') ? '(a)' : 'a)';
      return { prefix: (i) => o[1]! + nextMarker(first, i) + o[3]! };
    }
    return { prefix: () => '- ' };
  }

  private renderBlocks(blocks: readonly ClauseBlock[]): string[] {
    const style = this.newListStyle();
    return blocks.map((b) =>
      b.kind === 'paragraph' ? this.inline(b.text) : b.items.map((item, i) => style.prefix(i) + this.inline(item)).join(this.eol),
    );
  }

  /**
   * New sections before the notice's closing contact/changes sections, else at its end. In a
   * notice that numbers its sections they take the numbers after the section they follow; when
   * a later section already has one of those numbers ("12. Contact" after "11."), they go after
   * the last section instead, numbered on from it: the notice's own headings are not renumbered
   * (that would change its cross-references), and no two sections share a number.
   */
  newSections(clauses: readonly Clause[]): TextEdit {
    const { level, siblings, anchor: closing } = this.placement();
    let anchor = closing;
    const numbers = readHeadingNumbers(siblings.map(({ s }) => this.text.slice(s.titleStart, s.titleEnd)));
    let previous = (anchor === undefined ? siblings.length : siblings.findIndex(({ i }) => i === anchor)) - 1;
    // The heading a new one copies: the one it follows, or the nearest before it that is no
    // question (whose "?" stands where the others have their colon or nothing).
    const templateAt = (k: number): Section | undefined => {
      for (let j = k; j >= 0; j--) if (!/\?\s*$/.test(siblings[j]!.s.title)) return siblings[j]!.s;
      return siblings[k]?.s;
    };
    let template = templateAt(previous) ?? (anchor !== undefined ? this.sections[anchor] : undefined);
    const style = this.numberStyle(numbers, previous);
    let first: HeadingNumber | undefined;
    if (style) {
      const alike = [...numbers, ...this.headingLikeLines()].filter((n): n is HeadingNumber => n !== undefined && sameStyle(n, style));
      const used = new Set(alike.map(numberKey));
      // The number of the last numbered sibling up to `k`.
      const upTo = (k: number): HeadingNumber | undefined => numbers.slice(0, k + 1).reverse().find((n) => n !== undefined && sameStyle(n, style));
      const fits = (from: HeadingNumber | undefined): from is HeadingNumber =>
        from !== undefined && clauses.every((_c, j) => !used.has(numberKey(nextNumber(from, j + 1))) && writable(nextNumber(from, j + 1)));
      let from = upTo(previous);
      if (anchor !== undefined && !fits(from)) {
        anchor = undefined;
        previous = siblings.length - 1;
        template = templateAt(previous);
        from = upTo(previous);
      }
      // Numbers out of order ("1.", "3.", "2."), or taken by a line that was not read as a heading:
      // count on from the highest, which none exceeds.
      if (!fits(from)) from = alike.reduce((a, b) => (compareNumbers(a, b) >= 0 ? a : b));
      if (fits(from)) first = nextNumber(from, 1);
    }
    const parts: string[] = [];
    clauses.forEach((clause, j) => {
      const number = first && nextNumber(first, j);
      parts.push([this.heading(clause.title, level, template, number), ...this.renderBlocks(clause.blocks)].join(this.eol + this.eol));
    });
    const body = parts.join(this.eol + this.eol);
    if (anchor !== undefined) {
      const headingBlock = this.sections[anchor]!.heading;
      const prior = this.blocks[headingBlock - 1];
      if (!prior) return this.insertAt(this.before(this.blocks[headingBlock]!), body + this.eol + this.eol);
      // A heading in the same HTML block as the text before it: the new sections go between them, on lines of their own.
      const html = htmlLines(this.blocks[headingBlock]!);
      if (html && html === htmlLines(prior)) return this.insertAt(this.starts[this.blocks[headingBlock]!.line]!, this.eol + body + this.eol + this.eol);
      return this.insertAt(this.after(prior), this.eol + this.eol + body);
    }
    const last = this.blocks[this.blocks.length - 1];
    if (!last) return this.insertAt(this.text.length, (this.text.length && !/[\r\n]$/.test(this.text) ? this.eol + this.eol : '') + body + this.eol);
    return this.insertAt(this.after(last), this.eol + this.eol + body);
  }

  /**
   * The numbers of lines that stand alone like a heading but were not read as one (a plain-text
   * "Article 4 – Contact" over a one-line paragraph): one-line paragraphs, and one-line lists
   * with no list next to them, at the start of a line. A new section must not take their numbers
   * either.
   */
  private headingLikeLines(): (HeadingNumber | undefined)[] {
    const out: (HeadingNumber | undefined)[] = [];
    this.blocks.forEach((b, i) => {
      if (b.line !== b.endLine || (b.kind !== 'paragraph' && b.kind !== 'list')) return;
      if (b.kind === 'list' && (this.blocks[i - 1]?.kind === 'list' || this.blocks[i + 1]?.kind === 'list')) return;
      const line = this.line(b.line);
      if (/^\s/.test(line) || line.length > 120) return;
      out.push(parseHeadingNumber(line));
    });
    return out;
  }

  /**
   * How the siblings are numbered, taken from the one the new sections follow (else the last
   * numbered one): undefined when they are not. A word before the number ("Article 3") counts
   * only when two siblings share it, so that one title such as "Top 10 questions" numbers nothing.
   */
  private numberStyle(numbers: readonly (HeadingNumber | undefined)[], previous: number): HeadingNumber | undefined {
    let style = numbers[previous];
    if (!style) for (let j = numbers.length - 1; j >= 0 && !style; j--) style = numbers[j];
    if (!style) return undefined;
    const alike = numbers.filter((n) => n && sameStyle(n, style!)).length;
    if (/\p{L}/u.test(style.lead) && alike < 2 && numbers.length > 1) return undefined;
    return style;
  }

  /**
   * The heading level of the notice's main sections (the title aside), their headings in order,
   * and the section to insert before (the first of the trailing contact and changes sections).
   */
  private placement(): { level: number; siblings: { s: Section; i: number }[]; anchor?: number } {
    const t = this.analysis.table!;
    const first = this.sections[0];
    const rest = this.sections.slice(1);
    // The notice's title is a heading on its first line above every other heading; it has no siblings.
    const titleIsSection =
      first !== undefined &&
      this.blocks[first.heading]!.line === this.analysis.positionAt(this.analysis.model.titleSpan.start).line &&
      (rest.length === 0 || first.level < Math.min(...rest.map((s) => s.level)));
    const candidates = titleIsSection ? rest : this.sections;
    if (!candidates.length) return { level: Math.min((first?.level ?? 1) + 1, 6), siblings: [] };
    const level = Math.min(...candidates.map((s) => s.level));
    const siblings = this.sections.map((s, i) => ({ s, i })).filter(({ s, i }) => s.level === level && (!titleIsSection || i > 0));
    // The last run of contact/changes sections, when it is in the notice's second half (an
    // explainer such as "What does GDPR stand for?" may follow it; "Who we are" at the top is no place for new sections).
    const closing = (k: number): boolean => has(t.topics.controller, siblings[k]!.s.title) || has(t.topics.changes, siblings[k]!.s.title);
    let last = siblings.length - 1;
    while (last >= 0 && !closing(last)) last--;
    let runStart = last;
    while (runStart > 0 && closing(runStart - 1)) runStart--;
    const anchor = last >= 0 && runStart >= siblings.length / 2 ? siblings[runStart]!.i : undefined;
    return { level, siblings, anchor };
  }

  /** A heading for `title` in the style of `template` (its markup, case and underline), numbered `number`. */
  private heading(title: string, level: number, template: Section | undefined, number: HeadingNumber | undefined): string {
    const words = this.inline(title);
    if (!template) return this.markdown ? '#'.repeat(Math.max(level, 2)) + ' ' + words : words;
    const block = this.blocks[template.heading]!;
    const first = this.line(block.line);
    const lineStart = this.starts[block.line]!;
    const prefix = first.slice(0, template.titleStart - lineStart);
    const core = first.slice(template.titleStart - lineStart, template.titleEnd - lineStart);
    const suffix = first.slice(template.titleEnd - lineStart).trimEnd();
    const own = parseHeadingNumber(core);
    const rest = own ? core.slice(own.length) : core;
    const upper = /\p{L}{2}/u.test(rest) && rest === rest.toUpperCase();
    let text = upper ? words.toUpperCase() : words;
    if (number) text = formatHeadingNumber(number) + text;
    const line = prefix + text + suffix;
    if (block.endLine > block.line) {
      const underline = /^[ \t]*([=-])\1*[ \t]*$/.exec(this.line(block.endLine));
      if (underline) return line + this.eol + underline[1]!.repeat(Math.max(3, line.length));
    }
    return line;
  }
}

/** The longest run of consecutive list blocks (the last one on a tie). */
function longestListRun(blocks: readonly Block[]): Block[] | undefined {
  let best: Block[] | undefined;
  let current: Block[] = [];
  for (const b of [...blocks, undefined]) {
    if (b && b.kind === 'list') {
      current.push(b);
      continue;
    }
    if (current.length && (!best || current.length >= best.length)) best = current;
    current = [];
  }
  return best;
}

/** The marker `step` places after `marker`: the same bullet, or the next number or letter. */
function nextMarker(marker: string, step: number): string {
  const num = /^(\d+)([.)])$/.exec(marker);
  if (num) return `${Number(num[1]) + step}${num[2]}`;
  const letter = /^(\(?)([a-z])\)$/.exec(marker);
  if (letter) return `${letter[1]}${String.fromCharCode(Math.min(letter[2]!.charCodeAt(0) + step, 122))})`;
  return marker;
}
