/**
 * Which checklist items each section of a notice covers, and which belong in it but are
 * missing. Computed once per analysis and shared by the outline (a symbol's detail) and the
 * hover on a heading, so both always tell the same story.
 */
import type { Analysis, Span } from './analysis';
import type { RuleId } from './catalogue';

export interface CoveredItem {
  readonly id: RuleId;
  /** The first sentence in this section that satisfies the item. */
  readonly evidence: Span;
}

export interface SectionCoverage {
  /** Items with evidence in the section's own text (not its subsections), in catalogue order. */
  readonly covered: readonly CoveredItem[];
  /** Items reported missing on this section's heading, in catalogue order (hint-only and suppressed findings excluded). */
  readonly missing: readonly RuleId[];
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
      const seen = new Set<number>();
      for (const e of f.evidence) {
        const i = analysis.model.sectionAt(e.start);
        if (i < 0 || seen.has(i)) continue;
        seen.add(i);
        covered[i]!.push({ id: f.id, evidence: e });
      }
    } else if (f.status === 'missing' && !f.hintOnly && !f.suppressed) {
      const i = headingAt.get(f.range.start);
      if (i !== undefined && sections[i]!.titleEnd === f.range.end) missing[i]!.push(f.id);
    }
  }
  const result = sections.map((_, i) => ({ covered: covered[i]!, missing: missing[i]! }));
  cache.set(analysis, result);
  return result;
}
