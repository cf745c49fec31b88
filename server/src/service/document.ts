/**
 * The document model: blocks (headings, paragraphs, list items, table rows), sections and
 * sentences with their offsets, built once per document version and shared by every feature.
 * Markdown structure comes from markdown-it (as VS Code parses it); plain text, which has no
 * markup, gets its headings from the shape of its lines.
 */
import MarkdownIt from 'markdown-it';
import { parseHeadingNumber } from './codeActions/numbering';
import { LEGAL_FORMS, LEGAL_FORMS_BEFORE } from './data/organisations';
import { OUTLINE } from './data/outline';
import { closeGaps, fold, HIDDEN_AT, HIDDEN_EMAIL_SOURCE, LETTER_OR_MARK, LINE_PARTS, lineOf, lineStarts, positionAt, type Position } from './text';
import { blankMarkup, htmlRuns, INLINE_TAGS } from './html';

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'code' | 'html';

export interface Block {
  readonly kind: BlockKind;
  /** Offsets of the block's text (markup included), without the trailing line break. */
  readonly start: number;
  readonly end: number;
  /** 0-based first and last line. */
  readonly line: number;
  readonly endLine: number;
  /** Heading level, 1 (title) to 7 (a plain-text heading below numbered ones). */
  readonly level: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** The folded text of the sentence (same length as the original). */
  readonly text: string;
  readonly block: number;
  readonly kind: BlockKind;
  /** Index into sections; -1 before the first heading. */
  readonly section: number;
  /** The sentence opens its block (a list item's first sentence, a table row...). */
  readonly first: boolean;
}

export interface Section {
  /** Index of its heading block. */
  readonly heading: number;
  readonly level: number;
  /** The heading's text without markup. */
  readonly title: string;
  /** Span of the heading's words (for diagnostics and symbols). */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The section's own text runs from its heading to the next heading of any level. */
  readonly start: number;
  readonly end: number;
  /** The whole section including subsections ends here (for folding and outline). */
  readonly fullEnd: number;
  readonly parent: number;
}

export interface DocumentModel {
  readonly text: string;
  readonly folded: string;
  /**
   * The folded text as the checks read it (the sentences' texts are its slices): the markup of HTML
   * blocks and the marks of block quotes blanked (readingText), and a word split by a soft hyphen or
   * hyphenated across a line end joined (joinWords). Nearly always `folded` itself.
   */
  readonly reading: string;
  readonly format: 'markdown' | 'plaintext';
  readonly lineStarts: readonly number[];
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  readonly sentences: readonly Sentence[];
  /** The first line with text: where a missing item is reported when no section fits. */
  readonly titleSpan: { readonly start: number; readonly end: number };
  positionAt(offset: number): Position;
  /** Section index that contains an offset, -1 before the first heading. */
  sectionAt(offset: number): number;
  /** The placeholders and blanks the checks read blanked out (see blankPlaceholders), in order. */
  readonly blanked?: readonly { readonly start: number; readonly end: number }[];
}

let markdownIt: InstanceType<typeof MarkdownIt> | undefined;
/**
 * Block structure only: the model reads block tokens and their line maps, never the inline
 * tokens, so inline parsing (about a quarter of markdown-it's time) is switched off. An inline
 * token still carries its block's text in `content`.
 */
const md = (): InstanceType<typeof MarkdownIt> => {
  if (!markdownIt) {
    markdownIt = new MarkdownIt('commonmark', { html: true }).enable('table');
    markdownIt.core.ruler.disable(['inline', 'text_join']);
    markdownIt.core.ruler.at('normalize', normalize);
    plainTokens(markdownIt);
    plainBlockState(markdownIt);
  }
  return markdownIt;
};

/**
 * markdown-it's first rule (markdown-it 15): CR LF and CR become LF, NUL becomes U+FFFD (and, ours,
 * a no-break space after a heading's marks a space). Each is
 * searched for first (a native search), as most texts have neither and a replace would still read
 * the whole source with an expression.
 */
