/**
 * A notice with a part in another language (a bilingual notice, a section pasted from a notice in
 * another language): the checks read the whole notice with its own language's words, so the
 * service says where such a part starts, in the notice's language, with the part's language named.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createPolicyService, settingsFromUnknown } from '../../server/src/service/index';
import { buildModel } from '../../server/src/service/document';
import { countWords, cutWords, LANGUAGE_SAMPLE, languageOf, lineWordsOf, sampleWords } from '../../server/src/service/language';
import { SUPPORTED, TABLES } from '../../server/src/service/data';
import { joinLines } from './helpers';

let counter = 0;
function diagnose(text: string, languageId: 'markdown' | 'plaintext' = 'markdown', language = 'auto'): Diagnostic[] {
  counter++;
  const document = TextDocument.create(`file:///notices/other${counter}.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, 1, text);
  const { settings } = settingsFromUnknown({ language });
  return createPolicyService().getDiagnostics(document, settings, { force: true });
}

/** Paragraphs of a text: each followed by a blank line. */
const paras = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);
const notes = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'other-language');
const lineText = (text: string, d: Diagnostic): string => {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return doc.getText(d.range);
};

const ENGLISH_PART = [
  'We process your personal data to handle your orders and to answer the questions you send us.',
  'You have the right to access your data, to have it corrected or erased, and to object to its use. You can also complain to the supervisory authority in your country.',
  'We keep your order data for seven years because the tax law requires it, and we delete your messages one year after we have answered them.',
];
const DUTCH_PART = [
  'Wij verwerken uw persoonsgegevens om uw bestellingen af te handelen en om de vragen te beantwoorden die u ons stuurt.',
  'U hebt het recht om uw gegevens in te zien, te laten verbeteren of te laten wissen, en om bezwaar te maken tegen het gebruik ervan. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.',
  'Wij bewaren uw bestelgegevens zeven jaar omdat de belastingwet dat vereist, en wij verwijderen uw berichten een jaar nadat wij ze hebben beantwoord.',
];
const GERMAN_PART = [
  'Wir verarbeiten Ihre personenbezogenen Daten, um Ihre Bestellungen abzuwickeln und die Fragen zu beantworten, die Sie uns schicken.',
  'Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten und können der Verarbeitung widersprechen. Sie können sich auch bei einer Aufsichtsbehörde beschweren.',
  'Wir speichern Ihre Bestelldaten zehn Jahre, weil das Steuerrecht es verlangt, und wir löschen Ihre Nachrichten ein Jahr nachdem wir sie beantwortet haben.',
];
const FRENCH_PART = [
  'Nous traitons vos données personnelles pour gérer vos commandes et pour répondre aux questions que vous nous envoyez.',
  "Vous avez le droit d'accéder à vos données, de les faire rectifier ou effacer, et de vous opposer à leur utilisation. Vous pouvez aussi introduire une réclamation auprès de la CNIL.",
  'Nous conservons vos données de commande pendant dix ans parce que la loi fiscale le demande, et nous supprimons vos messages un an après notre réponse.',
];

