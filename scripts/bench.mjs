// `npm run bench`: how fast Policy Author is, on the corpus and on generated notices of growing
// size, next to markdownlint as a reference; the language server over stdio; the CLI. Prints a
// table, or with --json one JSON object. Not part of `npm test`: timings belong here, not in tests.
//
//   npm run bench                 everything (a few minutes on a 2-core machine)
//   npm run bench -- --json       machine-readable results on stdout
//   npm run bench -- --only analysis,lsp,cli   a part of it
//   npm run bench -- --quick      fewer repeats (for a quick look, not for the record)
//   npm run bench -- --save-texts DIR   writes the generated notices to DIR (for profiling) and stops
//
// The analysis is timed through a bundle of the service made here with esbuild (the same code the
// server and CLI bundle), each run with a fresh service so no cache carries over between runs.
// Generated notices repeat real sections of the corpus (test/fixtures/corpus), with words and
// numbers varied so that no two sentences are alike and no per-sentence cache can cheat.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { markdownItBlockPlugin } from './markdown-it-block.mjs';
import { lint as markdownlint } from 'markdownlint/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',') : ['analysis', 'lsp', 'cli'];
const log = (msg) => process.stderr.write(`${msg}\n`);

// ---------------------------------------------------------------- setup

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-author-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

log('bench: building dist/ and a bundle of the service');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });
if (build.status !== 0) process.exit(1);
const serviceBundle = path.join(work, 'service.cjs');
await esbuild.build({
  stdin: {
    contents: [
      "export { createPolicyService, DEFAULT_SETTINGS } from './server/src/service/index';",
      "export { analyzeDocument } from './server/src/service/analysis';",
      "export { TextDocument } from 'vscode-languageserver-textdocument';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: serviceBundle,
  plugins: [markdownItBlockPlugin],
  logLevel: 'warning',
});
const { createPolicyService, DEFAULT_SETTINGS, analyzeDocument, TextDocument } = require(serviceBundle);

// ---------------------------------------------------------------- texts

/** A small deterministic random source (mulberry32), so every run benchmarks the same texts. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpusDir = path.join(root, 'test', 'fixtures', 'corpus');
const corpus = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, lang: f.slice(0, 2), text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));

/** The sections of the corpus notices of a language, as the document model finds them: a title and its body. */
function sectionsOf(lang) {
  const out = [];
  for (const c of corpus.filter((x) => x.lang === lang)) {
    const model = analyzeDocument(c.text, { language: lang, format: 'plaintext' }).model;
    for (const s of model.sections) {
      const bodyStart = model.blocks[s.heading].end;
      const body = c.text.slice(bodyStart, s.end).trim();
      if (body.length > 40) out.push({ title: s.title.trim(), body });
    }
  }
  return out;
}

/**
 * Varies a piece of text so it is no longer a copy: every number gets other digits, and about
 * one word in eight (of five letters or more) is swapped for another word of the same corpus.
 */
function vary(text, rnd, vocabulary) {
  return text
    .replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** d.length)).padStart(d.length, '1'))
    .replace(/\p{Ll}{5,}/gu, (w) => (rnd() < 0.125 ? vocabulary[Math.floor(rnd() * vocabulary.length)] : w));
}