function normalize(state: { src: string }): void {
  let src = state.src;
  if (src.indexOf('\r') !== -1) src = src.replace(/\r\n?/g, '\n');
  if (src.indexOf('\0') !== -1) src = src.replace(/\0/g, '\uFFFD');
  // A no-break space after a heading's marks (an editor's paste) is the space CommonMark asks for.
  if (src.indexOf('#\u00A0') !== -1) src = src.replace(/^( {0,3}#{1,6})\u00A0/gm, '$1 ');
  state.src = src;
}

/**
 * Block rules that can match only where a source has a certain character, each with a native
 * search that tells whether it has one (markdown-it 15's rules): a table's header row has a '|',
 * a fence opens with ``` or ~~~, a block quote with '>', a reference definition with '[', an
 * HTML block with '<'; a thematic break and a setext underline are a line whose last characters,
 * but spaces and tabs, are its marks (* - _, and = -). A rule that cannot match returns false
 * before it changes anything, so leaving it out of the rule chains changes no token. markdown-it
 * tries every rule before a paragraph's at each block, and the terminators at each of a
 * paragraph's lines (twice: the setext heading rule reads the paragraph first); in a cold run
 * (the CLI's) those calls are a third of the parse.
 */
const OPTIONAL_RULES: readonly { readonly rule: string; readonly can: (source: string) => boolean }[] = [
  { rule: 'table', can: (s) => s.indexOf('|') !== -1 },
  { rule: 'fence', can: (s) => s.indexOf('```') !== -1 || s.indexOf('~~~') !== -1 },
  { rule: 'blockquote', can: (s) => s.indexOf('>') !== -1 },
  { rule: 'hr', can: (s) => /[*_-][ \t]*$/m.test(s) },
  { rule: 'reference', can: (s) => s.indexOf('[') !== -1 },
  { rule: 'html_block', can: (s) => s.indexOf('<') !== -1 },
  { rule: 'lheading', can: (s) => /[=-][ \t]*$/m.test(s) },
];
/** Which of OPTIONAL_RULES are off in the parser now (a bit each); all are on at first. */
let rulesOff = 0;

/**
 * Parses a Markdown source's blocks with the block rules it can match only (see OPTIONAL_RULES):
 * the tokens markdown-it gives with all of them. (Exported for the test that holds it, and the
 * parser's faster token and state constructors, to markdown-it's own.)
 */
export function parseMarkdown(source: string): ReturnType<InstanceType<typeof MarkdownIt>['parse']> {
  const parser = md();
  let off = 0;
  for (let i = 0; i < OPTIONAL_RULES.length; i++) if (!OPTIONAL_RULES[i]!.can(source)) off |= 1 << i;
  if (off !== rulesOff) {
    const on: string[] = [];
    const skipped: string[] = [];
    for (let i = 0; i < OPTIONAL_RULES.length; i++) (off & (1 << i) ? skipped : on).push(OPTIONAL_RULES[i]!.rule);
    parser.block.ruler.enable(on);
    parser.block.ruler.disable(skipped);
    rulesOff = off;
  }
  return parser.parse(source, {});
}

interface BlockState {
  level: number;
  tokens: unknown[];
}
interface TokenFields {
  map: null; level: number; children: null; content: string; markup: string; info: string;
  block: boolean; hidden: boolean; type: string; tag: string; attrs: null; nesting: number; meta: null;
}

/**
 * markdown-it's published build makes each token's thirteen fields through a class-field helper
 * (defineProperty after a property-key conversion), which is half of its block parsing time. The
 * block parser's `push` is given a constructor that assigns the same fields, with the same
 * prototype, and otherwise does what markdown-it's `push` does (StateBlock.push in
 * markdown-it 15). Left alone if that method or the Token class is not where it was.
 */
function plainTokens(instance: InstanceType<typeof MarkdownIt>): void {
  const Token = (MarkdownIt as unknown as { Token?: { prototype: object } }).Token;
  const State = (instance.block as unknown as { State?: { prototype: { push?: unknown } } }).State;
  if (!Token || !State || typeof State.prototype.push !== 'function' || (State.prototype.push as () => void).length !== 3) return;
  function PlainToken(this: TokenFields, type: string, tag: string, nesting: number): void {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  PlainToken.prototype = Token.prototype;
  State.prototype.push = function push(this: BlockState, type: string, tag: string, nesting: number): TokenFields {
    const token = new (PlainToken as unknown as new (type: string, tag: string, nesting: number) => TokenFields)(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  };
}


interface BlockStateFields {
  src: string; md: unknown; env: unknown; tokens: unknown[];
  bMarks: number[]; eMarks: number[]; tShift: number[]; sCount: number[]; bsCount: number[];
  blkIndent: number; line: number; lineMax: number; tight: boolean; listIndent: number; parentType: string; level: number; Token: unknown;
}

/**
 * markdown-it's block state is made the same way as its tokens (see plainTokens), once for each
 * part of a notice it parses: after a keystroke, for the part the keystroke changed. Its fields
 * made through defineProperty, and its loop over the lines in the middle of it, made V8 throw away
 * its optimised code for each part parsed (see readLines): 160 times on the first keystroke of a
 * 100 KB notice, whose parts are all parsed then, one by one, for the memo.
 * The parser is given a constructor that assigns the same fields, with the same prototype, and
 * reads the lines as StateBlock's constructor does (markdown-it 15); it is left alone if a state
 * it makes has other fields than markdown-it's own.
 */
function plainBlockState(instance: InstanceType<typeof MarkdownIt>): void {
  const parser = instance.block as unknown as { State?: (new (src: string, md: unknown, env: unknown, tokens: unknown[]) => object) & { prototype: object } };
  const State = parser.State;
  const Token = (MarkdownIt as unknown as { Token?: unknown }).Token;
  if (typeof State !== 'function' || !Token) return;
  function PlainBlockState(this: BlockStateFields, src: string, md: unknown, env: unknown, tokens: unknown[]): void {
    this.bMarks = [];
    this.eMarks = [];
    this.tShift = [];
    this.sCount = [];
    this.bsCount = [];
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
    this.Token = Token;
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    readLines(this, src);
    const s = src;
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  // markdown-it's own methods, but for getLines of lines at the margin (a paragraph's text, most
  // often) that follow one another in the source (outside a block quote, which moves the lines'
  // starts past its '>'), which is a slice of the source, made without an array to join: with no
  // indent to take off, getLines joins each line's stretch from its start to its line break (and
  // the last one's to its end).
  const proto = Object.create(State.prototype) as { getLines?: (this: BlockStateFields, begin: number, end: number, indent: number, keepLastLF: boolean) => string };
  const getLines = proto.getLines;
  if (typeof getLines === 'function' && getLines.length === 4) {
    proto.getLines = function atMargin(begin, end, indent, keepLastLF) {
      if (end <= begin || indent !== 0 || !contiguous(this, begin, end)) return getLines.call(this, begin, end, indent, keepLastLF);
      return this.src.slice(this.bMarks[begin]!, keepLastLF ? this.eMarks[end - 1]! + 1 : this.eMarks[end - 1]!);
    };
  }
  PlainBlockState.prototype = proto;
  const Plain = PlainBlockState as unknown as typeof State;
  // The same fields, in the same values, for a sample with indents, tabs and no final line break.
  const sample = '# a\n\n  - b\n\tc\n d';
  const fields = (state: object): string => JSON.stringify(Object.entries(state).filter(([k]) => k !== 'md' && k !== 'Token' && k !== 'env' && k !== 'tokens').sort());
  if (fields(new State(sample, instance, {}, [])) !== fields(new Plain(sample, instance, {}, []))) return;
  parser.State = Plain;
}

/** Lines `begin` to `end - 1` follow one another in the source: each starts just after the line break of the one before. */
function contiguous(state: BlockStateFields, begin: number, end: number): boolean {
  for (let line = begin + 1; line < end; line++) if (state.bMarks[line] !== state.eMarks[line - 1]! + 1) return false;
  return true;
}

/**
 * Each line's start and end, and its indent in characters and in columns (a tab to the next
 * multiple of 4), as StateBlock's constructor reads them. A function of its own, with nothing
 * after its loop: V8 compiles a long-running loop in the middle of its function, without types
 * for the code after the loop, and reused that compiled code (throwing it away each time) on
 * every part parsed.
 */
function readLines(state: BlockStateFields, s: string): void {
  const len = s.length;
  let pos = 0;
  while (pos < len) {
    const start = pos;
    let indent = 0;
    let offset = 0;
    let ch = s.charCodeAt(pos);
    while (ch === 9 || ch === 32) {
      indent++;
      offset = ch === 9 ? offset + 4 - (offset % 4) : offset + 1;
      // A last line of only spaces and tabs, with no line break after it, is no line (as in StateBlock).
      if (++pos === len) return;
      ch = s.charCodeAt(pos);
    }
    // After the indent, the line runs to its line break: a native search, not a loop over its characters.
    let end = ch === 10 ? pos : s.indexOf('\n', pos + 1);
    if (end === -1) end = len;
    state.bMarks.push(start);
    state.eMarks.push(end);
    state.tShift.push(indent);
    state.sCount.push(offset);
    state.bsCount.push(0);
    pos = end + 1;
  }
}

/** The block holding `offset` (start ≤ offset ≤ end) among blocks in order and apart, by binary search; -1 if none. */
export function searchBlocks(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Remembers the block structure of parts of a Markdown text between versions of a document
 * (memo.ts implements it): `parse` is only called for a part not seen in the last version.
 */
export interface BlockMemo {
  chunk(source: string, parse: (source: string) => ChunkBlocks): ChunkBlocks;
  /**
   * Where the sentences of a paragraph or list item with this (folded) text end, relative to its
   * start (`split` finds them for a text not seen in the last version).
   */
  sentenceEnds(text: string, split: (text: string) => Int32Array): Int32Array;
  /** What buildModel kept of the version it built last; it reads it and puts the new version's in its place. */
  previous?: ModelState;
}

/**
 * What an edit changed, found by comparing two versions' texts: before `start` and after the
 * ends they are the same (the old text's `[oldEnd, length)` is the new one's `[newEnd, length)`).
 */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * What buildModel keeps of a version for the next one (see BlockMemo.previous): its model, the
 * Markdown parts it parsed by their place in the text, and where each block's sentences are.
 * A part, a line or a block's sentences that lie wholly outside what the next edit changed are
 * the same there, so they are taken over without being read, parsed, split or looked up by
 * their text again; and the texts of sentences taken over are the same strings, which the memo's
 * tables find at once.
 */
export interface ModelState {
  readonly model: DocumentModel;
  /** How this version differs from the one built before it with the same memo (undefined: built afresh). */
  readonly edit?: TextEdit & { readonly from: DocumentModel };
  /** The Markdown parts parsed (after front matter), by their offsets in the text, in order. */
  readonly parts: readonly Part[];
  /** Per block, the index of its first sentence; one more entry holds the number of sentences. */
  readonly firstSentence: Int32Array;
}

/** A part of a Markdown text parsed on its own (see chunkedBlocks), by its offsets in the text. */
interface Part {
  readonly start: number;
  readonly end: number;
  readonly blocks: ChunkBlocks;
}

/** Where two texts differ: the longest common beginning and, after it, the longest common end. */
export function textEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  // Stretches of 256 code units are compared at once (a native comparison), then one by one.
  while (start + 256 <= max && before.slice(start, start + 256) === after.slice(start, start + 256)) start += 256;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let common = 0;
  const room = max - start;
  while (common + 256 <= room && before.slice(before.length - common - 256, before.length - common) === after.slice(after.length - common - 256, after.length - common)) common += 256;
  while (common < room && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) common++;
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}

/**
 * The line starts of a text edited from one whose line starts were `before`: those before the
 * edit are kept, those after it moved, and only the edited stretch is read (with the character
 * before it, which may be a CR that a LF now follows or no longer follows).
 */
function editedLineStarts(before: readonly number[], text: string, edit: TextEdit): number[] {
  const starts: number[] = [];
  let k = 0;
  // A start depends on the character before it and on itself (no start between CR and LF).
  while (k < before.length && before[k]! < edit.start) starts.push(before[k++]!);
  if (starts.length === 0) starts.push(0);
  for (let i = Math.max(0, edit.start - 1); i < edit.newEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const delta = edit.newEnd - edit.oldEnd;
  while (k < before.length && before[k]! <= edit.oldEnd) k++;
  for (; k < before.length; k++) starts.push(before[k]! + delta);
  return starts;
}

/** The previous version's part or block that covers, after the edit, exactly `start` to `end`, when that stretch lies outside the edit. */
function unchangedAt<T extends { readonly start: number; readonly end: number }>(items: readonly T[], edit: TextEdit, start: number, end: number): number {
  let shift: number;
  if (end <= edit.start) shift = 0;
  else if (start >= edit.newEnd) shift = edit.oldEnd - edit.newEnd;
  else return -1;
  const from = start + shift;
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = items[mid]!.start;
    if (s < from) lo = mid + 1;
    else if (s > from) hi = mid - 1;
    else return items[mid]!.end === end + shift ? mid : -1;
  }
  return -1;
}

/** The blocks markdown-it finds in a part of a text, with lines counted from the part's first line. */
export interface ChunkBlocks {
  readonly blocks: readonly RawBlock[];
  /** A fenced code or HTML block runs to the part's end: the text after the part may belong to it. */
  readonly open: boolean;
}

interface RawBlock {
  readonly kind: BlockKind;
  readonly first: number;
  readonly last: number;
  readonly level: number;
}

/**
 * Builds the model of one version of a text. With `memo` (a document being edited), Markdown is
 * parsed in parts and the parts an edit left unchanged are not parsed again; the model is the
 * same as without it.
 */
export function buildModel(text: string, format: 'markdown' | 'plaintext', memo?: BlockMemo): DocumentModel {
  const previous = memo?.previous?.model.format === format ? memo.previous : undefined;
  const changed = previous ? textEdit(previous.model.text, text) : undefined;
  // Written out field by field: one shape for every version's edit.
  const edit = previous && changed ? { start: changed.start, oldEnd: changed.oldEnd, newEnd: changed.newEnd, from: previous.model } : undefined;
  // Folding reads one character at a time: outside the edit the folded text is the old one.
  const starts = edit ? editedLineStarts(edit.from.lineStarts, text, edit) : lineStarts(text);
  const folded = edit ? edit.from.folded.slice(0, edit.start) + fold(text.slice(edit.start, edit.newEnd)) + edit.from.folded.slice(edit.oldEnd) : fold(text);
  // Markdown reads its lines by their offsets; only the plain-text rules read each line's text.
  const lines: LineSpans = { starts, ends: lineEnds(text, starts) };
  const parts: Part[] = [];
  const reuse = previous && edit ? { state: previous, edit } : undefined;
  htmlRead.any = false;
  let blocks = format === 'markdown' ? markdownBlocks(text, folded, lines, memo, reuse, parts) : [];
  const docEnd = starts.length ? lines.ends[starts.length - 1]! : 0;
  furniture.lines = [];
  // A Markdown file whose only headings are bold lines is read by the plain-text rules as well, its
  // bold lines among their headings: its numbered and plain heading lines are headings too.
  if (format === 'plaintext' || !blocks.some((b) => b.kind === 'heading' && !isBoldAt(text, b.start))) {
    const plain = plainBlocks(lineTexts(lines, folded), text, format === 'markdown' ? blocks : undefined);
    blocks = plain;
  }
  const read = format === 'markdown' ? emphasisRead(readingText(folded, blocks, starts, htmlRead.any), blocks) : folded;
  const reading = joinWords(furniture.lines.length ? blankLines(read, lines, furniture.lines) : read, text, starts, blocks);
  const sections = buildSections(blocks, lines.ends, docEnd, reading, reuse !== undefined, folded);
  const firstSentence = new Int32Array(blocks.length + 1);
  const sentences = splitSentences(blocks, sections, reading, memo, reuse, firstSentence);
  const titleSpan = firstTextLine(lines, folded);
  const sectionStarts = new Int32Array(sections.length);
  for (let i = 0; i < sections.length; i++) sectionStarts[i] = sections[i]!.start;
  const model: DocumentModel = {
    text,
    folded,
    reading,
    format,
    lineStarts: starts,
    blocks,
    sections,
    sentences,
    titleSpan,
    positionAt: (offset) => positionAt(text, starts, offset),
    sectionAt(offset) {
      let lo = 0;
      let hi = sectionStarts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sectionStarts[mid]! <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found;
    },
  };
  if (memo) memo.previous = { model, edit, parts, firstSentence };
  return model;
}

/** `text` with the given lines (of `lines`) as spaces: the same length, so every offset stays. */
function blankLines(text: string, lines: LineSpans, which: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const l of which) {
    out += text.slice(last, lines.starts[l]!) + ' '.repeat(lines.ends[l]! - lines.starts[l]!);
    last = lines.ends[l]!;
  }
  return out + text.slice(last);
}

/** The previous version's state and how the text changed since, when the model is built from it. */
interface Reuse {
  readonly state: ModelState;
  readonly edit: TextEdit;
}

interface LineInfo {
  readonly start: number;
  readonly end: number;
  /** Folded text of the line. */
  readonly text: string;
}

/** The lines of a text by their offsets: each one's start, and its end before its line break. */
interface LineSpans {
  readonly starts: readonly number[];
  readonly ends: Int32Array;
}

/**
 * Where each line ends before its line break (what `lineEnd` says of each): a line but the last
 * ends just before the next one's start, less its LF, CR or CR LF (a line's own text ends in
 * neither CR nor LF: a CR there would have ended it), and the last line at the text's end.
 */
function lineEnds(text: string, starts: readonly number[]): Int32Array {
  const n = starts.length;
  const ends = new Int32Array(n);
  for (let i = 0; i + 1 < n; i++) {
    const next = starts[i + 1]!;
    ends[i] = next - 2 >= starts[i]! && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }
  if (n > 0) ends[n - 1] = text.length;
  return ends;
}

/** Each line with its folded text, for the plain-text rules. */
function lineTexts(lines: LineSpans, folded: string): LineInfo[] {
  const infos: LineInfo[] = [];
  for (let i = 0; i < lines.starts.length; i++) {
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    infos.push({ start, end, text: folded.slice(start, end) });
  }
  return infos;
}

/** The first line with text, without the spaces around it; nothing at 0 if none has any. */
function firstTextLine(lines: LineSpans, folded: string): { start: number; end: number } {
  for (let i = 0; i < lines.starts.length; i++) {
    let s = lines.starts[i]!;
    let e = lines.ends[i]!;
    if (isBlankSpan(folded, s, e)) continue;
    while (s < e && folded.charCodeAt(s) === 32) s++;
    while (e > s && folded.charCodeAt(e - 1) === 32) e--;
    return { start: s, end: e };
  }
  return { start: 0, end: 0 };
}

/** A Markdown block over lines `first` to `last` (the same fields as `block`'s). */
const spanBlock = (kind: BlockKind, lines: LineSpans, first: number, last: number, level = 0): Block => ({
  kind,
  start: lines.starts[first]!,
  end: lines.ends[last]!,
  line: first,
  endLine: last,
  level,
});

const block = (kind: BlockKind, lines: readonly LineInfo[], first: number, last: number, level = 0): Block => ({
  kind,
  start: lines[first]!.start,
  end: lines[last]!.end,
  line: first,
  endLine: last,
  level,
});

// ---------------------------------------------------------------- Markdown

function markdownBlocks(text: string, folded: string, lines: LineSpans, memo: BlockMemo | undefined, reuse: Reuse | undefined, parts: Part[]): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 100_000));
  if (fm) {
    const fmLines = fm[0].split(/\r\n|\r|\n/).length - 1;
    blocks.push(spanBlock('code', lines, 0, Math.max(0, fmLines - 1)));
    offset = fmLines;
  }
  const source = offset > 0 ? '\n'.repeat(offset) + text.slice(lines.starts[offset] ?? text.length) : text;
  let raw: readonly RawBlock[];
  try {
    raw = memo ? chunkedBlocks(source, offset, text, lines, memo, reuse, parts) : parseBlocks(source).blocks;
  } catch {
    return [];
  }
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    blocks.push(spanBlock(b.kind, lines, b.first, b.last, b.level));
  }
  // (Sorted only when out of order, which they seldom are: the sort, which is stable, leaves blocks
  // in order as they are, and calls its comparison for each block.)
  if (!inOrder(blocks)) blocks.sort((x, y) => x.start - y.start);
  // Drop empty trailing lines that markdown-it maps include. (A loop, not map and filter: arrays
  // they make are of another kind in optimised code than in the interpreter, which made V8 throw
  // away buildModel's optimised code on the first keystrokes.)
  const shrunk: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'html' && htmlText(text, lines, b, shrunk)) continue;
    const kept = shrink(b, lines, folded);
    if (kept !== undefined) shrunk.push(kept);
  }
  // A notice whose headings are all bold lines and that opens with one has that line for its
  // title: its other headings go below it. A bold line directly over its text heads that text.
  const first = shrunk.find((b) => b.kind !== 'code' || b.line > 0);
  const afterFirst = first && shrunk[shrunk.indexOf(first) + 1];
  if (first?.kind === 'heading' && first.level === 6 && afterFirst?.line !== first.endLine + 1 && shrunk.every((b) => b.kind !== 'heading' || b.level === 6) && shrunk.some((b) => b !== first && b.kind === 'heading')) {
    shrunk[shrunk.indexOf(first)] = { kind: first.kind, start: first.start, end: first.end, line: first.line, endLine: first.endLine, level: 5 };
  }
  return shrunk;
}

/** A bold line that heads what follows it: short, no sentence inside it, not a full stop at its end. */
const BOLD_HEADING = /^(\*\*|__)((?:[^*_\n]|[*_](?![*_])){2,100})\1(?:\s?:)?$/;
/** Two words or more, each capitalised: a name ("Jan de Vries" is not one, "Northwind Trading Ltd" is). */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{M}'.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{M}'.-]*)+$/u;
/** A word of three letters or more in lower case: prose has some, a name or an address line few. */
const LOWER_WORD_3 = /(?:^|\s)\p{Ll}[\p{L}\p{M}]{2,}/gu;

/**
 * Whether a paragraph opens with a heading line in bold over its text ("**Pourquoi collectons-nous
 * vos données ?**" and, on the next line, the answer): the first line is wholly bold, names no
 * contact (an e-mail address, a telephone number, an address) and holds no sentence (no full stop
 * or "!" inside or at its end), the next line does not go on with its sentence (a word in lower
 * case first), and it asks or announces (ends in "?" or ":") or what follows is prose, with three
 * words in lower case or more (in the next line under a name, in the rest of the paragraph under
 * other words). A name in bold over a contact ("**Bakkerij De Molen**" over
 * "Dorpsstraat 1, 1234 AB Dorp" or an e-mail address) stays one paragraph.
 */
function isBoldHeadingLine(content: string): boolean {
  const nl = content.indexOf('\n');
  const line = content.slice(0, nl).trim();
  const bold = BOLD_HEADING.exec(line);
  if (!bold || CONTACTISH.test(line)) return false;
  const words = bold[2]!.trim();
  // (The full stop of its number, "**8. Übermittlung in Drittländer**", ends no sentence.)
  if (/[.!]$|[.!?;](?=\s)/.test(words.replace(/^(?:\d+\.)+\d*\s/, ''))) return false;
  const end = content.indexOf('\n', nl + 1);
  const next = content.slice(nl + 1, end === -1 ? undefined : end).trim();
  // "**Jan de Vries**" over "is onze functionaris ..." begins a sentence; over "Dorpsstraat 1" or an e-mail address, a contact.
  if (/^\p{Ll}/u.test(next) || (NAME_WORDS.test(words) && CONTACTISH.test(next))) return false;
  if (/[?:]$/.test(words) || line.endsWith(':')) return true;
  // Text hard-wrapped at a width gives its next line only a few words, few in lower case in German
  // ("Ihre Stammdaten (Name, Geburtsdatum, Adresse,"): below a title that is no name, the rest of
  // the paragraph is read, about as much as one unwrapped line holds.
  const prose = NAME_WORDS.test(words) ? next : content.slice(nl + 1, nl + 300);
  return (prose.match(LOWER_WORD_3)?.length ?? 0) >= 3;
}

