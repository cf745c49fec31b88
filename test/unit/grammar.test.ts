/**
 * The syntax grammars, tokenized by vscode-textmate with the Oniguruma engine VS Code uses,
 * injected into the Markdown grammar VS Code ships (from tm-grammars), as the editor would.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import {
  INJECTION_FILE,
  INJECTION_SCOPE,
  PLAINTEXT_FILE,
  PLAINTEXT_SCOPE,
  renderInjection,
  renderPlaintext,
  SCOPES,
  serialise,
  SYNTAXES,
} from '../../scripts/gen-grammar';

const ROOT = path.resolve(__dirname, '..', '..');
const MARKDOWN_SCOPE = 'text.html.markdown';

type Kind = keyof typeof SCOPES;

/** A token that carries one of our scopes: its text and which kind it is. */
interface Marked {
  readonly text: string;
  readonly kind: Kind;
}

let registry: Registry;
const grammars = new Map<string, IGrammar>();

async function grammar(scope: string): Promise<IGrammar> {
  let g = grammars.get(scope);
  if (!g) {
    const loaded = await registry.loadGrammar(scope);
    assert.ok(loaded, `grammar ${scope} loads`);
    grammars.set(scope, (g = loaded));
  }
  return g;
}

/** Tokenizes `text` line by line and returns the runs of text with one of our scopes, adjacent tokens of one kind joined. */
async function marked(text: string, scope: string): Promise<Marked[]> {
  const g = await grammar(scope);
  const out: Marked[] = [];
  let stack = INITIAL;
  for (const line of text.split('\n')) {
    const result = g.tokenizeLine(line, stack);
    let previousEnd = -1;
    for (const token of result.tokens) {
      const kind = (Object.keys(SCOPES) as Kind[]).find((k) => token.scopes.includes(SCOPES[k]));
      if (!kind) continue;
      const piece = line.slice(token.startIndex, token.endIndex);
      const last = out[out.length - 1];
      if (last && last.kind === kind && previousEnd === token.startIndex) out[out.length - 1] = { kind, text: last.text + piece };
      else out.push({ kind, text: piece });
      previousEnd = token.endIndex;
    }
    stack = result.ruleStack;
  }
  return out;
}

const m = (kind: Kind, text: string): Marked => ({ kind, text });

