/**
 * Rewrites the "Checks" table of README.md (between `<!-- checks:start -->` and
 * `<!-- checks:end -->`) and the short list of "What it checks" (between `<!-- checks-summary:start -->`
 * and `<!-- checks-summary:end -->`, the one the Marketplace page shows) from the catalogue and the
 * English rule titles, so the README cannot drift from the code.
 * Run with `npm run docs` (`npx tsx scripts/gen-readme.ts`); test/cli/readme.test.ts fails when
 * the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE, NOTE_IDS, NOTE_SEVERITY, RULE_IDS, type RuleKind } from '../server/src/service/catalogue';
import { TABLES } from '../server/src/service/data/index';

export const README = path.join(__dirname, '..', 'README.md');
export const START = '<!-- checks:start -->';
export const END = '<!-- checks:end -->';
export const SUMMARY_START = '<!-- checks-summary:start -->';
export const SUMMARY_END = '<!-- checks-summary:end -->';

const KIND_HEADINGS: Readonly<Record<RuleKind, string>> = {
  required: 'Always required',
  conditional: 'Required when a condition holds (the notice itself shows that it does)',
  practice: 'Good practice',
  quality: 'Problems in the text',
};

const en = TABLES.en;

/** The generated Markdown that goes between the markers. */
export function renderChecks(): string {
  const out: string[] = [];
  for (const kind of Object.keys(KIND_HEADINGS) as RuleKind[]) {
    const ids = RULE_IDS.filter((id) => CATALOGUE[id].kind === kind);
    if (ids.length === 0) continue;
    out.push(`**${KIND_HEADINGS[kind]}**`, '', '| id | what it checks | GDPR | default severity |', '|---|---|---|---|');
    for (const id of ids) {
      const spec = CATALOGUE[id];
      const gdpr = spec.articles.map((r) => en.cite(r.article, r.paragraph, r.point)).join(', ');
      out.push(`| \`${id}\` | ${en.rules[id].title.replace(/\|/g, '\\|')} | ${gdpr} | ${spec.severity} |`);
    }
    out.push('');
  }
  // The notes rest on no article of their own: what they tell is about the notice as a file.
  out.push('**Notes** (about the notice as a file, not items of the GDPR; set and silenced like the checks)', '', '| id | what it says | default severity |', '|---|---|---|');
  for (const id of NOTE_IDS) out.push(`| \`${id}\` | ${en.notes[id]} | ${NOTE_SEVERITY[id]} |`);
  out.push('');
  return out.join('\n');
}

/** The short list of the checks, one line per kind, each with its id: what the Marketplace page shows. */
export function renderSummary(): string {
  const out: string[] = [];
  for (const kind of Object.keys(KIND_HEADINGS) as RuleKind[]) {
    const ids = RULE_IDS.filter((id) => CATALOGUE[id].kind === kind);
    if (ids.length > 0) out.push(`- **${KIND_HEADINGS[kind]}:** ${ids.map((id) => `${en.rules[id].title} (\`${id}\`)`).join('; ')}.`);
  }
  return `${out.join('\n')}\n`;
}

/** README text with the block between the markers replaced; throws when a marker is missing. */
function between(readme: string, startMarker: string, endMarker: string, block: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md must contain ${startMarker} followed by ${endMarker}`);
  return `${readme.slice(0, start + startMarker.length)}\n${block}${readme.slice(end)}`;
}

/** README text with the Checks table replaced by `block`. */
export function withChecks(readme: string, block: string): string {
  return between(readme, START, END, block);
}

/** README text with the short list of checks replaced by `block`. */
export function withSummary(readme: string, block: string): string {
  return between(readme, SUMMARY_START, SUMMARY_END, block);
}

if (require.main === module) {
  const before = readFileSync(README, 'utf8');
  const after = withSummary(withChecks(before, renderChecks()), renderSummary());
  if (after === before) process.stderr.write('README.md is up to date\n');
  else {
    writeFileSync(README, after);
    process.stderr.write('README.md: checks table and list rewritten\n');
  }
}
