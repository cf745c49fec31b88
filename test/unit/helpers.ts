/** Shared helpers for the unit tests: inline fixtures and short ways to ask the analysis about one id. */
import * as assert from 'node:assert/strict';
import { analyzeDocument, type Analysis, type DetectedLanguage, type FindingStatus } from '../../server/src/service/analysis';
import { CATALOGUE, type RuleId } from '../../server/src/service/catalogue';
import type { Lang } from '../../server/src/service/data/types';

/** Joins lines with '\n' (markdown-languageservice's joinLines), so fixtures read as the text they are. */
export const joinLines = (...lines: string[]): string => lines.join('\n');

/**
 * A neutral opening sentence per language, for invented notices in tests: it says nothing about
 * any item, so what a case adds is all there is to find.
 */
export const EN = 'This notice explains what we do with your data and why.';
export const NL = 'In deze verklaring leest u wat wij met uw gegevens doen en waarom.';
export const DE = 'In dieser Erklärung lesen Sie, was wir mit Ihren Daten tun und warum.';
export const FR = 'Cette page vous explique ce que nous faisons de vos données et pourquoi.';

/** A small seeded random source (mulberry32): the same numbers on every run, so a failure reproduces. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Format = 'markdown' | 'plaintext';

/** Analyses a fixture with language detection on, and checks that the detected language is the one the fixture is written in. */
export function analyze(text: string, language: DetectedLanguage, format: Format = 'markdown'): Analysis {
  const analysis = analyzeDocument(text, { language: 'auto', format });
  assert.equal(analysis.language, language, `the fixture should be detected as ${language}:\n${text}`);
  return analysis;
}

/**
 * What the analysis says about one id: the status of a completeness item (the hint about an
 * unmentioned DPO aside), or 'problem' / 'none' for a quality finding.
 */
export function statusOf(analysis: Analysis, id: RuleId): FindingStatus | 'none' {
  const findings = analysis.findings.filter((f) => f.id === id && !f.hintOnly);
  if (CATALOGUE[id].kind === 'quality') return findings.some((f) => f.status === 'problem') ? 'problem' : 'none';
  assert.equal(findings.length, 1, `one finding for ${id}`);
  return findings[0]!.status;
}

/** Expected outcome of one fixture for one id. */
export type Expected = 'present' | 'missing' | 'not-applicable' | 'problem' | 'none';

export interface Case {
  /** The test's name, a sentence. */
  readonly name: string;
  readonly id: RuleId;
  readonly expected: Expected;
  readonly text: string;
  readonly format?: Format;
}

/** Registers one mocha test per case; a failure names the id, the expected and the actual status, and the text. */
export function runCases(language: Lang, cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const analysis = analyze(c.text, language, c.format ?? 'markdown');
      const actual = statusOf(analysis, c.id);
      assert.equal(actual, c.expected, `${c.id} should be ${c.expected} but is ${actual} in:\n${c.text}`);
    });
  }
}
