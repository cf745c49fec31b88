/**
 * The server as an outside client meets it: a client written here from the LSP specification
 * alone (raw Content-Length frames over the process's stdio, no JSON-RPC library, so that it
 * also checks every frame the server writes), driving `node dist/server.js --stdio` under Node's
 * permission model (no child processes, no workers, no file writes, reads of the bundle only)
 * with a preloaded tripwire that refuses and records every attempt to start a process, open a
 * socket, make an HTTP request, look up a name or send a datagram.
 *
 * It sends malformed and hostile traffic, then a few hundred generated documents built from real
 * notice words (the corpus notices' lines and the tables' cue phrases), odd characters and
 * markup (test/support/fuzz.ts), in every language setting, with LF, CRLF and CR line ends, opens,
 * edits and closes them, and asks every feature about them. It must find no crash, no hang (every
 * request is answered, every version's diagnostics published), no failure in the server's log,
 * no range outside its document, and no attempt to spawn or connect.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Range, TextEdit } from 'vscode-languageserver-types';
import { documentArbitrary, fc, splitsPair, type GeneratedDocument } from '../support/fuzz';
import { assertFoldingInside, assertPositionInside, assertRangeInside, assertSymbolsInside, linesOf } from '../support/ranges';
import { assertBundleIsFresh, ROOT, SERVER } from './lspClient';

const TRIPWIRE = path.join(ROOT, 'test', 'support', 'tripwire.cjs');
/** Documents the client sends after the hostile traffic; fixed seed, so a failure reproduces. */
const DOCUMENTS = 300;
const SEED = 7_2026;
/**
 * How long the client waits for any one answer before it calls the server hung. Generous on
 * purpose: it tells a hang from a slow answer on a loaded machine, and asserts no speed.
 */
const HANG_MS = 60_000;

interface Message {
  readonly jsonrpc?: unknown;
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

/** A minimal LSP client over a child process's stdio that checks every frame the server writes. */
class OutsideClient {
  readonly published: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
  readonly log: { type: number; message: string }[] = [];
  /** Frames from the server that broke the protocol (bad header, bad JSON, not JSON-RPC 2.0). */
  readonly badFrames: string[] = [];
  stderr = '';
  exit: string | undefined;
  /** Settings answered to workspace/configuration, by document uri (else `fallback`). */
  readonly settingsByUri = new Map<string, unknown>();
  fallback: unknown = { documents: 'all' };

  private buffer = Buffer.alloc(0);
  /** Numbers from 1000 on: the hostile frames use ids of their own, which must not answer these. */
  private nextId = 1000;
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    child.stdin.on('error', () => undefined);
    child.on('exit', (code, signal) => {
      this.exit = `the server exited (code ${code}, signal ${signal}); stderr:\n${this.stderr}`;
      for (const p of this.pending.values()) p.reject(new Error(this.exit));
      this.pending.clear();
      this.wake();
    });
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  /** Waits up to `ms` for the process to exit, then kills it. */
  async exited(ms: number): Promise<void> {
    if (!this.alive) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, ms);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  writeRaw(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request; settles with the whole response (result or error), failing if none comes in HANG_MS. */
  request(method: string, params?: unknown): Promise<Message> {
    if (this.exit) return Promise.reject(new Error(this.exit));
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the server did not answer ${method} (${JSON.stringify(params).slice(0, 200)}) within ${HANG_MS} ms: hung`));
      }, HANG_MS);
      this.pending.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
  }

  /** A request that must succeed; its result. */
  async result<T>(method: string, params: unknown): Promise<T> {
    const response = await this.request(method, params);
    assert.equal(response.error, undefined, `${method} failed: ${JSON.stringify(response.error)}`);
    return response.result as T;
  }

  /** Waits for the diagnostics of `uri` at `version`, failing if they do not come in HANG_MS. */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.published.find((p) => p.uri === uri && p.version === version);
        if (found) {
          done();
          resolve(found.diagnostics);
        } else if (this.exit) {
          done();
          reject(new Error(this.exit));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no diagnostics for ${uri} version ${version} within ${HANG_MS} ms: hung`));
      }, HANG_MS);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const length = /^Content-Length: (\d+)$/im.exec(header);
      if (!length) {
        this.badFrames.push(`a header without Content-Length: ${JSON.stringify(header)}`);
        this.buffer = this.buffer.subarray(end + 4);
        continue;
      }
      const size = Number(length[1]);
      if (this.buffer.length < end + 4 + size) return;
      const body = this.buffer.subarray(end + 4, end + 4 + size);
      this.buffer = this.buffer.subarray(end + 4 + size);
      let message: Message;
      try {
        message = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as Message;
      } catch (error) {
        this.badFrames.push(`a body that is not UTF-8 JSON (${String(error)}): ${JSON.stringify(body.toString('latin1').slice(0, 200))}`);
        continue;
      }
      if (message === null || typeof message !== 'object' || message.jsonrpc !== '2.0') {
        this.badFrames.push(`not a JSON-RPC 2.0 message: ${body.toString('utf8').slice(0, 200)}`);
        continue;
      }
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined) {
      const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      // Responses to the hostile frames' own ids (strings, or null for a message that could not be read) are expected.
      if (!waiting) {
        if (typeof message.id === 'number') this.badFrames.push(`a response to no request: ${JSON.stringify(message).slice(0, 200)}`);
      } else {
        this.pending.delete(message.id as number);
        waiting.resolve(message);
      }
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: configuration is answered per document, anything else with null.
      if (message.method === 'workspace/configuration') {
        const items = (message.params as { items: { scopeUri?: string; section?: string }[] }).items;
        this.send({ id: message.id, result: items.map((i) => (i.section === 'policyAuthor' ? this.settingsByUri.get(i.scopeUri ?? '') ?? this.fallback : null)) });
      } else this.send({ id: message.id, result: null });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      this.published.push(message.params as (typeof this.published)[number]);
      this.wake();
    } else if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      this.log.push(message.params as { type: number; message: string });
    }
  }
}

