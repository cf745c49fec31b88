/**
 * Generated documents and the properties every feature of the language service must keep on
 * them: no exception, every range inside its document and on UTF-16 boundaries, every edit
 * applying cleanly (completions and code actions). Shared by the seeded run in `npm test` (test/unit/fuzz.test.ts) and the long
 * run of `npm run fuzz` (scripts/fuzz.ts).
 *
 * The documents mix real notice words (the language tables' cues, the corpus notices' lines) with
 * what breaks naive text code: binary bytes, NUL, lone surrogates, mixed line ends, long lines,
 * deep nesting, right-to-left text, emoji, zero-width characters, HTML, unterminated code fences
 * and cue phrases repeated many times.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { TABLES } from '../../server/src/service/data';
import { createPolicyService, DEFAULT_SETTINGS, type PolicyService, type Settings } from '../../server/src/service';
import { assertFoldingInside, assertPositionInside, assertRangeInside, assertSymbolsInside, linesOf } from './ranges';

const CORPUS = path.resolve(__dirname, '..', 'fixtures', 'corpus');

/** Every string in a language table (cues are regular-expression sources; `phraseOf` makes them text). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/** A cue's source as plain words: the first alternative of each group, without the expression syntax. */
export function phraseOf(cue: string): string {
  let text = cue.replace(/\\w\+?|\\s[+*]?|\\d[+*]?|\\b/g, ' ').replace(/\(\?:/g, '(');
  for (let i = 0; i < 5; i++) text = text.replace(/\(([^()|]*)(?:\|[^()]*)?\)\??/g, '$1');
  return text.replace(/[\\^$?*+{}[\]|()]/g, '').replace(/\s+/g, ' ').trim();
}

const corpusLines = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split(/\r?\n/))
  .filter((l) => l.trim().length > 0);
const cuePhrases = [...new Set(Object.values(TABLES).flatMap((t) => stringsIn(t).map(phraseOf)))].filter((p) => p.length > 1 && p.length < 80);
const words = [...new Set([...corpusLines, ...cuePhrases].flatMap((l) => l.split(/\s+/)).filter((w) => w.length > 0))];

/** The vocabulary sizes, for the report of `npm run fuzz`. */
export const VOCABULARY = { corpusLines: corpusLines.length, cuePhrases: cuePhrases.length, words: words.length };

const ODD = [
  '\u0000', '\ud800', '\udc00', '\udbff', '😀', '👩🏽‍⚖️', '🇪🇺', '\u200b', '\u200c', '\u200d', '\ufeff', '\u202e', '\u2066', '\u00ad', '\t', '\u000b', '\u000c',
  '\u0085', '\u2028', '\u2029', 'ﬁ', 'İ', 'ß', 'ŉ', '\u0301', 'مرحبا بكم في سياسة الخصوصية', 'מדיניות פרטיות', '隐私政策', '\uFFFD', '\uFFFF',
];
const MARKUP = [
  '<div>', '</div>', '<!--', '-->', '<script>alert(1)</script>', '<br/>', '&nbsp;', '&#0;', '<p>', '</p>', '<h2>', '<li>', '<td>', '<tr>', '<b x=">">', '&eacute;', '&#x1F600;', '&#55296;', 'verwij-\nderen', 'be-\r\n  perken', 'Lö\u00ADschung', '\u00AD', 'x-\n', '-\nen', '[link](http://x)', '![img](x.png)', '**', '__', '`', '```', '~~~',
  '```js', '|', '| a | b |', '|---|---|', '---', '***', '> ', '>> ', '- ', '* ', '+ ', '1. ', '1) ', '#', '## ', '###### ', '####### ', '[^1]', '\\', '<https://x>', '{#id}',
];
const LINE_ENDS = ['\n', '\r\n', '\r'];
/** Titles in every supported language, so that `auto` detects each of them. */
const TITLES = [
  '# Privacy Policy', 'Privacy Statement', '## Privacy notice',
  '# Privacyverklaring', 'PRIVACYVERKLARING',
  '# Datenschutzerklärung', 'DATENSCHUTZHINWEISE',
  '# Politique de confidentialité', 'DÉCLARATION DE CONFIDENTIALITÉ',
];

