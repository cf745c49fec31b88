/**
 * The text of an HTML block in a Markdown notice. Markdown lets a writer put HTML among the
 * Markdown ("<table>" for a cookie list, "<details>" around a section, "<p>" and "<h2>" pasted
 * from a web page); markdown-it gives such a block as one piece of markup. Its words are still
 * the notice's words, so the document model reads them: `htmlRuns` finds the stretches of text
 * between the block-level tags (each heading, paragraph, list item and table row one stretch),
 * and `blankMarkup` hides the inline tags and character references inside a stretch from the
 * checks, without moving any offset.
 *
 * This is not an HTML parser and does not need to be one: it reads tags, comments and the
 * contents of elements that hold no prose (script, style, template, svg, textarea), and every
 * other character is text. A "<" that opens no tag is text too. It reads each character once.
 */

import { closeGaps, fold, LETTER_OR_MARK } from './text';

/** What a stretch of text is, from the innermost element around it that says. */
export type RunKind = 'heading' | 'paragraph' | 'list' | 'table';

export interface HtmlRun {
  readonly kind: RunKind;
  /** 1–6 for a heading, 0 otherwise. */
  readonly level: number;
  /** The stretch, from its first character of text to its last (inline tags inside it included). */
  readonly start: number;
  readonly end: number;
}

/** Elements that begin and end a stretch of text (opening or closing them ends the one before). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose contents are no prose: skipped to their closing tag. */
const OPAQUE = new Set(['script', 'style', 'template', 'svg', 'textarea', 'math']);
/** How many open elements are remembered: deeper ones (no notice nests so deep) are read as if not opened. */
const MAX_OPEN = 64;

const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

interface Tag {
  /** Lower-case name. */
  readonly name: string;
  readonly closing: boolean;
  /** The offset after its '>'. */
  readonly end: number;
}

/**
 * Finds the next '>' from an offset on, remembering the last one found: asked with offsets that
 * only grow, it reads each character once (a text of many "<a" and no '>' is not read again for
 * each of them). A '>' inside an attribute's quoted value ends the tag here, as it seldom occurs.
 */
class Closers {
  /** The last '>' found (-1: none up to the limit; -2: not looked yet). */
  private found = -2;
  constructor(private readonly text: string, private readonly limit: number) {}
  /** The offset of the first '>' at or after `from`, or -1 when there is none before the limit. */
  next(from: number): number {
    if (this.found === -1 || this.found >= from) return this.found;
    const i = this.text.indexOf('>', from);
    this.found = i === -1 || i >= this.limit ? -1 : i;
    return this.found;
  }
}

/** The tag at `at` (a '<'), or undefined when none opens there ('<' then as text). */
function readTag(text: string, at: number, limit: number, closers: Closers): Tag | undefined {
  let p = at + 1;
  const closing = text.charCodeAt(p) === 47; /* / */
  if (closing) p++;
  if (!isNameStart(text.charCodeAt(p))) return undefined;
  const nameStart = p;
  while (p < limit && isNameChar(text.charCodeAt(p))) p++;
  const next = text.charCodeAt(p);
  if (p >= limit || (!isSpace(next) && next !== 62 /* > */ && next !== 47)) return undefined;
  const gt = closers.next(p);
  if (gt === -1) return undefined;
  return { name: text.slice(nameStart, p).toLowerCase(), closing, end: gt + 1 };
}

/** The end of what opens before `at` and ends with `close` (the limit when it does not end). */
function skipTo(text: string, at: number, close: string, limit: number): number {
  const i = text.indexOf(close, at);
  return i === -1 || i + close.length > limit ? limit : i + close.length;
}

/** Where the closing tag of opaque element `name` ends, from `at` on (the limit when there is none). */
function skipElement(text: string, at: number, name: string, limit: number, closers: Closers): number {
  const close = new RegExp('</' + name + '(?=[\\s/>])', 'gi');
  close.lastIndex = at;
  const m = close.exec(text);
  if (!m || m.index >= limit) return limit;
  const gt = closers.next(m.index);
  return gt === -1 ? limit : gt + 1;
}

