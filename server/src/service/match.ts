/** Compiles cue lists (see data/types.ts) into one regular expression per list, once per list. */
import { opensWithLiteral } from './cueIndex';
import { wordBefore } from './text';

const cache = new WeakMap<readonly string[], RegExp>();
const single = new Map<string, readonly string[]>();

/** The one-cue list for a cue, the same array every time (so its expression is compiled once). */
export function one(cue: string): readonly string[] {
  let list = single.get(cue);
  if (!list) single.set(cue, (list = Object.freeze([cue])));
  return list;
}

const combined = new WeakMap<readonly { readonly cue: string }[], readonly string[]>();

/** The cues of a list of entries that each have one (outdated references), the same array every time. */
export function cuesOf(entries: readonly { readonly cue: string }[]): readonly string[] {
  let list = combined.get(entries);
  if (!list) combined.set(entries, (list = Object.freeze(entries.map((e) => e.cue))));
  return list;
}

/**
 * A cue as the matcher reads it, still in cue syntax, so the prefilter (cueIndex.ts) reads it the
 * same way: each "ß" outside a character class also matches "ss" (the Swiss and capitalised
 * spelling), each "ä", "ö", "ü" also its spelling without umlauts ("ae", "oe", "ue": "Datenschutzbehoerde",
 * "koennen", written where a keyboard or a system has none), and a colon that follows a word may have a space before it (French puts a no-break
 * space there: "Finalités :"). A cue that is only a colon is left alone: an optional space in
 * front of it would be retried from every space of a sentence.
 */
export function cueSyntax(cue: string): string {
  if (!/[ß:äöü]/i.test(cue)) return cue;
  let out = '';
  let inClass = false;
  for (let i = 0; i < cue.length; i++) {
    const ch = cue[i]!;
    if (ch === '\\') { out += ch + (cue[i + 1] ?? ''); i++; continue; }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch === 'ß' && !inClass) out += '(?:ß|ss)';
    else if (/[äöü]/i.test(ch) && !inClass) out += `(?:${ch}|${bareLetter(ch)}e)`;
    else if (ch === ':' && !inClass && /[\p{L}\p{N}]/u.test(cue[i - 1] ?? '')) out += ' ?:';
    else out += ch;
  }
  return out;
}

/**
 * Turns a cue's source into a pattern: the cue as cueSyntax reads it, where spaces match any run
 * of whitespace, \w matches letters of any script, and an accented letter also matches its bare
 * letter (capitals are often written without accents: "DONNEES" for "DONNÉES"). Also used to
 * build the syntax grammar (scripts/gen-grammar.ts), so it marks what the checks match.
 */
export function cueSource(cue: string): string {
  const src = cueSyntax(cue);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      out += next === 'w' ? (inClass ? '\\p{L}\\p{N}_' : '[\\p{L}\\p{N}_]') : ch + next;
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const bare = bareLetter(ch);
    out += bare !== ch && bare.length === 1 ? (inClass ? ch + bare : `[${ch}${bare}]`) : ch;
  }
  return out.replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+');
}

/** Combining marks, as left by a canonical decomposition. */
const MARKS = /\p{M}/gu;

/**
 * A character without its accents (its canonical decomposition less the combining marks). Below
 * U+00C0 no character has a canonical decomposition, so most characters of a cue are read as they
 * are, without a decomposition each.
 */
export function bareLetter(ch: string): string {
  return ch.length === 1 && ch.charCodeAt(0) < 0xc0 ? ch : ch.normalize('NFD').replace(MARKS, '');
}

/**
 * The word boundary after a cue: no letter or digit follows, unless the match ends in an elided
 * word ("l'", "qu'"), which the next word follows at once. One boundary for the whole list (a
 * lookahead per cue would make every list twice as slow to scan).
 */
export const BOUNDARY_AFTER = "(?:(?<=')|(?![\\p{L}\\p{N}]))";

/** The word boundary before a cue, as a lookbehind: no letter or digit precedes. */
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';

