/**
 * A small LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks
 * JSON-RPC to it through vscode-jsonrpc's stream reader and writer. It answers the requests a
 * server makes (`workspace/configuration`) from `settings`, records what the server publishes,
 * and waits for notifications with a deadline, never a fixed sleep.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ConfigurationParams,
  InitializeParams,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { Commands } from '../../server/src/protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

const DEFAULT_DEADLINE_MS = 10_000;

export interface StartOptions {
  /** Whether the client declares `workspace.configuration` (answers workspace/configuration). */
  readonly configuration?: boolean;
  /** What workspace/configuration answers for the `policyAuthor` section; changeable later. */
  readonly settings?: unknown;
  readonly initializationOptions?: unknown;
  /** Options for the node that runs the server (before the script), e.g. a permission model or a preload. */
  readonly nodeArgs?: readonly string[];
  /** The server process's environment (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/** The server end of a test client: a process, or a server started in this process. */
interface Transport {
  /** Writes bytes to the server as they are, bypassing the JSON-RPC writer. */
  writeRaw(data: string | Buffer): void;
  /** Settles with why the server stopped (its exit code and stderr) once it has. */
  readonly stopped: Promise<string>;
  /** Ends the server if it still runs, then waits for it to stop. */
  kill(): Promise<void>;
  exitCode(): number | null;
}

export class LspTestClient {
  /** The `policyAuthor` section workspace/configuration answers with. */
  settings: unknown;
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  readonly logMessages: LogMessageParams[] = [];
  initializeResult: InitializeResult | undefined;

