import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS, type Settings } from '../../server/src/service';
import { detailOf } from '../../server/src/service/documentSymbols';
import { OUTLINE } from '../../server/src/service/data/outline';
import { joinLines } from './helpers';

const ALL: Settings = { ...DEFAULT_SETTINGS, documents: 'all' };

/** An English Markdown notice with nested sections and two empty lines at its end. */
const EN_MARKDOWN = joinLines(
  '# Privacy notice',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, is the controller of your personal data. You can reach us at privacy@acme.example.',
  '',
  '## What we use your data for',
  '',
  'We use your name and e-mail address to send you our newsletter, on the basis of your consent.',
  '',
  '### Newsletter',
  '',
  'You can withdraw your consent at any time by clicking the link in every newsletter.',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification, the right to erasure, the right to restriction of processing, the right to object and the right to data portability.',
  '',
  '',
);

/** A Dutch plain-text notice: a title line and numbered headings. */
const NL_PLAIN = joinLines(
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
  '3. Bewaartermijn',
  '',
  'Facturen worden zeven jaar bewaard, omdat de fiscale wet dat vereist.',
);

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

function symbols(text: string, languageId: 'markdown' | 'plaintext', settings: Settings = ALL, force = false): DocumentSymbol[] {
  const uri = `file:///notice.${languageId === 'markdown' ? 'md' : 'txt'}`;
  return createPolicyService().getDocumentSymbols(TextDocument.create(uri, languageId, 1, text), settings, { force });
}

/** Depth, name, range and selectionRange of every symbol, depth first. */
function flatten(list: readonly DocumentSymbol[], depth = 0): { depth: number; name: string; range: Range; selectionRange: Range }[] {
  return list.flatMap((s) => [{ depth, name: s.name, range: s.range, selectionRange: s.selectionRange }, ...flatten(s.children ?? [], depth + 1)]);
}

const EN_EXPECTED = [
  { depth: 0, name: 'Privacy notice', range: range(0, 0, 14, 174), selectionRange: range(0, 2, 0, 16) },
  { depth: 1, name: 'What we use your data for', range: range(4, 0, 10, 83), selectionRange: range(4, 3, 4, 28) },
  { depth: 2, name: 'Newsletter', range: range(8, 0, 10, 83), selectionRange: range(8, 4, 8, 14) },
  { depth: 1, name: 'Your rights', range: range(12, 0, 14, 174), selectionRange: range(12, 3, 12, 14) },
];

const NL_EXPECTED = [
  { depth: 0, name: 'Privacyverklaring', range: range(0, 0, 13, 69), selectionRange: range(0, 0, 0, 17) },
  { depth: 1, name: '1. Wie zijn wij', range: range(2, 0, 4, 137), selectionRange: range(2, 0, 2, 15) },
  { depth: 1, name: '2. Uw rechten', range: range(6, 0, 9, 62), selectionRange: range(6, 0, 6, 13) },
  { depth: 1, name: '3. Bewaartermijn', range: range(11, 0, 13, 69), selectionRange: range(11, 0, 11, 16) },
];