/** One global, case-insensitive, Unicode expression for a cue list, with word boundaries around every cue. */
export function cueRegExp(cues: readonly string[]): RegExp {
  let re = cache.get(cues);
  if (!re) {
    const body = cues.length ? cues.map(cueSource).join('|') : '(?!)';
    re = new RegExp(`${BOUNDARY_BEFORE}(?:${body})${BOUNDARY_AFTER}`, 'giu');
    cache.set(cues, re);
  }
  return re;
}

export interface Hit {
  readonly index: number;
  readonly end: number;
  readonly text: string;
}

/** The search expressions made so far, per kind of text (LATIN, PLAIN, both or neither: see searchRegExp). */
const searchCaches = [0, 1, 2, 3].map(() => new WeakMap<readonly string[], Search>());

/**
 * A list's search expression, and whether a run of spaces can change what it matches: it reads a
 * space in a lookbehind or in a class ("(?<!nach\\x20)", "opt[- ]out"), where a run is more than
 * the one space written (everywhere else a cue's space takes a run: see cueSource).
 */
interface Search {
  readonly re: RegExp;
  readonly spaced: boolean;
}

/**
 * Whether an expression's source reads a space (a space, `\\x20` or `\\s`) in a character class or
 * in a lookbehind: where it reads spaces one by one (see Search). The source is read by native
 * searches from class to class and lookbehind to lookbehind (a search program's first run reads it
 * in the interpreter, and a language's sources are some 200,000 characters).
 */
function readsSpaces(source: string): boolean {
  const spaced = (part: string): boolean => part.includes(' ') || part.includes('\\x20') || part.includes('\\s');
  for (let at = source.indexOf('['); at !== -1; at = source.indexOf('[', at + 1)) {
    if (source[at - 1] === '\\') continue;
    let end = source.indexOf(']', at + 1);
    while (end !== -1 && source[end - 1] === '\\') end = source.indexOf(']', end + 1);
    if (end === -1) return false;
    if (spaced(source.slice(at + 1, end))) return true;
    at = end;
  }
  for (let at = source.indexOf('(?<'); at !== -1; at = source.indexOf('(?<', at + 1)) {
    if (source[at + 3] !== '=' && source[at + 3] !== '!') continue;
    // The lookbehind's end: its own closing parenthesis, past escapes and classes.
    let depth = 0;
    let end = at;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '\\') end++;
      else if (c === '[') end = Math.max(source.indexOf(']', end + 1), end);
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (spaced(source.slice(at, end))) return true;
  }
  return false;
}

/**
 * The cue list's expression without the word boundary at its start, which the search below
 * checks itself: a lookbehind tried at every position costs about three times the rest of the
 * search. A cue that does not open with a fixed literal (see opensWithLiteral: "\\w+n't",
 * "\\d+ days") keeps the lookbehind in its own alternative, so that a search never retries it from
 * every position inside a long word or number; the other cues of its list do without.
 *
 * For a LATIN text, the same expression with every `\\p{L}\\p{N}` (the word boundaries, `\\w`) cut
 * down to the letters and digits below U+0250: it finds exactly the same matches in a text
 * without other letters or digits (see latinText), and compiles and runs several times faster
 * (a class of all Unicode letters costs V8 about half a millisecond to compile, each time it
 * occurs in an expression).
 *
 * For a PLAIN text, every `\\s` is a plain space: it finds exactly the same matches in a text whose
 * only whitespace is the plain space (see plainSpaced), as every sentence of the document model
 * is (its text is folded: line ends, tabs and special spaces became spaces). V8 compiles a class
 * of all Unicode whitespace into a dozen comparisons each time it occurs, and a cue list has a
 * space between most of its words: with a plain space the machine code of a language's cue lists
 * is about a third smaller (about 1.2 MB less for English and Dutch together).
 */
