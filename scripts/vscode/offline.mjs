// The offline runner: the integration suite in a real VS Code (code-server 4.100.3 = VS Code
// 1.100.3) shown in headless Debian Chromium, driven by playwright-core. All traffic stays on
// 127.0.0.1; every process it starts is stopped when it ends, on success, failure, timeout or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, codeServerEntry, ensureCodeServer } from './code-server.mjs';
import { prepareRun } from './workspace.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium headless, quiet and on loopback (see ../shared/vscode-offline.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** How long one run may take from starting the server to the report, before it counts as hung. */
const RUN_TIMEOUT_MS = 300_000;

/**
 * Runs the compiled suite (`testsPath`, an `index.js` exporting `run()`) in code-server.
 * `extension` is the development folder, or `{ vsix }` to install a package and test that.
 * `breakServer` preloads scripts/vscode/break-server.cjs, which keeps the language server's
 * diagnostics from reaching VS Code (to show that the suite then fails).
 * Returns the report written by the suite, or throws when there is none.
 * @param {{ repo: string, name: string, testsPath: string, extension: { folder: string } | { vsix: string }, screenshots?: boolean, grep?: string, breakServer?: boolean, log?: (line: string) => void }} options
 */
export async function runOffline(options) {
  const log = options.log ?? ((line) => console.log(line));
  const codeServer = codeServerEntry(ensureCodeServer(log));
  const dirs = prepareRun(options.repo, options.name);
  const env = {
    ...process.env,
    // Without it the server and the page query an extension gallery on the internet.
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
    XDG_RUNTIME_DIR: dirs.tmp,
    TMPDIR: dirs.tmp,
    POLICY_AUTHOR_TEST_REPORT: dirs.report,
    POLICY_AUTHOR_SCREENSHOT_DIR: options.screenshots ? dirs.screenshots : '',
    POLICY_AUTHOR_TEST_GREP: options.grep ?? '',
  };
  if (options.breakServer) {
    // Inherited by the extension host and the language server it forks.
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(join(options.repo, 'scripts', 'vscode', 'break-server.cjs'))}`.trim();
    // Most results never come; a short wait per test keeps the run within its time limit.
    env.POLICY_AUTHOR_TEST_DEADLINE_MS = '3000';
  }
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  let developmentPath = options.extension.folder;
  if ('vsix' in options.extension) {
    const install = spawnSync(process.execPath, [codeServer, ...common, '--install-extension', options.extension.vsix], { env, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`Installing ${options.extension.vsix} into code-server failed:\n${install.stdout}${install.stderr}`);
    // The suite needs a development extension to run in; an empty one, so that Policy Author comes from the package.
    developmentPath = join(options.repo, 'test', 'integration', 'host');
    env.POLICY_AUTHOR_TEST_EXTENSION_ROOT = dirs.extensions;
  } else {
    env.POLICY_AUTHOR_TEST_EXTENSION_ROOT = developmentPath;
  }

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const cleanups = [];
  const cleanup = async () => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch {
        // Keep stopping the rest.
      }
    }
  };
  const onSignal = (signal) => {
    void cleanup().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const serverLog = createWriteStream(join(dirs.root, 'code-server.log'));
  const consoleLog = createWriteStream(join(dirs.root, 'browser-console.log'));
  try {
    const server = spawn(process.execPath, [
      codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', ...common, dirs.workspace,
    ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout.pipe(serverLog);
    server.stderr.pipe(serverLog);
    cleanups.push(() => stopGroup(server));
    await waitUntil('code-server to answer', 60_000, async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}; see ${join(dirs.root, 'code-server.log')}`);
      try {
        return (await fetch(`${origin}/healthz`)).ok;
      } catch {
        return false;
      }
    });

    log(`${options.name}: code-server ${CODE_SERVER_VERSION} listening on ${origin} after ${elapsed()}`);
    const browserServer = await chromium.launchServer({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      host: '127.0.0.1',
      env: { ...process.env, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME, XDG_DATA_HOME: env.XDG_DATA_HOME, TMPDIR: dirs.tmp },
    });
    const browserPid = browserServer.process().pid;
    cleanups.push(async () => {
      await Promise.race([browserServer.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (browserPid) killQuietly(browserPid, 'SIGKILL');
    });
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.message}\n`));

    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(options.testsPath)]];
    await page.goto(`${origin}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

    await waitUntil('the suite to write its report', RUN_TIMEOUT_MS, async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode} during the run`);
      if (options.screenshots) await takeRequestedScreenshots(page, dirs.screenshots);
      return existsSync(dirs.report);
    });
    log(`${options.name}: suite finished after ${elapsed()}`);
    const report = JSON.parse(readFileSync(dirs.report, 'utf8'));
    return { report, dirs };
  } catch (error) {
    const tail = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-25).join('\n') : '');
    serverLog.end();
    consoleLog.end();
    throw new Error(`${error instanceof Error ? error.message : error}\n--- code-server log (last lines) ---\n${tail(join(dirs.root, 'code-server.log'))}\n--- browser console (last lines) ---\n${tail(join(dirs.root, 'browser-console.log'))}`);
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    serverLog.end();
    consoleLog.end();
  }
}

/**
 * The suite asks for a screenshot by writing `NAME.request` into the screenshot folder once the
 * screen shows what it should, and waits for `NAME.png`.
 */
async function takeRequestedScreenshots(page, dir) {
  for (const request of readdirSync(dir).filter((name) => name.endsWith('.request'))) {
    const name = request.slice(0, -'.request'.length);
    const file = join(dir, `${name}.png`);
    // Let the workbench finish painting the hover or menu the suite just opened.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${file}.partial.png` });
    renameSync(`${file}.partial.png`, file);
    rmSync(join(dir, request));
  }
}

async function waitUntil(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Stops code-server and everything it started (extension host, language server): its whole process group. */
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killQuietly(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  // Whatever is left of the group: a server that did not stop in time, or children that outlived it.
  killQuietly(-child.pid, 'SIGKILL');
}

function killQuietly(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

export { CODE_SERVER_VERSION };
