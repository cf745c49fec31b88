/**
 * The extension's bundle leaves semver out (scripts/lsp-unused.mjs): the language client's check that
 * VS Code is recent enough always passes, which holds only while the manifest's `engines.vscode` asks
 * for at least the version the client asks for. The build refuses a manifest that allows less.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { checkEngines } from '../../scripts/lsp-unused.mjs';

describe('The VS Code version the extension asks for', () => {
  it('is at least the one the language client asks for', () => {
    const client = readFileSync(path.resolve(__dirname, '../../node_modules/vscode-languageclient/lib/node/main.js'), 'utf8');
    const required = /^const REQUIRED_VSCODE_VERSION = '([^']+)';/m.exec(client)?.[1];
    assert.ok(required, 'the client names the version it requires');
    const engines = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).engines.vscode;
    assert.doesNotThrow(() => checkEngines(engines, required));
  });

  it('is refused by the build when it allows a VS Code older than the client allows', () => {
    assert.doesNotThrow(() => checkEngines('^1.91.0', '^1.91.0'));
    assert.doesNotThrow(() => checkEngines('^1.100.0', '^1.91.0'));
    assert.throws(() => checkEngines('^1.90.5', '^1.91.0'), /allows a VS Code that vscode-languageclient \(\^1\.91\.0\) refuses/);
    assert.throws(() => checkEngines('^1.91.0', '^1.91.1'), /refuses/);
    assert.throws(() => checkEngines('^2.0.0', '^1.91.0'), /refuses/);
    assert.throws(() => checkEngines('>=1.91.0', '^1.91.0'), /not \^x\.y\.z/);
  });
});
