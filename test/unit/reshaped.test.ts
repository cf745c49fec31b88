/**
 * A notice reads the same in the other shapes real notices come in: hard-wrapped at a width (copied
 * from a PDF, an e-mail or a text file), without its Markdown marks, with bold lines for headings,
 * headings in capitals, bullets typed as characters. Found by checking every notice of the sets
 * again in each shape: these were the ways the findings changed. The texts here are written for
 * these tests.
 */
import * as assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/document';
import { diagnose, doc } from './actionHelpers';

const codes = (text: string, languageId: 'markdown' | 'plaintext' = 'plaintext'): string[] => diagnose(doc(text, languageId)).map((d) => String(d.code));
const headings = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): string[] =>
  buildModel(text, format).sentences.filter((s) => s.kind === 'heading').map((s) => s.text.trim());
const sentences = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): string[] =>
  buildModel(text, format).sentences.map((s) => s.text.replace(/ {2,}/g, ' ').trim());

describe('Text hard-wrapped at a width', () => {
  it('reads a bold line over a wrapped German paragraph as its heading, as over the unwrapped one', () => {
    const wrapped = [
      '# Datenschutz in unserer Praxis',
      '',
      '**Welche Daten wir verarbeiten**',
      'Ihre Stammdaten (Name, Anschrift, Geburtsdatum, Telefonnummer,',
      'Versicherungsnummer), Befunde und Diagnosen. Diese Angaben brauchen wir',
      'für die Behandlung und die Abrechnung mit Ihrer Krankenkasse.',
      '',
    ].join('\n');
    assert.deepEqual(headings(wrapped, 'markdown'), ['# Datenschutz in unserer Praxis', 'Welche Daten wir verarbeiten']);
    // A name in bold over its address lines stays one paragraph, wrapped or not.
    const name = '# Datenschutz\n\n**Praxis Dr. Anna Berger**\nLindenweg 4, 8010 Graz, Tel. 0316 12 34 56\n';
    assert.deepEqual(headings(name, 'markdown'), ['# Datenschutz']);
  });

  it('joins a line that ends in a word that needs more to the next one, also when that one opens with a capital', () => {
    const text = [
      'Datenschutzhinweise',
      '',
      'Rechtsgrundlage',
      'Die Verarbeitung Ihrer Daten erfolgt auf Grundlage von',
      'Art. 6 Abs. 1 lit. b DSGVO und Ihrer Einwilligung.',
      '',
    ].join('\n');
    assert.deepEqual(sentences(text).slice(2), ['Die Verarbeitung Ihrer Daten erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO und Ihrer Einwilligung.']);
    // A line that ends a sentence, or a name over an address, is no run-on.
    assert.deepEqual(sentences('Privacy\n\nWe are the controller.\nOur office is in Leeds.\n').slice(1), ['We are the controller.', 'Our office is in Leeds.']);
  });

  it('takes no numbered paragraph whose wrapped line ends in "or" for a heading, and reads numbered headings over wrapped paragraphs', () => {
    const text = [
      'Privacy notice of Oakfield Tennis Club',
      '',
      '1. Who we are',
      '1.1 Oakfield Tennis Club, Mill Lane, Bristol BS3 4AA, is the controller of',
      'your personal data.',
      '1.2 You can reach our membership secretary on 0117 496 0321 or',
      'members@oakfield-tennis.example.',
      '',
      '2. What we collect',
      '2.1 Your name, address, date of birth, telephone number and email',
      'address, and your playing level.',
      '',
    ].join('\n');
    assert.deepEqual(headings(text), ['Privacy notice of Oakfield Tennis Club', '1. Who we are', '2. What we collect']);
  });

  it('reads numbered headings after a table of contents numbered the same way', () => {
    const text = [
      'PRIVACY POLICY',
      '',
      'CONTENTS',
      '',
      '1. WHAT DATA DO WE COLLECT?',
      '2. HOW DO WE USE YOUR DATA?',
      '3. HOW CAN YOU CONTACT US?',
      '',
      '1. WHAT DATA DO WE COLLECT?',
      '',
      'We collect your name and e-mail address when you register.',
      '',
      '2. HOW DO WE USE YOUR DATA?',
      '',
      'We use them to run your account.',
      '',
    ].join('\n');
    assert.deepEqual(headings(text).slice(2), ['1. WHAT DATA DO WE COLLECT?', '2. HOW DO WE USE YOUR DATA?']);
    // The contents themselves stay a list.
    assert.ok(!headings(text).includes('3. HOW CAN YOU CONTACT US?'));
  });

  it('reads a table written with " | " between its cells as rows, not its first row as a heading', () => {
    const text = [
      'Privacyverklaring',
      '',
      'Hoe lang bewaren wij uw gegevens?',
      '',
      'Wij bewaren uw gegevens niet langer dan nodig is voor het doel waarvoor wij ze verzamelen.',
      '',
      'Soort gegevens | Bewaartermijn',
      'Klantdossier en identiteitsbewijs (Wwft) | 5 jaar na het einde van de klantrelatie',
      'Facturen en betaalgegevens | 7 jaar na afloop van het boekjaar (fiscale bewaarplicht)',
      '',
    ].join('\n');
    assert.deepEqual(headings(text), ['Privacyverklaring', 'Hoe lang bewaren wij uw gegevens?']);
    assert.ok(!codes(text).includes('vague-retention'), codes(text).join());
  });

  it('reads a page footer\'s links wrapped over several lines as a menu, not as the notice using cookies', () => {
    const footer = [
      '[Contact](https://www.example.org/contact) |',
      '[Privacy](https://www.example.org/privacy) |',
      '[Cookies](https://www.example.org/cookies) |',
      '[Disclaimer](https://www.example.org/disclaimer)',
    ];
    const body = ['Privacy statement', '', 'We keep your e-mail address to answer your question.', ''];
    assert.ok(!codes([...body, ...footer, ''].join('\n')).includes('cookies'));
    // Joined to the line before, with links side by side.
    const joined = 'Phone 0300 1234567 | [Write to us](https://www.example.org/contact) [Privacy](https://www.example.org/privacy) | [Cookies](https://www.example.org/cookies) | [Accessibility](https://www.example.org/a11y)';
    assert.ok(!codes([...body, joined, ''].join('\n')).includes('cookies'));
    // A sentence that says cookies are used is no menu.
    assert.ok(codes([...body, 'Our website uses analytics cookies.', ''].join('\n')).includes('cookies'));
  });
});

