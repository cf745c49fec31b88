/**
 * The cue lists' Latin search expressions (match.ts) written for the `u` flag alone, for the CLI.
 * With `iu`, V8 works out the closure under case folding of every character class and of every
 * letter that folds across scripts (k and the Kelvin sign, s and the long s) each time it
 * compiles one, and a Latin expression repeats the class of Latin letters and digits several
 * times: compiling a list's expression is most of what a check of a small notice does beyond
 * the start. Here each piece of an expression (a character or a class) is replaced by a class
 * that matches, without `i`, exactly what the piece matches with `iu`; the rest of an expression
 * (groups, look-arounds, quantifiers, `\s`, `\d`) does not depend on case.
 *
 * The build works out the form of every piece the four tables' Latin expressions hold
 * (`caselessPieces`), checking each against the original over all code points, and the bundle
 * carries them (cli/prebuilt.ts); a run rewrites a list's expression when it first searches with
 * it (`caseless`). An expression with a piece the table lacks, or with `\w`, `\b`, a property or
 * a back reference outside a class (which `i` changes), is left to be compiled with `iu`.
 */

import { latinSource } from '../service/match';

/** What each ASCII character opens in a source: 0 a piece, 1 syntax kept as it is, 2 an escape, 3 a class, 4 a group, 5 a count. */
const KIND = new Uint8Array(128);
for (const ch of '^$.*+?)|') KIND[ch.charCodeAt(0)] = 1;
KIND[0x5c] = 2;
KIND[0x5b] = 3;
KIND[0x28] = 4;
KIND[0x7b] = 5;

/** An escape of one character (a piece), or one kept as it is (`\\s`, `\\d`, syntax). */
const ESCAPE = /\\(?:(u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2})|[dDsS^$\\.*+?()[\]{}|/-])/y;
/** A group's opening, with a named group's name as it is. */
const GROUP = /\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/y;

/**
 * `source` with each piece replaced by what `piece` gives for it, or undefined when `piece` gives
 * undefined for one or the source holds an escape whose meaning depends on case (`\\w`, `\\b`, a
 * property or a back reference outside a class).
 */
export function rewritePieces(source: string, piece: (p: string) => string | undefined): string | undefined {
  let out = '';
  const n = source.length;
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    const kind = c < 128 ? KIND[c]! : 0;
    let end = i + 1;
    if (kind === 1) {
      out += source[i];
      i = end;
      continue;
    }
    if (kind === 2) {
      ESCAPE.lastIndex = i;
      const m = ESCAPE.exec(source);
      if (m === null) return undefined;
      end = ESCAPE.lastIndex;
      if (m[1] === undefined) {
        out += m[0];
        i = end;
        continue;
      }
    } else if (kind === 3) {
      while (end < n && source.charCodeAt(end) !== 0x5d) end += source.charCodeAt(end) === 0x5c ? 2 : 1;
      if (end >= n) return undefined;
      end++;
    } else if (kind === 4 || kind === 5) {
      if (kind === 4) {
        GROUP.lastIndex = i;
        GROUP.test(source);
        end = GROUP.lastIndex;
      } else {
        end = source.indexOf('}', i) + 1;
        if (end === 0) return undefined;
      }
      out += source.slice(i, end);
      i = end;
      continue;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      end = i + 2;
    }
    const form = piece(source.slice(i, end));
    if (form === undefined) return undefined;
    out += form;
    i = end;
  }
  return out;
}

/**
 * A list's search source (see searchSource in match.ts) in its Latin form (latinSource) written for
 * the `u` flag alone with the pieces given (see caselessPieces), or undefined.
 */
export function caseless(source: string, pieces: ReadonlyMap<string, string>): string | undefined {
  return rewritePieces(source, (p) => pieces.get(p));
}

let everyCodePoint: string | undefined;

/**
 * Every code point once, lone surrogates included: the low ones before the high ones (so that no
 * two pair up), the last high one followed by U+E000.
 */
function allCodePoints(): string {
  if (everyCodePoint === undefined) {
    const parts: string[] = [];
    const add = (from: number, to: number): void => {
      for (let c = from; c < to; c++) parts.push(String.fromCodePoint(c));
    };
    add(0, 0xd800);
    add(0xdc00, 0xe000);
    add(0xd800, 0xdc00);
    add(0xe000, 0x110000);
    everyCodePoint = parts.join('');
  }
  return everyCodePoint;
}

/** What an expression of one piece leaves of every code point, with the flags given. */
function rest(piece: string, flags: string): string {
  return allCodePoints().replace(new RegExp(piece, `g${flags}`), '');
}

/** The code points `piece` matches with the flags given, in order. */
function matched(piece: string, flags: string): number[] {
  return (allCodePoints().match(new RegExp(piece, `g${flags}`)) ?? []).map((c) => c.codePointAt(0)!);
}

/** Code points as the body of a class, in ranges, each written as an escape but letters and digits of ASCII. */
function classBody(points: readonly number[]): string {
  const one = (c: number): string => (/[0-9A-Za-z]/.test(String.fromCharCode(c)) && c < 0x80 ? String.fromCharCode(c) : `\\u{${c.toString(16)}}`);
  let out = '';
  for (let k = 0; k < points.length; ) {
    let j = k;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    out += j === k ? one(points[k]!) : j === k + 1 ? one(points[k]!) + one(points[j]!) : `${one(points[k]!)}-${one(points[j]!)}`;
    k = j + 1;
  }
  return out;
}

/** The form of one piece (in its Latin form, see latinSource) for the `u` flag alone, not yet checked. */
function caselessForm(piece: string): string {
  if (!piece.startsWith('[')) {
    const points = matched(piece, 'iu');
    return points.length === 1 && points[0] === piece.codePointAt(0) ? piece : `[${classBody(points)}]`;
  }
  const negated = piece.startsWith('[^');
  const body = piece.slice(negated ? 2 : 1, -1);
  const plain = new Set(matched(`[${body}]`, 'u'));
  const extra = matched(`[${body}]`, 'iu').filter((c) => !plain.has(c));
  if (extra.length === 0) return piece;
  const added = classBody(extra);
  const open = negated ? '[^' : '[';
  // Added at the end, unless the body ends with a hyphen that would make a range of it.
  return /(^|[^\\])-$/.test(body) ? `${open}${added}${body}]` : `${open}${body}${added}]`;
}

/**
 * Every piece of the search sources with the form of its Latin form (see latinSource) for the `u`
 * flag alone, each checked against the Latin form with `iu` over all code points: a piece whose
 * form would match anything else (none is known) is left out, and so the expressions that hold
 * it are compiled with `iu`.
 */
export function caselessPieces(sources: readonly string[]): Record<string, string> {
  const found = new Set<string>();
  for (const s of sources) rewritePieces(s, (p) => (found.add(p), p));
  const out: Record<string, string> = {};
  for (const piece of [...found].sort()) {
    const latin = latinSource(piece);
    const form = caselessForm(latin);
    if (rest(form, 'u') === rest(latin, 'iu')) out[piece] = form;
  }
  return out;
}
