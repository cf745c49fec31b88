/**
 * The server and CLI bundles neither evaluate code nor reach the network, start processes or
 * workers, nor read workspace files: a scan of `dist/`, and a full protocol session under Node's
 * permission model (no child processes, no workers, no writes, reads of the bundle only) with every
 * network and process function replaced by a tripwire.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageType, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol';
import { CODE_EVALUATION, FETCH, modulesByMap, modulesOf, NETWORK_MODULES, VM } from '../support/bundleScan';
import { joinLines, LspTestClient, ROOT, SERVER } from './lspClient';

const TRIPWIRE = path.join(ROOT, 'test', 'support', 'tripwire.cjs');
const DIST = path.join(ROOT, 'dist');

/** Modules of `bundle` (server or CLI) in which `pattern` occurs. */
function modulesMatching(file: string, pattern: RegExp): string[] {
  const bundle = fs.readFileSync(path.join(DIST, file), 'utf8');
  const parts = modulesOf(bundle);
  // The server's bundle is minified (esbuild.mjs): its markers are gone, its source map says where each part comes from.
  if (parts.length === 1 && fs.existsSync(path.join(DIST, `${file}.map`))) return modulesByMap(bundle, fs.readFileSync(path.join(DIST, `${file}.map`), 'utf8'), pattern);
  return [...new Set(parts.filter((part) => pattern.test(part.text)).map((part) => part.module))];
}