/** A Markdown notice of about `bytes` bytes made of varied real sections of the corpus in `lang`. */
function generate(lang, bytes, seed) {
  const rnd = random(seed);
  const sections = sectionsOf(lang);
  const vocabulary = [...new Set(corpus.filter((c) => c.lang === lang).flatMap((c) => c.text.match(/\p{Ll}{5,}/gu) ?? []))];
  const title = lang === 'nl' ? 'Privacyverklaring' : 'Privacy notice';
  const parts = [`# ${title} ${seed}\n`];
  let size = parts[0].length;
  let n = 0;
  while (size < bytes) {
    const s = sections[Math.floor(rnd() * sections.length)];
    const part = `## ${n + 1}. ${vary(s.title, rnd, vocabulary)}\n\n${vary(s.body, rnd, vocabulary)}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
    n++;
  }
  return parts.join('\n');
}

const SIZES = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

// ---------------------------------------------------------------- statistics

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Runs `fn` to warm up (at least `warmup` runs and `warmupMs` of them), then until `runs` runs or
 * `budgetMs` have passed (at least `minRuns` runs). The warm-up is timed, not counted: V8 compiles
 * a function with its optimising compiler only after it has run for a while, and a few runs of a
 * small notice (2 ms each) are over long before that, so a median of the runs after them measured
 * the compiler at work (the first text of the table several times slower than the same text later).
 */
function measure(fn, { warmup = 3, warmupMs = 1000, runs = 200, budgetMs = 4000, minRuns = 3 } = {}) {
  if (quick) { runs = Math.min(runs, 5); budgetMs = Math.min(budgetMs, 1000); warmup = Math.min(warmup, 1); warmupMs = Math.min(warmupMs, 200); minRuns = Math.min(minRuns, 1); }
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (warmupMs > 0 && performance.now() - warmStart < warmupMs); i++) fn();
  const times = [];
  // CPU time too: on a machine other processes load, a run's wall clock includes waiting for a
  // core, its CPU time hardly does.
  const cpuTimes = [];
  const start = performance.now();
  while (times.length < runs && (times.length < minRuns || performance.now() - start < budgetMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  return { median: median(times), p95: quantile(times, 0.95), cpuMedian: median(cpuTimes), runs: times.length };
}

// ---------------------------------------------------------------- analysis and markdownlint

let version = 0;
/** What the server does for one version of a document: analyse it and make its diagnostics, from a cold service. */
function check(text, format) {
  const service = createPolicyService();
  const uri = format === 'markdown' ? 'file:///bench/notice.md' : 'file:///bench/notice.txt';
  const document = TextDocument.create(uri, format, ++version, text);
  return service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
}

function lintMarkdown(text) {
  return markdownlint({ strings: { notice: text } });
}

/**
 * The table's texts. A generated text is made when its row is measured, not before, so the corpus
 * rows are not measured with about 12 MB of other texts held in memory. In single runs at a load
 * of 2–4, en-koopr measured 1.65–2.13 ms with all texts made first and 1.37–1.44 ms without; the
 * instructions a run executes are the same either way (cachegrind, `--single-threaded`: 14.3 and
 * 14.4 M), so what differed is how the machine ran them, and the table should not depend on it.
 */
function analysisTexts() {
  return [
    ...corpus.map((c) => ({ name: `corpus ${c.name}`, kind: 'corpus', text: c.text, format: 'plaintext' })),
    ...['en', 'nl'].flatMap((lang, li) =>
      SIZES.map(([label, bytes], si) => ({
        name: `generated ${lang} ${label}`,
        kind: 'generated',
        format: 'markdown',
        get text() {
          return generate(lang, bytes, 1 + li * 10 + si);
        },
      })),
    ),
  ];
}

/**
 * Runs the analysis over every corpus notice in turn for a while before the table, so the table's
 * first text is not measured while V8 is still optimising code that all texts share (each text's
 * own warm-up in `measure` then only settles what is particular to it). A server that has been
 * open for a while runs warm code.
 */
function warmService(texts, ms) {
  const start = performance.now();
  while (performance.now() - start < ms) for (const t of texts) check(t.text, t.format);
}

function benchAnalysis() {
  const rows = [];
  const texts = analysisTexts();
  warmService(texts.filter((t) => t.kind === 'corpus'), quick ? 200 : 2000);
  for (const row of texts) {
    const t = { name: row.name, kind: row.kind, format: row.format, text: row.text };
    const kb = Buffer.byteLength(t.text) / 1000;
    const big = kb > 2000;
    const opts = big ? { warmup: 1, runs: 5, budgetMs: 20_000 } : kb > 500 ? { warmup: 2, runs: 10, budgetMs: 15_000 } : {};
    log(`bench: analysis of ${t.name} (${round(kb, 1)} KB)`);
    const ours = measure(() => check(t.text, t.format), opts);
    // markdownlint takes tens of seconds on the largest texts: fewer runs of it there.
    const ml = measure(() => lintMarkdown(t.text), big ? { warmup: 0, warmupMs: 0, runs: 1, budgetMs: 0, minRuns: 1 } : opts);
    rows.push({
      text: t.name,
      kind: t.kind,
      format: t.format,
      kb: round(kb, 1),
      medianMs: round(ours.median, 3),
      p95Ms: round(ours.p95, 3),
      msPerKb: round(ours.median / kb, 4),
      cpuMedianMs: round(ours.cpuMedian, 3),
      runs: ours.runs,
      markdownlintMedianMs: round(ml.median, 3),
      ratio: round(ours.median / ml.median, 3),
    });
  }
  return rows;
}

// ---------------------------------------------------------------- language server over stdio

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

/** Spawns `node dist/server.js --stdio`; resolves when the initialize response arrives. */
async function startServer() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** Who waits for which diagnostics. */
  const waiting = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    for (const w of waiting) if (w.uri === p.uri && w.accept(p)) { waiting.delete(w); w.resolve(at); }
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
    },
  });
  const initializeMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    initializeMs,
    /** Resolves with the time diagnostics for `uri` satisfying `accept` arrive. */
    diagnostics(uri, accept) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 60 s`)), 60_000);
        waiting.add({ uri, accept, resolve: (at) => { clearTimeout(timer); resolve(at); } });
      });
    },
    open(uri, text, version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, version, contentChanges) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    /** CPU time (user + system) the server has used so far, in ms (Linux only; NaN elsewhere). */
    cpuMs() {
      try {
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {
        return NaN;
      }
    },
    /** Current resident set size of the server, in MB (Linux: VmRSS; NaN elsewhere). */
    rssMb() {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
      } catch {
        return NaN;
      }
    },
    /** Peak resident set size of the server so far, in MB (Linux: VmHWM; elsewhere: current RSS from ps). */
    peakRssMb() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
      } catch {
        const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' });
        return Number(ps.stdout.trim()) / 1024;
      }
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch { /* already gone */ }
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      connection.dispose();
    },
  };
}

