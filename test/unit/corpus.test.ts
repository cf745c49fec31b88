/**
 * Accuracy on the annotated corpus: five real notices (one English, four Dutch) checked through
 * the service as the CLI checks named files, scored against gold.json the way
 * ../shared/tools/score.mjs scores the CLI's JSON output.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const SCORER = path.resolve(__dirname, '../../../shared/tools/score.mjs');

interface GoldItem {
  readonly status: 'present' | 'absent' | 'n/a';
  readonly evidence?: string | null;
}
type Gold = Record<string, { readonly language?: string; readonly items: Record<string, GoldItem> }>;

/** What `npm run check -- --format json` prints: the shape score.mjs reads. */
interface ResultFile {
  readonly path: string;
  readonly language: string;
  readonly diagnostics: readonly Diagnostic[];
}

const QUALITY = new Set(['vague-retention', 'implied-consent', 'outdated-reference', 'basis-without-purpose']);
/** Severities score.mjs counts: error, warning, information (hints are not counted). */
const COUNTED = new Set<unknown>(['error', 'warning', 'information', 'info', 1, 2, 3]);

interface Score {
  readonly files: number;
  readonly languageRight: number;
  readonly languageTotal: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly mismatches: string[];
}

/** score.mjs's algorithm: per file and gold id, "flagged" when a counted diagnostic has that code. */
function score(gold: Gold, files: readonly ResultFile[]): Score {
  const byKey = new Map<string, ResultFile>();
  for (const f of files) {
    const p = f.path.replaceAll('\\', '/');
    const key = Object.keys(gold).find((k) => p === k || p.endsWith('/' + k));
    if (key) byKey.set(key, f);
  }
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const mismatches: string[] = [];
  let languageRight = 0;
  let languageTotal = 0;
  for (const [key, g] of Object.entries(gold)) {
    const f = byKey.get(key);
    if (!f) { mismatches.push(`${key}: no result for this file`); continue; }
    if (g.language) {
      languageTotal++;
      if (f.language === g.language) languageRight++;
      else mismatches.push(`${key}: language ${f.language} (gold ${g.language})`);
    }
    const flagged = new Set(
      f.diagnostics
        .filter((d) => COUNTED.has(typeof d.severity === 'string' ? (d.severity as string).toLowerCase() : d.severity))
        .map((d) => String(d.code)),
    );
    for (const [id, item] of Object.entries(g.items)) {
      const should = QUALITY.has(id) ? item.status === 'present' : item.status === 'absent';
      const did = flagged.has(id);
      if (should && did) sum.tp++;
      else if (!should && !did) sum.tn++;
      else if (did) { sum.fp++; mismatches.push(`${key}: ${id} flagged, gold says ${item.status}${item.evidence ? ` ("${String(item.evidence).slice(0, 80)}")` : ''}`); }
      else { sum.fn++; mismatches.push(`${key}: ${id} not flagged, gold says ${item.status}`); }
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const precision = ratio(sum.tp, sum.tp + sum.fp);
  const recall = ratio(sum.tp, sum.tp + sum.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { files: byKey.size, languageRight, languageTotal, ...sum, precision, recall, f1, mismatches };
}

/** Checks each corpus notice as the CLI checks a file named on the command line (plain text, forced). */
function check(gold: Gold): ResultFile[] {
  const service = createPolicyService();
  return Object.keys(gold).map((name) => {
    const file = path.join(CORPUS, name);
    const document = TextDocument.create(pathToFileURL(file).href, 'plaintext', 1, readFileSync(file, 'utf8'));
    const language = service.analyze(document, DEFAULT_SETTINGS).language;
    const diagnostics = service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
    return { path: `test/fixtures/corpus/${name}`, language, diagnostics };
  });
}

describe('Corpus accuracy', function () {
  this.timeout(60_000);
  let gold: Gold;
  let files: ResultFile[];
  let result: Score;

  before(() => {
    gold = JSON.parse(readFileSync(path.join(CORPUS, 'gold.json'), 'utf8')) as Gold;
    files = check(gold);
    result = score(gold, files);
  });

  const summary = (): string =>
    `precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, F1 ${result.f1.toFixed(3)} ` +
    `(tp ${result.tp}, fp ${result.fp}, fn ${result.fn}, tn ${result.tn})\nmismatches:\n  ${result.mismatches.join('\n  ')}`;

  it('has the five annotated notices, each with the 27 ids', () => {
    assert.deepEqual(Object.keys(gold).sort(), ['en-koopr.txt', 'nl-kooti.txt', 'nl-koper.txt', 'nl-soosr.txt', 'nl-voipro.txt']);
    for (const g of Object.values(gold)) assert.equal(Object.keys(g.items).length, 27);
  });

  it('finds a result for every notice and detects the language of all five', () => {
    assert.equal(result.files, 5);
    assert.equal(result.languageRight, 5, result.mismatches.filter((m) => m.includes('language')).join('\n'));
    assert.equal(result.languageTotal, 5);
  });

  it('reaches an F1 of at least 0.95 against the hand annotations', () => {
    assert.ok(result.f1 >= 0.95, summary());
  });

  it('scores the same as score.mjs on the same JSON', function () {
    if (!existsSync(SCORER)) this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-author-corpus-'));
    try {
      const json = path.join(dir, 'result.json');
      writeFileSync(json, JSON.stringify({ files }));
      const out = execFileSync(process.execPath, [SCORER, path.join(CORPUS, 'gold.json'), json, '--quiet'], { encoding: 'utf8' });
      assert.match(out, new RegExp(`files 5/5\\s+language ${result.languageRight}/5\\s+precision ${result.precision.toFixed(3)}\\s+recall ${result.recall.toFixed(3)}\\s+F1 ${result.f1.toFixed(3)}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
