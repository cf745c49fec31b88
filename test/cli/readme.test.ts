/** The README's Checks table is generated from the catalogue; this fails when someone forgot `npm run docs`. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { README, renderChecks, renderSummary, withChecks, withSummary } from '../../scripts/gen-readme';
import { RULE_IDS } from '../../server/src/service/catalogue';
import { TABLES } from '../../server/src/service/data/index';

describe('README', function () {
  it('has a Checks table that matches the catalogue (run `npm run docs` to update it)', function () {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withChecks(readme, renderChecks()), 'README.md is out of date: run `npm run docs`');
  });

  it('has a short list of the checks, under "What it checks", that matches the catalogue (run `npm run docs` to update it)', function () {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withSummary(readme, renderSummary()), 'README.md is out of date: run `npm run docs`');
    const section = readme.slice(readme.indexOf('\n## What it checks\n'), readme.indexOf('\n## Settings\n'));
    assert.ok(section.includes(renderSummary()), 'the list is in that section');
    for (const id of RULE_IDS) assert.ok(renderSummary().includes(`${TABLES.en.rules[id].title} (\`${id}\`)`), `${id} is in the list`);
  });

  it('lists every check id in the Checks table', function () {
    const block = renderChecks();
    for (const id of RULE_IDS) assert.match(block, new RegExp(`^\\| \`${id}\` \\|`, 'm'));
  });

  it('shows the two quick-start commands', function () {
    const readme = readFileSync(README, 'utf8');
    assert.ok(readme.includes('npm ci && npm run check'));
    assert.ok(readme.includes('npm ci && npm test'));
  });
});
