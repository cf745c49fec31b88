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
} as const;

/** The arguments of `Commands.serverCheckAsNotice`. */
export type CheckAsNoticeArguments = [uri: string];
