/** Compiles cue lists (see data/types.ts) into one regular expression per list, once per list. */

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
 * Turns a cue's source into a pattern: spaces match any run of whitespace, \w matches letters of
 * any script, and "ß" (outside a character class) also matches "ss", the Swiss and capitalised
 * spelling, so a cue is written once in standard spelling. Also used to build the syntax grammar
 * (scripts/gen-grammar.ts), so it marks what the checks match.
 */
export function cueSource(cue: string): string {
  return sharpS(cue).replace(/\\w/g, '[\\p{L}\\p{N}_]').replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+');
}

/** Rewrites each "ß" outside [...] as (?:ß|ss); the prefilter (cueIndex.ts) reads cues through it too. */
export function sharpS(cue: string): string {
  if (!cue.includes('ß')) return cue;
  let out = '';
  let inClass = false;
  for (let i = 0; i < cue.length; i++) {
    const ch = cue[i]!;
    if (ch === '\\') { out += ch + (cue[i + 1] ?? ''); i++; continue; }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch === 'ß' && !inClass ? '(?:ß|ss)' : ch;
  }
  return out;
}

/** One global, case-insensitive, Unicode expression for a cue list, with word boundaries around every cue. */
export function cueRegExp(cues: readonly string[]): RegExp {
  let re = cache.get(cues);
  if (!re) {
    const body = cues.length ? cues.map(cueSource).join('|') : '(?!)';
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(cues, re);
  }
  return re;
}

export interface Hit {
  readonly index: number;
  readonly end: number;
  readonly text: string;
}

/** The first match of a cue list in `text`, or undefined. */
export function first(cues: readonly string[], text: string, from = 0): Hit | undefined {
  const re = cueRegExp(cues);
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

/** Every match of a cue list in `text`. */
export function all(cues: readonly string[], text: string): Hit[] {
  const re = cueRegExp(cues);
  re.lastIndex = 0;
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

export function has(cues: readonly string[], text: string): boolean {
  return first(cues, text) !== undefined;
}