/** A line opening with a bullet character that Markdown does not read as one ("• ", "▪ ", "➤ "). */
const TYPED_BULLET = /^[ \t]*[•·▪◦‣●○■□➢➤►→✓✔][ \t]/mu;

/** Whether the line at `start` opens in bold ("**Cookies**"): a heading Markdown took from a bold line, not a '#' one. */
function isBoldAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 42 || c === 95) && text.charCodeAt(start + 1) === c;
}

/** Whether blocks are in order of their starts. */
function inOrder(blocks: readonly Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.start < blocks[i - 1]!.start) return false;
  return true;
}

/** The blocks of a Markdown source (a whole text or a part of one), lines counted from its start. */
function parseBlocks(source: string): ChunkBlocks {
  const tokens = parseMarkdown(source);
  const blocks: RawBlock[] = [];
  // The number of lines is asked only of a fenced code or HTML block (few parts have one).
  let lineCount = -1;
  let open = false;
  let listDepth = 0;
  let inTable = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const map = t.map;
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open': listDepth++; break;
      case 'bullet_list_close':
      case 'ordered_list_close': listDepth--; break;
      case 'table_open': inTable = true; break;
      case 'table_close': inTable = false; break;
      case 'heading_open':
        if (map) blocks.push({ kind: 'heading', first: map[0], last: Math.max(map[0], map[1] - 1), level: Number(t.tag.slice(1)) || 1 });
        break;
      case 'paragraph_open':
        if (map && !inTable) {
          const inline = tokens[i + 1];
          const content = inline?.content ?? '';
          // A paragraph that is all bold reads as a heading, unless it is a contact line (an e-mail address in bold).
          if (listDepth > 0 && setextTitle(tokens, i, content)) {
            // "1. Who we are" over "=============" (a numbered title pasted from a word processor) heads
            // what follows; CommonMark reads it as a list item whose text runs on over the underline.
            blocks.push({ kind: 'heading', first: map[0], last: map[0] + 1, level: 1 });
            if (map[1] - map[0] > 2) blocks.push({ kind: 'paragraph', first: map[0] + 2, last: map[1] - 1, level: 0 });
          } else if (listDepth === 0 && BOLD_HEADING.test(content.trim()) && !CONTACTISH.test(content)) {
            blocks.push({ kind: 'heading', first: map[0], last: map[1] - 1, level: 6 });
          } else if (listDepth === 0 && map[1] - map[0] > 1 && (content.startsWith('**') || content.startsWith('__')) && isBoldHeadingLine(content)) {
            // CommonMark reads a bold line directly over its text as one paragraph; its reader sees a heading.
            blocks.push({ kind: 'heading', first: map[0], last: map[0], level: 6 });
            blocks.push({ kind: 'paragraph', first: map[0] + 1, last: map[1] - 1, level: 0 });
          } else if (listDepth === 0 && TYPED_BULLET.test(content)) {
            // Bullets typed or pasted as characters ("• Name"), which Markdown reads as one
            // paragraph: each line with one and the lines after it are a list item.
            const rows = content.split('\n');
            for (let k = 1, start = 0; k <= rows.length; k++) {
              if (k < rows.length && !TYPED_BULLET.test(rows[k]!)) continue;
              blocks.push({ kind: TYPED_BULLET.test(rows[start]!) ? 'list' : 'paragraph', first: map[0] + start, last: map[0] + k - 1, level: 0 });
              start = k;
            }
          } else {
            blocks.push({ kind: listDepth > 0 ? 'list' : 'paragraph', first: map[0], last: map[1] - 1, level: 0 });
          }
        }
        break;
      case 'tr_open':
        if (map) blocks.push({ kind: 'table', first: map[0], last: map[1] - 1, level: 0 });
        break;
      case 'hr': {
        // "1. Who we are" directly over "-------------": CommonMark reads a list item and a rule, its
        // writer (or the word processor the text came from) a numbered title.
        const item = blocks[blocks.length - 1];
        if (map && t.markup[0] === '-' && item?.kind === 'list' && item.first === item.last && item.last === map[0] - 1 && tokens[i - 1]!.type === 'ordered_list_close' && setextTitle(tokens, i - 5, tokens[i - 4]!.content, true)) {
          blocks[blocks.length - 1] = { kind: 'heading', first: item.first, last: map[0], level: 2 };
        }
        break;
      }
      case 'fence':
      case 'code_block':
      case 'html_block':
        if (map) {
          blocks.push({ kind: t.type === 'html_block' ? 'html' : 'code', first: map[0], last: Math.max(map[0], map[1] - 1), level: 0 });
          if (t.type !== 'code_block') {
            if (lineCount === -1) lineCount = countLines(source);
            if (map[1] >= lineCount) open = true;
          }
        }
        break;
      default:
        break;
    }
  }
  return { blocks, open };
}

/** A line of '=' (a setext heading's underline, level 1). */
const EQUALS_LINE = /^[ \t]*=+[ \t]*$/;
/** A list item's text that can be a title: one line, at most 100 characters, no sentence's or clause's end. */
const TITLE_TEXT = /^[^\n]{2,100}$/;
const TITLE_END = /[.,;:!]\s*$/;

/**
 * Whether the paragraph opened at `tokens[i]` (its inline text `content`) is the text of a numbered
 * list item that is a title over a setext underline: the paragraph opens an item of an ordered list,
 * at the item's line, and is a title (short, not ending as a sentence or a clause); its second line is
 * a row of '=' (or, with `dashes`, it is one line, its item its list's only one, and the rule right
 * after the list, which the caller checks).
 */
function setextTitle(tokens: readonly { type: string; markup: string; map: [number, number] | null }[], i: number, content: string, dashes = false): boolean {
  const item = tokens[i - 1];
  const map = tokens[i]?.map;
  if (!map || item?.type !== 'list_item_open' || (item.markup !== '.' && item.markup !== ')') || item.map?.[0] !== map[0]) return false;
  const nl = content.indexOf('\n');
  const title = nl === -1 ? content : content.slice(0, nl);
  if (!TITLE_TEXT.test(title) || TITLE_END.test(title)) return false;
  // (A rule right under the last of several items is a rule under a list.)
  if (dashes) return nl === -1 && tokens[i - 2]?.type === 'ordered_list_open';
  const end = content.indexOf('\n', nl + 1);
  return nl !== -1 && EQUALS_LINE.test(content.slice(nl + 1, end === -1 ? undefined : end));
}

/** How many lines a source has (LF, CR LF or CR ends), a line break at its end ending its last line. */
function countLines(source: string): number {
  return source.split(/\r\n|\r|\n/).length - (/(?:\r\n|\r|\n)$/.test(source) ? 1 : 0);
}

/**
 * The blocks of a Markdown source parsed in parts, each part remembered by its text. A part ends
 * before a line that opens with '#' after a blank line: there markdown-it is back at the top
 * level (a blank line ends paragraphs, tables and block quotes, and a line at the margin that is
 * no list marker ends lists), so the text from there on parses the same on its own. Only a fenced
 * code or HTML block left open can run past such a line: then the part is joined to the next.
 * `skip` lines at the start (front matter) are blank in `source`. A part after the front matter
 * that lies outside what an edit changed (`reuse`) is taken from the previous version by its
 * place, without being cut out and looked up; the parts after the front matter are put in `parts`.
 */
function chunkedBlocks(source: string, skip: number, text: string, lines: LineSpans, memo: BlockMemo, reuse: Reuse | undefined, parts: Part[]): RawBlock[] {
  const { starts, ends } = lines;
  const count = starts.length;
  const cuts: number[] = [];
  for (let i = Math.max(1, skip); i < count; i++) {
    // (The last line may start at the text's end: reading past it would throw away optimised code.)
    if (starts[i]! < text.length && text.charCodeAt(starts[i]!) === 35 /* # */ && isBlank(text, starts[i - 1]!, ends[i - 1]!)) cuts.push(i);
  }
  cuts.push(count);
  const out: RawBlock[] = [];
  // Where a line starts in `source`, whose first `skip` lines are each just a line break.
  const base = skip < count ? starts[skip]! - skip : 0;
  const startOf = (line: number): number => (line >= count ? source.length : line < skip ? line : starts[line]! - base);
  // Where a line starts in `text`: a part from a line after the front matter is that stretch of it.
  const textAt = (line: number): number => (line >= count ? text.length : starts[line]!);
  // The first version built with the memo has none of its parts in it: they are parsed without
  // being looked up (which reads each part's whole text to find it in a table). After an edit,
  // parts outside it are taken over by their place, and only what the edit changed is looked up.
  const lookUp = (part: string): ChunkBlocks => (reuse ? memo.chunk(part, parseBlocks) : parseBlocks(part));
  const parse = (from: number, to: number): ChunkBlocks => {
    if (from < skip) return lookUp(source.slice(startOf(from), startOf(to)));
    const start = textAt(from);
    const end = textAt(to);
    const known = reuse ? unchangedAt(reuse.state.parts, reuse.edit, start, end) : -1;
    const blocks = known !== -1 ? reuse!.state.parts[known]!.blocks : lookUp(source.slice(startOf(from), startOf(to)));
    parts.push({ start, end, blocks });
    return blocks;
  };
  let from = 0;
  for (let c = 0; c < cuts.length; c++) {
    let to = cuts[c]!;
    let part = parse(from, to);
    // A block left open runs on: parse a longer part, up to the next cut.
    while (part.open && to < count) {
      to = cuts[++c]!;
      if (from >= skip) parts.pop();
      part = parse(from, to);
    }
    for (const b of part.blocks) out.push({ kind: b.kind, first: b.first + from, last: b.last + from, level: b.level });
    from = to;
  }
  return out;
}

/** A line markdown-it reads as blank: only spaces and tabs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function shrink(b: Block, lines: LineSpans, folded: string): Block | undefined {
  const { starts, ends } = lines;
  let last = b.endLine;
  while (last > b.line && isBlankSpan(folded, starts[last]!, ends[last]!)) last--;
  if (last === b.line && isBlankSpan(folded, starts[b.line]!, ends[b.line]!)) return undefined;
  const end = ends[last]!;
  return end === b.end && last === b.endLine ? b : { kind: b.kind, start: b.start, end, line: b.line, endLine: last, level: b.level };
}

/**
 * The blocks an HTML block holds text for (html.ts): each heading, paragraph, list item and table
 * row in it a block of that kind, from its first character of text to its last, pushed to `out`;
 * whether there was any (a block of comments or scripts only stays an HTML block, which the checks
 * do not read). Each is noted in FROM_HTML with the lines of the whole HTML block.
 */
function htmlText(text: string, lines: LineSpans, b: Block, out: Block[]): boolean {
  const runs = htmlRuns(text, b.start, b.end);
  if (runs.length === 0) return false;
  htmlRead.any = true;
  const span = { line: b.line, endLine: b.endLine };
  for (const r of runs) {
    const derived: Block = { kind: r.kind, start: r.start, end: r.end, line: lineOf(lines.starts, r.start), endLine: lineOf(lines.starts, r.end - 1), level: r.level };
    FROM_HTML.set(derived, span);
    out.push(derived);
  }
  return true;
}

/**
 * The blocks made from the text of an HTML block (htmlText), with the lines of that HTML block: their
 * inline tags and character references are blanked where the checks read them (readingText).
 */
const FROM_HTML = new WeakMap<Block, { readonly line: number; readonly endLine: number }>();
/** Whether the model being built has blocks made from HTML (most have none, and then nothing is blanked). */
const htmlRead = { any: false };

/**
 * The lines of the HTML block a block's text was read from (htmlText), or undefined for a block
 * of Markdown or plain text. An edit must not put Markdown inside the HTML: text added after such
 * a block goes after the HTML block's last line.
 */
export function htmlLines(b: Block): { readonly line: number; readonly endLine: number } | undefined {
  return FROM_HTML.get(b);
}

/**
 * The folded text as the checks read it: with the markup inside the blocks made from HTML (see
 * htmlText) and the '>' marks of block quotes blanked, so that "for two\n> years" reads "for two
 * years", and the character references and inline tags of the other blocks but code read
 * ("L&ouml;schung" reads "Löschung", "a line<br>break" reads "a line    break", as a web editor's
 * export means them; blankMarkup, INLINE_TAGS); the folded text itself when there are none (nearly
 * always). Offsets do not move.
 */
function readingText(folded: string, blocks: readonly Block[], starts: readonly number[], html: boolean): string {
  let out = '';
  let last = 0;
  let amp = folded.indexOf('&');
  let lt = folded.indexOf('<');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const own = html && FROM_HTML.has(b);
    if (!own && (b.kind === 'code' || b.kind === 'html')) continue;
    if (amp !== -1 && amp < b.start) amp = folded.indexOf('&', b.start);
    if (lt !== -1 && lt < b.start) lt = folded.indexOf('<', b.start);
    let part: string;
    if (!own && quoteMarkAt(folded, b.start) !== -1) {
      part = '';
      let from = b.start;
      for (let l = b.line; l <= b.endLine; l++) {
        let at = quoteMarkAt(folded, Math.max(starts[l]!, b.start));
        // Each '>' of the line's marks ("> > text" in a quote within a quote).
        while (at !== -1 && at < b.end) {
          part += folded.slice(from, at) + ' ';
          from = at + 1;
          at = quoteMarkAt(folded, from);
        }
      }
      part += folded.slice(from, b.end);
    } else if (own || (amp !== -1 && amp < b.end) || (lt !== -1 && lt < b.end)) part = folded.slice(b.start, b.end);
    else continue;
    out += folded.slice(last, b.start) + blankMarkup(part, own || INLINE_TAGS);
    last = b.end;
  }
  return last === 0 ? folded : out + folded.slice(last);
}

