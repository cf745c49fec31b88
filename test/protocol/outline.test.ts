import * as assert from 'node:assert/strict';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service';
import { joinLines, lineOf, LspTestClient } from './lspClient';

/** An English Markdown notice with a rights section. */
const EN_NOTICE = joinLines(
  '# Privacy notice',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, is the controller of your personal data. You can reach us at privacy@acme.example.',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification, the right to erasure, the right to restriction of processing, the right to object and the right to data portability.',
  '',
);

/** A Dutch plain-text notice with numbered headings, sent with CRLF line ends. */
const NL_NOTICE = joinLines(
  'Privacyverklaring',
  '',
  '1. Wie zijn wij',
  '',
  'Bakkerij De Korrel B.V., Dorpsstraat 4, 1234 AB Ons Dorp, is de verwerkingsverantwoordelijke. U bereikt ons via privacy@dekorrel.example.',
  '',
  '2. Uw rechten',
  '',
  'U heeft het recht op inzage, rectificatie en gegevenswissing, het recht op beperking van de verwerking, het recht van bezwaar en het recht op overdraagbaarheid van uw gegevens.',
  'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
  '',
);

/** Notes that are not a privacy notice. */
const README = joinLines(
  '# Build notes',
  '',
  '## Install',
  '',
  'Run npm ci in the folder of the project.',
  'Then run npm test, and wait for all of the tests to pass.',
);

let counter = 0;
const freshUri = (name: string): string => `file:///workspace/outline-${++counter}-${name}`;

