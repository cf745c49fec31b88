/**
 * A prefilter for cue lists, so that a document is read once rather than once per cue list.
 *
 * For every cue (see data/types.ts) we work out a set of literal strings, at least one of which
 * any match of the cue must contain ("right to object" needs "object"; "cop(y|ies) of" needs
 * "copy of" or "copies of"). All literals of a language go into one automaton (Aho-Corasick,
 * built once per language table); one pass over a document's sentences then tells, per cue
 * list, which sentences contain one of its literals. Only those sentences can match, so only
 * they are given to the cue list's regular expression. The expression still decides: the
 * prefilter can only rule sentences out, never in, so findings are exactly what a scan of every
 * sentence would give.
 *
 * A cue whose shape the prefilter does not understand, or that can match without any literal
 * (such as a bare `\w+`), makes its list unfiltered: every sentence is a candidate.
 */
import type { LanguageTable } from './data/types';
import { bareLetter, cueSyntax, cuesOf, listSplit, one } from './match';
import { isWordCode } from './text';

/**
 * What every match of a cue contains: one literal of each clause (a conjunction of
 * alternatives); the literals are folded and marked as the automaton reads them.
 */
export type Requirement = readonly (readonly string[])[];

/** What is known about the strings a piece of a pattern matches. */
type Info =
  /** It matches exactly one of these strings (unfolded, unmarked). */
  | { readonly kind: 'exact'; readonly set: Set<string> }
  /** Every match contains, for each clause, one of its (marked) strings; no clauses: nothing known. */
  | { readonly kind: 'all'; readonly clauses: readonly Set<string>[] };

const NONE: Info = { kind: 'all', clauses: [] };
const EMPTY: Info = { kind: 'exact', set: new Set(['']) };
/** Beyond this many alternatives an exact set stops being worth multiplying out. */
const MAX_EXACT = 64;
/** An alternation's clauses are multiplied out up to this many (see Parser.alternation). */
const MAX_CLAUSES = 8;
/** Classes with more characters than this are treated as "any character". */
const MAX_CLASS = 40;

// ---------------------------------------------------------------- case folding

/** The foldings worked out so far, by code unit (a few hundred characters: those of the literals and of the texts read). */
const foldings = new Map<number, number>();

/**
 * Case folding per UTF-16 code unit, close to what a case-insensitive Unicode expression treats
 * as equal: the lower case of the upper case ('ſ' and 'S' fold to 's', the Kelvin sign to 'k'),
 * without accents, as a cue's accented letter also matches the bare one (match.ts: 'É', 'é' and
 * 'e' fold to 'e'). Where the prefilter folds two characters together that the expression keeps
 * apart, it only keeps one more sentence as a candidate.
 */
export function foldCode(code: number): number {
  const known = foldings.get(code);
  if (known !== undefined) return known;
  let f = code;
  if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    const upper = ch.toUpperCase();
    const lower = upper.length === 1 ? upper.toLowerCase() : ch.toLowerCase();
    if (lower.length === 1) f = lower.charCodeAt(0);
    const bare = bareLetter(String.fromCharCode(f));
    if (bare.length === 1) f = bare.charCodeAt(0);
  }
  foldings.set(code, f);
  return f;
}

/**
 * Word boundaries. The matcher puts one around every cue: a match never starts right after a
 * letter or digit, nor ends right before one. So the text is read with a START mark before
 * every word and an END mark after it, and a literal that opens a cue's match gets START in
 * front (and one that closes it END behind): "no" then only finds the word "no", not "know".
 * Lone surrogates count as no letter, which only adds marks, so never rules a sentence out.
 */
const START = '\u0001';
const END = '\u0002';
/** A literal as the automaton reads it: folded, with the marks of the word boundaries inside it. */
function marked(literal: string, atStart: boolean, atEnd: boolean): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    const word = isWordCode(code);
    if (word && (i === 0 ? atStart : !isWordCode(literal.charCodeAt(i - 1)))) out += START;
    out += String.fromCharCode(foldCode(code));
    if (word && (i === literal.length - 1 ? atEnd : !isWordCode(literal.charCodeAt(i + 1)))) out += END;
  }
  return out;
}

// ---------------------------------------------------------------- what a cue requires

/** What every match of a cue contains, or undefined when the cue guarantees no literal. */
export function requiredLiterals(cue: string): Requirement | undefined {
  let info: Info;
  try {
    // Read the cue as the matcher does (cueSyntax): a cue with "ß" also requires "ss" as an
    // alternative, and a colon may follow a space.
    const source = cueSyntax(cue);
    const parser = new Parser(source);
    info = parser.alternation();
    if (parser.pos !== source.length) return undefined;
  } catch {
    return undefined;
  }
  const clauses = clausesOf(info);
  const pick = best(clauses);
  if (!pick) return undefined;
  // Short literals ("of", "we", any one letter) are in nearly every sentence: they rule little
  // out, and each occurrence costs the scan an output. A clause fewer only keeps more
  // candidates, never fewer, so only strong clauses are kept, and at least the best one.
  const kept = clauses.filter((c) => c === pick || strength(c) >= STRONG);
  return kept.map((c) => [...c]);
}

/** How much a clause rules out: the length of its shortest literal, a word-boundary mark counting half a character. */
function strength(clause: ReadonlySet<string>): number {
  let min = Infinity;
  for (const l of clause) {
    let marks = 0;
    for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) <= 2) marks++;
    min = Math.min(min, l.length - marks + marks / 2);
  }
  return min;
}
/** Clauses at least this strong are all kept. */
const STRONG = 3;

/**
 * Whether every match of a cue opens with a fixed literal: its first character is one of a few
 * fixed ones, never the start of a quantified run ("\\w+", "\\d+", a space). A group counts when
 * each of its alternatives opens so, and an optional piece ("(we )?share") when what may follow
 * it does too. Only then may its expression do without the lookbehind at its start: a search
 * that tries every position inside a long word then fails at each after a few characters, where
 * a cue opening with `\\w+` would rescan the rest of the word from each of them.
 */