/** The characters of Markdown's emphasis (`*`, `_`) and strikethrough (`~~`) marks. */
const EMPHASIS_CHAR = /[*_~]/;
const EMPHASIS_NEXT = /[*_~]/g;
const EMPHASIS_RUN = /\*+|_+|~~/g;
const SPACE_OR_NONE = /^\s?$/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const LABEL_END = /[.?!:]/;

/**
 * `reading` with the marks of Markdown's emphasis inside its paragraphs, list items, headings and
 * tables blanked, so that "the **right** to object", "for *six months*" and
 * "Recht auf ~~Aus~~**Auskunft**" read as their words do: a pair of marks (an opening run and a
 * closing run of the same character and length, as CommonMark tells them by what stands on either
 * side) becomes spaces, and a mark inside a word ("**Daten**schutz") or a closing mark between a
 * word and a comma a gap that closes up (closeGaps), so that the comma stays right behind the word.
 * A run that opens or closes nothing ("Mon*", "a * b", a list's "* ") stays as it is.
 * The same length, so every offset stays where it was; the text itself when it has no such marks.
 */
function emphasisRead(reading: string, blocks: readonly Block[]): string {
  if (!EMPHASIS_CHAR.test(reading)) return reading;
  let out = '';
  let last = 0;
  const gaps: number[] = [];
  for (const b of blocks) {
    // (The text of an HTML block is no Markdown: "_ga" in its table is a cookie's name.)
    if ((b.kind !== 'paragraph' && b.kind !== 'list' && b.kind !== 'heading' && b.kind !== 'table') || FROM_HTML.has(b)) continue;
    // (A block with no mark is passed over without copying its text.)
    EMPHASIS_NEXT.lastIndex = b.start;
    const next = EMPHASIS_NEXT.exec(reading);
    if (next === null) break;
    if (next.index >= b.end) continue;
    const text = reading.slice(b.start, b.end);
    const openers: { at: number; run: string }[] = [];
    const pairs: number[] = [];
    for (const m of text.matchAll(EMPHASIS_RUN)) {
      const at = m.index!;
      const run = m[0];
      if (text[at - 1] === '\\') continue;
      const before = text[at - 1] ?? ' ';
      const after = text[at + run.length] ?? ' ';
      const spaceBefore = SPACE_OR_NONE.test(before);
      const spaceAfter = SPACE_OR_NONE.test(after);
      const punctBefore = PUNCTUATION.test(before);
      const punctAfter = PUNCTUATION.test(after);
      const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
      const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
      // An underscore inside a word ("first_last@example.org") is no mark.
      const open = left && (run[0] !== '_' || !right || punctBefore);
      const close = right && (run[0] !== '_' || !left || punctAfter);
      if (close) {
        let k = openers.length - 1;
        while (k >= 0 && openers[k]!.run !== run) k--;
        if (k >= 0) {
          // A label in bold ("**Note:**", "**Wozu?**") keeps its marks: they keep it one sentence with what it labels.
          if (!LABEL_END.test(before)) pairs.push(openers[k]!.at, at);
          openers.length = k;
          continue;
        }
      }
      if (open && run.length <= 3) openers.push({ at, run });
    }
    if (!pairs.length) continue;
    // (Each pair's two runs have the length of the opening one.)
    const marks: [number, number, boolean][] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const n = reading[b.start + pairs[k]!] === '~' ? 2 : runLength(reading, b.start + pairs[k]!);
      marks.push([b.start + pairs[k]!, n, false], [b.start + pairs[k + 1]!, n, true]);
    }
    marks.sort((x, y) => x[0] - y[0]);
    for (const [from, n, closing] of marks) {
      out += reading.slice(last, from) + ' '.repeat(n);
      last = from + n;
      // A mark inside a word, and a closing mark between a word and a comma or full stop, close up:
      // the word moves over it ("*access*, correct" reads " access, correct"). Before a space or a
      // line end it stays a space, and a heading's words keep their places.
      if (LETTER_OR_MARK.test(reading[from - 1] ?? '') && (closing ? !SPACE_OR_NONE.test(reading[from + n] ?? '') : LETTER_OR_MARK.test(reading[from + n] ?? ''))) gaps.push(from, from + n);
    }
  }
  if (last === 0) return reading;
  out += reading.slice(last);
  return gaps.length ? closeGaps(out, gaps) : out;
}

/** The length of the run of one character at `at`. */
function runLength(text: string, at: number): number {
  let n = 1;
  while (text[at + n] === text[at]) n++;
  return n;
}

const LOWER = /\p{Ll}/u;
/** A conjunction after a compound's first part ("persoons- en contactgegevens", "Name-, Adress- und"): no word's rest. */
const CONJUNCTION = /^(?:and|or|en|of|und|oder|bzw|et|ou)(?![\p{L}\p{M}])/u;

/**
 * `reading` with each word that a PDF or a web page split put together again, so that the cues find
 * it: a soft hyphen inside a word ("Daten\u00ADschutz", where a page allowed a break) and, in a
 * paragraph or a list item, a word hyphenated across a line end ("verwij-\nderen", "bewaar-\n
 * termijn": a letter and '-' end the line, a small letter opens the next one after its indent).
 * The word's first part moves down to its rest, over the hyphen (and the line break), and spaces
 * come before it (closeGaps). A hyphen before a capital ("Datenschutz-\n
 * Grundverordnung") or a conjunction ("persoons-\nen contactgegevens") is kept: a compound's own hyphen.
 * So is a letter written decomposed (below).
 */
function joinWords(reading: string, text: string, starts: readonly number[], blocks: readonly Block[]): string {
  const joins: number[] = [];
  for (let at = text.indexOf('\u00AD'); at !== -1; at = text.indexOf('\u00AD', at + 1)) {
    if (LETTER_OR_MARK.test(text[at - 1] ?? '') && LETTER_OR_MARK.test(text[at + 1] ?? '')) joins.push(at, at + 1);
  }
  let b = 0;
  for (let l = 1; l < starts.length; l++) {
    // The line before ends in a letter and '-' or a soft hyphen (then LF, CR or CR LF).
    let end = starts[l]! - 1;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    const hyphen = reading.charCodeAt(end - 1);
    if ((hyphen !== 45 && hyphen !== 0xad) || !LETTER_OR_MARK.test(reading[end - 2] ?? '')) continue;
    let next = starts[l]!;
    while (reading.charCodeAt(next) === 32) next++;
    if (!LOWER.test(reading[next] ?? '') || CONJUNCTION.test(reading.slice(next, next + 5))) continue;
    while (b < blocks.length && blocks[b]!.end <= end) b++;
    const block = blocks[b];
    if (!block || block.start > end - 1 || block.end <= next || (block.kind !== 'paragraph' && block.kind !== 'list')) continue;
    joins.push(end - 1, next);
  }
  // A letter written as a base letter and combining marks ("e\u0301", as some PDFs and macOS give
  // text) is composed into the one letter the cues are written with, and the marks' places close up.
  if (COMBINING.test(reading)) {
    let out = '';
    let last = 0;
    for (const m of reading.matchAll(DECOMPOSED)) {
      const one = m[0].normalize('NFC');
      if (one.length >= m[0].length) continue;
      const at = m.index!;
      // (The marks' places become soft hyphens, which closeGaps reads as no letter, as a word's gaps must be.)
      out += reading.slice(last, at) + one + '\u00AD'.repeat(m[0].length - one.length);
      last = at + m[0].length;
      joins.push(at + one.length, last);
    }
    reading = out + reading.slice(last);
  }
  return joins.length ? closeGaps(reading, joins) : reading;
}

const COMBINING = /[\u0300-\u036f]/;
const DECOMPOSED = /\p{L}[\u0300-\u036f]+/gu;

/** Where the '>' of a block quote's mark is in the line from `at` (after up to three spaces), or -1. */
function quoteMarkAt(folded: string, at: number): number {
  for (let k = 0; k < 4; k++) {
    const c = folded.charCodeAt(at + k);
    if (c === 62) return at + k;
    if (c !== 32) return -1;
  }
  return -1;
}

/** Whether a stretch of the folded text is empty or only white space: what `trim() === ''` says of it, without making a string. */
function isBlankSpan(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(folded.charCodeAt(i))) return false;
  return true;
}

// ---------------------------------------------------------------- Plain text

/** The level of a plain-text heading line: below a title (1) and below numbered headings ("1." is 2, "1.1" is 3). */
const PLAIN_LEVEL = 3;
const HIDDEN_EMAIL = new RegExp(HIDDEN_EMAIL_SOURCE, 'giu');
/** A heading names something: a line of only digits and punctuation ("```", "* * *", "2024") is none. */
const HAS_LETTER = /\p{L}/u;
const BULLET = /^\s*(?:[-*+•·▪◦‣●○■□➢➤►→✓✔]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)](?=\s))\s+/iu;
const CONTACTISH = /@|https?:|www\.|\+?\d[\d ()-]{6,}\d|\b\d{4}\s?[A-Z]{2}\b|\b\d{4,5}\s+\p{Lu}/u;
const DATEISH = /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(?:19|20)\d{2}\b/u;
/** How a plain-text heading is numbered: its style ("." for "1." and "1.1", ")", "§", or a lead word), its depth ("1.2" is 2) and its title. */
interface HeadingNumbering {
  readonly style: string;
  readonly depth: number;
  readonly title: string;
}

/**
 * The arabic numbering a line opens with, read as the quick fixes read it ("1.", "1.2", "1)",
 * "§ 1", "Article 1 -", "Art. 1:"), so that a section they add is read back as they numbered it.
 * A bare number needs a full stop, a parenthesis or a second part ("1.2"); a word before the
 * number counts only when it is capitalised and is one of `leads`, the words the text's
 * numbered lines share ("Article" of "Article 1", "Article 2"): "Tot 3 maanden" is no numbering.
 */
function headingNumbering(t: string, leads: ReadonlySet<string>): HeadingNumbering | undefined {
  if (!DIGIT_NEAR_START.test(t)) return undefined;
  const n = parseHeadingNumber(t);
  if (!n || n.kind !== 'arabic') return undefined;
  const sep = n.after.trim();
  const lead = n.lead.trim();
  let style: string;
  if (!lead) {
    if (sep.includes(')')) style = ')';
    else if (sep.startsWith('.') || (!sep && n.parts.length > 1)) style = '.';
    else return undefined;
  } else if (lead.startsWith('§')) style = '§';
  else if (/^\p{Lu}/u.test(lead) && leads.has(leadWord(lead))) style = leadWord(lead);
  else return undefined;
  const title = t.slice(n.length);
  return title && /^\S/.test(title) ? { style, depth: n.parts.length, title } : undefined;
}

/**
 * An arabic heading number starts within a line's first 17 characters (a lead word of at most 12
 * letters, a full stop and 3 spaces, or "§§" and 3 spaces, before it): a cheap test that spares
 * most lines of a notice the full reading of `parseHeadingNumber`, which every line would get.
 */
const DIGIT_NEAR_START = /^\s*\D{0,16}\d/;

const leadWord = (lead: string): string => lead.replace(/\.$/, '').toLowerCase();

/** The capitalised words before a number that open at least two lines of the text ("article" of "Article 1 -", "Article 2 -"). */
function sharedLeads(lines: readonly LineInfo[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const l of lines) {
    if (!DIGIT_NEAR_START.test(l.text) || !/^\s*\p{Lu}\p{L}+\.? +\d/u.test(l.text)) continue;
    const n = parseHeadingNumber(l.text.trim());
    if (!n || !n.lead.trim() || n.lead.startsWith('§')) continue;
    const w = leadWord(n.lead.trim());
    if (seen.has(w)) shared.add(w);
    seen.add(w);
  }
  return shared;
}

/**
 * A line that is only a page's number: "Page 2 of 5", "Pagina 2 van 5", "Seite 2 von 5", "Page 2 sur 5",
 * "Page 2/5", "p. 2", or a bare "2", "2/5", "- 2 -" (group 1 is the word, when there is one).
 */
const PAGE_LINE = /^\s*(?:[-–—] *)?(?:(page|pagina|seite|blatt|p\.|pag\.|s\.) *)?\d{1,3}(?: *(?:\/|of|van|von|sur|de|aus) *\d{1,3})?(?: *[-–—])?\s*$/iu;

/** The lines of a page's furniture that the last plainBlocks found (see pageFurniture), for the reading to blank. */
const furniture: { lines: number[] } = { lines: [] };

/**
 * The lines of a PDF's text that are its pages' furniture, not the notice's text: a page's number
 * ("Page 2 of 5", "Seite 3", "- 4 -") and a running header or footer, a line next to a page number
 * (up to three lines away) whose text the document has elsewhere too ("Privacy Notice | Ravensworth
 * Council"; its first line, the title, stays). Added to `skip`, so that no block holds them and
 * nothing reads them as headings, and kept in `furniture.lines`.
 */
function pageFurniture(lines: readonly LineInfo[], skip: Set<number>): void {
  furniture.lines = [];
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i]!.text.trim() === '';
  const pages: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const page = skip.has(i) ? null : PAGE_LINE.exec(lines[i]!.text);
    // (A bare number counts only between empty lines, where no list or heading number stands.)
    if (page === null || (page[1] === undefined && !(blank(i - 1) && blank(i + 1)))) continue;
    pages.push(i);
  }
  if (!pages.length) return;
  let first = 0;
  while (first < lines.length && blank(first)) first++;
  const near = new Set<number>();
  for (const p of pages) for (let j = Math.max(0, p - 3); j <= Math.min(lines.length - 1, p + 3); j++) if (j !== first && !blank(j) && !pages.includes(j)) near.add(j);
  const count = new Map<string, number>();
  for (const l of lines) { const t = l.text.trim(); if (t) count.set(t, (count.get(t) ?? 0) + 1); }
  for (const j of near) if (count.get(lines[j]!.text.trim())! >= 2 && lines[j]!.text.trim().length <= 120) pages.push(j);
  for (const i of pages) skip.add(i);
  furniture.lines = pages.sort((a, b) => a - b);
}

/**
 * Splits plain text (`text`, whose lines are `lines`) into blocks. `markdown` blocks, when given,
 * are the structure markdown-it found in a Markdown file without headings: their code and HTML
 * blocks are kept as they are.
 */
