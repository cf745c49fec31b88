/**
 * Words a PDF or a web page split: a notice copied from a PDF keeps the hyphens that broke its words
 * at line ends ("verwij-\nderen"), and a web page's soft hyphens ("Lö\u00ADschung") stay in copied
 * text. The checks read such a word whole; the document's offsets do not move.
 */
import * as assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/document';
import { diagnose, doc } from './actionHelpers';

const codes = (text: string, languageId: 'markdown' | 'plaintext' = 'plaintext'): string[] => diagnose(doc(text, languageId)).map((d) => String(d.code));
const read = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): string[] =>
  buildModel(text, format).sentences.map((s) => s.text.replace(/ {2,}/g, ' ').trim());

const PDF_NL = [
  'PRIVACYVERKLARING',
  '',
  'Stichting Voorbeeld, Dorpsstraat 1, 1234 AB Dorp, is verantwoordelijk voor de verwerking van',
  'persoonsgegevens zoals weergegeven in deze privacyverklaring.',
  '',
  'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwij-',
  'deren. U kunt ook vragen om de verwerking te be-',
  '   perken.',
  '',
].join('\n');

describe('Words split by a hyphen at a line end or by a soft hyphen', () => {
  it('reads a word hyphenated across a line end whole, in a plain-text paragraph and a Markdown list item', () => {
    assert.deepEqual(read(PDF_NL).slice(2), [
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.',
      'U kunt ook vragen om de verwerking te beperken.',
    ]);
    const codesNow = codes(PDF_NL);
    assert.ok(!codesNow.includes('right-erasure'), codesNow.join());
    assert.ok(!codesNow.includes('right-restriction'), codesNow.join());
    assert.deepEqual(read('# Rights\n\n- You may ask us to de-\n  lete your data.\n', 'markdown').slice(1), ['- You may ask us to delete your data.']);
  });

  it('keeps the hyphen of a compound before a capital or before a word that is not its continuation, and outside prose', () => {
    assert.deepEqual(read('# Datenschutz\n\nEs gilt die Datenschutz-\nGrundverordnung.', 'markdown').slice(1), ['Es gilt die Datenschutz- Grundverordnung.']);
    assert.deepEqual(read('Privacy\n\nVoor de uitvoering van de overeenkomst met onze klanten verwerken wij persoons-\nen contactgegevens.').slice(1), ['Voor de uitvoering van de overeenkomst met onze klanten verwerken wij persoons- en contactgegevens.']);
    assert.deepEqual(read('Privacy\n\nDe bewaartermijn voor facturen en andere stukken van onze administratie is 7 jaar -\nvoor de boekhouding.').slice(1), ['De bewaartermijn voor facturen en andere stukken van onze administratie is 7 jaar - voor de boekhouding.']);
    // A fenced code block is not read at all; its lines are not joined to anything.
    const fenced = buildModel('# Notice\n\n```\nverwij-\nderen\n```\n', 'markdown');
    assert.deepEqual(fenced.sentences.map((s) => s.text), ['# Notice']);
  });

  it('reads a word with soft hyphens whole, in headings too', () => {
    const text = 'Daten\u00ADschutz\u00ADerklärung\n\nSie haben das Recht auf Lö\u00ADschung Ihrer Daten und auf Ein\u00ADschrän\u00ADkung der Verarbeitung.\n';
    assert.deepEqual(read(text), ['Datenschutzerklärung', 'Sie haben das Recht auf Löschung Ihrer Daten und auf Einschränkung der Verarbeitung.']);
    const found = codes(text);
    assert.ok(!found.includes('right-erasure') && !found.includes('right-restriction'), found.join());
    assert.ok(found.includes('right-object'), 'a right the text does not name is still missing');
  });

  it('keeps every offset after the joined word, and the text its length', () => {
    const m = buildModel(PDF_NL, 'plaintext');
    assert.equal(m.reading.length, PDF_NL.length);
    const second = m.sentences.find((s) => s.text.startsWith('U kunt'))!;
    assert.equal(PDF_NL.slice(second.start, second.start + 6), 'U kunt');
    assert.equal(PDF_NL.slice(second.end - 1, second.end), '.');
    // The unchanged text is the folded one itself.
    const plain = buildModel('We keep your data for two years.', 'plaintext');
    assert.equal(plain.reading, plain.folded);
  });
});
