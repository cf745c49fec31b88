/** The VS Code snippet file is generated from the clause tables; it must match them and be valid snippets. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { markdownOnly, MARKDOWN_EXTENSIONS, renderSnippetFiles, SNIPPET_FILE, SNIPPETS_DIR, type SnippetJson } from '../../scripts/gen-snippets';
import { clauseCatalogue, renderSnippet } from '../../server/src/service/clauses';
import { CLAUSES } from '../../server/src/service/data/clauses';

/** A snippet file as VS Code reads it: groups of snippets, each named by its key. */
type SnippetFile = Readonly<Record<string, Readonly<Record<string, SnippetJson>>>>;

/** The only variable transforms the snippets may hold: Markdown markup chosen by the file name. */
const TRANSFORMS = [markdownOnly('## '), markdownOnly('**')];

/**
 * A `${TM_FILENAME/regex/format/options}` transform resolved for a file name as VS Code resolves it
 * (the first match of the regex replaced by the format, `${n:+text}` giving `text` when group n
 * matched something): the format may hold only such conditional insertions.
 */
function resolveTransform(transform: string, fileName: string): string {
  const m = /^\$\{TM_FILENAME\/((?:\\.|[^\\/])*)\/((?:\\.|[^\\/])*)\/([a-z]*)\}$/.exec(transform);
  assert.ok(m, `a file-name transform: ${transform}`);
  assert.match(m[2]!, /^(?:\$\{\d+:\+[^$}\\]*\})+$/, 'the format only inserts text when a group matched');
  return fileName.replace(new RegExp(m[1]!, m[3]), (...groups: unknown[]) =>
    m[2]!.replace(/\$\{(\d+):\+([^}]*)\}/g, (_, n: string, text: string) => (groups[Number(n)] ? text : '')));
}

/** A snippet's body as VS Code inserts it into a file of that name (transforms resolved, tab stops left). */
function bodyIn(snippet: SnippetJson, fileName: string): string {
  let body = snippet.body.join('\n');
  for (const transform of TRANSFORMS) body = body.split(transform).join(resolveTransform(transform, fileName));
  return body;
}

/** The language id VS Code gives a file of this name: Markdown for the Markdown extensions, plain text otherwise. */
const languageOf = (fileName: string): string => (MARKDOWN_EXTENSIONS.some((ext) => fileName.toLowerCase().endsWith(`.${ext}`)) ? 'markdown' : 'plaintext');

/**
 * The snippets of one language that VS Code offers in a file of this name and language id
 * (default: the one its name gives), by name, with their bodies as inserted there.
 */
function snippetsIn(text: string, lang: string, fileName: string, languageId = languageOf(fileName)): Map<string, SnippetJson & { inserted: string }> {
  const snippets = new Map<string, SnippetJson & { inserted: string }>();
  for (const [group, members] of Object.entries(JSON.parse(text) as SnippetFile)) {
    if (group.split(' ')[0] !== lang) continue;
    for (const [name, snippet] of Object.entries(members)) {
      if (!snippet.scope.split(',').includes(languageId)) continue;
      assert.ok(!snippets.has(name), `${lang}: one snippet named ${name} in ${languageId}`);
      snippets.set(name, { ...snippet, inserted: bodyIn(snippet, fileName) });
    }
  }
  return snippets;
}

/**
 * Checks a body against the snippet grammar VS Code and LSP share: every unescaped `$` opens
 * `${n:...}`, `${n|a,b|}`, `$n` or one of the TRANSFORMS, every `}` it opens is closed, and tab
 * stops count from 1.
 */
function assertValidSnippet(body: string, where: string): void {
  const stops = new Set<number>();
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '$') {
      const transform = TRANSFORMS.find((t) => body.startsWith(t, i));
      if (transform) { i += transform.length - 1; continue; }
      const m = /^\$\{(\d+)(:|\|)/.exec(body.slice(i));
      assert.ok(m, `${where}: a bare $ at ${i}: …${body.slice(i, i + 30)}`);
      stops.add(Number(m[1]));
      if (m[2] === '|') {
        const end = body.indexOf('|}', i + m[0].length);
        assert.ok(end > 0, `${where}: an unclosed choice`);
        i = end + 1;
        continue;
      }
      depth++;
      i += m[0].length - 1;
      continue;
    }
    if (c === '}') { depth--; assert.ok(depth >= 0, `${where}: a stray } at ${i}`); }
  }
  assert.equal(depth, 0, `${where}: an unclosed tab stop`);
  const sorted = [...stops].sort((a, b) => a - b);
  sorted.forEach((n, k) => assert.equal(n, k + 1, `${where}: tab stops ${sorted.join(',')} do not count from 1`));
}