describe('Other shapes of the same notice', () => {
  it('reads a numbered bold line over its text as its heading ("**8. Übermittlung in Drittländer**")', () => {
    const text = [
      '# Datenschutzhinweise',
      '',
      '**8. Übermittlung in Drittländer**',
      'Ihre Daten verarbeiten wir ausschließlich in Deutschland.',
      '',
    ].join('\n');
    assert.deepEqual(headings(text, 'markdown'), ['# Datenschutzhinweise', '8. Übermittlung in Drittländer']);
    // A bold sentence over its text is still no heading.
    assert.deepEqual(headings('# Datenschutz\n\n**Wir geben nichts weiter. Versprochen!**\nIhre Daten bleiben bei uns und werden nicht verkauft.\n', 'markdown'), ['# Datenschutz']);
  });

  it('reads lines with typed bullets ("• ") in Markdown as list items, not one paragraph', () => {
    const text = [
      '# Privacy notice',
      '',
      'We also receive personal data from others:',
      '',
      '• your employer, when it signs you up for an account;',
      '• our resellers, who pass on the contact details of their customers;',
      '• credit reference agencies',
      '',
    ].join('\n');
    const model = buildModel(text, 'markdown');
    assert.deepEqual(model.sentences.filter((s) => s.kind === 'list').map((s) => s.text.trim()), [
      '• your employer, when it signs you up for an account;',
      '• our resellers, who pass on the contact details of their customers;',
      '• credit reference agencies',
    ]);
    // A paragraph whose bullet is in the middle of a line is no list.
    assert.equal(buildModel('# Privacy\n\nWe collect your name • your e-mail address.\n', 'markdown').sentences.filter((s) => s.kind === 'list').length, 0);
  });

  it('finds the business a title in capitals names after a short word ("PRIVACY BIJ GOOCHELAAR MENEER MAX")', () => {
    const text = (title: string): string => [title, '', 'Vragen? Bel of app 06-12 34 56 78 of mail naar info@voorbeeld.nl.', ''].join('\n');
    assert.ok(!codes(text('# Privacy bij Goochelaar Meneer Max'), 'markdown').includes('controller-identity'));
    assert.ok(!codes(text('# PRIVACY BIJ GOOCHELAAR MENEER MAX'), 'markdown').includes('controller-identity'));
    // A title that names no business after its words is no letterhead.
    assert.ok(codes(text('# PRIVACY EN COOKIES'), 'markdown').includes('controller-identity'));
  });

  it('reads the country line of a plain-text postal address as where the business is, not a transfer', () => {
    const text = (last: string): string =>
      ['Privacy notice', '', 'We collect your e-mail address to run the app.', '', 'Write to us at:', '', 'Harbor Apps LLC', '1200 Pine Street, Suite 5', 'Portland, OR 97205', last, ''].join('\n');
    assert.ok(!codes(text('United States')).includes('transfer-safeguards'), codes(text('United States')).join());
    // Data stored there is a transfer.
    assert.ok(codes(text('Our servers are in the United States.')).includes('transfer-safeguards'));
  });

  it('reads a question answered with a denial as no source of data ("Do we receive any information from third parties? We do not.")', () => {
    const text = (answer: string): string =>
      ['Privacy notice', '', 'We collect the name and e-mail address you give us when you register.', '', `Do we receive any information from third parties? ${answer}`, ''].join('\n');
    assert.ok(!codes(text('We do not receive any information from third parties.')).includes('data-sources'));
    assert.ok(codes(text('Yes, sometimes.')).includes('data-sources'));
  });
});