function plainBlocks(lines: readonly LineInfo[], text: string, markdown?: readonly Block[]): Block[] {
  const skip = new Set<number>();
  const blocks: Block[] = [];
  /** The lines of the bold headings Markdown found. */
  const bold = new Set<number>();
  for (const b of markdown ?? []) {
    const html = FROM_HTML.get(b);
    if (b.kind === 'code' || b.kind === 'html' || html) {
      blocks.push(b);
      for (let l = html?.line ?? b.line; l <= (html?.endLine ?? b.endLine); l++) skip.add(l);
    } else if (b.kind === 'heading') bold.add(b.line);
  }
  // Fenced code in plain text too.
  let fence: string | undefined;
  let fenceStart = 0;
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    // Line texts are folded, and folding makes a backtick a straight quote: "```" reads "'''" here.
    const m = /^\s{0,3}('{3,}|~{3,})/.exec(lines[i]!.text);
    if (fence === undefined && m) { fence = m[1]![0]!; fenceStart = i; continue; }
    if (fence !== undefined && m && m[1]![0] === fence) {
      blocks.push(block('code', lines, fenceStart, i));
      for (let l = fenceStart; l <= i; l++) skip.add(l);
      fence = undefined;
    }
  }
  pageFurniture(lines, skip);
  const isEmpty = (i: number): boolean => i < 0 || i >= lines.length || skip.has(i) || lines[i]!.text.trim() === '';
  const nextNonEmpty = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && isEmpty(j)) j++;
    return j < lines.length ? j : -1;
  };
  const firstText = nextNonEmpty(-1);
  const plainContext: PlainContext = { lines, isEmpty, nextNonEmpty, width: wrapWidth(lines, isEmpty), words: textWords(text), stopped: new Map() };
  const leads = sharedLeads(lines);

  // A text that marks its headings with '#' (Markdown read as plain text) marks all of them: its
  // other lines are not guessed to be headings, as a Markdown reader would not take them for any.
  let marked = 0;
  for (let i = 0; i < lines.length && marked < 2; i++) if (!isEmpty(i) && /^\s{0,3}#{1,6}\s+\S/.test(lines[i]!.text)) marked++;
  const guess = marked < 2;
  const kinds: (BlockKind | undefined)[] = new Array(lines.length).fill(undefined);
  const levels: number[] = new Array(lines.length).fill(0);
  /** Lines of numbered headings and of plain heading lines, in order. */
  const numbered: number[] = [];
  const plain: number[] = [];
  /** Lines of lettered headings ("a) Hosting"). */
  const lettersAt: number[] = [];
  /** Short lines ending in a full stop directly over a paragraph ("Keeping your data."): see below. */
  const stopped: number[] = [];
  /** Lines that open with a number and go on from the line of prose before them (numberGoesOn). */
  const goesOn = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (isEmpty(i)) continue;
    const raw = lines[i]!.text;
    const t = raw.trim();
    const atx = /^(#{1,6})\s+\S/.exec(t);
    if (atx) { kinds[i] = 'heading'; levels[i] = atx[1]!.length; continue; }
    // (The first one is the title only apart from its text: over it, it heads that text as the others do.)
    if (bold.has(i)) {
      const title = i === firstText && isEmpty(i + 1);
      kinds[i] = 'heading';
      levels[i] = title ? 1 : PLAIN_LEVEL;
      if (!title) plain.push(i);
      continue;
    }
    if (/^\|.*\|$/.test(t)) { kinds[i] = 'table'; continue; }
    // A numbered line over an underline of three or more is a heading ("1. About us" over "-----"), not a list item.
    if (!isEmpty(i + 1) && /^(=+|-+)\s*$/.test(lines[i + 1]!.text.trim()) && (!BULLET.test(raw) || (/^\s*\d{1,2}[.)]\s/.test(raw) && /^([=-])\1{2,}$/.test(lines[i + 1]!.text.trim())))) {
      kinds[i] = 'heading';
      levels[i] = lines[i + 1]!.text.trim()[0] === '=' ? 1 : 2;
      kinds[i + 1] = 'heading';
      skip.add(i + 1);
      continue;
    }
    // (A title in capitals is one even where the next line's first word would not have fitted on it.)
    if (guess && i === firstText && t.length <= 100 && !/[.;,]$/.test(t) && HAS_LETTER.test(t) && (!/\p{Ll}/u.test(t) || !continuesLine(i + 1, plainContext))) { kinds[i] = 'heading'; levels[i] = 1; continue; }
    if (numberGoesOn(i, plainContext, kinds)) {
      kinds[i] = 'paragraph';
      goesOn.add(i);
      continue;
    }
    const num = guess ? headingNumbering(t, leads) : undefined;
    if (num && isNumberedHeading(num, i, plainContext, kinds, leads)) {
      kinds[i] = 'heading';
      levels[i] = 1 + num.depth;
      numbered.push(i);
      continue;
    }
    if (guess && LETTERED_HEADING.test(t) && isLetteredHeading(i, plainContext)) { kinds[i] = 'heading'; lettersAt.push(i); continue; }
    if (BULLET.test(raw)) { kinds[i] = 'list'; continue; }
    // (A line whose sentence a page's end broke goes on after the page's furniture: no heading.)
    if (guess && (furniture.lines.length === 0 || overPage(i, plainContext) === -1) && isPlainHeading(t, i, plainContext)) { kinds[i] = 'heading'; levels[i] = PLAIN_LEVEL; plain.push(i); continue; }
    if (guess && isStoppedHeading(t, i, plainContext)) stopped.push(i);
    kinds[i] = 'paragraph';
  }
  // A short line ending in a full stop directly over its paragraph is a heading where the text's
  // other headings stand directly over theirs too ("Who do I share it with?" over its answer); in
  // other texts it is the paragraph's first sentence ("We value your privacy.").
  if (stopped.length && plain.filter((h) => nextNonEmpty(h) === h + 1).length >= 2) {
    for (const i of stopped) { kinds[i] = 'heading'; levels[i] = PLAIN_LEVEL; }
    plain.push(...stopped);
    plain.sort((a, b) => a - b);
  }
  // Numbered headings between plain heading lines ("Purposes", then "1. Website", "2. Customers",
  // then "Rights") number the parts of the plain heading before them: they go below it, so the
  // plain headings after them are not taken for their subsections.
  if (numbered.length && plain.some((l) => l < numbered[0]!) && plain.some((l) => l > numbered[numbered.length - 1]!)) {
    for (const l of numbered) levels[l] = levels[l]! - 1 + PLAIN_LEVEL;
  } else {
    // Otherwise a plain heading line names a part of the numbered section it follows: one level
    // below the nearest numbered heading before it, so that under "1.1.1 Hosting" it is no
    // sibling of "1.1".
    let n = 0;
    let above = 0;
    for (const l of plain) {
      for (; n < numbered.length && numbered[n]! < l; n++) above = levels[numbered[n]!]!;
      levels[l] = Math.max(PLAIN_LEVEL, above + 1);
    }
  }
  // Heading lines in capitals ("WHY WE USE YOUR DATA") are siblings of the underlined headings in
  // capitals ("WHO WE ARE" over "----"), not parts of them.
  let capitalsLevel = 0;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'heading' && skip.has(i + 1) && kinds[i + 1] === 'heading' && !/\p{Ll}/u.test(lines[i]!.text)) capitalsLevel = Math.max(capitalsLevel, levels[i]!);
  }
  if (capitalsLevel) for (const l of plain) if (!/\p{Ll}/u.test(lines[l]!.text)) levels[l] = capitalsLevel;
  // A lettered heading names a part of the section whose heading is before it: one level below
  // the nearest heading before it that is not lettered itself.
  for (const l of lettersAt) {
    let above = 0;
    for (let j = l - 1; j >= 0; j--) {
      if (kinds[j] === 'heading' && !lettersAt.includes(j) && !(skip.has(j) && kinds[j - 1] === 'heading')) { above = levels[j]!; break; }
    }
    levels[l] = above + 1;
  }

  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === undefined || skip.has(i) && kind !== 'heading') continue;
    if (kind === 'heading') {
      const setext = i + 1 < lines.length && kinds[i + 1] === 'heading' && skip.has(i + 1);
      blocks.push(block('heading', lines, i, setext ? i + 1 : i, levels[i]));
      if (setext) i++;
      continue;
    }
    // Join hard-wrapped continuation lines: the previous line does not end a sentence and this one
    // starts in lower case, or the previous one is wrapped prose ending in a word that needs more
    // ("... auf Grundlage von" over "Art. 9 ...").
    let last = i;
    for (;;) {
      while (
        last + 1 < lines.length &&
        !isEmpty(last + 1) &&
        kinds[last + 1] === 'paragraph' &&
        (kind === 'paragraph' || kind === 'list') &&
        ((!/[.!?:;]\s*$/.test(lines[last]!.text) && (/^\s*\p{Ll}/u.test(lines[last + 1]!.text) || runsOn(lines[last]!.text))) || goesOn.has(last + 1) || continuesLine(last + 1, plainContext))
      ) last++;
      // A sentence that a page's end broke ("... und du" / "Seite 1 von 2" / "kannst falsche Daten ...")
      // goes on over the page's furniture (which the reading blanks).
      const over = kind === 'paragraph' || kind === 'list' ? overPage(last, plainContext) : -1;
      if (over === -1 || kinds[over] !== 'paragraph') break;
      last = over;
    }
    blocks.push(block(kind, lines, i, last));
    i = last;
  }
  blocks.sort((x, y) => x.start - y.start);
  unmarkedItems(blocks, lines);
  return blocks;
}

/**
 * The line where a paragraph whose last line is `last` goes on after a page break: only empty lines
 * and a page's furniture (at least one line of it) between, `last` ends no sentence or clause, and
 * the line after opens in lower case or `last` was broken by the wrapping. -1 when there is none.
 */
function overPage(last: number, context: PlainContext): number {
  const { lines, isEmpty, width } = context;
  const text = lines[last]!.text;
  if (!furniture.lines.length || /[.!?:;]\s*$/.test(text)) return -1;
  let j = last + 1;
  let page = false;
  while (j < lines.length && isEmpty(j)) { if (furniture.lines.includes(j)) page = true; j++; }
  if (!page || j >= lines.length) return -1;
  // (In lower case, or after a word that needs more or a line as long as the text's wrapped lines: "... auprès de la" / "CNIL.")
  return /^\s*\p{Ll}/u.test(lines[j]!.text) || runsOn(text) || (width !== undefined && text.trimEnd().length >= 0.8 * width) ? j : -1;
}

/** A full stop, question or exclamation mark at a line's end: the last item of a list. */
const SENTENCE_END = /[.!?]$/;

/**
 * The items of a list that lost its bullets (a copy from a web page: "You can:" over "get a copy of
 * your data;" and "ask us to correct it."): two or more paragraphs right under a line that ends in a
 * colon, with no empty line between, up to the first that ends in a full stop (or a question or
 * exclamation mark) and before one that ends in a colon, become list items (in place in `blocks`).
 */
function unmarkedItems(blocks: Block[], lines: readonly LineInfo[]): void {
  for (let k = 0; k + 2 < blocks.length; k++) {
    const lead = blocks[k]!;
    if (lead.kind !== 'paragraph' || !lines[lead.endLine]!.text.trimEnd().endsWith(':')) continue;
    let m = k + 1;
    while (m < blocks.length && blocks[m]!.kind === 'paragraph' && blocks[m]!.line === blocks[m - 1]!.endLine + 1) {
      const end = lines[blocks[m]!.endLine]!.text.trimEnd();
      if (end.endsWith(':')) break;
      m++;
      if (SENTENCE_END.test(end)) break;
    }
    if (m - k - 1 < 2) continue;
    for (let j = k + 1; j < m; j++) blocks[j] = block('list', lines, blocks[j]!.line, blocks[j]!.endLine);
    k = m - 1;
  }
}

/** A numbered list item's number ("2." or "2)", as BULLET reads it). */
const NUMBERED_ITEM = /^\s*(\d{1,2})[.)]\s/;

/**
 * Line `i` opens with a number only because a wrapped sentence broke before it ("... diese beträgt
 * nach § 147 AO" over "10 Jahre.", "... since" over "25 May 2018 ..."; text converted from a PDF
 * breaks where the page's line was full, not at a count of characters): the line before it is a
 * long line of prose that ends neither a sentence nor a clause, and neither the line after it nor
 * one just before it counts on with it (a numbered list's items follow one another, and an item's
 * text need not end in a stop). It is no numbered heading or list item.
 */
function numberGoesOn(i: number, context: PlainContext, kinds: readonly (BlockKind | undefined)[]): boolean {
  const { lines, isEmpty } = context;
  if (i === 0 || isEmpty(i - 1) || (kinds[i - 1] !== 'paragraph' && kinds[i - 1] !== 'list')) return false;
  const number = /^\s*(\d{1,4})(?:[.,]\d+)?\.?\s+\S/.exec(lines[i]!.text);
  if (!number) return false;
  const prev = lines[i - 1]!.text.trim();
  if (prev.length < WRAPPED_MIN || !/[\p{L}\d,§)]$/u.test(prev) || !/\p{Ll}/u.test(prev)) return false;
  if (context.width !== undefined && prev.length < 0.7 * context.width) return false;
  const n = Number(number[1]);
  const next = i + 1 < lines.length && !isEmpty(i + 1) ? NUMBERED_ITEM.exec(lines[i + 1]!.text) : null;
  if (next !== null && Number(next[1]) === n + 1) return false;
  // Nor after the item before it (an item may take more than one line).
  for (let j = i - 1; j >= 0 && j >= i - 6 && !isEmpty(j); j--) {
    const item = NUMBERED_ITEM.exec(lines[j]!.text);
    if (item !== null && Number(item[1]) === n - 1) return false;
  }
  return true;
}

/**
 * A numbered line is a heading, not an item of a numbered list, when its title is short and
 * reads as one, and it neither comes after an item of a list numbered the same way nor is
 * followed by one (a line numbered deeper, "1.1" under "1.", is its first subheading).
 */
