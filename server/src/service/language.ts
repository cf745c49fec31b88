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

/**
 * The language of a text: the one whose function words are most frequent in its first 50,000
 * characters; 'unknown' when fewer than three function words are found at all.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = new Map<DetectedLanguage, number>();
  const lex = words();
  let total = 0;
  for (const m of text.slice(0, LANGUAGE_SAMPLE).toLowerCase().matchAll(/[\p{L}]+/gu)) {
    const langs = lex.get(m[0]);
    if (!langs) continue;
    total++;
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1 / langs.length);
  }
  if (total < 3) return 'unknown';
  let best: DetectedLanguage = 'unknown';
  let bestCount = 0;
  for (const [l, c] of counts) if (c > bestCount) { best = l; bestCount = c; }
  return best;
}