  private exitInfo: string | undefined;
  private readonly waiters = new Set<() => void>();
  private heldConfiguration: Promise<void> | undefined;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly transport: Transport,
    private readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = transport.stopped.then((why) => {
      this.exitInfo = why;
      this.notify();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.record(this.published, params));
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => this.record(this.shownMessages, params));
    connection.onNotification('window/logMessage', (params: LogMessageParams) => this.record(this.logMessages, params));
    connection.onRequest('workspace/configuration', async (params: ConfigurationParams) => {
      this.record(this.configurationRequests, params);
      await this.heldConfiguration;
      return params.items.map((item) => (item.section === 'policyAuthor' ? this.settings : null));
    });
    connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
      this.record(this.shownMessages, params);
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  /** Spawns the bundled server (`node dist/server.js --stdio`) and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    assertBundleIsFresh();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe', env: options.env ?? process.env });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    // Writing to a server that died must fail the waiting test, not the whole run.
    child.stdin.on('error', () => undefined);
    const stopped = new Promise<string>((resolve) => {
      child.on('exit', (code, signal) => resolve(`the server exited (code ${code}, signal ${signal})${stderr ? `; stderr:\n${stderr}` : ''}`));
    });
    const transport: Transport = {
      writeRaw: (data) => void child.stdin.write(data),
      stopped,
      kill: async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await stopped;
      },
      exitCode: () => child.exitCode,
    };
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return LspTestClient.initialize(new LspTestClient(transport, connection, options), options, process.pid);
  }

  /**
   * Runs a server in this process through `serve`, which gets the streams to read from and
   * write to; `stop` ends it. For injecting a service; never send it `exit`, which ends the process.
   */
  static async startInProcess(
    serve: (input: NodeJS.ReadableStream, output: NodeJS.WritableStream) => { stop(): void },
    options: StartOptions = {},
  ): Promise<LspTestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = serve(toServer, toClient);
    let stop!: (why: string) => void;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    const transport: Transport = {
      writeRaw: (data) => void toServer.write(data),
      stopped,
      kill: async () => {
        server.stop();
        stop('the in-process server was stopped');
        await stopped;
      },
      exitCode: () => null,
    };
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return LspTestClient.initialize(new LspTestClient(transport, connection, options), options, null);
  }

  private static async initialize(client: LspTestClient, options: StartOptions, processId: number | null): Promise<LspTestClient> {
    const params: InitializeParams = {
      processId,
      rootUri: null,
      capabilities: {
        workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      },
      initializationOptions: options.initializationOptions,
    };
    try {
      client.initializeResult = await client.request<InitializeResult>('initialize', params);
      await client.connection.sendNotification('initialized', {});
    } catch (error) {
      await client.stop();
      throw error;
    }
    return client;
  }

  /** Sends a request; cancelling `token` sends `$/cancelRequest` for it. */
  request<R>(method: string, params?: unknown, token?: CancellationToken): Promise<R> {
    return this.race(token ? this.connection.sendRequest<R>(method, params, token) : this.connection.sendRequest<R>(method, params));
  }

  async notification(method: string, params?: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.notification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.notification('textDocument/didClose', { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.notification('workspace/didChangeConfiguration', { settings });
  }

  checkAsNotice(uri: unknown): Promise<null> {
    return this.request<null>('workspace/executeCommand', { command: Commands.serverCheckAsNotice, arguments: [uri] });
  }

  /** Resolves once the server answers a request, i.e. it is alive and has handled all earlier messages. */
  async ping(): Promise<void> {
    await this.checkAsNotice('untitled:ping-not-open');
  }

  /** Writes bytes to the server's stdin as they are, bypassing the JSON-RPC writer. Call it with no request in flight. */
  writeRaw(data: string | Buffer): void {
    this.transport.writeRaw(data);
  }

  /** Holds every workspace/configuration answer until the returned function is called. */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.heldConfiguration = new Promise((resolve) => (release = resolve));
    return () => {
      this.heldConfiguration = undefined;
      release();
    };
  }

  /** An index into `published`; pass it to `diagnostics` to only accept what comes after now. */
  mark(): number {
    return this.published.length;
  }

  /** The first publication for `uri` at or after index `since` that satisfies `accept`. */
  diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
    deadlineMs = DEFAULT_DEADLINE_MS,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.published.slice(since).find((p) => p.uri === uri && accept(p)),
      () => `diagnostics for ${uri}; received: ${JSON.stringify(this.published.filter((p) => p.uri === uri).map((p) => ({ version: p.version, codes: p.diagnostics.map((d) => d.code) })))}`,
      deadlineMs,
    );
  }

  /** Waits until `probe` returns a value, failing after the deadline or if the server exits. */
  waitFor<T>(probe: () => T | undefined, what: () => string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (value !== undefined) {
          done();
          resolve(value);
          return true;
        }
        if (this.exitInfo) {
          done();
          reject(new Error(`Waiting for ${what()}, but ${this.exitInfo}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`No ${what()} within ${deadlineMs} ms`));
      }, deadlineMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(listener);
      };
      const listener = (): void => void check();
      if (!check()) this.waiters.add(listener);
    });
  }

  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  /** Resolves when the server process has exited by itself, failing after the deadline. */
  async exit(deadlineMs = DEFAULT_DEADLINE_MS): Promise<number | null> {
    await this.waitFor(() => (this.exitInfo ? true : undefined), () => 'server exit', deadlineMs);
    return this.transport.exitCode();
  }

  /** Kills the server (if still running) and waits for it to go. */
  async stop(): Promise<void> {
    this.connection.dispose();
    await this.transport.kill();
    await this.exited;
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** A request fails with the server's exit reason rather than hanging when the server dies. */
  private race<R>(promise: Promise<R>): Promise<R> {
    return Promise.race([promise, this.exited.then(() => Promise.reject(new Error(this.exitInfo)))]);
  }
}

let bundleChecked = false;

/** Protocol tests run the bundle; a stale one would test old code without saying so. */
export function assertBundleIsFresh(): void {
  if (bundleChecked) return;
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} does not exist; run \`npm run build\` first (npm test does).`);
  const built = fs.statSync(SERVER).mtimeMs;
  const newer = sourcesUnder(path.join(ROOT, 'server', 'src')).find((file) => fs.statSync(file).mtimeMs > built);
  if (newer) throw new Error(`${path.relative(ROOT, newer)} is newer than dist/server.js; run \`npm run build\` first (npm test does).`);
  bundleChecked = true;
}

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Joins lines with `\n`, so fixtures read as the document they are. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The zero-based line of the first line equal to `text`; throws when there is none, so a fixture typo fails loudly. */
export function lineOf(document: string, text: string): number {
  const line = document.split('\n').indexOf(text);
  if (line < 0) throw new Error(`The fixture has no line ${JSON.stringify(text)}`);
  return line;
}
