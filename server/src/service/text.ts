/** Text helpers shared by the document model and the detectors. */

/**
 * Makes typographic variants plain without changing the text's length, so offsets found in the
 * folded text are offsets in the original: curly quotes become straight, dashes become '-',
 * no-break, zero-width and other special spaces and line ends become a plain space.
 */
export function fold(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD_MAP[ch] ?? ' ');
}

const FOLD_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
// Everything in FOLD_MAP, plus spaces and invisible characters that become ' '.
const FOLD_RE = /[\u2018\u2019\u201A\u201B\u00B4\u0060\u201C\u201D\u201E\u00AB\u00BB\u2010-\u2014\u2212\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\t\r\n\f\v]/g;

/**
 * What joins the parts of a line a web page's menu, footer or contact block became in text: a bar, a middle dot
 * or a bullet between spaces ("Privacy | Cookies | Proclaimer", "Hoofdstraat 1 · 1234 AB Ergens").
 */
export const LINE_PARTS = /\s[|·•]\s/u;

/** A letter or a combining mark: what a word is made of where closeGaps and its callers join words. */
export const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** An apostrophe: an elided article before it belongs to the word after it ("l'accès", "d'été"). */
const APOSTROPHE = /['’]/;

/**
 * `text` with gaps inside words closed: each [from, to) of `gaps` (pairs, in any order) lies between
 * two letters of one word (a hyphen at a line end with the line break, a soft hyphen, the spaces a
 * character reference left, a combining mark composed into its letter). The word's letters before
 * the gap move down over it and the spaces go before the word (and before an elided article on it,
 * "l'accès"), so that the text keeps its length, everything outside the word its offsets, and what
 * follows the word (a full stop, a comma) stays right behind it; a range found in the word starts a
 * few characters late in the original. A word may have more than one gap.
 */
export function closeGaps(text: string, gaps: readonly number[]): string {
  const order = [...Array(gaps.length >> 1).keys()].sort((x, y) => gaps[2 * x]! - gaps[2 * y]!);
  let out = '';
  let last = 0;
  for (let i = 0; i < order.length; ) {
    let from = gaps[2 * order[i]!]!;
    if (from < last) {
      i++;
      continue;
    }
    let start = from;
    // (An elided article stays with its word: "l'accès", not "l' accès".)
    while (start > last && (LETTER_OR_MARK.test(text[start - 1]!) || (APOSTROPHE.test(text[start - 1]!) && start - 1 > last && LETTER_OR_MARK.test(text[start - 2]!)))) start--;
    let word = text.slice(start, from);
    let gap = 0;
    let end = from;
    // The word's gaps, each followed by its letters up to the next gap of the same word or the word's end.
    while (i < order.length && (from = gaps[2 * order[i]!]!) === end) {
      const to = gaps[2 * order[i]! + 1]!;
      end = to;
      while (end < text.length && LETTER_OR_MARK.test(text[end]!)) end++;
      word += text.slice(to, end);
      gap += to - from;
      i++;
    }
    out += text.slice(last, start) + ' '.repeat(gap) + word;
    last = end;
  }
  return out + text.slice(last);
}

/** Line start offsets for LF, CRLF and CR line ends. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most texts end their lines in LF only: then each line break is found by a native search.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The end offset of line `line` without its line break. */
export function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
  while (end > starts[line]! && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** Binary search: the line that contains `offset`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export function positionAt(text: string, starts: readonly number[], offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const line = lineOf(starts, clamped);
  // Never point inside a CRLF pair or past the line's own end.
  const end = lineEnd(text, starts, line);
  let character = Math.min(clamped, end) - starts[line]!;
  // Keep ranges on UTF-16 boundaries: never split a surrogate pair.
  const at = starts[line]! + character;
  if (character > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) character--;
  return { line, character };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Trims whitespace (after folding) off both ends of [start, end). */
export function trimSpan(folded: string, start: number, end: number): [number, number] {
  while (start < end && folded.charCodeAt(start) === 32) start++;
  while (end > start && folded.charCodeAt(end - 1) === 32) end--;
  return [start, end];
}

const wordTable = new Int8Array(65536).fill(-1);

/** Whether a UTF-16 code unit is a letter or digit (`[\p{L}\p{N}]`); surrogates never are on their own. */
export function isWordCode(code: number): boolean {
  let w = wordTable[code]!;
  if (w === -1) {
    w = code >= 0xd800 && code <= 0xdfff ? 0 : /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;
    wordTable[code] = w;
  }
  return w === 1;
}

/** Whether the code point that ends just before `index` is a letter or digit (what `(?<![\p{L}\p{N}])` rejects). */
export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2) {
    const h = text.charCodeAt(index - 2);
    if (h >= 0xd800 && h <= 0xdbff) return /[\p{L}\p{N}]/u.test(text.slice(index - 2, index));
  }
  return isWordCode(c);
}

/**
 * An e-mail address by its shape, shared by the contact checks and the facts clauses are filled
 * with. The look-behind starts a failed attempt only at the beginning of a run of address
 * characters, so a search stays linear on long text.
 */
export const EMAIL_SOURCE = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;

/**
 * An e-mail address written so that harvesters miss it, as many notices write theirs: "info(at)example.de",
 * "info [at] example [dot] com", "contact (arobase) exemple.fr" (case-insensitive: "[AT]", "(Punkt)").
 */
export const HIDDEN_EMAIL_SOURCE = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+ ?[(\[{] ?(?:at|ät|arobase) ?[)\]}] ?[\p{L}\p{N}-]+(?:(?:\.| ?[(\[{] ?(?:dot|punkt|point|punt) ?[)\]}] ?)[\p{L}\p{N}-]+)*(?:\.| ?[(\[{] ?(?:dot|punkt|point|punt) ?[)\]}] ?)\p{L}{2,}`;
/** Whether a text may hold a hidden e-mail address (a cheap test before HIDDEN_EMAIL_SOURCE's). */
export const HIDDEN_AT = /[(\[{] ?(?:at|ät|arobase) ?[)\]}]/i;

/**
 * A generator's or an author's blanks left in a notice ("[Insert contact details of your Data
 * Protection Officer here]", "[DATE]", "[Naam functionaris]", "[insérer l'adresse]", "XXX",
 * "Telefon: ..."): not the placeholders our own clauses write (placeholders.ts), but no content
 * either. A bracketed stretch on one line holding two letters in a row that is no Markdown link
 * ("[text](", "[text][", "[text]:", "][ref]"), no address ("@", "://", "[at]") and no checkbox ("[x]"); a run
 * of three or more X or underscores; dots or an ellipsis that end a line after a colon.
 */
const BLANK = /\[[^[\]\n]{2,200}\]|X{3,}|_{3,}|:[ \t]*(?:\.{3}|…)[ \t]*(?![^\r\n])/g;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTERS = /\p{L}\p{L}/u;
/** The "[at]" and "[dot]" of a hidden e-mail address (HIDDEN_EMAIL_SOURCE): no blank. */
const HIDDEN_PART = /^\[ ?(?:at|ät|arobase|dot|punkt|point|punt) ?\]$/i;

/** The blanks of a text (see BLANK), in order. Most texts have none of the characters they need: then no search runs. */
export function blanks(text: string): { start: number; end: number }[] {
  if (!text.includes('[') && !text.includes('XXX') && !text.includes('___') && !text.includes('...') && !text.includes('…')) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(BLANK)) {
    const s = m[0];
    let start = m.index;
    let end = start + s.length;
    if (s[0] === '[') {
      if (text[start - 1] === ']' || '([:'.includes(text[end] ?? '.') || s.includes('@') || s.includes('://') || !LETTERS.test(s) || HIDDEN_PART.test(s)) continue;
    } else if (s[0] === ':') {
      start += s.search(/[.…]/);
      end = start + (s.includes('…') ? 1 : 3);
    } else if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    out.push({ start, end });
  }
  return out;
}
