/**
 * The outline: one symbol per section of the notice, nested as the headings nest, each with a
 * detail naming the checklist items the section covers ("rights · Art. 15–21").
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { CATALOGUE, type RuleId } from './catalogue';
import { sectionCoverage } from './coverage';
import { OUTLINE, type OutlineTable } from './data/outline';
import type { Lang } from './data/types';
import { sectionLastLine } from './folding';
import { lineEnd } from './text';

/** More labels than this make a detail too long for the outline's one line; the rest are counted. */
const MAX_LABELS = 4;

/**
 * Articles that sit between the rights of Arts. 15–22 without being an item of the notice
 * (Art. 19, the duty to tell recipients of a correction or erasure): "Art. 15–21" reads
 * better than "Art. 15–18, 20–21" and says nothing untrue.
 */
const BRIDGED_ARTICLES: ReadonlySet<number> = new Set([19]);

/** Arts. 12–14 are the information duties themselves; citing them on every section would say nothing. */
const isInformationArticle = (article: number): boolean => article >= 12 && article <= 14;

/**
 * Hierarchical symbols for the sections of an analysed document. Every section with a title
 * gets a symbol of kind String (as VS Code's own Markdown outline uses for headings); its
 * `range` runs from the heading to the section's last line of text, subsections included,
 * and its `selectionRange` is the heading's words.
 */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { model } = analysis;
  const coverage = sectionCoverage(analysis);
  const table = analysis.language in OUTLINE ? OUTLINE[analysis.language as Lang] : undefined;
  const roots: DocumentSymbol[] = [];
  /** The symbol that stands for each section: its own, or its nearest titled ancestor's. */
  const symbolOf: (DocumentSymbol | undefined)[] = [];
  model.sections.forEach((section, i) => {
    const parent = section.parent >= 0 ? symbolOf[section.parent] : undefined;
    const name = analysis.text.slice(section.titleStart, section.titleEnd).replace(/\s+/g, ' ').trim();
    if (!name) {
      // An empty heading ("#" alone) names nothing; its subsections hang from its parent.
      symbolOf.push(parent);
      return;
    }
    const lastLine = sectionLastLine(model, i);
    const symbol: DocumentSymbol = {
      name,
      kind: SymbolKind.String,
      range: {
        start: model.positionAt(section.start),
        end: model.positionAt(lineEnd(model.text, model.lineStarts, lastLine)),
      },
      selectionRange: { start: model.positionAt(section.titleStart), end: model.positionAt(section.titleEnd) },
      children: [],
    };
    // Only the section's own text: its subsections stand right below it with their own details,
    // and repeating them would make the title's detail a list of the whole notice.
    const detail = table && detailOf(table, coverage[i]!.covered.map((c) => c.id));
    if (detail) symbol.detail = detail;
    (parent ? parent.children! : roots).push(symbol);
    symbolOf.push(symbol);
  });
  return roots;
}

/** "rights, complaint · Art. 15–21, 77": the labels of the covered items, then the articles behind them. */
export function detailOf(table: OutlineTable, ids: readonly RuleId[]): string | undefined {
  const labels = [...new Set(ids.map((id) => table.labels[id]))];
  if (!labels.length) return undefined;
  const shown = labels.length > MAX_LABELS ? [...labels.slice(0, MAX_LABELS - 1), table.more.replace('{count}', String(labels.length - MAX_LABELS + 1))] : labels;
  const numbers = new Set<number>();
  for (const id of ids) {
    const spec = CATALOGUE[id];
    // Good-practice items rest on no duty of the notice; citing Art. 6 for cookies would mislead.
    if (spec.kind !== 'required' && spec.kind !== 'conditional') continue;
    for (const ref of spec.articles) if (!isInformationArticle(ref.article)) numbers.add(ref.article);
  }
  const spans = articleSpans([...numbers].sort((a, b) => a - b));
  return spans.length ? `${shown.join(', ')} · ${table.articles(spans)}` : shown.join(', ');
}

/** [15, 16, 17, 18, 20, 21, 77] → ["15–21", "77"]. */
function articleSpans(numbers: readonly number[]): string[] {
  const spans: string[] = [];
  let from = numbers[0];
  let to = from;
  const close = (): void => {
    if (from === undefined || to === undefined) return;
    spans.push(from === to ? String(from) : `${from}–${to}`);
  };
  for (const n of numbers.slice(1)) {
    if (to !== undefined && (n === to + 1 || (n === to + 2 && BRIDGED_ARTICLES.has(to + 1)))) {
      to = n;
      continue;
    }
    close();
    from = n;
    to = n;
  }
  close();
  return spans;
}
