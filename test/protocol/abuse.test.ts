/**
 * The language server under abuse, over stdio: broken framing, unknown methods, requests for
 * documents it does not have, positions outside the document, versions out of order, bursts of
 * edits and cancelled requests. After each case the server must still run and answer a hover;
 * every range it returns must lie inside its document, whatever the line ends.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ErrorCodes,
  LSPErrorCodes,
  type CodeAction,
  type CompletionItem,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service';
import { assertFoldingInside, assertRangeInside, assertSymbolsInside, linesOf } from '../support/ranges';
import { joinLines, LspTestClient, ROOT } from './lspClient';

/** A notice whose line 2 says "with your consent", which always has a hover. */
const PROBE_URI = 'file:///workspace/probe.md';
const PROBE = joinLines(
  '# Privacy Policy',
  '',
  'We send you our newsletter with your consent, which you can withdraw at any time.',
  'Acme B.V., Keizersgracht 1, Amsterdam (privacy@acme.example) is the controller.',
  '',
  '## Your rights',
  '',
  'You have the right of access, rectification and erasure (Article 15 to 17 GDPR).',
  'You may lodge a complaint with the Autoriteit Persoonsgegevens.',
  '',
);
const PROBE_POSITION = { line: 2, character: PROBE.split('\n')[2]!.indexOf('consent') + 2 };

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

let counter = 0;
const freshUri = (name: string): string => `file:///workspace/abuse-${++counter}-${name}`;
const atVersion = (v: number) => (p: PublishDiagnosticsParams): boolean => p.version === v;
const frame = (body: string): Buffer => {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
};

