/**
 * Document links: every reference to an article of the GDPR opens that article on EUR-Lex in
 * the notice's language, and every supervisory authority or EU body the notice names opens its
 * website. Links never edit anything; they only give the reader the source.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis, Span } from './analysis';
import { searchBlocks, type DocumentModel } from './document';
import { findCitations } from './citations';
import { authorityWebsite } from './data/authorities';
import { HOVERS } from './data/hovers';
import { LINK_TARGETS } from './data/linkTargets';
import { eurLexUrl } from './diagnostics';
import { all } from './match';

/** The links of a notice, in text order; [] when its language is not supported. */
export function getDocumentLinks(analysis: Analysis): DocumentLink[] {
  const t = analysis.table;
  if (!t) return [];
  const found: { span: Span; target: string }[] = [];
  const h = HOVERS[t.lang];
  if (h) {
    for (const c of findCitations(analysis, h)) if (!inCode(analysis.model, c.start)) found.push({ span: c, target: eurLexUrl(t, { article: c.article }) });
  }
  const { folded } = analysis.model;
  for (const body of LINK_TARGETS) {
    const target = body.authority ? authorityWebsite(body.authority, t.lang) : body.url;
    if (!target) continue;
    for (const hit of all(body.cues, folded)) {
      if (insideMarkdownLink(folded, hit.index, hit.end) || inCode(analysis.model, hit.index)) continue;
      found.push({ span: { start: hit.index, end: hit.end }, target });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found.map(({ span, target }) => ({
    range: { start: analysis.positionAt(span.start), end: analysis.positionAt(span.end) },
    target,
  }));
}

/** Whether [start, end) is the text of a Markdown link ("[Autoriteit Persoonsgegevens](https://…)"), which links already. */
function insideMarkdownLink(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start);
  if (open < 0 || text.lastIndexOf(']', start) > open || text.lastIndexOf('\n', start) > open) return false;
  const close = text.indexOf(']', end);
  return close >= 0 && text[close + 1] === '(' && !text.slice(end, close).includes('\n');
}

/**
 * Whether `offset` lies in a code block or an HTML block of comments or scripts only, whose words
 * are not the notice's prose: the checks do not read them, and neither do hovers and links. (The
 * text of other HTML is read: its paragraphs and headings are blocks of their own, document.ts.)
 */
export function inCode(model: DocumentModel, offset: number): boolean {
  const b = model.blocks[searchBlocks(model.blocks, offset)];
  return b !== undefined && (b.kind === 'code' || b.kind === 'html');
}