function searchRegExp(cues: readonly string[], kind: number): Search {
  const cache = searchCaches[kind]!;
  let search = cache.get(cues);
  if (!search) {
    const ready = kind === (LATIN | PLAIN) ? knownReady.get(cues) : undefined;
    let re: RegExp;
    if (ready !== undefined) {
      re = new RegExp(ready, 'gu');
    } else {
      const e = expressionOf(cues, kind, caselessLatin);
      re = new RegExp(e.source, e.flags);
    }
    search = { re, spaced: readsSpaces(re.source) };
    cache.set(cues, search);
  }
  return search;
}

/**
 * The source and flags of a cue list's search expression for a kind of text (see searchRegExp),
 * its Latin form written by `write` when given (see writeLatinCaseless).
 */
export function expressionOf(cues: readonly string[], kind: number, write: ((source: string) => string | undefined) | undefined): { source: string; flags: string } {
  let source = knownSources.get(cues) ?? searchSource(cues);
  const latin = (kind & LATIN) !== 0;
  const written = latin ? write?.(source) : undefined;
  source = written ?? (latin ? latinSource(source) : source);
  if (kind & PLAIN) source = plainSpaces(source);
  return { source, flags: written === undefined ? 'giu' : 'gu' };
}

/** A list's search source (see searchSource) in its Latin form (see searchRegExp). */
export function latinSource(source: string): string {
  return source.replaceAll('\\p{L}\\p{N}', latinWordClass());
}

/** Writes a source's Latin form for the `u` flag alone, or gives undefined to keep `iu` (see writeLatinCaseless). */
let caselessLatin: ((source: string) => string | undefined) | undefined;

/**
 * Has the Latin expressions made from what `write` gives for a list's source: the CLI's
 * (cli/caseless.ts), the source's Latin form (latinSource) written to match with the `u` flag
 * alone exactly what it matches with `iu`, which compiles faster. Where it gives undefined, the
 * Latin form is compiled with `iu` as usual; the plain-space form is made from the source written.
 * Expressions already made stay as they are (the CLI sets it before it searches).
 */
export function writeLatinCaseless(write: ((source: string) => string | undefined) | undefined): void {
  caselessLatin = write;
}

/** An expression's source with every `\\s` (inside a class too) a plain space: escapes are read in pairs, so `\\\\s` stays. */
function plainSpaces(source: string): string {
  return source.replace(/\\[^]/g, (e) => (e === '\\s' ? ' ' : e));
}

/** Whitespace other than the plain space: what `\\s` matches besides it. */
const OTHER_SPACE = /[^\S ]/;

/** Whether the only whitespace in `text` is the plain space (so a list's `plain` expression applies, see searchRegExp). */
export function plainSpaced(text: string): boolean {
  return !OTHER_SPACE.test(text);
}

/** What a text is, for the expressions that apply to it: LATIN (see latinText) and PLAIN (see plainSpaced), or neither. */
export const LATIN = 1;
export const PLAIN = 2;
const kindOf = (text: string): number => (latinText(text) ? LATIN : 0) | (plainSpaced(text) ? PLAIN : 0);

/** The source of a cue list's search expression (see searchRegExp), before its Latin form. */
export function searchSource(cues: readonly string[]): string {
  const body = cues.length ? cues.map((c) => (opensWithLiteral(c) ? guarded(cueSource(c)) : `${BOUNDARY_BEFORE}(?:${guarded(cueSource(c))})`)).join('|') : '(?!)';
  return withoutCaptures(`(?:${body})${BOUNDARY_AFTER}`);
}

/**
 * A cue's pattern that opens with a lookbehind ("not after words about shipping: to the United
 * States") with the rest of the pattern first tried as a lookahead: V8 tries a list's cues in turn
 * at every position of a sentence, and a lookbehind that reads back over several words there cost
 * more than all the rest of the list (a third of a notice's searches). Where the rest cannot match,
 * the lookbehind is not read; where it can, the pattern matches just as without the lookahead.
 */
function guarded(source: string): string {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return source;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1 < source.length ? `(?=${source.slice(i + 1)})${source}` : source;
  }
  return source;
}

const splits = new WeakMap<readonly string[], ListSplit | null>();

