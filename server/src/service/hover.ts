/**
 * Hovers: what the words under the cursor mean in the GDPR, in the notice's language. On a legal
 * basis, which ground of Art. 6(1) it is, what it requires and what the notice must then also
 * say (and whether it does); on a right, what it gives, its limits and how the controller must
 * answer; on an article reference, what the article says; on a heading, which checklist items
 * the section covers and which belong there but are missing.
 *
 * Every word shown comes from the hover tables (data/hovers/<lang>.ts) and the language tables;
 * whether the notice says something comes from the analysis' findings, so hovers and
 * diagnostics never disagree.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Analysis, Finding, Span } from './analysis';
import { CATALOGUE, type RuleId } from './catalogue';
import { findCitations, type Citation } from './citations';
import { inHeading, sectionCoverage } from './coverage';
import { HOVERS } from './data/hovers';
import type { ArticleHover, HoverRight, HoverTable, Provision } from './data/hovers/types';
import { HOVER_RIGHTS } from './data/hovers/types';
import type { Basis, LanguageTable } from './data/types';
import { eurLexUrl } from './diagnostics';
import { inCode } from './links';
import { all, has } from './match';
import { lineOf } from './text';

/** Something a hover can explain, found in the text. */
type Target =
  | (Span & { readonly kind: 'citation'; readonly citation: Citation })
  | (Span & { readonly kind: 'right'; readonly right: HoverRight })
  | (Span & { readonly kind: 'ground'; readonly ground: Basis })
  | (Span & { readonly kind: 'basis' });

/** When two targets cover the cursor equally, the more specific one wins. */
const PRIORITY: Record<Target['kind'], number> = { citation: 3, right: 2, ground: 1, basis: 0 };

/** The colon after a label, as the hover's language writes it. */
const colon = (h: HoverTable): string => h.labels.colon ?? ':';

const BASES: readonly Basis[] = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];

/**
 * The hover at `offset` (a UTF-16 offset into `analysis.text`), or null when there is nothing
 * to explain there or the notice's language has no hover table.
 */
export function getHover(analysis: Analysis, offset: number): Hover | null {
  const t = analysis.table;
  const h = t ? HOVERS[t.lang] : undefined;
  if (!t || !h || offset < 0 || offset > analysis.text.length || inCode(analysis.model, offset)) return null;

  const target = targetAt(analysis, t, h, offset);
  const heading = headingAt(analysis, offset);
  if (heading === undefined && !target) return null;

  const parts: string[] = [];
  let range: Span | undefined = target;
  if (heading !== undefined) {
    const s = analysis.model.sections[heading]!;
    parts.push(renderHeading(analysis, t, h, heading));
    range = { start: s.titleStart, end: s.titleEnd };
  }
  if (target) parts.push(renderTarget(analysis, t, h, target));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: analysis.positionAt(range!.start), end: analysis.positionAt(range!.end) },
  };
}

// ------------------------------------------------------------------------ finding targets

/** The sentence around `offset`, or its line when it is in no sentence (between sentences, in markup). */
function windowAt(analysis: Analysis, offset: number): Span {
  const { sentences, lineStarts, text } = analysis.model;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { start: s.start, end: s.end };
  }
  const line = lineOf(lineStarts, offset);
  const start = lineStarts[line]!;
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start, end };
}

function targetAt(analysis: Analysis, t: LanguageTable, h: HoverTable, offset: number): Target | undefined {
  const w = windowAt(analysis, offset);
  const text = analysis.model.folded.slice(w.start, w.end);
  const candidates: Target[] = [];
  const add = (cues: readonly string[], make: (span: Span) => Target): void => {
    if (!cues.length) return;
    for (const hit of all(cues, text)) {
      const span = { start: w.start + hit.index, end: w.start + hit.end };
      if (span.start <= offset && offset < span.end) candidates.push(make(span));
    }
  };

  for (const citation of findCitations(analysis, h, w.start, w.end)) {
    if (citation.start <= offset && offset < citation.end) candidates.push({ kind: 'citation', start: citation.start, end: citation.end, citation });
  }
  const rightsContext = inRightsSection(analysis, t, w.start);
  for (const right of HOVER_RIGHTS) {
    const make = (span: Span): Target => ({ kind: 'right', right, ...span });
    add(h.rightTerms[right] ?? [], make);
    if (right === 'withdraw-consent') add(t.rights.withdrawConsent, make);
    else if (right === 'complaint') {
      // The authority's name is the right to complain only where the sentence speaks of complaining.
      if (has(t.rights.complaintAction, text)) add(t.rights.authority, make);
    } else {
      add(t.rights.named[right], make);
      // Words like "delete" or "correct" name a right only in a section about rights.
      if (rightsContext) add(t.rights.described[right], make);
    }
  }
  for (const ground of BASES) {
    const make = (span: Span): Target => ({ kind: 'ground', ground, ...span });
    add(t.basis.grounds[ground], make);
    add(h.groundTerms[ground] ?? [], make);
  }
  add(h.basisTerms, (span) => ({ kind: 'basis', ...span }));

  let best: Target | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    else {
      const d = c.end - c.start - (best.end - best.start);
      if (d > 0 || (d === 0 && PRIORITY[c.kind] > PRIORITY[best.kind])) best = c;
    }
  }
  return best;
}