const frame = (body: string): Buffer => {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
};

/** What an outside client might throw at a server before it behaves. */
function hostileTraffic(): (Buffer | string)[] {
  const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);
  return [
    'X-Whatever: 1\r\n\r\n{}',
    'Content-Length: twelve\r\n\r\n{}',
    'Content-Length: -4\r\n\r\n{}',
    'Content-Length: 99999999999\r\n\r\n{}',
    'no header here\r\n\r\n',
    Buffer.from([0, 1, 2, 0xff, 0xfe, 13, 10, 13, 10]),
    frame('{"jsonrpc":"2.0","id":"raw-1","method":'),
    frame('null'),
    frame('"a string"'),
    frame('[]'),
    frame('{"jsonrpc":"1.0","id":"raw-2","method":"initialize"}'),
    frame(`{"jsonrpc":"2.0","id":"deep","method":"textDocument/hover","params":${deep(5000)}}`),
    frame(`{"jsonrpc":"2.0","method":"policyAuthor/deep","params":{"a":${deep(20_000)}}}`),
    frame(JSON.stringify({ jsonrpc: '2.0', id: 'x'.repeat(100_000), method: 'textDocument/hover', params: {} })),
    frame(JSON.stringify({ jsonrpc: '2.0', method: 'm'.repeat(100_000), params: {} })),
    frame('{"jsonrpc":"2.0","id":"raw-3","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.md","__proto__":{"polluted":true}},"position":{"line":0,"character":0}}}'),
    frame('{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"policyAuthor":{"__proto__":{"documents":"off"},"rules":{"constructor":"off"}}}}}'),
    frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-4', method: 'workspace/executeCommand', params: { command: 'policyAuthor.server.checkAsNotice', arguments: [{ toString: 'x' }] } })),
    frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-5', method: 'workspace/executeCommand', params: { command: 'rm -rf /', arguments: ['/etc/passwd'] } })),
    frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-6', method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///never.md' }, range: { start: { line: -1, character: 0 }, end: { line: 2 ** 40, character: 0 } }, context: { diagnostics: [{}] } } })),
    frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: { nested: true } } })),
    frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-7', method: 'shutdown!', params: null })),
  ];
}

/** The edits of a code action for `uri`, from `changes` or `documentChanges`. */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = [...(action.edit?.changes?.[uri] ?? [])];
  for (const change of action.edit?.documentChanges ?? []) if ('edits' in change) edits.push(...(change.edits as TextEdit[]));
  return edits;
}

/** The same document with every line end replaced by `eol` (and kept as generated when `eol` is undefined). */
function withLineEnds(text: string, eol: string | undefined): string {
  return eol === undefined ? text : text.replace(/\r\n|\r|\n/g, eol);
}

