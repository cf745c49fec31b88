/**
 * The server analyses in steps and lets other messages in between (server.ts, validate): an edit
 * that arrives while an older version is being analysed ends that analysis, whose diagnostics are
 * never published, and a long analysis of one document does not hold back another's. The real
 * service does the work; a wrapper can hold an analysis at its first step until the test lets it
 * go, so that the edit or the other document surely arrives while it is under way.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, type DiagnosticsOptions, type PolicyService, type Settings } from '../../server/src/service';
import { startServer } from '../../server/src/server';
import { LspTestClient } from './lspClient';

const NOTICE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'corpus', 'en-koopr.txt'), 'utf8');

/** What became of one analysis the server asked for. */
interface Run {
  readonly uri: string;
  readonly version: number;
  state: 'running' | 'finished' | 'given up';
}

/** The real service, recording each analysis in steps and holding those the test names at their first step. */
function holdingService(runs: Run[], held: Set<string>): PolicyService {
  const real = createPolicyService();
  return {
    ...real,
    *diagnosticsInSteps(document: TextDocument, settings: Settings, options?: DiagnosticsOptions): Generator<void, Diagnostic[], void> {
      const run: Run = { uri: document.uri, version: document.version, state: 'running' };
      runs.push(run);
      try {
        // Held at most 10 s, so a server that never lets other messages in fails the test instead of hanging it.
        const deadline = Date.now() + 10_000;
        while (held.has(`${document.uri}#${document.version}`) && Date.now() < deadline) yield;
        const diagnostics = yield* real.diagnosticsInSteps(document, settings, options);
        run.state = 'finished';
        return diagnostics;
      } finally {
        if (run.state === 'running') run.state = 'given up';
      }
    },
  };
}

/** Resolves once `probe` holds (the server runs in this process: its state is looked at every few ms), failing after 10 s. */
async function until(what: string, probe: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`No ${what} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the language server while an analysis is under way', () => {
  let client: LspTestClient;
  const runs: Run[] = [];
  const held = new Set<string>();
  const runOf = (uri: string, version: number): Run | undefined => runs.find((r) => r.uri === uri && r.version === version);
  before(async () => {
    client = await LspTestClient.startInProcess((input, output) => {
      const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
      startServer(connection, holdingService(runs, held));
      return { stop: () => connection.dispose() };
    });
  });
  after(async () => {
    held.clear();
    await client?.stop();
  });

  it('gives up the analysis of a version an edit superseded, and never publishes its diagnostics', async () => {
    const uri = 'file:///workspace/superseded.md';
    await client.open(uri, NOTICE);
    await client.diagnostics(uri, (p) => p.version === 1);
    held.add(`${uri}#2`);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await until('the analysis of version 2', () => runOf(uri, 2) !== undefined);
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]);
    await client.ping();
    held.delete(`${uri}#2`);
    const published = await client.diagnostics(uri, (p) => p.version === 3);
    assert.ok(published.diagnostics.length > 0, 'version 3 is checked in full');
    await client.ping();
    assert.equal(runOf(uri, 2)?.state, 'given up', 'the analysis of version 2 stopped without doing its remaining work');
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 3]);
  });

  it('checks another document while the analysis of a first one is under way', async () => {
    const slow = 'file:///workspace/slow.md';
    const other = 'file:///workspace/other.md';
    held.add(`${slow}#1`);
    await client.open(slow, NOTICE);
    await until('the analysis of the first document', () => runOf(slow, 1) !== undefined);
    await client.open(other, NOTICE);
    const published = await client.diagnostics(other, (p) => p.version === 1);
    assert.ok(published.diagnostics.length > 0);
    assert.equal(runOf(slow, 1)?.state, 'running', 'the first document is still being analysed');
    held.delete(`${slow}#1`);
    await client.diagnostics(slow, (p) => p.version === 1);
    assert.equal(runOf(slow, 1)?.state, 'finished');
  });

  it('publishes for a document closed and reopened while its first analysis ran only the reopened version', async () => {
    const uri = 'file:///workspace/reopened.md';
    held.add(`${uri}#1`);
    await client.open(uri, NOTICE);
    await until('the analysis of the first opening', () => runOf(uri, 1) !== undefined);
    const mark = client.mark();
    await client.close(uri);
    await client.open(uri, '# Privacy notice\n\nWe keep your data.\n', 'markdown', 1);
    await client.ping();
    held.delete(`${uri}#1`);
    await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0, mark);
    await client.ping();
    const afterClose = client.published.slice(mark).filter((p) => p.uri === uri);
    // The close clears the diagnostics; then only the reopened text's are published, once.
    assert.deepEqual(afterClose.map((p) => p.diagnostics.length > 0), [false, true]);
    assert.equal(runs.filter((r) => r.uri === uri)[0]?.state, 'given up');
  });
});