export function opensWithLiteral(cue: string): boolean {
  try {
    const source = cueSyntax(cue);
    const reader = new LeadReader(source);
    const lead = reader.alternation();
    return reader.pos === source.length && lead === 'literal';
  } catch {
    return false;
  }
}

/**
 * How the matches of a piece of a pattern open: each with a fixed literal character
 * ('literal'), or like that unless the piece matches nothing at all ('optional'), or
 * possibly with a run of a class or any character ('other').
 */
type Lead = 'literal' | 'optional' | 'other';
const LEAD_ORDER: Readonly<Record<Lead, number>> = { literal: 0, optional: 1, other: 2 };
const worse = (a: Lead, b: Lead): Lead => (LEAD_ORDER[a] >= LEAD_ORDER[b] ? a : b);

/** Reads a cue's pattern (cue syntax) for how its matches open; throws on what it does not know. */
class LeadReader {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Lead {
    let lead = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      lead = worse(lead, this.sequence());
    }
    return lead;
  }

  /** The first piece that must match decides; optional pieces before it add their own openings. */
  private sequence(): Lead {
    let lead: Lead = 'optional';
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified(this.atom());
      if (lead === 'optional') lead = item;
    }
    return lead;
  }

  private quantified(lead: Lead): Lead {
    const q = this.src[this.pos];
    let min: number;
    let max: number;
    if (q === '?') { min = 0; max = 1; this.pos++; }
    else if (q === '*') { min = 0; max = Infinity; this.pos++; }
    else if (q === '+') { min = 1; max = Infinity; this.pos++; }
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 12));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length;
    } else return lead;
    if (this.src[this.pos] === '?') this.pos++;
    // A repeated opening is retried from each of its repetitions.
    if (max > 1) return 'other';
    return min === 0 ? worse(lead, 'optional') : lead;
  }

  private atom(): Lead {
    const ch = this.src[this.pos++];
    switch (ch) {
      case undefined: throw new Error('unexpected end');
      case '(': {
        let zeroWidth = false;
        if (this.src.startsWith('?:', this.pos)) this.pos += 2;
        else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
          zeroWidth = true;
          this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
        } else if (this.src[this.pos] === '?') throw new Error('unsupported group');
        const inner = this.alternation();
        if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
        return zeroWidth ? 'optional' : inner;
      }
      case '[': {
        // A class may stand for many characters (a run of them when repeated): not a fixed literal.
        for (;;) {
          const c = this.src[this.pos++];
          if (c === undefined) throw new Error('unclosed class');
          if (c === '\\') this.pos++;
          else if (c === ']') return 'other';
        }
      }
      case '\\': {
        const e = this.src[this.pos++];
        if (e === undefined) throw new Error('unexpected end');
        if (e === 'b' || e === 'B') return 'optional';
        if (e === 'p' || e === 'P') {
          const close = this.src.indexOf('}', this.pos);
          if (close === -1) throw new Error('bad property');
          this.pos = close + 1;
          return 'other';
        }
        if (/[dDwWsS]/.test(e)) return 'other';
        const code = hexEscape(this.src, this.pos - 1);
        if (code !== undefined) {
          this.pos += 2;
          return /\s/.test(code) ? 'other' : 'literal';
        }
        if (/[\p{L}\p{N}]/u.test(e)) throw new Error('unsupported escape');
        return /\s/.test(e) ? 'other' : 'literal';
      }
      case '^':
      case '$': return 'optional';
      // A space matches any run of whitespace.
      case ' ':
      case '.': return 'other';
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{': throw new Error('unexpected character');
      default: return 'literal';
    }
  }
}

/** The character of a `\xHH` escape whose "x" is at `at`, or undefined when there is none. */
function hexEscape(src: string, at: number): string | undefined {
  if (src[at] !== 'x') return undefined;
  const hex = src.slice(at + 1, at + 3);
  return /^[0-9a-fA-F]{2}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : undefined;
}

/**
 * The clauses of a piece, exact strings marked as the automaton reads them (inside the cue: no
 * edge marks, but a START mark with `lead`, when the piece follows a space the cue requires, and
 * an END mark with `trail`, when such a space or the cue's end follows it).
 */
function clausesOf(info: Info, lead = false, trail = false): readonly Set<string>[] {
  if (info.kind === 'all') return info.clauses;
  if (info.set.has('') || info.set.size === 0) return [];
  return [new Set([...info.set].map((l) => marked(l, lead, trail)))];
}

/** The clause that rules out most: the one whose shortest literal (without marks) is longest, then with fewer literals. */
function best(clauses: readonly Set<string>[]): Set<string> | undefined {
  let pick: Set<string> | undefined;
  let pickLen = -1;
  for (const c of clauses) {
    const len = strength(c);
    if (len > pickLen || (len === pickLen && pick && c.size < pick.size)) { pick = c; pickLen = len; }
  }
  return pick;
}

