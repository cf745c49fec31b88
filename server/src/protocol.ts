/**
 * Names the client and the server share. Plain constants with no imports, so the client
 * bundle pulls in nothing from the server.
 */

/** The settings section the server asks for (`workspace/configuration`) and the client synchronises. */
export const CONFIGURATION_SECTION = 'policyAuthor';

/** The id of the language server, also the name of its output channel. */
export const LANGUAGE_SERVER_ID = 'policyAuthor';

export const Commands = {
  /** The user-facing command in the palette (package.json `contributes.commands`); the client owns it. */
  checkAsNotice: 'policyAuthor.checkAsNotice',
  /**
   * What the server answers through `workspace/executeCommand`, with arguments `[uri: string]`:
   * check that document even when it does not look like a privacy notice. A distinct id,
   * because vscode-languageclient registers every command the server advertises, and two
   * registrations of one id fail.
   */
  serverCheckAsNotice: 'policyAuthor.server.checkAsNotice',
  /**
   * A client-side command, arguments `[id: string]`: set `policyAuthor.rules.<id>` to "off" in
   * the workspace settings. The server offers it in "Turn this check off" code actions only to a
   * client that lists it in `InitializationOptions.clientCommands` (LSP has no way for a server
   * to change an editor's settings, so in other editors the action would do nothing).
   */
  turnOffRule: 'policyAuthor.turnOffRule',
} as const;

/** What a client may send as `initializationOptions`, next to (or instead of) the `policyAuthor` settings. */
export interface InitializationOptions {
  /** Client-side commands the client can run when a code action names them (e.g. `Commands.turnOffRule`). */
  readonly clientCommands?: readonly string[];
}

/** The arguments of `Commands.turnOffRule`. */
export type TurnOffRuleArguments = [id: string];

/** The arguments of `Commands.serverCheckAsNotice`. */
export type CheckAsNoticeArguments = [uri: string];