describe('the syntax grammar', () => {
  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const files: Record<string, string> = {
      [MARKDOWN_SCOPE]: require.resolve('tm-grammars/grammars/markdown.json'),
      [INJECTION_SCOPE]: path.join(SYNTAXES, INJECTION_FILE),
      [PLAINTEXT_SCOPE]: path.join(SYNTAXES, PLAINTEXT_FILE),
    };
    registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      // Languages embedded in Markdown code blocks are not needed: code is never marked.
      loadGrammar: async (scope: string) => (files[scope] ? (JSON.parse(readFileSync(files[scope]!, 'utf8')) as IRawGrammar) : null),
      getInjections: (scope: string) => (scope === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
    });
  });

  describe('in English Markdown', () => {
    it('marks an article reference with its law, a legal basis and a duration', async () => {
      assert.deepEqual(await marked('We send the newsletter on the basis of your consent (Art. 6(1)(a) GDPR) and keep your address for 7 years.', MARKDOWN_SCOPE), [
        m('legalBasis', 'on the basis of your consent'),
        m('articleReference', 'Art. 6(1)(a) GDPR'),
        m('duration', '7 years'),
      ]);
    });

    it('marks "Art. 6(1)(f) GDPR" as an article reference and "legitimate interests" as a legal basis', async () => {
      assert.deepEqual(await marked('We rely on our legitimate interests (Art. 6(1)(f) GDPR).', MARKDOWN_SCOPE), [
        m('legalBasis', 'legitimate interests'),
        m('articleReference', 'Art. 6(1)(f) GDPR'),
      ]);
    });

    it('marks rights, the right to complain and withdrawing consent', async () => {
      const text = '- You have the right to object, the right to data portability and the right to lodge a complaint. You can withdraw your consent at any time.';
      assert.deepEqual(await marked(text, MARKDOWN_SCOPE), [
        m('right', 'right to object'),
        m('right', 'right to data portability'),
        m('right', 'right to lodge a complaint'),
        m('right', 'withdraw your consent'),
      ]);
    });

    it('marks references to several articles as one', async () => {
      assert.deepEqual(await marked('Articles 15 to 22 of the GDPR give you these rights.', MARKDOWN_SCOPE), [m('articleReference', 'Articles 15 to 22 of the GDPR')]);
    });

    it('marks a reference that does not name the regulation, but not another numbering', async () => {
      assert.deepEqual(await marked('Under Article 6(1)(f) we may keep it; see clause 7:400 and section 2.1 of our terms.', MARKDOWN_SCOPE), [m('articleReference', 'Article 6(1)(f)')]);
    });

    it('marks phrases in headings too', async () => {
      assert.deepEqual(await marked('## Legal obligations and retention for six months', MARKDOWN_SCOPE), [m('legalBasis', 'Legal obligations'), m('duration', 'six months')]);
    });

    it('leaves ordinary text alone', async () => {
      const text = ['# Apple pie', '', 'Bake the pie for 45 minutes at 180 degrees; part 2 of the recipe explains the art of the crust.', 'The party starts at 8 and the article is on page 12.'].join('\n');
      assert.deepEqual(await marked(text, MARKDOWN_SCOPE), []);
    });

    it('leaves code blocks, inline code and link targets alone', async () => {
      const text = ['```', 'keep for 7 years on the basis of your consent', '```', '', 'Run `retain --for 7 years` or see [the policy](https://example.com/Art.15).', '', '    indented code with your consent'].join('\n');
      assert.deepEqual(await marked(text, MARKDOWN_SCOPE), []);
    });
  });

  describe('in German', () => {
    it('marks a legal basis, a right, the right to complain and a duration in words', async () => {
      const text = 'Wir haben ein berechtigtes Interesse; Ihnen steht ein Widerspruchsrecht und ein Beschwerderecht zu. Rechnungen bewahren wir zehn Jahre auf.';
      assert.deepEqual(await marked(text, MARKDOWN_SCOPE), [
        m('legalBasis', 'berechtigtes Interesse'),
        m('right', 'Widerspruchsrecht'),
        m('right', 'Beschwerderecht'),
        m('duration', 'zehn Jahre'),
      ]);
    });
  });

  describe('in Dutch', () => {
    it('marks "artikel 6 lid 1 sub a AVG", a legal basis and a duration in words', async () => {
      assert.deepEqual(await marked('Wij verwerken uw e-mailadres op basis van uw toestemming (artikel 6 lid 1 sub a AVG) en bewaren het zes maanden.', MARKDOWN_SCOPE), [
        m('legalBasis', 'op basis van uw toestemming'),
        m('articleReference', 'artikel 6 lid 1 sub a AVG'),
        m('duration', 'zes maanden'),
      ]);
    });

    it('marks "art. 21 lid 2 AVG", "artikel 13 AVG" and a right', async () => {
      assert.deepEqual(await marked('U heeft het recht van bezwaar (art. 21 lid 2 AVG); zie ook artikel 13 AVG.', MARKDOWN_SCOPE), [
        m('right', 'recht van bezwaar'),
        m('articleReference', 'art. 21 lid 2 AVG'),
        m('articleReference', 'artikel 13 AVG'),
      ]);
    });

    it('marks a legitimate interest, a legal obligation, a duration in digits and the right to complain', async () => {
      const text = 'Voor ons gerechtvaardigd belang en vanwege een wettelijke verplichting bewaren wij facturen 24 maanden. U heeft het recht om een klacht in te dienen.';
      assert.deepEqual(await marked(text, MARKDOWN_SCOPE), [
        m('legalBasis', 'gerechtvaardigd belang'),
        m('legalBasis', 'wettelijke verplichting'),
        m('duration', '24 maanden'),
        m('right', 'recht om een klacht in te dienen'),
      ]);
    });

    it('marks "artikel 6, eerste lid, onder f" without the law\'s name, but not "artikel 7:400 BW"', async () => {
      assert.deepEqual(await marked('Dit doen wij op grond van artikel 6, eerste lid, onder f; de termijn volgt uit artikel 7:400 BW.', MARKDOWN_SCOPE), [
        m('articleReference', 'artikel 6, eerste lid, onder f'),
      ]);
    });

    it('leaves ordinary Dutch text alone', async () => {
      assert.deepEqual(await marked('De bakker opent de winkel op maandag, en de kunstenaar (art director) werkt aan deel 3 van het boek.', MARKDOWN_SCOPE), []);
    });
  });

  describe('in plain text', () => {
    it('marks the same phrases, in both languages', async () => {
      const text = ['Privacy notice', '', 'We keep your data for 7 years (Art. 17 GDPR).', 'U heeft het recht op inzage op grond van artikel 15 AVG.'].join('\n');
      assert.deepEqual(await marked(text, PLAINTEXT_SCOPE), [
        m('duration', '7 years'),
        m('articleReference', 'Art. 17 GDPR'),
        m('right', 'recht op inzage'),
        m('articleReference', 'artikel 15 AVG'),
      ]);
    });

    it('leaves ordinary text alone', async () => {
      assert.deepEqual(await marked('Shopping list\n\nThree apples, a loaf of bread and some art paper.', PLAINTEXT_SCOPE), []);
    });
  });

  describe('its files', () => {
    it('are generated from the language tables (run `npm run grammar` to update them)', () => {
      assert.equal(readFileSync(path.join(SYNTAXES, INJECTION_FILE), 'utf8'), serialise(renderInjection()), `${INJECTION_FILE} is out of date: run \`npm run grammar\``);
      assert.equal(readFileSync(path.join(SYNTAXES, PLAINTEXT_FILE), 'utf8'), serialise(renderPlaintext()), `${PLAINTEXT_FILE} is out of date: run \`npm run grammar\``);
    });

    it('are contributed to VS Code: injected into Markdown, and as the grammar of plain text', () => {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string; injectTo?: string[]; language?: string }[] } };
      const byScope = new Map(manifest.contributes.grammars.map((g) => [g.scopeName, g]));
      assert.deepEqual(byScope.get(INJECTION_SCOPE), { scopeName: INJECTION_SCOPE, path: `./syntaxes/${INJECTION_FILE}`, injectTo: [MARKDOWN_SCOPE] });
      assert.deepEqual(byScope.get(PLAINTEXT_SCOPE), { language: 'plaintext', scopeName: PLAINTEXT_SCOPE, path: `./syntaxes/${PLAINTEXT_FILE}` });
    });
  });
});
