/** Finding the files to check and reading them as text, without ever writing to them. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Target {
  /** The path as shown in the report: as typed, or joined onto the folder as typed. */
  readonly path: string;
  /** Named on the command line (checked as a notice whatever it looks like) rather than found in a folder. */
  readonly explicit: boolean;
}

/** What a folder search picks up. */
export const NOTICE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** Larger files are skipped: a notice is tens of kilobytes, and the analysis should never run for minutes. */
export const MAX_BYTES = 16 * 1024 * 1024;

/** A problem with one path, reported on stderr as `path: reason`. */
export interface PathProblem {
  readonly path: string;
  readonly reason: string;
}

/** The files to check under the paths given, in order, each once. */
export function collectTargets(paths: readonly string[]): { targets: Target[]; problems: PathProblem[] } {
  const targets: Target[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (target: Target): void => {
    const key = path.resolve(target.path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };

  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: describeError(e) });
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        walk(full);
      } else if (isCandidate(entry.name) && (entry.isFile() || isFileLink(full, entry))) {
        // Symbolic links to folders are not followed, so a link cycle cannot make the search endless.
        add({ path: full, explicit: false });
      }
    }
  };

  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, reason: describeError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    // A device or pipe (/dev/zero, a FIFO) could be read forever.
    else if (!stat.isFile()) problems.push({ path: p, reason: 'not a regular file' });
    else add({ path: p, explicit: true });
  }
  return { targets, problems };
}

function isCandidate(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTICE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function isFileLink(full: string, entry: fs.Dirent): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false;
  }
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly warning?: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Reads a file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 when it is
 * not UTF-8 (see decode); anything binary is refused.
 */
export function readText(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_BYTES) return { kind: 'unreadable', reason: `larger than ${MAX_BYTES / 1024 / 1024} MB, not checked` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { kind: 'unreadable', reason: describeError(e) };
  }
  return decode(bytes);
}

export function decode(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) return { kind: 'unreadable', reason: 'not a text file (it contains binary data)' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    if (legacyEncoded(body)) {
      return { kind: 'text', text: windows1252(body), warning: 'not UTF-8; read as Windows-1252, the older Western European encoding' };
    }
    return {
      kind: 'text',
      text: new TextDecoder('utf-8').decode(body),
      warning: 'not valid UTF-8; bytes that could not be decoded were replaced by \uFFFD and the rest was checked',
    };
  }
}

/**
 * What Windows-1252 writes with the bytes 0x80-0x9F (the euro sign, curly quotes, dashes...; the
 * five it leaves undefined read as the control characters of those numbers, as WHATWG's decoder
 * reads them). Node's TextDecoder('windows-1252') reads these bytes as ISO 8859-1 does.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes read as Windows-1252: every other byte is the code point of its number. */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

/**
 * Whether text that is not valid UTF-8 was written in a single-byte encoding (a notice saved as
 * "ANSI" on Windows: "é" is the one byte E9) rather than in UTF-8 with a few damaged bytes: its
 * bytes above 127 more often stand alone than in well-formed UTF-8 sequences (read in the first
 * megabyte). Windows-1252 decodes every byte, and is what such files in English, Dutch, German and
 * French are written in (ISO 8859-1 is a part of it).
 */
function legacyEncoded(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, 1024 * 1024);
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let k = 1;
    while (k < length && i + k < n && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (length > 0 && k === length) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return invalid > valid;
}

/**
 * The control characters that make a file look binary: tab, line feed, vertical tab, form feed,
 * carriage return and escape occur in real text.
 */
const CONTROL = /[\0-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;

/**
 * A NUL byte, or more than one byte in ten a control character, in the first 64 KB. The bytes are
 * read as Latin-1 (one character a byte) and searched natively: a check is a first run, and a loop
 * over 64 KB in the interpreter cost about 4 ms of it.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  const control = Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1').match(CONTROL);
  return control !== null && (control.includes('\0') || control.length / n > 0.1);
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many symbolic links';
    default: return e instanceof Error ? e.message : String(e);
  }
}
