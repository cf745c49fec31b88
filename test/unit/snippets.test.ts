/** The VS Code snippet files are generated from the clause tables; they must match them and be valid snippets. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderSnippetFiles, SNIPPETS_DIR } from '../../scripts/gen-snippets';

interface SnippetFile {
  readonly [name: string]: { readonly prefix: string; readonly description: string; readonly body: readonly string[] };
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

  it('are registered in package.json for Markdown and plain text', function () {
    const manifest = JSON.parse(readFileSync(path.join(SNIPPETS_DIR, '..', 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    const registered = manifest.contributes.snippets.map((s) => `${s.language} ${s.path}`).sort();
    const expected = [...files.keys()].map((name) => `${name.includes('.markdown.') ? 'markdown' : 'plaintext'} ./snippets/${name}`).sort();
    assert.deepEqual(registered, expected);
  });

  for (const [name, text] of files) {
    it(`in ${name} are valid snippets with prefixes, a heading and the format's markup`, function () {
      const snippets = JSON.parse(text) as SnippetFile;
      const markdown = name.includes('.markdown.');
      assert.ok(Object.keys(snippets).length >= 30);
      for (const [label, s] of Object.entries(snippets)) {
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

  it('turn placeholders into tab stops, mirror the controller’s name, and offer choices', function () {
    const en = JSON.parse(files.get('policy-author.en.markdown.json')!) as SnippetFile;
    const contact = en['Controller identity and full contact details']!.body.join('\n');
    assert.match(contact, /^- \$\{1:\[name of the organisation\]\}$/m);
    assert.equal(contact.match(/\$\{4:\[e-mail address or postal address\]\}/g)?.length, 2, 'the contact is one tab stop, mirrored');
    assert.match(en['Retention: fixed period']!.body.join('\n'), /for \$\{2:\[number\]\} \$\{3\|months,years\|\} after/);
    const nl = JSON.parse(files.get('policy-author.nl.markdown.json')!) as SnippetFile;
    assert.match(nl['Bewaartermijn: fiscale bewaarplicht van zeven jaar']!.body.join('\n'), /zeven jaar te bewaren \(art\. 52 Algemene wet inzake rijksbelastingen en art\. 2:10 Burgerlijk Wetboek\)/);
    assert.match(nl['Klacht: Gegevensbeschermingsautoriteit']!.body.join('\n'), /Onze toezichthouder is de Gegevensbeschermingsautoriteit; op https:\/\/www\.gegevensbeschermingsautoriteit\.be/);
  });
});