describe('Parts in another language', () => {
  it('notes a Dutch version after an English notice, on its first line, naming Dutch in English', () => {
    const text = joinLines('# Privacy notice', '', ...paras(ENGLISH_PART), '## Nederlandse versie', '', ...paras(DUTCH_PART));
    const ds = notes(diagnose(text));
    assert.equal(ds.length, 1);
    const d = ds[0]!;
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.equal(d.source, 'policy-author');
    assert.equal(lineText(text, d), '## Nederlandse versie');
    assert.equal(
      d.message,
      'This part is in Dutch, but the notice is checked in English, so what it says counts for none of the items. Put each language version in a file of its own.',
    );
  });

  it('notes an English section pasted into a Dutch notice, in Dutch, and only that section', () => {
    const text = joinLines(
      'Privacyverklaring',
      '',
      ...paras(DUTCH_PART),
      'Google Analytics',
      '',
      ...paras(ENGLISH_PART),
      'Contact',
      '',
      'Hebt u vragen over deze verklaring? Stuur ons dan een e-mail, wij antwoorden binnen een week.',
    );
    const ds = notes(diagnose(text, 'plaintext'));
    assert.equal(ds.length, 1);
    assert.equal(lineText(text, ds[0]!), 'Google Analytics');
    assert.match(ds[0]!.message as string, /^Dit deel is in het Engels, maar de privacyverklaring wordt in het Nederlands gecontroleerd, dus wat hier staat telt voor geen enkel onderdeel mee\./);
  });

  it('names the language in German and in French notices (each mostly in its own language) as those languages do', () => {
    const de = joinLines('# Datenschutzerklärung', '', ...paras(GERMAN_PART), ...paras(GERMAN_PART), '## Version française', '', ...paras(FRENCH_PART));
    const [d] = notes(diagnose(de));
    assert.equal(lineText(de, d!), '## Version française');
    assert.match(d!.message as string, /^Dieser Teil ist auf Französisch verfasst, die Datenschutzerklärung wird aber auf Deutsch geprüft: Was hier steht/);

    const fr = joinLines('# Politique de confidentialité', '', ...paras(FRENCH_PART), ...paras(FRENCH_PART), '## Deutsche Fassung', '', ...paras(GERMAN_PART));
    const [f] = notes(diagnose(fr));
    assert.equal(lineText(fr, f!), '## Deutsche Fassung');
    assert.match(f!.message as string, /^Cette partie est en allemand, alors que la politique de confidentialité est vérifiée en français : ce qu'elle dit/);
  });

  it('notes each part of a notice in three languages, the language it is checked in being the one most of it is in', () => {
    const text = joinLines(
      '# Privacy notice',
      '',
      ...paras(ENGLISH_PART),
      ...paras(ENGLISH_PART),
      '## Nederlands',
      '',
      ...paras(DUTCH_PART),
      '## Deutsch',
      '',
      ...paras(GERMAN_PART),
    );
    const ds = notes(diagnose(text));
    assert.deepEqual(ds.map((d) => lineText(text, d)), ['## Nederlands', '## Deutsch']);
    assert.deepEqual(ds.map((d) => /This part is in (\w+),/.exec(d.message as string)?.[1]), ['Dutch', 'German']);
  });

  it('says so for the whole notice when the language setting names another language than it is written in', () => {
    const text = joinLines('# Privacy notice', '', ...paras(ENGLISH_PART));
    const ds = notes(diagnose(text, 'markdown', 'nl'));
    assert.equal(ds.length, 1);
    assert.equal(lineText(text, ds[0]!), '# Privacy notice');
    assert.match(ds[0]!.message as string, /^Dit deel is in het Engels,/);
  });

  it('does not note a short quotation, a name or an address in another language', () => {
    const text = joinLines(
      '# Privacyverklaring',
      '',
      ...paras(DUTCH_PART),
      'Ons motto is "We care about your privacy and we will never sell it".',
      '',
      'Wij gebruiken Google Analytics van Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland.',
      '',
      'Vous pouvez nous écrire en français.',
    );
    assert.deepEqual(notes(diagnose(text)), []);
  });

  it('notes nothing in a French notice, though French and Dutch share short words such as "de" and "en"', () => {
    const text = joinLines('# Politique de confidentialité', '', ...paras(FRENCH_PART), 'Le responsable du traitement est la société Dupont et fils, 12 rue de la Gare, 75010 Paris, France.', '');
    assert.deepEqual(notes(diagnose(text)), []);
  });

  it('gives the note as an edited document changes, as for the same text opened fresh', () => {
    const service = createPolicyService();
    const { settings } = settingsFromUnknown({});
    const english = joinLines('# Privacy notice', '', ...paras(ENGLISH_PART), ...paras(ENGLISH_PART));
    let document = TextDocument.create('file:///notices/edited.md', 'markdown', 1, english);
    const steps: [string, number][] = [
      [joinLines('## Nederlandse versie', '', ...paras(DUTCH_PART)), 1],
      ['', 0],
    ];
    assert.deepEqual(notes(service.getDiagnostics(document, settings, { force: true })), []);
    for (const [k, [added, expected]] of steps.entries()) {
      const at = document.positionAt(english.length);
      document = TextDocument.update(document, [{ range: { start: at, end: document.positionAt(document.getText().length) }, text: added }], k + 2);
      const edited = notes(service.getDiagnostics(document, settings, { force: true }));
      assert.equal(edited.length, expected, `version ${k + 2}`);
      assert.deepEqual(edited, notes(diagnose(document.getText())), `version ${k + 2}`);
    }
  });

  it('counts the words of each line of the sample as counting each line on its own does (what an edited document remembers)', () => {
    const corpus = path.join(__dirname, '..', 'fixtures', 'corpus');
    const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    const mixed = joinLines('# Privacy notice', '', ...ENGLISH_PART, '', '## Nederlands', '', ...DUTCH_PART);
    const sets = ['sloppy', 'thorough'].flatMap((d) => {
      const dir = path.join(__dirname, '..', 'fixtures', d);
      return fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    });
    // Capitals, Latin-1 letters that have no capital or fold alike, words longer than any function word,
    // and letters beyond Latin-1 (read by the other way) at the start, in the middle and at the end.
    const odd = [
      'THE DATA OF THE USER\nDE GEGEVENS VAN HET LID\nDIE DATEN DER NUTZER\nLES DONNÉES DES UTILISATEURS',
      'ßß ß µ ª º ÿ ÀÉÎÕÜ àéîõü der-die-das l\'utilisateur d’un ÜBER über uber × ÷ and½and',
      'understanding notwithstanding thethethe andand the1 2the',
      `Łódź theŁ Łthe deř en de het van ${ENGLISH_PART.join(' ')}`,
      `${ENGLISH_PART.join(' ')} and then 𝐀𝐁 and the𝐀 the`,
      `${DUTCH_PART.join('\n')}\nő`,
      '\u2022 \u20ac \u{1F600} the and of \u2019s',
      'the\u2460 and \u0663 of de\u0663het',
    ];
    const variants = [...texts, mixed, mixed.replace(/\n/g, '\r\n'), mixed.replace(/\n/g, '\r'), `\u2018${mixed}\u2019`, texts.join('\n').repeat(8), ...sets, ...odd];
    for (const [k, text] of variants.entries()) {
      const model = buildModel(text, 'markdown');
      const end = Math.min(model.folded.length, LANGUAGE_SAMPLE);
      const starts = model.lineStarts.filter((s) => s < end);
      const perLine = starts.map((s, i) => countWords(model.folded.slice(s, Math.min(end, starts[i + 1] ?? end))));
      const { whole, lines } = sampleWords(model);
      assert.deepEqual(lines, lineWordsOf(perLine), `variant ${k}`);
      assert.deepEqual(whole, countWords(model.folded.slice(0, end)), `variant ${k}`);
      assert.equal(languageOf([whole]), languageOf(perLine), `variant ${k}`);
    }
  });

  it('has function words of at most eight lower-case Latin-1 letters, which a sample of Latin-1 text is read for in one loop', () => {
    // Longer words, capitals or letters beyond Latin-1 would still be counted right, by the slower search for every sample.
    for (const lang of SUPPORTED) {
      for (const word of TABLES[lang].stopwords) assert.match(word, /^[a-z\xaa\xb5\xba\xdf-\xf6\xf8-\xff]{1,8}$/, `${lang}: "${word}"`);
    }
  });

  it('cuts a text into the same words and line breaks whether or not it has letters beyond Latin-1', () => {
    const corpus = path.join(__dirname, '..', 'fixtures', 'corpus');
    const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    const odd = [
      'le cœur de l\u2019œuvre\nsa sœur',
      'Łukasz Skłodowska w Łodzi',
      'Ελληνικά και English',
      'İstanbul İzmir'.toLowerCase(),
      '• bullets • and € prices 😀 and 𝐀𝐁 letters',
      '\u2022 '.repeat(300) + 'only bullets then a word',
      '\u2022 '.repeat(300) + 'and then an ő',
      'µ ª º ß ÿ À Ö Ø ö ø × ÷',
      '',
    ];
    for (const [k, text] of [...texts, ...odd].entries()) {
      const lower = text.toLowerCase();
      assert.deepEqual(cutWords(lower), lower.match(/\p{L}+|\n/gu), `text ${k}`);
    }
  });

  it('notes nothing in any of the real and invented notices of the test sets', () => {
    const dirs = ['corpus', 'sloppy', 'thorough'].map((d) => path.join(__dirname, '..', 'fixtures', d));
    let checked = 0;
    for (const dir of dirs) {
      for (const f of fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        assert.deepEqual(notes(diagnose(text, f.endsWith('.md') ? 'markdown' : 'plaintext')).map((d) => d.range.start.line), [], f);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} notices`);
  });
});