function isNumberedHeading(num: HeadingNumbering, i: number, context: PlainContext, kinds: readonly (BlockKind | undefined)[], leads: ReadonlySet<string>): boolean {
  const { lines, isEmpty, nextNonEmpty } = context;
  const rest = num.title.trim();
  // A dash between two parts of a title ("Protection des personnes – gestion des données") is no word.
  const words = rest.split(/\s+/).filter((w) => HAS_LETTER.test(w)).length;
  if (rest.length > 80 || words > 10 || /[;,]$/.test(rest)) return false;
  if (!/^[\p{Lu}\d"'(]/u.test(rest)) return false;
  // A numbered paragraph wrapped at a width whose line ends in a word that needs more and goes on
  // on the next line ("1.2 You can contact our manager at 01242 555 310 or" over an e-mail address)
  // is no title.
  if (RUN_ON_END.test(rest) && !rest.endsWith(':') && !context.isEmpty(i + 1)) return false;
  // A long numbered line that runs on into the next line, which goes on in lower case, is a
  // numbered paragraph hard-wrapped at a fixed width ("7.8 We take no decisions that rest solely on
  // automated" / "processing."), as a PDF's text is, not a heading.
  // So is one the wrapping broke before a word that would not have fitted on it, no longer than the
  // width, with a comma inside or a word in lower case at its end, as a title seldom has ("3.1 Wir
  // verarbeiten die Daten, die Sie uns im Rahmen Ihrer" / "Bewerbung zur Verfügung stellen."), and
  // one that ends a sentence and starts the next ("5.4 Talentpool. Wenn Sie ausdrücklich zustimmen, nehmen wir").
  const length = lines[i]!.text.trim().length;
  if (length >= WRAPPED_MIN && !context.isEmpty(i + 1) && (continuesSentence(lines[i + 1]!.text) || (length <= (context.width ?? 0) && /,\s|(?:^|\s)\p{Ll}\p{L}*$/u.test(rest) && continuesLine(i + 1, context)))) return false;
  if (/\p{Ll}{4}[.!?]\s+\p{Lu}/u.test(rest)) return false;
  // "8. Gestion des données personnelles.": a title with a full stop is a heading only where the
  // text's numbered titles end so (a numbered sentence is usually a list item).
  if (rest.endsWith('.') && !stoppedTitles(num, context, leads)) return false;
  // A word before the number is only a numbering when what follows names something ("Tel. 030 ..." is a phone number).
  if (num.style.length > 1 && (!HAS_LETTER.test(rest) || CONTACTISH.test(rest) || DATEISH.test(rest))) return false;
  let prev = i - 1;
  while (prev >= 0 && isEmpty(prev)) prev--;
  if (prev >= 0 && kinds[prev] !== 'heading') {
    const before = headingNumbering(lines[prev]!.text.trim(), leads);
    // (Numbering that starts again, "1." after a table of contents' "11.", is no next item.)
    if (before && before.style === num.style && before.depth === num.depth && !(numberOf(lines[prev]!.text) >= numberOf(lines[i]!.text))) return false;
  }
  const next = nextNonEmpty(i);
  if (next === -1 || rest.endsWith(':') || lines[next]!.text.length > 80) return true;
  const after = headingNumbering(lines[next]!.text.trim(), leads);
  // A lettered heading under it ("Article 2 - Data" over "(a) Customers") is no list item.
  if (!after) return num.style === '.' || !BULLET.test(lines[next]!.text) || (LETTERED_HEADING.test(lines[next]!.text.trim()) && isLetteredHeading(next, context));
  // In a nested list ("1. Name" over "1.1 First name", "1.2 Last name") the deeper line is an item too;
  // over a numbered paragraph of full sentences ("8. Automated decisions" over "8.1 We do not use
  // automated decision-making.") the line is the heading of a notice numbered like a contract.
  if (after.style !== num.style || after.depth <= num.depth) return false;
  const para = after.title.trim();
  // (A numbered paragraph wrapped at a width ends its sentence on a later line.)
  const sentences = /[.!?]$/.test(para) || (!isEmpty(next + 1) && !headingNumbering(lines[next + 1]!.text.trim(), leads) && !BULLET.test(lines[next + 1]!.text));
  // (Its first line is short of six words where the text is wrapped narrowly: then the wrapping goes on.)
  return isNumberedHeading(after, next, context, kinds, leads) || (sentences && (para.split(/\s+/).length >= 6 || continuesLine(next + 1, context)));
}

/** The last part of a line's number: 3 of "1.3 Title", 12 of "Art. 12"; NaN with none. */
const numberOf = (t: string): number => Number(/\d+(?:\.\d+)*/.exec(t)?.[0].split('.').pop());

/**
 * Whether the text ends its numbered titles with a full stop, as copies of an old French template
 * do ("1. Présentation du site.", "8. Gestion des données personnelles."): three or more short
 * lines numbered in `num`'s style and depth end in one, each with no line numbered so just before
 * or after it (items of a numbered list stand together).
 */
function stoppedTitles(num: HeadingNumbering, context: PlainContext, leads: ReadonlySet<string>): boolean {
  const key = `${num.style} ${num.depth}`;
  let known = context.stopped.get(key);
  if (known !== undefined) return known;
  const { lines, isEmpty } = context;
  const at = (j: number): HeadingNumbering | undefined => {
    const n = j >= 0 && j < lines.length ? headingNumbering(lines[j]!.text.trim(), leads) : undefined;
    return n && n.style === num.style && n.depth === num.depth ? n : undefined;
  };
  let count = 0;
  for (let j = 0; j < lines.length && count < 3; j++) {
    const n = isEmpty(j) ? undefined : at(j);
    const t = n?.title.trim();
    if (!t || !t.endsWith('.') || t.length > 80 || t.split(/\s+/).length > 10 || !/^\p{Lu}/u.test(t)) continue;
    let p = j - 1;
    while (p >= 0 && isEmpty(p)) p--;
    const q = context.nextNonEmpty(j);
    if (!at(p) && (q === -1 || !at(q))) count++;
  }
  known = count >= 3;
  context.stopped.set(key, known);
  return known;
}

/** What the plain-text heading rules read around a line. */
interface PlainContext {
  /** stoppedTitles' answers, per numbering style and depth. */
  readonly stopped: Map<string, boolean>;
  readonly lines: readonly LineInfo[];
  isEmpty(i: number): boolean;
  nextNonEmpty(i: number): number;
  /** The width the text's paragraphs are hard-wrapped at; undefined when they are not. */
  readonly width: number | undefined;
  /** How the text writes its words. */
  readonly words: TextWords;
}

/** How a text writes a word: asked of few words (the first words of a few lines). */
interface TextWords {
  /** The text writes `word` (all in lower case) so, outside e-mail addresses and links. */
  lower(word: string): boolean;
  /** The text writes `word` (capitalised) after a word that starts in lower case: mid-sentence. */
  midCapital(word: string): boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
/** A word in lower case, not in an e-mail address or a link ("privacy@northwind.example"); as `lower` reads one. */
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}'’.@/])\p{Ll}[\p{L}\p{M}\p{N}]*(?![\p{L}\p{M}\p{N}@/]|\.[\p{L}\p{M}\p{N}])/gu;
/** A capitalised word after a word that starts in lower case; as `midCapital` reads one. */
const MID_CAPITAL = /(?<=(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}\p{N}]* )\p{Lu}[\p{L}\p{M}\p{N}]*(?![\p{L}\p{M}\p{N}])/gu;
/** How many words `textWords` looks up one by one before it reads all the text's words at once. */
const WORD_SEARCHES = 16;

/**
 * How a text writes its words. A word it writes in lower case is a common word, not a name; a
 * capitalised word it writes only at the start of a sentence ("We", "Wij", "Wir") starts one,
 * while a name ("Google"), a German noun or the German "Sie" is capitalised mid-sentence too.
 * The text is the document's own, not the folded one, whose line breaks are spaces: a word at
 * the start of a line is not mid-sentence on the strength of the line before. Most texts ask of
 * a few words, each a search of the text; one that asks of many has all its words read once.
 */
function textWords(source: string): TextWords {
  // (A hidden e-mail address's words, "info(at)weingut-rebstock.de", are no words of the text.)
  const text = HIDDEN_AT.test(source) ? source.replace(HIDDEN_EMAIL, (m) => ' '.repeat(m.length)) : source;
  const lowerSeen = new Map<string, boolean>();
  const midSeen = new Map<string, boolean>();
  let all: { lower: Set<string>; mid: Set<string> } | undefined;
  const readAll = (): { lower: Set<string>; mid: Set<string> } =>
    (all ??= { lower: new Set(Array.from(text.matchAll(LOWER_WORD), (m) => m[0])), mid: new Set(Array.from(text.matchAll(MID_CAPITAL), (m) => m[0])) });
  return {
    lower(word) {
      let seen = lowerSeen.get(word);
      if (seen !== undefined) return seen;
      if (lowerSeen.size + midSeen.size >= WORD_SEARCHES) return readAll().lower.has(word);
      seen = false;
      for (let at = text.indexOf(word); at !== -1 && !seen; at = text.indexOf(word, at + 1)) {
        const before = text[at - 1];
        const after = text[at + word.length];
        seen = !isWordChar(before) && !/['’.@/]/.test(before ?? '') && !isWordChar(after) && !/[@/]/.test(after ?? '') && !(after === '.' && isWordChar(text[at + word.length + 1]));
      }
      lowerSeen.set(word, seen);
      return seen;
    },
    midCapital(word) {
      let seen = midSeen.get(word);
      if (seen !== undefined) return seen;
      if (lowerSeen.size + midSeen.size >= WORD_SEARCHES) return readAll().mid.has(word);
      seen = false;
      for (let at = text.indexOf(' ' + word); at !== -1 && !seen; at = text.indexOf(' ' + word, at + 1)) {
        if (isWordChar(text[at + 1 + word.length])) continue;
        let start = at;
        while (start > 0 && isWordChar(text[start - 1])) start--;
        seen = start < at && /\p{Ll}/u.test(text[start]!);
      }
      midSeen.set(word, seen);
      return seen;
    },
  };
}

/**
 * The word line `i` opens with starts a new sentence: it is capitalised, a lower-case word follows
 * it (not the rest of a name: "Economische Ruimte"), and the text writes it in lower case, but
 * never capitalised after a lower-case word, mid-sentence.
 */
function opensSentence(i: number, context: PlainContext): boolean {
  const first = /^\s*(\p{Lu}[\p{L}\p{M}]*) \p{Ll}/u.exec(context.lines[i]!.text)?.[1];
  if (!first) return false;
  return context.words.lower(first.toLowerCase()) && !context.words.midCapital(first);
}

/**
 * "a) Hosting", "(b) Your rights", "B. Customers": a letter in parentheses or a capital with a
 * full stop, then a title. Not I., V. or X., which number roman-numbered headings.
 */
const LETTERED_HEADING = /^(?:\(?[a-z]\)|[A-HJ-UWYZ]\.)\s+(\S.*)$/u;

/**
 * A lettered line is a heading, not a list item, when it stands alone between empty lines with a
 * short title and body text follows it, rather than the next item of a list, and it does not
 * follow an item of a lettered list.
 */
function isLetteredHeading(i: number, context: PlainContext): boolean {
  const { lines, isEmpty, nextNonEmpty } = context;
  const title = lines[i]!.text.trim().replace(LETTERED_HEADING, '$1');
  if (!isEmpty(i - 1) || !isEmpty(i + 1) || title.length > 70 || title.split(/\s+/).length > 10) return false;
  if (/[.;,:!]$/.test(title) || !/^\p{Lu}/u.test(title)) return false;
  const next = nextNonEmpty(i);
  if (next === -1) return false;
  const nextText = lines[next]!.text.trim();
  if (BULLET.test(lines[next]!.text) || LETTERED_HEADING.test(nextText) || (nextText.length < 60 && !ENDS_SENTENCE.test(nextText))) return false;
  // The last item of a lettered list is followed by body text too, but comes after another item.
  let prev = i - 1;
  while (prev >= 0 && isEmpty(prev)) prev--;
  return prev < 0 || !LETTERED_HEADING.test(lines[prev]!.text.trim()) || isLetteredHeading(prev, context);
}

/** "E-mail: info@example.org", "Data controller: Jane Doe": a label, a colon and what it labels. */
const LABELLED = /^[\p{L}][\p{L}\p{M} ./()-]{1,30}:\s*\S/u;

function isPlainHeading(t: string, i: number, context: PlainContext, depth = 0): boolean {
  const { lines, isEmpty, nextNonEmpty } = context;
  const question = t.endsWith('?');
  const prevEmpty = isEmpty(i - 1);
  // Longer lines count only when they stand alone after an empty line.
  if (t.length > (question ? 90 : prevEmpty ? 80 : 60) || t.length < 3) return false;
  if (!HAS_LETTER.test(t)) return false;
  const words = t.split(/\s+/).length;
  // A heading in capitals may end in a full stop ("WHAT WE COLLECT."); a sentence in them is longer.
  const capitals = !/\p{Ll}/u.test(t) && words <= 6;
  if (/[;,!]$|(?<!\.)\.$/.test(t) && !(capitals && /^[^.]*\.$/.test(t))) return false;
  if (words > (question ? 14 : prevEmpty ? 14 : 9)) return false;
  // A line ending in a colon is a heading only when it is short, stands alone and names a subject
  // ("Your rights:"); one that leads in what follows ("We collect the following data:", "Please
  // note:") is text.
  const colon = t.endsWith(':');
  // (Nor one whose next line goes on in lower case: "You can:" over "get a copy of your data;", a
  // list that lost its bullets in a copy from a web page.)
  if (colon && (!prevEmpty || words > 6 || LIST_LEAD_IN.test(t) || REMARK.test(t) || (!isEmpty(i + 1) && continuesSentence(lines[i + 1]!.text)))) return false;
  if (!/^[\p{Lu}\d"'(]/u.test(t)) return false;
  // A line whose last word needs more ("We use your data to") runs on into what follows.
  if (RUN_ON_END.test(t) && !/(?<![\p{L}\p{N}])\p{Lu}\s*:?$/u.test(t)) return false;
  if (CONTACTISH.test(t) || DATEISH.test(t)) return false;
  // A row of a table written with " | " only between its cells ("Data | Period" over "Invoices | 7 years").
  if (LINE_PARTS.test(t) && !isEmpty(i + 1) && LINE_PARTS.test(lines[i + 1]!.text)) return false;
  // A long line that runs on into the next line, which goes on in lower case, is body text hard-
  // wrapped at a fixed width ("...from users who choose" / "to register:"), not a heading.
  if (t.length >= WRAPPED_MIN && !isEmpty(i + 1) && continuesSentence(lines[i + 1]!.text)) return false;
  // In text hard-wrapped at a width, a line whose next word would not have fitted on it was
  // broken by the wrapping, and a line whose first word would not have fitted on the line before
  // goes on from it, unless that line ended a sentence and this one has no comma of a sentence
  // running on: either way it is part of a paragraph.
  if (continuesLine(i, context) && (!ENDS_SENTENCE.test(lines[i - 1]!.text) || /[,;]/.test(t))) return false;
  // A heading as long as the width is followed by a line that would not have fitted on it too:
  // there the next line starts a new sentence, with a word the text writes in lower case elsewhere
  // ("We", "Wij"), and the line itself has no comma of a sentence.
  if (continuesLine(i + 1, context) && (/[,;]|:./.test(t) || !(prevEmpty || ENDS_SENTENCE.test(lines[i - 1]!.text)) || !opensSentence(i + 1, context))) return false;
  const next = nextNonEmpty(i);
  if (next === -1) return false;
  const nextText = lines[next]!.text.trim();
  // A contact line ("75015 Paris", "E-mail: ...") is no body text, even when it ends in a full stop.
  const contact = (nextText.length <= 60 || LINE_PARTS.test(nextText)) && (CONTACTISH.test(nextText) || LABELLED.test(nextText));
  const body =
    !contact &&
    (nextText.length >= 60 || /[.!?:]$/.test(nextText) || BULLET.test(lines[next]!.text) || (!isEmpty(next + 1) && continuesSentence(lines[next + 1]!.text)) || leadsList(next, context));
  // A heading stands on its own: the line before it is empty or a heading-like short line.
  // A line right after one that ends in a colon is what that line announces ("...can be found
  // here:" and a link's text), not a heading.
  // A line that a list below it finishes ("We collect the following data" over "- Name") is text.
  if (leadsList(i, context)) return false;
  if (colon) return body && !BULLET.test(lines[next]!.text);
  if (body) return prevEmpty || ENDS_SENTENCE.test(lines[i - 1]!.text);
  // A heading right over an organisation's address: the name and then its address or contact
  // lines. The name itself (with a legal form, or followed by its street), or a line with a
  // number, is part of the address; so is a line after one whose colon announces it.
  if (prevEmpty && next === i + 1 && !/\d/.test(t) && !LABELLED.test(t) && !ORGANISATION.test(t) && namesOrganisation(nextText) && addressFollows(next, context) && !announced(i, context)) return true;
  // A heading directly over contact lines ("Contact" over "E-mail: ..."), unless it is the name
  // of whom they reach ("Jane Doe", "Bookshop on the Quay"): a heading is one word or opens with
  // a word the text writes in lower case, a name opens with one it does not.
  if (prevEmpty && next === i + 1 && contact && !/\d/.test(t) && !LABELLED.test(t) && !ORGANISATION.test(t) && !announced(i, context) && (words === 1 || opensWithCommonWord(t, context))) return true;
  if (!prevEmpty || !isEmpty(i + 1)) return false;
  // A heading over contact lines ("Contact details", then "E-mail: ..."); a line with a number
  // or a label over them is one of them ("39-43 Quai André Citroën" over "75015 Paris").
  if (contact) return !/\d/.test(t) && !LABELLED.test(t);
  // A heading over an address or contact block: blank lines around it, then several short lines.
  if (!isEmpty(next + 1) && isShortLine(lines[next + 1]!.text)) return true;
  // A heading over a subheading.
  return depth < 2 && isPlainHeading(nextText, next, context, depth + 1);
}

/** A line of two to four words ending in a full stop, alone after an empty line and directly over a longer sentence. */
function isStoppedHeading(t: string, i: number, { lines, isEmpty }: PlainContext): boolean {
  if (!/^\p{Lu}[^.;,:!?\d]*\p{L}\.$/u.test(t) || !isEmpty(i - 1) || isEmpty(i + 1)) return false;
  const words = t.split(/\s+/).length;
  const next = lines[i + 1]!.text.trim();
  return words >= 2 && words <= 4 && !BULLET.test(lines[i + 1]!.text) && next.length > t.length && /[.!?]$/.test(next);
}

/** An organisation's name: a legal form at its end ("Northwind Books Ltd", "Nordwind GmbH") or a form word at its start ("Stichting ..."). */
const ORGANISATION = new RegExp(
  `^[^.!?]{1,60}(?<![\\p{L}\\p{N}])(?:${LEGAL_FORMS.join('|')})\\s*$|^(?:${LEGAL_FORMS_BEFORE.join('|')})\\s+\\p{Lu}[^.!?]{0,60}$`,
  'u',
);

/** Words or phrases of a table ("the", "let op"), joined into an expression that finds one of them. */
const wordsExpression = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** Lead-in words of every language ("the following", "folgende"): a line with one, over a list, is the start of a sentence the list finishes. */
const LIST_LEAD_IN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${wordsExpression(Object.values(OUTLINE).flatMap((o) => o?.listLeadIns ?? []))})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A line that ends on a word of every language's `runOnEnds` (before a closing colon). */
const RUN_ON_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsExpression(Object.values(OUTLINE).flatMap((o) => o?.runOnEnds ?? []))})\\s*:?$`, 'iu');

/** A line with a word of every language's `remarks`. */
const REMARK = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsExpression(Object.values(OUTLINE).flatMap((o) => o?.remarks ?? []))})(?![\\p{L}\\p{N}])`, 'iu');

