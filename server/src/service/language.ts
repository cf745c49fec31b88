/** Language detection: which language's function words the text uses most. */
import { RECOGNISED_ONLY, SUPPORTED, TABLES } from './data';
import type { DetectedLanguage } from './analysis';
import type { Lang } from './data/types';
import type { Block, DocumentModel } from './document';
import { beyondLatinKind } from './match';

/** How much of a text (in UTF-16 code units, from its start) its language is told from. */
export const LANGUAGE_SAMPLE = 50_000;
let lexicon: Map<string, DetectedLanguage[]> | undefined;

function words(): Map<string, DetectedLanguage[]> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  const add = (lang: DetectedLanguage, list: readonly string[]): void => {
    for (const w of list) lexicon!.set(w, [...(lexicon!.get(w) ?? []), lang]);
  };
  for (const lang of SUPPORTED) add(lang, TABLES[lang].stopwords);
  for (const [lang, list] of Object.entries(RECOGNISED_ONLY) as [DetectedLanguage, readonly string[]][]) add(lang, list);
  return lexicon;
}

/** The function words found in a stretch of text: a weight per language, and how many there are. */
export interface WordCounts {
  /** Per language, in order of first appearance: each word adds WEIGHT / (the number of languages it belongs to). */
  readonly weights: ReadonlyMap<DetectedLanguage, number>;
  readonly total: number;
}

/**
 * A function word's whole weight. Shares of it are whole numbers for a word of up to eight
 * languages, so sums are exact and do not depend on the order they are added in: counting a
 * text line by line (memo.ts) gives what counting it at once gives.
 */
const WEIGHT = 840;

/**
 * The words of a text, as the language is told from them: runs of letters; and line breaks, which
 * sampleWords puts between the lines of a sample to count each line's words in one search.
 */
const WORDS = /\p{L}+|\n/gu;
/** WORDS for a text whose letters are all Latin-1: the same runs, found about four times as fast (no Unicode property to test). */
const LATIN_WORDS = /[A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff]+|\n/g;
const BEYOND_LATIN = /[^\x00-\xff]/gu;
const LETTER = /\p{L}/u;

/**
 * The words and line breaks of a (lower-cased) text, as WORDS finds them. Most notices have no
 * letter beyond Latin-1 (a bullet, a euro sign or an emoji is no letter), and for them a search
 * with the Latin-1 letters gives the same runs without testing a Unicode property at each
 * character: about a fifth of a small notice's analysis.
 */
export function cutWords(text: string): string[] | null {
  const beyond = text.match(BEYOND_LATIN);
  const latin = beyond === null || (beyond.length <= 256 && !beyond.some((c) => LETTER.test(c)));
  return text.match(latin ? LATIN_WORDS : WORDS);
}

/** The function words of `text` (a text of its own or a line of one: words never span a line break). */
export function countWords(text: string): WordCounts {
  // The words are cut out by one native search, not a loop over the characters: the CLI tells the
  // language of every notice it checks with code V8 has not optimised yet, where a loop over the
  // 50,000 characters of a long notice's sample cost several times the search.
  const found = cutWords(text.toLowerCase());
  return found === null ? { weights: new Map(), total: 0 } : tally(found, 0, found.length);
}

/**
 * The function words among found[from..to). With `lines`, also each line's, a line break being a
 * found "\n" (one loop for both: a second loop over the words was a second function for V8 to
 * compile in a first run).
 */
function tally(found: readonly string[], from: number, to: number, lines?: LineWords): WordCounts {
  const order: DetectedLanguage[] = [];
  const sums: number[] = [];
  const lex = words();
  let total = 0;
  let line = 0;
  for (let k = from; k < to; k++) {
    const word = found[k]!;
    const langs = lex.get(word);
    if (langs === undefined) {
      if (word === '\n') line++;
      continue;
    }
    total++;
    if (lines) lines.totals[line]++;
    const share = Math.round(WEIGHT / langs.length);
    for (const l of langs) {
      // Languages in order of first appearance (their order decides a tie, see languageOf).
      let i = order.indexOf(l);
      if (i === -1) { i = order.length; order.push(l); sums.push(0); }
      sums[i] += share;
      if (lines) {
        const s = SUPPORTED.indexOf(l as Lang);
        if (s !== -1) lines.weights[line * SUPPORTED.length + s] += share;
      }
    }
  }
  const weights = new Map<DetectedLanguage, number>();
  order.forEach((l, i) => weights.set(l, sums[i]!));
  return { weights, total };
}

/**
 * The language the counts of consecutive parts of a text add up to: the one whose function words
 * are most frequent (a word of several languages counts for each in part); 'unknown' when fewer
 * than three function words are found at all. A notice's language is told from its first
 * LANGUAGE_SAMPLE characters (sampleWords).
 */
export function languageOf(parts: Iterable<WordCounts>): DetectedLanguage {
  const weights = new Map<DetectedLanguage, number>();
  let total = 0;
  for (const part of parts) {
    total += part.total;
    for (const [l, w] of part.weights) weights.set(l, (weights.get(l) ?? 0) + w);
  }
  if (total < 3) return 'unknown';
  let best: DetectedLanguage = 'unknown';
  let bestWeight = 0;
  for (const [l, w] of weights) if (w > bestWeight) { best = l; bestWeight = w; }
  return best;
}