/** Whether the section at `offset`, or one it belongs to, is about the reader's rights. */
function inRightsSection(analysis: Analysis, t: LanguageTable, offset: number): boolean {
  const { sections } = analysis.model;
  for (let i = analysis.model.sectionAt(offset); i >= 0; i = sections[i]!.parent) {
    if (has(t.topics.rights, sections[i]!.title)) return true;
  }
  return false;
}

/** The section whose heading line holds `offset`. */
function headingAt(analysis: Analysis, offset: number): number | undefined {
  const { sections, blocks } = analysis.model;
  const i = analysis.model.sectionAt(offset);
  if (i < 0) return undefined;
  const block = blocks[sections[i]!.heading];
  if (!block || offset < block.start || offset >= Math.max(block.end, sections[i]!.titleEnd)) return undefined;
  return i;
}

// ------------------------------------------------------------------------ rendering

function renderTarget(analysis: Analysis, t: LanguageTable, h: HoverTable, target: Target): string {
  switch (target.kind) {
    case 'ground':
      return renderGround(analysis, t, h, target.ground);
    case 'right':
      return renderRight(analysis, t, h, target.right);
    case 'basis':
      return renderBasis(analysis, t, h);
    case 'citation': {
      const c = target.citation;
      const ground = c.article === 6 && c.paragraph === 1 && c.point ? groundOfPoint(h, c.point) : undefined;
      return ground ? renderGround(analysis, t, h, ground) : renderCitation(analysis, t, h, c);
    }
  }
}

function groundOfPoint(h: HoverTable, point: string): Basis | undefined {
  return BASES.find((b) => h.grounds[b].provision.point === point);
}

function renderGround(analysis: Analysis, t: LanguageTable, h: HoverTable, ground: Basis): string {
  const g = h.grounds[ground];
  const out = [title(g.title, cite(t, h, g.provision)), fill(g.requires, t)];
  if (g.consequences.length) {
    const items = g.consequences.map((c) => `- ${fill(c.text, t)}${statusSuffix(analysis, h, c.rule)}`);
    out.push(`**${h.labels.mustAlsoSay}${colon(h)}**\n\n${items.join('\n')}`);
  }
  out.push(eurLex(t, h, g.provision));
  return out.join('\n\n');
}

function renderRight(analysis: Analysis, t: LanguageTable, h: HoverTable, right: HoverRight): string {
  const r = h.rights[right];
  const out = [
    title(r.title, cite(t, h, r.provision)),
    `**${h.labels.gives}${colon(h)}** ${fill(r.gives, t)}`,
    `**${h.labels.limits}${colon(h)}** ${fill(r.limits, t)}`,
    `**${h.labels.answer}${colon(h)}** ${fill(r.answer, t)}`,
  ];
  const status = statusLine(analysis, h, r.rule);
  if (status) out.push(status);
  out.push(eurLex(t, h, r.provision));
  return out.join('\n\n');
}

function renderBasis(analysis: Analysis, t: LanguageTable, h: HoverTable): string {
  const relied = BASES.filter((b) => reliesOn(analysis, t, b));
  const out = [title(h.labels.legalBasis, cite(t, h, { article: 6, paragraph: 1 })), fill(h.labels.legalBasisText, t)];
  out.push(
    relied.length
      ? `**${h.labels.groundsHere}${colon(h)}** ${relied.map((b) => `${h.grounds[b].title} (${t.cite(6, 1, h.grounds[b].provision.point)})`).join(', ')}`
      : h.labels.noGroundsHere,
  );
  out.push(eurLex(t, h, { article: 6 }));
  return out.join('\n\n');
}

