import * as assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DiagnosticSeverity,
  ErrorCodes,
  MessageType,
  TextDocumentSyncKind,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { Commands } from '../../server/src/protocol';
import { assertBundleIsFresh, joinLines, lineOf, LspTestClient, SERVER } from './lspClient';

/** An English notice that names a controller, purposes, a basis, recipients and most rights, but no right to object and no retention period. */
const NOTICE = joinLines(
  '# Privacy Policy',
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, the Netherlands (privacy@acme.example), is the controller of your personal data.',
  '',
  '## What we collect and why',
  '',
  'We collect your name, email address, delivery address and order history to deliver your orders and to send you invoices.',
  'We process this data because it is necessary to perform our contract with you (Article 6(1)(b) GDPR).',
  '',
  '## Who receives your data',
  '',
  'We share your delivery address with our delivery partner PostNL and your payment details with our payment provider Mollie.',
  '',
  '## Your rights',
  '',
  'You have the right to access, rectify and erase your personal data, to restrict its processing and to receive it in a portable format.',
  'Email privacy@acme.example to use these rights.',
  '',
  'You may lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  '',
);
const RIGHTS_LINE = lineOf(NOTICE, '## Your rights');
const LAST_RIGHTS_LINE = lineOf(NOTICE, 'Email privacy@acme.example to use these rights.');

/** A French notice with a controller, purposes, a basis, recipients, a retention period and most rights, but no right to object. */
const FRENCH_NOTICE = joinLines(
  '# Politique de confidentialité',
  '',
  'La Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon (vie-privee@moulin.example), est responsable du traitement de vos données.',
  '',
  '## Finalités et base juridique',
  '',
  'Nous utilisons votre nom et votre adresse pour livrer vos commandes ; ce traitement est nécessaire à l’exécution du contrat.',
  'Nos factures sont transmises à notre expert-comptable et conservées dix ans.',
  '',
  '## Vos droits',
  '',
  'Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation du traitement et à la portabilité de vos données.',
  'Vous pouvez introduire une réclamation auprès de la CNIL.',
  '',
);

/** A README that is plainly not a privacy notice. */
const COOKING_README = joinLines(
  "# Grandma's apple pie",
  '',
  'A simple recipe for a classic apple pie that serves eight.',
  '',
  '## Ingredients',
  '',
  '- 6 tart apples, peeled and sliced',
  '- 250 g flour',
  '- 150 g cold butter',
  '- 100 g sugar and a teaspoon of cinnamon',
  '',
  '## Method',
  '',
  'Rub the butter into the flour, add the sugar and a splash of cold water, and rest the dough for half an hour.',
  'Line a tin with two thirds of the dough, fill it with the apples and cinnamon, and cover it with strips of the rest.',
  'Bake for an hour at 180 °C until golden.',
  '',
);

const codes = (params: PublishDiagnosticsParams): unknown[] => params.diagnostics.map((d) => d.code);
const withCode = (params: PublishDiagnosticsParams, code: string): Diagnostic | undefined => params.diagnostics.find((d) => d.code === code);
const version = (v: number) => (p: PublishDiagnosticsParams): boolean => p.version === v;

let documentCounter = 0;
/** A fresh uri per test, so no test sees another's publications. */
const freshUri = (name: string): string => `file:///workspace/${++documentCounter}-${name}`;

