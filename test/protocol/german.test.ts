/**
 * A German notice over stdio, against the bundled server: what an LSP editor sees for a
 * Datenschutzerklärung. Hovers on a legal basis, an article reference and a right; document
 * links to the German EUR-Lex text and the authority; quick fixes that insert German clauses
 * and remove their diagnostics; the outline with German labels, in Markdown and plain text.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type CodeAction, type Diagnostic, type DocumentLink, type DocumentSymbol, type FoldingRange, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { joinLines, lineOf, LspTestClient } from './lspClient';

const DE = joinLines(
  '# Datenschutzerklärung',
  '',
  'Verantwortlich ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München (datenschutz@muehlenstein.example).',
  '',
  '## Wofür wir Ihre Daten verwenden',
  '',
  'Wir verwenden Ihren Namen und Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
  'Server-Logfiles speichern wir aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO) an einem sicheren Betrieb der Website sieben Tage lang.',
  'Unser Zahlungsdienstleister in den USA ist nach dem EU-US Privacy Shield zertifiziert.',
  '',
  '## Ihre Rechte',
  '',
  '- Sie haben das Recht auf Auskunft über Ihre Daten.',
  '- Sie haben das Recht auf Berichtigung und Löschung Ihrer Daten.',
  '',
  'Sie können sich beim Bayerischen Landesamt für Datenschutzaufsicht beschweren.',
  '',
);

/** A plain-text notice of an Austrian association: a title line, numbered headings, CRLF line ends. */
const DE_PLAIN = joinLines(
  'Datenschutzerklärung',
  '',
  '1. Verantwortlicher',
  '',
  'Verantwortlich ist der Sportverein Grünau e.V., Hauptplatz 3, 4020 Linz. Sie erreichen uns unter vorstand@gruenau.example.',
  '',
  '2. Ihre Rechte',
  '',
  'Ihnen stehen die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit zu.',
  'Sie haben das Recht, Beschwerde bei der Datenschutzbehörde einzulegen.',
  '',
);

let counter = 0;
const freshUri = (name: string): string => `file:///workspace/de-${++counter}-${name}`;

/** The position of `needle` in `text`, one character in. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `the fixture has no ${JSON.stringify(needle)}`);
  return { line, character: lines[line]!.indexOf(needle) + 1 };
}

/** The range of the first occurrence of `needle` (on one line). */
function rangeOf(text: string, needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const { line, character } = positionOf(text, needle);
  return { start: { line, character: character - 1 }, end: { line, character: character - 1 + needle.length } };
}

function valueOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