describe('the language server driven by an outside client with processes, sockets and HTTP refused', function () {
  let dir: string;
  let tripwireLog: string;
  let client: OutsideClient;

  before(async () => {
    assertBundleIsFresh();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-outsider-'));
    tripwireLog = path.join(dir, 'attempts.log');
    const child = spawn(
      process.execPath,
      ['--experimental-permission', `--allow-fs-read=${SERVER}`, `--allow-fs-read=${TRIPWIRE}`, `--allow-fs-write=${tripwireLog}`, '--require', TRIPWIRE, SERVER, '--stdio'],
      { stdio: 'pipe', env: { ...process.env, POLICY_AUTHOR_TRIPWIRE: tripwireLog } },
    );
    client = new OutsideClient(child);
    const init = await client.result<{ capabilities: object }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    assert.ok(init.capabilities);
    client.notify('initialized', {});
  });

  after(async () => {
    if (client?.alive) {
      await client.request('shutdown').catch(() => undefined);
      client.notify('exit');
      await client.exited(10_000);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('survives malformed and hostile traffic and then answers as before', async () => {
    for (const bytes of hostileTraffic()) client.writeRaw(bytes);
    // The requests with a usable id among them are answered (with a result or an error), never left hanging.
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///never.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover.error, undefined);
    assert.equal(hover.result, null);
    const unknown = await client.request('policyAuthor/unknown', {});
    assert.equal(unknown.error?.code, -32601, 'an unknown request is answered with MethodNotFound');
    assert.ok(client.alive);
  });

  it(`checks ${DOCUMENTS} generated documents over the protocol: every answer comes, every range lies inside its document`, async () => {
    const documents = fc.sample(documentArbitrary, { seed: SEED, numRuns: DOCUMENTS });
    const endings = [undefined, '\n', '\r\n', '\r'];
    const logged = client.log.length;
    let ranges = 0;
    let actions = 0;
    for (const [i, generated] of documents.entries()) {
      const doc: GeneratedDocument = generated;
      const text = withLineEnds(doc.text, endings[i % endings.length]);
      const uri = `file:///outsider/${i}.${doc.languageId === 'markdown' ? 'md' : 'txt'}`;
      client.settingsByUri.set(uri, { language: doc.settings.language, documents: 'all' });
      let mirror = TextDocument.create(uri, doc.languageId, 1, text);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: 1, text } });
      const where = (what: string): string => `document ${i} (seed ${SEED}), ${what}`;

      const check = async (version: number): Promise<void> => {
        const current = mirror.getText();
        const lines = linesOf(current);
        const inside = (range: Range, what: string): void => {
          assertRangeInside(current, range, where(what), lines);
          ranges++;
        };
        const diagnostics = await client.diagnostics(uri, version);
        for (const d of diagnostics) inside(d.range, `diagnostic ${String(d.code)}`);
        assertSymbolsInside(current, (await client.result<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })) ?? [], where('outline'), lines);
        for (const f of (await client.result<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } })) ?? []) assertFoldingInside(current, f, where('folding'), lines);
        for (const l of (await client.result<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } })) ?? []) inside(l.range, `link ${l.target}`);
        // The start, the end, past the end, and one random place.
        for (const offset of doc.probes.slice(0, 4)) {
          // Editors never place the cursor inside a surrogate pair; step past one.
          const at = Math.min(offset, current.length);
          const position = mirror.positionAt(splitsPair(current, at) ? at + 1 : at);
          assertPositionInside(current, position, where('probe'), lines);
          const hover = await client.result<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
          if (hover?.range) inside(hover.range, `hover at ${position.line}:${position.character}`);
          for (const item of (await client.result<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position })) ?? []) {
            if (item.textEdit && 'range' in item.textEdit) inside(item.textEdit.range, `completion ${item.label}`);
            for (const e of item.additionalTextEdits ?? []) inside(e.range, `completion ${item.label} extra edit`);
          }
        }
        const whole = { start: { line: 0, character: 0 }, end: mirror.positionAt(current.length) };
        for (const [range, context] of [
          ...diagnostics.slice(0, 2).map((d) => [d.range, [d]] as const),
          [whole, diagnostics] as const,
        ]) {
          for (const action of (await client.result<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: context } })) ?? []) {
            for (const edit of editsOf(action, uri)) inside(edit.range, `code action "${action.title}"`);
            actions++;
          }
        }
      };

      await check(1);
      if (i % 3 === 0) {
        // An edit somewhere in the text: odd characters and a line end typed over a random stretch.
        const start = mirror.positionAt((doc.probes[3] ?? 0) % (text.length + 1));
        const end = mirror.positionAt(Math.min(text.length, mirror.offsetAt(start) + (i % 17)));
        const change = { range: { start, end }, text: ['\r\n😀 right to object', '\u0000\ud800', '\r', '## Rights\n- '][i % 4]! };
        mirror = TextDocument.update(mirror, [change], 2);
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
        await check(2);
      }
      client.notify('textDocument/didClose', { textDocument: { uri } });
      client.settingsByUri.delete(uri);
    }
    assert.ok(ranges > DOCUMENTS, `the documents should give ranges to check (${ranges})`);
    assert.ok(actions > 0, 'some documents should have code actions');
    const failures = client.log.slice(logged).filter((m) => m.type === 1);
    assert.deepEqual(failures, [], 'the server should log no failure while checking the documents');
  }).timeout(10 * 60_000);

  it('is still running, wrote only well-formed frames, and attempted no process, socket, request, worker or file access', async () => {
    const answer = await client.request('textDocument/hover', { textDocument: { uri: 'file:///never.md' }, position: { line: 0, character: 0 } });
    assert.equal(answer.error, undefined);
    assert.ok(client.alive, client.exit);
    assert.deepEqual(client.badFrames, []);
    assert.equal(fs.existsSync(tripwireLog) ? fs.readFileSync(tripwireLog, 'utf8') : '', '', 'the server attempted a forbidden call');
    assert.doesNotMatch(client.stderr, /ERR_ACCESS_DENIED|not allowed in the Policy Author server/);
    assert.deepEqual(client.log.filter((m) => /ERR_ACCESS_DENIED|not allowed in the Policy Author server/.test(m.message)), []);
  });
});