const word = fc.constantFrom(...words);
const phrase = fc.constantFrom(...cuePhrases);
const corpusLine = fc.constantFrom(...corpusLines);
const sentence = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: phrase }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }), { maxLength: 25 }).map((ws) => ws.join(' '));
const binary = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }).map((bytes) => String.fromCharCode(...bytes));
const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((codes) => String.fromCharCode(...codes));
const nested = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom('  - ', '> ', '#', '1. ', '  ', '>- ', '\t* '), sentence)
  .map(([depth, marker, text]) => marker.repeat(depth) + ' ' + text);
const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([n, text]) => '#'.repeat(n) + ' ' + text);
const numbered = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ')', '.1.', ''), sentence).map(([n, dot, text]) => `${n}${dot} ${text}`);
const repeated = fc.tuple(phrase, fc.integer({ min: 2, max: 300 }), fc.constantFrom(' ', '. ', '\n', '')).map(([p, n, sep]) => Array(n).fill(p).join(sep));
const fence = fc.tuple(fc.constantFrom('```', '~~~', '````', '    '), sentence).map(([f, text]) => `${f}\n${text}`);

/** One line (or a few) of a generated document. */
const piece = fc.oneof(
  { weight: 8, arbitrary: corpusLine },
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: numbered },
  { weight: 2, arbitrary: nested },
  { weight: 1, arbitrary: repeated },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: binary },
  { weight: 1, arbitrary: units },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A generated document: pieces joined by a mix of line ends (sometimes none), in Markdown or plain text. */
export interface GeneratedDocument {
  readonly text: string;
  readonly languageId: 'markdown' | 'plaintext';
  readonly settings: Settings;
  /** Offsets (in UTF-16 units, may exceed the text) at which hovers, completions and code actions are asked. */
  readonly probes: readonly number[];
}

export const documentArbitrary: fc.Arbitrary<GeneratedDocument> = fc
  .record({
    pieces: fc.array(fc.tuple(piece, fc.constantFrom(...LINE_ENDS, ...LINE_ENDS, '\n\n', ' ', '')), { maxLength: 40 }),
    title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
    languageId: fc.constantFrom('markdown' as const, 'plaintext' as const),
    language: fc.constantFrom<Settings['language']>('auto', 'auto', 'en', 'nl', 'de', 'fr'),
    probes: fc.array(fc.nat({ max: 20_000 }), { maxLength: 6 }),
  })
  .map(({ pieces, title, languageId, language, probes }) => {
    const body = pieces.map(([p, end]) => p + end).join('');
    const text = title === undefined ? body : `${title}\n\n${body}`;
    // Probes at the very start and end, past the end, and spread over the text.
    const all = [0, text.length, text.length + 5, ...probes.map((p) => (text.length === 0 ? 0 : p % (text.length + 1)))];
    return { text, languageId, settings: { ...DEFAULT_SETTINGS, language, documents: 'all' as const }, probes: all };
  });