/**
 * Takes the lists' splits as worked out ahead (the CLI's bundle carries them, cli/prebuilt.ts):
 * per list, the positions of its cues that do not open with a literal, as listSplit finds them.
 * Reading every cue of a table for how it opens is a first run's cost in the CLI.
 */
export function knowListSplits(lists: readonly (readonly string[])[], rest: readonly (readonly number[])[]): void {
  if (lists.length !== rest.length) throw new Error(`${rest.length} splits given for ${lists.length} lists`);
  lists.forEach((cues, k) => {
    // A list split already keeps its split: its rest may be known by identity (cue index, memo).
    if (splits.has(cues)) return;
    const r = rest[k]!;
    const split = r.length && r.length < cues.length ? { literal: Object.freeze(cues.filter((_, i) => !r.includes(i))), rest: Object.freeze(r.map((i) => cues[i]!)) } : null;
    splits.set(cues, split);
  });
}

/** Per list, the positions of its cues that do not open with a literal (what knowListSplits takes). */
export function restPositions(lists: readonly (readonly string[])[]): number[][] {
  return lists.map((cues) => cues.flatMap((c, i) => (opensWithLiteral(c) ? [] : [i])));
}

/** A list's cues that open with a fixed literal, and the others (see listSplit). */
export interface ListSplit {
  readonly literal: readonly string[];
  readonly rest: readonly string[];
}

/**
 * For a list with cues of both kinds (see opensWithLiteral): those that open with a literal and
 * the rest, each the same array every time; undefined for any other list. A cue that does not
 * open with a literal is tried at every position of a text ("\\w*vereniging"), and makes the whole
 * list's expression do so: where the prefilter rules the rest out, the literal cues alone find
 * exactly what the whole list finds, with an expression that skips ahead (the cueIndex filters
 * each `rest` as a list of its own).
 */
export function listSplit(cues: readonly string[]): ListSplit | undefined {
  let split = splits.get(cues);
  if (split === undefined) {
    const literal = cues.filter((c) => opensWithLiteral(c));
    split = literal.length && literal.length < cues.length ? { literal: Object.freeze(literal), rest: Object.freeze(cues.filter((c) => !opensWithLiteral(c))) } : null;
    splits.set(cues, split);
  }
  return split ?? undefined;
}

/** Sources of search expressions worked out ahead (see knowSearchSources). */
const knownSources = new WeakMap<readonly string[], string>();
/** Whole expressions for LATIN and PLAIN text worked out ahead, each for the `u` flag alone (see knowSearchSources). */
const knownReady = new WeakMap<readonly string[], string>();

/**
 * Takes the sources of the lists' search expressions as worked out ahead: the CLI's bundle
 * carries them for the language tables (cli/prebuilt.ts), each what searchSource gives; and with
 * `ready`, per list, the whole source of its expression for a LATIN and PLAIN text (a sentence),
 * as expressionOf gives it with the Latin writer the host installs (writeLatinCaseless), or null
 * where that needs the `i` flag. Working these out is a first run's cost in the CLI: scanning
 * each source in JavaScript that has not been optimised yet.
 */
export function knowSearchSources(lists: readonly (readonly string[])[], sources: readonly string[], ready?: readonly (string | null)[]): void {
  if (lists.length !== sources.length) throw new Error(`${sources.length} search sources given for ${lists.length} lists`);
  if (ready && ready.length !== lists.length) throw new Error(`${ready.length} expressions given for ${lists.length} lists`);
  lists.forEach((list, k) => {
    knownSources.set(list, sources[k]!);
    const r = ready?.[k];
    if (r != null) knownReady.set(list, r);
  });
}

/**
 * The same expression with every capturing group made non-capturing: only the whole match is
 * read, and an expression with a dozen groups spends time saving them while it backtracks and
 * makes an array of them for every match. Cues use no back references.
 */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += ch;
  }
  return out;
}

let latinWord: string | undefined;
/**
 * The letters and digits below U+0250 (Basic Latin to Latin Extended-B), as the body of a
 * character class: there, the same characters as `[\\p{L}\\p{N}]` matches case-insensitively.
 */
