/**
 * The Policy Author language server: the only file that owns the LSP connection. It keeps the
 * open documents and their settings, and forwards everything else to the language service.
 * Run as a program it picks the transport (--stdio, --node-ipc, --socket=N) from argv, as
 * vscode-languageserver does; tests call `startServer` with their own connection and service.
 */
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { ADD_MISSING_KIND, createPolicyService, DEFAULT_SETTINGS, settingsFromUnknown, type PolicyService, type Settings } from './service';
import { Commands, CONFIGURATION_SECTION, type InitializationOptions } from './protocol';
import { FrameGuard } from './framing';
import { PackedDocuments } from './documents';

/** Wires the documents, settings and the check-as-notice command of `connection` to `service`, then listens. */
export function startServer(connection: Connection, service: PolicyService, options: ServerOptions = {}): void {
  const { heapGrowth } = options;
  /** The open documents; those not used lately keep their text packed (documents.ts). */
  const packed = new PackedDocuments();
  const documents = new TextDocuments(packed);

  /** Whether the client answers `workspace/configuration`; if not, `pushedSettings` is all we know. */
  let canAskForConfiguration = false;
  /** Settings from initializationOptions or the last didChangeConfiguration, for clients that cannot be asked. */
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  /** Per document resource: the pending or answered `workspace/configuration` request. */
  const settingsByUri = new Map<string, Promise<Settings>>();
  /** Setting problems already shown, so each one is shown once per session. */
  const shownProblems = new Set<string>();
  /** Documents the user asked to check as a notice whatever they look like; kept after closing. */
  const forced = new Set<string>();
  /** The latest validation started per document; an older one that finishes later is dropped. */
  const latestRun = new Map<string, number>();
  let runCounter = 0;
  /** The last diagnostics computed without error, republished if the analysis of a later version fails. */
  const lastGood = new Map<string, Diagnostic[]>();
  /** Analyses take turns: one at a time, each a partly built model held in memory until it ends. */
  const turns = new Turns();
  /** How many validations of documents not yet analysed are under way (a workspace opened at once: many). */
  let firstAnalysesWaiting = 0;
  /** Whether the client said it runs Commands.turnOffRule (only then is "Turn this check off" offered). */
  let canTurnOffRules = false;

  connection.onInitialize((params): InitializeResult => {
    canAskForConfiguration = params.capabilities.workspace?.configuration === true;
    pushedSettings = readSettings(sectionOf(params.initializationOptions));
    const clientCommands = (params.initializationOptions as InitializationOptions | undefined)?.clientCommands;
    canTurnOffRules = Array.isArray(clientCommands) && clientCommands.includes(Commands.turnOffRule);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ADD_MISSING_KIND] },
        executeCommandProvider: { commands: [Commands.serverCheckAsNotice] },
        documentSymbolProvider: { label: 'Policy Author' },
        foldingRangeProvider: true,
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        // A space completes '## ' and '- ' at the start of a line; mid-sentence the server answers [] without analysing.
        completionProvider: { triggerCharacters: [' '] },
      },
      serverInfo: { name: 'policy-author' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    if (canAskForConfiguration) {
      settingsByUri.clear();
    } else {
      pushedSettings = readSettings(sectionOf(change.settings));
    }
    for (const document of documents.all()) void validate(document);
  });

  documents.onDidChangeContent((event) => void validate(event.document));

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    packed.closed(uri);
    latestRun.delete(uri);
    settingsByUri.delete(uri);
    lastGood.delete(uri);
    service.forget(uri);
    publish({ uri, diagnostics: [] });
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== Commands.serverCheckAsNotice) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
    }
    const uri = params.arguments?.[0];
    if (typeof uri !== 'string') {
      throw new ResponseError(ErrorCodes.InvalidParams, `${Commands.serverCheckAsNotice} expects the document's uri as its argument.`);
    }
    forced.add(uri);
    const document = documents.get(uri);
    if (document) await validate(document);
    return null;
  });

  connection.onDocumentSymbol(async ({ textDocument }): Promise<DocumentSymbol[]> => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return answer('The outline', document, [], () => service.getDocumentSymbols(document, settings, { force: forced.has(document.uri) }));
  });

  connection.onCompletion(async ({ textDocument, position }): Promise<CompletionItem[]> => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return answer('The completions', document, [], () => service.getCompletions(document, position, settings, { force: forced.has(document.uri) }));
  });

  connection.onFoldingRanges(async ({ textDocument }): Promise<FoldingRange[]> => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return answer('The folding ranges', document, [], () => service.getFoldingRanges(document, settings, { force: forced.has(document.uri) }));
  });

  /** Runs one request against the service; a failure is logged and answered with `fallback`, so the editor is not left with an error popup. */
  function answer<T>(what: string, document: TextDocument, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`${what} of ${document.uri} (version ${document.version}) failed: ${describe(error)}`);
      return fallback;
    }
  }

  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return answer('The hover', document, null, () => service.getHover(document, settings, position, { force: forced.has(document.uri) }));
  });

  connection.onDocumentLinks(async ({ textDocument }): Promise<DocumentLink[]> => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return answer('The document links', document, [], () => service.getDocumentLinks(document, settings, { force: forced.has(document.uri) }));
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const version = document.version;
    const settings = await settingsFor(document.uri);
    // Edits computed for an older version would land in the wrong place.
    if (document.version !== version) return [];
    return answer('The code actions', document, [], () =>
      service.getCodeActions(document, settings, params.range, params.context, {
        force: forced.has(document.uri),
        turnOffCommand: canTurnOffRules ? Commands.turnOffRule : undefined,
      }),
    );
  });

  /**
   * Computes and publishes the diagnostics of the document's current version. Nothing is
   * debounced (an analysis takes milliseconds); a run whose document changed (or whose settings
   * were refreshed) while it waited for its settings or for the messages queued before it
   * publishes nothing, because a newer run will. The analysis runs in steps and lets the event
   * loop go about every {@link SLICE_MS} ms: an edit that arrives meanwhile ends this run at its
   * next step (its version's diagnostics are never published). Runs take turns (see `turns`),
   * so a burst of opened documents is analysed one by one, yet a long analysis does not hold
   * back the others.
   */
  async function validate(document: TextDocument): Promise<void> {
    const uri = document.uri;
    const run = ++runCounter;
    latestRun.set(uri, run);
    const first = !lastGood.has(uri);
    if (first) firstAnalysesWaiting++;
    try {
      await validateRun(document, run, first);
    } finally {
      if (first) firstAnalysesWaiting--;
    }
  }

  /** validate's run, once counted among the first analyses waiting when it is one. */
  async function validateRun(document: TextDocument, run: number, first: boolean): Promise<void> {
    const { uri, version } = document;
    const settings = await settingsFor(uri);
    // Let the messages already received go first: in a burst of keystrokes each change queues
    // behind the others, so only the newest version is analysed and the older runs end here.
    await yieldToEventLoop();
    const current = (): TextDocument | undefined => {
      const now = documents.get(uri);
      return latestRun.get(uri) === run && now?.version === version ? now : undefined;
    };
    if (!current()) return;
    const turn = await turns.take();
    try {
      const checking = current();
      if (!checking) return;
      let diagnostics: Diagnostic[];
      // A document's first analysis (a document opened, maybe one of a workspace's many) keeps
      // V8's heap tight; an edited one's, V8's own growth (see heapGrowth).
      heapGrowth?.(first, first && firstAnalysesWaiting > 1);
      try {
        const steps = service.diagnosticsInSteps(checking, settings, { force: forced.has(uri) });
        try {
          const began = performance.now();
          let sliceStart = began;
          for (let step = steps.next(); ; step = steps.next()) {
            if (step.done) {
              diagnostics = step.value;
              break;
            }
            const now = performance.now();
            if (now - sliceStart < SLICE_MS) continue;
            if (now - began >= LONG_MS) turn.release();
            await yieldToEventLoop();
            if (!current()) return;
            sliceStart = performance.now();
          }
        } finally {
          steps.return(undefined as never);
        }
        lastGood.set(uri, diagnostics);
      } catch (error) {
        // The last version's findings, slightly out of place, mislead less than an empty list that reads as "all fine".
        connection.console.error(`Checking ${uri} (version ${version}) failed: ${describe(error)}`);
        diagnostics = lastGood.get(uri) ?? [];
      }
      publish({ uri, version, diagnostics });
    } finally {
      turn.release();
    }
  }

  function publish(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void {
    connection.sendDiagnostics(params).catch((error: unknown) => {
      connection.console.error(`Publishing diagnostics for ${params.uri} failed: ${describe(error)}`);
    });
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!canAskForConfiguration) return Promise.resolve(pushedSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIGURATION_SECTION }).then(
        (value: unknown) => readSettings(value),
        (error: unknown) => {
          connection.console.error(`Could not read the ${CONFIGURATION_SECTION} settings: ${describe(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** Parses settings at the edge and tells the user, once each, about values that cannot be used. */
  function readSettings(value: unknown): Settings {
    const { settings, problems } = settingsFromUnknown(value);
    for (const problem of problems) {
      if (shownProblems.has(problem.message)) continue;
      shownProblems.add(problem.message);
      // window.showWarningMessage would send a showMessageRequest whose rejection (by a client
      // without that request) its `void` typing hides; the notification needs no answer.
      const message = `Policy Author: ${problem.message}`;
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch((error: unknown) => {
        connection.console.warn(`${problem.message} (could not show it: ${describe(error)})`);
      });
    }
    return settings;
  }

  documents.listen(connection);
  connection.listen();
}

export interface ServerOptions {
  /**
   * Called before each analysis the server runs for its diagnostics: `tight` when it is the
   * document's first, `burst` when other documents also wait for their first (see
   * {@link tightHeapWhile}); a program, not a test, tunes its heap.
   */
  readonly heapGrowth?: (tight: boolean, burst: boolean) => void;
}

/**
 * Sets how V8's old generation grows after a full collection: by the least V8 allows (10 % or
 * 8 MB) while documents are analysed for the first time, else as V8 sees fit. A workspace's
 * notices arrive together, and each analysis leaves garbage in the old generation (what lived
 * through two collections of the young one); at V8's own growth (two to four times the live
 * size) the heap of 100 opened notices grew to about 36 MB before its second full collection,
 * though about 16 MB of it was alive. Kept tight, full collections come a few times more often
 * while documents are opened (a few milliseconds each); while the user types, V8's own growth
 * applies, as full collections there would cost every keystroke time (docs/performance.md).
 * The flag is read when a full collection sets the next limit, so setting it at any time is safe.
 *
 * While documents are opened, V8 also favours size over speed (`--optimize-for-size`: the old
 * generation grows by 2 MB rather than 8 MB at a time); while several are opened at once (a
 * workspace's notices), it also compiles nothing with its optimising compiler
 * (`--no-turbofan`), whose worker threads otherwise keep several megabytes of malloc arenas from
 * compiling the analysis's large functions during the burst. With 100 notices opened at once the
 * peak fell from 88-90 MB to 76-77 MB, for about a tenth more CPU time in the burst. A single
 * document opened keeps the compiler, so that its first keystrokes find the analysis compiled;
 * the first edit turns both flags back, and code compiled before stays optimised
 * (docs/performance.md, seventh round).
 */
function tightHeapWhile(tight: boolean, burst: boolean): void {
  const mode = tight ? (burst ? 2 : 1) : 0;
  if (mode === heapMode) return;
  heapMode = mode;
  setFlagsFromString(HEAP_MODES[mode]!);
}
/** The V8 flags of each mode of tightHeapWhile: an edit, a document opened, several opened at once. */
const HEAP_MODES = [
  '--heap-growing-percent=0 --no-optimize-for-size --turbofan',
  '--heap-growing-percent=10 --optimize-for-size --turbofan',
  '--heap-growing-percent=10 --optimize-for-size --no-turbofan',
] as const;
let heapMode = 0;

/**
 * How long (ms) an analysis runs before it lets the event loop go: short enough that an edit or a
 * request waits for at most about this long, long enough that a keystroke's analysis of a large
 * notice pauses only a few times.
 */
const SLICE_MS = 2;

/**
 * After how long (ms) an analysis no longer holds its turn: the next one may start beside it,
 * so a very large notice does not hold back the diagnostics of the others.
 */
const LONG_MS = 50;

/** Turns taken one at a time, in the order asked for. */
class Turns {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  /** Resolves when it is the caller's turn; `release` ends it (once; later calls do nothing). */
  async take(): Promise<{ release(): void }> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (next) next();
        else this.busy = false;
      },
    };
  }
}

/** Lets the messages and timers already due go first. */
function yieldToEventLoop(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Accepts `{ policyAuthor: {...} }` (what didChangeConfiguration carries) or the section itself. */
function sectionOf(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && CONFIGURATION_SECTION in value) {
    return (value as Record<string, unknown>)[CONFIGURATION_SECTION];
  }
  return value;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * The connection for the transport named in argv. Over stdio the input passes through a
 * {@link FrameGuard}, so a malformed header costs one message rather than the whole session.
 */
function connectionFromArgv(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection();
  let connection: Connection | undefined;
  const guard = new FrameGuard((why) => connection?.console.error(`Dropped ${why} from the client.`));
  connection = createConnection(new StreamMessageReader(process.stdin.pipe(guard)), new StreamMessageWriter(process.stdout));
  // vscode-languageserver redirects console output to the log only when it opens stdio itself; a
  // stray console.log on stdout would corrupt the stream.
  const log = connection.console;
  console.log = console.info = (...args: unknown[]) => log.log(format(...args));
  console.warn = (...args: unknown[]) => log.warn(format(...args));
  console.error = (...args: unknown[]) => log.error(format(...args));
  return connection;
}

if (require.main === module) {
  // The young generation of V8's heap otherwise grows to 32 MB under the allocation of a burst of
  // analyses (a workspace of notices opened at once) and stays that size: about 20 MB of the
  // server's memory with 100 open notices. Kept at its starting size, collections take more CPU
  // time: about 15 % more per keystroke on a 100 KB notice (docs/performance.md). The flag only
  // caps a growth heuristic, so setting it after start-up is safe.
  setFlagsFromString('--semi-space-growth-factor=1');
  // V8 compiles a regular expression to machine code on its second search. A language's cue lists
  // compile to 3.5-4 MB of it (each list's expression once for one-byte and once for two-byte
  // text), and a server with notices in two languages holds most of that for as long as it runs.
  // Its interpreter runs the same expressions from bytecode: peak memory with 100 open notices
  // about 5 MB lower (74 MB against 79-80 with session 17's cue lists), for about 0.7 ms more CPU
  // time a keystroke on a 100 KB notice (docs/performance.md, seventeenth round). The CLI, whose
  // every run is a first one over a whole file, keeps compiling them (cli/launch.ts).
  setFlagsFromString('--regexp-interpret-all');
  const connection = connectionFromArgv();
  // A rejected promise nobody awaited would end the process under Node's default; an editor
  // without its checker is worse than one log line.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`Unhandled rejection: ${describe(reason)}`);
  });
  startServer(connection, createPolicyService(), { heapGrowth: tightHeapWhile });
}
