/**
 * A French politique de confidentialité through the bundled server over stdio: what an LSP
 * editor shows for it (diagnostics, hovers on a legal basis, an article reference, a right and a
 * heading, document links), the quick fixes that insert a French clause or replace an outdated
 * reference and what the server publishes after they are applied, and the outline with its
 * French labels, in Markdown and in plain text with CRLF line ends.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { joinLines, lineOf, LspTestClient } from './lspClient';

/** A bookshop in Lyon: contract and consent, three rights, the CNIL; no objection, restriction, portability or withdrawal. */
const FR = joinLines(
  '# Politique de confidentialité',
  '',
  'La Librairie des Quais SARL, 8 quai Saint-Vincent, 69001 Lyon (confidentialite@quais.example), est responsable du traitement de vos données personnelles.',
  '',
  '## Finalités et bases juridiques',
  '',
  "Nous utilisons vos nom, adresse postale et adresse électronique pour livrer vos commandes, ce traitement étant nécessaire à l'exécution du contrat de vente (article 6, paragraphe 1, point b), du RGPD).",
  "Avec votre consentement, nous vous envoyons notre lettre d'information.",
  'Nous conservons vos données de commande pendant dix ans, conformément au code de commerce.',
  '',
  '## Vos droits',
  '',
  "- Vous disposez d'un droit d'accès à vos données.",
  "- Vous pouvez demander la rectification ou l'effacement de vos données.",
  '- Vous pouvez introduire une réclamation auprès de la CNIL.',
  '',
);

/** A Brussels non-profit in plain text with numbered headings: every right, the Belgian authority. */
const FR_PLAIN = joinLines(
  'Déclaration de confidentialité',
  '',
  '1. Qui sommes-nous ?',
  '',
  "L'ASBL Les Jardins Partagés, rue des Tanneurs 12, 1000 Bruxelles, est responsable du traitement de vos données. Vous pouvez nous écrire à vieprivee@jardins.example.",
  '',
  '2. Vos droits',
  '',
  "Vous avez le droit d'accéder à vos données, de les faire rectifier ou effacer, d'en demander la limitation, de vous opposer à leur traitement et d'en recevoir une copie dans un format structuré, couramment utilisé et lisible par machine.",
  "Vous pouvez introduire une réclamation auprès de l'Autorité de protection des données.",
  '',
);

/** A short notice that still cites the loi Informatique et Libertés alone. */
const FR_OUTDATED = joinLines(
  '# Politique de confidentialité',
  '',
  "L'association Les Amis du Rail, 3 place de la Gare, 21000 Dijon (bureau@amisdurail.example), est responsable du traitement de vos données.",
  '',
  "Conformément à la loi n° 78-17 du 6 janvier 1978, vous disposez d'un droit d'accès et de rectification.",
  '',
);

/** French typography: a no-break space before a colon. */
const NBSP = '\u00a0';

let counter = 0;
const freshUri = (name: string): string => `file:///workspace/fr-${++counter}-${name}`;

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

const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code));

