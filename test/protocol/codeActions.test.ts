/**
 * textDocument/codeAction over stdio, against the bundled server: quick fixes in English and
 * Dutch, applying their edits through didChange, and what the server publishes afterwards.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { Commands } from '../../server/src/protocol';
import { joinLines, LspTestClient } from './lspClient';

const ENGLISH = joinLines(
  '# Privacy Policy',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam (privacy@acme.example), is the controller of your personal data.',
  '',
  '## What we collect and why',
  '',
  'We collect your name and email address to deliver your orders, because it is necessary to perform our contract with you.',
  'Our payment provider in the United States is certified under the EU-US Privacy Shield.',
  'We keep your data as long as necessary.',
  '',
  '## Your rights',
  '',
  '- You have the right of access to your data.',
  '- You have the right to rectification and to erasure.',
  '',
);

const DUTCH = joinLines(
  'Privacyverklaring',
  '',
  'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U kunt ons mailen via privacy@noordwind.example.',
  '',
  'Waarvoor wij uw gegevens gebruiken',
  '',
  'Wij gebruiken uw naam en e-mailadres om uw bestelling te leveren, omdat dat nodig is voor de uitvoering van de overeenkomst met u.',
  '',
  'Uw rechten',
  '',
  'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.',
  '',
);

/** Applies a code action's edit to `text` the way an editor would. */
function applied(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `${action.title} has edits for ${uri}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

function codeActions(client: LspTestClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
}

describe('code actions over the protocol', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: {}, initializationOptions: { clientCommands: [Commands.turnOffRule] } });
  });
  after(async () => {
    await client?.stop();
  });

  it('declares quick fixes and the add-all-missing source action', () => {
    const provider = client.initializeResult?.capabilities.codeActionProvider;
    assert.ok(provider && typeof provider === 'object');
    assert.deepEqual(provider.codeActionKinds, [CodeActionKind.QuickFix, 'source.policyAuthor.addMissing']);
  });

  it('ignoring an English finding inserts a comment the server then honours', async () => {
    const uri = 'file:///workspace/ignore.md';
    await client.open(uri, ENGLISH);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'vague-retention');
    assert.ok(d, 'the fixture has a vague retention statement');
    const actions = await codeActions(client, uri, d);
    const ignore = actions.find((a) => a.title === 'Ignore this finding here');
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    const text = applied(uri, ENGLISH, ignore);
    assert.ok(text.includes('<!-- policy-author-disable-next-line vague-retention -->\nWe collect your name'), 'before the paragraph that holds the sentence');
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.deepEqual(
      second.diagnostics.map((x) => x.code),
      first.diagnostics.map((x) => x.code).filter((c) => c !== 'vague-retention'),
    );
  });

  it('replaces an outdated reference, and the finding goes away', async () => {
    const uri = 'file:///workspace/outdated.md';
    await client.open(uri, ENGLISH);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'outdated-reference');
    assert.ok(d);
    const fix = (await codeActions(client, uri, d)).find((a) => a.isPreferred);
    assert.ok(fix);
    const since = client.mark();
    await client.change(uri, 2, [{ text: applied(uri, ENGLISH, fix) }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'outdated-reference'));
  });

  it('inserts a clause for a missing English right into the rights list, and the diagnostic goes away', async () => {
    const uri = 'file:///workspace/insert.md';
    await client.open(uri, ENGLISH);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'right-object');
    assert.ok(d);
    const fix = (await codeActions(client, uri, d)).find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Insert a clause: Right to object');
    const text = applied(uri, ENGLISH, fix!);
    assert.ok(text.includes('- You have the right to rectification and to erasure.\n- **Right to object**'), text);
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'right-object'));
  });

  it('adds all missing items to a Dutch plain-text notice as one source action, offered once', async () => {
    const uri = 'file:///workspace/alles.txt';
    await client.open(uri, DUTCH, 'plaintext');
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const anchor = first.diagnostics[0]!;
    const actions = await codeActions(client, uri, anchor, ['source']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Alle ontbrekende AVG-onderdelen toevoegen', 'source.policyAuthor.addMissing']]);
    const since = client.mark();
    await client.change(uri, 2, [{ text: applied(uri, DUTCH, actions[0]!) }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.deepEqual(second.diagnostics.filter((x) => x.severity === 1).map((x) => x.code), []);
    assert.deepEqual(await codeActions(client, uri, anchor, ['source']), []);
  });

  it('offers "turn this check off" as the client command it advertised, with the check id', async () => {
    const uri = 'file:///workspace/turn-off.md';
    await client.open(uri, ENGLISH);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    const d = diagnostics.find((x) => x.code === 'right-object');
    assert.ok(d);
    const off = (await codeActions(client, uri, d)).find((a) => a.command);
    assert.deepEqual(off?.command?.arguments, ['right-object']);
    assert.equal(off?.command?.command, Commands.turnOffRule);
  });

  it('ignoring a Dutch missing item inserts a bracketed line in plain text, titled in Dutch', async () => {
    const uri = 'file:///workspace/privacyverklaring.txt';
    await client.open(uri, DUTCH, 'plaintext');
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const d = first.diagnostics.find((x) => x.code === 'right-object');
    assert.ok(d, JSON.stringify(first.diagnostics.map((x) => x.code)));
    const actions = await codeActions(client, uri, d);
    const ignore = actions.find((a) => a.title === '"Recht van bezwaar" in deze privacyverklaring negeren');
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    const text = applied(uri, DUTCH, ignore);
    assert.ok(text.includes('[policy-author-disable right-object]\nUw rechten'));
    const since = client.mark();
    await client.change(uri, 2, [{ text }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((x) => x.code === 'right-object'));
    assert.ok(second.diagnostics.some((x) => x.code === 'right-restriction'));
  });
});

describe('code actions for a client that cannot turn checks off', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: {} });
  });
  after(async () => {
    await client?.stop();
  });

  it('offers no command actions, so no menu entry does nothing', async () => {
    const uri = 'file:///workspace/neovim.md';
    await client.open(uri, ENGLISH);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    for (const d of diagnostics) {
      const actions = await codeActions(client, uri, d);
      assert.ok(actions.length > 0, `some action for ${String(d.code)}`);
      assert.ok(actions.every((a) => a.command === undefined && a.edit), JSON.stringify(actions));
    }
  });
});