/** A character that stands for itself in a cue (not syntax, not a space). */
const PLAIN = /^[^\\[\](){}|?*+.^$ ]$/u;
const QUANTIFIER = /^[?*+{]$/;

class Parser {
  pos = 0;
  private depth = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  /**
   * Set just before a group that follows a space the cue requires: each of the group's
   * alternatives then opens right after that space (see sequence).
   */
  private lead = false;
  /** Likewise, set before a group that a required space (or the cue's end) follows. */
  private trail = false;

  alternation(): Info {
    const lead = this.lead;
    const trail = this.trail;
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      this.lead = lead;
      this.trail = trail;
      alternatives.push(this.sequence());
    }
    this.lead = false;
    this.trail = false;
    if (alternatives.length === 1) return alternatives[0]!;
    if (alternatives.every((a) => a.kind === 'exact')) {
      const set = new Set<string>();
      for (const a of alternatives) for (const s of a.set) set.add(s);
      if (set.size <= MAX_EXACT) return { kind: 'exact', set };
      return { kind: 'all', clauses: clausesOf({ kind: 'exact', set }, lead, trail) };
    }
    // One of the alternatives matches: each clause of one of them is required, and "(a and b) or
    // c" is "(a or c) and (b or c)": every choice of one clause per alternative, joined, is a
    // clause, as long as there are few such choices.
    let product: Set<string>[] | undefined = [new Set()];
    for (const a of alternatives) {
      const clauses = clausesOf(a, lead, trail);
      if (!clauses.length) return NONE;
      if (product.length * clauses.length > MAX_CLAUSES) { product = undefined; break; }
      product = product.flatMap((p) => clauses.map((c) => new Set([...p, ...c])));
    }
    if (product) return { kind: 'all', clauses: product };
    // Beyond: the strongest clauses of each alternative, as many as can be multiplied out (at
    // least one of each, which joined is one clause). Taking only the strongest of each would let
    // every sentence with one common word through ("protection" of "bouclier de protection des
    // données" where the alternative is "Privacy Shield").
    const options = alternatives.map((a) => [...clausesOf(a, lead, trail)].sort((x, y) => strength(y) - strength(x) || x.size - y.size));
    if (options.some((o) => !o.length)) return NONE;
    const take = options.map(() => 1);
    let size = 1;
    for (let grown = true; grown; ) {
      grown = false;
      for (let k = 0; k < options.length; k++) {
        const more = (size / take[k]!) * (take[k]! + 1);
        if (take[k]! < options[k]!.length && more <= MAX_CLAUSES) {
          size = more;
          take[k]!++;
          grown = true;
        }
      }
    }
    let chosen: Set<string>[] = [new Set()];
    options.forEach((o, k) => {
      chosen = chosen.flatMap((p) => o.slice(0, take[k]).map((c) => new Set([...p, ...c])));
    });
    return { kind: 'all', clauses: chosen };
  }

  /**
   * A run of pieces. Exact alternatives are multiplied out (so "cop(y|ies) of" needs "copy of" or
   * "copies of"); each run of them between pieces without a literal is a clause, and so is every
   * clause of the other pieces. At the top level, a run that opens (or closes) the cue opens (or
   * closes) every match, so its literals get the word-boundary marks; so does a run right after
   * (or before) a space the cue requires, which a letter never matches: "(to|in) the (US|USA)"
   * then needs the words "the" and "us" or "usa", not any "the" or "us" inside a word.
   */
  private sequence(): Info {
    const top = this.depth === 0;
    let exact = new Set(['']);
    let broken = false;
    /** Whether the current run of exact pieces follows a required space. */
    let runAfterSpace = false;
    /** Whether the piece just read is a required space (or, for a group's alternative, the one before the group). */
    let afterSpace = this.lead;
    const beforeSpace = this.trail;
    this.lead = false;
    this.trail = false;
    const clauses: Set<string>[] = [];
    const flush = (atEnd: boolean, beforeSpace: boolean): void => {
      if (!exact.has('') && exact.size) clauses.push(new Set([...exact].map((l) => marked(l, (top && !broken) || runAfterSpace, (top && atEnd) || beforeSpace))));
      exact = new Set(['']);
    };
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const space = this.requiredSpace();
      const groupStart = this.peek() === '(' ? this.pos : -1;
      this.lead = afterSpace && groupStart !== -1;
      this.trail = groupStart !== -1 && this.spaceAfterGroup();
      const atom = this.atom();
      // A group each of whose alternatives ends with a required space ("(the )?", "(\\w+ ){0,6}")
      // leaves what follows it right after a space, as long as it matches at least once or
      // itself follows a space: "within (the )?(EU|UK)" needs the word "uk", not any "uk".
      // At the start of the cue, where no letter or digit may precede a match, an optional group
      // that is left out leaves what follows at a word's start as well.
      const atCueStart = top && !broken && exact.size === 1 && exact.has('');
      const endsInSpace = groupStart !== -1 && this.endsWithSpace(groupStart, this.pos) && (afterSpace || atCueStart || !this.optional());
      const item = this.quantified(atom);
      this.lead = false;
      this.trail = false;
      if (item.kind === 'exact') {
        if (exact.size === 1 && exact.has('')) runAfterSpace = afterSpace;
        afterSpace = false;
        const product = new Set<string>();
        for (const a of exact) for (const b of item.set) product.add(a + b);
        if (product.size <= MAX_EXACT) exact = product;
        else {
          flush(false, false);
          broken = true;
          exact = item.set;
          runAfterSpace = false;
        }
        continue;
      }
      flush(false, space);
      broken = true;
      runAfterSpace = false;
      afterSpace = space || endsInSpace;
      clauses.push(...item.clauses);
    }
    if (!broken && !top) return { kind: 'exact', set: exact };
    flush(true, beforeSpace);
    return { kind: 'all', clauses };
  }

  /**
   * Whether the group opening at the reading position is followed (with no quantifier, or an
   * optional one) by a space the cue requires, or at the top level by the end of the cue.
   */
  private spaceAfterGroup(): boolean {
    let depth = 0;
    let inClass = false;
    let i = this.pos;
    for (; i < this.src.length; i++) {
      const ch = this.src[i];
      if (ch === '\\') { i++; continue; }
      if (inClass) { if (ch === ']') inClass = false; continue; }
      if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    if (i >= this.src.length) return false;
    let after = i + 1;
    if (this.src[after] === '?') after++;
    else if (/^[*+{]$/.test(this.src[after] ?? '')) return false;
    if (this.depth === 0 && (after >= this.src.length || this.src[after] === '|')) return true;
    const saved = this.pos;
    this.pos = after;
    const space = this.requiredSpace();
    this.pos = saved;
    return space;
  }

  /** Whether the quantifier at the reading position (if any) lets the piece before it match nothing. */
  private optional(): boolean {
    const q = this.peek();
    return q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(this.src.slice(this.pos, this.pos + 3)));
  }

  /**
   * Whether every alternative of the group at src[start .. end) (from its "(" to its ")") ends
   * with a space (or \s) that must match at least one character. A lookaround matches no
   * characters of its own, so it never does.
   */
  private endsWithSpace(start: number, end: number): boolean {
    let from = start + 1;
    if (this.src.startsWith('?:', from)) from += 2;
    else if (this.src[from] === '?') return false;
    const ends: number[] = [];
    let depth = 0;
    let inClass = false;
    for (let i = from; i < end - 1; i++) {
      const ch = this.src[i];
      if (ch === '\\') { i++; continue; }
      if (inClass) { if (ch === ']') inClass = false; continue; }
      if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === '|' && depth === 0) ends.push(i);
    }
    ends.push(end - 1);
    return ends.every((e) => {
      let at = e;
      if (this.src[at - 1] === '+') at--;
      if (this.src[at - 1] === ' ') return at - 1 >= from;
      // "\\s", where the backslash is not itself escaped (an odd run of backslashes before "s").
      if (this.src[at - 1] !== 's') return false;
      let slashes = 0;
      while (this.src[at - 2 - slashes] === '\\') slashes++;
      return slashes % 2 === 1;
    });
  }

  /**
   * Whether the piece at the reading position is a space (or \s) that must match at least one
   * character: no quantifier that allows none follows it. Whatever the cue puts right before or
   * after it then meets a character that is no letter or digit.
   */
  private requiredSpace(): boolean {
    let after: number;
    if (this.src[this.pos] === ' ') after = this.pos + 1;
    else if (this.src[this.pos] === '\\' && this.src[this.pos + 1] === 's') after = this.pos + 2;
    else return false;
    const q = this.src[after];
    return q !== '?' && q !== '*' && q !== '{';
  }

  private quantified(info: Info): Info {
    const q = this.peek();
    let min: number;
    let max: number;
    if (q === '?') { min = 0; max = 1; this.pos++; }
    else if (q === '*') { min = 0; max = Infinity; this.pos++; }
    else if (q === '+') { min = 1; max = Infinity; this.pos++; }
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length;
    } else return info;
    if (this.peek() === '?') this.pos++; // lazy: matches the same strings
    if (min === 1 && max === 1) return info;
    if (min === 0 && max === 1 && info.kind === 'exact') return { kind: 'exact', set: new Set([...info.set, '']) };
    if (min === 0) return NONE;
    // Repeated at least once: it contains the piece at least once.
    return { kind: 'all', clauses: clausesOf(info) };
  }

  private atom(): Info {
    const ch = this.src[this.pos++];
    switch (ch) {
      case undefined: throw new Error('unexpected end');
      case '(': {
        let lookaround = false;
        if (this.src.startsWith('?:', this.pos)) this.pos += 2;
        else if (/^\?<?[=!]/.test(this.src.slice(this.pos))) {
          lookaround = true;
          this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
        } else if (this.peek() === '?') throw new Error('unsupported group');
        this.depth++;
        const inner = this.alternation();
        this.depth--;
        if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
        // A lookaround matches no characters of its own.
        return lookaround ? EMPTY : inner;
      }
      case '[': return this.charClass();
      case '\\': return this.escape();
      case '.': return NONE;
      case '^':
      case '$': return EMPTY;
      // A space in a cue matches any run of whitespace: no literal.
      case ' ': return NONE;
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{': throw new Error('unexpected character');
      default: {
        // A run of plain characters is one literal (the last one stays apart when a quantifier
        // follows it): the same strings as character by character, with far fewer sets built.
        let literal = ch;
        while (this.pos < this.src.length && PLAIN.test(this.src[this.pos]!) && !QUANTIFIER.test(this.src[this.pos + 1] ?? '')) literal += this.src[this.pos++];
        return { kind: 'exact', set: new Set([literal]) };
      }
    }
  }

  private escape(): Info {
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new Error('unexpected end');
    if (ch === 'd') return { kind: 'exact', set: new Set('0123456789') };
    if (ch === 'b' || ch === 'B') return EMPTY;
    if (ch === 'p' || ch === 'P') {
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('bad property');
      this.pos += m[0].length;
      return NONE;
    }
    if (/[wWsSD]/.test(ch)) return NONE;
    const code = hexEscape(this.src, this.pos - 1);
    if (code !== undefined) {
      this.pos += 2;
      // A space written as "\x20" (in a lookbehind, where a cue's space would match any run of
      // whitespace) holds no literal, as a space does not.
      return /\s/.test(code) ? NONE : { kind: 'exact', set: new Set([code]) };
    }
    // Other letters and digits are control characters, back references or code points.
    if (/[\p{L}\p{N}]/u.test(ch)) throw new Error('unsupported escape');
    if (/\s/.test(ch)) return NONE;
    return { kind: 'exact', set: new Set([ch]) };
  }

  private charClass(): Info {
    if (this.peek() === '^') throw new Error('negated class');
    const chars = new Set<string>();
    let any = false;
    let prev: string | undefined;
    for (;;) {
      let ch = this.src[this.pos++];
      if (ch === undefined) throw new Error('unclosed class');
      if (ch === ']') break;
      if (ch === '\\') {
        const e = this.src[this.pos++];
        if (e === undefined) throw new Error('unexpected end');
        if (e === 'd') { for (const d of '0123456789') chars.add(d); prev = undefined; continue; }
        if (/[\p{L}\p{N}]/u.test(e)) { any = true; prev = undefined; if (e === 'p' || e === 'P') this.pos = this.src.indexOf('}', this.pos) + 1; continue; }
        ch = e;
      } else if (ch === '-' && prev !== undefined && this.peek() !== ']' && this.peek() !== undefined) {
        let to = this.src[this.pos++]!;
        if (to === '\\') to = this.src[this.pos++] ?? '';
        const a = prev.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > MAX_CLASS) any = true;
        else for (let c = a; c <= b; c++) chars.add(String.fromCharCode(c));
        prev = undefined;
        continue;
      }
      chars.add(ch);
      prev = ch;
    }
    // No literal holds whitespace (a cue's spaces match any run of it), so none spans text that callers join with a space.
    if (any || chars.size > MAX_CLASS || chars.size === 0 || [...chars].some((c) => /\s/.test(c))) return NONE;
    return { kind: 'exact', set: chars };
  }
}

