/**
 * The scoring of ../shared/tools/score.mjs, for tests that judge the checker against hand
 * annotations in gold.json format: per file and item id, an item is "flagged" when a counted
 * diagnostic (error, warning, information) carries its code; it should be flagged when gold says
 * "absent" for a completeness item or "present" for a quality finding.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface GoldItem {
  readonly status: 'present' | 'absent' | 'n/a';
  readonly evidence?: string | null;
  readonly line?: number | null;
  readonly note?: string;
}
export type Gold = Record<string, { readonly language?: string; readonly items: Record<string, GoldItem> }>;

/** What `npm run check -- --format json` prints: the shape score.mjs reads. */
export interface ResultFile {
  readonly path: string;
  readonly language: string;
  readonly diagnostics: readonly Diagnostic[];
}

export const QUALITY_IDS: ReadonlySet<string> = new Set(['vague-retention', 'implied-consent', 'outdated-reference', 'basis-without-purpose']);
/** Severities score.mjs counts: error, warning, information (hints are not counted). */
const COUNTED = new Set<unknown>(['error', 'warning', 'information', 'info', 1, 2, 3]);

export interface Score {
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
export function score(gold: Gold, files: readonly ResultFile[]): Score {
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
      const should = QUALITY_IDS.has(id) ? item.status === 'present' : item.status === 'absent';
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