describe('Snippets', function () {
  const files = renderSnippetFiles();
  const text = files.get(SNIPPET_FILE)!;
  const languages = Object.keys(CLAUSES).sort();

  it('in snippets/ match the clause tables (run `npm run snippets` or `npm run build` to update them)', function () {
    for (const [name, generated] of files) assert.equal(readFileSync(path.join(SNIPPETS_DIR, name), 'utf8'), generated, `snippets/${name} is out of date`);
  });

  it('are one file, registered in package.json', function () {
    const manifest = JSON.parse(readFileSync(path.join(SNIPPETS_DIR, '..', 'package.json'), 'utf8')) as { contributes: { snippets: { language?: string; path: string }[] } };
    assert.deepEqual(manifest.contributes.snippets, [{ path: `./snippets/${SNIPPET_FILE}` }]);
  });

  it('put a Markdown heading and emphasis in files with a Markdown extension, in any case, and nothing in any other file', function () {
    const markdown = MARKDOWN_EXTENSIONS.flatMap((ext) => [`notice.${ext}`, `NOTICE.${ext.toUpperCase()}`, `privacy.policy.${ext}`]);
    for (const name of markdown) assert.deepEqual(TRANSFORMS.map((t) => resolveTransform(t, name)), ['## ', '**'], name);
    for (const name of ['notice.txt', 'Untitled-1', 'md', 'markdown', 'notice.md.txt', 'notice.mdtext', 'notice-md', 'notice.html', 'README', '.md.bak']) {
      assert.deepEqual(TRANSFORMS.map((t) => resolveTransform(t, name)), ['', ''], name);
    }
  });

  for (const lang of languages) {
    for (const fileName of ['zq-draft.md', 'zq-draft.txt']) {
      it(`of ${lang} are valid snippets with prefixes that insert the clause in ${fileName} exactly as quick fixes write it in ${languageOf(fileName) === 'markdown' ? 'Markdown' : 'plain text'}`, function () {
        const snippets = snippetsIn(text, lang, fileName);
        const format = languageOf(fileName) as 'markdown' | 'plaintext';
        const catalogue = clauseCatalogue(lang);
        assert.deepEqual([...snippets.keys()].sort(), catalogue.map((entry) => entry.label).sort(), 'one snippet for every clause');
        for (const entry of catalogue) {
          const s = snippets.get(entry.label)!;
          assertValidSnippet(s.body.join('\n'), `${lang} ${entry.label}`);
          assert.equal(s.prefix, entry.prefix);
          assert.match(s.prefix, /^(gdpr|avg|dsgvo|rgpd)-[a-z-]+$/);
          assert.ok(s.description.length > 10);
          assert.equal(s.inserted, renderSnippet(lang, entry, {}, { format, form: 'section', headingLevel: 2 }));
          assert.doesNotMatch(s.inserted, /zq-draft|TM_FILENAME/, `${entry.label}: the file name stays out of the text`);
          if (format === 'markdown') assert.match(s.inserted, /^## \S/, `${entry.label} starts with a heading`);
          else assert.doesNotMatch(s.inserted, /^#|\*\*/m, `${entry.label} has no Markdown in plain text`);
        }
      });
    }

    it(`of ${lang} are one snippet for both formats where the clause differs only in markup, and two (a table, a list) where it differs in more`, function () {
      const markdown = snippetsIn(text, lang, 'notice.md');
      const plain = snippetsIn(text, lang, 'notice.txt');
      const both = [...markdown.values()].filter((s) => s.scope === 'markdown,plaintext');
      assert.ok(both.length >= 30, `${both.length} shared`);
      const separate = [...markdown.entries()].filter(([, s]) => s.scope === 'markdown');
      assert.ok(separate.length > 0 && separate.every(([name]) => plain.get(name)?.scope === 'plaintext'), 'each Markdown-only snippet has a plain-text twin');
      for (const [name, s] of separate) assert.match(s.inserted, /^\|.*\|$/m, `${name} differs by a table`);
    });
  }

  it('give the plain form in an untitled file, even one whose language is set to Markdown', function () {
    const untitled = snippetsIn(text, 'en', 'Untitled-1', 'markdown');
    assert.doesNotMatch(untitled.get('Right to object')!.inserted, /^#|\*\*/m);
  });

  it('turn placeholders into tab stops, mirror the controller’s name, and offer choices', function () {
    const en = snippetsIn(text, 'en', 'notice.md');
    const contact = en.get('Controller identity and full contact details')!.inserted;
    assert.match(contact, /^- \$\{1:\[name of the organisation\]\}$/m);
    assert.equal(contact.match(/\$\{4:\[e-mail address or postal address\]\}/g)?.length, 2, 'the contact is one tab stop, mirrored');
    assert.match(en.get('Retention: fixed period')!.inserted, /for \$\{2:\[number\]\} \$\{3\|months,years\|\} after/);
    const nl = snippetsIn(text, 'nl', 'notice.md');
    assert.match(nl.get('Bewaartermijn: fiscale bewaarplicht van zeven jaar')!.inserted, /zeven jaar te bewaren \(art\. 52 Algemene wet inzake rijksbelastingen en art\. 2:10 Burgerlijk Wetboek\)/);
    assert.match(nl.get('Klacht: Gegevensbeschermingsautoriteit')!.inserted, /Onze toezichthouder is de Gegevensbeschermingsautoriteit; op https:\/\/www\.gegevensbeschermingsautoriteit\.be/);
  });
});
