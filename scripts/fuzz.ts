/**
 * npm run fuzz [-- --count N] [-- --seed S] [-- --workers W]: the property of test/unit/fuzz.test.ts
 * (no exception, every range inside its document, edits keep the text) over N generated
 * documents (default 100,000), split across worker threads, each with its own seed. Prints the
 * time taken, and for a failure the seed, path and shrunk document to reproduce it.
 */
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkDocument, documentArbitrary, fc, VOCABULARY } from '../test/support/fuzz';

interface Job {
  readonly seed: number;
  readonly count: number;
}
interface Outcome {
  readonly seed: number;
  readonly count: number;
  readonly failed: boolean;
  readonly report: string;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number`);
    process.exit(2);
  }
  return value;
}

function run(job: Job): Outcome {
  const details = fc.check(
    fc.property(documentArbitrary, (doc) => {
      checkDocument(doc);
    }),
    { seed: job.seed, numRuns: job.count, endOnFailure: false },
  );
  return { seed: job.seed, count: details.numRuns, failed: details.failed, report: details.failed ? fc.defaultReportMessage(details) ?? 'failed' : '' };
}

if (isMainThread) {
  const count = option('count', 100_000);
  const seed = option('seed', 20261122);
  const workers = Math.max(1, option('workers', Math.min(os.availableParallelism(), 4)));
  const started = Date.now();
  console.log(`Fuzzing ${count} documents with seed ${seed} on ${workers} worker threads (vocabulary: ${VOCABULARY.words} words, ${VOCABULARY.cuePhrases} cue phrases, ${VOCABULARY.corpusLines} corpus lines)...`);
  const jobs: Job[] = Array.from({ length: workers }, (_, i) => ({ seed: seed + i, count: Math.floor(count / workers) + (i < count % workers ? 1 : 0) }));
  const outcomes = Promise.all(
    jobs.map(
      (job) =>
        new Promise<Outcome>((resolve, reject) => {
          // Workers do not inherit tsx's loader; the worker registers it before loading this file.
          const entry = `require('tsx/cjs/api').register(); require(${JSON.stringify(__filename)});`;
          const worker = new Worker(entry, { eval: true, workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a fuzz worker exited with code ${code}`)));
        }),
    ),
  );
  outcomes.then(
    (results) => {
      const seconds = (Date.now() - started) / 1000;
      const total = results.reduce((n, r) => n + r.count, 0);
      const failures = results.filter((r) => r.failed);
      for (const f of failures) console.error(`\nSeed ${f.seed} failed (rerun with --seed ${f.seed} --workers 1 --count ${f.count}):\n${f.report}`);
      console.log(`${total} documents in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} per second): ${failures.length ? `${failures.length} worker(s) found a failure` : 'no failures'}.`);
      process.exit(failures.length ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  parentPort!.postMessage(run(workerData as Job));
}