/** Whether a sentence the analysis counted as the notice's legal basis names this ground. */
function reliesOn(analysis: Analysis, t: LanguageTable, ground: Basis): boolean {
  const f = findingOf(analysis, 'legal-basis');
  if (!f || f.status !== 'present') return false;
  return f.evidence.some((e) => has(t.basis.grounds[ground], analysis.model.folded.slice(e.start, e.end)));
}

function renderCitation(analysis: Analysis, t: LanguageTable, h: HoverTable, c: Citation): string {
  if (c.to !== undefined) {
    const lines: string[] = [];
    for (let n = c.article; n <= c.to; n++) {
      const a = h.articles[n];
      if (a) lines.push(`- ${t.cite(n)}: ${a.title}`);
    }
    const heading = `**${fill(h.labels.articleRange.replace('{from}', String(c.article)).replace('{to}', String(c.to)), t)}**`;
    return [heading, lines.join('\n'), eurLex(t, h, { article: c.article })].filter(Boolean).join('\n\n');
  }
  const provision: Provision = { article: c.article, paragraph: c.paragraph, point: c.point };
  const a: ArticleHover | undefined = h.articles[c.article];
  if (!a) return [title(cite(t, h, provision)), h.labels.articleUnknown, eurLex(t, h, provision)].join('\n\n');
  const out = [title(cite(t, h, provision), a.title)];
  const part = partText(a, c.paragraph, c.point);
  if (part) out.push(fill(part, t));
  // The article's gist too, unless the part shown is the whole point of a short article.
  if (!part || c.point !== undefined || c.paragraph !== undefined) out.push(part ? `*${fill(a.summary, t)}*` : fill(a.summary, t));
  const status = citedItems(analysis, t, h, provision);
  if (status) out.push(status);
  out.push(eurLex(t, h, provision));
  return out.join('\n\n');
}

/** The most specific text the table has for a paragraph and point: "2(c)", else "2". */
function partText(a: ArticleHover, paragraph?: number, point?: string): string | undefined {
  if (paragraph === undefined || !a.parts) return undefined;
  return (point !== undefined ? a.parts[`${paragraph}(${point})`] : undefined) ?? a.parts[String(paragraph)];
}

function renderHeading(analysis: Analysis, t: LanguageTable, h: HoverTable, index: number): string {
  const s = analysis.model.sections[index]!;
  const coverage = sectionCoverage(analysis)[index]!;
  const out = [`**${escape(h.labels.section.replace('{title}', s.title))}**`];
  if (coverage.covered.length) {
    const items = coverage.covered.map((c) => `- ${t.rules[c.id].title}${colon(h)} ${c.inHeading ? escape(h.labels.namedInHeading) : quote(analysis, h, c.evidence)}`);
    out.push(`**${h.labels.covers}${colon(h)}**\n\n${items.join('\n')}`);
  }
  if (coverage.inSubsections.length) {
    const { sections } = analysis.model;
    const items = coverage.inSubsections.map((c) => {
      const title = sections[c.section]!.title;
      // Where only the subsection's heading names the item, that is said, not quoted as if it were a sentence.
      const where = c.inHeading
        ? `${escape(h.labels.namedInSubheading.replace('{title}', title))} (${lineLabel(analysis, h, c.evidence)})`
        : `${quote(analysis, h, c.evidence)} ${escape(h.labels.underSection.replace('{title}', title))}`;
      return `- ${t.rules[c.id].title}${colon(h)} ${where}`;
    });
    out.push(`**${h.labels.subsectionsCover}${colon(h)}**\n\n${items.join('\n')}`);
  }
  if (!coverage.covered.length && !coverage.inSubsections.length) out.push(h.labels.coversNothing);
  if (coverage.missing.length) {
    const items = coverage.missing.map((id) => `- ${t.rules[id].title} (${CATALOGUE[id].articles.map((r) => t.cite(r.article, r.paragraph, r.point)).join(', ')})`);
    out.push(`**${h.labels.missingHere}${colon(h)}**\n\n${items.join('\n')}`);
  }
  return out.join('\n\n');
}

// ------------------------------------------------------------------------ status of the notice

/**
 * For a provision that is itself a checklist item (Art. 13(2)(a), Art. 21, Art. 77...): whether
 * the notice gives each item resting on exactly that provision.
 */
