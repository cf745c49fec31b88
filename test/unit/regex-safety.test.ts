import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { RegExpParser, type AST } from '@eslint-community/regexpp';

type Node = AST.Node;
import { analyse, type Report } from 'scslre';
import { caselessPieces } from '../../server/src/cli/caseless';
import { latinWordClass } from '../../server/src/service/match';

/**
 * Every regular expression of the analysis core must run in linear time on any text: the
 * server runs them on every keystroke over documents a user did not write. scslre (the
 * engine of eslint-plugin-regexp's no-super-linear-backtracking rule) finds the three ways
 * an expression backtracks super-linearly: a quantifier that can repeat itself ambiguously
 * ("Self", exponential), two adjacent quantifiers that can trade characters ("Trade",
 * polynomial), and a quantified start that is retried from every position ("Move").
 */

interface Pattern {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

const root = path.resolve(__dirname, '../..');
const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The problems of one expression, as short descriptions (empty when it is safe). */
export function superLinear(p: Pattern): string[] {
  const literal = parser.parseLiteral(`/${p.source}/${p.flags}`);
  const { reports } = analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } });
  return reports
    .filter((r) => !guardedMove(r, p))
    .map((r) => `${r.type}${r.exponential ? ' (exponential)' : ''} at ${r.type === 'Trade' ? `${r.startQuant.raw} and ${r.endQuant.raw}` : r.quant.raw}`);
}

/**
 * A "Move" report means: a failed attempt that scanned a run of characters is retried from
 * the next position of that run. A cue expression puts a look-behind in front of a cue that
 * opens with such a run (for the whole list, or for that cue's own alternative), which admits
 * a start only where no letter or digit precedes, so a run of letters is entered once, not
 * from each of its characters; the retry cannot happen. Expressions anchored at ^ are not retried.
 */
function guardedMove(r: Report, p: Pattern): boolean {
  if (r.type !== 'Move') return false;
  if (p.source.startsWith('^') && !p.flags.includes('m')) return true;
  // The quantifier must consume only letters or digits for the guard to hold.
  return WORD_RUNS.has(r.quant.raw) && behindWordBoundary(r.quant);
}

/**
 * The classes of letters and digits a cue expression writes (match.ts): all of Unicode's, or
 * in an expression's Latin form those below U+0250.
 */
const WORD_CLASSES = ['\\p{L}\\p{N}', latinWordClass()].flatMap((c) => [`[${c}]`, `[${c}_]`]);
/** The same classes written without `i` in the CLI's Latin expressions (cli/caseless.ts). */
const CASELESS = caselessPieces(WORD_CLASSES);
const WORD_CLASSES_ALL = [...WORD_CLASSES, ...WORD_CLASSES.map((c) => CASELESS[c]!)];
/** A run of letters or digits (with "_", as \w reads), which the look-behind guards. */
const WORD_RUNS = new Set(['\\w+', '\\w*', ...WORD_CLASSES_ALL.flatMap((c) => [`${c}+`, `${c}*`])]);
/** The word-boundary look-behind, in all forms. */
const WORD_LOOKBEHINDS = new Set(WORD_CLASSES_ALL.map((c) => `(?<!${c})`));

/**
 * Whether a match can reach `node` only right after the look-behind (?<![\p{L}\p{N}]) held:
 * the node opens its alternative, and every group around it up to one that follows the look-behind.
 */
function behindWordBoundary(node: Node): boolean {
  let n: Node = node;
  for (;;) {
    const alternative = n.parent;
    if (alternative?.type !== 'Alternative') return false;
    const i = alternative.elements.indexOf(n as (typeof alternative.elements)[number]);
    if (i > 0) {
      const before = alternative.elements[i - 1]!;
      return i === 1 && before.type === 'Assertion' && before.kind === 'lookbehind' && before.negate && WORD_LOOKBEHINDS.has(before.raw);
    }
    const group = alternative.parent;
    if (group.type !== 'Group' && group.type !== 'CapturingGroup') return false;
    n = group;
  }
}

/** Regular-expression literals in the core's sources. */
function literals(): Pattern[] {
  const out: Pattern[] = [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.join(root, 'server/src'));
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${path.relative(root, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Expressions built at run time from the language tables, recorded in a fresh process. */
function constructed(): Pattern[] {
  const json = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/support/regex-census.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(json) as { source: string; flags: string }[]).map((p) => ({ ...p, where: 'built from a language table' }));
}

describe('regular-expression safety', function () {
  this.timeout(120_000);

  it('finds no super-linear backtracking in any regular-expression literal of the core', () => {
    const found = literals();
    assert.ok(found.length > 20, `only ${found.length} literals found: the scan is broken`);
    const bad = found.flatMap((p) => superLinear(p).map((why) => `${p.where} /${p.source}/: ${why}`));
    assert.deepEqual(bad, []);
  });

  it('finds no super-linear backtracking in any expression built from the language tables', () => {
    const found = constructed();
    assert.ok(found.length > 100, `only ${found.length} expressions recorded: the census is broken`);
    const bad = found.flatMap((p) => superLinear(p).map((why) => `/${p.source.slice(0, 160)}/: ${why}`));
    assert.deepEqual(bad, []);
  });

  it('would fail on known-bad patterns, so the check is real', () => {
    const known = [
      '(a+)+$',
      '(\\w+\\s?)*$',
      '\\s*\\s*x',
      'a.*b.*c',
      '(?<![\\p{L}\\p{N}])(?:(\\S+ )*consent)',
      // A look-behind on one alternative guards that alternative only.
      "(?:(?<![\\p{L}\\p{N}])(?:not)|[\\p{L}\\p{N}_]+n't)",
    ];
    for (const source of known) {
      assert.notDeepEqual(superLinear({ source, flags: 'u', where: 'test' }), [], source);
    }
  });

  it('accepts the shapes cue phrases are written in', () => {
    const cues = [
      '(?<![\\p{L}\\p{N}])(?:right\\s+to\\s+object|object[\\p{L}\\p{N}_]*)(?![\\p{L}\\p{N}])',
      '(?<![\\p{L}\\p{N}])(?:we\\s+(?:[\\p{L}\\p{N}_]+\\s+){0,3}keep)(?![\\p{L}\\p{N}])',
      // The look-behind on the one cue that opens with a run of letters, the others without.
      "(?:not|never|(?<![\\p{L}\\p{N}])(?:[\\p{L}\\p{N}_]+n't)|cannot)(?![\\p{L}\\p{N}])",
    ];
    for (const source of cues) assert.deepEqual(superLinear({ source, flags: 'giu', where: 'test' }), [], source);
  });
});
