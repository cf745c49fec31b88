/**
 * `policy-author check`: the command-line checker, a second host of the language service.
 * Only the report goes to stdout (so `--format json > r.json` is always valid JSON);
 * everything else, one line per problem, goes to stderr. Built as dist/cli-main.js, which
 * dist/cli.js (cli/launch.ts) starts with V8's code cache and the V8 settings the CLI runs with.
 */
import { version, repository } from '../../package.json';
import { checkPaths } from './cli/check';
import { useReadyMade } from './cli/prebuilt';
import { parseArguments, USAGE, UsageError, type Request } from './cli/options';
import { formatJson, formatText, hasErrors } from './cli/report';
import { formatSarif } from './cli/sarif';

const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_FAILURE = 2;

/** Whether main ran a check (rather than printing help, the version or a usage error). */
let checked = false;

function main(args: readonly string[]): number {
  // Anything the service logs must not end up inside the report.
  console.log = console.info = console.debug = console.error;

  let request: Request;
  try {
    request = parseArguments(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`policy-author: ${e.message} (see policy-author --help)\n`);
    return EXIT_FAILURE;
  }
  if (request.kind === 'help') {
    process.stdout.write(USAGE());
    return EXIT_CLEAN;
  }
  if (request.kind === 'version') {
    process.stdout.write(`${version}\n`);
    return EXIT_CLEAN;
  }

  useReadyMade();
  const result = checkPaths(request.paths, request.settings);
  for (const w of result.warnings) process.stderr.write(`policy-author: warning: ${w.path}: ${w.reason}\n`);
  for (const p of result.problems) process.stderr.write(`policy-author: ${p.path}: ${p.reason}\n`);
  const failed = result.problems.length > 0;
  checked = true;

  switch (request.format) {
    case 'json':
      process.stdout.write(formatJson(result.files));
      break;
    case 'sarif':
      process.stdout.write(formatSarif(result.files, { version, informationUri: repository.url, executionSuccessful: !failed, cwd: process.cwd() }));
      break;
    case 'text':
      process.stdout.write(formatText(result.files));
      break;
  }
  if (failed) return EXIT_FAILURE;
  return hasErrors(result.files) ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`policy-author: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT_FAILURE;
}
if (checked) exitOnceWritten();

/**
 * Ends the process as soon as the report is written. Left to end by itself, Node first waits for
 * V8's background work to finish, chiefly the optimising compiler's queue, whose code would never
 * run: about 15–20 ms of every run on a 1 MB notice. Only after a check: with nothing queued
 * (`--version`, `--help`), `process.exit` costs a little more than ending by itself. The exit
 * waits one turn of the event loop, so that a failed write still reports as it did (the EPIPE
 * handler above, or an error), and it is left to Node when some output is still on its way (an
 * asynchronous pipe or terminal).
 */
function exitOnceWritten(): void {
  setImmediate(() => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  });
}