describe('the outline (document symbols)', () => {
  it('nests Markdown headings and runs each symbol from its heading to the last line of text of its section', () => {
    assert.deepEqual(flatten(symbols(EN_MARKDOWN, 'markdown')), EN_EXPECTED);
  });

  it('gives the same ranges when the lines end in CRLF or CR', () => {
    assert.deepEqual(flatten(symbols(EN_MARKDOWN.replace(/\n/g, '\r\n'), 'markdown')), EN_EXPECTED);
    assert.deepEqual(flatten(symbols(EN_MARKDOWN.replace(/\n/g, '\r'), 'markdown')), EN_EXPECTED);
    assert.deepEqual(flatten(symbols(NL_PLAIN.replace(/\n/g, '\r\n'), 'plaintext')), NL_EXPECTED);
    assert.deepEqual(flatten(symbols(NL_PLAIN.replace(/\n/g, '\r'), 'plaintext')), NL_EXPECTED);
  });

  it('finds the title line and numbered headings of a plain-text notice', () => {
    assert.deepEqual(flatten(symbols(NL_PLAIN, 'plaintext')), NL_EXPECTED);
  });

  it('never ends a symbol on the empty lines after the text', () => {
    assert.deepEqual(flatten(symbols(NL_PLAIN + '\n\n\n   \n', 'plaintext')), NL_EXPECTED);
    assert.deepEqual(flatten(symbols(NL_PLAIN + '\r\n\r\n', 'plaintext')), NL_EXPECTED);
  });

  it('marks every section as a String symbol, as VS Code\'s Markdown outline marks headings', () => {
    const all = (list: readonly DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.deepEqual([...new Set(all(symbols(EN_MARKDOWN, 'markdown')).map((s) => s.kind))], [SymbolKind.String]);
    assert.deepEqual([...new Set(all(symbols(NL_PLAIN, 'plaintext')).map((s) => s.kind))], [SymbolKind.String]);
  });

  it('names the checklist items a section covers, with their articles, in English', () => {
    const [title] = symbols(EN_MARKDOWN, 'markdown');
    const [purposes, rights] = title!.children!;
    assert.equal(title!.detail, 'controller');
    assert.equal(rights!.detail, 'rights · Art. 15–21');
    assert.equal(purposes!.children![0]!.detail, 'withdrawing consent · Art. 7');
  });

  it('names the checklist items a section covers, with their articles, in Dutch', () => {
    const [title] = symbols(NL_PLAIN, 'plaintext');
    const rights = title!.children!.find((s) => s.name === '2. Uw rechten')!;
    const retention = title!.children!.find((s) => s.name === '3. Bewaartermijn')!;
    assert.equal(rights.detail, 'rechten, klacht · art. 15–21, 77 AVG');
    assert.equal(retention.detail, 'bewaartermijn');
  });

  it('names the checklist items a section covers, with their articles, in German', () => {
    const text = joinLines(
      '# Datenschutzerklärung',
      '',
      'Verantwortlich ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München. Sie erreichen uns unter datenschutz@muehlenstein.example.',
      '',
      '## Ihre Rechte',
      '',
      'Sie haben das Recht auf Auskunft, Berichtigung und Löschung, das Recht auf Einschränkung der Verarbeitung, das Widerspruchsrecht und das Recht auf Datenübertragbarkeit.',
      'Sie haben ein Beschwerderecht bei einer Aufsichtsbehörde.',
    );
    const rights = symbols(text, 'markdown')[0]!.children!.find((s) => s.name === 'Ihre Rechte')!;
    assert.equal(rights.detail, 'Betroffenenrechte, Beschwerderecht · Art. 15–21, 77 DSGVO');
  });

  it('labels a section devoted to one right even when that right was named five times earlier, in German and English', () => {
    // Generator texts paraphrase each right in a numbered section after naming them all in a
    // list; the right to object's own section must still say that it covers the right to object,
    // while a rights section that mentions a purpose in passing does not become one on purposes.
    const de = joinLines(
      '# Datenschutzerklärung',
      '',
      'Verantwortlich ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München, datenschutz@muehlenstein.example.',
      '',
      '## Ihre Rechte',
      '',
      'Sie können Widerspruch gegen die Verarbeitung einlegen.',
      'Das Widerspruchsrecht gilt auch für Profiling.',
      'Ein Widerspruch ist formlos möglich.',
      'Über Ihren Widerspruch entscheiden wir binnen eines Monats.',
      'Nach einem Widerspruch verarbeiten wir die Daten nicht mehr.',
      '',
      '### 1. Recht auf Löschung',
      '',
      'Sie können die Löschung Ihrer Daten verlangen.',
      '',
      '### 2. Widerspruchsrecht',
      '',
      'Sie haben das Recht, der Verarbeitung jederzeit zu widersprechen.',
    );
    const deRights = symbols(de, 'markdown')[0]!.children!.find((s) => s.name === 'Ihre Rechte')!;
    const objection = deRights.children!.find((s) => s.name === '2. Widerspruchsrecht')!;
    assert.equal(objection.detail, 'Betroffenenrechte · Art. 21 DSGVO');
    const en = joinLines(
      '# Privacy notice',
      '',
      'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, privacy@acme.example, is the controller.',
      '',
      '## Your rights',
      '',
      'You have the right to object to processing.',
      'The right to object also covers profiling.',
      'You may object to processing in writing.',
      'We answer every objection to processing within a month.',
      'After you object to processing we stop.',
      '',
      '### Right to object',
      '',
      'You have the right to object to direct marketing at any time.',
    );
    const enObjection = symbols(en, 'markdown')[0]!.children!.find((s) => s.name === 'Your rights')!.children![0]!;
    assert.equal(enObjection.detail, 'rights · Art. 21');
  });

  it('leaves out the detail of a section that covers no checklist item', () => {
    const text = joinLines(EN_MARKDOWN.trimEnd(), '', '## Security', '', 'We keep our servers patched and our staff trained.');
    const security = symbols(text, 'markdown')[0]!.children!.find((s) => s.name === 'Security')!;
    assert.equal(security.detail, undefined);
  });

  it('keeps a long detail short by counting the labels it leaves out', () => {
    const table = OUTLINE.en!;
    assert.equal(detailOf(table, ['controller-identity', 'purposes', 'legal-basis', 'recipients', 'retention', 'right-access']), 'controller, purposes, legal basis, +3 · Art. 6, 15');
    assert.equal(detailOf(table, ['last-updated', 'cookies']), 'date, cookies');
    assert.equal(detailOf(table, []), undefined);
  });

  it('cites articles as runs, bridging only Art. 19, which is no item of a notice', () => {
    const table = OUTLINE.nl!;
    assert.equal(detailOf(table, ['right-access', 'right-erasure']), 'rechten · art. 15, 17 AVG');
    assert.equal(detailOf(table, ['right-restriction', 'right-portability', 'right-object', 'automated-decisions']), 'rechten, geautomatiseerde besluiten · art. 18–22 AVG');
  });

  it('puts numbered parts between plain heading lines under the plain heading before them', () => {
    const text = joinLines(
      'Privacyverklaring',
      '',
      'Waarvoor gebruiken wij uw gegevens?',
      '',
      'Wij gebruiken uw gegevens voor de volgende doeleinden.',
      '',
      '1. Websitebezoek',
      '',
      'Wij meten het bezoek aan onze website zonder cookies, om de website te verbeteren.',
      '',
      '2. Klanten',
      '',
      'Wij gebruiken uw naam en adres om uw bestelling te leveren.',
      '',
      'Uw rechten',
      '',
      'U heeft het recht op inzage en het recht van bezwaar. Stuur daarvoor een e-mail naar privacy@dekorrel.example.',
    );
    assert.deepEqual(flatten(symbols(text, 'plaintext')).map((s) => [s.depth, s.name, s.range.end.line]), [
      [0, 'Privacyverklaring', 16],
      [1, 'Waarvoor gebruiken wij uw gegevens?', 12],
      [2, '1. Websitebezoek', 8],
      [2, '2. Klanten', 12],
      [1, 'Uw rechten', 16],
    ]);
  });

  it('keeps plain heading lines inside the numbered section they follow when the numbering goes on after them', () => {
    const text = joinLines(
      'Privacy notice',
      '',
      '1. Who we are',
      '',
      'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, is the controller of your personal data.',
      '',
      '2. Sharing your data',
      '',
      'We share your data with the service providers named below, and with nobody else.',
      '',
      'Within the EU',
      '',
      'Our hosting provider keeps your data in the Netherlands, under a processing agreement.',
      '',
      '3. Your rights',
      '',
      'You have the right of access and the right to object. Write to privacy@acme.example to use them.',
    );
    assert.deepEqual(flatten(symbols(text, 'plaintext')).map((s) => [s.depth, s.name]), [
      [0, 'Privacy notice'],
      [1, '1. Who we are'],
      [1, '2. Sharing your data'],
      [2, 'Within the EU'],
      [1, '3. Your rights'],
    ]);
  });

  it('gives no symbol for a code fence or the lines inside it in plain text, nor for a line without a letter', () => {
    const text = joinLines(
      'Privacy notice',
      '',
      'Hosting',
      '',
      'Our website is hosted by a provider in the Netherlands, which keeps its server logs for 14 days:',
      '```',
      'Server logs',
      '',
      'We keep the IP address and the time of each request.',
      '```',
      '',
      '* * *',
      '',
      'Your rights',
      '',
      'You have the right of access and the right to object. Write to privacy@acme.example to use them.',
    );
    assert.deepEqual(flatten(symbols(text, 'plaintext')).map((s) => [s.depth, s.name, s.range.end.line]), [
      [0, 'Privacy notice', 15],
      [1, 'Hosting', 11],
      [1, 'Your rights', 15],
    ]);
  });

  it('labels the sections of a French notice in French, citing the RGPD', () => {
    const table = OUTLINE.fr!;
    assert.equal(detailOf(table, ['right-access', 'right-erasure']), 'droits · art. 15, 17 RGPD');
    const text = joinLines('# Politique de confidentialité', '', 'Nous utilisons votre courriel pour vous envoyer notre lettre.', '', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit à l’effacement.');
    const rights = symbols(text, 'markdown')[0]!.children!.find((s) => s.name === 'Vos droits')!;
    assert.match(rights.detail ?? '', /^droits · art\. .* RGPD$/);
  });

  it('hangs the subsections of an empty heading from its parent', () => {
    const text = joinLines('# Privacy notice', '', '##', '', '### Your rights', '', 'You have the right to object.');
    assert.deepEqual(flatten(symbols(text, 'markdown')).map((s) => [s.depth, s.name]), [[0, 'Privacy notice'], [1, 'Your rights']]);
  });

  it('gives no outline for a document that is not checked, so a README keeps only the editor\'s own outline', () => {
    const readme = joinLines('# Build notes', '', '## Install', '', 'Run npm ci and then npm test.', '', '## Release', '', 'Tag the commit and push it.');
    assert.deepEqual(symbols(readme, 'markdown', DEFAULT_SETTINGS), []);
    assert.deepEqual(symbols(EN_MARKDOWN, 'markdown', { ...DEFAULT_SETTINGS, documents: 'off' }), []);
    assert.deepEqual(flatten(symbols(readme, 'markdown', DEFAULT_SETTINGS, true)).map((s) => s.name), ['Build notes', 'Install', 'Release']);
    assert.deepEqual(flatten(symbols(readme, 'markdown', ALL)).map((s) => s.name), ['Build notes', 'Install', 'Release']);
  });

  it('gives an outline for a notice under the default settings', () => {
    assert.deepEqual(flatten(symbols(EN_MARKDOWN, 'markdown', DEFAULT_SETTINGS)), EN_EXPECTED);
  });

  it('gives no outline for an empty document or one of empty lines', () => {
    assert.deepEqual(symbols('', 'markdown'), []);
    assert.deepEqual(symbols('\n\r\n\r', 'plaintext'), []);
  });
});

describe('the outline of the five corpus notices', () => {
  const dir = path.resolve(__dirname, '..', 'fixtures', 'corpus');
  const annotations = JSON.parse(fs.readFileSync(path.join(dir, 'outline.json'), 'utf8')) as Record<string, { headings: number[]; optional: number[] }>;
  const lines = new Map<string, number[]>();
  for (const [file, { headings, optional }] of Object.entries(annotations)) {
    it(`puts the symbols of ${file} on its heading lines`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = flatten(symbols(text, 'plaintext', DEFAULT_SETTINGS)).map((s) => s.selectionRange.start.line + 1);
      lines.set(file, found);
      const missed = headings.filter((l) => !found.includes(l));
      const wrong = found.filter((l) => !headings.includes(l) && !optional.includes(l));
      // Per file a little slack; the 95 % bar is over the whole corpus, below.
      assert.ok(missed.length + wrong.length <= 2, `${file}: heading lines missed: ${missed.join(', ') || 'none'}; symbols on body lines: ${wrong.join(', ') || 'none'}`);
    });
  }
  it('finds at least 95 % of the heading lines, and at least 95 % of its symbols are on heading or optional lines', () => {
    let found = 0;
    let headingCount = 0;
    let fair = 0;
    let total = 0;
    for (const [file, { headings, optional }] of Object.entries(annotations)) {
      const got = lines.get(file);
      assert.ok(got, `${file} was outlined`);
      found += headings.filter((l) => got.includes(l)).length;
      headingCount += headings.length;
      fair += got.filter((l) => headings.includes(l) || optional.includes(l)).length;
      total += got.length;
    }
    assert.ok(found / headingCount >= 0.95, `found ${found} of ${headingCount} heading lines`);
    assert.ok(fair / total >= 0.95, `${fair} of ${total} symbols are on heading or optional lines`);
  });
});

describe('the outline of invented notices with unusual heading styles', () => {
  // Headings in capitals (some ending in a full stop) and underlined, "I." and "A.", "Artikel 1 -"
  // and "(a)", bold lines in Markdown. The annotation, written before the checker ran, gives
  // each heading's line and its depth in the outline.
  const dir = path.resolve(__dirname, '..', 'fixtures', 'outline');
  const annotations = JSON.parse(fs.readFileSync(path.join(dir, 'outline.json'), 'utf8')) as Record<string, [number, number][]>;
  for (const [file, expected] of Object.entries(annotations)) {
    it(`nests the sections of ${file} as a reader sees them`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const got = flatten(symbols(text, file.endsWith('.md') ? 'markdown' : 'plaintext')).map((s) => [s.selectionRange.start.line + 1, s.depth]);
      assert.deepEqual(got, expected);
    });
  }
});