describe('a French politique de confidentialité over stdio', () => {
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

  describe('diagnostics', () => {
    it('reports what the notice leaves out, in French, on the heading where it belongs', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
      const rights = lineOf(FR, '## Vos droits');
      const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(
        errors.map((d) => [d.code, d.range.start.line]),
        [
          ['recipients', 0],
          ['right-restriction', rights],
          ['right-object', rights],
          ['right-portability', rights],
          ['right-withdraw-consent', rights],
        ],
      );
      const withdraw = errors.find((d) => d.code === 'right-withdraw-consent')!;
      assert.equal(withdraw.message as string, "La politique de confidentialité se fonde sur le consentement, mais ne dit pas qu'il peut être retiré à tout moment. Le RGPD (art. 13, § 2, c), art. 7, § 3) l'exige.");
      assert.equal(withdraw.codeDescription?.href, 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679#art_13');
      assert.deepEqual(withdraw.relatedInformation?.map((r) => [r.message, r.location.range]), [['Ce passage rend cette mention obligatoire', rangeOf(FR, 'Avec votre consentement')]]);
    });
  });

  describe('hovers and links', () => {
    it('explains consent, on the words that name it, in the RGPD’s French terms and with what this notice still lacks', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const hover = await hoverAt(uri, FR, 'votre consentement');
      assert.deepEqual(hover?.range, rangeOf(FR, 'Avec votre consentement'));
      const value = valueOf(hover);
      assert.match(value, /^\*\*Consentement\*\* · art\. 6, § 1, a\) RGPD\n/);
      assert.ok(value.includes(`**La politique doit alors aussi indiquer${NBSP}:**`), value);
      assert.match(value, /que le consentement peut être retiré à tout moment[^\n]*\*\*Cette politique\*\* ne l’indique pas encore\./);
      assert.match(value, /\[art\. 6 du RGPD sur EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/legal-content\/FR\/TXT\/\?uri=CELEX:32016R0679#art_6\)$/);
    });

    it('explains an article reference written out as "article 6, paragraphe 1, point b), du RGPD" as the contract ground', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const hover = await hoverAt(uri, FR, 'paragraphe 1, point b)');
      assert.deepEqual(hover?.range, rangeOf(FR, 'article 6, paragraphe 1, point b), du RGPD'));
      const value = valueOf(hover);
      assert.match(value, /^\*\*Exécution d’un contrat\*\* · art\. 6, § 1, b\) RGPD\n/);
      assert.match(value, /si la fourniture des données a un caractère contractuel/);
    });

    it('explains a right with how the controller must answer, quoting where the notice grants it', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const value = valueOf(await hoverAt(uri, FR, "droit d'accès"));
      assert.match(value, /^\*\*Droit d’accès de la personne concernée\*\* · art\. 15 RGPD\n/);
      assert.ok(value.includes(`**Comment le responsable du traitement doit répondre${NBSP}:** Dans les meilleurs délais et au plus tard dans un délai d’un mois`), value);
      assert.ok(value.includes(`**Cette politique** l’indique${NBSP}: « Vous disposez d'un droit d'accès à vos données. » (ligne ${positionOf(FR, "droit d'accès").line + 1}).`), value);
    });

    it('explains a heading with the items its section covers and those that belong there but are missing', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const value = valueOf(await hoverAt(uri, FR, 'Vos droits'));
      assert.match(value, /^\*\*Section « Vos droits »\*\*/);
      assert.ok(value.includes(`**Cette section traite de${NBSP}:**`), value);
      assert.ok(value.includes(`- Droit d'introduire une réclamation auprès d'une autorité de contrôle${NBSP}: « Vous pouvez introduire une réclamation auprès de la CNIL. » (ligne ${positionOf(FR, 'CNIL').line + 1})`), value);
      const missing = value.slice(value.indexOf(`**Devrait figurer dans cette section, mais manque${NBSP}:**`));
      assert.ok(missing.length < value.length, value);
      assert.deepEqual(
        missing.split('\n').filter((l) => l.startsWith('- ')),
        ['- Droit à la limitation du traitement (art. 13, § 2, b), art. 18)', "- Droit d'opposition (art. 13, § 2, b), art. 21)", '- Droit à la portabilité des données (art. 13, § 2, b), art. 20)', '- Droit de retirer son consentement (art. 13, § 2, c), art. 7, § 3)'],
      );
    });

    it('names the Belgian authority and links it, the article reference to the French EUR-Lex page and the CNIL to its site', async () => {
      const fr = freshUri('politique.md');
      await client.open(fr, FR);
      const links = await client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri: fr } });
      assert.deepEqual(
        links?.map((l) => [l.target, l.range]),
        [
          ['https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679#art_6', rangeOf(FR, 'article 6, paragraphe 1, point b), du RGPD')],
          ['https://www.cnil.fr', rangeOf(FR, 'CNIL')],
        ],
      );
      const be = freshUri('declaration.txt');
      await client.open(be, FR_PLAIN, 'plaintext');
      const beLinks = await client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri: be } });
      assert.deepEqual(beLinks?.map((l) => l.target), ['https://www.autoriteprotectiondonnees.be']);
      assert.match(valueOf(await hoverAt(be, FR_PLAIN, 'Autorité de protection')), /^\*\*Droit d’introduire une réclamation auprès d’une autorité de contrôle\*\* · art\. 77 RGPD/);
    });
  });

  describe('quick fixes', () => {
    it('inserts the French clause on the right to object into the rights list, and the server then drops its diagnostic and adds none', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const first = await client.diagnostics(uri, (p) => p.version === 1);
      const d = first.diagnostics.find((x) => x.code === 'right-object');
      assert.ok(d, 'the fixture misses the right to object');
      const fix = (await codeActions(uri, d)).find((a) => a.isPreferred);
      assert.equal(fix?.title, "Insérer une clause : Droit d'opposition");
      assert.equal(fix?.kind, CodeActionKind.QuickFix);
      const text = applied(uri, FR, fix!);
      assert.ok(
        text.includes('- Vous pouvez introduire une réclamation auprès de la CNIL.\n- **Droit d’opposition** (article 21 du RGPD) : lorsque nous traitons vos données personnelles sur le fondement de nos intérêts légitimes'),
        text,
      );
      assert.equal(text.replace(/\n- \*\*Droit d’opposition\*\*[^\n]*/, ''), FR, 'the clause is the only change');
      const since = client.mark();
      await client.change(uri, 2, [{ text }]);
      const second = await client.diagnostics(uri, (p) => p.version === 2, since);
      assert.deepEqual(codes(second.diagnostics), codes(first.diagnostics).filter((c) => c !== 'right-object'));
    });

    it('replaces the loi Informatique et Libertés cited alone so that the sentence still reads, and the finding goes away', async () => {
      const uri = freshUri('ancienne.md');
      await client.open(uri, FR_OUTDATED);
      const first = await client.diagnostics(uri, (p) => p.version === 1);
      const d = first.diagnostics.find((x) => x.code === 'outdated-reference');
      assert.ok(d, 'the fixture cites the loi Informatique et Libertés alone');
      assert.deepEqual(d.range, rangeOf(FR_OUTDATED, 'loi n° 78-17 du 6 janvier 1978'));
      assert.match(d.message as string, /^Ce passage cite « loi n° 78-17 du 6 janvier 1978 », une référence dépassée\. Depuis le 25 mai 2018, le texte de référence est le RGPD/);
      const fix = (await codeActions(uri, d)).find((a) => a.isPreferred);
      assert.ok(fix, 'a preferred fix');
      const text = applied(uri, FR_OUTDATED, fix);
      assert.ok(text.includes("Conformément à la loi Informatique et Libertés modifiée, qui complète le RGPD (règlement (UE) 2016/679), vous disposez d'un droit d'accès et de rectification."), text);
      const since = client.mark();
      await client.change(uri, 2, [{ text }]);
      const second = await client.diagnostics(uri, (p) => p.version === 2, since);
      assert.ok(!codes(second.diagnostics).includes('outdated-reference'), JSON.stringify(codes(second.diagnostics)));
    });

    it('adds every missing item to a French plain-text notice as one source action, which leaves no error and is then no longer offered', async () => {
      const uri = freshUri('ajout.txt');
      await client.open(uri, FR_PLAIN, 'plaintext');
      const first = await client.diagnostics(uri, (p) => p.version === 1);
      assert.ok(first.diagnostics.some((x) => x.severity === DiagnosticSeverity.Error), 'the fixture misses required items');
      const anchor = first.diagnostics[0]!;
      const actions = await codeActions(uri, anchor, ['source']);
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Ajouter toutes les rubriques exigées par le RGPD qui manquent', 'source.policyAuthor.addMissing']]);
      const text = applied(uri, FR_PLAIN, actions[0]!);
      const since = client.mark();
      await client.change(uri, 2, [{ text }]);
      const second = await client.diagnostics(uri, (p) => p.version === 2, since);
      assert.deepEqual(second.diagnostics.filter((x) => x.severity === DiagnosticSeverity.Error).map((x) => x.code), []);
      assert.deepEqual(await codeActions(uri, anchor, ['source']), []);
    });
  });

  describe('outline', () => {
    it('outlines a French Markdown notice with the items each section covers, in French', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FR);
      const outline = (await symbols(uri))!;
      const purposes = lineOf(FR, '## Finalités et bases juridiques');
      const rights = lineOf(FR, '## Vos droits');
      const last = FR.split('\n').length - 2;
      assert.deepEqual(
        outline.map((s) => [s.name, s.detail, s.kind, s.range.start.line, s.range.end.line]),
        [['Politique de confidentialité', 'responsable du traitement', SymbolKind.String, 0, last]],
      );
      assert.deepEqual(
        outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line, s.selectionRange]),
        [
          ['Finalités et bases juridiques', 'finalités, base légale, données, durée de conservation · art. 6 RGPD', purposes, rights - 2, rangeOf(FR, 'Finalités et bases juridiques')],
          ['Vos droits', 'droits, réclamation · art. 15–17, 77 RGPD', rights, last, rangeOf(FR, 'Vos droits')],
        ],
      );
      assert.deepEqual((await folding(uri))!.map((r) => [r.startLine, r.endLine, r.kind]), [
        [0, last, FoldingRangeKind.Region],
        [purposes, rights - 2, FoldingRangeKind.Region],
        [rights, last, FoldingRangeKind.Region],
      ]);
    });

    it('outlines a French plain-text notice with numbered headings and CRLF line ends', async () => {
      const uri = freshUri('declaration.txt');
      await client.open(uri, FR_PLAIN.replace(/\n/g, '\r\n'), 'plaintext');
      const outline = (await symbols(uri))!;
      assert.deepEqual(outline.map((s) => s.name), ['Déclaration de confidentialité']);
      assert.deepEqual(
        outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]),
        [
          ['1. Qui sommes-nous ?', 'responsable du traitement', 2, 4],
          ['2. Vos droits', 'droits, réclamation · art. 15–21, 77 RGPD', 6, 9],
        ],
      );
      assert.deepEqual((await folding(uri))!.map((r) => [r.startLine, r.endLine]), [[0, 9], [2, 4], [6, 9]]);
    });
  });
});