/** Documents that are rare under random generation but must be handled: long lines, deep nesting, repeated cues. */
export function edgeDocuments(): GeneratedDocument[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, documents: 'all' };
  const make = (text: string, languageId: 'markdown' | 'plaintext' = 'markdown', language: Settings['language'] = 'auto'): GeneratedDocument => ({
    text,
    languageId,
    settings: language === 'auto' ? settings : { ...settings, language },
    probes: [0, text.length >> 1, text.length],
  });
  const notice = corpusLines.slice(0, 60).join('\n');
  // German and French have no annotated corpus notice: their tables' own phrases make a notice-like text.
  const phrasesOf = (lang: 'de' | 'fr'): string[] => [...new Set(stringsIn(TABLES[lang]).map(phraseOf))].filter((p) => p.length > 3 && p.length < 80);
  const german = phrasesOf('de');
  const french = phrasesOf('fr');
  return [
    make('# Datenschutzerklärung\n\n' + german.join('.\n'), 'markdown', 'de'),
    make('DATENSCHUTZERKLÄRUNG\r\n\r\n' + german.join('. ').repeat(3), 'plaintext'),
    make('# Politique de confidentialité\n\n' + french.map((p, i) => (i % 7 === 0 ? `## ${p}` : `- ${p}`)).join('\n'), 'markdown', 'fr'),
    make('POLITIQUE DE CONFIDENTIALITÉ\r' + french.join('. ').repeat(3), 'plaintext'),
    make('# Politique de confidentialité\n\n' + `${french[0]} `.repeat(5000), 'markdown', 'fr'),
    make('# Datenschutzerklärung\n\n' + `${german[0]}. `.repeat(5000), 'plaintext', 'de'),
    make(''),
    make('\r'),
    make('\r\n\r\n'),
    make('\n\r'),
    make('#'),
    make('```'),
    make('😀'),
    make('\ud800'),
    make('# Privacy Policy\n' + 'x'.repeat(100 * 1024)),
    make('# Privacy Policy\n' + `${cuePhrases[0]} `.repeat(5000), 'plaintext'),
    make('# Privacy Policy\n\n' + 'We keep your data as long as necessary. '.repeat(2500)),
    make('# Privacy Policy\n\n' + 'You have the right to object.\n'.repeat(10_000)),
    make('# Privacy Policy\n' + '#'.repeat(10_000) + ' rights\n' + '>'.repeat(10_000) + ' consent'),
    make('# Privacy Policy\n' + Array.from({ length: 2000 }, (_, i) => '  '.repeat(i % 200) + '- right of access').join('\n')),
    make('# Privacy Policy\n```\n' + notice),
    make(notice.replace(/\n/g, '\r')),
    make(notice.replace(/\n/g, '\r\n'), 'plaintext'),
    make(notice.split('').join('\u200b')),
    make('\u202e' + notice + '\u202c'),
    make('# Privacy Policy\n' + '\ud83d'.repeat(1000) + '\udc00'.repeat(1000)),
    make('# Privacy Policy\n' + '😀'.repeat(30_000)),
    make(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1')),
  ];
}

/** Offsets → positions by LSP's line counting, for probing. */
function positionAtOffset(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/** Whether an offset falls between the two halves of a surrogate pair (where no editor puts the cursor). */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Applies non-overlapping edits to `text` as an editor does (ranges in the original text). */
export function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** Whether `small` is a subsequence of `big` (every unit of it, in order). */
export function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big.charCodeAt(j) === small.charCodeAt(i)) i++;
  return i === small.length;
}

/**
 * Runs every feature of a fresh service on the document and fails (throws) on the first broken
 * property. Returns how many things it checked, so a run can report it.
 */
