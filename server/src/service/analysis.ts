/** Runs the detectors over a document model: one Analysis per document version. */
import { CATALOGUE, RULE_IDS, type RuleId } from './catalogue';
import { Context } from './context';
import { TABLES } from './data';
import type { Lang, LanguageTable } from './data/types';
import { COMPLETENESS, FIRST_EVIDENCE, QUALITY, mentionsDpo } from './detectors';
import { buildModel, type DocumentModel } from './document';
import { languageOf, lineWordsOf, otherLanguageParts, sampleWords, type LanguagePart } from './language';
import { one } from './match';
import { PLAIN_MATCHER, type AnalysisMemo, type Matcher } from './memo';
import { blankPlaceholders, findPlaceholders, type PlaceholderSpan } from './placeholders';
import { findSuppressions, maskSuppressions, suppressionIndex, type Suppression, type SuppressionIndex } from './suppress';
import { blanks, type Position } from './text';

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
  /** For a missing item: the index of the section where it belongs (the one its diagnostic is on), -1 when no section fits. */
  readonly section?: number;
  /** A suppression comment in the notice silences this finding: it is kept for the record but not reported. */
  readonly suppressed?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly language: DetectedLanguage;
  /** Whether the language has tables (en, nl, de, fr); others are recognised but give no findings. */
  readonly supported: boolean;
  readonly looksLikeNotice: boolean;
  readonly model: DocumentModel;
  /** The table of the notice's language (undefined when unsupported). */
  readonly table?: LanguageTable;
  readonly findings: readonly Finding[];
  /** The notice's suppression comments (see suppress.ts), in document order. */
  readonly suppressions: readonly Suppression[];
  /** What the comments silence, for the findings and the notes alike; undefined when there are none. */
  readonly silenced?: SuppressionIndex;
  /** Parts of the notice written in another supported language than the one it is checked in (see otherLanguageParts). */
  readonly otherLanguages: readonly LanguagePart[];
  positionAt(offset: number): Position;
}

export interface AnalyzeOptions {
  readonly language: 'auto' | Lang;
  readonly format: 'markdown' | 'plaintext';
}

const isSupported = (l: DetectedLanguage): l is Lang => l in TABLES;

/**
 * Analyses one version of a document. With `memo` (the memo of earlier versions of the same
 * document, see memo.ts), the parts an edit left unchanged are not matched again; the result is
 * the same as without it.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions, memo?: AnalysisMemo): Analysis {
  return finish(analysisSteps(text, options, memo));
}

/** Runs the steps of a generator to its end and returns its result. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analyzeDocument in steps: the generator pauses (yields) between the parts of the analysis
 * (the document model, the cue scan, each rule), so that a host can let other work go first,
 * or give up the analysis of a version that was superseded by not asking for the rest (or
 * calling `return()`). Run to its end, it returns what analyzeDocument returns.
 */
export function* analysisSteps(text: string, options: AnalyzeOptions, memo?: AnalysisMemo): Generator<void, Analysis, void> {
  memo?.nextGeneration();
  // Suppression comments are instructions to the checker, not content: the model reads them as blank.
  const suppressions = findSuppressions(text, options.format);
  const model = buildModel(maskSuppressions(text, suppressions), options.format, memo);
  yield;
  // The function words of the sample tell the language, and line by line the parts in another one.
  const lineCounts = memo?.lineCounts(model);
  const sample = lineCounts ? { whole: undefined, lines: lineWordsOf(lineCounts) } : sampleWords(model);
  const language: DetectedLanguage = options.language !== 'auto' ? options.language : languageOf(lineCounts ?? [sample.whole!]);
  const silenced = suppressions.length ? suppressionIndex(suppressions, model.blocks) : undefined;
  const base = { text, language, model, suppressions, silenced, positionAt: model.positionAt };
  if (!isSupported(language)) {
    memo?.completed();
    return { ...base, supported: false, looksLikeNotice: false, findings: [], otherLanguages: [] };
  }
  const otherLanguages = otherLanguageParts(model, language, sample.lines);
  const table = TABLES[language];
  // A drafted clause's placeholders are blanks: the checks read them blanked out, and each counts
  // only for the items of the clause that wrote it (see `detect`).
  // A generator's blanks ("[Insert ... here]", "XXX") are read blanked out too, for every item.
  const placeholders = findPlaceholders(text, language);
  const read = blankPlaceholders(model, withBlanks(text, placeholders));
  const ctx = new Context(read, table, memo);
  yield;
  let findings = yield* detect(ctx, placeholders.length ? { spans: placeholders, context: () => new Context(model, table, memo) } : undefined);
  if (silenced) {
    findings = findings.map((f) => (f.status !== 'present' && f.status !== 'not-applicable' && silenced.covers(f.id, f.range.start) ? { ...f, suppressed: true } : f));
  }
  // The model as the checks read it: hovers, facts and links do not take a placeholder's words for the notice's either.
  const analysis = { ...base, model: read, supported: true, table, looksLikeNotice: looksLikeNotice(read, table, memo ?? PLAIN_MATCHER), findings, otherLanguages };
  memo?.completed();
  return analysis;
}

