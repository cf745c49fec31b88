/**
 * Inline suppressions: comments in the notice that tell Policy Author to stay quiet about a
 * finding. They are the notice author's decision, written where the next reader of the notice
 * sees it, and they work the same in every editor and in the CLI.
 *
 * Markdown (an HTML comment, invisible when rendered):
 *
 *     <!-- policy-author-disable right-object, cookies -->
 *     <!-- policy-author-disable-next-line vague-retention -->
 *
 * Plain text (a line of its own in square brackets; the HTML comment is accepted as well):
 *
 *     [policy-author-disable right-object]
 *     [policy-author-disable-next-line vague-retention]
 *
 * Scope: `policy-author-disable` anywhere in the document turns those checks off for the whole
 * document (a missing item is a fact about the whole notice, so where the comment stands does not
 * matter). `policy-author-disable-next-line` silences only findings that lie in the block (the
 * paragraph, list item, heading or table row) starting on the next line with text, which is what
 * a problem in the text (a vague retention period, an outdated name) needs. Ids are separated by
 * commas or spaces; unknown ids are ignored. A comment without ids silences nothing: turning every
 * check off should be a deliberate setting, not a typo.
 *
 * Suppression comments are not part of the notice's content: the analysis reads the text with
 * them blanked out (`maskSuppressions`), so a comment naming `right-object` can never count as
 * the notice stating the right to object.
 */
import { isCheckId, type CheckId } from './catalogue';
import type { Block } from './document';

export type SuppressionScope = 'document' | 'next-line';

/** One suppression comment found in the text. */
export interface Suppression {
  readonly scope: SuppressionScope;
  /** The known check ids it names, in order; unknown ids are dropped. */
  readonly ids: readonly CheckId[];
  /** Offsets of the comment itself. */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the comment. */
  readonly line: number;
}

/** The directive's words, shared by the parser and the code action that writes comments. */
export const DIRECTIVE = { document: 'policy-author-disable', 'next-line': 'policy-author-disable-next-line' } as const;

// A comment on a line of its own. The id list stops at the comment's end; ids are word characters and '-'.
const HTML_COMMENT = /^[ \t]*<!--[ \t]*policy-author-disable(-next-line)?(?=[\s,]|-->)([^\r\n]*?)-->[ \t]*$/gm;
const BRACKET_LINE = /^[ \t]*\[[ \t]*policy-author-disable(-next-line)?(?=[\s,\]])([^\]\r\n]*)\][ \t]*$/gm;

/** Every suppression comment of a document, in document order. */
export function findSuppressions(text: string, format: 'markdown' | 'plaintext'): Suppression[] {
  if (!text.includes('policy-author-disable')) return [];
  const found: Omit<Suppression, 'line'>[] = [];
  const patterns = format === 'markdown' ? [HTML_COMMENT] : [HTML_COMMENT, BRACKET_LINE];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const ids = m[2]!
        .split(/[\s,]+/)
        .filter((word): word is CheckId => word !== '' && isCheckId(word));
      found.push({ scope: m[1] ? 'next-line' : 'document', ids: [...new Set(ids)], start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((x, y) => x.start - y.start);
  // Lines counted in one pass over the text, however many comments there are.
  let line = 0;
  let at = 0;
  return found.map((s) => {
    line += lineBreaks(text, at, s.start);
    at = s.start;
    return { ...s, line };
  });
}

/**
 * The text with every suppression comment replaced by spaces (line breaks kept), so offsets and
 * lines stay those of the original and the comment reads as an empty line.
 */
export function maskSuppressions(text: string, suppressions: readonly Suppression[]): string {
  if (!suppressions.length) return text;
  let out = '';
  let from = 0;
  for (const s of suppressions) {
    out += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
    from = s.end;
  }
  return out + text.slice(from);
}

/** Decides, for a finding of a check at some offset, whether a comment silences it. */
export interface SuppressionIndex {
  /** Whether `id` is silenced for a finding starting at `offset`. */
  covers(id: CheckId, offset: number): boolean;
}

/**
 * Builds the lookup over a document's blocks: document-wide ids, and per next-line comment the
 * block that starts on the first line with text after it.
 */
export function suppressionIndex(suppressions: readonly Suppression[], blocks: readonly Block[]): SuppressionIndex {
  const documentWide = new Set<CheckId>();
  const local: { readonly ids: ReadonlySet<CheckId>; readonly start: number; readonly end: number }[] = [];
  for (const s of suppressions) {
    if (s.scope === 'document') {
      for (const id of s.ids) documentWide.add(id);
      continue;
    }
    // Blocks are sorted; the comment itself is blank in the model, so the next block is the one it precedes.
    const next = blocks.find((b) => b.line > s.line);
    if (next && s.ids.length) local.push({ ids: new Set(s.ids), start: next.start, end: next.end });
  }
  return {
    covers(id, offset) {
      if (documentWide.has(id)) return true;
      return local.some((l) => l.ids.has(id) && offset >= l.start && offset <= l.end);
    },
  };
}

function lineBreaks(text: string, from: number, to: number): number {
  let line = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