/**
 * The stretches of text of the HTML in `text` from `start` to `end`, in order. Inline tags
 * (`<strong>`, `<a href=...>`, `<br>`) stay inside a stretch; comments, declarations and the
 * contents of script, style and the like belong to none; a blank line ends a stretch.
 */
export function htmlRuns(text: string, start: number, end: number): HtmlRun[] {
  const runs: HtmlRun[] = [];
  // The open block-level elements, innermost last.
  const open: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runKind: RunKind = 'paragraph';
  let runLevel = 0;
  /** What a stretch that begins now is: the innermost heading, list item or table row around it. */
  const context = (): void => {
    runKind = 'paragraph';
    runLevel = 0;
    for (let k = open.length - 1; k >= 0; k--) {
      const name = open[k]!;
      if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
        runKind = 'heading';
        runLevel = Number(name[1]);
        return;
      }
      if (name === 'li' || name === 'dt' || name === 'dd') { runKind = 'list'; return; }
      if (name === 'tr') { runKind = 'table'; return; }
    }
  };
  const finish = (): void => {
    if (runStart !== -1) runs.push({ kind: runKind, level: runLevel, start: runStart, end: runEnd });
    runStart = -1;
  };
  const closers = new Closers(text, end);
  let newlines = 0;
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', p)) { p = skipTo(text, p + 4, '-->', end); continue; }
      if (text.startsWith('<![CDATA[', p)) { p = skipTo(text, p + 9, ']]>', end); continue; }
      const second = text.charCodeAt(p + 1);
      // A declaration or processing instruction ("<!DOCTYPE html>", "<?xml ...?>"); without a '>' the '<' is text.
      const gt = second === 33 /* ! */ || second === 63 /* ? */ ? closers.next(p + 2) : -1;
      if (gt !== -1) { p = gt + 1; continue; }
      const tag = readTag(text, p, end, closers);
      if (tag) {
        newlines = 0;
        if (OPAQUE.has(tag.name)) {
          p = tag.closing ? tag.end : skipElement(text, tag.end, tag.name, end, closers);
          continue;
        }
        if (BLOCK.has(tag.name)) {
          // The cells of a row are one stretch, as a Markdown table's row is.
          const inRow = (tag.name === 'td' || tag.name === 'th') && open.includes('tr');
          if (!inRow) finish();
          if (tag.closing) {
            const k = open.lastIndexOf(tag.name);
            if (k !== -1) open.length = k;
          } else if (tag.name !== 'hr') {
            // (Of these elements only <hr> has no closing tag.)
            // A paragraph, list item or cell left open ends where the next one opens.
            if (tag.name === 'p' || tag.name === 'li' || tag.name === 'tr' || tag.name === 'dt' || tag.name === 'dd') {
              const k = open.lastIndexOf(tag.name);
              if (k !== -1) open.length = k;
            }
            if (tag.name !== 'td' && tag.name !== 'th' && open.length < MAX_OPEN) open.push(tag.name);
          }
        }
        p = tag.end;
        continue;
      }
    }
    if (c === 10) {
      // A blank line ends a stretch.
      if (++newlines >= 2) finish();
    } else if (!isSpace(c)) {
      newlines = 0;
      if (runStart === -1) {
        context();
        runStart = p;
      }
      runEnd = p + 1;
    }
    p++;
  }
  finish();
  return runs;
}

/**
 * `text` (a stretch's folded text) with its tags, comments
 * and character references made spaces, except that a reference to a letter or a sign keeps that
 * character in its first place ("caf&eacute;" reads "café" followed by spaces, "&agrave;" reads
 * "à"): the same length, so every offset stays where it was. The spaces a reference inside a
 * word leaves ("Datenschutzerkl&auml;rung") go before the word (closeGaps). With a set of tag names
 * for `tags` (a Markdown block, whose other '<' are Markdown's own: "<info@example.org>") only those
 * tags are blanked, and no comment; without, only the references are read.
 */
