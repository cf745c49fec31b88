/** Runs the detectors over a document model: one Analysis per document version. */
import { CATALOGUE, RULE_IDS, type RuleId } from './catalogue';
import { Context } from './context';
import { TABLES } from './data';
import type { Lang, LanguageTable } from './data/types';
import { COMPLETENESS, QUALITY, mentionsDpo } from './detectors';
import { buildModel, type DocumentModel } from './document';
import { detectLanguage } from './language';
import { has, one } from './match';
import type { Position } from './text';

export type DetectedLanguage = 'en' | 'nl' | 'de' | 'fr' | 'unknown';

/** A stretch of the document's text, as UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type FindingStatus = 'present' | 'missing' | 'not-applicable' | 'problem';

export interface Finding {
  readonly id: RuleId;
  /** present/missing/not-applicable for completeness items; problem for a quality finding in the text. */
  readonly status: FindingStatus;
  /** Where a diagnostic goes (missing: the heading of the section it belongs in, or the title; problem: the offending words). */
  readonly range: Span;
  /** The sentences that satisfied the item (present), or the sentence with the problem. */
  readonly evidence: readonly Span[];
  /** What made a conditional item required. */
  readonly trigger?: Span;
  /** For outdated references: what to write instead. */
  readonly replacement?: string;
  /** Values for the message's {placeholders}. */
  readonly values?: Readonly<Record<string, string>>;
  /** A hint below the catalogue severity (no DPO mentioned at all: one may still have been appointed). */
  readonly hintOnly?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly language: DetectedLanguage;
  /** Whether the language has tables (en, nl, de); others are recognised but give no findings. */
  readonly supported: boolean;
  readonly looksLikeNotice: boolean;
  readonly model: DocumentModel;
  /** The table of the notice's language (undefined when unsupported). */
  readonly table?: LanguageTable;
  readonly findings: readonly Finding[];
  positionAt(offset: number): Position;
}

export interface AnalyzeOptions {
  readonly language: 'auto' | Lang;
  readonly format: 'markdown' | 'plaintext';
}

const isSupported = (l: DetectedLanguage): l is Lang => l in TABLES;

export function analyzeDocument(text: string, options: AnalyzeOptions): Analysis {
  const model = buildModel(text, options.format);
  const language: DetectedLanguage = options.language === 'auto' ? detectLanguage(model.folded) : options.language;
  const base = { text, language, model, positionAt: model.positionAt };
  if (!isSupported(language)) return { ...base, supported: false, looksLikeNotice: false, findings: [] };
  const table = TABLES[language];
  const ctx = new Context(model, table);
  return { ...base, supported: true, table, looksLikeNotice: looksLikeNotice(model, table), findings: detect(ctx) };
}

function detect(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const completeness = COMPLETENESS[id];
    if (completeness) {
      const v = completeness(ctx);
      const range = v.status === 'missing' ? whereMissing(ctx, id) : v.evidence[0] ?? ctx.model.titleSpan;
      findings.push({ id, status: v.status, range, evidence: v.evidence, trigger: v.trigger });
      if (id === 'dpo-contact' && v.status === 'not-applicable' && !mentionsDpo(ctx)) {
        findings.push({ id, status: 'missing', range: whereMissing(ctx, id), evidence: [], hintOnly: true });
      }
      continue;
    }
    const quality = QUALITY[id];
    if (!quality) continue;
    const problems = quality(ctx);
    for (const p of problems) {
      findings.push({ id, status: 'problem', range: p.range, evidence: p.evidence, replacement: p.replacement, values: p.values });
    }
    if (!problems.length) findings.push({ id, status: 'not-applicable', range: ctx.model.titleSpan, evidence: [] });
  }
  return findings;
}

/** A missing item goes on the heading of the section where a reader would add it, else on the title. */
function whereMissing(ctx: Context, id: RuleId): Span {
  const sec = ctx.sectionFor(CATALOGUE[id].topics);
  if (sec === -1) return ctx.model.titleSpan;
  const s = ctx.model.sections[sec]!;
  return { start: s.titleStart, end: s.titleEnd };
}

/** A privacy notice names itself so in its title or headings, or uses the vocabulary throughout. */
function looksLikeNotice(model: DocumentModel, t: LanguageTable): boolean {
  const title = model.folded.slice(model.titleSpan.start, model.titleSpan.end);
  if (has(t.noticeTitle, title)) return true;
  if (model.sections.some((s) => s.level <= 2 && has(t.noticeTitle, s.title))) return true;
  const sample = model.folded.slice(0, 50_000);
  const distinct = new Set<string>();
  for (const cue of t.noticeVocabulary) if (has(one(cue), sample)) distinct.add(cue);
  return distinct.size >= 5;
}