export function latinWordClass(): string {
  if (latinWord === undefined) {
    const word = /[\p{L}\p{N}]/iu;
    const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
    let out = '';
    let start = -1;
    for (let c = 0; c <= LATIN_END; c++) {
      const is = c < LATIN_END && word.test(String.fromCharCode(c));
      if (is && start === -1) start = c;
      else if (!is && start !== -1) {
        out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
        start = -1;
      }
    }
    latinWord = out;
  }
  return latinWord;
}

/** The end of the Latin blocks whose letters latinWordClass lists. */
const LATIN_END = 0x250;

/** Per UTF-16 code unit at or above LATIN_END: 0 not yet known, 1 neither letter nor digit, 2 one (or a surrogate). */
const beyondLatin = new Uint8Array(65536);

/** For a UTF-16 code unit beyond Latin-1: 1 when it is neither letter nor digit, 2 when it is one or a surrogate (remembered per unit). */
export function beyondLatinKind(c: number): number {
  let kind = beyondLatin[c]!;
  if (kind === 0) {
    kind = (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{N}]/iu.test(String.fromCharCode(c)) ? 2 : 1;
    beyondLatin[c] = kind;
  }
  return kind;
}

/**
 * Whether a text holds no letter or digit beyond the Latin blocks (and no surrogate, which may
 * pair into one): then the Latin expression of a list finds what the full one finds. A
 * character the class of all letters matches only case-insensitively (the Kelvin sign, which
 * folds to "k") counts as a letter here too.
 */
export function latinText(text: string): boolean {
  // Native scans from one character beyond the Latin blocks to the next (most texts have none).
  BEYOND_LATIN.lastIndex = 0;
  while (BEYOND_LATIN.test(text)) if (beyondLatinKind(text.charCodeAt(BEYOND_LATIN.lastIndex - 1)) === 2) return false;
  return true;
}

const BEYOND_LATIN = /[^\u0000-\u024f]/g;

/**
 * The offsets of the letters and digits beyond the Latin blocks in `text` (and of surrogates),
 * or with `firstOnly` at most the first.
 */
export function beyondLatinWords(text: string, firstOnly = false): number[] {
  const found: number[] = [];
  // Native scans from one character beyond the Latin blocks to the next, as in latinText.
  BEYOND_LATIN.lastIndex = 0;
  while (BEYOND_LATIN.test(text)) {
    const i = BEYOND_LATIN.lastIndex - 1;
    if (beyondLatinKind(text.charCodeAt(i)) === 2) {
      found.push(i);
      if (firstOnly) break;
    }
  }
  return found;
}

/**
 * The next match of `re` at or after `from` that no letter or digit precedes: the match
 * `cueRegExp` finds. A match preceded by a letter is rejected and the search goes on after the
 * word it sits in (no position inside a word can start a match), never inside a surrogate pair.
 */
function search(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (m === null || !wordBefore(text, m.index)) return m;
    let q = m.index + 1;
    while (q < text.length && (wordBefore(text, q) || isLowSurrogateAt(text, q))) q++;
    if (q > text.length) return null;
    re.lastIndex = q;
  }
}

const isLowSurrogateAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
};

/**
 * The first match of a cue list in `text`, or undefined. `kind` says what the text is (LATIN,
 * PLAIN), for a caller that knows it already. A run of spaces reads as one (see squeezed) where
 * the list's expression reads spaces one by one.
 */
