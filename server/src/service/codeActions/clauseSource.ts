/**
 * The clause texts quick fixes insert, from the clause tables (clauses.ts) with the notice's own
 * facts filled in (facts.ts). This file only chooses and combines clauses; it words none.
 */
import type { Analysis } from '../analysis';
import type { RuleId } from '../catalogue';
import { clauseCatalogue, draftClause, renderEntryText, rewriteFor } from '../clauses';
import type { Clause, ClauseBlock, NoticeFacts } from '../data/clauseTypes';
import { noticeFacts } from '../facts';
import type { ClauseSource } from '../codeActions';

const factsCache = new WeakMap<Analysis, NoticeFacts>();
const factsOf = (analysis: Analysis): NoticeFacts => {
  let facts = factsCache.get(analysis);
  if (!facts) factsCache.set(analysis, (facts = noticeFacts(analysis)));
  return facts;
};

export const CLAUSE_SOURCE: ClauseSource = {
  draft: (analysis, id) => draftClause(analysis.language, id, factsOf(analysis)),
  rewrite: (analysis, kind) => rewriteFor(analysis.language, kind, factsOf(analysis)),
  group: rightsSection,
};

/**
 * One "Your rights" section for the rights a notice without a rights section lacks: the
 * all-rights clause's heading, lead-in and closing paragraphs, with only the missing rights in
 * its list (the notice states the others elsewhere), and the complaint paragraph when the right
 * to complain is among them.
 */
function rightsSection(analysis: Analysis, ids: readonly RuleId[]): Clause | undefined {
  const lang = analysis.language;
  const entry = clauseCatalogue(lang).find((e) => e.key === 'rights-all');
  const facts = factsOf(analysis);
  if (!entry) return undefined;
  const text = (template: string): string => renderEntryText(lang, { ...entry, item: template }, facts, { format: 'markdown', form: 'item' });
  const listed = ids.filter((id) => id !== 'right-complaint').map((id) => draftClause(lang, id, facts)?.item);
  const complaint = ids.includes('right-complaint') ? draftClause(lang, 'right-complaint', facts)?.item : undefined;
  if (listed.some((i) => i === undefined)) return undefined;
  const paragraphs = entry.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
  // The lead-in ("You have the following rights...:") and the closing paragraph on exercising them; the complaint paragraph comes from the complaint clause.
  const [lead, exercise] = paragraphs;
  const blocks: ClauseBlock[] = [];
  if (listed.length) {
    if (lead) blocks.push({ kind: 'paragraph', text: text(lead) });
    blocks.push({ kind: 'list', items: listed as string[] });
    if (exercise) blocks.push({ kind: 'paragraph', text: text(exercise) });
  }
  if (complaint) blocks.push({ kind: 'paragraph', text: complaint });
  return { title: text(entry.title), blocks, item: text(entry.item) };
}
