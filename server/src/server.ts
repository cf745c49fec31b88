/**
 * The Policy Author language server: the only file that owns the LSP connection. It keeps the
 * open documents and their settings, and forwards everything else to the language service.
 * The transport (--stdio, --node-ipc, --socket=N) is chosen by vscode-languageserver from argv.
 */
import {
  createConnection,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, DEFAULT_SETTINGS, settingsFromUnknown, type Settings } from './service';
import { Commands, CONFIGURATION_SECTION } from './protocol';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const service = createPolicyService();

/** Whether the client answers `workspace/configuration`; if not, `pushedSettings` is all we know. */
let canAskForConfiguration = false;
/** Settings from initializationOptions or the last didChangeConfiguration, for clients that cannot be asked. */
let pushedSettings: Settings = DEFAULT_SETTINGS;
/** Per document resource: the pending or answered `workspace/configuration` request. */
const settingsByUri = new Map<string, Promise<Settings>>();
/** Setting problems already shown, so each one is shown once per session. */
const shownProblems = new Set<string>();
/** Documents the user asked to check as a notice whatever they look like. */
const forced = new Set<string>();
/** The latest validation started per document; an older one that finishes later is dropped. */
const latestRun = new Map<string, number>();
let runCounter = 0;
/** The last diagnostics computed without error, republished if the analysis of a later version fails. */
const lastGood = new Map<string, Diagnostic[]>();

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  canAskForConfiguration = workspace?.configuration === true;
  pushedSettings = readSettings(sectionOf(params.initializationOptions));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      executeCommandProvider: { commands: [Commands.serverCheckAsNotice] },
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
  latestRun.delete(uri);
  settingsByUri.delete(uri);
  lastGood.delete(uri);
  service.forget(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
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

/**
 * Computes and publishes the diagnostics of the document's current version. Nothing is
 * debounced; a run whose document changed (or whose settings were refreshed) while it waited
 * for its settings publishes nothing, because a newer run will.
 */
async function validate(document: TextDocument): Promise<void> {
  const { uri, version } = document;
  const run = ++runCounter;
  latestRun.set(uri, run);
  const settings = await settingsFor(uri);
  const current = documents.get(uri);
  if (latestRun.get(uri) !== run || !current || current.version !== version) return;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = service.getDiagnostics(current, settings, { force: forced.has(uri) });
    lastGood.set(uri, diagnostics);
  } catch (error) {
    // Better the findings of the last version than none: an empty list reads as "all fine".
    connection.console.error(`Checking ${uri} (version ${version}) failed: ${describe(error)}`);
    diagnostics = lastGood.get(uri) ?? [];
  }
  connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => {
    connection.console.error(`Publishing diagnostics for ${uri} failed: ${describe(error)}`);
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
    // window.showWarningMessage would send a showMessageRequest whose rejection (a client
    // without that request) nobody can catch through its `void` typing; the notification needs no answer.
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Policy Author: ${problem.message}` }).catch((error: unknown) => {
      connection.console.warn(`${problem.message} (could not show it: ${describe(error)})`);
    });
  }
  return settings;
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

// A rejected promise nobody awaited would end the process under Node's default; an editor
// without its checker is worse than one log line.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unhandled rejection: ${describe(reason)}`);
});

documents.listen(connection);
connection.listen();