describe('the language server over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: true, settings: {} });
  });
  after(async () => {
    await client?.stop();
  });
  afterEach(() => {
    client.settings = {};
  });

  describe('initialize', () => {
    it('announces incremental text sync', () => {
      const sync = client.initializeResult?.capabilities.textDocumentSync;
      assert.ok(sync !== undefined && typeof sync === 'object', 'textDocumentSync should be an options object');
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      assert.equal(sync.openClose, true);
    });

    it('declares no capability whose client feature the bundles leave out (scripts/lsp-unused.mjs)', async () => {
      const { DROPPED_CAPABILITIES } = await import('../../scripts/lsp-unused.mjs');
      const capabilities = client.initializeResult?.capabilities as Record<string, unknown> | undefined;
      assert.ok(capabilities);
      const declared = DROPPED_CAPABILITIES.filter((key) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], capabilities) !== undefined);
      assert.deepEqual(declared, [], 'a capability the VS Code client no longer handles: take its feature off scripts/lsp-unused.mjs');
      // What the server does declare is read from the same object: the check above can see a declared key.
      assert.ok(['hoverProvider', 'codeActionProvider', 'completionProvider', 'documentSymbolProvider'].every((key) => capabilities[key] !== undefined));
    });

    it('announces the check-as-notice command under an id the client does not register itself', () => {
      const commands = client.initializeResult?.capabilities.executeCommandProvider?.commands;
      assert.deepEqual(commands, [Commands.serverCheckAsNotice]);
      assert.notEqual(Commands.serverCheckAsNotice, Commands.checkAsNotice);
    });
  });

  describe('document lifecycle', () => {
    it('publishes diagnostics carrying the opened version', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE, 'markdown', 7);
      const published = await client.diagnostics(uri);
      assert.equal(published.version, 7);
    });

    it('reports findings of a notice with source policy-author', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const published = await client.diagnostics(uri, version(1));
      assert.ok(published.diagnostics.length > 0, 'a notice without a right to object should have findings');
      for (const diagnostic of published.diagnostics) assert.equal(diagnostic.source, 'policy-author');
    });

    it('reports the missing right to object on the rights heading line', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const published = await client.diagnostics(uri, version(1));
      const objection = withCode(published, 'right-object');
      assert.ok(objection, `expected a right-object diagnostic, got ${JSON.stringify(codes(published))}`);
      assert.equal(objection.range.start.line, RIGHTS_LINE);
    });

    it('reports a French notice in French, linked to the French text of the RGPD on EUR-Lex', async () => {
      const uri = freshUri('politique.md');
      await client.open(uri, FRENCH_NOTICE);
      const published = await client.diagnostics(uri, version(1));
      const objection = withCode(published, 'right-object');
      assert.ok(objection, `expected a right-object diagnostic, got ${JSON.stringify(codes(published))}`);
      assert.equal(objection.range.start.line, lineOf(FRENCH_NOTICE, '## Vos droits'));
      assert.match(objection.message as string, /^Le droit d'opposition n'est pas mentionné : .* Le RGPD \(art\. 13, § 2, b\), art\. 21\) l'exige\.$/);
      assert.equal(objection.codeDescription?.href, 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679#art_13');
      assert.deepEqual(objection.data, { id: 'right-object', language: 'fr' });
    });

    it('reports the missing retention period on the title, as the notice has no retention section', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const published = await client.diagnostics(uri, version(1));
      const retention = withCode(published, 'retention');
      assert.ok(retention, `expected a retention diagnostic, got ${JSON.stringify(codes(published))}`);
      assert.equal(retention.range.start.line, lineOf(NOTICE, '# Privacy Policy'));
    });

    it('reports a German notice in German, with the code description on the German EUR-Lex page', async () => {
      const uri = freshUri('datenschutz.md');
      const text = joinLines(
        '# Datenschutzerklärung',
        '',
        'Verantwortlich ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München; Sie erreichen uns unter datenschutz@muehlenstein.example.',
        '',
        '## Ihre Rechte',
        '',
        'Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.',
      );
      await client.open(uri, text);
      const published = await client.diagnostics(uri, version(1));
      const objection = withCode(published, 'right-object');
      assert.ok(objection, `expected a right-object diagnostic, got ${JSON.stringify(codes(published))}`);
      assert.equal(objection.range.start.line, 4);
      assert.match(typeof objection.message === 'string' ? objection.message : objection.message.value, /^Das Widerspruchsrecht fehlt: .* Die DSGVO \(Art\. 13 Abs\. 2 lit\. b, Art\. 21\) verlangt diesen Hinweis\.$/);
      assert.equal(objection.codeDescription?.href, 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679#art_13');
      assert.equal(withCode(published, 'right-access'), undefined);
    });

    it('publishes again for the new version after an incremental edit', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      await client.diagnostics(uri, version(1));
      const at = { line: RIGHTS_LINE, character: '## Your'.length };
      await client.change(uri, 2, [{ range: { start: at, end: at }, text: ' privacy' }]);
      const published = await client.diagnostics(uri, version(2));
      assert.equal(published.version, 2);
    });

    it('drops the right-object finding once an edit adds the right to object', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const before = await client.diagnostics(uri, version(1));
      assert.ok(withCode(before, 'right-object'), `expected a right-object diagnostic first, got ${JSON.stringify(codes(before))}`);
      const endOfRights = { line: LAST_RIGHTS_LINE, character: 'Email privacy@acme.example to use these rights.'.length };
      await client.change(uri, 2, [
        { range: { start: endOfRights, end: endOfRights }, text: '\nYou have the right to object to our processing of your personal data at any time.' },
      ]);
      const after = await client.diagnostics(uri, version(2));
      assert.equal(withCode(after, 'right-object'), undefined, `right-object should be gone, got ${JSON.stringify(codes(after))}`);
      assert.ok(withCode(after, 'retention'), 'the retention finding should remain');
    });

    it('applies several incremental edits in one change in order', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, 'Privacy\n', 'markdown', 1);
      await client.diagnostics(uri, version(1));
      await client.change(uri, 2, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ' },
        { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: ' Policy' },
      ]);
      const published = await client.diagnostics(uri, version(2));
      assert.equal(published.version, 2);
    });

    it('clears the diagnostics when the document is closed', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      await client.diagnostics(uri, version(1));
      const mark = client.mark();
      await client.close(uri);
      const cleared = await client.diagnostics(uri, () => true, mark);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('checks a reopened document afresh', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      await client.diagnostics(uri, version(1));
      await client.close(uri);
      const mark = client.mark();
      await client.open(uri, COOKING_README, 'markdown', 1);
      const published = await client.diagnostics(uri, version(1), mark);
      assert.deepEqual(published.diagnostics, [], 'the cooking README that replaced the notice is not a notice');
    });

    it('does not publish for a version superseded while its settings were being fetched', async () => {
      const uri = freshUri('notice.md');
      const release = client.holdConfiguration();
      const asked = client.configurationRequests.length;
      await client.open(uri, NOTICE);
      await client.waitFor(() => (client.configurationRequests.length > asked ? true : undefined), () => 'a configuration request');
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      await client.ping();
      release();
      const published = await client.diagnostics(uri);
      assert.equal(published.version, 2, 'the first publication should be for the newest version');
      await client.ping();
      assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [2]);
    });
  });

  describe('configuration', () => {
    it('asks workspace/configuration for the policyAuthor section of the document', async () => {
      const uri = freshUri('notice.md');
      const asked = client.configurationRequests.length;
      await client.open(uri, NOTICE);
      await client.diagnostics(uri, version(1));
      const items = client.configurationRequests.slice(asked).flatMap((r) => r.items);
      assert.ok(
        items.some((item) => item.section === 'policyAuthor' && item.scopeUri === uri),
        `expected a request for policyAuthor scoped to ${uri}, got ${JSON.stringify(items)}`,
      );
    });

    it('asks again after didChangeConfiguration and publishes again', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      await client.diagnostics(uri, version(1));
      const asked = client.configurationRequests.length;
      const mark = client.mark();
      await client.changeConfiguration({ policyAuthor: {} });
      await client.diagnostics(uri, version(1), mark);
      assert.ok(client.configurationRequests.slice(asked).some((r) => r.items.some((i) => i.scopeUri === uri)));
    });

    it('stops reporting right-object once its rule is off', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const before = await client.diagnostics(uri, version(1));
      assert.ok(withCode(before, 'right-object'), `expected a right-object diagnostic first, got ${JSON.stringify(codes(before))}`);
      client.settings = { rules: { 'right-object': 'off' } };
      const mark = client.mark();
      await client.changeConfiguration({ policyAuthor: client.settings });
      const after = await client.diagnostics(uri, () => true, mark);
      assert.equal(withCode(after, 'right-object'), undefined, `got ${JSON.stringify(codes(after))}`);
      assert.ok(withCode(after, 'retention'), 'other findings should remain');
    });

    it('changes the severity of a rule set to hint', async () => {
      const uri = freshUri('notice.md');
      client.settings = { rules: { 'right-object': 'hint' } };
      await client.changeConfiguration({ policyAuthor: client.settings });
      await client.open(uri, NOTICE);
      const published = await client.diagnostics(uri, version(1));
      assert.equal(withCode(published, 'right-object')?.severity, DiagnosticSeverity.Hint);
    });

    it('publishes nothing once documents is off', async () => {
      const uri = freshUri('notice.md');
      await client.open(uri, NOTICE);
      const before = await client.diagnostics(uri, version(1));
      assert.ok(before.diagnostics.length > 0, 'a notice without a right to object should have findings first');
      client.settings = { documents: 'off' };
      const mark = client.mark();
      await client.changeConfiguration({ policyAuthor: client.settings });
      const after = await client.diagnostics(uri, () => true, mark);
      assert.deepEqual(after.diagnostics, []);
    });

    it('warns once, in words, about a setting it cannot use', async () => {
      client.settings = { language: 'klingon' };
      const shown = client.shownMessages.length;
      const mark = client.mark();
      await client.changeConfiguration({ policyAuthor: client.settings });
      const first = freshUri('a.md');
      const second = freshUri('b.md');
      await client.open(first, NOTICE);
      await client.open(second, COOKING_README);
      await client.diagnostics(first, version(1), mark);
      await client.diagnostics(second, version(1), mark);
      const warnings = client.shownMessages.slice(shown).filter((m) => m.type === MessageType.Warning);
      assert.equal(warnings.length, 1, JSON.stringify(warnings));
      assert.match(warnings[0]!.message, /policyAuthor\.language/);
    });
  });

  describe('documents that do not look like a notice', () => {
    it('leaves a cooking README alone under documents auto', async () => {
      const uri = freshUri('README.md');
      await client.open(uri, COOKING_README);
      const published = await client.diagnostics(uri, version(1));
      assert.deepEqual(published.diagnostics, []);
    });

    it('publishes for the document before answering the check-as-notice command', async () => {
      const uri = freshUri('README.md');
      await client.open(uri, COOKING_README);
      await client.diagnostics(uri, version(1));
      const mark = client.mark();
      assert.equal(await client.checkAsNotice(uri), null);
      assert.ok(client.published.slice(mark).some((p) => p.uri === uri && p.version === 1));
    });

    it('checks a cooking README after the check-as-notice command', async () => {
      const uri = freshUri('README.md');
      await client.open(uri, COOKING_README);
      await client.diagnostics(uri, version(1));
      const mark = client.mark();
      await client.checkAsNotice(uri);
      const published = await client.diagnostics(uri, () => true, mark);
      assert.ok(withCode(published, 'controller-identity'), `a recipe names no controller; got ${JSON.stringify(codes(published))}`);
    });

    it('keeps checking a forced document after it changes', async () => {
      const uri = freshUri('README.md');
      await client.open(uri, COOKING_README);
      await client.checkAsNotice(uri);
      await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Tasty. ' }]);
      const published = await client.diagnostics(uri, version(2));
      assert.ok(published.diagnostics.length > 0, 'the forced README should still be checked');
    });

    it('remembers the command for a document opened afterwards', async () => {
      const uri = freshUri('README.md');
      await client.checkAsNotice(uri);
      await client.open(uri, COOKING_README);
      const published = await client.diagnostics(uri, version(1));
      assert.ok(published.diagnostics.length > 0, 'the README the user asked to check should be checked');
    });
  });

  describe('bad input', () => {
    afterEach(async () => {
      assert.ok(client.alive, 'the server should still run');
      await client.ping();
    });

    it('publishes an empty list for an empty document', async () => {
      const uri = freshUri('empty.md');
      await client.open(uri, '');
      const published = await client.diagnostics(uri, version(1));
      assert.deepEqual(published.diagnostics, []);
    });

    it('checks an empty document forced as a notice without failing', async () => {
      const uri = freshUri('empty.txt');
      await client.open(uri, '', 'plaintext');
      await client.checkAsNotice(uri);
    });

    it('checks a 10 MB document and keeps answering about it', async () => {
      const uri = freshUri('huge.md');
      const paragraph = NOTICE.replace('# Privacy Policy', '## More') + '\n';
      const text = '# Privacy Policy\n\n' + paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
      await client.open(uri, text);
      // The limit only tells a hang from a slow answer on a loaded machine; speed is measured by `npm run bench`.
      const published = await client.diagnostics(uri, version(1), 0, 240_000);
      assert.equal(published.version, 1);
      assert.ok(published.diagnostics.length > 0, 'the notice lacks items the check should report');
      // The server still explains the text at the very end of the 10 MB.
      const lines = text.split('\n');
      const line = lines.lastIndexOf(lines.find((l) => l.includes('lodge a complaint'))!);
      const position = { line, character: lines[line]!.indexOf('complaint') + 2 };
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(hover?.range, 'the right to complain at the end of the document should have a hover');
      assert.equal(hover.range.start.line, line);
      await client.close(uri);
    }).timeout(300_000);

    it('survives NUL bytes and lone surrogates, also when an edit splits a surrogate pair', async () => {
      const uri = freshUri('odd.md');
      const text = '# Privacy Policy\u0000\n\nWe \ud800 keep \udc00 data.\u0000\n😀 end\n';
      await client.open(uri, text);
      await client.diagnostics(uri, version(1));
      await client.change(uri, 2, [{ range: { start: { line: 3, character: 1 }, end: { line: 3, character: 2 } }, text: '\u0000' }]);
      await client.diagnostics(uri, version(2));
      await client.checkAsNotice(uri);
    });

    it('survives an edit whose range lies beyond the end of the document', async () => {
      const uri = freshUri('short.md');
      await client.open(uri, 'Privacy\n');
      await client.change(uri, 2, [{ range: { start: { line: 40, character: 3 }, end: { line: 99, character: 0 } }, text: 'x' }]);
      await client.diagnostics(uri, version(2));
    });

    it('survives a message whose body is not JSON', async () => {
      await client.ping();
      const body = Buffer.from('this is { not json', 'utf8');
      client.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    });

    it('survives JSON that is not a JSON-RPC message', async () => {
      await client.ping();
      const body = Buffer.from('{"hello":"world"}', 'utf8');
      client.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    });

    it('answers an unknown request with MethodNotFound', async () => {
      await assert.rejects(client.request('policyAuthor/noSuchThing', {}), (error: { code?: number }) => error.code === ErrorCodes.MethodNotFound);
    });

    it('ignores an unknown notification', async () => {
      await client.notification('policyAuthor/noSuchNotification', { x: 1 });
    });

    it('answers the command without a uri with InvalidParams', async () => {
      await assert.rejects(client.checkAsNotice(42), (error: { code?: number }) => error.code === ErrorCodes.InvalidParams);
    });

    it('ignores a change to a document that is not open', async () => {
      await client.change(freshUri('never-opened.md'), 3, [{ text: 'Privacy Policy' }]);
    });
  });
});

