/**
 * The VS Code side of Policy Author: starts the bundled language server and forwards the one
 * command the user can run. Everything else lives in the server.
 */
import * as path from 'node:path';
import { commands, ConfigurationTarget, window, workspace, type ExtensionContext, type Uri } from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  Commands,
  CONFIGURATION_SECTION,
  LANGUAGE_SERVER_ID,
  type CheckAsNoticeArguments,
  type InitializationOptions,
  type TurnOffRuleArguments,
} from '../../server/src/protocol';

const LANGUAGES = ['markdown', 'plaintext'] as const;

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  // The server runs from the same bundle as this client (see main.ts), in a process of its own.
  const module = context.asAbsolutePath(path.join('dist', 'extension.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    // This client runs "Turn this check off", so the server may offer it.
    initializationOptions: { clientCommands: [Commands.turnOffRule] } satisfies InitializationOptions,
  };
  client = new LanguageClient(LANGUAGE_SERVER_ID, 'Policy Author', serverOptions, clientOptions);

  context.subscriptions.push(
    commands.registerCommand(Commands.checkAsNotice, (resource?: Uri) => checkAsNotice(resource)),
    commands.registerCommand(Commands.turnOffRule, (...args: TurnOffRuleArguments) => turnOffRule(args[0])),
  );

  try {
    await client.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void window.showErrorMessage(`Policy Author could not start its language server: ${reason}`);
    throw error;
  }
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  await stopping?.stop();
}

/** Checks the given file (from a context menu) or the active editor's document as a notice. */
async function checkAsNotice(resource: Uri | undefined): Promise<void> {
  const document = window.activeTextEditor?.document;
  const uri = resource ?? document?.uri;
  if (!client || !uri) {
    void window.showInformationMessage('Open a Markdown or plain-text file to check it as a privacy notice.');
    return;
  }
  if (!resource && document && !(LANGUAGES as readonly string[]).includes(document.languageId)) {
    void window.showInformationMessage('Policy Author checks Markdown and plain-text files only.');
    return;
  }
  // The same converter the client uses for didOpen, so the server finds the document by this uri.
  const args: CheckAsNoticeArguments = [client.code2ProtocolConverter.asUri(uri)];
  await client.sendRequest(ExecuteCommandRequest.type, { command: Commands.serverCheckAsNotice, arguments: args });
}

/** Sets `policyAuthor.rules.<id>` to "off" in the workspace settings (user settings when no folder is open). */
async function turnOffRule(id: string): Promise<void> {
  const config = workspace.getConfiguration(CONFIGURATION_SECTION);
  const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  const current = config.inspect<Record<string, string>>('rules');
  const rules = (target === ConfigurationTarget.Workspace ? current?.workspaceValue : current?.globalValue) ?? {};
  await config.update('rules', { ...rules, [id]: 'off' }, target);
}