describe('A question the notice answers "No" to', () => {
  const en = (qa: string): string => ['# Privacy notice', '', 'Acme Ltd, 1 High Street, London EC1A 1AA, privacy@acme.example.', '', qa, ''].join('\n');
  it('reads "Do we transfer your data outside the EU? No." as a denial, in each language', () => {
    assert.ok(!codes(en('Do we transfer your data outside the EU? No.'), 'markdown').includes('transfer-safeguards'));
    assert.ok(!codes(en('Do we send your data outside the EEA? We do not.'), 'markdown').includes('transfer-safeguards'));
    const nl = ['# Privacyverklaring', '', 'Acme BV, Hoofdstraat 1, 1234 AB Amsterdam, privacy@acme.example.', '', 'Worden je gegevens doorgegeven aan landen buiten de EU? Nee, nooit.', ''].join('\n');
    assert.ok(!codes(nl, 'markdown').includes('transfer-safeguards'), codes(nl, 'markdown').join());
    const de = ['# Datenschutzerklärung', '', 'Acme GmbH, Hauptstraße 1, 10115 Berlin, datenschutz@acme.example.', '', 'Übermitteln wir Ihre Daten in Drittländer außerhalb der EU? Nein.', ''].join('\n');
    assert.ok(!codes(de, 'markdown').includes('transfer-safeguards'), codes(de, 'markdown').join());
    // Answered yes, it is a transfer.
    assert.ok(codes(en('Do we transfer your data outside the EU? Yes, to our hosting provider in the US.'), 'markdown').includes('transfer-safeguards'));
  });

  it('reads "Have we appointed a data protection officer? No." as none appointed', () => {
    assert.ok(!codes(en('Have we appointed a data protection officer? No.'), 'markdown').includes('dpo-contact'));
    assert.ok(codes(en('Have we appointed a data protection officer? Yes, Jane Roe.'), 'markdown').includes('dpo-contact'));
  });
});