/** A position in the middle of a text, at the end of a word (so the typed letter extends it). */
function middleOfText(text) {
  let i = Math.floor(text.length / 2);
  while (i < text.length && /\p{L}/u.test(text[i])) i++;
  while (i > 0 && !/\p{L}/u.test(text[i - 1])) i--;
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  const character = i - (before.lastIndexOf('\n') + 1);
  return { offset: i, line, character };
}

async function benchLsp() {
  const result = {};
  // Initialize: several spawns, median.
  const inits = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const s = await startServer();
    inits.push(s.initializeMs);
    await s.stop();
  }
  result.initializeMs = round(median(inits), 1);
  log(`bench: LSP initialize ${result.initializeMs} ms`);

  // First diagnostics and keystrokes on a 100 KB notice.
  const server = await startServer();
  const text = generate('en', 100_000, 101);
  const uri = 'file:///bench/keystrokes.md';
  const openedAt = performance.now();
  const first = server.diagnostics(uri, (p) => p.version === 1);
  await server.open(uri, text);
  result.firstDiagnosticsMs = round((await first) - openedAt, 1);
  log(`bench: LSP first diagnostics on 100 KB ${result.firstDiagnosticsMs} ms`);

  const { line, character } = middleOfText(text);
  let v = 1;
  const keystrokes = [];
  let cpuBefore = NaN;
  const letters = 'etaoinshrdlu';
  const total = quick ? 30 : 220;
  for (let k = 0; k < total; k++) {
    v++;
    const version = v;
    const done = server.diagnostics(uri, (p) => p.version === version);
    const t0 = performance.now();
    await server.change(uri, version, [{ range: { start: { line, character: character + k }, end: { line, character: character + k } }, text: letters[k % letters.length] }]);
    const at = await done;
    if (k >= 20 || quick) keystrokes.push(at - t0); // the first 20 warm the server up
    if (k === (quick ? 0 : 19)) cpuBefore = server.cpuMs();
    // A fast typist: about 12 keys a second.
    await new Promise((r) => setTimeout(r, 80));
  }
  // The server's CPU time per key, which the load of other processes on the machine hardly changes.
  result.keystrokeCpuMs = round((server.cpuMs() - cpuBefore) / (quick ? total - 1 : total - 20), 2);
  result.keystrokes = keystrokes.length;
  result.keystrokeP50Ms = round(median(keystrokes), 2);
  result.keystrokeP95Ms = round(quantile(keystrokes, 0.95), 2);
  log(`bench: LSP keystroke p50 ${result.keystrokeP50Ms} ms, p95 ${result.keystrokeP95Ms} ms, server CPU ${result.keystrokeCpuMs} ms a key`);

  // A burst: ten keys with no pause, then the time until the last version's diagnostics.
  const bursts = [];
  for (let b = 0; b < (quick ? 2 : 10); b++) {
    const t0 = performance.now();
    const target = v + 10;
    const last = server.diagnostics(uri, (p) => p.version === target);
    for (let k = 0; k < 10; k++) {
      v++;
      await server.change(uri, v, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
    }
    bursts.push((await last) - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  result.burstOf10Ms = round(median(bursts), 1);
  log(`bench: LSP burst of 10 keys ${result.burstOf10Ms} ms`);
  await server.stop();

  // Peak RSS with 100 open notices (10-50 KB each, all different).
  const many = await startServer();
  await new Promise((r) => setTimeout(r, 500));
  result.idleRssMb = round(many.rssMb(), 1);
  log(`bench: LSP idle RSS after initialize ${result.idleRssMb} MB`);
  const waits = [];
  for (let i = 0; i < 100; i++) {
    const lang = i % 2 ? 'nl' : 'en';
    const notice = generate(lang, 10_000 + (i % 5) * 10_000, 1000 + i);
    const u = `file:///bench/notice-${i}.md`;
    waits.push(many.diagnostics(u, (p) => p.version === 1));
    await many.open(u, notice);
  }
  await Promise.all(waits);
  result.openNotices = 100;
  result.peakRssMb = round(many.peakRssMb(), 1);
  result.rssAfterMb = round(many.rssMb(), 1);
  log(`bench: LSP peak RSS with 100 open notices ${result.peakRssMb} MB (${result.rssAfterMb} MB at the end)`);
  await many.stop();
  return result;
}

// ---------------------------------------------------------------- CLI

function timeCli(cliArgs, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...cliArgs], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`policy-author ${cliArgs.join(' ')} exited with ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

const CLI_SIZES = [1_000_000, 5_000_000];

/** The generated English notice of about `bytes` bytes that the CLI part checks. */
function cliText(bytes) {
  return generate('en', bytes, 7000 + bytes / 1000);
}

function benchCli() {
  const result = {};
  const startMs = timeCli(['--version'], quick ? 3 : 7);
  result.processStartMs = round(startMs, 1);
  const dir = path.join(work, 'notices');
  fs.mkdirSync(dir);
  const sizes = [];
  for (let i = 0; i < 1000; i++) {
    const lang = i % 3 ? 'nl' : 'en';
    const notice = generate(lang, 3_000 + (i % 7) * 2_000, 5000 + i);
    sizes.push(notice.length);
    fs.writeFileSync(path.join(dir, `notice-${i}.md`), notice);
  }
  log('bench: CLI on 1,000 notices');
  const allMs = timeCli(['check', '--format', 'json', 'notices'], quick ? 1 : 3);
  result.notices = 1000;
  result.noticesTotalMb = round(sizes.reduce((a, b) => a + b, 0) / 1e6, 1);
  result.noticesMs = round(allMs, 0);
  result.filesPerSecond = round(1000 / (allMs / 1000), 0);
  for (const [label, bytes, runs] of [['1 MB', CLI_SIZES[0], 5], ['5 MB', CLI_SIZES[1], 3]]) {
    const file = `big-${bytes}.md`;
    fs.writeFileSync(path.join(work, file), cliText(bytes));
    log(`bench: CLI on ${label}`);
    const ms = timeCli(['check', '--format', 'json', file], quick ? 1 : runs);
    result[`check${label.replace(' ', '')}Ms`] = round(ms, 0);
    result[`check${label.replace(' ', '')}BeyondStartMs`] = round(ms - startMs, 0);
  }
  return result;
}

// ---------------------------------------------------------------- run and report

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverage: os.loadavg().map((x) => round(x, 2)),
  date: new Date().toISOString(),
};
const saveTexts = args.includes('--save-texts') ? args[args.indexOf('--save-texts') + 1] : undefined;
if (saveTexts) {
  fs.mkdirSync(saveTexts, { recursive: true });
  for (const t of analysisTexts()) if (t.kind === 'generated') fs.writeFileSync(path.join(saveTexts, `${t.name.replace(/^generated /, '').replace(/ /g, '-')}.md`), t.text);
  // The CLI part's own 1 MB and 5 MB notices (other seeds than the analysis part's).
  for (const bytes of CLI_SIZES) fs.writeFileSync(path.join(saveTexts, `cli-${bytes / 1e6}-MB.md`), cliText(bytes));
  log(`bench: generated notices written to ${saveTexts}`);
  process.exit(0);
}
const results = { machine };
if (only.includes('analysis')) results.analysis = benchAnalysis();
if (only.includes('lsp')) results.lsp = await benchLsp();
if (only.includes('cli')) results.cli = benchCli();
results.machine.loadAverageAfter = os.loadavg().map((x) => round(x, 2));

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const out = [];
  out.push(`Machine: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.platform}; load ${machine.loadAverage.join(' ')} → ${machine.loadAverageAfter.join(' ')}`);
  if (results.analysis) {
    out.push('', 'Analysis (analyse + diagnostics, cold service each run)');
    const head = ['text', 'KB', 'median ms', 'p95 ms', 'ms/KB', 'CPU ms', 'runs', 'markdownlint ms', 'ratio'];
    const rows = results.analysis.map((r) => [r.text, r.kb, r.medianMs, r.p95Ms, r.msPerKb, r.cpuMedianMs, r.runs, r.markdownlintMedianMs, r.ratio].map(String));
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    out.push(line(head), ...rows.map(line));
  }
  if (results.lsp) {
    const l = results.lsp;
    out.push('', 'Language server over stdio');
    out.push(`  initialize response after spawn      ${l.initializeMs} ms (median of spawns)`);
    out.push(`  first diagnostics, 100 KB notice     ${l.firstDiagnosticsMs} ms after didOpen`);
    out.push(`  keystroke → diagnostics, 100 KB      p50 ${l.keystrokeP50Ms} ms, p95 ${l.keystrokeP95Ms} ms (${l.keystrokes} keys)`);
    out.push(`  server CPU time per keystroke        ${l.keystrokeCpuMs} ms`);
    out.push(`  burst of 10 keys → last diagnostics  ${l.burstOf10Ms} ms`);
    out.push(`  RSS of an idle server                ${l.idleRssMb} MB`);
    out.push(`  peak RSS, ${l.openNotices} open notices          ${l.peakRssMb} MB (${l.rssAfterMb} MB at the end)`);
  }
  if (results.cli) {
    const c = results.cli;
    out.push('', 'CLI (node dist/cli.js check --format json)');
    out.push(`  process start (--version)            ${c.processStartMs} ms`);
    out.push(`  ${c.notices} notices (${c.noticesTotalMb} MB)           ${c.noticesMs} ms, ${c.filesPerSecond} files/s`);
    out.push(`  1 MB notice                          ${c.check1MBMs} ms (${c.check1MBBeyondStartMs} ms beyond start)`);
    out.push(`  5 MB notice                          ${c.check5MBMs} ms (${c.check5MBBeyondStartMs} ms beyond start)`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
