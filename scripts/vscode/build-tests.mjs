// Compiles the integration suite (test/integration/*.ts) to CommonJS in out/integration/, file by
// file, so mocha in the extension host loads each test file as usual. `vscode` and `mocha` stay
// imports: the extension host provides the first, the repository's node_modules the second.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Compiles the suite and returns the path of its entry point (the `extensionTestsPath`). */
export async function buildIntegrationTests(repo) {
  const source = join(repo, 'test', 'integration');
  const outdir = join(repo, 'out', 'integration');
  rmSync(outdir, { recursive: true, force: true });
  const entryPoints = readdirSync(source).filter((name) => name.endsWith('.ts')).map((name) => join(source, name));
  await esbuild.build({ entryPoints, outdir, bundle: false, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning' });
  return join(outdir, 'index.js');
}
