/**
 * Checks a folder of notices written for the tests, annotated by hand in gold.json (the corpus's
 * format) before the checker was run on them, as the CLI checks named files (Markdown by
 * extension), and scores them the way ../shared/tools/score.mjs scores the CLI's JSON output.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, DEFAULT_SETTINGS } from '../../server/src/service/index';
import { score, type Gold, type ResultFile, type Score } from '../support/score';

export interface AccuracySet {
  readonly gold: Gold;
  readonly files: readonly ResultFile[];
  readonly overall: Score;
  /** The score of one notice. */
  of(name: string): Score;
}

/** Reads `dir/gold.json`, checks every notice it annotates and scores the result. */
export function checkSet(dir: string): AccuracySet {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
  const service = createPolicyService();
  const files = Object.keys(gold).map((name) => {
    const languageId = name.endsWith('.md') ? 'markdown' : 'plaintext';
    const document = TextDocument.create(pathToFileURL(path.join(dir, name)).href, languageId, 1, readFileSync(path.join(dir, name), 'utf8'));
    const language = service.analyze(document, DEFAULT_SETTINGS).language;
    const diagnostics = service.getDiagnostics(document, DEFAULT_SETTINGS, { force: true });
    return { path: `${path.basename(dir)}/${name}`, language, diagnostics };
  });
  return { gold, files, overall: score(gold, files), of: (name) => score({ [name]: gold[name]! }, files) };
}

/** Each notice is annotated on the 27 ids, its length within bounds, every evidence on its line. */
export function assertWellAnnotated(dir: string, gold: Gold, words: { min: number; max: number }): void {
  for (const [name, g] of Object.entries(gold)) {
    assert.equal(Object.keys(g.items).length, 27, name);
    const lines = readFileSync(path.join(dir, name), 'utf8').split('\n');
    const count = lines.join(' ').split(/\s+/).filter(Boolean).length;
    assert.ok(count >= words.min && count <= words.max, `${name}: ${count} words`);
    for (const [id, item] of Object.entries(g.items)) {
      if (!item.evidence) continue;
      assert.ok(lines[item.line! - 1]?.includes(item.evidence), `${name} ${id}: evidence not on line ${item.line}`);
    }
  }
}

export const summary = (r: Score): string =>
  `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, F1 ${r.f1.toFixed(3)} ` +
  `(tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})\nmismatches:\n  ${r.mismatches.join('\n  ')}`;