export function checkDocument(doc: GeneratedDocument, service: PolicyService = createPolicyService()): number {
  const uri = doc.languageId === 'markdown' ? 'file:///fuzz/notice.md' : 'file:///fuzz/notice.txt';
  const document = TextDocument.create(uri, doc.languageId, 1, doc.text);
  const { text, settings } = doc;
  const lines = linesOf(text);
  let checked = 0;
  const inside = (range: Range, what: string): void => {
    assertRangeInside(text, range, what, lines);
    checked++;
  };

  const diagnostics = service.getDiagnostics(document, settings, { force: true });
  for (const d of diagnostics) {
    inside(d.range, `diagnostic ${String(d.code)}`);
    for (const related of d.relatedInformation ?? []) inside(related.location.range, `diagnostic ${String(d.code)} related`);
  }
  assertSymbolsInside(text, service.getDocumentSymbols(document, settings, { force: true }), 'outline', lines);
  for (const f of service.getFoldingRanges(document, settings, { force: true })) assertFoldingInside(text, f, 'folding range', lines);
  for (const l of service.getDocumentLinks(document, settings, { force: true })) inside(l.range, `link ${l.target}`);

  for (const offset of doc.probes) {
    // Editors never place the cursor inside a surrogate pair; step past one.
    const position = positionAtOffset(document, splitsPair(text, offset) ? offset + 1 : offset);
    assertPositionInside(text, position, 'probe', lines);
    const hover = service.getHover(document, settings, position, { force: true });
    if (hover?.range) inside(hover.range, `hover at ${position.line}:${position.character}`);
    // Which of the original text an edit keeps depends only on its ranges, not on what it inserts:
    // one item per distinct set of ranges is applied (the items at one position share theirs).
    const applied = new Set<string>();
    for (const item of service.getCompletions(document, position, settings, { force: true })) {
      const edits: TextEdit[] = [];
      if (item.textEdit && 'range' in item.textEdit) edits.push(item.textEdit);
      edits.push(...(item.additionalTextEdits ?? []));
      for (const edit of edits) inside(edit.range, `completion ${item.label}`);
      if (edits.length > 0 && edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character)) {
        const ranges = edits.map((e) => `${e.range.start.line}:${e.range.start.character}`).join(' ');
        if (applied.has(ranges)) continue;
        applied.add(ranges);
        const result = applyEdits(document, edits);
        if (!isSubsequence(text, result)) throw new Error(`completion ${item.label} loses text of the document`);
      }
    }
  }
  checked += checkCodeActions(service, document, settings, diagnostics, lines);

  // An out-of-range position, as a client with a stale view of the document sends.
  service.getHover(document, settings, { line: lines.length + 3, character: 2 }, { force: true });
  service.getCompletions(document, { line: lines.length + 3, character: 2 }, settings, { force: true });
  return checked;
}

/** How many diagnostics per document get their own code-action request (each plans its clause). */
const ACTIONS_PER_DOCUMENT = 4;

/**
 * The code actions for a few diagnostics one by one, and for the whole document with all of
 * them: every edit inside the document, edits of one action not overlapping, an action made of
 * insertions keeping all the original text, a replacement only on the lines of its finding.
 */
function checkCodeActions(service: PolicyService, document: TextDocument, settings: Settings, diagnostics: readonly Diagnostic[], lines: string[]): number {
  const text = document.getText();
  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const requests: { range: Range; diagnostics: Diagnostic[]; target?: Diagnostic }[] = [
    ...diagnostics.slice(0, ACTIONS_PER_DOCUMENT).map((d) => ({ range: d.range, diagnostics: [d], target: d })),
    { range: whole, diagnostics: [...diagnostics] },
  ];
  let checked = 0;
  for (const request of requests) {
    for (const action of service.getCodeActions(document, settings, request.range, { diagnostics: request.diagnostics }, { force: true })) {
      const edits = [...(action.edit?.changes?.[document.uri] ?? [])];
      for (const change of action.edit?.documentChanges ?? []) if ('edits' in change) edits.push(...(change.edits as TextEdit[]));
      if (edits.length === 0) continue;
      for (const edit of edits) assertRangeInside(text, edit.range, `code action "${action.title}"`, lines);
      const spans = edits.map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (let i = 1; i < spans.length; i++) {
        if (spans[i]![0] < spans[i - 1]![1]) throw new Error(`code action "${action.title}" has overlapping edits`);
      }
      const insertions = spans.every(([start, end]) => start === end);
      if (insertions && !isSubsequence(text, applyEdits(document, edits))) throw new Error(`code action "${action.title}" loses text of the document`);
      const target = request.target;
      if (!insertions && target) {
        for (const edit of edits) {
          if (edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character) continue;
          if (edit.range.end.line < target.range.start.line || edit.range.start.line > target.range.end.line) {
            throw new Error(`code action "${action.title}" replaces text away from its finding (lines ${edit.range.start.line}–${edit.range.end.line}, finding on ${target.range.start.line}–${target.range.end.line})`);
          }
        }
      }
      checked++;
    }
  }
  return checked;
}

export { fc };
