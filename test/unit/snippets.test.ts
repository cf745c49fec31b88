/** The VS Code snippet files are generated from the clause tables; they must match them and be valid snippets. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderSnippetFiles, SNIPPET_FORMATS, SNIPPETS_DIR, type SnippetJson } from '../../scripts/gen-snippets';

/** A snippet file as VS Code reads it: groups of snippets, each named by its key. */
type SnippetFile = Readonly<Record<string, Readonly<Record<string, SnippetJson>>>>;

/** The snippets of a file in one language id (`markdown` or `plaintext`), by name, as VS Code offers them there. */
function snippetsIn(text: string, scope: SnippetJson['scope']): Map<string, SnippetJson> {
  const snippets = new Map<string, SnippetJson>();
  for (const group of Object.values(JSON.parse(text) as SnippetFile)) {
    for (const [name, snippet] of Object.entries(group)) if (snippet.scope === scope) snippets.set(name, snippet);
  }
  return snippets;
}

/**
 * Checks a body against the snippet grammar VS Code and LSP share: every unescaped `$` opens
 * `${n:...}`, `${n|a,b|}` or `$n`, every `}` it opens is closed, and tab stops count from 1.
 */
function assertValidSnippet(body: string, where: string): void {
  const stops = new Set<number>();
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '$') {
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

  it('in snippets/ match the clause tables (run `npm run snippets` or `npm run build` to update them)', function () {
    for (const [name, text] of files) assert.equal(readFileSync(path.join(SNIPPETS_DIR, name), 'utf8'), text, `snippets/${name} is out of date`);
  });

  it('are registered in package.json, one file per language whose snippets name their own language id', function () {
    const manifest = JSON.parse(readFileSync(path.join(SNIPPETS_DIR, '..', 'package.json'), 'utf8')) as { contributes: { snippets: { language?: string; path: string }[] } };
    assert.deepEqual(manifest.contributes.snippets, [...files.keys()].sort().map((name) => ({ path: `./snippets/${name}` })));
  });

  for (const [name, text] of files) {
    for (const { scope } of SNIPPET_FORMATS) {
      it(`in ${name} are valid ${scope} snippets with prefixes, a heading and the format's markup`, function () {
        const snippets = snippetsIn(text, scope);
        const markdown = scope === 'markdown';
        assert.ok(snippets.size >= 30);
        for (const [label, s] of snippets) {
          const body = s.body.join('\n');
          assertValidSnippet(body, `${name} ${label}`);
          assert.match(s.prefix, /^(gdpr|avg|dsgvo|rgpd)-[a-z-]+$/);
          assert.ok(s.description.length > 10);
          if (markdown) assert.match(s.body[0]!, /^## \S/, `${label} starts with a heading`);
          else {
            assert.doesNotMatch(s.body[0]!, /^#/);
            assert.doesNotMatch(body, /\*\*/, `${label} has Markdown emphasis in plain text`);
          }
        }
      });
    }

    it(`in ${name} are the same clauses, under the same names and prefixes, in Markdown and in plain text`, function () {
      const markdown = snippetsIn(text, 'markdown');
      const plain = snippetsIn(text, 'plaintext');
      assert.deepEqual([...plain.keys()], [...markdown.keys()]);
      for (const [label, s] of markdown) assert.equal(plain.get(label)!.prefix, s.prefix);
    });
  }

  it('turn placeholders into tab stops, mirror the controller’s name, and offer choices', function () {
    const en = snippetsIn(files.get('policy-author.en.code-snippets')!, 'markdown');
    const contact = en.get('Controller identity and full contact details')!.body.join('\n');
    assert.match(contact, /^- \$\{1:\[name of the organisation\]\}$/m);
    assert.equal(contact.match(/\$\{4:\[e-mail address or postal address\]\}/g)?.length, 2, 'the contact is one tab stop, mirrored');
    assert.match(en.get('Retention: fixed period')!.body.join('\n'), /for \$\{2:\[number\]\} \$\{3\|months,years\|\} after/);
    const nl = snippetsIn(files.get('policy-author.nl.code-snippets')!, 'markdown');
    assert.match(nl.get('Bewaartermijn: fiscale bewaarplicht van zeven jaar')!.body.join('\n'), /zeven jaar te bewaren \(art\. 52 Algemene wet inzake rijksbelastingen en art\. 2:10 Burgerlijk Wetboek\)/);
    assert.match(nl.get('Klacht: Gegevensbeschermingsautoriteit')!.body.join('\n'), /Onze toezichthouder is de Gegevensbeschermingsautoriteit; op https:\/\/www\.gegevensbeschermingsautoriteit\.be/);
  });
});
