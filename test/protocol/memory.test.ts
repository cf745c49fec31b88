/**
 * What the server does to keep its memory small with many documents open. It keeps the texts of
 * open documents not used lately packed (server/src/documents.ts): over stdio, with more notices
 * open than stay unpacked, a notice opened first (packed by the time the others are checked) must
 * answer edits, hovers and the outline exactly as a notice just opened with the same text does.
 * And it keeps V8's heap tight while documents are analysed for the first time, not while edits
 * are (server.ts, ServerOptions.heapGrowth), and turns the optimising compiler off only while
 * several documents wait for their first analysis.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createPolicyService } from '../../server/src/service';
import { startServer } from '../../server/src/server';
import { LspTestClient } from './lspClient';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpus');
const NOTICES = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));

/** What a user sees of a publication: codes, ranges and messages. */
function seen(p: PublishDiagnosticsParams): unknown {
  return p.diagnostics.map((d) => [d.code, d.range, d.message]);
}

describe('notices kept packed while other notices are worked on, over stdio', function () {
  // Twenty notices checked one after the other, on a machine that may be busy.
  this.timeout(60_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: true, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  it('answer an edit, a hover and the outline as a notice just opened with the same text', async () => {
    // Twenty notices (more than the server keeps unpacked), each with curly quotes and an emoji so
    // their texts are stored two bytes a character, as most real notices' are.
    const texts = Array.from({ length: 20 }, (_, i) => `${NOTICES[i % NOTICES.length]!}\n“Version ${i}” 🙂\n`);
    const uris = texts.map((_, i) => `file:///workspace/packed/notice-${i}.txt`);
    const since = client.mark();
    for (const [i, uri] of uris.entries()) await client.open(uri, texts[i]!, 'plaintext');
    for (const uri of uris) await client.diagnostics(uri, (p) => p.version === 1, since);

    // An edit in the first notice: the line that names consent as a legal basis is removed.
    const first = texts[0]!;
    const lines = first.split('\n');
    const line = lines.findIndex((l) => /^\s*• Consent:/.test(l));
    assert.ok(line > 0, 'the first corpus notice names consent as a legal basis');
    const edited = [...lines.slice(0, line), '', ...lines.slice(line + 1)].join('\n');
    const afterEdit = client.mark();
    await client.change(uris[0]!, 2, [{ range: { start: { line, character: 0 }, end: { line, character: lines[line]!.length } }, text: '' }]);
    const changed = await client.diagnostics(uris[0]!, (p) => p.version === 2, afterEdit);

    const fresh = 'file:///workspace/packed/fresh.txt';
    const afterFresh = client.mark();
    await client.open(fresh, edited, 'plaintext');
    const expected = await client.diagnostics(fresh, (p) => p.version === 1, afterFresh);
    assert.ok(expected.diagnostics.length > 0);
    assert.deepEqual(seen(changed), seen(expected));

    // The second notice has not been read since the others were checked: it is packed.
    const second = texts[1]!.split('\n');
    const hoverLine = second.findIndex((l) => /Recht op inzage/.test(l));
    assert.ok(hoverLine > 0, 'the second corpus notice names the right of access');
    const position = { line: hoverLine, character: second[hoverLine]!.indexOf('inzage') + 2 };
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris[1] }, position });
    await client.open('file:///workspace/packed/fresh-1.txt', texts[1]!, 'plaintext');
    const freshHover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///workspace/packed/fresh-1.txt' }, position });
    assert.ok(hover, 'a hover on the right of access');
    assert.deepEqual(hover, freshHover);

    const outline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris[2] } });
    await client.open('file:///workspace/packed/fresh-2.txt', texts[2]!, 'plaintext');
    const freshOutline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///workspace/packed/fresh-2.txt' } });
    assert.ok(outline.length > 0);
    assert.deepEqual(outline, freshOutline);
  });
});

describe('the heap setting of the language server while documents are opened and edited', () => {
  let client: LspTestClient;
  const asked: (readonly [boolean, boolean])[] = [];
  before(async () => {
    client = await LspTestClient.startInProcess((input, output) => {
      const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
      startServer(connection, createPolicyService(), { heapGrowth: (tight, burst) => asked.push([tight, burst]) });
      return { stop: () => connection.dispose() };
    });
  });
  after(async () => {
    await client?.stop();
  });

  it('is tight for the first analysis of each document opened, not a burst for one opened alone, and as V8 sees fit for an edited one', async () => {
    const since = client.mark();
    await client.open('file:///workspace/heap/a.txt', NOTICES[0]!, 'plaintext');
    await client.diagnostics('file:///workspace/heap/a.txt', (p) => p.version === 1, since);
    await client.open('file:///workspace/heap/b.txt', NOTICES[1]!, 'plaintext');
    await client.diagnostics('file:///workspace/heap/b.txt', (p) => p.version === 1, since);
    await client.change('file:///workspace/heap/a.txt', 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.diagnostics('file:///workspace/heap/a.txt', (p) => p.version === 2, since);
    assert.deepEqual(asked, [
      [true, false],
      [true, false],
      [false, false],
    ]);
  });
});