// ---------------------------------------------------------------- the automaton

/**
 * What a CueIndex is made of, worked out from its cue lists: plain numbers, so that the CLI's
 * bundle can carry it ready-made for the language tables (esbuild.mjs works it out when it builds
 * dist/cli.js, see cli/prebuilt.ts) and a first analysis does not spend its time on it. The
 * automaton is given as its trie, states numbered breadth first: the children of each state are
 * the states that follow the children of the states before it.
 */
export interface CueIndexData {
  /** Per list (in the order given): per cue, the clauses all of which a match needs; null when the list cannot be filtered. */
  readonly lists: readonly (readonly (readonly number[])[] | null)[];
  /** How many clauses there are (their ids are 0 .. clauses - 1). */
  readonly clauses: number;
  /** The alphabet: folded code units, in the order of their classes (class = position + 1). */
  readonly alphabet: readonly number[];
  /** How many states the trie has. */
  readonly states: number;
  /**
   * The trie, state after state: how many children it has and their classes, then how many
   * clauses have a literal ending there and those clauses.
   */
  readonly trie: readonly number[];
  /** The automaton made from the trie (see automaton), when worked out ahead; the trie is then not read. */
  readonly automaton?: Automaton;
}

/**
 * The prefilter's automaton: per state and class, the next state doubled, plus one when it has
 * outputs (`delta`, `states × (alphabet + 1)`); and each state's outputs, the clauses whose
 * literal ends there, state r's at `outLists[outStart[r] .. outStart[r + 1])`.
 */