describe('the language server answers outline and folding requests over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: true, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  const symbols = (uri: string): Promise<DocumentSymbol[] | null> => client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const folding = (uri: string): Promise<FoldingRange[] | null> => client.request('textDocument/foldingRange', { textDocument: { uri } });

  it('announces an outline named Policy Author and folding ranges', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.deepEqual(capabilities?.documentSymbolProvider, { label: 'Policy Author' });
    assert.equal(capabilities?.foldingRangeProvider, true);
  });

  it('outlines an English Markdown notice with the items each section covers', async () => {
    const uri = freshUri('notice.md');
    await client.open(uri, EN_NOTICE);
    const rights = lineOf(EN_NOTICE, '## Your rights');
    assert.deepEqual(await symbols(uri), [
      {
        name: 'Privacy notice',
        detail: 'controller',
        kind: SymbolKind.String,
        range: { start: { line: 0, character: 0 }, end: { line: rights + 2, character: 174 } },
        selectionRange: { start: { line: 0, character: 2 }, end: { line: 0, character: 16 } },
        children: [
          {
            name: 'Your rights',
            detail: 'rights · Art. 15–21',
            kind: SymbolKind.String,
            range: { start: { line: rights, character: 0 }, end: { line: rights + 2, character: 174 } },
            selectionRange: { start: { line: rights, character: 3 }, end: { line: rights, character: 14 } },
            children: [],
          },
        ],
      },
    ]);
    assert.deepEqual(await folding(uri), [
      { startLine: 0, endLine: rights + 2, kind: FoldingRangeKind.Region },
      { startLine: rights, endLine: rights + 2, kind: FoldingRangeKind.Region },
    ]);
  });

  it('outlines a Dutch plain-text notice with CRLF line ends, in Dutch', async () => {
    const uri = freshUri('privacy.txt');
    await client.open(uri, NL_NOTICE.replace(/\n/g, '\r\n'), 'plaintext');
    const outline = (await symbols(uri))!;
    assert.deepEqual(outline.map((s) => s.name), ['Privacyverklaring']);
    assert.deepEqual(
      outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]),
      [
        ['1. Wie zijn wij', 'verwerkingsverantwoordelijke', 2, 4],
        ['2. Uw rechten', 'rechten, klacht · art. 15–21, 77 AVG', 6, 9],
      ],
    );
    assert.deepEqual((await folding(uri))!.map((r) => [r.startLine, r.endLine]), [[0, 9], [2, 4], [6, 9]]);
  });

  it('outlines a French Markdown notice whose headings are bold lines directly over their text', async () => {
    const text = joinLines(
      '# Politique de confidentialité',
      '',
      'La Menuiserie du Lac SARL, 3 quai des Pêcheurs, 74000 Annecy, est responsable du traitement. Écrivez-nous à contact@menuiserie.example.',
      '',
      '**Combien de temps gardons-nous vos données ?**',
      'Nous conservons les devis un an et les factures dix ans.',
      '',
      '**Vos droits**',
      'Vous pouvez nous demander de voir vos données, de les corriger ou de les supprimer.',
      '',
    );
    const uri = freshUri('politique.md');
    await client.open(uri, text);
    const outline = (await symbols(uri))!;
    assert.deepEqual(outline.map((s) => s.name), ['Politique de confidentialité']);
    assert.deepEqual(
      outline[0]!.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]),
      [
        ['Combien de temps gardons-nous vos données ?', 'durée de conservation', 4, 5],
        ['Vos droits', 'droits · art. 15–17 RGPD', 7, 8],
      ],
    );
  });

  it('reads reference definitions as markdown-it does, though the bundle leaves out what only inline Markdown needs', async () => {
    // Whether "[label]: address" is a reference definition decides the blocks: one markdown-it
    // refuses (a javascript:, file: or data: address other than an image, also when written with
    // a character reference or in capitals) is a paragraph, and "===" under it makes it a heading.
    // The bundle leaves out punycode.js, which only rewrites an international host name
    // (scripts/markdown-it-block.mjs), so such addresses must be taken all the same; and it decodes
    // only the named references that can decide the answer (scripts/entities-block.mjs).
    const dests = [
      ['accepted', 'https://bücher.example/klacht'],
      ['accepted', 'mailto:datenschutz@bäckerei.example'],
      ['accepted', '//bücher.example/beschwerde'],
      ['accepted', 'http://xn--bcher-kva.example'],
      ['accepted', 'data:image/png;base64,AAAA'],
      ['refused', 'javascript:alert(1)'],
      ['refused', '&#106;avascript:alert(1)'],
      ['refused', 'javascript&colon;alert(1)'],
      ['refused', '&nbsp;javascript:alert(1)'],
      ['accepted', 'https://&eacute;cole.example/droits'],
      ['refused', 'JavaScript:alert(1)'],
      ['refused', '<javascript:alert(1)>'],
      ['refused', 'data:text/html,x'],
      ['refused', 'file:///etc/passwd'],
    ] as const;
    const text = joinLines(
      '# Privacy notice',
      '',
      'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, is the controller of your personal data. You can reach us at privacy@acme.example.',
      '',
      ...dests.flatMap(([, dest], i) => [`[r${i}]: ${dest}`, '===', '']),
    );
    const uri = freshUri('references.md');
    await client.open(uri, text);
    const names = (await symbols(uri))!.map((s) => s.name);
    const refused = dests.flatMap(([verdict, dest], i) => (verdict === 'refused' ? [`[r${i}]: ${dest}`] : []));
    assert.deepEqual(names, ['Privacy notice', ...refused]);
    // The same as the service with the whole of markdown-it (the tests run it unbundled).
    const service = createPolicyService();
    const inProcess = service.getDocumentSymbols(TextDocument.create(uri, 'markdown', 1, text), DEFAULT_SETTINGS);
    assert.deepEqual(inProcess.map((s) => s.name), names);
  });

  it('follows the text as it is edited', async () => {
    const uri = freshUri('edited.md');
    await client.open(uri, EN_NOTICE);
    const end = lineOf(EN_NOTICE, '## Your rights') + 3;
    await client.change(uri, 2, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '## Contact\n\nWrite to privacy@acme.example.\n' }]);
    const names = (await symbols(uri))![0]!.children!.map((s) => s.name);
    assert.deepEqual(names, ['Your rights', 'Contact']);
  });

  it('gives nothing for a document that is not a notice until it is checked as one', async () => {
    const uri = freshUri('README.md');
    await client.open(uri, README);
    assert.deepEqual(await symbols(uri), []);
    assert.deepEqual(await folding(uri), []);
    await client.checkAsNotice(uri);
    assert.deepEqual((await symbols(uri))!.map((s) => s.name), ['Build notes']);
    assert.deepEqual((await folding(uri))!.map((r) => [r.startLine, r.endLine]), [[0, 5], [2, 5]]);
  });

  it('gives nothing for a document it does not have open', async () => {
    assert.deepEqual(await symbols('file:///workspace/never-opened.md'), []);
    assert.deepEqual(await folding('file:///workspace/never-opened.md'), []);
  });
});
