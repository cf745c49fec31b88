/**
 * npm run fuzz [-- --count N --seed S --workers W --shard-size K --state FILE]: the property of
 * test/unit/fuzz.test.ts (no exception, every range inside its document, edits keep the text)
 * over N generated documents (default 100,000).
 *
 * The run is cut into shards of K documents (default 1,000); shard i is fast-check's run with
 * seed S + i, so every shard reproduces on its own (`--seed S+i --count K --workers 1`). Worker
 * threads take shards from a queue, a line of progress is printed per shard, and with `--state`
 * every finished shard is appended to FILE as a JSON line: a run started again with the same
 * file, seed and shard size skips the shards already done, so a long run on a shared machine can
 * be stopped and resumed. Exits 1 when a shard found a failure, printing its shrunk document.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { checkDocument, documentArbitrary, fc, VOCABULARY } from '../test/support/fuzz';

interface Shard {
  readonly index: number;
  readonly seed: number;
  readonly count: number;
}
interface Outcome {
  readonly index: number;
  readonly seed: number;
  readonly count: number;
  readonly failed: boolean;
  readonly report: string;
  /** Wall-clock seconds the shard took in its worker. */
  readonly seconds: number;
}
/** One line of the state file. */
interface Recorded extends Outcome {
  readonly runSeed: number;
  readonly shardSize: number;
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

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(`--${name} needs a file name`);
    process.exit(2);
  }
  return value;
}

function runShard(shard: Shard): Outcome {
  const started = Date.now();
  const details = fc.check(
    fc.property(documentArbitrary, (doc) => {
      checkDocument(doc);
    }),
    { seed: shard.seed, numRuns: shard.count },
  );
  return {
    index: shard.index,
    seed: shard.seed,
    count: details.numRuns,
    failed: details.failed,
    report: details.failed ? fc.defaultReportMessage(details) ?? 'failed' : '',
    seconds: (Date.now() - started) / 1000,
  };
}

/** Shards recorded in the state file for this seed and shard size. */
function recordedShards(file: string | undefined, runSeed: number, shardSize: number): Map<number, Recorded> {
  const done = new Map<number, Recorded>();
  if (!file || !fs.existsSync(file)) return done;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Recorded;
      if (r.runSeed === runSeed && r.shardSize === shardSize) done.set(r.index, r);
    } catch {
      // A line cut short when a run was stopped mid-write: that shard simply runs again.
    }
  }
  return done;
}

const minutes = (s: number): string => (s < 120 ? `${s.toFixed(0)} s` : `${(s / 60).toFixed(1)} min`);

function main(): void {
  const count = option('count', 100_000);
  const seed = option('seed', 20261122);
  const shardSize = Math.max(1, option('shard-size', 1000));
  const workers = Math.max(1, option('workers', Math.min(os.availableParallelism(), 4)));
  const stateFile = textOption('state');

  const shards: Shard[] = [];
  for (let index = 0; index * shardSize < count; index++) shards.push({ index, seed: seed + index, count: Math.min(shardSize, count - index * shardSize) });
  const recorded = recordedShards(stateFile, seed, shardSize);
  const outcomes: Outcome[] = [];
  for (const shard of shards) {
    const r = recorded.get(shard.index);
    if (r && r.count === shard.count && r.seed === shard.seed) outcomes.push(r);
  }
  const queue = shards.filter((s) => !outcomes.some((o) => o.index === s.index));
  const resumed = outcomes.reduce((n, o) => n + o.count, 0);

  console.log(
    `Fuzzing ${count} documents with seed ${seed}: ${shards.length} shards of up to ${shardSize}, ${Math.min(workers, Math.max(1, queue.length))} worker thread(s)` +
      ` (vocabulary: ${VOCABULARY.words} words, ${VOCABULARY.cuePhrases} cue phrases, ${VOCABULARY.corpusLines} corpus lines).`,
  );
  if (resumed) console.log(`Resuming from ${stateFile}: ${outcomes.length} shards (${resumed} documents) already done, ${outcomes.filter((o) => o.failed).length} of them failed.`);

  const started = Date.now();
  const cpuStart = process.cpuUsage();
  let ran = 0;
  const record = (outcome: Outcome): void => {
    outcomes.push(outcome);
    ran += outcome.count;
    if (stateFile) fs.appendFileSync(stateFile, JSON.stringify({ ...outcome, runSeed: seed, shardSize } satisfies Recorded) + '\n');
    const elapsed = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const left = count - resumed - ran;
    const eta = ran > 0 ? (elapsed / ran) * left : 0;
    const done = resumed + ran;
    console.log(
      `[${done}/${count}] shard ${outcome.index} (seed ${outcome.seed}): ${outcome.count} documents, ${outcome.failed ? 'FAILED' : 'ok'} in ${outcome.seconds.toFixed(1)} s;` +
        ` ${minutes(elapsed)} elapsed, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU, about ${minutes(eta)} left`,
    );
    if (outcome.failed) console.error(`\nShard ${outcome.index} failed (rerun it alone with --seed ${outcome.seed} --count ${outcome.count} --workers 1):\n${outcome.report}\n`);
  };

  const finish = (): void => {
    const seconds = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const total = outcomes.reduce((n, o) => n + o.count, 0);
    const failures = outcomes.filter((o) => o.failed).sort((a, b) => a.index - b.index);
    for (const f of failures) console.error(`Shard ${f.index} (seed ${f.seed}) failed: rerun with --seed ${f.seed} --count ${f.count} --workers 1`);
    console.log(
      `${total} documents (${ran} in this run, in ${minutes(seconds)}, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU, ${ran ? ((cpu.user + cpu.system) / 1000 / ran).toFixed(1) : '0'} ms CPU per document):` +
        ` ${failures.length ? `${failures.length} shard(s) found a failure` : 'no failures'}.`,
    );
    if (total < count) console.error(`Only ${total} of ${count} documents ran: a worker stopped early.`);
    process.exit(failures.length || total < count ? 1 : 0);
  };
  if (queue.length === 0) return finish();

  // Workers do not inherit tsx's loader; each registers it before loading this file.
  const entry = `require('tsx/cjs/api').register(); require(${JSON.stringify(__filename)});`;
  let active = 0;
  const startWorker = (): void => {
    const worker = new Worker(entry, { eval: true });
    active++;
    const next = (): void => {
      const shard = queue.shift();
      if (shard) worker.postMessage(shard);
      else void worker.terminate();
    };
    worker.on('message', (outcome: Outcome) => {
      record(outcome);
      next();
    });
    worker.once('error', (error) => {
      console.error(error);
      process.exit(1);
    });
    worker.once('exit', () => {
      if (--active === 0) finish();
    });
    next();
  };
  for (let i = 0; i < Math.min(workers, queue.length); i++) startWorker();
}

if (isMainThread) main();
else parentPort!.on('message', (shard: Shard) => parentPort!.postMessage(runShard(shard)));
