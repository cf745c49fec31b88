/**
 * The numbers a notice gives its headings ("3. Your rights", "3) Your rights", "Article 3 – Your
 * rights", "§ 3 Ihre Rechte", "3.2 Cookies", "III. Your rights", "C. Your rights"), read so that a
 * new section can be numbered like its siblings and never takes a number one of them already has.
 * Format, not language: a word before the number is whatever word the notice's own headings share.
 */

/** How a heading is numbered, and the number it has. */
export interface HeadingNumber {
  /** What stands before the number, with its spacing: "Article ", "§ ", "" (case kept). */
  readonly lead: string;
  readonly kind: 'arabic' | 'roman' | 'ROMAN' | 'alpha' | 'ALPHA';
  /** The number; more than one part for "3.2" (only arabic numbers have parts). */
  readonly parts: readonly number[];
  /** What follows the number up to the title's words: ". ", ") ", " – ", ": ", " ". */
  readonly after: string;
  /** How many characters of the heading's words the numbering takes (lead to separator). */
  readonly length: number;
}

const SPACE = '[ \\t\\u00a0]';
/**
 * lead (a word, optionally abbreviated with a full stop, or § / §§), number, then the separator.
 * Written without nested quantifiers so that it runs in linear time on any line.
 */
const NUMBERED = new RegExp(
  `^((?:\\p{L}{2,12}\\.?${SPACE}{1,3}|§{1,2}${SPACE}{0,3}))?` +
    `(\\d{1,3}(?:\\.\\d{1,3}){0,4}|[IVXLC]{1,8}|[ivxlc]{1,8}|[A-Za-z])` +
    `(\\.?\\)|\\.|:)?` +
    `(${SPACE}{1,3}(?:[-–—:]${SPACE}{1,3})?|$)`,
  'u',
);

/**
 * The numbering at the start of a heading's words, or undefined when the heading is not numbered.
 * A lone I, V, X, L or C is read as a roman numeral; `readHeadingNumbers` reads it as a letter
 * among lettered siblings.
 */
export function parseHeadingNumber(words: string): HeadingNumber | undefined {
  const m = NUMBERED.exec(words);
  if (!m) return undefined;
  const lead = m[1] ?? '';
  const raw = m[2]!;
  const sep = m[3] ?? '';
  const after = sep + m[4]!;
  const length = m[0].length;
  if (/^\d/.test(raw)) return { lead, kind: 'arabic', parts: raw.split('.').map(Number), after, length };
  // A letter or roman numeral needs a lead word or a separator, or "I have" would count.
  if (!lead && !sep) return undefined;
  const roman = fromRoman(raw.toUpperCase());
  if (roman !== undefined) return { lead, kind: raw === raw.toUpperCase() ? 'ROMAN' : 'roman', parts: [roman], after, length };
  if (raw.length === 1) return { lead, kind: raw === raw.toUpperCase() ? 'ALPHA' : 'alpha', parts: [raw.toUpperCase().charCodeAt(0) - 64], after, length };
  return undefined;
}

/**
 * The numbering of sibling headings, read together: a lone I, V, X, L or C is a letter when a
 * sibling is numbered by a letter that is no roman numeral ("A.", "B.", "C."), else a numeral.
 */
export function readHeadingNumbers(words: readonly string[]): (HeadingNumber | undefined)[] {
  const read = words.map(parseHeadingNumber);
  const letter = (n: HeadingNumber | undefined): boolean => n !== undefined && (n.kind === 'alpha' || n.kind === 'ALPHA');
  if (!read.some(letter)) return read;
  return read.map((n, i) => {
    if (!n || (n.kind !== 'roman' && n.kind !== 'ROMAN')) return n;
    const numeral = /^\p{L}+/u.exec(words[i]!.slice(n.lead.length))![0];
    if (numeral.length > 1) return n;
    return { ...n, kind: n.kind === 'ROMAN' ? 'ALPHA' : 'alpha', parts: [numeral.toUpperCase().charCodeAt(0) - 64] };
  });
}

/** Whether two numberings are the same style (the same lead word, kind and depth), so that they count together. */
export function sameStyle(a: HeadingNumber, b: HeadingNumber): boolean {
  return a.lead.trim().toLowerCase() === b.lead.trim().toLowerCase() && a.kind === b.kind && a.parts.length === b.parts.length;
}

/** The number `step` places after `n` ("3.2" → "3.3"): the last part counts on. */
export function nextNumber(n: HeadingNumber, step = 1): HeadingNumber {
  const parts = [...n.parts];
  parts[parts.length - 1] = parts[parts.length - 1]! + step;
  return { ...n, parts };
}

/** Orders numbers part by part ("3.10" after "3.9"). */
export function compareNumbers(a: HeadingNumber, b: HeadingNumber): number {
  for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The key two headings share when their numbers clash ("3.2", whatever the lead or separator). */
export const numberKey = (n: HeadingNumber): string => n.parts.join('.');

/** The numbering as the heading writes it: lead, number and separator ("Article 13 – "). */
export function formatHeadingNumber(n: HeadingNumber): string {
  const last = n.parts[n.parts.length - 1]!;
  let written: string;
  switch (n.kind) {
    case 'arabic':
      written = n.parts.join('.');
      break;
    case 'ROMAN':
      written = toRoman(last);
      break;
    case 'roman':
      written = toRoman(last).toLowerCase();
      break;
    case 'ALPHA':
      written = String.fromCharCode(64 + Math.min(last, 26));
      break;
    case 'alpha':
      written = String.fromCharCode(96 + Math.min(last, 26));
      break;
  }
  return n.lead + written + n.after;
}

/** Whether a number can be written in its kind (a letter runs out after Z). */
export const writable = (n: HeadingNumber): boolean => !(n.kind === 'alpha' || n.kind === 'ALPHA') || n.parts[0]! <= 26;

const ROMAN: readonly [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The value of a roman numeral written the usual way, or undefined ("IIII", "VX" are not numerals). */
function fromRoman(s: string): number | undefined {
  let value = 0;
  let i = 0;
  for (const [v, letters] of ROMAN) {
    while (s.startsWith(letters, i)) {
      value += v;
      i += letters.length;
    }
  }
  return i === s.length && value > 0 && toRoman(value) === s ? value : undefined;
}