describe('Letters written decomposed (a base letter and a combining mark, as some PDFs and macOS give text)', () => {
  it('reads "donne\\u0301es" as "données" and finds what the composed text says', () => {
    const nfc = ['# Politique de confidentialité', '', 'Atelier Lune, 3 rue des Potiers, 69001 Lyon, contact@atelier-lune.example.', '', 'Vous pouvez demander l\'accès à vos données et leur rectification.', ''].join('\n');
    const nfd = nfc.normalize('NFD');
    assert.notEqual(nfd, nfc);
    assert.deepEqual(codes(nfd, 'markdown'), codes(nfc, 'markdown'));
    assert.ok(!codes(nfd, 'markdown').includes('right-access'));
    const sentence = buildModel(nfd, 'markdown').sentences.find((s) => s.text.includes('demander'))!;
    assert.equal(sentence.text.replace(/ +/g, ' '), 'Vous pouvez demander l\'accès à vos données et leur rectification.');
    const de = ['# Datenschutzerklärung', '', 'Töpferei Müller, Hauptstraße 1, 10115 Berlin, info@toepferei.example.', '', 'Sie haben das Recht auf Löschung und Berichtigung Ihrer Daten.', ''].join('\n');
    assert.deepEqual(codes(de.normalize('NFD'), 'markdown'), codes(de, 'markdown'));
  });
});

describe('Markdown emphasis inside sentences ("the **right** to object", "for *six months*")', () => {
  const reading = (text: string): string[] => buildModel(text, 'markdown').sentences.map((s) => s.text.replace(/ {2,}/g, ' ').trim());

  it('reads emphasised words as the words themselves, in each language', () => {
    const cases: [string, string, string][] = [
      ['You have the **right** to object to our use of your data, and to *data portability*.', 'right-object', '# Privacy notice\n\nBeacon Bakes, 4 Mill Street, Leeds LS1 4AB, hello@beacon.example.\n\n'],
      ['Sie haben das Recht auf **Löschung**, auf *Einschränkung* der Verarbeitung und auf __Widerspruch__.', 'right-erasure', '# Datenschutz\n\nBäckerei Korn, Hauptstraße 1, 10115 Berlin, info@korn.example.\n\n'],
      ['U hebt het recht om ~~uw~~ *bezwaar* te maken tegen het gebruik van uw gegevens.', 'right-object', '# Privacyverklaring\n\nBakkerij Korrel, Dorpsstraat 1, 1234 AB Ergens, info@korrel.example.\n\n'],
      ['Vous pouvez demander l\'**accès** à vos données, leur *rectification* ou leur *effacement*.', 'right-access', '# Politique de confidentialité\n\nBoulangerie Levain, 1 rue Haute, 75001 Paris, contact@levain.example.\n\n'],
    ];
    for (const [sentence, id, head] of cases) {
      const plain = sentence.replace(/[*_~]/g, '');
      assert.ok(!codes(head + plain, 'markdown').includes(id), `${id} found in the plain sentence`);
      assert.deepEqual(codes(head + sentence, 'markdown'), codes(head + plain, 'markdown'), sentence);
    }
  });

  it('keeps a comma or full stop right behind an emphasised word, and joins a word emphasised in part', () => {
    assert.deepEqual(reading('You can *access*, correct or delete your data.\n'), ['You can access, correct or delete your data.']);
    assert.deepEqual(reading('We keep invoices for **seven years**.\n'), ['We keep invoices for seven years.']);
    assert.deepEqual(reading('Die **Daten**schutz**beauftragte** erreichen Sie unter dsb@example.org.\n'), ['Die Datenschutzbeauftragte erreichen Sie unter dsb@example.org.']);
  });

  it('leaves marks that open or close nothing as they are: footnotes, sums, underscores in addresses, bullets', () => {
    assert.deepEqual(reading('Open Mon* to Fri*, 9 to 5.\n'), ['Open Mon* to Fri*, 9 to 5.']);
    assert.deepEqual(reading('It costs 2 * 3 euros.\n'), ['It costs 2 * 3 euros.']);
    assert.deepEqual(reading('Write to first_last_name@example.org or see https://example.org/a_b_c.\n'), ['Write to first_last_name@example.org or see https://example.org/a_b_c.']);
    assert.deepEqual(reading('* We keep *your* data.\n'), ['* We keep your data.']);
    assert.deepEqual(reading('An escaped \\*star\\* stays.\n'), ['An escaped \\*star\\* stays.']);
  });

  it('keeps the range of a missing item on a heading with emphasis on the heading\'s words', () => {
    const text = '# Privacy notice\n\nBeacon Bakes, 4 Mill Street, Leeds LS1 4AB, hello@beacon.example.\n\n## **Your rights**\n\nYou can ask for a copy of your data.\n';
    const d = diagnose(doc(text)).find((x) => x.code === 'right-object')!;
    assert.deepEqual(d.range, { start: { line: 4, character: 5 }, end: { line: 4, character: 16 } });
  });
});

