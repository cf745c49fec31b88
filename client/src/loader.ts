/**
 * `dist/extension.js` of the packaged extension (scripts/pack.mjs writes it there; development
 * builds have the bundle itself in its place). The bundle of client and server (main.ts, about
 * 1.2 MB minified) is shipped beside it brotli-compressed, as `dist/extension.js.br`, which takes
 * about 70 KB off the .vsix without leaving out a language, a feature or a library: brotli at its
 * best setting packs the bundle (after terser) to about 259 KB where the .vsix's own zip
 * compression (deflate) reaches about 333 KB.
 *
 * This file decompresses the bundle with node:zlib, checks it against the SHA-256 recorded when it
 * was packed, and runs it as the CommonJS module it was built as, with this module's `exports`,
 * `require`, `module`, `__filename` and `__dirname`: so `require('vscode')` resolves in the
 * extension host, and when the client forks this file as the language server's process
 * (`require.main === module`), the bundle starts the server. It reads one file of its own
 * package; it starts no process and opens no connection.
 *
 * A missing or damaged packed file is reported in plain words: in VS Code as an error message
 * (activation then fails), in the server process on stderr with exit code 1.
 */

/** Set by scripts/pack.mjs when it packs the bundle. */
declare const PACKED_FILE: string;
declare const PACKED_SHA256: string;

function loadPackedBundle(): void {
  const crypto = require('node:crypto') as typeof import('node:crypto');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const vm = require('node:vm') as typeof import('node:vm');
  const zlib = require('node:zlib') as typeof import('node:zlib');

  const file = path.join(__dirname, PACKED_FILE);
  let packed: Buffer;
  try {
    packed = fs.readFileSync(file);
  } catch (error) {
    return cannotStart(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'cannot be read');
  }
  let code: Buffer | undefined;
  try {
    code = zlib.brotliDecompressSync(packed);
  } catch {
    code = undefined;
  }
  // Brotli has no checksum of its own: a changed byte may still decompress, to other code.
  if (!code || crypto.createHash('sha256').update(code).digest('hex') !== PACKED_SHA256) return cannotStart(file, 'is damaged');

  // The wrapper Node gives every CommonJS module, so the bundle runs as if it were this file.
  const run = vm.compileFunction(code.toString('latin1'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  run.call(module.exports, module.exports, require, module, __filename, __dirname);
}

/** Says why the extension cannot start, to the person in VS Code or on the server's stderr. */
function cannotStart(file: string, what: string): void {
  const message = `Policy Author cannot start: its program file (${file}) ${what}. Please reinstall the extension.`;
  if (require.main === module) {
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
    return;
  }
  module.exports = {
    activate(): never {
      const vscode = require('vscode') as typeof import('vscode');
      void vscode.window.showErrorMessage(message);
      throw new Error(message);
    },
    deactivate(): void {},
  };
}

loadPackedBundle();
