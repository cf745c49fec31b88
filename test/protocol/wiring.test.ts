import * as assert from 'node:assert/strict';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsOptions, PolicyService, Settings } from '../../server/src/service';
import { LspTestClient } from './lspClient';
import { startServer } from '../../server/src/server';

interface Call {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly settings: Settings;
  readonly force: boolean;
}

/** A service that records what the server asks of it and finds nothing. */
function recordingService(calls: Call[]): PolicyService {
  return {
    analyze() {
      throw new Error('the server should ask for diagnostics, not analyses');
    },
    getDiagnostics(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}) {
      calls.push({ uri: document.uri, version: document.version, text: document.getText(), settings, force: options.force === true });
      return [];
    },
    *diagnosticsInSteps(document: TextDocument, settings: Settings, options: DiagnosticsOptions = {}) {
      calls.push({ uri: document.uri, version: document.version, text: document.getText(), settings, force: options.force === true });
      return [];
    },
    getDocumentSymbols: () => [],
    getFoldingRanges: () => [],
    getHover: () => null,
    getDocumentLinks: () => [],
    getCompletions: () => [],
    getCodeActions: () => [],
    forget() {},
  };
}

/** The server's half of the work, whatever the analysis finds: which text, settings and force flag reach the service. */
describe('the language server hands the service', () => {
  let client: LspTestClient;
  const calls: Call[] = [];
  const lastCall = (uri: string): Call | undefined => calls.filter((c) => c.uri === uri).at(-1);
  before(async () => {
    client = await LspTestClient.startInProcess(
      (input, output) => {
        const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
        startServer(connection, recordingService(calls));
        return { stop: () => connection.dispose() };
      },
      { configuration: true, settings: {} },
    );
  });
  after(async () => {
    await client?.stop();
  });

  it('the text after incremental edits', async () => {
    const uri = 'file:///workspace/edited.md';
    await client.open(uri, '# Privacy\n\nWe keep data.\n');
    await client.change(uri, 2, [
      { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: ' Policy' },
      { range: { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } }, text: 'delete' },
    ]);
    await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(lastCall(uri), {
      uri,
      version: 2,
      text: '# Privacy Policy\n\nWe delete data.\n',
      settings: { language: 'auto', documents: 'auto', rules: {} },
      force: false,
    });
  });

  it('the settings the client answers for the document, parsed', async () => {
    const uri = 'file:///workspace/configured.md';
    client.settings = { language: 'nl', documents: 'all', rules: { 'right-object': 'off', retention: 'hint' } };
    await client.open(uri, 'Privacyverklaring\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(lastCall(uri)?.settings, { language: 'nl', documents: 'all', rules: { 'right-object': 'off', retention: 'hint' } });
  });

  it('the new settings after didChangeConfiguration, for every open document', async () => {
    const first = 'file:///workspace/first.md';
    const second = 'file:///workspace/second.txt';
    client.settings = {};
    await client.open(first, 'Privacy Policy\n');
    await client.open(second, 'Privacy Policy\n', 'plaintext');
    await client.diagnostics(second, (p) => p.version === 1);
    client.settings = { documents: 'off' };
    const mark = client.mark();
    await client.changeConfiguration({ policyAuthor: client.settings });
    await client.diagnostics(first, () => true, mark);
    await client.diagnostics(second, () => true, mark);
    assert.equal(lastCall(first)?.settings.documents, 'off');
    assert.equal(lastCall(second)?.settings.documents, 'off');
  });

  it('the force flag after the check-as-notice command, and on later versions', async () => {
    const uri = 'file:///workspace/recipe.md';
    client.settings = {};
    await client.open(uri, '# Apple pie\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    assert.equal(lastCall(uri)?.force, false);
    await client.checkAsNotice(uri);
    assert.equal(lastCall(uri)?.force, true);
    await client.change(uri, 2, [{ text: '# Pear pie\n' }]);
    await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual([lastCall(uri)?.version, lastCall(uri)?.force], [2, true]);
  });

  it('defaults in place of a setting it cannot use', async () => {
    const uri = 'file:///workspace/bad-setting.md';
    client.settings = { language: 'klingon', documents: 42, rules: { 'no-such-check': 'error' } };
    await client.open(uri, 'Privacy Policy\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(lastCall(uri)?.settings, { language: 'auto', documents: 'auto', rules: {} });
  });
});