function citedItems(analysis: Analysis, t: LanguageTable, h: HoverTable, p: Provision): string | undefined {
  const items: string[] = [];
  for (const spec of Object.values(CATALOGUE)) {
    if (spec.kind === 'quality') continue;
    if (!spec.articles.some((r) => r.article === p.article && r.paragraph === p.paragraph && r.point === p.point)) continue;
    const f = findingOf(analysis, spec.id);
    if (!f || f.status === 'not-applicable') continue;
    items.push(`- ${t.rules[spec.id].title}: ${statusText(analysis, h, f)}`);
  }
  return items.length ? `**${h.labels.thisNotice}${colon(h)}**\n\n${items.join('\n')}` : undefined;
}

function findingOf(analysis: Analysis, rule: RuleId): Finding | undefined {
  return analysis.findings.find((f) => f.id === rule && !f.hintOnly && (f.status === 'present' || f.status === 'missing' || f.status === 'not-applicable'));
}

/** "**This notice** says it: “…” (line 4)." or "does not say it yet."; nothing when the item does not apply. */
function statusLine(analysis: Analysis, h: HoverTable, rule: RuleId): string | undefined {
  const f = findingOf(analysis, rule);
  if (!f || f.status === 'not-applicable') return undefined;
  return `**${h.labels.thisNotice}** ${statusText(analysis, h, f)}`;
}

/** The status appended to a consequence: " — **This notice** says it: …". */
function statusSuffix(analysis: Analysis, h: HoverTable, rule: RuleId): string {
  const line = statusLine(analysis, h, rule);
  return line ? ` — ${line}` : '';
}

function statusText(analysis: Analysis, h: HoverTable, f: Finding): string {
  if (f.status !== 'present' || !f.evidence.length) return `${h.labels.doesNot}.`;
  // A sentence that says it, rather than a heading that only names it.
  const { model } = analysis;
  const said = f.evidence.find((e) => model.sectionAt(e.start) < 0 || !inHeading(analysis, model.sectionAt(e.start), e)) ?? f.evidence[0]!;
  return `${h.labels.does}${colon(h)} ${quote(analysis, h, said)}.`;
}

// ------------------------------------------------------------------------ small helpers

function title(name: string, detail?: string): string {
  return detail ? `**${escape(name)}** · ${escape(detail)}` : `**${escape(name)}**`;
}

/** "Art. 6(1)(a) GDPR", "art. 6 lid 1 onder a AVG"; a definition of Art. 4 as the language cites one. */
function cite(t: LanguageTable, h: HoverTable, p: Provision): string {
  const base = p.article === 4 && p.paragraph !== undefined ? h.labels.definition.replace('{n}', String(p.paragraph)) : t.cite(p.article, p.paragraph, p.point);
  return `${base} ${t.lawName}`;
}

function eurLex(t: LanguageTable, h: HoverTable, p: Provision): string {
  const label = fill(h.labels.onEurLex.replace('{cite}', t.cite(p.article)), t);
  return `[${escape(label)}](${eurLexUrl(t, { article: p.article })})`;
}

function fill(text: string, t: LanguageTable): string {
  return text.replace(/\{law\}/g, t.lawName);
}

const QUOTE_LENGTH = 90;

/** A short quotation of the sentence at `span`, without list or heading markup, with its line number. */
function quote(analysis: Analysis, h: HoverTable, span: Span): string {
  let text = analysis.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  text = text.replace(/^(?:#{1,6} |[-*+] |\d{1,3}[.)] |>\s?|\|\s?)+/, '').replace(/(?<!\s)\s*\|$/, '');
  if (text.length > QUOTE_LENGTH) {
    const cut = text.lastIndexOf(' ', QUOTE_LENGTH);
    text = `${text.slice(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH).replace(/(?<![\s,;:])[\s,;:]+$/, '')}…`;
  }
  return `${h.labels.quote.replace('{text}', escape(text))} (${lineLabel(analysis, h, span)})`;
}

/** "line 12": the line `span` starts on. */
function lineLabel(analysis: Analysis, h: HoverTable, span: Span): string {
  return h.labels.line.replace('{line}', String(analysis.positionAt(span.start).line + 1));
}

/** Escapes the characters Markdown would read as markup, so the notice's own text shows as written. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (ch) => `\\${ch}`);
}