export interface Automaton {
  readonly delta: Uint16Array | Uint32Array;
  readonly outStart: Int32Array;
  readonly outLists: Int32Array;
}

/**
 * The automaton of the trie in `d`. Each long loop is a function of its own, ending with the
 * loop: in a first analysis (every run of the CLI) V8 optimises a loop while it runs, and code
 * after it in the same function, never run before, sends it back to the interpreter; a loop that
 * follows would then run unoptimised until compiled again.
 */
export function automaton(d: CueIndexData): Automaton {
  const w = d.alphabet.length + 1;
  const n = d.states;
  const delta = n <= 0x7fff ? new Uint16Array(n * w) : new Uint32Array(n * w);
  const outputs = fillTable(d.trie, n, w, delta);
  const outStart = new Int32Array(n + 1);
  const outLists = Int32Array.from(flattenOutputs(outputs, outStart));
  markOutputs(delta, outStart);
  return { delta, outStart, outLists };
}

/** Works out the requirements of every cue of the lists (each array once) and the trie of their literals (see CueIndexData). */
export function cueIndexData(lists: readonly (readonly string[])[]): CueIndexData {
  const entries: (number[][] | null)[] = [];
  const clauseIds = new Map<string, number>();
  const clauseLiterals: (readonly string[])[] = [];
  for (const list of lists) {
    const cues: number[][] = [];
    for (const cue of list) {
      const req = requiredLiterals(cue);
      if (!req) break;
      cues.push(req.map((clause) => {
        const key = [...clause].sort().join('\u0000');
        let id = clauseIds.get(key);
        if (id === undefined) {
          clauseIds.set(key, (id = clauseLiterals.length));
          clauseLiterals.push(clause);
        }
        return id;
      }));
    }
    entries.push(!list.length || cues.length < list.length ? null : cues);
  }
  // Alphabet: every character of every literal.
  const classOf = new Map<number, number>();
  for (const lits of clauseLiterals) {
    for (const l of lits) for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
    }
  }
  // The trie of the literals: each state's children in the order they were made, found by
  // (state, class) in one map; plain arrays rather than a map and a set per state (thousands of
  // them, made once per language).
  const child = new Map<number, number>();
  const label = [0];
  const kids: number[][] = [[]];
  const out: number[][] = [[]];
  clauseLiterals.forEach((lits, clause) => {
    for (const l of lits) {
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const cls = classOf.get(l.charCodeAt(i))!;
        const key = s * 0x10000 + cls;
        let next = child.get(key);
        if (next === undefined) {
          child.set(key, (next = label.length));
          label.push(cls);
          kids.push([]);
          out.push([]);
          kids[s]!.push(next);
        }
        s = next;
      }
      if (!out[s]!.includes(clause)) out[s]!.push(clause);
    }
  });
  // States numbered breadth first, so the shallow states a scan mostly visits lie together in
  // memory, and a state's failure state (always shallower) comes before it.
  const order = [0];
  for (let k = 0; k < order.length; k++) order.push(...kids[order[k]!]!);
  const trie: number[] = [];
  for (const s of order) trie.push(kids[s]!.length, ...kids[s]!.map((c) => label[c]!), out[s]!.length, ...out[s]!);
  return { lists: entries, clauses: clauseLiterals.length, alphabet: [...classOf.keys()], states: order.length, trie };
}

/**
 * All literals of the registered cue lists of one language, as a deterministic automaton over
 * folded characters. Built once per table; the per-document work is one pass over the text.
 */
export class CueIndex {
  /** Per registered list: its id, or -1 when the list cannot be filtered. */
  private readonly ids = new Map<readonly string[], number>();
  private listCount = 0;
  /** Character (folded code unit) to alphabet class; 0 for characters in no literal. */
  private readonly classOf = new Map<number, number>();
  /** Classes per state (the alphabet and class 0). */
  private width = 1;
  /**
   * The transitions, `width` per state: the next state's number doubled, plus one when that state
   * has outputs. 16 bits a transition while the states' numbers fit (every table so far has a
   * few thousand states), 32 beyond.
   */
  private delta: Uint16Array | Uint32Array = new Uint16Array(0);
  /** Per state, the clauses whose literals end here: outLists[outStart[s] .. outStart[s + 1]). */
  private outStart: Int32Array = new Int32Array(0);
  private outLists: Int32Array = new Int32Array(0);

  /** Per filterable list: per cue, the clauses (ids) all of which a match needs. */
  private readonly listCues: (readonly (readonly number[])[])[] = [];
  private clauseCount = 0;
  /** The classes of the word-boundary marks (see START). */
  private startClass = 0;
  private endClass = 0;