/** A line opens with a word the text writes in lower case ("Data Protection Officer", "Nous contacter"), not with a name. */
function opensWithCommonWord(t: string, context: PlainContext): boolean {
  const first = /^\p{L}+/u.exec(t)?.[0];
  return first !== undefined && context.words.lower(first.toLowerCase());
}

/** A line that can be the name an address starts with: an organisation's, or a short line in capitals without a number. */
const namesOrganisation = (t: string): boolean => ORGANISATION.test(t) || (t.length <= 60 && /^\p{Lu}/u.test(t) && !/[\d@:]|[.!?;,]$/.test(t));

/** The line before line `i`'s empty line ends in a colon: line `i` is what it announces. */
function announced(i: number, context: PlainContext): boolean {
  let prev = i - 1;
  while (prev >= 0 && context.isEmpty(prev)) prev--;
  return prev >= 0 && /:\s*$/.test(context.lines[prev]!.text);
}

/** Line `i` opens a sentence the list after it finishes: it has a lead-in word, and the next line with text is a list item. */
function leadsList(i: number, context: PlainContext): boolean {
  const next = context.nextNonEmpty(i);
  return next !== -1 && BULLET.test(context.lines[next]!.text) && LIST_LEAD_IN.test(context.lines[i]!.text);
}

/**
 * An address follows the organisation's name on line `i`: its next line, and up to two more
 * before an empty one, are short, and one of them has a number (a street, a postcode) or is a
 * contact line.
 */
function addressFollows(i: number, context: PlainContext): boolean {
  for (let j = i + 1; j <= i + 3 && !context.isEmpty(j); j++) {
    const t = context.lines[j]!.text.trim();
    if (t.length > 60 || ENDS_SENTENCE.test(t)) return false;
    if (/\d/.test(t) || CONTACTISH.test(t) || LABELLED.test(t)) return true;
  }
  return false;
}

/** How long a line must be to be read as hard-wrapped body text when the next line continues it; headings are shorter. */
const WRAPPED_MIN = 40;
/**
 * A line of wrapped prose that ends in a word needing more ("... erfolgt auf Grundlage von"): as long
 * as a wrapped line, in lower case (not a title in capitals), the word on its own (not ".de").
 */
const runsOn = (t: string): boolean => t.trim().length >= WRAPPED_MIN && /\p{Ll}/u.test(t) && /\s\p{L}+\s*$/u.test(t) && RUN_ON_END.test(t);
/**
 * A line that continues a sentence: it starts with a lower-case word (or one that ends it, "means.
 * Council ..."), and is no e-mail address, link or other contact line.
 */
const continuesSentence = (t: string): boolean => /^\s*\p{Ll}[\p{L}'’-]*(?:[\s,;]|\.(?!\S))/u.test(t) && !CONTACTISH.test(t);

const isShortLine = (t: string): boolean => t.trim().length > 0 && t.trim().length <= 60 && !/[.!?]$/.test(t.trim());

/**
 * The width at which a text's paragraphs are hard-wrapped, or undefined when they are not: the
 * longest usual length (the 90th percentile) of the lines that run on into a next line of text,
 * when at least half of those lines come close to it. Paragraphs written on one line, addresses
 * and lists give no such width.
 */
function wrapWidth(lines: readonly LineInfo[], isEmpty: (i: number) => boolean): number | undefined {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isEmpty(i) || isEmpty(i + 1) || BULLET.test(lines[i + 1]!.text)) continue;
    const line = lines[i]!.text.trimEnd();
    // (A question or a label over its answer, "Q: Who runs the lotto?" over "A: The club ...", was not wrapped.)
    if (line.endsWith('?') || line.endsWith(':')) continue;
    lengths.push(line.length);
  }
  if (lengths.length < WRAP_MIN_LINES) return undefined;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width < 35 || width > 120) return undefined;
  const full = lengths.filter((n) => n >= 0.8 * width && n <= width).length;
  if (full < 0.5 * lengths.length) return undefined;
  // Wrapped text has few lines much longer than its width: headings over paragraphs written on
  // one line each are no wrapped text, however alike the headings' lengths.
  let text = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isEmpty(i)) continue;
    text++;
    if (lines[i]!.text.length > 1.25 * width) long++;
  }
  return long <= 0.2 * text ? width : undefined;
}

/** A line that ends a sentence (a colon announces more, so it does not). */
const ENDS_SENTENCE = /[.!?]\s*$/;

/** How many lines must run on into a next line before a text's wrapping width is trusted. */
const WRAP_MIN_LINES = 6;

/**
 * Line `i` goes on from the line before it because that line was broken by the wrapping: in text
 * hard-wrapped at a width, the first word of line `i` would not have fitted on it. A line
 * indented deeper than the line of text just before it goes on from it too (the second line of
 * a list item).
 */
function continuesLine(i: number, context: PlainContext): boolean {
  const { lines, isEmpty, width } = context;
  if (i <= 0 || i >= lines.length || isEmpty(i) || isEmpty(i - 1)) return false;
  const text = lines[i]!.text;
  const prev = lines[i - 1]!.text;
  const indent = text.length - text.trimStart().length;
  if (indent > prev.length - prev.trimStart().length && !BULLET.test(text)) return true;
  if (width === undefined || BULLET.test(text)) return false;
  const firstWord = /^\s*(\S+)/.exec(text)![1]!;
  return prev.trimEnd().length + 1 + firstWord.length > width;
}

// ---------------------------------------------------------------- Sections and sentences

/**
 * The heading's first line (which ends at `lineEnd`, before its line break) without markup: white
 * space and # * _ > before it, white space and # * _ : after it (a number such as "3." is part of
 * the title).
 */
function headingTitle(folded: string, b: Block, lineEnd: number, text: string): { title: string; start: number; end: number } {
  let s = b.start;
  let e = lineEnd;
  while (s < e && isTitleLead(folded.charCodeAt(s))) s++;
  while (e > s && isTitleTail(folded.charCodeAt(e - 1))) e--;
  // The span starts where the first word starts in the text: a word whose gap was closed (a
  // reference or a soft hyphen in it, closeGaps) has spaces before it where its letters were.
  let t = s;
  while (t > b.start && folded.charCodeAt(t - 1) === 32 && LETTER_OR_MARK.test(text[t - 1]!)) t--;
  return { title: folded.slice(s, e), start: t, end: e };
}

/** `/[\s#*_>]/` of a UTF-16 code unit. */
const isTitleLead = (c: number): boolean => c === 35 || c === 42 || c === 95 || c === 62 || isSpaceCode(c);
/** `/[\s#*_:]/` of a UTF-16 code unit. */
const isTitleTail = (c: number): boolean => c === 35 || c === 42 || c === 95 || c === 58 || isSpaceCode(c);

/** A backslash that escapes an ASCII punctuation character, as Markdown has it. */
const MARKDOWN_ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;

/**
 * With `own`, each title is a string of its own rather than part of the folded text (see ownText).
 * `ends` are the lines' ends: a block starts at its first line's start, where its first line ends
 * is that line's end.
 */
function buildSections(blocks: readonly Block[], ends: Int32Array, docEnd: number, folded: string, own: boolean, text: string): Section[] {
  const sections: Section[] = [];
  const stack: number[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index]!;
    if (b.kind !== 'heading') continue;
    const heading = headingTitle(folded, b, Math.min(ends[b.line]!, b.end), text);
    const { start, end } = heading;
    // "## 3\\. Your rights", as converters from HTML or Word escape a number's full stop, is titled "3. Your rights".
    const title = heading.title.indexOf('\\') !== -1 ? heading.title.replace(MARKDOWN_ESCAPE, '') : own ? ownText(heading.title) : heading.title;
    while (stack.length && sections[stack[stack.length - 1]!]!.level >= b.level) stack.pop();
    sections.push({
      heading: index,
      level: b.level,
      title,
      titleStart: start,
      titleEnd: end,
      start: b.start,
      end: docEnd,
      fullEnd: docEnd,
      parent: stack.length ? stack[stack.length - 1]! : -1,
    });
    stack.push(sections.length - 1);
  }
  // A section's own text ends at the next heading; with subsections it ends at the next heading of
  // its level or above. (Each written out field by field, in a loop: see markdownBlocks.)
  const ended: Section[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const next = sections[i + 1];
    let fullEnd = docEnd;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j]!.level <= s.level) { fullEnd = blocks[sections[j]!.heading]!.start; break; }
    }
    ended.push({
      heading: s.heading,
      level: s.level,
      title: s.title,
      titleStart: s.titleStart,
      titleEnd: s.titleEnd,
      start: s.start,
      end: next ? blocks[next.heading]!.start : docEnd,
      fullEnd,
      parent: s.parent,
    });
  }
  return ended;
}

