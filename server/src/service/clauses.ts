/**
 * Drafting clauses from the clause tables (data/clauses/<lang>.ts): the one place that turns a
 * template into text, for quick fixes (`draftClause`, `rewriteFor`), completions and the
 * generated VS Code snippets (`clauseCatalogue`, `renderSnippet`). See data/clauses/types.ts
 * for the template syntax.
 */
import type { RuleId } from './catalogue';
import { AUTHORITIES, authorityWebsite, type AuthorityId } from './data/authorities';
import type { Clause, ClauseBlock, NoticeFacts } from './data/clauseTypes';
import { CLAUSES, type ClauseTable, type MissingId, type RewriteId, type TemplateBlock } from './data/clauses';

export type { Clause, ClauseBlock, NoticeFacts } from './data/clauseTypes';

/** One clause of the snippet and completion catalogue, as a template (render it with `renderSnippet` or `renderText`). */
export interface CatalogueEntry {
  /** Stable key: the rule id for a clause that answers a missing item, else the extra clause's key. */
  readonly key: string;
  /** Snippet prefix ("gdpr-right-object"). */
  readonly prefix: string;
  readonly label: string;
  readonly description: string;
  readonly title: string;
  readonly blocks: readonly TemplateBlock[];
  readonly item: string;
  /** The authority this clause names, overriding the notice's. */
  readonly authority?: AuthorityId;
}

/** The clause table of a language, or undefined when the language has none yet. */
export function clauseTable(lang: string): ClauseTable | undefined {
  return Object.prototype.hasOwnProperty.call(CLAUSES, lang) ? CLAUSES[lang as keyof typeof CLAUSES] : undefined;
}

/**
 * The clause that supplies a missing item, in the notice's language with its facts filled in;
 * undefined when the language has no clause table or the id is not an item a notice can lack.
 * Placeholders the author must fill remain in square brackets (`[retention period]`).
 */
export function draftClause(lang: string, id: RuleId | string, facts: NoticeFacts): Clause | undefined {
  const table = clauseTable(lang);
  if (!table || !Object.prototype.hasOwnProperty.call(table.rules, id)) return undefined;
  const rule = table.rules[id as MissingId];
  const ctx: Ctx = { table, facts };
  return {
    title: renderText(rule.title, ctx),
    blocks: rule.blocks.map((b): ClauseBlock => (b.kind === 'paragraph' ? { kind: 'paragraph', text: renderText(b.text, ctx) } : { kind: 'list', items: b.items.map((i) => renderText(i, ctx)) })),
    item: renderText(rule.item, ctx),
    ...(rule.entry ? { entry: true } : {}),
  };
}

/** A compliant rewording for the sentence a quality finding flags, as one paragraph; undefined without a table. */
export function rewriteFor(lang: string, id: RewriteId, facts: NoticeFacts): string | undefined {
  const table = clauseTable(lang);
  if (!table) return undefined;
  return renderText(table.rewrites[id], { table, facts });
}

/** Every clause of a language, for snippets and completions: the missing-item clauses in catalogue order, then the extras. */
export function clauseCatalogue(lang: string): readonly CatalogueEntry[] {
  const table = clauseTable(lang);
  if (!table) return [];
  const cached = catalogues.get(table);
  if (cached) return cached;
  const entries: CatalogueEntry[] = [
    ...Object.entries(table.rules).map(([key, c]) => ({ key, ...c })),
    ...Object.entries(table.extras).map(([key, c]) => ({ key, ...c })),
  ];
  catalogues.set(table, Object.freeze(entries));
  return entries;
}
const catalogues = new WeakMap<ClauseTable, readonly CatalogueEntry[]>();

/** How a clause is laid out in a document. */
export interface LayoutOptions {
  readonly format: 'markdown' | 'plaintext';
  /**
   * `section`: heading and body; `body`: the body only (under a heading that is already there);
   * `item`: the add-to-a-section form, one paragraph or list item.
   */
  readonly form: 'section' | 'body' | 'item';
  /** Markdown heading level of a section (default 2). */
  readonly headingLevel?: number;
  /** List marker for list items ("- " by default). */
  readonly bullet?: string;
}

/**
 * A catalogue entry as snippet text (LSP/VS Code snippet syntax): placeholders become tab stops,
 * choices become choice tab stops, facts of the notice are filled in (`{}` = none, so snippet
 * files carry placeholders for them). The controller and contact placeholders mirror each other.
 */
export function renderSnippet(lang: string, entry: CatalogueEntry, facts: NoticeFacts, layout: LayoutOptions): string {
  const table = clauseTable(lang);
  if (!table) return '';
  const ctx: Ctx = { table, facts, authority: entry.authority, snippet: { next: 1, slots: new Map() }, plain: layout.format === 'plaintext' };
  return layoutClause(entry, layout, (t) => render(t, ctx), (t) => render(t, { ...ctx, cell: true }));
}