  /**
   * Per UTF-16 code unit: one plus its alphabet class times two, plus one for a letter or digit;
   * 0 until first seen. Zero-filled (by the system, when it is allocated) and written only where a
   * text has the character, so the pages of characters no text uses are never touched.
   */
  private readonly codeInfo = new Uint16Array(65536);

  /**
   * The index of the lists; `data`, when given, is what cueIndexData works out for the same
   * lists in the same order (ready-made in the CLI's bundle), so nothing of it is worked out again.
   */
  constructor(lists: Iterable<readonly string[]>, data?: CueIndexData) {
    const unique = [...new Set(lists)];
    const d = data ?? cueIndexData(unique);
    unique.forEach((list, k) => {
      // A cue that needs no clause could match anywhere: its list is not filtered (none does so far).
      const cues = d.lists[k]?.every((cue) => cue.length > 0) ? d.lists[k] : null;
      this.ids.set(list, cues ? this.listCount++ : -1);
      if (cues) this.listCues.push(cues);
    });
    this.clauseCount = d.clauses;
    this.build(d);
  }

  /** Whether the list was registered and can be filtered. */
  filters(list: readonly string[]): boolean {
    return (this.ids.get(list) ?? -1) !== -1;
  }

  /** The automaton (from the trie, or as worked out ahead); its outputs are clause ids. */
  private build(d: CueIndexData): void {
    d.alphabet.forEach((c, i) => this.classOf.set(c, i + 1));
    this.startClass = this.classOf.get(1) ?? 0;
    this.endClass = this.classOf.get(2) ?? 0;
    this.width = d.alphabet.length + 1;
    const n = d.states;
    const a = d.automaton ?? automaton(d);
    this.outStart = a.outStart;
    this.outLists = a.outLists;
    this.delta = a.delta;
    this.stateBits = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.clauseBits = new Int32Array(d.clauses);
    this.clausesSet = new Int32Array(d.clauses);
  }

  private infoOf(code: number): number {
    return (this.codeInfo[code] = 1 + (((this.classOf.get(foldCode(code)) ?? 0) << 1) | (isWordCode(code) ? 1 : 0)));
  }

  /**
   * Which of `ranges` (sentences, as [start, end) of `text`) contain a literal of each list.
   * The result answers, per list, whether a range may match it.
   */
  scan(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, memo?: RangeMemo): CueHits {
    const count = starts.length;
    const stride = (count + 31) >>> 5;
    if (!memo) return new CueHits(this.ids, this.listBits(text, starts, ends, stride, undefined), stride, count);
    // With a memo, a range whose text it knows gets the lists remembered for it; only the others
    // (after a keystroke, the few sentences it changed) are scanned, numbered apart from the rest.
    const lists = new Uint32Array(this.listCount * stride);
    const unknown: number[] = [];
    for (let r = 0; r < count; r++) {
      const known = memo.memo.clauses(this, memo.texts[r]!);
      if (!known) {
        unknown.push(r);
        continue;
      }
      const word = r >>> 5;
      const bit = 1 << (r & 31);
      for (let k = 0; k < known.length; k++) lists[known[k]! * stride + word]! |= bit;
    }
    if (unknown.length === 0) return new CueHits(this.ids, lists, stride, count);
    const fresh = Int32Array.from(unknown);
    const scanStride = (fresh.length + 31) >>> 5;
    const scanned = this.listBits(text, starts, ends, scanStride, fresh);
    // The lists each scanned range may match, in order, remembered by its text and marked at its
    // place: read from each list's row of bits (most ranges match few lists), counted first.
    const counts = new Int32Array(fresh.length);
    for (let l = 0; l < this.listCount; l++) {
      for (let w = 0; w < scanStride; w++) for (let v = scanned[l * scanStride + w]!; v !== 0; v &= v - 1) counts[(w << 5) + 31 - Math.clz32(v & -v)]!++;
    }
    const found: Int32Array[] = [];
    for (let u = 0; u < fresh.length; u++) found.push(new Int32Array(counts[u]!));
    counts.fill(0);
    for (let l = 0; l < this.listCount; l++) {
      for (let w = 0; w < scanStride; w++) {
        for (let v = scanned[l * scanStride + w]!; v !== 0; v &= v - 1) {
          const u = (w << 5) + 31 - Math.clz32(v & -v);
          const r = fresh[u]!;
          found[u]![counts[u]!++] = l;
          lists[l * stride + (r >>> 5)]! |= 1 << (r & 31);
        }
      }
    }
    for (let u = 0; u < fresh.length; u++) memo.memo.setClauses(this, memo.texts[fresh[u]!]!, found[u]!);
    return new CueHits(this.ids, lists, stride, count);
  }

  /** Per state, the ranges of the current block of 32 that reached it (one bit each); 0 for the others. */
  private stateBits = new Int32Array(0);
  /** The states with outputs reached in the current block, each once: touched[0 .. touchedCount). */
  private touched = new Int32Array(0);
  /** Per clause, the ranges of the current block with one of its literals; 0 for the others. */
  private clauseBits = new Int32Array(0);
  /** The clauses with a bit in clauseBits. */
  private clausesSet = new Int32Array(0);
  /** The states with outputs a range reached, in order, up to `rows.length - 3` before they are noted. */
  private readonly rows = new Int32Array(4096);

  /**
   * Per list, in rows of `stride` words, the ranges that may match it: where every clause of one
   * of its cues has a literal. The ranges are read 32 at a time (one word of bits): first the
   * states with outputs each reached, then their clauses, then each cue's clauses together. The
   * ranges are those of `starts` and `ends`, or with `only` those it numbers, in its order.
   */
  private listBits(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, stride: number, only: Int32Array | undefined): Uint32Array {
    const count = only ? only.length : starts.length;
    const lists = new Uint32Array(this.listCount * stride);
    const cues = this.flatCues();
    for (let word = 0; word < stride; word++) {
      const from = word << 5;
      const to = Math.min(count, from + 32);
      const touched = this.readBlock(text, starts, ends, only, from, to);
      const set = this.clausesOf(touched);
      this.cueBits(cues, lists, stride, word, set);
    }
    return lists;
  }

