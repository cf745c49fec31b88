/**
 * Placeholders a quick fix or completion left in the notice ("[retention period]",
 * "[bewaartermijn]"). A drafted clause satisfies its check as soon as it is inserted, so without
 * this reminder a notice could be published with its blanks still in it. Only the exact
 * placeholders our own clause tables write are recognised: ordinary square brackets in a
 * notice are never reported.
 *
 * A placeholder is a blank, not a statement: its example words ("[the consequence, e.g. we
 * cannot perform the contract with you]") must not tell the checks that the notice names a
 * legal basis. It counts only for the items of the clause that wrote it (`placeholderOwners`),
 * so that the inserted clause still answers its own item (the analysis reads the others'
 * sentences with it blanked out, see analysis.ts).
 */
import type { Analysis, Span } from './analysis';
import type { DocumentModel } from './document';
import type { NoteId, RuleId } from './catalogue';
import { clauseCatalogue, clauseTable, renderEntryText, type CatalogueEntry } from './clauses';
import { EXTRA_ANSWERS, MISSING_IDS, REWRITE_ANSWERS, type ExtraKey, type RewriteId } from './data/clauses';

export const PLACEHOLDER_CODE = 'unfilled-placeholder' satisfies NoteId;

const owners = new Map<string, ReadonlyMap<string, ReadonlySet<RuleId>>>();

/**
 * Every placeholder the clause table of a language can write, brackets included, with the items
 * whose clauses write it: a rule's clause answers its rule, a snippet-only clause or a rewrite
 * the items of EXTRA_ANSWERS / REWRITE_ANSWERS. A placeholder several clauses write ("[name of
 * the organisation]") belongs to all of them.
 */
export function placeholderOwners(lang: string): ReadonlyMap<string, ReadonlySet<RuleId>> {
  const hit = owners.get(lang);
  if (hit) return hit;
  const table = clauseTable(lang);
  const found = new Map<string, Set<RuleId>>();
  const add = (text: string, ids: readonly RuleId[]): void => {
    for (const m of text.matchAll(BRACKETED)) {
      let set = found.get(m[0]);
      if (!set) found.set(m[0], (set = new Set()));
      for (const id of ids) set.add(id);
    }
  };
  if (table) {
    const rules = new Set<string>(MISSING_IDS);
    const answers = (entry: CatalogueEntry): readonly RuleId[] =>
      rules.has(entry.key) ? [entry.key as RuleId] : (EXTRA_ANSWERS[entry.key as ExtraKey] ?? []);
    for (const entry of clauseCatalogue(lang)) {
      for (const format of ['markdown', 'plaintext'] as const) {
        for (const form of ['section', 'item'] as const) add(renderEntryText(lang, entry, {}, { format, form }), answers(entry));
      }
    }
    for (const [id, text] of Object.entries(table.rewrites)) add(text, REWRITE_ANSWERS[id as RewriteId]);
    // The slots' own placeholders are written by the clauses above; listed here so none is missed.
    for (const text of Object.values(table.slots)) add(text, []);
  }
  owners.set(lang, found);
  return found;
}

/** Every placeholder the clause table of a language can write, brackets included. */
export function placeholdersOf(lang: string): ReadonlySet<string> {
  return new Set(placeholderOwners(lang).keys());
}

/** A bracketed stretch on one line; the class excludes "[" so a failed attempt ends at the next one (linear time). */
const BRACKETED = /\[[^[\]\n]{1,200}\]/g;

/** A placeholder in a text, with the items whose clauses write it. */
export interface PlaceholderSpan extends Span {
  readonly owners: ReadonlySet<RuleId>;
}

/**
 * Our own placeholders in a text, in order. A bracket followed by "(" is a Markdown link, not a
 * placeholder. Most notices have no bracket at all: then the clause texts need not be rendered.
 */
export function findPlaceholders(text: string, lang: string): readonly PlaceholderSpan[] {
  // The analysis and then its diagnostics ask about the same text (the same string) in turn.
  if (text === last.text && lang === last.lang) return last.found;
  const found = readPlaceholders(text, lang);
  last = { text, lang, found };
  return found;
}

/** What findPlaceholders found last (a whole text read once per version, not twice). */
let last: { readonly text?: string; readonly lang?: string; readonly found: readonly PlaceholderSpan[] } = { found: [] };

function readPlaceholders(text: string, lang: string): PlaceholderSpan[] {
  if (!text.includes('[')) return [];
  const known = placeholderOwners(lang);
  if (!known.size) return [];
  const out: PlaceholderSpan[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const ids = known.get(m[0]);
    if (!ids || text[m.index + m[0].length] === '(') continue;
    out.push({ start: m.index, end: m.index + m[0].length, owners: ids });
  }
  return out;
}

/** The placeholders still in the text, in document order. */
export function unfilledPlaceholders(analysis: Analysis): Span[] {
  if (analysis.language === 'unknown') return [];
  return findPlaceholders(analysis.text, analysis.language).map(({ start, end }) => ({ start, end }));
}

/**
 * The model as the checks read it when a notice holds placeholders: each placeholder's words
 * blanked out (its brackets kept, the same length, so every offset, block and sentence stays
 * where it was). The model itself is not re-read: only the texts the cues are matched against change.
 */
export function blankPlaceholders(model: DocumentModel, spans: readonly Span[]): DocumentModel {
  if (!spans.length) return model;
  const folded = blankSpans(model.folded, spans);
  const reading = model.reading === model.folded ? folded : blankSpans(model.reading, spans);
  let k = 0;
  const sentences = model.sentences.map((s) => {
    while (k < spans.length && spans[k]!.end <= s.start) k++;
    // A text of its own: a document's memo keeps the texts it is asked about, and a slice would keep this whole version's text.
    return k < spans.length && spans[k]!.start < s.end ? { ...s, text: (' ' + reading.slice(s.start, s.end)).slice(1) } : s;
  });
  return { ...model, folded, reading, sentences, blanked: spans };
}

/** `text` with each placeholder's words blanked out (a bracketed blank keeps its brackets; "XXX" or "..." is blanked whole). */
function blankSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    const keep = text[s.start] === '[' ? 1 : 0;
    out += text.slice(last, s.start + keep) + ' '.repeat(s.end - s.start - 2 * keep);
    last = s.end - keep;
  }
  return out + text.slice(last);
}
