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

/** Each piece (a character or a class, as written in a source) with its form for the `u` flag alone. */
export type CaselessPieces = Readonly<Record<string, string>>;

/**
 * `source` with each piece replaced by what `piece` gives for it, or undefined when `piece` gives
 * undefined for one or the source holds an escape whose meaning depends on case.
 */
export function rewritePieces(source: string, piece: (p: string) => string | undefined): string | undefined {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    let p: string | undefined;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      const code = /^\\(?:u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2})/.exec(source.slice(i, i + 12));
      if (code) {
        p = code[0];
      } else if ('dDsS^$\\.*+?()[]{}|/-'.includes(next) && next !== '') {
        out += ch + next;
        i += 2;
        continue;
      } else return undefined;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return undefined;
      p = source.slice(i, j + 1);
    } else if (ch === '(') {
      // A group's opening, with a named group's name as it is.
      const m = /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/.exec(source.slice(i, i + 64))!;
      out += m[0];
      i += m[0].length;
      continue;
    } else if (ch === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) return undefined;
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    } else if ('^$.*+?)|'.includes(ch)) {
      out += ch;
      i++;
      continue;
    } else {
      p = String.fromCodePoint(source.codePointAt(i)!);
    }
    const form = piece(p);
    if (form === undefined) return undefined;
    out += form;
    i += p.length;
  }
  return out;
}

/** A Latin source written for the `u` flag alone with the pieces given (see rewritePieces). */
export function caseless(source: string, pieces: CaselessPieces): string | undefined {
  return rewritePieces(source, (p) => (Object.prototype.hasOwnProperty.call(pieces, p) ? pieces[p] : undefined));
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

/** The form of one piece for the `u` flag alone, not yet checked. */
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
 * Every piece of the sources with its form for the `u` flag alone, each checked against the
 * original over all code points: a piece whose form would match anything else (none is known)
 * is left out, and so the expressions that hold it are compiled with `iu`.
 */
export function caselessPieces(sources: readonly string[]): Record<string, string> {
  const found = new Set<string>();
  for (const s of sources) rewritePieces(s, (p) => (found.add(p), p));
  const out: Record<string, string> = {};
  for (const piece of [...found].sort()) {
    const form = caselessForm(piece);
    if (rest(form, 'u') === rest(piece, 'iu')) out[piece] = form;
  }
  return out;
}
