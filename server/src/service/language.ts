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

/** The words of a text, as the language is told from them: runs of letters. */
const WORDS = /\p{L}+/gu;

/** The function words of `text` (a text of its own or a line of one: words never span a line break). */
export function countWords(text: string): WordCounts {
  const order: DetectedLanguage[] = [];
  const sums: number[] = [];
  const lex = words();
  let total = 0;
  // The words are cut out by one native search, not a loop over the characters: the CLI tells the
  // language of every notice it checks with code V8 has not optimised yet, where a loop over the
  // 50,000 characters of a long notice's sample cost several times the search.
  const found = text.toLowerCase().match(WORDS);
  if (found === null) return { weights: new Map(), total };
  for (let k = 0; k < found.length; k++) {
    const langs = lex.get(found[k]!);
    if (langs === undefined) continue;
    total++;
    const share = Math.round(WEIGHT / langs.length);
    for (const l of langs) {
      // Languages in order of first appearance (their order decides a tie, see languageOf).
      let i = order.indexOf(l);
      if (i === -1) { i = order.length; order.push(l); sums.push(0); }
      sums[i] += share;
    }
  }
  const weights = new Map<DetectedLanguage, number>();
  order.forEach((l, i) => weights.set(l, sums[i]!));
  return { weights, total };
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