describe('the language server under abuse (over stdio)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ settings: {} });
    await client.open(PROBE_URI, PROBE);
    await client.diagnostics(PROBE_URI, atVersion(1));
  });
  after(async () => {
    await client?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') return;
    assert.ok(client.alive, 'the server should still run');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: PROBE_URI }, position: PROBE_POSITION });
    assert.ok(hover, 'the server should still explain "with your consent"');
  });

  describe('broken framing', () => {
    const badHeaders: [string, string][] = [
      ['a header without Content-Length', 'X-Whatever: 1\r\n\r\n{}'],
      ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{}'],
      ['a negative Content-Length', 'Content-Length: -4\r\n\r\n{}'],
      ['a Content-Length of 100 GB', 'Content-Length: 99999999999\r\n\r\n{}'],
      ['a header line without a colon', 'hello server\r\n\r\n{}'],
      ['a charset the server cannot decode', 'Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n{}'],
      ['bytes that are no header at all', '\u0000\u0001\u00ff garbage without an end'],
    ];
    for (const [name, bytes] of badHeaders) {
      it(`drops a message with ${name} and answers the next one`, async () => {
        client.writeRaw(Buffer.from(bytes, 'latin1'));
        await client.ping();
      });
    }

    it('loses at most the message a too-long Content-Length swallows, then answers again', async () => {
      client.writeRaw(Buffer.concat([Buffer.from('Content-Length: 120\r\n\r\n', 'ascii'), Buffer.from('{"jsonrpc":"2.0"}')]));
      // This notification is long enough to complete the 120 bytes; what is left of it is garbage the server skips.
      await client.notification('policyAuthor/padding', { padding: 'x'.repeat(200) });
      await client.ping();
    });

    it('skips the rest of a body after a too-short Content-Length', async () => {
      client.writeRaw(Buffer.concat([Buffer.from('Content-Length: 5\r\n\r\n', 'ascii'), Buffer.from('{"jsonrpc":"2.0","method":"policyAuthor/cut"}')]));
      await client.ping();
    });

    it('survives a header split across many small writes', async () => {
      const bytes = frame(JSON.stringify({ jsonrpc: '2.0', method: 'policyAuthor/slow', params: {} }));
      for (const byte of bytes) client.writeRaw(Buffer.from([byte]));
      await client.ping();
    });

    it('survives a body that is JSON but not an object, and an array batch', async () => {
      client.writeRaw(frame('42'));
      client.writeRaw(frame('[{"jsonrpc":"2.0","id":"batch","method":"textDocument/hover"}]'));
      client.writeRaw(frame('{"jsonrpc":"2.0","id":7.5,"method":"textDocument/hover","params":null}'));
      await client.ping();
    });
  });

  describe('unknown methods', () => {
    it('answers an unknown $/ request with MethodNotFound', async () => {
      await assert.rejects(client.request('$/policyAuthor.unknown', {}), (error: { code?: number }) => error.code === ErrorCodes.MethodNotFound);
    });

    it('ignores an unknown $/ notification', async () => {
      await client.notification('$/unknownNotification', { anything: [1, 2, 3] });
    });

    it('answers a known request with parameters of the wrong shape without stopping', async () => {
      for (const params of [null, 42, 'text', [], { textDocument: 'x' }, { textDocument: { uri: 5 }, position: 'top' }]) {
        await client.request('textDocument/hover', params).catch((error: { code?: number }) => assert.equal(typeof error.code, 'number'));
        await client.request('textDocument/documentSymbol', params).catch((error: { code?: number }) => assert.equal(typeof error.code, 'number'));
      }
    });

    it('ignores didOpen, didChange and didClose notifications of the wrong shape', async () => {
      for (const params of [null, {}, { textDocument: null }, { textDocument: { uri: 'file:///x.md' } }, { textDocument: { uri: 'file:///x.md', version: 1 }, contentChanges: 'all' }]) {
        await client.notification('textDocument/didOpen', params);
        await client.notification('textDocument/didChange', params);
        await client.notification('textDocument/didClose', params);
      }
      await client.ping();
    });
  });

  describe('documents the server does not have', () => {
    const position = { line: 0, character: 0 };
    const requests: [string, (uri: string) => Promise<unknown>, unknown][] = [
      ['a hover', (uri) => client.request('textDocument/hover', { textDocument: { uri }, position }), null],
      ['the outline', (uri) => client.request('textDocument/documentSymbol', { textDocument: { uri } }), []],
      ['the folding ranges', (uri) => client.request('textDocument/foldingRange', { textDocument: { uri } }), []],
      ['the document links', (uri) => client.request('textDocument/documentLink', { textDocument: { uri } }), []],
      ['completions', (uri) => client.request('textDocument/completion', { textDocument: { uri }, position }), []],
      [
        'code actions',
        (uri) =>
          client.request('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: position, end: position },
            context: { diagnostics: [{ range: { start: position, end: position }, message: 'stale', code: 'retention', source: 'policy-author' }] },
          }),
        [],
      ],
    ];

    for (const [what, ask, empty] of requests) {
      it(`answers ${what} for a document never opened with nothing`, async () => {
        assert.deepEqual(await ask(freshUri('never.md')), empty);
      });

      it(`answers ${what} for a document already closed with nothing`, async () => {
        const uri = freshUri('closed.md');
        await client.open(uri, PROBE);
        await client.diagnostics(uri, atVersion(1));
        await client.close(uri);
        assert.deepEqual(await ask(uri), empty);
      });
    }

    it('ignores a close of a document never opened', async () => {
      await client.close(freshUri('never-closed.md'));
      await client.ping();
    });
  });

  describe('positions outside the document', () => {
    const uri = 'file:///workspace/abuse-positions.md';
    const positions = [
      { line: 1_000_000, character: 0 },
      { line: 2, character: 1_000_000 },
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: 1.5, character: 0.5 },
    ];
    before(async () => {
      await client.open(uri, PROBE);
      await client.diagnostics(uri, atVersion(1));
    });

    for (const position of positions) {
      it(`answers hover and completion at ${position.line}:${position.character} with nothing or ranges inside the document`, async () => {
        const settle = <T>(promise: Promise<T>): Promise<T | undefined> =>
          promise.catch((error: { code?: number }) => {
            assert.equal(typeof error.code, 'number', 'a refusal should be an LSP error');
            return undefined;
          });
        const hover = await settle(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
        if (hover?.range) assertRangeInside(PROBE, hover.range, 'hover');
        const completions = await settle(client.request<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position }));
        for (const item of completions ?? []) {
          if (item.textEdit && 'range' in item.textEdit) assertRangeInside(PROBE, item.textEdit.range, `completion ${item.label}`);
        }
      });
    }

    it('answers code actions for a range outside the document, and for a stale diagnostic placed there, with nothing or edits inside the document', async () => {
      const published = await client.diagnostics(uri, atVersion(1));
      for (const position of positions) {
        const range = { start: { line: 0, character: 0 }, end: position };
        const stale = { ...published.diagnostics[0]!, range: { start: position, end: position } };
        for (const diagnostics of [published.diagnostics, [stale]]) {
          const actions = await client
            .request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } })
            .catch((error: { code?: number }) => {
              assert.equal(typeof error.code, 'number', 'a refusal should be an LSP error');
              return [];
            });
          for (const action of actions) for (const edit of action.edit?.changes?.[uri] ?? []) assertRangeInside(PROBE, edit.range, `code action "${action.title}"`);
        }
      }
    });

    it('survives an incremental change whose range is negative or reversed', async () => {
      const other = freshUri('reversed.md');
      await client.open(other, PROBE);
      await client.change(other, 2, [{ range: { start: { line: 3, character: 5 }, end: { line: 1, character: 0 } }, text: 'X' }]);
      await client.change(other, 3, [{ range: { start: { line: -2, character: -1 }, end: { line: 0, character: 3 } }, text: 'Y' }]);
      await client.diagnostics(other, atVersion(3));
    });
  });

  describe('versions', () => {
    it('follows the client when a change carries an older version than the open', async () => {
      const uri = freshUri('older.md');
      await client.open(uri, PROBE, 'markdown', 10);
      await client.diagnostics(uri, atVersion(10));
      const since = client.mark();
      await client.change(uri, 3, [{ text: '# Privacy Policy\n\nNothing else.\n' }]);
      const published = await client.diagnostics(uri, atVersion(3), since);
      const expected = createPolicyService().getDiagnostics(TextDocument.create(uri, 'markdown', 3, '# Privacy Policy\n\nNothing else.\n'), DEFAULT_SETTINGS);
      assert.deepEqual(published.diagnostics, JSON.parse(JSON.stringify(expected)));
    });

    it('treats a second didOpen of an open document as its new text', async () => {
      const uri = freshUri('reopened.md');
      await client.open(uri, '# Cooking\n\nApples.\n');
      await client.diagnostics(uri, atVersion(1));
      await client.open(uri, PROBE, 'markdown', 2);
      const published = await client.diagnostics(uri, atVersion(2));
      assert.ok(published.diagnostics.length > 0, 'the notice should be checked');
    });

    it('survives a change without a version', async () => {
      const uri = freshUri('no-version.md');
      await client.open(uri, PROBE);
      await client.notification('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: 'x' }] });
      await client.ping();
    });

    it('publishes, after a burst of 400 incremental edits, the last version with the diagnostics of the last text', async () => {
      const uri = freshUri('burst.md');
      let mirror = TextDocument.create(uri, 'markdown', 1, PROBE);
      await client.open(uri, PROBE);
      const edits = 400;
      for (let v = 2; v <= edits + 1; v++) {
        // Types a sentence into the notice a character at a time, with a deletion every seventh edit.
        const lines = linesOf(mirror.getText());
        const line = v % lines.length;
        const character = Math.min(lines[line]!.length, v % 13);
        const change =
          v % 7 === 0 && character > 0
            ? { range: { start: { line, character: character - 1 }, end: { line, character } }, text: '' }
            : { range: { start: { line, character }, end: { line, character } }, text: v % 11 === 0 ? '\n' : 'abcdefghij'[v % 10]! };
        mirror = TextDocument.update(mirror, [change], v);
        void client.change(uri, v, [change]);
      }
      const last = edits + 1;
      await client.diagnostics(uri, atVersion(last), 0, 20_000);
      await client.ping();
      const ours = client.published.filter((p) => p.uri === uri);
      const final = ours[ours.length - 1]!;
      assert.equal(final.version, last, `the last publication should be of version ${last}`);
      const expected = createPolicyService().getDiagnostics(mirror, DEFAULT_SETTINGS);
      assert.deepEqual(final.diagnostics, JSON.parse(JSON.stringify(expected)));
      for (const diagnostic of final.diagnostics) assertRangeInside(mirror.getText(), diagnostic.range, `diagnostic ${String(diagnostic.code)}`);
      assert.ok(ours.every((p, i) => i === 0 || (p.version ?? 0) > (ours[i - 1]!.version ?? 0)), 'versions should only go up');
    }).timeout(30_000);
  });

  describe('cancellation', () => {
    it('settles a hover cancelled while it waits for the settings, with its answer or RequestCancelled', async () => {
      const uri = freshUri('cancel.md');
      const release = client.holdConfiguration();
      try {
        await client.open(uri, PROBE);
        const source = new CancellationTokenSource();
        const pending = client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: PROBE_POSITION }, source.token);
        source.cancel();
        release();
        const outcome = await pending.then(
          () => 'answered',
          (error: { code?: number }) => (error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `failed with ${error.code}`),
        );
        assert.ok(outcome === 'answered' || outcome === 'cancelled', outcome);
      } finally {
        release();
      }
    });

    it('settles outline requests cancelled at once on a large notice', async () => {
      const uri = freshUri('cancel-large.md');
      await client.open(uri, '# Privacy Policy\n\n' + PROBE.repeat(300));
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => {
          const source = new CancellationTokenSource();
          const pending = client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
          source.cancel();
          return pending.then(
            () => 'answered',
            (error: { code?: number }) => (error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `failed with ${error.code}`),
          );
        }),
      );
      assert.deepEqual(outcomes.filter((o) => o !== 'answered' && o !== 'cancelled'), []);
    });

    it('ignores a cancellation of a request that does not exist', async () => {
      await client.notification('$/cancelRequest', { id: 987654 });
      await client.notification('$/cancelRequest', { id: 'nope' });
      await client.notification('$/cancelRequest', null);
      await client.ping();
    });
  });

  describe('every range it returns lies inside the document', () => {
    const SHORT_LINES = joinLines(
      '# Privacy',
      '',
      '#',
      '-',
      '- a',
      '',
      '## 😀 Rights 😀',
      'x',
      '',
      '    ',
      'You have the right to object (Art. 21 GDPR) 😀😀.',
      'Complain to the Autoriteit Persoonsgegevens.',
      '##',
      '',
      '',
    );
    const variants: [string, string][] = [
      ['a notice with short and empty lines', SHORT_LINES],
      ['the English corpus notice', fs.readFileSync(path.join(CORPUS, 'en-koopr.txt'), 'utf8')],
      ['a Dutch corpus notice', fs.readFileSync(path.join(CORPUS, 'nl-koper.txt'), 'utf8')],
    ];
    const endings: [string, string][] = [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']];

    for (const [name, source] of variants) {
      for (const [ending, eol] of endings) {
        for (const languageId of ['markdown', 'plaintext']) {
          it(`for ${name} with ${ending} line ends as ${languageId}`, async () => {
            const text = source.replace(/\r\n|\r|\n/g, eol);
            const uri = freshUri(`ranges.${languageId === 'markdown' ? 'md' : 'txt'}`);
            const lines = linesOf(text);
            await client.open(uri, text, languageId);
            await client.checkAsNotice(uri);
            const published = await client.diagnostics(uri, atVersion(1));
            assert.ok(published.diagnostics.length > 0 || name !== 'a notice with short and empty lines', 'the notice should have findings');
            for (const d of published.diagnostics) assertRangeInside(text, d.range, `diagnostic ${String(d.code)}`, lines);
            const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
            assertSymbolsInside(text, symbols, 'outline', lines);
            const folding = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
            for (const f of folding) assertFoldingInside(text, f, 'folding range', lines);
            const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
            for (const l of links) assertRangeInside(text, l.range, `link ${l.target}`, lines);
            let hovers = 0;
            for (let line = 0; line < lines.length; line++) {
              const length = lines[line]!.length;
              for (const character of new Set([0, Math.floor(length / 3), Math.floor((2 * length) / 3), length])) {
                const position = { line, character };
                const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
                if (hover) hovers++;
                if (hover?.range) assertRangeInside(text, hover.range, `hover at ${line}:${character}`, lines);
                if (character === 0 || character === length) {
                  const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
                  for (const item of items) {
                    if (item.textEdit && 'range' in item.textEdit) assertRangeInside(text, item.textEdit.range, `completion ${item.label}`, lines);
                    for (const edit of item.additionalTextEdits ?? []) assertRangeInside(text, edit.range, `completion ${item.label} extra edit`, lines);
                  }
                }
              }
            }
            assert.ok(hovers > 0, 'some position should have a hover');
            const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
            const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: published.diagnostics } });
            for (const action of actions) {
              for (const edit of action.edit?.changes?.[uri] ?? []) assertRangeInside(text, edit.range, `code action "${action.title}"`, lines);
              for (const change of action.edit?.documentChanges ?? []) {
                if ('edits' in change) for (const edit of change.edits) assertRangeInside(text, edit.range, `code action "${action.title}"`, lines);
              }
            }
            assert.ok(actions.length > 0 || name === 'a notice with short and empty lines', 'a notice with findings should have code actions');
            await client.close(uri);
          }).timeout(30_000);
        }
      }
    }
  });
});
