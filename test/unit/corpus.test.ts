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
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';
import { score, type Gold, type ResultFile, type Score } from '../support/score';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const SCORER = path.resolve(__dirname, '../../../shared/tools/score.mjs');

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