/**
 * An item's evidence beyond its first sentences is kept only where the section's heading is
 * about the item (its first topic): "7. Widerspruchsrecht" keeps the right to object, but a
 * rights section that mentions a purpose in passing does not become a section on purposes.
 */
function keptEvidence(ctx: Context, id: RuleId, evidence: readonly Span[]): readonly Span[] {
  if (evidence.length <= FIRST_EVIDENCE) return evidence;
  const topic = CATALOGUE[id].topics[0];
  if (topic === undefined) return evidence.slice(0, FIRST_EVIDENCE);
  return evidence.filter((e, k) => k < FIRST_EVIDENCE || ctx.topicsOfSection(ctx.model.sectionAt(e.start)).has(topic));
}

/** Our own placeholders and a generator's blanks (text.ts), in order, a blank inside or over a placeholder left out. */
function withBlanks(text: string, own: readonly Span[]): readonly Span[] {
  const found = blanks(text).filter((b) => !own.some((p) => p.start < b.end && b.start < p.end));
  return found.length ? [...own, ...found].sort((a, b) => a.start - b.start) : own;
}

/** The placeholders of drafted clauses in a notice, and the notice read with them (made when needed). */
interface Placeholders {
  readonly spans: readonly PlaceholderSpan[];
  readonly context: () => Context;
}

/**
 * Every rule's findings, pausing after each rule (see analysisSteps). `ctx` reads the notice with
 * its placeholders blanked out; an item missing there is read again with the placeholders of its
 * own clauses, and is present when that reading finds it in a sentence holding one of them: an
 * inserted clause answers its own item at once, with its blanks still to be filled in.
 */
function* detect(ctx: Context, placeholders?: Placeholders): Generator<void, Finding[], void> {
  const findings: Finding[] = [];
  let withPlaceholders: Context | undefined;
  for (const [k, id] of RULE_IDS.entries()) {
    if (k > 0) yield;
    const completeness = COMPLETENESS[id];
    if (completeness) {
      let v = completeness(ctx);
      let from = ctx;
      const own = placeholders?.spans.filter((p) => p.owners.has(id)) ?? [];
      if (v.status === 'missing' && own.length) {
        withPlaceholders ??= placeholders!.context();
        const again = completeness(withPlaceholders);
        if (again.status === 'present' && again.evidence.some((e) => own.some((p) => p.start < e.end && e.start < p.end))) {
          v = again;
          from = withPlaceholders;
        }
      }
      if (v.status === 'missing') {
        findings.push({ id, status: v.status, ...whereMissing(ctx, id), evidence: v.evidence, trigger: v.trigger });
      } else {
        findings.push({ id, status: v.status, range: v.evidence[0] ?? ctx.model.titleSpan, evidence: keptEvidence(from, id, v.evidence), trigger: v.trigger });
      }
      if (id === 'dpo-contact' && v.status === 'not-applicable' && !mentionsDpo(ctx)) {
        findings.push({ id, status: 'missing', ...whereMissing(ctx, id), evidence: [], hintOnly: true });
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
function whereMissing(ctx: Context, id: RuleId): { range: Span; section: number } {
  const section = ctx.sectionFor(CATALOGUE[id].topics);
  if (section === -1) return { range: ctx.model.titleSpan, section };
  const s = ctx.model.sections[section]!;
  return { range: { start: s.titleStart, end: s.titleEnd }, section };
}

/** A privacy notice names itself so in its title or headings, or uses the vocabulary throughout. */
function looksLikeNotice(model: DocumentModel, t: LanguageTable, matcher: Matcher): boolean {
  // A text of its own: a document's memo keeps the texts it is asked about, and a slice would keep the whole text.
  const title = (' ' + model.folded.slice(model.titleSpan.start, model.titleSpan.end)).slice(1);
  if (matcher.has(t.noticeTitle, title)) return true;
  if (model.sections.some((s) => s.level <= 2 && matcher.has(t.noticeTitle, s.title))) return true;
  const sample = model.folded.slice(0, 50_000);
  const distinct = new Set<string>();
  // Each cue is a search of the whole sample: none after the fifth found.
  for (const cue of t.noticeVocabulary) if (!distinct.has(cue) && matcher.has(one(cue), sample) && distinct.add(cue).size >= 5) return true;
  return false;
}
