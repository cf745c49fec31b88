/**
 * Placeholders a quick fix or completion left in the notice ("[retention period]",
 * "[bewaartermijn]"). A drafted clause satisfies its check as soon as it is inserted, so without
 * this reminder a notice could be published with its blanks still in it. Only the exact
 * placeholders our own clause tables write are recognised: ordinary square brackets in a
 * notice are never reported.
 */
import type { Analysis, Span } from './analysis';
import { clauseCatalogue, clauseTable, renderEntryText } from './clauses';

export const PLACEHOLDER_CODE = 'unfilled-placeholder';

const known = new Map<string, ReadonlySet<string>>();

/** Every placeholder the clause table of a language can write, brackets included. */
export function placeholdersOf(lang: string): ReadonlySet<string> {
  const hit = known.get(lang);
  if (hit) return hit;
  const table = clauseTable(lang);
  const found = new Set<string>();
  if (table) {
    const texts: string[] = [];
    for (const entry of clauseCatalogue(lang)) {
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const form of ['section', 'item'] as const) texts.push(renderEntryText(lang, entry, {}, { format, form }));
      }
    }
    texts.push(...Object.values(table.rewrites), ...Object.values(table.slots));
    for (const text of texts) for (const m of text.matchAll(BRACKETED)) found.add(m[0]);
  }
  known.set(lang, found);
  return found;
}

/** A bracketed stretch on one line; the class excludes "[" so a failed attempt ends at the next one (linear time). */
const BRACKETED = /\[[^[\]\n]{1,200}\]/g;

/** The placeholders still in the text, in document order. A bracket followed by "(" is a Markdown link, not a placeholder. */
export function unfilledPlaceholders(analysis: Analysis): Span[] {
  const { text } = analysis;
  // Most notices have no bracket at all: then the clause texts need not be rendered to know.
  if (analysis.language === 'unknown' || !text.includes('[')) return [];
  const set = placeholdersOf(analysis.language);
  if (!set.size) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    if (!set.has(m[0]) || text[m.index + m[0].length] === '(') continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
