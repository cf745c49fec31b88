import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { createPolicyService, DEFAULT_SETTINGS, type Settings } from '../../server/src/service';
import { lineStarts } from '../../server/src/service/text';
import { joinLines } from './helpers';

const ALL: Settings = { ...DEFAULT_SETTINGS, documents: 'all' };

/** An English Markdown notice: nested sections, a list of five rights, a short list, and empty lines at the end. */
const EN_MARKDOWN = joinLines(
  '# Privacy notice', //                                          0
  '',
  'Acme B.V., Keizersgracht 1, 1015 AA Amsterdam, is the controller of your personal data. You can reach us at privacy@acme.example.',
  '',
  '## What we collect', //                                        4
  '',
  '- your name',
  '- your e-mail address',
  '',
  '## Your rights', //                                            9
  '',
  'You have the right:',
  '',
  '- of access to your data;', //                                  13
  '- to have it corrected;',
  '- to have it erased;',
  '',
  '- to object to its use;',
  '- to receive it in a portable format.', //                      18
  '',
  '### Complaints', //                                            20
  '',
  'You may complain to the Autoriteit Persoonsgegevens.', //      22
  '',
  '',
);

const EN_EXPECTED: FoldingRange[] = [
  { startLine: 0, endLine: 22, kind: FoldingRangeKind.Region },
  { startLine: 4, endLine: 7, kind: FoldingRangeKind.Region },
  { startLine: 9, endLine: 22, kind: FoldingRangeKind.Region },
  { startLine: 13, endLine: 18, kind: FoldingRangeKind.Region },
  { startLine: 20, endLine: 22, kind: FoldingRangeKind.Region },
];

/** A Dutch plain-text notice with plain heading lines, a table of four rows and a heading with no text under it at the end. */
const NL_PLAIN = joinLines(
  'Privacyverklaring van De Korrel', //                            0
  '',
  'Wie zijn wij',
  '',
  'Bakkerij De Korrel B.V., Dorpsstraat 4, 1234 AB Ons Dorp, is de verwerkingsverantwoordelijke.',
  '',
  'Bewaartermijnen', //                                            6
  '',
  'Wij bewaren uw gegevens niet langer dan nodig, zoals in deze tabel staat:',
  '',
  '| gegevens | termijn |', //                                   10
  '| --- | --- |',
  '| facturen | zeven jaar |',
  '| sollicitaties | vier weken |', //                          13
  '',
  'Na afloop van de termijn worden de gegevens verwijderd.', //  15
);

const NL_EXPECTED: FoldingRange[] = [
  { startLine: 0, endLine: 15, kind: FoldingRangeKind.Region },
  { startLine: 2, endLine: 4, kind: FoldingRangeKind.Region },
  { startLine: 6, endLine: 15, kind: FoldingRangeKind.Region },
  { startLine: 10, endLine: 13, kind: FoldingRangeKind.Region },
];

function folding(text: string, languageId: 'markdown' | 'plaintext', settings: Settings = ALL): FoldingRange[] {
  const uri = `file:///notice.${languageId === 'markdown' ? 'md' : 'txt'}`;
  return createPolicyService().getFoldingRanges(TextDocument.create(uri, languageId, 1, text), settings);
}

describe('folding ranges', () => {
  it('fold each Markdown section from its heading to its last line of text, and a long list', () => {
    assert.deepEqual(folding(EN_MARKDOWN, 'markdown'), EN_EXPECTED);
  });

  it('fold each plain-text section and a table of four rows', () => {
    assert.deepEqual(folding(NL_PLAIN, 'plaintext'), NL_EXPECTED);
  });

  it('are the same whether lines end in LF, CRLF or CR', () => {
    for (const eol of ['\r\n', '\r']) {
      assert.deepEqual(folding(EN_MARKDOWN.replace(/\n/g, eol), 'markdown'), EN_EXPECTED, JSON.stringify(eol));
      assert.deepEqual(folding(NL_PLAIN.replace(/\n/g, eol), 'plaintext'), NL_EXPECTED, JSON.stringify(eol));
    }
  });

  it('stop at the last line of text, whatever empty lines follow it', () => {
    assert.deepEqual(folding(NL_PLAIN + '\n\n  \n\t\n', 'plaintext'), NL_EXPECTED);
    assert.deepEqual(folding(NL_PLAIN + '\r\n', 'plaintext'), NL_EXPECTED);
  });

  it('leave out a section of a single line, such as a heading with nothing under it', () => {
    const text = joinLines('# Privacy notice', '', '## Contact', '', 'If you have a question about your personal data, you can write to us at privacy@acme.example.', '', '## Changes', '');
    assert.deepEqual(folding(text, 'markdown'), [
      { startLine: 0, endLine: 6, kind: FoldingRangeKind.Region },
      { startLine: 2, endLine: 4, kind: FoldingRangeKind.Region },
    ]);
  });

  it('leave out lists of fewer than four lines', () => {
    assert.ok(!folding(EN_MARKDOWN, 'markdown').some((r) => r.startLine === 6));
  });

  it('are given only for documents that are checked', () => {
    const readme = joinLines('# Build notes', '', '## Install', '', 'Run npm ci in the folder of the project.', 'Then run npm test, and wait for all of the tests to pass.');
    assert.deepEqual(folding(readme, 'markdown', DEFAULT_SETTINGS), []);
    assert.deepEqual(folding(EN_MARKDOWN, 'markdown', { ...DEFAULT_SETTINGS, documents: 'off' }), []);
    assert.deepEqual(folding(readme, 'markdown', ALL), [
      { startLine: 0, endLine: 5, kind: FoldingRangeKind.Region },
      { startLine: 2, endLine: 5, kind: FoldingRangeKind.Region },
    ]);
  });

  it('are none for an empty document', () => {
    assert.deepEqual(folding('', 'plaintext'), []);
    assert.deepEqual(folding('\n\n', 'markdown'), []);
  });

  it('on the corpus notices stay inside the document, span two lines or more, and start on distinct lines in order', () => {
    const dir = path.resolve(__dirname, '..', 'fixtures', 'corpus');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const lastLine = lineStarts(text).length - 1;
      const ranges = folding(text, 'plaintext', DEFAULT_SETTINGS);
      assert.ok(ranges.length >= 8, `${file} has ${ranges.length} ranges`);
      ranges.forEach((r, i) => {
        assert.ok(r.startLine >= 0 && r.endLine <= lastLine && r.startLine < r.endLine, `${file}: ${JSON.stringify(r)}`);
        if (i > 0) assert.ok(r.startLine > ranges[i - 1]!.startLine, `${file}: ${JSON.stringify(r)} after ${JSON.stringify(ranges[i - 1])}`);
      });
    }
  });
});