export function blankMarkup(text: string, tags: boolean | ReadonlySet<string> = true): string {
  if ((!tags || text.indexOf('<') === -1) && text.indexOf('&') === -1) return text;
  let out = '';
  let last = 0;
  const end = text.length;
  const closers = new Closers(text, end);
  let gaps: number[] | undefined;
  for (let p = 0; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 60 && tags) {
      let to = -1;
      if (text.startsWith('<!--', p)) to = tags === true ? skipTo(text, p + 4, '-->', end) : -1;
      else {
        const tag = readTag(text, p, end, closers);
        if (tag && (tags === true || tags.has(tag.name))) to = tag.end;
      }
      if (to !== -1) {
        out += text.slice(last, p) + ' '.repeat(to - p);
        // In Markdown, a tag between a word and a comma or full stop ("marketing</span>.") closes up.
        if (tags !== true && LETTER_OR_MARK.test(text[p - 1] ?? ' ') && to < end && PUNCTUATION_MARK.test(text[to]!)) (gaps ??= []).push(p, to);
        last = to;
        p = to - 1;
      }
    } else if (c === 38 /* & */) {
      const m = REFERENCE.exec(text.slice(p, p + 40));
      if (m) {
        const ch = referenced(m[1]!);
        out += text.slice(last, p) + ch + ' '.repeat(m[0].length - ch.length);
        last = p + m[0].length;
        // A reference inside a word ("L&ouml;schung", "r&eacute;clamation", "Ein&shy;schr"): the
        // spaces it leaves are moved before the word, which is read whole.
        if (m[0].length > ch.length && LETTER_OR_MARK.test(ch || text[p - 1] || ' ') && LETTER_OR_MARK.test(text[last] ?? ' ')) (gaps ??= []).push(p + ch.length, last);
        p = last - 1;
      }
    }
  }
  out += text.slice(last);
  return gaps ? closeGaps(out, gaps) : out;
}


/**
 * The inline elements whose tags Markdown text holds as raw HTML ("a line<br>break", "<b>Retention</b>",
 * "<span style=...>"): blanked where a Markdown block is read (document.ts readingText), as a reader of
 * the rendered page sees none of them. Other names in angle brackets are left as written.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set('a abbr b big br cite code del dfn em font i ins kbd mark q s small span strike strong sub sup u wbr'.split(' '));

const PUNCTUATION_MARK = /[,.;:!?)]/;

const REFERENCE = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** The named references prose uses besides accented letters, as the checks read them. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', hellip: '…', lsquo: "'", rsquo: "'",
  ldquo: '"', rdquo: '"', laquo: '"', raquo: '"', sbquo: "'", bdquo: '"', euro: '€', copy: '©', sect: '§',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ',
};
/** The accents of the references to accented letters ("&eacute;" is e with U+0301). */
const ACCENT: Readonly<Record<string, string>> = { acute: '́', grave: '̀', circ: '̂', uml: '̈', tilde: '̃', cedil: '̧', ring: '̊' };
const ACCENTED = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/;

/**
 * The character a reference stands for, folded as the checks read text (quotes straight, dashes
 * '-', special spaces ' '), or '' for one that stands for nothing the checks read (a soft hyphen).
 */
function referenced(name: string): string {
  let ch: string;
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '';
    ch = String.fromCodePoint(code);
  } else {
    const accented = ACCENTED.exec(name);
    ch = accented ? (accented[1]! + ACCENT[accented[2]!]!).normalize('NFC') : (NAMED[name] ?? '');
    if (ch.length !== 1 && accented) ch = '';
  }
  return fold(ch);
}
