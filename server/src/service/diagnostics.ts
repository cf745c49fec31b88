/** Turns an analysis into LSP diagnostics: code = rule id, source = policy-author, message in the notice's language. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis, Finding } from './analysis';
import { CATALOGUE, NOTE_SEVERITY, type ArticleRef, type NoteId, type RuleId } from './catalogue';
import type { LanguageTable } from './data/types';
import { toSeverity, type Settings } from './settings';
import { clauseTable } from './clauses';
import { PLACEHOLDER_CODE, unfilledPlaceholders } from './placeholders';

export const SOURCE = 'policy-author';

/** What a quick fix needs, carried on the diagnostic so code actions stay stateless. */
export interface DiagnosticData {
  readonly id: RuleId;
  readonly language: string;
  readonly replacement?: string;
}

export function toDiagnostics(analysis: Analysis, settings: Settings, uri: string): Diagnostic[] {
  const t = analysis.table;
  if (!t) return [];
  const out: Diagnostic[] = [];
  for (const f of analysis.findings) {
    if ((f.status !== 'missing' && f.status !== 'problem') || f.suppressed) continue;
    const spec = CATALOGUE[f.id];
    const level = settings.rules[f.id] ?? spec.severity;
    if (level === 'off') continue;
    const severity = f.hintOnly ? DiagnosticSeverity.Hint : toSeverity(level);
    const d: Diagnostic = {
      range: { start: analysis.positionAt(f.range.start), end: analysis.positionAt(f.range.end) },
      severity,
      code: f.id,
      codeDescription: { href: eurLexUrl(t, spec.articles[0]!) },
      source: SOURCE,
      message: f.hintOnly ? t.phrases.dpoHint : message(t, f),
      data: { id: f.id, language: t.lang, replacement: f.replacement } satisfies DiagnosticData,
    };
    if (f.trigger) {
      d.relatedInformation = [
        { location: { uri, range: { start: analysis.positionAt(f.trigger.start), end: analysis.positionAt(f.trigger.end) } }, message: t.phrases.triggeredBy },
      ];
    }
    out.push(d);
  }
  out.push(...notes(analysis, settings, PLACEHOLDER_CODE, placeholderDiagnostics), ...notes(analysis, settings, OTHER_LANGUAGE_CODE, otherLanguageDiagnostics));
  return out;
}

/**
 * A note's diagnostics (made without a severity) at the severity the settings give it, else the
 * note's own, leaving out those the settings turn off and those a suppression comment silences
 * (the note's id for the whole notice, or for the block after a disable-next-line comment), as for
 * a rule's findings.
 */
function notes(analysis: Analysis, settings: Settings, id: NoteId, make: (analysis: Analysis) => Diagnostic[]): Diagnostic[] {
  const level = settings.rules[id] ?? NOTE_SEVERITY[id];
  if (level === 'off') return [];
  let found = make(analysis);
  const index = analysis.silenced;
  if (index && found.length && analysis.suppressions.some((s) => s.ids.includes(id))) {
    const starts = analysis.model.lineStarts;
    found = found.filter((d) => !index.covers(id, starts[d.range.start.line]! + d.range.start.character));
  }
  const severity = toSeverity(level);
  return found.map((d) => ({ ...d, severity }));
}

/** The code of the note on a part written in another language than the notice is checked in. */
export const OTHER_LANGUAGE_CODE = 'other-language' satisfies NoteId;

/**
 * A note on the first line of each part written in another language (see otherLanguageParts): the
 * checks read the whole notice with the words of its own language, so what such a part says
 * counts for no item, which a reader of the findings could not otherwise tell.
 */
function otherLanguageDiagnostics(analysis: Analysis): Diagnostic[] {
  const t = analysis.table!;
  return analysis.otherLanguages.map((part) => {
    const lineEnd = analysis.text.indexOf('\n', part.start);
    const end = Math.min(part.end, lineEnd === -1 ? analysis.text.length : lineEnd);
    return {
      range: { start: analysis.positionAt(part.start), end: analysis.positionAt(Math.max(part.start, analysis.text.slice(part.start, end).trimEnd().length + part.start)) },
      code: OTHER_LANGUAGE_CODE,
      source: SOURCE,
      message: t.phrases.otherLanguage.replaceAll('{language}', t.phrases.languages[part.language]),
    };
  });
}

/** A warning on each placeholder a drafted clause left unfilled (see placeholders.ts). */
function placeholderDiagnostics(analysis: Analysis): Diagnostic[] {
  const clauses = clauseTable(analysis.language);
  if (!clauses) return [];
  return unfilledPlaceholders(analysis).map((span) => ({
    range: { start: analysis.positionAt(span.start), end: analysis.positionAt(span.end) },
    code: PLACEHOLDER_CODE,
    source: SOURCE,
    message: clauses.unfilled.replace('{placeholder}', analysis.text.slice(span.start, span.end)),
  }));
}

/** The rule's message with {articles} and the finding's own values filled in. */
export function message(t: LanguageTable, f: Finding): string {
  const values: Record<string, string> = { articles: citeAll(t, CATALOGUE[f.id].articles), ...f.values };
  let text = t.rules[f.id].message.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
  if (f.replacement) text += ' ' + t.phrases.useInstead.replace('{replacement}', f.replacement);
  return text;
}

export function citeAll(t: LanguageTable, refs: readonly ArticleRef[]): string {
  return refs.map((r) => t.cite(r.article, r.paragraph, r.point)).join(', ');
}

/** The article on EUR-Lex, in the notice's language. */
export function eurLexUrl(t: LanguageTable, ref: ArticleRef): string {
  return `https://eur-lex.europa.eu/legal-content/${t.eurLexLang}/TXT/?uri=CELEX:32016R0679#art_${ref.article}`;
}