  /**
   * Reads ranges from .. to (numbered as in listBits) through the automaton, setting each range's
   * bit in stateBits for every state with outputs it reaches; returns how many states it touched.
   */
  private readBlock(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, only: Int32Array | undefined, from: number, to: number): number {
    const delta = this.delta;
    const w = this.width;
    const codeInfo = this.codeInfo;
    const startClass = this.startClass;
    const endClass = this.endClass;
    const rows = this.rows;
    const full = rows.length - 3;
    let touched = 0;
    for (let u = from; u < to; u++) {
      const r = only ? only[u]! : u;
      const bit = 1 << (u & 31);
      const end = ends[r]!;
      let state = 0;
      let n = 0;
      let prevWord = 0;
      // A character is read as up to three symbols: a word's START mark, itself, and after the
      // word's last character, its END mark (written before the next character, or at the end).
      // The states with outputs are noted without a branch: each is written, and the count moves
      // on when it has outputs.
      for (let i = starts[r]!; i < end; i++) {
        const code = text.charCodeAt(i);
        let info = codeInfo[code]!;
        if (info === 0) info = this.infoOf(code);
        info--;
        const word = info & 1;
        let t: number;
        if (word !== prevWord) {
          t = delta[state * w + (word ? startClass : endClass)]!;
          state = t >>> 1;
          rows[n] = state;
          n += t & 1;
        }
        t = delta[state * w + (info >>> 1)]!;
        state = t >>> 1;
        rows[n] = state;
        n += t & 1;
        prevWord = word;
        if (n >= full) {
          touched = this.note(n, bit, touched);
          n = 0;
        }
      }
      if (prevWord) {
        const t = delta[state * w + endClass]!;
        rows[n] = t >>> 1;
        n += t & 1;
      }
      if (n) touched = this.note(n, bit, touched);
    }
    return touched;
  }

  /** Sets `bit` for the first n states in rows, adding those not yet touched in this block to `touched` (from its count `at`). */
  private note(n: number, bit: number, at: number): number {
    const rows = this.rows;
    const stateBits = this.stateBits;
    const touched = this.touched;
    for (let k = 0; k < n; k++) {
      const s = rows[k]!;
      const v = stateBits[s]!;
      if (v === 0) touched[at++] = s;
      stateBits[s] = v | bit;
    }
    return at;
  }

  /** Moves the bits of the `n` touched states to their clauses (clauseBits), clearing the states'; returns how many clauses have bits. */
  private clausesOf(n: number): number {
    const { outStart, outLists, stateBits, touched, clauseBits, clausesSet } = this;
    let set = 0;
    for (let k = 0; k < n; k++) {
      const s = touched[k]!;
      const bits = stateBits[s]!;
      stateBits[s] = 0;
      for (let o = outStart[s]!, oe = outStart[s + 1]!; o < oe; o++) {
        const c = outLists[o]!;
        const v = clauseBits[c]!;
        if (v === 0) clausesSet[set++] = c;
        clauseBits[c] = v | bits;
      }
    }
    return set;
  }

  /**
   * Sets the lists' bits of block `word` from each cue's clauses (all needed), then clears the
   * `set` clauses' bits. Only the cues filed under a clause found are asked (see flatCues), each
   * at most once.
   */
  private cueBits(cues: FlatCues, lists: Uint32Array, stride: number, word: number, set: number): void {
    const { clauseBits, clausesSet } = this;
    const { list, start, clauses, byClause } = cues;
    for (let s = 0; s < set; s++) {
      const c = clausesSet[s]!;
      for (let k = byClause[c]!, ke = byClause[c + 1]!; k < ke; k++) {
        let v = -1;
        for (let j = start[k]!, to = start[k + 1]!; v !== 0 && j < to; j++) v &= clauseBits[clauses[j]!]!;
        if (v !== 0) lists[list[k]! * stride + word]! |= v;
      }
    }
    for (let k = 0; k < set; k++) clauseBits[clausesSet[k]!] = 0;
  }

  private flat?: FlatCues;
  /**
   * listCues as flat arrays, in the order of their first clauses: per cue its list, and its
   * clauses at clauses[start[k] .. start[k + 1]); the cues byClause[c] .. byClause[c + 1] are
   * those whose first clause is c.
   */
  private flatCues(): FlatCues {
    if (!this.flat) {
      const cues: [number, readonly number[]][] = [];
      this.listCues.forEach((cs, l) => cs.forEach((cue) => cues.push([l, cue])));
      cues.sort((x, y) => x[1][0]! - y[1][0]!);
      const list: number[] = [];
      const start: number[] = [0];
      const clauses: number[] = [];
      const byClause = new Int32Array(this.clauseCount + 1);
      for (const [l, cue] of cues) {
        list.push(l);
        clauses.push(...cue);
        start.push(clauses.length);
        byClause[cue[0]! + 1]!++;
      }
      for (let c = 0; c < this.clauseCount; c++) byClause[c + 1]! += byClause[c]!;
      this.flat = { list: Int32Array.from(list), start: Int32Array.from(start), clauses: Int32Array.from(clauses), byClause };
    }
    return this.flat;
  }
}

/** The cues of the filterable lists, flat (see CueIndex.flatCues). */
interface FlatCues {
  readonly list: Int32Array;
  readonly start: Int32Array;
  readonly clauses: Int32Array;
  readonly byClause: Int32Array;
}

/**
 * Fills the automaton's transition table (`n` states of `w` classes) from the trie (see
 * CueIndexData): a state's row is its failure state's row with its own children written over it
 * (the root's row starts at the root). Returns each state's outputs, its own clauses and its
 * failure state's.
 */
