/**
 * Hovers and document links over stdio, against the bundled server: what an LSP editor sees
 * for an English and a Dutch notice, and for a README that is not a notice.
 */
import * as assert from 'node:assert/strict';
import type { DocumentLink, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { joinLines, LspTestClient } from './lspClient';

const EN = joinLines(
  '# Privacy Policy',
  '',
  'Acme Ltd, 1 High Street, London (privacy@acme.example), is the controller of your personal data.',
  '',
  '## How we use your data',
  '',
  'We send you our newsletter on the basis of your consent (Art. 6(1)(a) GDPR).',
  '',
  '## Your rights',
  '',
  'You have the right of access, the right to rectification and the right to erasure.',
  "You may lodge a complaint with the Information Commissioner's Office.",
  '',
);

const NL = joinLines(
  '# Privacyverklaring',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam (privacy@acme.example), is verwerkingsverantwoordelijke voor uw persoonsgegevens.',
  '',
  '## Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij sturen u onze nieuwsbrief op basis van uw toestemming (art. 6 lid 1 sub a AVG).',
  '',
  '## Uw rechten',
  '',
  'U heeft recht op inzage, recht op rectificatie en recht op vergetelheid.',
  'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
  '',
);

const README = joinLines(
  '# Build notes',
  '',
  'Run the tests and update the changelog before you tag a release, and ask for consent (Art. 6(1)(a) GDPR) in the signup form.',
  '',
);

let counter = 0;
const freshUri = (name: string): string => `file:///workspace/hover-${++counter}-${name}`;

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

describe('hovers and document links over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: true, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  const hoverAt = (uri: string, text: string, needle: string): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) });
  const linksOf = (uri: string): Promise<DocumentLink[] | null> => client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri } });

  it('announces hovers and document links', () => {
    const capabilities = (client.initializeResult as InitializeResult).capabilities;
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
  });

  it('explains consent in an English notice, with its range and whether the notice says consent can be withdrawn', async () => {
    const uri = freshUri('notice.md');
    await client.open(uri, EN);
    const hover = await hoverAt(uri, EN, 'your consent');
    assert.deepEqual(hover?.range, rangeOf(EN, 'on the basis of your consent'));
    const value = valueOf(hover);
    assert.match(value, /^\*\*Consent\*\* · Art\. 6\(1\)\(a\) GDPR/);
    assert.match(value, /\*\*This notice\*\* does not say it yet\./);
  });

  it('explains a right and a heading in an English notice', async () => {
    const uri = freshUri('notice.md');
    await client.open(uri, EN);
    assert.match(valueOf(await hoverAt(uri, EN, 'right to erasure')), /^\*\*Right to erasure \(“right to be forgotten”\)\*\* · Art\. 17 GDPR/);
    const heading = valueOf(await hoverAt(uri, EN, 'Your rights'));
    assert.match(heading, /^\*\*Section “Your rights”\*\*/);
    assert.match(heading, /- Right to object \(Art\. 13\(2\)\(b\), Art\. 21\)/);
  });

  it('explains toestemming and an AVG reference in Dutch', async () => {
    const uri = freshUri('privacyverklaring.md');
    await client.open(uri, NL);
    assert.match(valueOf(await hoverAt(uri, NL, 'uw toestemming')), /^\*\*Toestemming\*\* · art\. 6 lid 1 onder a AVG/);
    const reference = await hoverAt(uri, NL, 'art. 6 lid 1 sub a');
    assert.deepEqual(reference?.range, rangeOf(NL, 'art. 6 lid 1 sub a AVG'));
    assert.match(valueOf(await hoverAt(uri, NL, 'recht op inzage')), /\*\*Hoe de verwerkingsverantwoordelijke moet reageren:\*\* Onverwijld en in ieder geval binnen een maand/);
  });

  it('links article references and authorities in both languages', async () => {
    const en = freshUri('notice.md');
    await client.open(en, EN);
    const enLinks = await linksOf(en);
    assert.deepEqual(enLinks?.map((l) => l.target), ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679#art_6', 'https://ico.org.uk']);
    assert.deepEqual(enLinks?.[0]?.range, rangeOf(EN, 'Art. 6(1)(a) GDPR'));

    const nl = freshUri('privacyverklaring.md');
    await client.open(nl, NL);
    const nlLinks = await linksOf(nl);
    assert.deepEqual(nlLinks?.map((l) => l.target), ['https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679#art_6', 'https://www.autoriteitpersoonsgegevens.nl']);
  });

  it('stays quiet on a README that is not a notice until it is checked as one', async () => {
    const uri = freshUri('README.md');
    await client.open(uri, README);
    assert.equal(await hoverAt(uri, README, 'consent'), null);
    assert.deepEqual(await linksOf(uri), []);
    await client.checkAsNotice(uri);
    assert.match(valueOf(await hoverAt(uri, README, 'Art. 6(1)(a)')), /^\*\*Consent\*\*/);
    assert.equal((await linksOf(uri))?.length, 1);
  });

  it('answers null and no links for a document that is not open', async () => {
    const uri = freshUri('closed.md');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await linksOf(uri), []);
  });
});
