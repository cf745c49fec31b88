/**
 * Which checklist items each section of a notice covers, and which belong in it but are
 * missing. Computed once per analysis and shared by the outline (a symbol's detail) and the
 * hover on a heading, so both always tell the same story.
 */
import type { Analysis, Span } from './analysis';
import type { RuleId } from './catalogue';

export interface CoveredItem {
  readonly id: RuleId;
  /**
   * The first sentence of this section's text that satisfies the item, or, when none does, its
   * heading (the heading names the item, the text only goes on about it).
   */
  readonly evidence: Span;
  /** The evidence is the section's heading, not a sentence of its text. */
  readonly inHeading: boolean;
}

export interface SectionCoverage {
  /** Items with evidence in the section's own text (not its subsections), in catalogue order. */
  readonly covered: readonly CoveredItem[];
  /** Items reported missing on this section's heading, in catalogue order (hint-only and suppressed findings excluded). */
  readonly missing: readonly RuleId[];
  /**
   * Items its subsections cover that its own text does not, each with the first subsection (its
   * index in `sections`) and sentence that does, in catalogue order: a reader takes "Your rights"
   * to cover what its parts "Right of access" and "Right to object" say.
   */
  readonly inSubsections: readonly SubsectionItem[];
}

export interface SubsectionItem extends CoveredItem {
  readonly section: number;
}

const cache = new WeakMap<Analysis, readonly SectionCoverage[]>();

/** One entry per section of `analysis.model.sections`, same index. */
export function sectionCoverage(analysis: Analysis): readonly SectionCoverage[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const { sections } = analysis.model;
  const covered: CoveredItem[][] = sections.map(() => []);
  const missing: RuleId[][] = sections.map(() => []);
  const headingAt = new Map<number, number>();
  sections.forEach((s, i) => headingAt.set(s.titleStart, i));
  for (const f of analysis.findings) {
    if (f.status === 'present') {
      /** Where in `covered[i]` this item stands, per section. */
      const at = new Map<number, number>();
      for (const e of f.evidence) {
        const i = analysis.model.sectionAt(e.start);
        if (i < 0) continue;
        const item = { id: f.id, evidence: e, inHeading: inHeading(analysis, i, e) };
        const k = at.get(i);
        if (k === undefined) {
          at.set(i, covered[i]!.length);
          covered[i]!.push(item);
        } else if (covered[i]![k]!.inHeading && !item.inHeading) {
          // A heading names the item; the sentence of its text that says it shows more.
          covered[i]![k] = item;
        }
      }
    } else if (f.status === 'missing' && !f.hintOnly && !f.suppressed) {
      const i = headingAt.get(f.range.start);
      if (i !== undefined && sections[i]!.titleEnd === f.range.end) missing[i]!.push(f.id);
    }
  }
  // Subsections follow their section, up to where its whole text (subsections included) ends.
  const rank = new Map<RuleId, number>();
  analysis.findings.forEach((f, n) => { if (!rank.has(f.id)) rank.set(f.id, n); });
  const result = sections.map((section, i) => {
    const own = new Set(covered[i]!.map((c) => c.id));
    const inSubsections: SubsectionItem[] = [];
    for (let j = i + 1; j < sections.length && sections[j]!.start < section.fullEnd; j++) {
      for (const c of covered[j]!) {
        if (own.has(c.id)) continue;
        own.add(c.id);
        inSubsections.push({ ...c, section: j });
      }
    }
    inSubsections.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    return { covered: covered[i]!, missing: missing[i]!, inSubsections };
  });
  cache.set(analysis, result);
  return result;
}

/** Whether `span` lies in the heading of section `i` (a heading's words are one sentence). */
export function inHeading(analysis: Analysis, i: number, span: Span): boolean {
  const { sections, blocks } = analysis.model;
  return span.start <= blocks[sections[i]!.heading]!.end;
}
