// Escapes what esbuild leaves outside ASCII in a bundle (it escapes strings, templates and names,
// not regular-expression literals) and moves the source map's columns along, so the bundle's
// source is a one-byte string in V8: half the memory the language server's source otherwise
// holds for as long as it runs (docs/performance.md).
//
// Every UTF-16 code unit above U+007F becomes \uXXXX, which means the same in a regular
// expression (with or without the u flag: an escaped surrogate pair is one code point under u),
// a string or a comment.

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VLQ_VALUE = new Map([...VLQ].map((c, i) => [c, i]));

/** Decodes one segment of a source map's mappings into its numbers. */
function decodeSegment(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = VLQ_VALUE.get(c);
    if (digit === undefined) throw new Error(`Not a base64 VLQ digit: ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function encodeSegment(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest) digit |= 32;
      out += VLQ[digit];
    } while (rest);
  }
  return out;
}

/**
 * The code with every code unit above U+007F escaped (above U+00FF with `latin1`, for code that is
 * stored as Latin-1 bytes: still a one-byte string in V8), and the source map (JSON text, or
 * undefined) with the generated columns after each escape moved along by the 5 characters it adds.
 * A character right after an escaping backslash (`\é` in a regular expression) cannot be escaped
 * this way, so it is an error.
 */
export function asciiOnly(code, map, { latin1 = false } = {}) {
  const limit = latin1 ? 0xff : 0x7f;
  const lines = code.split('\n');
  /** Per line, the columns (in the original line) of the escaped code units, in order. */
  const escapedAt = lines.map((line, n) => {
    const at = [];
    for (let i = 0; i < line.length; i++) {
      if (line.charCodeAt(i) <= limit) continue;
      let backslashes = 0;
      while (line[i - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2) throw new Error(`Line ${n + 1}, column ${i + 1}: an escaped character beyond ASCII (\\${line[i]}) cannot be written as \\u${line.charCodeAt(i).toString(16).padStart(4, '0')}`);
      at.push(i);
    }
    return at;
  });
  const beyond = latin1 ? /[^\x00-\xff]/g : /[^\x00-\x7f]/g;
  const out = lines.map((line, n) => (escapedAt[n].length ? line.replace(beyond, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : line)).join('\n');
  if (map === undefined) return { code: out };
  const parsed = JSON.parse(map);
  parsed.mappings = parsed.mappings
    .split(';')
    .map((line, n) => {
      const at = escapedAt[n];
      if (!at?.length || !line) return line;
      let column = 0;
      let moved = 0;
      return line
        .split(',')
        .map((segment) => {
          const values = decodeSegment(segment);
          column += values[0];
          let before = 0;
          while (before < at.length && at[before] < column) before++;
          const newColumn = column + 5 * before;
          values[0] = newColumn - moved;
          moved = newColumn;
          return encodeSegment(values);
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: JSON.stringify(parsed) };
}