/** Applies a code action's edit to `text` the way an editor would. */
function applied(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `${action.title} has edits for ${uri}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

const errors = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity === 1).map((d) => String(d.code));
/** A diagnostic's message as text (LSP 3.18 allows Markdown content). */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('a German notice over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: true, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  const hoverAt = (uri: string, text: string, needle: string): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) });
  const codeActions = (uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
  const symbols = (uri: string): Promise<DocumentSymbol[] | null> => client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const folding = (uri: string): Promise<FoldingRange[] | null> => client.request('textDocument/foldingRange', { textDocument: { uri } });

  it('reports the missing items in German, on the heading of the section they belong in', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    const objection = diagnostics.find((d) => d.code === 'right-object');
    assert.ok(objection, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.deepEqual(objection.range, rangeOf(DE, 'Ihre Rechte'));
    assert.equal(objection.source, 'policy-author');
    assert.match(messageOf(objection), /^Das Widerspruchsrecht fehlt: Betroffene müssen erfahren, dass sie der Verarbeitung widersprechen können/);
    const withdrawal = diagnostics.find((d) => d.code === 'right-withdraw-consent');
    assert.ok(withdrawal);
    assert.match(messageOf(withdrawal), /stützt sich auf eine Einwilligung, sagt aber nicht, dass diese jederzeit mit Wirkung für die Zukunft widerrufen werden kann/);
    const shield = diagnostics.find((d) => d.code === 'outdated-reference');
    assert.deepEqual(shield?.range, rangeOf(DE, 'EU-US Privacy Shield'));
    assert.match(messageOf(shield!), /^Hier steht „EU-US Privacy Shield“; dieser Verweis ist veraltet\. Der Gerichtshof der EU hat den Privacy Shield im Juli 2020 für ungültig erklärt/);
    // The notice says what the legitimate interest is, names the Bavarian authority and gives a period.
    for (const present of ['legitimate-interests', 'right-complaint', 'retention', 'purposes', 'controller-identity']) {
      assert.ok(!diagnostics.some((d) => d.code === present), `${present} is in the notice`);
    }
  });

  it('explains a legal basis by its article reference, with its range, what else the notice must then say, and a German EUR-Lex link', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const hover = await hoverAt(uri, DE, 'Art. 6 Abs. 1 lit. f');
    assert.deepEqual(hover?.range, rangeOf(DE, 'Art. 6 Abs. 1 lit. f DSGVO'));
    const value = valueOf(hover);
    assert.match(value, /^\*\*Berechtigte Interessen\*\* · Art\. 6 Abs\. 1 lit\. f DSGVO\n/);
    assert.match(value, /zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich/);
    // The interest is named in the notice; the right to object is not.
    assert.match(value, /- welche berechtigten Interessen verfolgt werden \(Art\. 13 Abs\. 1 lit\. d, Art\. 14 Abs\. 2 lit\. b\) — \*\*Diese Datenschutzerklärung\*\* gibt es an/);
    assert.match(value, /- das Widerspruchsrecht, .* \(Art\. 21 Abs\. 1 und 4\) — \*\*Diese Datenschutzerklärung\*\* gibt es noch nicht an\./);
    assert.match(value, /\[Art\. 6 DSGVO auf EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/legal-content\/DE\/TXT\/\?uri=CELEX:32016R0679#art_6\)$/);
  });

  it('explains consent where the notice words it, and says so once the notice tells how to withdraw it', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const hover = await hoverAt(uri, DE, 'Ihre Einwilligung');
    assert.deepEqual(hover?.range, rangeOf(DE, 'Rechtsgrundlage ist Ihre Einwilligung'));
    const before = valueOf(hover);
    assert.match(before, /^\*\*Einwilligung\*\* · Art\. 6 Abs\. 1 lit\. a DSGVO\n/);
    assert.match(before, /jederzeit mit Wirkung für die Zukunft .* widerrufen werden kann, .* — \*\*Diese Datenschutzerklärung\*\* gibt es noch nicht an\./);

    const withdrawal = 'Ihre Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.';
    const text = DE.replace('- Sie haben das Recht auf Auskunft', `- ${withdrawal}\n- Sie haben das Recht auf Auskunft`);
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    await client.diagnostics(uri, (p) => p.version === 2, since);
    const after = valueOf(await hoverAt(uri, text, 'Ihre Einwilligung (Art.'));
    assert.match(after, /\*\*Diese Datenschutzerklärung\*\* gibt es an: „Ihre Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen\.“ \(Zeile \d+\)/);
  });

  it('explains a right with how the controller must answer, and a heading with what its section holds and lacks', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const right = valueOf(await hoverAt(uri, DE, 'Recht auf Auskunft'));
    assert.match(right, /^\*\*Auskunftsrecht der betroffenen Person\*\* · Art\. 15 DSGVO\n/);
    assert.match(right, /\*\*Wie der Verantwortliche antworten muss:\*\* Unverzüglich, spätestens aber innerhalb eines Monats nach Eingang des Antrags/);
    assert.match(right, /\*\*Diese Datenschutzerklärung\*\* gibt es an: „Sie haben das Recht auf Auskunft über Ihre Daten\.“ \(Zeile 13\)\./);
    const heading = valueOf(await hoverAt(uri, DE, 'Ihre Rechte'));
    assert.match(heading, /^\*\*Abschnitt „Ihre Rechte“\*\*/);
    assert.match(heading, /\*\*Dieser Abschnitt enthält:\*\*\n\n- Auskunftsrecht: „Sie haben das Recht auf Auskunft über Ihre Daten\.“ \(Zeile 13\)/);
    assert.match(heading, /\*\*Gehört in diesen Abschnitt, fehlt aber:\*\*\n\n(- .*\n)*- Widerspruchsrecht \(Art\. 13 Abs\. 2 lit\. b, Art\. 21\)/);
  });

  it('links each article reference to the article in the German text of the DSGVO on EUR-Lex', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const links = await client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri } });
    const targets = links?.map((l) => l.target) ?? [];
    assert.deepEqual(targets, ['https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679#art_6', 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679#art_6']);
    assert.deepEqual(links?.[0]?.range, rangeOf(DE, 'Art. 6 Abs. 1 lit. a DSGVO'));
    assert.deepEqual(links?.[1]?.range, rangeOf(DE, 'Art. 6 Abs. 1 lit. f DSGVO'));
  });

  it('inserts the German clause for the right to object into the rights list; the diagnostic goes and no error comes', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'right-object');
    assert.ok(d);
    const actions = await codeActions(uri, d);
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Klausel einfügen: Widerspruchsrecht');
    assert.ok(actions.some((a) => a.title === '„Widerspruchsrecht“ in dieser Datenschutzerklärung ignorieren'), JSON.stringify(actions.map((a) => a.title)));
    const text = applied(uri, DE, fix!);
    assert.ok(
      text.includes('- Sie haben das Recht auf Berichtigung und Löschung Ihrer Daten.\n- **Widerspruchsrecht** (Art. 21 DSGVO): Soweit wir Ihre personenbezogenen Daten auf Grundlage unserer berechtigten Interessen'),
      text,
    );
    assert.match(text, /Verarbeiten wir Ihre Daten, um Direktwerbung zu betreiben, können Sie dieser Verarbeitung jederzeit ohne Angabe von Gründen widersprechen/);
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'right-object'));
    assert.deepEqual(errors(second.diagnostics), errors(first.diagnostics).filter((c) => c !== 'right-object'));
  });

  it('inserts the German clause on withdrawing consent; the diagnostic goes and no error comes', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'right-withdraw-consent');
    assert.ok(d);
    const fix = (await codeActions(uri, d)).find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Klausel einfügen: Recht auf Widerruf der Einwilligung');
    const text = applied(uri, DE, fix!);
    assert.ok(
      text.includes('- **Recht auf Widerruf der Einwilligung** (Art. 7 Abs. 3 DSGVO): Soweit wir Ihre personenbezogenen Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen'),
      text,
    );
    assert.match(text, /Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt\./);
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'right-withdraw-consent'));
    assert.deepEqual(errors(second.diagnostics), errors(first.diagnostics).filter((c) => c !== 'right-withdraw-consent'));
  });

  it('replaces the Privacy Shield with its German replacement, and the finding goes away', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'outdated-reference');
    assert.ok(d);
    const fix = (await codeActions(uri, d)).find((a) => a.isPreferred);
    assert.ok(fix);
    const text = applied(uri, DE, fix);
    assert.ok(text.includes('Unser Zahlungsdienstleister in den USA ist nach dem EU-US Data Privacy Framework (Angemessenheitsbeschluss vom 10. Juli 2023) oder Standardvertragsklauseln zertifiziert.'), text);
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'outdated-reference'));
  });

  it('adds every missing item to a German plain-text notice as one source action titled in German, leaving no error', async () => {
    const uri = freshUri('datenschutz.txt');
    await client.open(uri, DE_PLAIN, 'plaintext');
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(errors(first.diagnostics).length > 0);
    const actions = await codeActions(uri, first.diagnostics[0]!, ['source']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Alle fehlenden DSGVO-Abschnitte hinzufügen', 'source.policyAuthor.addMissing']]);
    const text = applied(uri, DE_PLAIN, actions[0]!);
    assert.ok(!text.includes('**'), 'no Markdown in a plain-text notice');
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.deepEqual(errors(second.diagnostics), []);
  });

  it('outlines a German Markdown notice with German labels and DSGVO articles', async () => {
    const uri = freshUri('datenschutz.md');
    await client.open(uri, DE);
    const outline = (await symbols(uri))!;
    const rights = lineOf(DE, '## Ihre Rechte');
    assert.equal(outline.length, 1);
    assert.equal(outline[0]!.name, 'Datenschutzerklärung');
    assert.equal(outline[0]!.detail, 'Verantwortlicher');
    assert.equal(outline[0]!.kind, SymbolKind.String);
    assert.deepEqual(outline[0]!.selectionRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 22 } });
    assert.deepEqual(
      outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]),
      [
        ['Wofür wir Ihre Daten verwenden', 'Zwecke, Rechtsgrundlage, Datenkategorien, +4 · Art. 6 DSGVO', lineOf(DE, '## Wofür wir Ihre Daten verwenden'), rights - 2],
        ['Ihre Rechte', 'Betroffenenrechte, Beschwerderecht · Art. 15–17, 77 DSGVO', rights, rights + 5],
      ],
    );
    assert.deepEqual((await folding(uri))!.map((r) => [r.startLine, r.endLine]), [[0, rights + 5], [4, rights - 2], [rights, rights + 5]]);
  });

  it('outlines a German plain-text notice with numbered headings and CRLF line ends', async () => {
    const uri = freshUri('datenschutz.txt');
    await client.open(uri, DE_PLAIN.replace(/\n/g, '\r\n'), 'plaintext');
    const outline = (await symbols(uri))!;
    assert.deepEqual(outline.map((s) => s.name), ['Datenschutzerklärung']);
    assert.deepEqual(
      outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]),
      [
        ['1. Verantwortlicher', 'Verantwortlicher', 2, 4],
        ['2. Ihre Rechte', 'Betroffenenrechte, Beschwerderecht · Art. 15–21, 77 DSGVO', 6, 9],
      ],
    );
  });
});