describe('the language server with a client that cannot answer workspace/configuration', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: false, initializationOptions: { policyAuthor: { documents: 'off' } } });
  });
  after(async () => {
    await client?.stop();
  });

  it('never asks workspace/configuration', async () => {
    const uri = freshUri('notice.md');
    await client.open(uri, NOTICE);
    await client.diagnostics(uri, version(1));
    assert.equal(client.configurationRequests.length, 0);
  });

  it('uses the settings from initializationOptions, then those from didChangeConfiguration', async () => {
    const uri = freshUri('notice.md');
    await client.open(uri, NOTICE);
    const initially = await client.diagnostics(uri, version(1));
    assert.deepEqual(initially.diagnostics, [], 'documents is off in initializationOptions');
    const mark = client.mark();
    await client.changeConfiguration({ policyAuthor: { documents: 'all' } });
    const after = await client.diagnostics(uri, () => true, mark);
    assert.ok(withCode(after, 'right-object'), `got ${JSON.stringify(codes(after))}`);
  });
});

describe('the language server process', () => {
  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('exits with code 0 after shutdown and exit', async () => {
    client = await LspTestClient.start();
    await client.request('shutdown');
    await client.notification('exit');
    assert.equal(await client.exit(), 0);
  });
});

describe('the language server over node IPC', () => {
  let child: ChildProcess | undefined;
  let connection: MessageConnection | undefined;
  after(async () => {
    connection?.dispose();
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  });

  it('answers initialize when forked with --node-ipc, as the VS Code client starts it', async () => {
    assertBundleIsFresh();
    child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true });
    connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.deepEqual(result.capabilities.executeCommandProvider?.commands, [Commands.serverCheckAsNotice]);
  });
});