export function first(cues: readonly string[], text: string, from = 0, kind = kindOf(text)): Hit | undefined {
  const { re, spaced } = searchRegExp(cues, kind);
  const sq = spaced ? squeezed(text) : undefined;
  if (sq) {
    const m = search(re, sq.text, squeezedIndex(sq, from));
    return m ? hitIn(sq, text, m) : undefined;
  }
  const m = search(re, text, from);
  return m ? { index: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

/** Every match of a cue list in `text` (`kind` as for `first`). */
export function all(cues: readonly string[], text: string, kind = kindOf(text)): Hit[] {
  const { re, spaced } = searchRegExp(cues, kind);
  const sq = spaced ? squeezed(text) : undefined;
  const read = sq ? sq.text : text;
  const hits: Hit[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while (from <= read.length && (m = search(re, read, from)) !== null) {
    hits.push(sq ? hitIn(sq, text, m) : { index: m.index, end: m.index + m[0].length, text: m[0] });
    from = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
  return hits;
}

/** A text with each run of spaces made one space, and where its runs were. */
interface Squeezed {
  readonly text: string;
  /**
   * Per run, in order: the offset in `text` right after the space kept of it, and how many
   * spaces were left out up to there (so the text's offset of a later character is its own plus that).
   */
  readonly runs: readonly number[];
}

/** The texts squeezed lately (the rules ask about a sentence for list after list, and about many sentences for one list). */
const squeezedTexts = new Map<string, Squeezed>();
let squeezedChars = 0;
const RUN_OF_SPACES = / {2,}/g;

/**
 * `text` with each run of spaces inside it made one space, or undefined when it has none: cues are
 * written with one space between words, and a lookbehind or a class with a space in it
 * ("(?<!nach\\x20)", "[- ]") reads one. Runs come from typing, from text copied out of a justified
 * PDF, and from the reading text's blanked marks (Markdown emphasis, HTML tags, a word joined over
 * a line end). Spaces before the first word or after the last read the same as one. The matches
 * are read back in the text's own offsets.
 */
function squeezed(text: string): Squeezed | undefined {
  // (Nearly every text has no run at all: one native search says so.)
  if (text.indexOf('  ') === -1) return undefined;
  let first = 0;
  while (text.charCodeAt(first) === 32) first++;
  const run = text.indexOf('  ', first);
  if (run === -1) return undefined;
  let last = text.length;
  while (last > run && text.charCodeAt(last - 1) === 32) last--;
  if (run >= last) return undefined;
  let sq = squeezedTexts.get(text);
  if (sq) return sq;
  const runs: number[] = [];
  let out = '';
  let from = 0;
  let left = 0;
  for (const m of text.matchAll(RUN_OF_SPACES)) {
    out += text.slice(from, m.index! + 1);
    left += m[0].length - 1;
    from = m.index! + m[0].length;
    runs.push(out.length, left);
  }
  sq = { text: out + text.slice(from), runs };
  // (At most about 256,000 characters are kept.)
  squeezedChars += text.length;
  if (squeezedChars > 256_000) {
    squeezedTexts.clear();
    squeezedChars = text.length;
  }
  squeezedTexts.set(text, sq);
  return sq;
}

/** The text's offset of offset `k` of its squeezed form. */
function unsqueezed(sq: Squeezed, k: number): number {
  let shift = 0;
  for (let j = 0; j < sq.runs.length && sq.runs[j]! <= k; j += 2) shift = sq.runs[j + 1]!;
  return k + shift;
}

/** Where offset `from` of a text is in its squeezed form (inside a run: right after the space kept of it). */
function squeezedIndex(sq: Squeezed, from: number): number {
  let shift = 0;
  for (let j = 0; j < sq.runs.length; j += 2) {
    const at = sq.runs[j]!;
    if (from < at + sq.runs[j + 1]!) return Math.min(from - shift, at);
    shift = sq.runs[j + 1]!;
  }
  return from - shift;
}

/** A match in a squeezed text, as a hit in the text it was made from. */
function hitIn(sq: Squeezed, text: string, m: RegExpExecArray): Hit {
  const index = unsqueezed(sq, m.index);
  const end = m[0].length === 0 ? index : unsqueezed(sq, m.index + m[0].length - 1) + 1;
  return { index, end, text: text.slice(index, end) };
}

/** Whether a cue list matches in `text` (`kind` as for `first`). */
export function has(cues: readonly string[], text: string, kind = kindOf(text)): boolean {
  return first(cues, text, 0, kind) !== undefined;
}