/** The function words of each line of a sample: how many, and each supported language's weight (line * SUPPORTED.length + the language's index). */
export interface LineWords {
  readonly totals: Int32Array;
  readonly weights: Float64Array;
}

/** LineWords from the counts of each line (the memo's). */
export function lineWordsOf(counts: readonly WordCounts[]): LineWords {
  const totals = new Int32Array(counts.length);
  const weights = new Float64Array(counts.length * SUPPORTED.length);
  counts.forEach((c, line) => {
    totals[line] = c.total;
    for (const [l, w] of c.weights) {
      const k = SUPPORTED.indexOf(l as Lang);
      if (k !== -1) weights[line * SUPPORTED.length + k] += w;
    }
  });
  return { totals, weights };
}

/**
 * The function words of a model's language sample (its first LANGUAGE_SAMPLE characters of the
 * folded text): in all, as countWords gives them, and line by line. A sample whose letters are all
 * Latin-1 (most notices) is read in one loop over its characters (latinSampleWords); any other has
 * its lines joined with line breaks (the folded text has none) and searched once: the words are
 * the same, and the breaks tell which line each is on.
 */
export function sampleWords(model: DocumentModel): { readonly whole: WordCounts; readonly lines: LineWords } {
  const text = model.folded;
  const starts = model.lineStarts;
  const end = Math.min(text.length, LANGUAGE_SAMPLE);
  let n = 0;
  while (n < starts.length && starts[n]! < end) n++;
  const lineWords = { totals: new Int32Array(n), weights: new Float64Array(n * SUPPORTED.length) };
  const whole = latinSampleWords(text, starts, n, end, lineWords);
  if (whole) return { whole, lines: lineWords };
  lineWords.totals.fill(0);
  lineWords.weights.fill(0);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(text.slice(starts[i], Math.min(end, starts[i + 1] ?? end)));
  const found = cutWords(lines.join('\n').toLowerCase()) ?? [];
  return { whole: tally(found, 0, found.length, lineWords), lines: lineWords };
}

/**
 * The longest function word of any language, in letters: a longer word is not looked up. Latin-1
 * lower-case letters are numbered 1..63 (LETTER_CODE), so a word of up to this many letters is one
 * whole number below 2^48, exact in a double, made as it is read without a string.
 */
const LONGEST_WORD = 8;
/** Per Latin-1 code unit: 0 for no letter, else 1..63 numbering its lower case among the Latin-1 letters. */
let letterCode: Uint8Array | undefined;
/** The function words by their numbers (see LONGEST_WORD): the languages of each. */
let lexiconCodes: Map<number, DetectedLanguage[]> | null | undefined;

/**
 * The Latin-1 letters' numbers and the function words by number, or undefined when a function word
 * cannot be numbered (longer than LONGEST_WORD, or with a letter beyond Latin-1): then every sample
 * is counted by the search, as one with a letter beyond Latin-1 is.
 */
function latinLexicon(): { readonly code: Uint8Array; readonly lex: Map<number, DetectedLanguage[]> } | undefined {
  if (lexiconCodes === null) return undefined;
  if (letterCode && lexiconCodes) return { code: letterCode, lex: lexiconCodes };
  const code = new Uint8Array(256);
  const lower = new Map<string, number>();
  const latinLetters = new RegExp(`^(?:${LATIN_WORDS.source})$`);
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    if (c === 10 || !latinLetters.test(ch)) continue;
    const l = ch.toLowerCase();
    if (!lower.has(l)) lower.set(l, lower.size + 1);
    code[c] = lower.get(l)!;
  }
  const lex = new Map<number, DetectedLanguage[]>();
  for (const [word, langs] of words()) {
    let key = 0;
    let ok = word.length <= LONGEST_WORD;
    for (let i = 0; ok && i < word.length; i++) {
      const c = word.charCodeAt(i);
      ok = c < 256 && code[c] !== 0 && String.fromCharCode(c) === String.fromCharCode(c).toLowerCase();
      key = key * 64 + code[c]!;
    }
    if (!ok || lower.size > 63) {
      lexiconCodes = null;
      return undefined;
    }
    lex.set(key, langs);
  }
  letterCode = code;
  lexiconCodes = lex;
  return { code, lex };
}

/**
 * sampleWords for a sample whose letters are all Latin-1, as tally would count the words cutWords
 * cuts from it, without making a string for each word; undefined (and `lines` partly filled) at
 * the first letter or digit beyond Latin-1 or surrogate. The lower case of a character beyond Latin-1 that
 * is no letter is no letter either, and the lower case of a Latin-1 letter is a Latin-1 letter.
 */
