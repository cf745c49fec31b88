/**
 * What a notice says about itself that a drafted clause can reuse: the controller's name, its
 * privacy contact, the supervisory authority of its jurisdiction. Read from the analysis, so a
 * clause says "Dom Cycles B.V." and "privacy@domcycles.example" instead of placeholders.
 */
import { EMAIL_SOURCE } from './text';
import type { Analysis } from './analysis';
import { clauseTable } from './clauses';
import type { NoticeFacts } from './data/clauseTypes';
import type { ClauseTable } from './data/clauses';
import { LEGAL_FORMS, LEGAL_FORMS_BEFORE, PRIVACY_MAILBOXES } from './data/organisations';
import { all, first } from './match';

/**
 * The facts of a notice: the controller's name (a name with a legal form, preferably in the
 * sentences that identify the controller, or the name the notice introduces as "we"), its
 * contact (a privacy mailbox anywhere, else an e-mail address in those sentences, else the
 * notice's first e-mail address), the supervisory authority its jurisdiction points to, and
 * `today` as the date of the last update. Empty for a language without clauses.
 */
export function noticeFacts(analysis: Analysis, today: Date = new Date()): NoticeFacts {
  const table = clauseTable(analysis.language);
  if (!table) return {};
  const identity = analysis.findings.find((f) => f.id === 'controller-identity' && f.status === 'present');
  const evidence = (identity?.evidence ?? []).map((s) => analysis.text.slice(s.start, s.end));
  const controller = controllerName(evidence, analysis.text, table);
  const contact = contactAddress(evidence, analysis.text);
  return {
    ...(controller ? { controller } : {}),
    ...(contact ? { contact } : {}),
    authority: jurisdiction(analysis.model.folded, table),
    date: formatDate(today, table.dateLocale),
  };
}

/** The authority of the first jurisdiction cue the notice contains, in the table's order; else the table's fallback. */
function jurisdiction(folded: string, table: ClauseTable): NonNullable<NoticeFacts['authority']> {
  for (const j of table.jurisdiction.cues) if (first(j.cues, folded)) return j.authority;
  return table.jurisdiction.fallback;
}

/** One formatter per locale: building an Intl.DateTimeFormat costs far more than formatting with it. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatDate(date: Date, locale: string): string {
  let format = DATE_FORMATS.get(locale);
  if (!format) DATE_FORMATS.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}

// ------------------------------------------------------------------ the controller's name

const FORM_AFTER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEGAL_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const FORM_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEGAL_FORMS_BEFORE.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** A word that can be part of a name: capitalised, a number, or an ampersand. */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*$|^&$/u;
/** Lower-case words inside names ("Bakkerij Korrel & Zoon", "Huis van de Kunst"). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'von', 'of', 'and', 'en', 'the', 'op']);
const MAX_WORDS = 6;

function controllerName(evidence: readonly string[], text: string, table: ClauseTable): string | undefined {
  for (const t of [...evidence, text.slice(0, 100_000)]) {
    const name = nameWithForm(t) ?? nameBeforeAlias(t, table);
    if (name) return name;
  }
  return undefined;
}

/** The first "Name Form" (Acme B.V.) or "Form Name" (Stichting Acme) in a text. */
function nameWithForm(text: string): string | undefined {
  let best: { index: number; name: string } | undefined;
  for (const m of text.matchAll(FORM_AFTER)) {
    const words = wordsBefore(text, m.index);
    if (words.length) {
      best = { index: m.index, name: `${words.join(' ')} ${m[0]}` };
      break;
    }
  }
  for (const m of text.matchAll(FORM_BEFORE)) {
    if (best && best.index < m.index) break;
    const rest = text.slice(m.index + m[0].length).split(/\r?\n/, 1)[0]!;
    const words: string[] = [];
    for (const w of rest.trim().split(/\s+/)) {
      const bare = w.replace(/(?<![,;:()])[,;:()]+$/, '');
      if (!NAME_WORD.test(bare) && !PARTICLES.has(bare)) break;
      words.push(bare);
      if (bare !== w || words.length >= MAX_WORDS) break;
    }
    while (words.length && PARTICLES.has(words[words.length - 1]!)) words.pop();
    if (words.length) {
      best = { index: m.index, name: `${m[0]} ${words.join(' ')}` };
      break;
    }
  }
  return best?.name.replace(/[.,;:]$/, (c) => (c === '.' ? c : ''));
}

/** The name written before "(hereinafter ...)" or `("we", "us")`. */
function nameBeforeAlias(text: string, table: ClauseTable): string | undefined {
  for (const hit of all(table.aliasIntro, text)) {
    const open = text.lastIndexOf('(', hit.index);
    if (open === -1 || hit.index - open > 12) continue;
    const words = wordsBefore(text, open);
    if (words.length) return words.join(' ');
  }
  return undefined;
}

/** The name words right before an offset, on the same line, without a leading particle. */
function wordsBefore(text: string, end: number): string[] {
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1) + 1, 0);
  const before = text.slice(lineStart, end);
  if (/[,;:(]\s*$/.test(before)) return [];
  const tokens = before.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < MAX_WORDS; i--) {
    const w = tokens[i]!;
    if (/[,;:)(]$/.test(w) || (!NAME_WORD.test(w) && !PARTICLES.has(w))) break;
    // Markdown emphasis or a list marker ends the name.
    if (/^[*_#>-]/.test(w)) break;
    words.unshift(w);
  }
  while (words.length && PARTICLES.has(words[0]!)) words.shift();
  return words.some((w) => /^\p{Lu}/u.test(w)) ? words : [];
}

// ------------------------------------------------------------------ the contact address

const EMAIL = new RegExp(EMAIL_SOURCE, 'gu');

function contactAddress(evidence: readonly string[], text: string): string | undefined {
  const everywhere = [...text.slice(0, 200_000).matchAll(EMAIL)].map((m) => m[0]);
  const privacy = everywhere.find((e) => PRIVACY_MAILBOXES.some((box) => e.toLowerCase().startsWith(`${box}@`)));
  if (privacy) return privacy;
  for (const t of evidence) {
    const m = t.match(EMAIL);
    if (m) return m[0];
  }
  return everywhere[0];
}
