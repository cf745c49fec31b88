/**
 * Prints, as JSON, every regular expression the analysis core constructs at run time (cue lists
 * compiled from the language tables, date patterns built from month names...). Run in its own
 * process by test/unit/regex-safety.test.ts, so that no cache filled by other tests hides a
 * construction: the global RegExp is wrapped before the core is loaded.
 */
// First, so that RegExp is wrapped before the core's modules are loaded.
import { seen } from './regex-recorder';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../../server/src/service/analysis';
import { TABLES } from '../../server/src/service/data';
import { caseless, caselessPieces } from '../../server/src/cli/caseless';
import { cueLists } from '../../server/src/service/cueIndex';
import { cueRegExp, first, LATIN, PLAIN, searchSource, writeLatinCaseless } from '../../server/src/service/match';

function main(): void {
  // Every cue list of every table, whether or not a fixture reaches it.
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) cueRegExp(v as string[]);
      else v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const t of Object.values(TABLES)) walk(t);
  // The patterns built while analysing real notices, in every supported language.
  const dir = path.resolve(__dirname, '../fixtures/corpus');
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const language of ['auto', ...Object.keys(TABLES)]) {
      for (const format of ['markdown', 'plaintext'] as const) analyzeDocument(text, { language: language as never, format });
    }
  }
  // The CLI's Latin expressions written without `i` (cli/caseless.ts), of every list, for texts
  // with plain spaces and with other whitespace.
  const lists = Object.values(TABLES).flatMap((t) => [...new Set(cueLists(t))]);
  const pieces = new Map(Object.entries(caselessPieces(lists.map(searchSource))));
  writeLatinCaseless((source) => caseless(source, pieces));
  for (const list of lists) for (const [text, kind] of [['x', LATIN | PLAIN], ['x\n', LATIN]] as const) first(list, text, 0, kind);
  process.stdout.write(JSON.stringify([...seen.values()]));
}

main();