/** A catalogue entry as plain document text (placeholders in square brackets), laid out like `renderSnippet`. */
export function renderEntryText(lang: string, entry: CatalogueEntry, facts: NoticeFacts, layout: LayoutOptions): string {
  const table = clauseTable(lang);
  if (!table) return '';
  const ctx: Ctx = { table, facts, authority: entry.authority, plain: layout.format === 'plaintext' };
  return layoutClause(entry, layout, (t) => render(t, ctx), (t) => render(t, { ...ctx, cell: true }));
}

/** Lays out title and blocks; `cell` renders a Markdown table cell (its pipes escaped). */
function layoutClause(entry: CatalogueEntry, layout: LayoutOptions, r: (template: string) => string, cell: (template: string) => string): string {
  const bullet = layout.bullet ?? '- ';
  if (layout.form === 'item') return r(entry.item);
  const parts: string[] = [];
  if (layout.form === 'section') {
    const title = r(entry.title);
    parts.push(layout.format === 'markdown' ? `${'#'.repeat(clampLevel(layout.headingLevel))} ${title}` : title);
  }
  for (const block of entry.blocks) {
    if (block.kind === 'paragraph') parts.push(r(block.text));
    else if (block.kind === 'list') parts.push(block.items.map((i) => bullet + r(i)).join('\n'));
    else if (layout.format === 'markdown') {
      const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
      parts.push([row(block.header), `|${block.header.map(() => '---').join('|')}|`, ...block.rows.map(row)].join('\n'));
    } else {
      // Plain text has no tables: one list item per row, each cell named by its column.
      parts.push(block.rows.map((cells) => bullet + cells.map((c, i) => `${block.header[i]}: ${r(c)}`).join('; ')).join('\n'));
    }
  }
  return parts.join('\n\n');
}

const clampLevel = (level: number | undefined): number => Math.min(6, Math.max(1, level ?? 2));

interface Ctx {
  readonly table: ClauseTable;
  readonly facts: NoticeFacts;
  /** Overrides facts.authority (the complaint variants of the catalogue). */
  readonly authority?: AuthorityId;
  /** Set when rendering a snippet: the next tab stop and the tab stop of each unfilled fact. */
  readonly snippet?: { next: number; readonly slots: Map<string, number> };
  /** Drop `**` emphasis (plain text). */
  readonly plain?: boolean;
  /** Inside a Markdown table cell: a pipe in the text would end the cell. */
  readonly cell?: boolean;
}

/** A template as document text (placeholders in brackets, emphasis kept): what quick fixes insert. */
function renderText(template: string, ctx: Ctx): string {
  return render(template, ctx);
}

const TOKEN = /\[\[([^\][]*)\]\]|\[([^[\]]*)\]|\{(\w+)\}/g;

function render(template: string, ctx: Ctx, slot?: string): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    out += literal(template.slice(last, m.index), ctx);
    last = m.index + m[0].length;
    if (m[1] !== undefined) out += choice(m[1].split('|'), ctx);
    else if (m[2] !== undefined) out += placeholder(m[2], ctx, slot);
    else out += fill(m[3]!, ctx, m[0]);
  }
  return out + literal(template.slice(last), ctx);
}

function literal(text: string, ctx: Ctx): string {
  return fact(ctx.plain ? text.replace(/\*\*/g, '') : text, ctx);
}

/** Text from the notice itself: never read as template syntax. */
function fact(text: string, ctx: Ctx): string {
  const t = ctx.cell ? text.replace(/\|/g, '\\|') : text;
  return ctx.snippet ? escapeSnippet(t) : t;
}

function placeholder(text: string, ctx: Ctx, slot?: string): string {
  const s = ctx.snippet;
  if (!s) return `[${text}]`;
  let n: number;
  const mirrored = slot !== undefined ? s.slots.get(slot) : undefined;
  if (mirrored !== undefined) n = mirrored;
  else {
    n = s.next++;
    if (slot !== undefined) s.slots.set(slot, n);
  }
  return `\${${n}:[${fact(text, ctx)}]}`;
}

function choice(options: readonly string[], ctx: Ctx): string {
  const s = ctx.snippet;
  if (!s) return `[${options.join(' / ')}]`;
  return `\${${s.next++}|${options.map((o) => o.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

function fill(name: string, ctx: Ctx, raw: string): string {
  const { table, facts } = ctx;
  const authority = ctx.authority ?? facts.authority ?? table.jurisdiction.fallback;
  switch (name) {
    case 'controller':
    case 'contact':
    case 'date': {
      const value = facts[name]?.trim();
      return value ? fact(value, ctx) : render(table.slots[name], ctx, name);
    }
    case 'complaint':
      return render(authority === 'uk' || authority === 'eu' ? table.complaint[authority] : table.complaint.named, { ...ctx, authority });
    case 'authorityName':
      return fact(AUTHORITIES[authority].names[table.lang], ctx);
    case 'authorityWebsite':
      return fact(authorityWebsite(authority, table.lang), ctx);
    default:
      // Left as written, so the table test reports the unknown slot.
      return raw;
  }
}

/** Escapes text for the LSP/VS Code snippet grammar, where `$`, `}` and `\` are special. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
