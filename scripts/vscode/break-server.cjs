// A deliberately broken language server, to show that the integration suite fails when the
// extension stops working: `npm run test:vscode -- --break-server` preloads this file into every
// Node process code-server starts (through NODE_OPTIONS), and in the one that speaks LSP over
// Node IPC (Policy Author's server, forked by the VS Code client) it drops every
// textDocument/publishDiagnostics notification. Everything else still works, so what fails is what
// depends on diagnostics reaching VS Code. Other processes never send such messages.
'use strict';
if (typeof process.send === 'function') {
  const send = process.send.bind(process);
  process.send = (message, ...rest) => {
    if (message && typeof message === 'object' && message.method === 'textDocument/publishDiagnostics') {
      // Report the message as sent, so the server's writer goes on to the next one.
      const callback = rest.find((arg) => typeof arg === 'function');
      if (callback) process.nextTick(callback, null);
      return true;
    }
    return send(message, ...rest);
  };
}
