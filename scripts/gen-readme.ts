/**
 * Rewrites the "Checks" table of README.md (between `<!-- checks:start -->` and
 * `<!-- checks:end -->`) from the catalogue, so the README cannot drift from the code.
 * Run with `npm run docs` (`npx tsx scripts/gen-readme.ts`); test/cli/readme.test.ts fails when
 * the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE, RULE_IDS, type RuleId } from '../server/src/service/catalogue';
import type { RuleKind } from '../server/src/service/catalogue';
import { citeArticles } from '../server/src/cli/articles';

export const README = path.join(__dirname, '..', 'README.md');
export const START = '<!-- checks:start -->';
export const END = '<!-- checks:end -->';

const KIND_HEADINGS: Readonly<Record<RuleKind, string>> = {
  required: 'Always required',
  conditional: 'Required when a condition holds (the notice itself shows that it does)',
  practice: 'Good practice',
  quality: 'Problems in the text',
};

/**
 * The English title of each rule, from the language tables.
 * TODO: once server/src/service/data/index.ts exports TABLES, replace this lookup with
 * `import { TABLES } from '../server/src/service/data/index'` and `TABLES.en.rules[id].title`.
 */
function englishTitles(): Partial<Record<RuleId, string>> {
  const modulePath = '../server/src/service/data/index';
  let data: { TABLES?: { en?: { rules?: Partial<Record<RuleId, { title?: string }>> } } };
  try {
    data = require(modulePath);
  } catch (e) {
    // Only the table module itself being absent is expected; an error inside it is not.
    const firstLine = String((e as Error).message).split('\n')[0] ?? '';
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && firstLine.includes(modulePath)) return {};
    throw e;
  }
  const titles: Partial<Record<RuleId, string>> = {};
  for (const id of RULE_IDS) {
    const title = data.TABLES?.en?.rules?.[id]?.title;
    if (title) titles[id] = title;
  }
  return titles;
}

/** "right-object" → "Right object": what the table says until the language tables give a title. */
function fallbackTitle(id: RuleId): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The generated Markdown that goes between the markers. */
export function renderChecks(): string {
  const titles = englishTitles();
  const out: string[] = [];
  for (const kind of Object.keys(KIND_HEADINGS) as RuleKind[]) {
    const ids = RULE_IDS.filter((id) => CATALOGUE[id].kind === kind);
    if (ids.length === 0) continue;
    out.push(`**${KIND_HEADINGS[kind]}**`, '', '| id | what it checks | GDPR | default severity |', '|---|---|---|---|');
    for (const id of ids) {
      const spec = CATALOGUE[id];
      out.push(`| \`${id}\` | ${titles[id] ?? fallbackTitle(id)} | ${citeArticles(spec.articles)} | ${spec.severity} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** README text with the block between the markers replaced; throws when a marker is missing. */
export function withChecks(readme: string, block: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md must contain ${START} followed by ${END}`);
  return `${readme.slice(0, start + START.length)}\n${block}${readme.slice(end)}`;
}

if (require.main === module) {
  const before = readFileSync(README, 'utf8');
  const after = withChecks(before, renderChecks());
  if (after === before) process.stderr.write('README.md is up to date\n');
  else {
    writeFileSync(README, after);
    process.stderr.write('README.md: checks table rewritten\n');
  }
}
