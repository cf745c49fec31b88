/**
 * The table test: the catalogue and the language tables against the checklist in
 * gdpr-requirements.md (ids, order, kinds, default severities), a title and a message for every
 * id in every language, and every cue a regular expression that compiles.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE, RULE_IDS, type RuleKind } from '../../server/src/service/catalogue';
import { TABLES } from '../../server/src/service/data/index';
import type { LanguageTable } from '../../server/src/service/data/types';
import { cueRegExp } from '../../server/src/service/match';

/** The checklist, in the shared folder beside the repository (as CI lays it out). */
const REQUIREMENTS = path.resolve(__dirname, '../../../shared/gdpr-requirements.md');

interface Row {
  readonly id: string;
  readonly kind: RuleKind;
  readonly severity: string;
}

/** The checklist rows: the backticked id in each table's first column, the table's kind and the last column (default severity). */
function checklist(): Row[] {
  const rows: Row[] = [];
  let kind: RuleKind | undefined;
  for (const line of readFileSync(REQUIREMENTS, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      const h = line.toLowerCase();
      kind = h.includes('always required') ? 'required' : h.includes('when a condition') ? 'conditional' : h.includes('good practice') ? 'practice' : h.includes('quality') ? 'quality' : undefined;
      continue;
    }
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|/.exec(line);
    if (!m || !kind) continue;
    const cells = line.split('|').map((c) => c.trim()).filter((c) => c !== '');
    rows.push({ id: m[1]!, kind, severity: cells[cells.length - 1]! });
  }
  return rows;
}

/** Every cue list in a table with where it is, and the single cues of the outdated names. */
function cueLists(table: LanguageTable): { path: string; cues: readonly string[] }[] {
  const out: { path: string; cues: readonly string[] }[] = [];
  const skip = new Set(['rules', 'phrases', 'lang', 'lawName', 'eurLexLang', 'cite']);
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) out.push({ path, cues: value as string[] });
      else value.forEach((v, i) => walk(v, `${path}[${i}]`));
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (path === '' && skip.has(key)) continue;
        if (typeof v === 'string' && (key === 'cue' || key === 'current')) out.push({ path: `${path}.${key}`, cues: [v] });
        else walk(v, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(table, '');
  return out;
}

const ALLOWED_PLACEHOLDERS = new Set(['articles', 'found', 'reason']);

