/**
 * Workspace trust: in an untrusted workspace VS Code runs the extension in limited mode, where the
 * workspace's own values of the restricted settings are ignored. The extension and the server read
 * no workspace files, so settings are all a workspace could use.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown; restrictedConfigurations?: unknown } };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('workspace trust', () => {
  const trust = manifest.capabilities?.untrustedWorkspaces;

  it('declares limited support with a description in words', () => {
    assert.equal(trust?.supported, 'limited');
    assert.equal(typeof trust?.description, 'string');
    assert.ok((trust!.description as string).length > 40);
  });

  it('restricts the settings a downloaded folder could use to silence the checks, and only settings that exist', () => {
    const restricted = trust?.restrictedConfigurations as string[];
    assert.deepEqual([...restricted].sort(), ['policyAuthor.documents', 'policyAuthor.rules']);
    for (const setting of restricted) assert.ok(setting in manifest.contributes.configuration.properties, `${setting} is not a contributed setting`);
  });

  it('leaves every contributed setting either restricted or harmless (the language only chooses the tables)', () => {
    const restricted = new Set(trust?.restrictedConfigurations as string[]);
    const unrestricted = Object.keys(manifest.contributes.configuration.properties).filter((key) => !restricted.has(key));
    assert.deepEqual(unrestricted, ['policyAuthor.language'], 'a new setting must be added to restrictedConfigurations in package.json, or here if a workspace cannot misuse it (see docs/robustness.md)');
  });

  it('has no code in the extension or the server that reads files, except the CLI', () => {
    const readers = [...sourcesUnder(path.join(ROOT, 'client', 'src')), ...sourcesUnder(path.join(ROOT, 'server', 'src'))]
      .filter((file) => !file.includes(`${path.sep}cli`))
      .filter((file) => /from 'node:fs'|from 'fs'|require\(['"](?:node:)?fs['"]\)|workspace\.fs|findFiles|openTextDocument/.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(readers.map((f) => path.relative(ROOT, f)), []);
  });
});