describe('Two spaces where a cue allows a space or a hyphen ("opt  out", "Privacy  Shield")', () => {
  it('reads them as one space', () => {
    const head = 'Privacy notice\n\nBeacon Bakes, 4 Mill Street, Leeds LS1 4AB, hello@beacon.example.\n\n';
    const en = `${head}You can opt  out of our marketing e-mails at any time. You can also have your data sent to you in a machine  readable format.\n`;
    assert.ok(!codes(en).includes('right-object') && !codes(en).includes('right-portability'));
    const de = 'Datenschutz bei Gartenpost\n\nMailchimp war unter dem Privacy  Shield zertifiziert, da ist man also auf der sicheren Seite.\n';
    assert.ok(codes(de).includes('outdated-reference'));
    assert.deepEqual(codes(de), codes(de.replace('Privacy  Shield', 'Privacy Shield')));
  });

  it('reads a run of spaces as one where a cue looks behind or ahead of a word ("Nach  Abschluss", "until  you unsubscribe")', () => {
    const texts = [
      'Datenschutz bei Malerbetrieb Schulz\n\nMalerbetrieb Schulz, Lindenweg 3, 12345 Musterstadt, info@maler-schulz.example.\n\nNach  Abschluss  eines Auftrags fragen wir Sie manchmal per E-Mail, ob Sie mit unserer Arbeit zufrieden waren.\n',
      'Privacy at Static and Sprouts\n\nWe send our newsletter only to people who asked for it.\n\nNewsletter:  until  you unsubscribe (there is a link at the bottom of every email).\n',
    ];
    for (const text of texts) assert.deepEqual(codes(text), codes(text.replace(/ {2,}/g, ' ')), text);
  });
});

describe('Inline HTML in Markdown text ("a line<br>break", "<b>Retention</b>")', () => {
  const reading = (text: string): string[] => buildModel(text, 'markdown').sentences.map((s) => s.text.replace(/ {2,}/g, ' ').trim());

  it('reads the text around inline tags as a reader of the page sees it', () => {
    assert.deepEqual(reading('We keep your details for two years.<br>After that we delete them.\n'), ['We keep your details for two years.', 'After that we delete them.']);
    assert.deepEqual(reading('You have the right to <strong>object</strong> to direct <span class="x">marketing</span>.\n'), ['You have the right to object to direct marketing.']);
    const head = '# Privacy notice\n\nBeacon Bakes, 4 Mill Street, Leeds LS1 4AB, hello@beacon.example.\n\n';
    const tagged = `${head}We keep orders for six years because the tax rules require it.<br/>You can ask for a copy of your data, have it <b>corrected</b> or <i>deleted</i>.\n`;
    assert.deepEqual(codes(tagged, 'markdown'), codes(tagged.replace(/<br\/>/g, ' ').replace(/<\/?[bi]>/g, ''), 'markdown'));
    assert.ok(!codes(tagged, 'markdown').includes('right-erasure'));
  });

  it('leaves other angle brackets as written: addresses, links, placeholders', () => {
    assert.deepEqual(reading('Write to <info@example.org> or see <https://example.org/privacy>.\n'), ['Write to <info@example.org> or see <https://example.org/privacy>.']);
    assert.deepEqual(reading('Contact <Your name> at <Your address>.\n'), ['Contact <Your name> at <Your address>.']);
  });
});

describe('Typed bullets indented in a Markdown paragraph ("  · Right of access: ...")', () => {
  it('reads each indented line with a typed bullet as a list item of its own', () => {
    const text = ['# Privacy notice', '', 'You have these rights:', '', '  · Right of access: you can ask for a copy of your data.', '  · Right to rectification: you can ask us to correct it.', ''].join('\n');
    const items = buildModel(text, 'markdown').sentences.filter((s) => s.kind === 'list').map((s) => s.text.trim());
    assert.deepEqual(items, ['· Right of access: you can ask for a copy of your data.', '· Right to rectification: you can ask us to correct it.']);
  });
});