describe('Catalogue and language tables', () => {
  const rows = checklist();

  it('reads the 27 ids of the checklist', () => {
    assert.equal(rows.length, 27, rows.map((r) => r.id).join(', '));
  });

  it('has exactly the ids of gdpr-requirements.md, in its order', () => {
    assert.deepEqual([...RULE_IDS], rows.map((r) => r.id));
  });

  it('has no id twice', () => {
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
  });

  it('gives every id the kind of the checklist table it is in', () => {
    for (const row of rows) assert.equal(CATALOGUE[row.id as keyof typeof CATALOGUE].kind, row.kind, row.id);
  });

  it('gives every id the default severity of the checklist', () => {
    for (const row of rows) assert.equal(CATALOGUE[row.id as keyof typeof CATALOGUE].severity, row.severity, row.id);
  });

  it('keys every catalogue entry by its own id and cites at least one well-formed article', () => {
    for (const id of RULE_IDS) {
      const spec = CATALOGUE[id];
      assert.equal(spec.id, id);
      assert.ok(spec.articles.length > 0, `${id} cites an article`);
      for (const a of spec.articles) {
        assert.ok(Number.isInteger(a.article) && a.article >= 1 && a.article <= 99, `${id}: article ${a.article}`);
        if (a.paragraph !== undefined) assert.ok(Number.isInteger(a.paragraph) && a.paragraph >= 1, `${id}: paragraph ${a.paragraph}`);
        if (a.point !== undefined) assert.match(a.point, /^[a-z]$/, `${id}: point ${a.point}`);
      }
    }
  });

  it('has an English, a Dutch, a German and a French table', () => {
    assert.deepEqual(Object.keys(TABLES).sort(), ['de', 'en', 'fr', 'nl']);
    for (const [lang, table] of Object.entries(TABLES)) assert.equal(table.lang, lang);
  });

  it('cites articles as each language does', () => {
    assert.equal(TABLES.en.cite(13, 2, 'b'), 'Art. 13(2)(b)');
    assert.equal(TABLES.nl.cite(13, 2, 'b'), 'art. 13 lid 2 onder b');
    assert.equal(TABLES.fr.cite(13, 2, 'b'), 'art. 13, § 2, b)');
    assert.equal(TABLES.fr.cite(6, 1), 'art. 6, § 1');
    assert.equal(TABLES.fr.cite(4, 11), 'art. 4, point 11)');
    assert.equal(TABLES.fr.cite(15), 'art. 15');
    assert.equal(TABLES.en.lawName, 'GDPR');
    assert.equal(TABLES.nl.lawName, 'AVG');
    assert.equal(TABLES.de.cite(13, 2, 'b'), 'Art. 13 Abs. 2 lit. b');
    assert.equal(TABLES.de.cite(6, 1), 'Art. 6 Abs. 1');
    assert.equal(TABLES.de.cite(4, 11), 'Art. 4 Nr. 11');
    assert.equal(TABLES.de.cite(77), 'Art. 77');
    assert.equal(TABLES.de.lawName, 'DSGVO');
    assert.equal(TABLES.fr.lawName, 'RGPD');
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    describe(`the ${lang} table`, () => {
      it('has a title and a message for every id, and nothing else', () => {
        assert.deepEqual(Object.keys(table.rules).sort(), [...RULE_IDS].sort());
        for (const id of RULE_IDS) {
          const text = table.rules[id];
          assert.ok(text.title.trim().length > 0, `${id} has a title`);
          assert.ok(text.message.trim().length > 0, `${id} has a message`);
        }
      });

      it('has distinct titles', () => {
        const titles = RULE_IDS.map((id) => table.rules[id].title);
        assert.equal(new Set(titles).size, titles.length);
      });

      it('leaves no placeholder in a message other than {articles}, {found} and {reason}', () => {
        for (const id of RULE_IDS) {
          for (const m of table.rules[id].message.matchAll(/\{(\w*)\}/g)) {
            assert.ok(ALLOWED_PLACEHOLDERS.has(m[1]!), `${lang} ${id}: {${m[1]}} in "${table.rules[id].message}"`);
          }
        }
      });

      it('names the law by its name in this language in the messages that cite articles', () => {
        for (const id of RULE_IDS) {
          const message = table.rules[id].message;
          if (message.includes('{articles}')) assert.ok(message.includes(table.lawName), `${lang} ${id}: ${message}`);
        }
      });

      it('compiles every cue as a regular expression', () => {
        const lists = cueLists(table);
        assert.ok(lists.length > 30, `found ${lists.length} cue lists`);
        for (const { path, cues } of lists) {
          for (const cue of cues) {
            assert.doesNotThrow(() => cueRegExp([cue]), `${lang} ${path}: ${cue}`);
            assert.ok(!cueRegExp([cue]).test(''), `${lang} ${path}: "${cue}" matches the empty text`);
          }
          assert.doesNotThrow(() => cueRegExp(cues), `${lang} ${path}`);
        }
      });

      it('gives every outdated reference a replacement and a reason', () => {
        assert.ok(table.outdated.length > 0);
        for (const o of table.outdated) {
          assert.ok(o.replacement.trim().length > 0, o.cue);
          assert.ok(o.reason.trim().length > 0, o.cue);
        }
      });
    });
  }
});

describe('Cue lists', () => {
  it('hold no cue that begins or ends with a space, which the word-boundary check would stop from ever matching', () => {
    const bad: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          if (typeof v === 'string' && /^\s|\s$/.test(v)) bad.push(`${where}[${i}] ${JSON.stringify(v)}`);
          else walk(v, `${where}[${i}]`);
        });
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
      }
    };
    for (const [lang, table] of Object.entries(TABLES)) walk(table, lang);
    assert.deepEqual(bad, []);
  });
});
