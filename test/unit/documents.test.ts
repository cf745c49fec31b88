/**
 * The server keeps the texts of open documents not used lately packed as bytes (server/src/documents.ts).
 * A packed document must answer exactly as the library's TextDocument would: the same text,
 * positions and edits, whatever the text holds (lone surrogates, which UTF-8 cannot hold,
 * included); and only the documents used longest ago are packed.
 */
import * as assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PackedDocuments, type PackableDocument } from '../../server/src/documents';

const TEXTS = [
  '# Privacy notice\n\nWe, Example B.V., process your personal data.\n',
  'Line one\r\nLine two\r\n\r\nLine “four” — with curly quotes\r\n',
  'Données personnelles : l’accès, la rectification et l’effacement.\rÜbermittlung in Drittländer.',
  // Beyond the BMP, and lone surrogates (an editor can send them mid-edit): nothing may be lost.
  'Mathematical 𝒜 and emoji 🙂 then a lone high \ud83d and a lone low \ude42 surrogate.\n',
  'A lone high surrogate at the very end \ud83d',
  '\ude42 a lone low surrogate at the very start',
  '',
];

function read(document: TextDocument): unknown {
  const text = document.getText();
  const offsets = [0, 1, 5, Math.floor(text.length / 2), text.length - 1, text.length, text.length + 3].filter((o) => o >= 0);
  return {
    text,
    lineCount: document.lineCount,
    positions: offsets.map((o) => document.positionAt(o)),
    offsets: offsets.map((o) => document.offsetAt(document.positionAt(o))),
    ranges: [0, 1, 2].map((line) => document.getText({ start: { line, character: 2 }, end: { line: line + 1, character: 3 } })),
    lineRanges: [0, 1, 2, 7].map((line) => document.getLineRange(line)),
    eols: [0, 1, 2, 7].map((line) => document.getEOLCharacters(line)),
  };
}

describe('Open documents whose texts are packed away while not in use', () => {
  it('answer with the same text, positions and line ranges as a plain document, once packed and unpacked', () => {
    const store = new PackedDocuments(1);
    TEXTS.forEach((text, i) => {
      const plain = TextDocument.create(`file:///p/${i}.md`, 'markdown', 3, text);
      const document = store.create(`file:///d/${i}.md`, 'markdown', 3, text);
      document.pack();
      assert.ok(document.isPacked);
      assert.deepEqual(read(document), read(plain), `text ${i}`);
      assert.equal(document.isPacked, false);
      assert.equal(document.version, 3);
    });
  });

  it('apply edits to a packed document as to a plain one, full and incremental, and take their version', () => {
    const store = new PackedDocuments(1);
    TEXTS.forEach((text, i) => {
      const plain = TextDocument.create(`file:///p/${i}.md`, 'plaintext', 1, text);
      const document = store.create(`file:///d/${i}.md`, 'plaintext', 1, text);
      const edits: TextDocumentContentChangeEvent[][] = [
        [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } }, text: 'é🙂\r\nnew line ' }],
        [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 1 } }, text: '' }, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\ud83d' }],
        [{ text: `Replaced wholly: ${text.slice(0, 20)}` }],
        [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: ' at the end' }],
      ];
      edits.forEach((changes, k) => {
        document.pack();
        TextDocument.update(plain, changes, k + 2);
        const updated = store.update(document, changes, k + 2);
        assert.equal(updated, document);
        assert.equal(document.version, k + 2);
        assert.deepEqual(read(document), read(plain), `text ${i}, edit ${k}`);
      });
    });
  });

  it('keep the documents read last unpacked and pack the one read longest ago', () => {
    const store = new PackedDocuments(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => store.create(`file:///${name}.md`, 'markdown', 1, `# ${name}\n`)) as [PackableDocument, PackableDocument, PackableDocument];
    // Arriving is not a use: a workspace's documents all arrive before the first is read.
    assert.deepEqual([a.isPacked, b.isPacked, c.isPacked], [false, false, false]);
    a.getText();
    b.getText();
    assert.deepEqual([a.isPacked, b.isPacked, c.isPacked], [false, false, false]);
    c.getText();
    assert.deepEqual([a.isPacked, b.isPacked, c.isPacked], [true, false, false]);
    b.positionAt(1);
    a.offsetAt({ line: 0, character: 1 });
    assert.deepEqual([a.isPacked, b.isPacked, c.isPacked], [false, false, true]);
    // c, packed, is read again: it comes back whole, and b is now the one read longest ago.
    assert.equal(c.getText(), '# c\n');
    assert.deepEqual([a.isPacked, b.isPacked, c.isPacked], [false, true, false]);
  });

  it('let a closed document go, so it no longer holds a place among those kept unpacked', () => {
    const store = new PackedDocuments(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => store.create(`file:///${name}.md`, 'markdown', 1, `# ${name}\n`)) as [PackableDocument, PackableDocument, PackableDocument];
    a.getText();
    b.getText();
    store.closed(b.uri);
    c.getText();
    assert.deepEqual([a.isPacked, c.isPacked], [false, false]);
  });
});
