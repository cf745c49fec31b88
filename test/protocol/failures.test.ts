import * as assert from 'node:assert/strict';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { MessageType, type Diagnostic } from 'vscode-languageserver-protocol';
import type { PolicyService } from '../../server/src/service';
import { startServer } from '../../server/src/server';
import { LspTestClient } from './lspClient';

/** A finding the stand-in service reports for every document it can check. */
const FINDING: Diagnostic = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } },
  message: 'The notice does not say how long personal data is kept.',
  source: 'policy-author',
  code: 'retention',
};

/** A service whose analysis throws on any document containing BOOM, as a broken detector would. */
function explodingService(forgotten: string[]): PolicyService {
  const check = (text: string): void => {
    if (text.includes('BOOM')) throw new Error('detector exploded');
  };
  return {
    analyze(document) {
      check(document.getText());
      throw new Error('the server should ask for diagnostics, not analyses');
    },
    getDiagnostics(document) {
      check(document.getText());
      return [FINDING];
    },
    *diagnosticsInSteps(document) {
      check(document.getText());
      return [FINDING];
    },
    getDocumentSymbols(document) {
      check(document.getText());
      return [];
    },
    getCompletions(document) {
      check(document.getText());
      return [];
    },
    getFoldingRanges(document) {
      check(document.getText());
      return [];
    },
    getHover(document) {
      check(document.getText());
      return null;
    },
    getDocumentLinks(document) {
      check(document.getText());
      return [];
    },
    getCodeActions(document) {
      check(document.getText());
      return [];
    },
    forget(uri) {
      forgotten.push(uri);
    },
  };
}

describe('the language server when the analysis fails', () => {
  let client: LspTestClient;
  const forgotten: string[] = [];
  before(async () => {
    client = await LspTestClient.startInProcess((input, output) => {
      const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
      startServer(connection, explodingService(forgotten));
      return { stop: () => connection.dispose() };
    });
  });
  after(async () => {
    await client?.stop();
  });

  it('logs the failure to the server console', async () => {
    const uri = 'file:///workspace/logged.md';
    const logged = client.logMessages.length;
    await client.open(uri, '# Privacy Policy\nBOOM\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    const errors = client.logMessages.slice(logged).filter((m) => m.type === MessageType.Error);
    assert.ok(errors.some((m) => m.message.includes('detector exploded') && m.message.includes(uri)), JSON.stringify(errors));
  });

  it('publishes an empty list for a document that never had a good result', async () => {
    const uri = 'file:///workspace/never-good.md';
    await client.open(uri, 'BOOM');
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(published.diagnostics, []);
  });

  it('republishes the last good findings for the version whose analysis failed', async () => {
    const uri = 'file:///workspace/was-good.md';
    await client.open(uri, '# Privacy Policy\n');
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics, [FINDING]);
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'BOOM' }]);
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(published.diagnostics, [FINDING]);
  });

  it('recovers once the document no longer makes the analysis fail', async () => {
    const uri = 'file:///workspace/recovers.md';
    await client.open(uri, 'BOOM');
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.change(uri, 2, [{ text: '# Privacy Policy\n' }]);
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics, [FINDING]);
  });

  it('answers outline and folding requests with nothing, and logs why, when the service fails', async () => {
    const uri = 'file:///workspace/outline-fails.md';
    await client.open(uri, '# Privacy Policy\nBOOM\n');
    const logged = client.logMessages.length;
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), []);
    const errors = client.logMessages.slice(logged).filter((m) => m.type === MessageType.Error && m.message.includes('detector exploded'));
    assert.ok(errors.some((m) => m.message.startsWith(`The outline of ${uri}`)), JSON.stringify(errors));
    assert.ok(errors.some((m) => m.message.startsWith(`The folding ranges of ${uri}`)), JSON.stringify(errors));
  });

  it('answers hover and link requests with nothing, and logs why, when the service fails', async () => {
    const uri = 'file:///workspace/hover-fails.md';
    await client.open(uri, '# Privacy Policy\nBOOM\n');
    const logged = client.logMessages.length;
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }), null);
    assert.deepEqual(await client.request('textDocument/documentLink', { textDocument: { uri } }), []);
    const errors = client.logMessages.slice(logged).filter((m) => m.type === MessageType.Error && m.message.includes('detector exploded'));
    assert.ok(errors.some((m) => m.message.startsWith(`The hover of ${uri}`)), JSON.stringify(errors));
    assert.ok(errors.some((m) => m.message.startsWith(`The document links of ${uri}`)), JSON.stringify(errors));
  });

  it('answers a code action request with no actions, and logs why, when the analysis fails', async () => {
    const uri = 'file:///workspace/actions.md';
    await client.open(uri, 'BOOM');
    await client.diagnostics(uri, (p) => p.version === 1);
    const logged = client.logMessages.length;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [FINDING] } });
    assert.deepEqual(actions, []);
    const errors = client.logMessages.slice(logged).filter((m) => m.type === MessageType.Error);
    assert.ok(errors.some((m) => m.message.includes('detector exploded') && m.message.startsWith('The code actions of')), JSON.stringify(errors));
  });

  it('keeps answering requests after a failure', async () => {
    await client.open('file:///workspace/alive.md', 'BOOM');
    await client.ping();
    assert.ok(client.alive);
  });

  it('tells the service to forget a closed document', async () => {
    const uri = 'file:///workspace/closed.md';
    await client.open(uri, '# Privacy Policy\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.close(uri);
    await client.ping();
    assert.ok(forgotten.includes(uri));
  });
});