function latinSampleWords(text: string, starts: readonly number[], n: number, end: number, lines: LineWords): WordCounts | undefined {
  const lexicon = latinLexicon();
  if (!lexicon) return undefined;
  const { code, lex } = lexicon;
  const counts: Tally = { order: [], sums: [], total: 0, lines };
  for (let line = 0; line < n; line++) {
    const to = Math.min(end, starts[line + 1] ?? end);
    let key = 0;
    let length = 0;
    for (let i = starts[line]!; i <= to; i++) {
      let letter = 0;
      if (i < to) {
        const c = text.charCodeAt(i);
        if (c < 256) letter = code[c]!;
        else {
          // Neither letter nor digit: a word boundary, as in WORDS. (A digit beyond Latin-1, which WORDS
          // also takes for a boundary, sends the sample to the search too: the same counts, found slower.)
          if (beyondLatinKind(c) === 2) return undefined;
        }
      }
      if (letter !== 0) {
        if (++length <= LONGEST_WORD) key = key * 64 + letter;
      } else if (length !== 0) {
        if (length <= LONGEST_WORD) {
          const langs = lex.get(key);
          if (langs !== undefined) countWord(counts, langs, line);
        }
        key = 0;
        length = 0;
      }
    }
  }
  const weights = new Map<DetectedLanguage, number>();
  counts.order.forEach((l, i) => weights.set(l, counts.sums[i]!));
  return { weights, total: counts.total };
}

/** The function words counted so far, as tally counts them. */
interface Tally {
  readonly order: DetectedLanguage[];
  readonly sums: number[];
  total: number;
  readonly lines: LineWords;
}

/** Counts a function word of `langs` on `line`, as tally does (a function of its own: the loop over the characters stays small for V8 to optimise). */
function countWord(counts: Tally, langs: readonly DetectedLanguage[], line: number): void {
  const { order, sums, lines } = counts;
  counts.total++;
  lines.totals[line]++;
  const share = Math.round(WEIGHT / langs.length);
  for (const l of langs) {
    let k = order.indexOf(l);
    if (k === -1) { k = order.length; order.push(l); sums.push(0); }
    sums[k] += share;
    const s = SUPPORTED.indexOf(l as Lang);
    if (s !== -1) lines.weights[line * SUPPORTED.length + s] += share;
  }
}

/** A stretch of a notice written in another language than the one it is checked in. */
export interface LanguagePart {
  readonly start: number;
  readonly end: number;
  readonly language: Lang;
}

/**
 * How much of another language makes a part worth telling: about a paragraph (a block of three
 * function words can be a name or a quoted title; a run of 25 is some 80–100 words of prose).
 */
const PART_WORDS = 25;
/** A block counts for its language when it has at least this many function words. */
const BLOCK_WORDS = 3;
/**
 * The parts of a notice's language sample written in another of the supported languages: runs of
 * blocks whose function words are at least twice as much of one other language as of the notice's
 * own. Blocks that cannot tell (a few function words, as in an address or a heading such as
 * "English version", or no clear majority) join a run but do not start or end one; before a run,
 * the blocks without a function word of the notice's language open it (its heading, a date line).
 * French and Dutch share several short words ("de", "en"), so a single block is never enough: a
 * run needs PART_WORDS function words.
 */
export function otherLanguageParts(model: DocumentModel, own: Lang, lineWords: LineWords): LanguagePart[] {
  const parts: LanguagePart[] = [];
  const blocks = model.blocks;
  const n = lineWords.totals.length;
  const languages = SUPPORTED.length;
  // A block's function words: how many, and the weight of each supported language (SUPPORTED's order).
  const weights = new Float64Array(languages);
  const ownIndex = SUPPORTED.indexOf(own);
  const count = (b: Block): number => {
    weights.fill(0);
    let total = 0;
    for (let i = b.line; i <= b.endLine && i < n; i++) {
      total += lineWords.totals[i]!;
      for (let k = 0; k < languages; k++) weights[k] += lineWords.weights[i * languages + k]!;
    }
    return total;
  };
  // The first block a run may open at: after the last block of the notice's language or part.
  let floor = 0;
  let run: { language: Lang; first: number; last: number; total: number; theirs: number; ours: number } | undefined;
  const close = (next: number): void => {
    if (run && run.total >= PART_WORDS && run.theirs >= 2 * run.ours) {
      let first = run.first;
      while (first > floor && (count(blocks[first - 1]!), weights[ownIndex] === 0)) first--;
      parts.push({ start: blocks[first]!.start, end: blocks[run.last]!.end, language: run.language });
    }
    run = undefined;
    floor = next;
  };
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.line >= n) break;
    const total = count(b);
    if (total < BLOCK_WORDS) continue;
    const ours = weights[ownIndex]!;
    let best = ownIndex;
    for (let l = 0; l < weights.length; l++) if (weights[l]! > weights[best]!) best = l;
    if (best === ownIndex) {
      close(k + 1);
      continue;
    }
    const theirs = weights[best]!;
    // Mostly another language, but not clearly: too little to tell, as a block with few words.
    if (theirs < 2 * ours) continue;
    const language = SUPPORTED[best]!;
    if (run && run.language !== language) close(run.last + 1);
    run ??= { language, first: k, last: k, total: 0, theirs: 0, ours: 0 };
    run.last = k;
    run.total += total;
    run.theirs += theirs;
    run.ours += ours;
  }
  close(blocks.length);
  return parts;
}