describe('the bundles in dist/', () => {
  for (const file of ['server.js', 'cli.js', 'cli-main.js']) {
    it(`${file} contains no eval, no new Function, no vm and no HTTP, TLS, datagram, worker or fetch module`, () => {
      assert.deepEqual(modulesMatching(file, CODE_EVALUATION), [], 'code evaluation');
      // The CLI's launcher compiles dist/cli-main.js with V8's code cache (server/src/cli/launch.ts); nothing else uses vm.
      assert.deepEqual(modulesMatching(file, VM), file === 'cli.js' ? ['server/src/cli/launch.ts'] : [], 'vm');
      assert.deepEqual(modulesMatching(file, NETWORK_MODULES), [], 'network or worker modules');
      assert.deepEqual(modulesMatching(file, FETCH), [], 'fetch');
    });
  }

  it('server.js requires no child_process: the language-server library module that resolves global node modules with npm, which the server never calls, is left out', () => {
    // scripts/lsp-unused.mjs puts stubs that throw in place of vscode-languageserver's `Files`.
    assert.deepEqual(modulesMatching('server.js', /require\("(?:node:)?child_process"\)/), []);
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'server', 'src', 'server.ts'), 'utf8'), /\bFiles\b|resolveGlobalNodePath|resolveModulePath/);
  });

  it('server.js requires net only in the JSON-RPC transports for --socket and --pipe', () => {
    const modules = modulesMatching('server.js', /require\("(?:node:)?net"\)/);
    assert.ok(modules.length > 0 && modules.every((m) => /vscode-jsonrpc\/lib\/node\/main\.js$/.test(m)), JSON.stringify(modules));
  });

  it('the CLI (cli.js and the checker it starts, cli-main.js) requires neither child_process nor net', () => {
    for (const file of ['cli.js', 'cli-main.js']) assert.deepEqual(modulesMatching(file, /require\("(?:node:)?(?:child_process|net)"\)/), [], file);
  });

  it('the scan finds a forbidden call where there is one', () => {
    const bundle = '// node_modules/x/index.js\nconst a = 1;\n// server/src/evil.ts\nfetch("https://example.com"); eval("1");\n';
    const parts = modulesOf(bundle).filter((part) => /\beval\s*\(/.test(part.text) && /\bfetch\s*\(/.test(part.text));
    assert.deepEqual(parts.map((p) => p.module), ['server/src/evil.ts']);
  });

  it('the scan of a minified bundle finds a forbidden call where there is one, through its source map', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-scan-'));
    try {
      fs.mkdirSync(path.join(dir, 'server', 'src'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'server', 'src', 'evil.ts'), 'export function evil(): unknown { return eval("1"); }\n');
      fs.writeFileSync(path.join(dir, 'server', 'src', 'main.ts'), 'import { evil } from "./evil";\nexport const kept = [1, 2].map((n) => n * 2);\nexport const bad = evil;\n');
      const esbuild = await import('esbuild');
      const result = await esbuild.build({ entryPoints: [path.join(dir, 'server', 'src', 'main.ts')], bundle: true, minify: true, sourcemap: 'external', format: 'cjs', platform: 'node', outfile: path.join(dir, 'out.js'), write: false, logLevel: 'silent' });
      const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
      const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!.text;
      assert.equal(modulesOf(code).length, 1, 'a minified bundle has no markers');
      assert.deepEqual(modulesByMap(code, map, /\beval\s*\(/), ['server/src/evil.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const NOTICE = joinLines(
  '# Privacy Policy',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam (privacy@acme.example) is the controller.',
  'We send you our newsletter with your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time.',
  '',
  '## Your rights',
  '',
  'You have the right of access, rectification and erasure.',
  'You may lodge a complaint with the Autoriteit Persoonsgegevens.',
  '',
);

describe('the language server with processes, sockets, HTTP, workers and file access refused', function () {
  let client: LspTestClient;
  let dir: string;
  let tripwireLog: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-security-'));
    tripwireLog = path.join(dir, 'attempts.log');
    client = await LspTestClient.start({
      nodeArgs: [
        '--experimental-permission',
        `--allow-fs-read=${SERVER}`,
        `--allow-fs-read=${TRIPWIRE}`,
        `--allow-fs-write=${tripwireLog}`,
        '--require',
        TRIPWIRE,
      ],
      env: { ...process.env, POLICY_AUTHOR_TRIPWIRE: tripwireLog },
    });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves every feature and attempts no process, socket, request, worker or file access', async () => {
    // A notice on disk that says something else than the editor's text: the server must check the editor's text.
    const file = path.join(dir, 'privacy.md');
    fs.writeFileSync(file, '# Privacy Policy\n\nWe keep your data for seven years. You have the right to object.\n');
    const uri = `file://${file}`;
    await client.open(uri, NOTICE);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'retention'), 'the findings should be those of the editor text, which has no retention period');
    const position = { line: 3, character: NOTICE.split('\n')[3]!.indexOf('consent') + 1 };
    assert.ok(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
    assert.ok((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).length > 0);
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok((await client.request<unknown[]>('textDocument/documentLink', { textDocument: { uri } })).length > 0);
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 10, character: 0 } });
    await client.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'We keep your data for two years.\n' }]);
    await client.diagnostics(uri, (p) => p.version === 2);
    await client.changeConfiguration({ policyAuthor: { documents: 'all' } });
    await client.checkAsNotice(uri);
    await client.close(uri);
    await client.ping();

    assert.ok(client.alive);
    assert.equal(fs.existsSync(tripwireLog) ? fs.readFileSync(tripwireLog, 'utf8') : '', '', 'the server attempted a forbidden call');
    const refused = client.logMessages.filter((m) => m.type === MessageType.Error && /ERR_ACCESS_DENIED|not allowed in the Policy Author server/.test(m.message));
    assert.deepEqual(refused, []);
  });

  it('records an attempt where one is made (the tripwire works)', () => {
    const log = path.join(dir, 'control.log');
    const script = "try { require('child_process').spawnSync('true') } catch {} try { require('net').connect(9) } catch {} try { fetch('http://127.0.0.1:9') } catch {}";
    spawnSync(process.execPath, ['--require', TRIPWIRE, '-e', script], { env: { ...process.env, POLICY_AUTHOR_TRIPWIRE: log } });
    const attempts = fs.readFileSync(log, 'utf8');
    for (const call of ['child_process.spawnSync', 'net.connect', 'globalThis.fetch']) assert.ok(attempts.includes(call), `${call} should be recorded`);
  });
});