function fillTable(trie: readonly number[], n: number, w: number, table: Uint16Array | Uint32Array): number[][] {
  const fail = new Int32Array(n);
  const outputs: number[][] = new Array(n);
  let nextChild = 1;
  let at = 0;
  for (let r = 0; r < n; r++) {
    const row = r * w;
    if (r > 0) table.copyWithin(row, fail[r]! * w, fail[r]! * w + w);
    const children = at + 1;
    at = children + trie[at]!;
    const own = trie.slice(at + 1, (at += 1 + trie[at]!));
    for (const l of r > 0 ? outputs[fail[r]!]! : []) if (!own.includes(l)) own.push(l);
    outputs[r] = own;
    for (let k = children; k < children + trie[children - 1]!; k++) {
      const c = trie[k]!;
      const child = nextChild++;
      // What this state's failure state does on c (still in the row) is the child's failure state.
      fail[child] = r === 0 ? 0 : table[row + c]!;
      table[row + c] = child;
    }
  }
  return outputs;
}

/** The states' outputs one after the other, state r's from outStart[r] (set here, with the end at outStart[n]). */
function flattenOutputs(outputs: readonly (readonly number[])[], outStart: Int32Array): number[] {
  const flat: number[] = [];
  for (let r = 0; r < outputs.length; r++) {
    outStart[r] = flat.length;
    for (const l of outputs[r]!) flat.push(l);
  }
  outStart[outputs.length] = flat.length;
  return flat;
}

/**
 * Makes each transition hold the next state's number doubled, plus one when that state has
 * outputs, so a scan reads one number per symbol.
 */
function markOutputs(table: Uint16Array | Uint32Array, outStart: Int32Array): void {
  for (let i = 0; i < table.length; i++) {
    const next = table[i]!;
    table[i] = (next << 1) | (outStart[next + 1]! > outStart[next]! ? 1 : 0);
  }
}

/**
 * Remembers which cue lists a scan found a range may match, by the range's text (memo.ts
 * implements it for a document being edited): what a scan finds in a range depends on its text
 * alone, so a range whose text the memo knows need not be scanned again, nor its lists worked out.
 */
export interface ScanMemo {
  /** The numbers of the lists `index` found a range with this text may match, if remembered. */
  clauses(index: CueIndex, text: string): Int32Array | undefined;
  setClauses(index: CueIndex, text: string, lists: Int32Array): void;
}

/** A scan's memo, with the text of each range (the text between its start and end). */
export interface RangeMemo {
  readonly memo: ScanMemo;
  readonly texts: readonly string[];
}

/** The result of a scan: per cue list and sentence, whether the sentence may match. */
export class CueHits {
  constructor(
    private readonly ids: ReadonlyMap<readonly string[], number>,
    private readonly bits: Uint32Array,
    private readonly stride: number,
    private readonly count: number,
  ) {}

  /** False only when the range cannot match the list (none of its literals occurs in it). */
  may(list: readonly string[], range: number): boolean {
    return this.mayId(this.idOf(list), range);
  }

  /** The list's number in `bits`, or -1 when it is not filtered (every range may match). */
  idOf(list: readonly string[]): number {
    return this.ids.get(list) ?? -1;
  }

  /** may() for a list by its number (idOf). */
  mayId(id: number, range: number): boolean {
    return id === -1 || (this.bits[id * this.stride + (range >>> 5)]! & (1 << (range & 31))) !== 0;
  }

  /** The ranges that may match the list, in order: read from its row of bits, not range by range. */
  candidates(list: readonly string[]): Int32Array {
    const id = this.idOf(list);
    if (id === -1) return Int32Array.from({ length: this.count }, (_, i) => i);
    const out: number[] = [];
    const row = id * this.stride;
    for (let w = 0; w < this.stride; w++) {
      for (let v = this.bits[row + w]!; v !== 0; v &= v - 1) out.push((w << 5) + 31 - Math.clz32(v & -v));
    }
    return Int32Array.from(out);
  }
}

const indexes = new WeakMap<LanguageTable, CueIndex>();

/** What a host gives for a table's cue index when it carries the data ready-made (see supplyCueIndexData). */
export type CueIndexSupplier = (t: LanguageTable, lists: readonly (readonly string[])[]) => CueIndexData | undefined;
let supplier: CueIndexSupplier | undefined;
let preparer: ((t: LanguageTable) => void) | undefined;

/**
 * Lets a host that carries cue index data ready-made give it (the CLI, see cli/prebuilt.ts): for
 * a table and its lists, what cueIndexData would work out for them, or undefined to have it
 * worked out; and `prepare`, called before the table's lists are walked, lets it hand the matcher
 * what it carries for the lists the walk reads (their splits, see knowListSplits in match.ts).
 */
export function supplyCueIndexData(supply: CueIndexSupplier, prepare?: (t: LanguageTable) => void): void {
  supplier = supply;
  preparer = prepare;
}

/** The cue index of a table: every cue list in it (found by walking the table), built once. */
export function cueIndex(t: LanguageTable): CueIndex {
  let index = indexes.get(t);
  if (!index) {
    preparer?.(t);
    const lists = [...new Set(cueLists(t))];
    indexes.set(t, (index = new CueIndex(lists, supplier?.(t, lists))));
  }
  return index;
}

/**
 * Every list of cues in a table: its string arrays, and for its outdated references the list of
 * their cues and each cue (and current name) as a one-cue list; after a list with cues of both
 * kinds, its cues that do not open with a literal (listSplit in match.ts), unless `rest` is false.
 * A list not found here still works; it is just never filtered.
 */
export function* cueLists(value: unknown, rest = true): Generator<readonly string[]> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      yield* withRest(value as readonly string[], rest);
      return;
    }
    if (value.every((v) => v !== null && typeof v === 'object' && typeof (v as { cue?: unknown }).cue === 'string')) yield* withRest(cuesOf(value as { cue: string }[]), rest);
    for (const v of value) yield* cueLists(v, rest);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.cue === 'string') {
      yield one(o.cue);
      if (typeof o.current === 'string') yield one(o.current);
    }
    // Stop words and month names are not cue lists.
    for (const [key, v] of Object.entries(o)) if (key !== 'stopwords' && key !== 'months') yield* cueLists(v, rest);
  }
}

/** A list, and its cues that do not open with a literal when it has both kinds (unless `rest` is false). */
function* withRest(list: readonly string[], rest: boolean): Generator<readonly string[]> {
  yield list;
  if (!rest) return;
  const split = listSplit(list);
  if (split) yield split.rest;
}