/**
 * A copy of a text that is part of a larger string. A part (a slice) keeps the whole string in
 * memory; the sentences and titles of an edited version are taken over by later versions and
 * are keys of the memo's tables, and would keep each version's whole folded text alive. (A slice
 * of a joined string is cut from a fresh copy of the joined string.)
 */
function ownText(part: string): string {
  return (' ' + part).slice(1);
}

/**
 * Abbreviations after which a full stop does not end a sentence (all languages), as alternatives
 * of an expression, in lower case.
 */
const ABBREVIATIONS = String.raw`e\.g|i\.e|etc|vs|cf|approx|incl|excl|art|arts|nr|no|nos|para|par|sec|p|pp|bijv|bv|b\.v|n\.v|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|z\.s\.m|d\.w\.z|m\.a\.w|ca|resp|jo|lid|sub|z\.g|dhr|mevr|mr|mrs|ms|dr|prof|st|ltd|inc|co|corp|vzw|asbl|gmbh|s\.a|sa|bzw|usw|evtl|ggf|ggfs|abs|uabs|lit|buchst|z\.b|u\.a|d\.h|gem|vgl|bspw|inkl|bzgl|sog|i\.s\.d|i\.s\.v|o\.g|a\.f|n\.f|ff|tel|str|hr|mme|cie`;
/**
 * A whole word that is an abbreviation, a street's ("Hauptstr"), a single letter or a number
 * (an ordinal, "1. Juni", "2. Mai", when ORDINAL says so), also after an elided article ("l'art."; see abbreviationBefore),
 * in any case as the `iu` flags fold it ("ſt" is "st", the Kelvin sign a "k").
 */
const ABBREVIATION = new RegExp(`^(?:${ABBREVIATIONS}|\\p{L}+str|[A-Z]|\\d{1,2})$`, 'iu');
/**
 * The same for a word of ASCII characters in lower case (nearly every word before a full stop):
 * ABBREVIATION, case-insensitive with Unicode's letters, costs several million instructions to
 * compile, which a first run (the CLI's) then spends only on a text with other words there.
 */
const ASCII_ABBREVIATION = new RegExp(`^(?:${ABBREVIATIONS}|[a-z]+str|[a-z]|\\d{1,2})$`);


/**
 * The sentences of the blocks. With `reuse`, a block that lies outside the edit and was a block
 * of the same kind and stretch of text in the previous version has its sentences taken over
 * (moved, their texts the same strings). `firstSentence` gets each block's first sentence.
 */
function splitSentences(blocks: readonly Block[], sections: readonly Section[], folded: string, memo: BlockMemo | undefined, reuse: Reuse | undefined, firstSentence: Int32Array): Sentence[] {
  const sentences: Sentence[] = [];
  let sectionIndex = -1;
  // The section each heading block opens (-1 for other blocks).
  const headingToSection = new Int32Array(blocks.length).fill(-1);
  for (let i = 0; i < sections.length; i++) headingToSection[sections[i]!.heading] = i;
  const own = reuse !== undefined;
  // One loop over the blocks and, in each, over its sentences' ends, the ends read by their index
  // rather than by an iterator, and each sentence made in the loop rather than by a function: in a
  // first run (the CLI's) most of this runs before V8 optimises it, and its optimised code calls
  // every function it calls (the CLI does not let V8 inline).
  let ends: Int32Array = NO_ENDS;
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index]!;
    firstSentence[index] = sentences.length;
    const { kind, start, end } = b;
    if (kind === 'code' || kind === 'html') continue;
    const opens = headingToSection[index]!;
    if (opens !== -1) sectionIndex = opens;
    if (reuse && takeOver(sentences, b, index, sectionIndex, reuse)) continue;
    // A heading or a table is one sentence; a paragraph or a list item ends its sentences where
    // findEnds says (in the buffer it fills) or, in a later version, where its memo does (as with
    // the Markdown parts, chunkedBlocks, a first version's paragraphs are not looked up).
    let count = 0;
    if (kind !== 'heading' && kind !== 'table') {
      const text = folded.slice(start, end);
      if (memo && reuse) {
        ends = memo.sentenceEnds(text, sentenceEnds);
        count = ends.length;
      } else {
        count = findEnds(text);
        ends = endBuffer;
      }
    }
    // Each sentence from the last one's end (or the block's start) to its own (or the block's), without
    // the spaces around it, unless that leaves fewer than two characters. With `own`, its text is a
    // string of its own: a sentence taken over by later versions would hold on to this version's
    // whole text.
    let from = start;
    let first = true;
    for (let k = 0; k <= count; k++) {
      let s = from;
      let e = k < count ? start + ends[k]! : end;
      from = e;
      while (s < e && folded.charCodeAt(s) === 32) s++;
      while (e > s && folded.charCodeAt(e - 1) === 32) e--;
      if (e - s < 2) continue;
      const text = own ? ownText(folded.slice(s, e)) : folded.slice(s, e);
      sentences.push({ start: s, end: e, text, block: index, kind, section: sectionIndex, first });
      first = false;
    }
  }
  firstSentence[blocks.length] = sentences.length;
  return sentences;
}

/**
 * Takes over the sentences of the previous version's block that block `b` (number `index`) is,
 * when it lies outside the edit and is of the same kind there (moved, their texts the same
 * strings); whether it did.
 */
function takeOver(sentences: Sentence[], b: Block, index: number, sectionIndex: number, reuse: Reuse): boolean {
  const before = reuse.state.model;
  const k = unchangedAt(before.blocks, reuse.edit, b.start, b.end);
  if (k === -1 || before.blocks[k]!.kind !== b.kind) return false;
  const shift = b.start - before.blocks[k]!.start;
  const to = reuse.state.firstSentence[k + 1]!;
  for (let j = reuse.state.firstSentence[k]!; j < to; j++) {
    const s = before.sentences[j]!;
    // Before the edit a sentence is often the very same, in the same block and section.
    if (shift === 0 && s.block === index && s.section === sectionIndex) sentences.push(s);
    else sentences.push({ start: s.start + shift, end: s.end + shift, text: s.text, block: index, kind: b.kind, section: sectionIndex, first: s.first });
  }
  return true;
}

/**
 * Where the sentences of a paragraph or list item end (the last one's end, the text's end, is left
 * out, also where stops end the text). A sentence ends after a run of stops ("." "!" "?") and the
 * closing quotes or brackets after it, where white space and then a capital, a digit, a bullet or a
 * dash follow (an opening quote or bracket may come first), or only white space to the text's end;
 * a single full stop after an abbreviation or an ordinal number ends none. This is what the expression
 * `(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d•\-])|(?<![.!?])[.!?]+["')\]]*\s*$` (u) finds,
 * read a character at a time: the expression, which starts with a look-behind, was tried at every
 * character of every paragraph.
 */
export function sentenceEnds(text: string): Int32Array {
  const count = findEnds(text);
  // Most paragraphs and list items are one sentence: they share one empty array.
  return count === 0 ? NO_ENDS : endBuffer.slice(0, count);
}

/**
 * The ends of `text`'s sentences (what sentenceEnds says), written to endBuffer; how many.
 *
 * Most of a first run (the CLI's) runs before V8 optimises this, one bytecode at a time, where
 * each call of a small function costs more than the test it makes: the tests of the characters
 * around a stop are written out in the loops, and the ends go to one buffer rather than to an
 * array and a typed array per paragraph. (No character is read past the text's end: optimised
 * code that meets one is thrown away.)
 */
function findEnds(text: string): number {
  let count = 0;
  let from = 0;
  const len = text.length;
  // The next full stop, exclamation mark and question mark, each found by a native search.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (let i = 0; ; ) {
    if (dot !== -1 && dot < i) dot = text.indexOf('.', i);
    if (bang !== -1 && bang < i) bang = text.indexOf('!', i);
    if (question !== -1 && question < i) question = text.indexOf('?', i);
    // The first of them.
    i = dot;
    if (bang !== -1 && (i === -1 || bang < i)) i = bang;
    if (question !== -1 && (i === -1 || question < i)) i = question;
    if (i === -1) break;
    // The first stop of a run (the rest of the run is skipped below): then the run ("." "!" "?"),
    // the closing quotes and brackets (" ' ) ]) and the white space (`\s`).
    let j = i + 1;
    for (let c = 0; j < len && ((c = text.charCodeAt(j)) === 46 || c === 33 || c === 63); ) j++;
    const run = j;
    for (let c = 0; j < len && ((c = text.charCodeAt(j)) === 34 || c === 39 || c === 41 || c === 93); ) j++;
    let k = j;
    for (let c = 0; k < len && ((c = text.charCodeAt(k)) === 32 || (c <= 13 && c >= 9) || (c > 127 && isSpaceCode(c))); ) k++;
    // Where stops (with closers and spaces) end the text, the text's end ends the last sentence
    // anyway: no end is written there, nor is the word before a single full stop looked up.
    if (k === len) break;
    let end = -1;
    if (k > j) {
      // An opening quote or bracket (" ' ( [) may come before the sentence's first character.
      const o = text.charCodeAt(k);
      const q = o === 34 || o === 39 || o === 40 || o === 91 ? k + 1 : k;
      // In ASCII, what opens a sentence is "A" to "Z" (`\p{Lu}`), a digit or "-".
      if (q < len) {
        const c = text.charCodeAt(q);
        if (c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 : opensSentenceAt(text, q, c)) end = j;
      }
    }
    if (end !== -1 && !(end === i + 1 && text.charCodeAt(i) === 46 && abbreviationBefore(text, i - 12 > from ? i - 12 : from, i))) {
      if (count === endBuffer.length) {
        const grown = new Int32Array(count * 2);
        grown.set(endBuffer);
        endBuffer = grown;
      }
      endBuffer[count++] = end;
      from = end;
    }
    i = run;
  }
  return count;
}

/** The ends findEnds found last (only its first ones are that text's). */
let endBuffer = new Int32Array(64);

/**
 * The text from `from` to `at` (a full stop) ends in an abbreviation or an ordinal number, at its
 * start or after a space, "(" or "'" (as in "l'art."). An abbreviation has none of those in it,
 * so only the word after the last of them (or from `from`) is tested, once, rather than an
 * expression ending in `$` being tried at every character of the stretch; a word of ASCII
 * characters, in lower case, against ASCII_ABBREVIATION.
 */
function abbreviationBefore(text: string, from: number, at: number): boolean {
  let start = at;
  let ascii = true;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    if (c === 32 || c === 40 || c === 39 || (c <= 13 && c >= 9)) break;
    if (c > 127) {
      if (isSpaceCode(c)) break;
      ascii = false;
    }
    start--;
  }
  // No word of more than ABBREVIATION_LONGEST characters is one, unless it ends in "str" ("Hauptstr"),
  // nor a single letter after an apostrophe: the "s" of "foto's." or "the club's." is no initial.
  if ((at - start > ABBREVIATION_LONGEST && !endsInStr(text, at)) || (at - start === 1 && start > from && text.charCodeAt(start - 1) === 39)) return false;
  if (!(start < at && (ascii ? ASCII_ABBREVIATION.test(text.slice(start, at).toLowerCase()) : ABBREVIATION.test(text.slice(start, at))))) return false;
  const before = text.slice(from, at);
  return !/\d$/.test(before) || ORDINAL.test(before);
}

/**
 * A number of one or two digits and a full stop before a capital end a sentence ("… until they are
 * 25. Enquiries …", "under 13. If you …"), but for a German ordinal, an article or preposition
 * before it ("am 25. Mai", "das 16. Lebensjahr", "im 2. Stock"), and for a number opening its
 * sentence or a part of a line ("2. Who we are", "Stand: 1. März 2024", "Inhalt: 1. Verantwortlicher · 2. …").
 */
const ORDINAL = /(^|[·•|:(,])\s*\d+$|(^|\s)(am|im|zu[mr]|vom|beim|de[rnms]|das|die|ab|bis|seit)\s+\d+$/i;

/** The longest of ABBREVIATION's words but `\p{L}+str` ("approx", "buchst"). */
const ABBREVIATION_LONGEST = 6;

/** The text before `at` ends in "str", in any case (as ABBREVIATION's `iu` flags read it: "ſ" is an "s"). */
function endsInStr(text: string, at: number): boolean {
  const s = text.charCodeAt(at - 3);
  const t = text.charCodeAt(at - 2);
  const r = text.charCodeAt(at - 1);
  return (s === 115 || s === 83 || s === 0x17f) && (t === 116 || t === 84) && (r === 114 || r === 82);
}

/** What `\s` matches (a UTF-16 code unit). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const upperTable = new Int8Array(65536).fill(-1);
const UPPER = /^\p{Lu}$/u;

/**
 * The character at `at`, `c` (beyond ASCII: findEnds tests the others), opens a sentence: a
 * capital (`\p{Lu}`, a whole code point) or a bullet.
 */
function opensSentenceAt(text: string, at: number, c: number): boolean {
  if (c === 0x2022) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    return d >= 0xdc00 && d <= 0xdfff && UPPER.test(text.slice(at, at + 2));
  }
  let u = upperTable[c]!;
  if (u === -1) {
    u = c >= 0xdc00 && c <= 0xdfff ? 0 : UPPER.test(String.fromCharCode(c)) ? 1 : 0;
    upperTable[c] = u;
  }
  return u === 1;
}

/** The ends of a text with one sentence (never written to). */
const NO_ENDS = new Int32Array(0);
