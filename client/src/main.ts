/**
 * The one bundle VS Code loads, `dist/extension.js`. Loaded by the extension host it is the client
 * (./extension); forked by that client as the language server's process (it is then Node's main
 * module), it is the server. One file for both roles keeps a single copy of the LSP libraries
 * that vscode-languageclient and vscode-languageserver share (vscode-languageserver-protocol,
 * vscode-jsonrpc) in the .vsix. Each role's code is loaded only in its own process: the client's
 * `vscode` import would fail in the server's, and the server's tables are not needed in the host.
 */
if (require.main === module) {
  // server.ts starts the server when it is the main module (also as dist/server.js for other editors).
  require('../../server/src/server');
} else {
  module.exports = require('./extension');
}
