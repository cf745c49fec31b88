/** Language detection: which language's function words the text uses most. */
import { RECOGNISED_ONLY, SUPPORTED, TABLES } from './data';
import type { DetectedLanguage } from './analysis';

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
  for (const w of lexicon.keys()) longest = Math.max(longest, w.length);
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

/** The function words of `text` (a text of its own or a line of one: words never span a line break). */
export function countWords(text: string): WordCounts {
  const order: DetectedLanguage[] = [];
  const sums: number[] = [];
  const lex = words();
  const table = slots ?? (slots = slotTable(lex));
  const mask = table.slots.length - 1;
  let total = 0;
  // The words (runs of letters, as /\p{L}+/u reads them), found by a loop rather than an
  // expression's match objects; only words no longer than a function word are looked up, by a
  // hash of their code units worked out while reading them, so no word is cut out of the text.
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    let j = i;
    let hash = HASH_SEED;
    for (let step = letterAt(lower, j); step > 0; step = letterAt(lower, j)) {
      hash = Math.imul(hash ^ lower.charCodeAt(j), HASH_PRIME);
      if (step === 2) hash = Math.imul(hash ^ lower.charCodeAt(j + 1), HASH_PRIME);
      j += step;
    }
    if (j === i) { i++; continue; }
    let langs: readonly DetectedLanguage[] | undefined;
    if (j - i <= longest) {
      for (let slot = hash & mask, k = table.slots[slot]!; k !== -1; slot = (slot + 1) & mask, k = table.slots[slot]!) {
        if (sameWord(table.words[k]!, lower, i, j)) { langs = table.langs[k]; break; }
      }
    }
    i = j;
    if (!langs) continue;
    total++;
    const share = Math.round(WEIGHT / langs.length);
    for (const l of langs) {
      // Languages in order of first appearance (their order decides a tie, see languageOf).
      let k = order.indexOf(l);
      if (k === -1) { k = order.length; order.push(l); sums.push(0); }
      sums[k] += share;
    }
  }
  const weights = new Map<DetectedLanguage, number>();
  order.forEach((l, k) => weights.set(l, sums[k]!));
  return { weights, total };
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** The function words in an open-addressing table keyed by the hash countWords works out. */
interface SlotTable {
  readonly words: readonly string[];
  readonly langs: readonly (readonly DetectedLanguage[])[];
  /** Per slot, the index of a word, or -1. */
  readonly slots: Int32Array;
}
let slots: SlotTable | undefined;

function slotTable(lex: ReadonlyMap<string, DetectedLanguage[]>): SlotTable {
  const words = [...lex.keys()];
  const langs = words.map((w) => lex.get(w)!);
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const table = new Int32Array(size).fill(-1);
  words.forEach((w, k) => {
    let hash = HASH_SEED;
    for (let i = 0; i < w.length; i++) hash = Math.imul(hash ^ w.charCodeAt(i), HASH_PRIME);
    let slot = hash & (size - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (size - 1);
    table[slot] = k;
  });
  return { words, langs, slots: table };
}

/** Whether `text` from `from` to `to` is `word`. */
function sameWord(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** The length of the longest function word (set with the lexicon). */
let longest = 0;

/** Per UTF-16 code unit outside the surrogates: -1 not yet known, 1 a letter, 0 not. */
const letters = new Int8Array(65536).fill(-1);

/** How many code units the letter at `i` takes (2 for a letter beyond the BMP), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const pair = c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : '';
    return pair.length === 2 && /^\p{L}$/u.test(pair) ? 2 : 0;
  }
  let l = letters[c]!;
  if (l === -1) letters[c] = l = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return l;
}

/** The language the counts of consecutive parts of a text add up to (see detectLanguage). */
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

/**
 * The language of a text: the one whose function words are most frequent in its first 50,000
 * characters (a word of several languages counts for each in part); 'unknown' when fewer than
 * three function words are found at all.
 */
export function detectLanguage(text: string): DetectedLanguage {
  return languageOf([countWords(text.slice(0, LANGUAGE_SAMPLE))]);
}
