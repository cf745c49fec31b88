/**
 * The document model: headings and sections in Markdown and plain text, line ends, UTF-16
 * positions and sentences.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { buildModel, parseMarkdown, sentenceEnds, type DocumentModel } from '../../server/src/service/document';
import { joinLines, seededRandom } from './helpers';
import { lineEnd } from '../../server/src/service/text';

const titles = (m: DocumentModel): string[] => m.sections.map((s) => s.title);
const levels = (m: DocumentModel): number[] => m.sections.map((s) => s.level);
const sentences = (m: DocumentModel): string[] => m.sentences.filter((s) => s.kind !== 'heading').map((s) => s.text);

describe('Document model', () => {
  describe('Markdown headings', () => {
    it('reads ATX headings with their levels', () => {
      const m = buildModel(joinLines('# Privacy notice', '', 'Intro text.', '', '## Your rights', '', 'Text.', '', '### Access', '', 'More text.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', 'Your rights', 'Access']);
      assert.deepEqual(levels(m), [1, 2, 3]);
    });

    it('reads setext headings with their levels', () => {
      const m = buildModel(joinLines('Privacy notice', '==============', '', 'Intro text.', '', 'Your rights', '-----------', '', 'Text.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', 'Your rights']);
      assert.deepEqual(levels(m), [1, 2]);
    });

    it('reads a numbered title over a setext underline as a heading, as a word processor\'s paste means it', () => {
      // CommonMark reads "1. Who we are" over "-----" as a list item and a rule, and over "=====" as
      // a list item whose text runs on.
      const m = buildModel(joinLines(
        'Privacy notice', '==============', '',
        '1. Who we are', '-------------', 'Northwind Trading Ltd decides how your data is used.', '',
        '2. Your rights', '==============', 'You can ask us for a copy of your data.', '',
        '3. Contact', '==========', '', 'Write to privacy@northwind.example.',
      ), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', '1. Who we are', '2. Your rights', '3. Contact']);
      assert.deepEqual(levels(m), [1, 2, 1, 1]);
      assert.deepEqual(sentences(m), ['Northwind Trading Ltd decides how your data is used.', 'You can ask us for a copy of your data.', 'Write to privacy@northwind.example.']);
      assert.ok(m.blocks.some((b) => b.kind === 'paragraph' && m.text.slice(b.start, b.end) === 'You can ask us for a copy of your data.'));
    });

    it('leaves a rule under a list, and a sentence over an underline, as CommonMark reads them', () => {
      const m = buildModel(joinLines(
        '# Privacy notice', '',
        '1. We collect your name.', '-------------', '',
        '1. Your name', '2. Your address', '---', '',
        '- Your rights', '---', '',
        'Text.',
      ), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice']);
    });

    it('titles a heading without the backslashes that escape its punctuation ("## 3\\. Your rights", as converters write it)', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '## 3\\. Your rights', '', 'Text.', '', '**4\\. Contact \\(DPO\\)**', '', 'Text.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', '3. Your rights', '4. Contact (DPO)']);
    });

    it('nests a section under the heading above it', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '## Your rights', '', '### Access', '', 'Text.', '', '## Contact', '', 'Text.'), 'markdown');
      const parent = (t: string): string | undefined => {
        const s = m.sections.find((x) => x.title === t)!;
        return s.parent === -1 ? undefined : m.sections[s.parent]!.title;
      };
      assert.equal(parent('Access'), 'Your rights');
      assert.equal(parent('Contact'), 'Privacy notice');
    });

    it('gives a heading\'s title span the words without the markup', () => {
      const text = joinLines('# Privacy notice', '', '## Your rights', '', 'Text.');
      const m = buildModel(text, 'markdown');
      const s = m.sections[1]!;
      assert.equal(text.slice(s.titleStart, s.titleEnd), 'Your rights');
    });

    it('reads a paragraph in bold as a heading, but not an e-mail address in bold', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '**Contact**', '', 'Write to us with any question.', '', '**privacy@northwind.example**'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', 'Contact']);
    });

    it('reads a bold line directly over its text as a heading over a paragraph, as a reader sees it', () => {
      const text = joinLines(
        '# Politique de confidentialité',
        '',
        '**Pourquoi collectons-nous vos données ?**',
        'Nous utilisons votre adresse pour livrer vos commandes.',
        '',
        '**Qui sommes-nous ?**',
        'La Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon.',
        '',
        '**Newsletter**',
        'Pour la lettre nous gardons seulement votre adresse électronique.',
      );
      const m = buildModel(text, 'markdown');
      assert.deepEqual(titles(m), ['Politique de confidentialité', 'Pourquoi collectons-nous vos données ?', 'Qui sommes-nous ?', 'Newsletter']);
      assert.deepEqual(sentences(m), ['Nous utilisons votre adresse pour livrer vos commandes.', 'La Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon.', 'Pour la lettre nous gardons seulement votre adresse électronique.']);
      const s = m.sections[1]!;
      assert.equal(text.slice(s.titleStart, s.titleEnd), 'Pourquoi collectons-nous vos données ?');
      assert.equal(m.blocks[m.sections[1]!.heading + 1]!.kind, 'paragraph');
    });

    it('keeps a bold line over its text one paragraph when it is a contact, a name over an address, or a sentence in bold', () => {
      const m = buildModel(
        joinLines(
          '# Privacy notice',
          '',
          '**privacy@northwind.example**',
          'Write to this address with any question about your data.',
          '',
          '**Northwind Trading Ltd**',
          '12 Harbour Road, Leeds',
          '',
          '**We never sell your data.**',
          'We use it only to send you what you ordered from us.',
          '',
          '**Note! This is important**',
          'We use it only to send you what you ordered from us.',
          '',
          '- **Newsletter**',
          '  we send it once a month to those who asked for it.',
          '',
          '**Maria Jansen**',
          'Our data protection officer, reachable at dpo@northwind.example.',
          '',
          '**Jan de Vries**',
          'is our data protection officer and answers your questions.',
        ),
        'markdown',
      );
      assert.deepEqual(titles(m), ['Privacy notice']);
    });

    it('reads a one-word bold line over a sentence with an e-mail address as a heading', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '**Contact**', 'Write to us at hello@northwind.example with any question.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice', 'Contact']);
    });

    it('does not take a notice\'s first bold line over its text for the title of the others', () => {
      const m = buildModel(
        joinLines('**Who we are**', 'We are a small bakery in the middle of the town.', '', '**What we collect**', 'We keep the names and addresses of our customers.'),
        'markdown',
      );
      assert.deepEqual(titles(m), ['Who we are', 'What we collect']);
      const [a, b] = levels(m);
      assert.equal(a, b, 'siblings');
    });

    it('reads a bold FAQ question over its answer as a heading, but not a line that only opens in bold', () => {
      const m = buildModel(joinLines('# Privacy FAQ', '', '**How long do you keep my details?**', 'We delete ticket records a year after the festival.', '', '**Note:** we never sell your data.', 'Nor do we rent it out.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy FAQ', 'How long do you keep my details?']);
      assert.deepEqual(sentences(m), ['We delete ticket records a year after the festival.', '**Note:** we never sell your data.', 'Nor do we rent it out.']);
    });

    it('does not read a bold e-mail address over a line as a heading', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '**privacy@northwind.example**', 'Write to us with any question.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice']);
    });

    it('does not take a hash inside a code block for a heading', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '```', '# not a heading', '```', '', 'Text.'), 'markdown');
      assert.deepEqual(titles(m), ['Privacy notice']);
    });
  });

  describe('plain-text headings', () => {
    it('reads a numbered heading "1. Introduction:"', () => {
      const m = buildModel(
        joinLines(
          'Privacy Policy',
          '',
          '1. Introduction:',
          'This policy explains how we handle the personal data of our customers and of the visitors of our website.',
          '',
          '2. Your rights',
          'You have the right of access to your data and the right to have incorrect data corrected by us.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy Policy', '1. Introduction', '2. Your rights']);
      assert.equal(m.sections[1]!.level, m.sections[2]!.level);
      assert.ok(m.sections[1]!.level > m.sections[0]!.level);
    });

    it('reads short stand-alone lines above body text as headings', () => {
      const m = buildModel(
        joinLines(
          'Privacy Policy',
          '',
          'Who we are',
          '',
          'We are Northwind Books Ltd, a small bookshop that also sells books through its website.',
          '',
          'How long we keep your data',
          '',
          'We keep order records for seven years because tax law requires it.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy Policy', 'Who we are', 'How long we keep your data']);
    });

    it('does not take the lines of an address block for headings', () => {
      const m = buildModel(
        joinLines(
          'Privacy Policy',
          '',
          'We use your data only to deliver your orders and to answer your questions.',
          '',
          'Contact',
          '',
          'Northwind Books Ltd',
          '14 Mill Lane',
          'Bristol BS1 4AA',
          'United Kingdom',
          '',
          'You can also e-mail us at privacy@northwind.example.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy Policy', 'Contact']);
    });

    it('does not take a sentence that ends with a full stop for a heading', () => {
      const m = buildModel(joinLines('Privacy Policy', '', 'We value your privacy.', '', 'We use your e-mail address to send you our newsletter every month.'), 'plaintext');
      assert.deepEqual(titles(m), ['Privacy Policy']);
    });

    it('reads body text hard-wrapped at a fixed width as one sentence, not as headings, in English and Dutch', () => {
      const en = buildModel(
        joinLines(
          '# Privacy notice',
          '',
          '## What we keep',
          '',
          'When you order a bicycle from our workshop we keep your name and your phone',
          'number, so that we can call you when the repair is finished.',
          '',
          'You may complain to the Information Commissioner if you think that we',
          'have not handled your data lawfully.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(en), ['# Privacy notice', '## What we keep'].map((t) => t.replace(/^#+ /, '')));
      assert.deepEqual(sentences(en), [
        'When you order a bicycle from our workshop we keep your name and your phone number, so that we can call you when the repair is finished.',
        'You may complain to the Information Commissioner if you think that we have not handled your data lawfully.',
      ]);
      const nl = buildModel(
        joinLines('Privacyverklaring', '', 'Uw rechten', '', 'U kunt ons altijd vragen welke gegevens wij van u hebben en', 'kunt ons vragen om die gegevens te verbeteren of te verwijderen.'),
        'plaintext',
      );
      assert.deepEqual(titles(nl), ['Privacyverklaring', 'Uw rechten']);
      assert.deepEqual(sentences(nl), ['U kunt ons altijd vragen welke gegevens wij van u hebben en kunt ons vragen om die gegevens te verbeteren of te verwijderen.']);
    });

    /** A German notice hard-wrapped at 64 columns: its lines go on with capitalised nouns. */
    const DE_WRAPPED = joinLines(
      'Datenschutzerklärung',
      '',
      'Speicherdauer',
      '',
      'Wir speichern die Rechnungen unserer Kundinnen und Kunden zehn',
      'Jahre lang, weil das Handelsgesetzbuch und die Abgabenordnung',
      'Aufbewahrungsfristen vorschreiben. Danach löschen wir sie ohne',
      'Aufforderung, spätestens aber im Januar des folgenden Jahres.',
      '',
      'Anfragen über das Kontaktformular beantworten wir innerhalb einer',
      'Woche und löschen sie drei Monate nach der letzten Nachricht.',
      '',
      'Ihre Rechte',
      '',
      'Sie können jederzeit Auskunft über die Daten verlangen, die wir',
      'über Sie speichern, und deren Berichtigung oder Löschung fordern.',
      'Eine Beschwerde können Sie bei der Aufsichtsbehörde einreichen,',
      'in Bayern beim Landesamt für Datenschutzaufsicht in Ansbach.',
    );

    it('reads German text hard-wrapped at a width as paragraphs although its lines go on with capitalised nouns', () => {
      const m = buildModel(DE_WRAPPED, 'plaintext');
      assert.deepEqual(titles(m), ['Datenschutzerklärung', 'Speicherdauer', 'Ihre Rechte']);
      assert.deepEqual(sentences(m).slice(0, 3), [
        'Wir speichern die Rechnungen unserer Kundinnen und Kunden zehn Jahre lang, weil das Handelsgesetzbuch und die Abgabenordnung Aufbewahrungsfristen vorschreiben.',
        'Danach löschen wir sie ohne Aufforderung, spätestens aber im Januar des folgenden Jahres.',
        'Anfragen über das Kontaktformular beantworten wir innerhalb einer Woche und löschen sie drei Monate nach der letzten Nachricht.',
      ]);
    });

    it('still reads a heading right after a wrapped paragraph whose last line ends a sentence', () => {
      const text = DE_WRAPPED.replace('Nachricht.\n\nIhre Rechte\n\n', 'Nachricht.\nIhre Rechte\n');
      assert.deepEqual(titles(buildModel(text, 'plaintext')), ['Datenschutzerklärung', 'Speicherdauer', 'Ihre Rechte']);
    });

    it('does not take the first line of a wrapped paragraph at the top of the text for its title', () => {
      const text = DE_WRAPPED.split('\n').slice(4).join('\n');
      assert.deepEqual(titles(buildModel(text, 'plaintext')), ['Ihre Rechte']);
    });

    /** Text converted from a PDF: lines break where the page's line was full, sometimes right before a number. */
    const NUMBER_WRAPPED = joinLines(
      'Privacy notice',
      '',
      'We use your details to deliver your order and to answer your questions. We',
      'keep order records for as long as the law requires, which for tax records is',
      '6 years after the end of the financial year they relate to. Account data that',
      'has not been used for two years is deleted after we have reminded you by email',
      'at least once. You can reach our data protection officer by telephone on 020',
      '7946 0000 or at dpo@example.org, or write to us at 1 High Street, London.',
      '',
      'Rechnungen und Buchungsbelege bewahren wir für die Dauer der gesetzlichen',
      'Aufbewahrungspflicht auf; diese beträgt nach § 147 der Abgabenordnung',
      '10 Jahre. Unseren Datenschutzbeauftragten erreichen Sie unter Telefon 030 12',
      '34. Er beantwortet Ihre Fragen zur Verarbeitung Ihrer Daten gern persönlich.',
    );

    it('reads a line that opens with a number as the rest of the wrapped sentence before it, not as a numbered heading or item', () => {
      const m = buildModel(NUMBER_WRAPPED, 'plaintext');
      assert.deepEqual(titles(m), ['Privacy notice']);
      assert.deepEqual(sentences(m), [
        'We use your details to deliver your order and to answer your questions.',
        'We keep order records for as long as the law requires, which for tax records is 6 years after the end of the financial year they relate to.',
        'Account data that has not been used for two years is deleted after we have reminded you by email at least once.',
        'You can reach our data protection officer by telephone on 020 7946 0000 or at dpo@example.org, or write to us at 1 High Street, London.',
        'Rechnungen und Buchungsbelege bewahren wir für die Dauer der gesetzlichen Aufbewahrungspflicht auf; diese beträgt nach § 147 der Abgabenordnung 10 Jahre.',
        'Unseren Datenschutzbeauftragten erreichen Sie unter Telefon 030 12 34.',
        'Er beantwortet Ihre Fragen zur Verarbeitung Ihrer Daten gern persönlich.',
      ]);
    });

    it('reads numbered paragraphs wrapped narrowly as paragraphs, under their numbered heading', () => {
      const m = buildModel(
        joinLines(
          'Datenschutzhinweise für Bewerberinnen und Bewerber',
          '',
          '3. Welche Daten verarbeiten wir?',
          '',
          '3.1 Wir verarbeiten die Daten, die Sie uns im Rahmen Ihrer',
          'Bewerbung zur Verfügung stellen, also Ihre Kontaktdaten,',
          'Ihren Lebenslauf und Ihre Zeugnisse.',
          '',
          '3.2 Besondere Kategorien personenbezogener Daten, etwa',
          'Angaben zur Gesundheit oder zur Religion, fragen wir',
          'grundsätzlich nicht ab.',
          '',
          '4. Wozu verarbeiten wir Ihre Daten?',
          '',
          '4.1 Talentpool. Wenn Sie ausdrücklich zustimmen, nehmen wir',
          'Ihr Profil in unseren Talentpool auf, damit wir Sie auf',
          'passende Stellen ansprechen können.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Datenschutzhinweise für Bewerberinnen und Bewerber', '3. Welche Daten verarbeiten wir?', '4. Wozu verarbeiten wir Ihre Daten?']);
      assert.deepEqual(sentences(m), [
        '3.1 Wir verarbeiten die Daten, die Sie uns im Rahmen Ihrer Bewerbung zur Verfügung stellen, also Ihre Kontaktdaten, Ihren Lebenslauf und Ihre Zeugnisse.',
        '3.2 Besondere Kategorien personenbezogener Daten, etwa Angaben zur Gesundheit oder zur Religion, fragen wir grundsätzlich nicht ab.',
        '4.1 Talentpool.',
        'Wenn Sie ausdrücklich zustimmen, nehmen wir Ihr Profil in unseren Talentpool auf, damit wir Sie auf passende Stellen ansprechen können.',
      ]);
    });

    it('joins a line ending in an article or a possessive to the next, in every inflection ("... und Ihrer" / "Einwilligung.")', () => {
      const m = buildModel(
        joinLines(
          'Datenschutz in der Praxis',
          '',
          'Die Verarbeitung Ihrer Daten zur Behandlung erfolgt auf Grundlage von Art. 9 Abs. 2 lit. h DSGVO und Ihrer',
          'Einwilligung.',
          '',
          'Nous transmettons vos coordonnées à notre comptable et, sur demande, aux',
          'Impôts.',
        ),
        'plaintext',
      );
      assert.deepEqual(sentences(m), [
        'Die Verarbeitung Ihrer Daten zur Behandlung erfolgt auf Grundlage von Art. 9 Abs. 2 lit. h DSGVO und Ihrer Einwilligung.',
        'Nous transmettons vos coordonnées à notre comptable et, sur demande, aux Impôts.',
      ]);
    });

    it('keeps a first line in capitals as the title of a text wrapped at a width', () => {
      const m = buildModel(
        joinLines(
          'KERRY BLAINE SCHOOL OF MOTORING - PRIVACY INFO FOR PUPILS',
          'Updated Jan 2026',
          '',
          'We keep your name, address, phone number and licence details',
          'so that we can book your lessons and your test, and we keep',
          'notes of your progress so that any instructor who takes you',
          'out knows what you have covered. We share your details with',
          'the DVSA when we book your test, and with our accountant for',
          'the tax return. We keep the records for six years after your',
          'last lesson, because the tax office asks us to keep them.',
        ),
        'plaintext',
      );
      assert.equal(titles(m)[0], 'KERRY BLAINE SCHOOL OF MOTORING - PRIVACY INFO FOR PUPILS');
    });

    it('still reads numbered items and numbered headings after a line of prose as such', () => {
      const list = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'We collect the following details from everyone who books a course with us',
          '1. your name and address',
          '2. your email address and telephone number',
          '',
          'We keep them for as long as you are a customer and delete them afterwards.',
          '3. Your rights',
          '',
          'You may ask us for a copy of your details at any time.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(list), ['Privacy notice', '3. Your rights']);
      assert.deepEqual(
        list.sentences.filter((s) => s.kind === 'list').map((s) => s.text),
        ['1. your name and address', '2. your email address and telephone number'],
      );
      // Items as long as wrapped lines, without a stop, the second the list's last.
      const long = buildModel(
        joinLines(
          'Datenschutzhinweise',
          '',
          'Wir verarbeiten die folgenden Daten',
          '1. Ihre Bestelldaten zur Abwicklung des Kaufvertrags und zur Lieferung der Ware',
          '2. Ihre E-Mail-Adresse für den Newsletter, wenn Sie ihn bestellt haben',
          '',
          'Sie können der Verarbeitung jederzeit widersprechen.',
        ),
        'plaintext',
      );
      assert.deepEqual(
        long.sentences.filter((s) => s.kind === 'list').map((s) => s.text),
        ['1. Ihre Bestelldaten zur Abwicklung des Kaufvertrags und zur Lieferung der Ware', '2. Ihre E-Mail-Adresse für den Newsletter, wenn Sie ihn bestellt haben'],
      );
    });

    it('guesses no wrapping width for paragraphs written on one line, so a heading directly over one stays a heading', () => {
      const m = buildModel(
        joinLines(
          'Privacy Policy',
          '',
          'What we collect about the visitors of our website and our customers',
          'When you visit our website, our server keeps your IP address and the pages you open for fourteen days, to keep the website safe.',
          'Data we get from our customers',
          'When you order a book, we keep your name, address and order for seven years, because tax law requires it.',
          'Newsletter',
          'We send our newsletter only to readers who asked for it, and stop when they unsubscribe.',
          'Recipients',
          'Our payment provider receives your name and the amount you pay, and nothing else.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy Policy', 'What we collect about the visitors of our website and our customers', 'Data we get from our customers', 'Newsletter', 'Recipients']);
    });

    it('reads text wrapped in a narrow column (about 45 characters, a leaflet or a PDF in two columns) as paragraphs', () => {
      const m = buildModel(
        joinLines(
          'Privacy information for tenants',
          '',
          'I am Pete Walsh and I rent out four flats on',
          'Quarry Bank Road in Sheffield. If you have',
          'any questions, text me or write to me at 2',
          'Ashgate Close, Sheffield S10 3BN.',
          '',
          'Once you move in I keep the tenancy',
          'agreement, your contact details and your bank',
          'details for the rent. If you think I have got',
          'something wrong with your details, the',
          "Information Commissioner's Office is there to",
          'help.',
          '',
          'We do not make decisions about you solely by',
          'automated means, and we never sell your',
          'details to anyone.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy information for tenants']);
      assert.ok(sentences(m).includes("If you think I have got something wrong with your details, the Information Commissioner's Office is there to help."), sentences(m).join(' | '));
    });

    it('guesses no narrow wrapping width from short headings over paragraphs written on one line, nor from questions over answers', () => {
      const headings = buildModel(
        joinLines(
          'Privacyverklaring',
          '',
          'Persoonsgegevens die wij verwerken',
          'Wij verwerken je naam, adres en telefoonnummer omdat je gebruik maakt van onze diensten en deze gegevens zelf aan ons verstrekt.',
          '',
          'Waarom we gegevens nodig hebben',
          'Wij gebruiken je gegevens om de afspraken te plannen en om je te bellen als er iets verandert in het rooster van de week.',
          '',
          'Hoe lang we gegevens bewaren',
          'Wij bewaren je gegevens zolang je klant bent en daarna nog twee jaar, tenzij de wet ons verplicht ze langer te bewaren.',
          '',
          'Gegevens inzien en verwijderen',
          'Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen; stuur ons daarvoor een e-mail.',
          '',
          'Delen met anderen van buiten',
          'Wij verstrekken je gegevens alleen aan derden als dat nodig is voor de uitvoering van onze overeenkomst met jou.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(headings), ['Privacyverklaring', 'Persoonsgegevens die wij verwerken', 'Waarom we gegevens nodig hebben', 'Hoe lang we gegevens bewaren', 'Gegevens inzien en verwijderen', 'Delen met anderen van buiten']);
      const questions = buildModel(
        joinLines(
          'Club Lotto - Privacy',
          '',
          'Q: Who runs the lotto for the club?',
          'A: The Club Lotto is run by Holme Valley Harriers to raise money for the junior section of the club.',
          '',
          'Q: What do you need from me to play?',
          'A: Your name, address, email and date of birth, and your bank details if you pay by standing order.',
          '',
          'Q: What do you use my details for?',
          'A: To enter you into the weekly draw, take your payments and tell you if you have won a prize.',
          '',
          'Q: Who else gets to see my details?',
          'A: The draw is run through an online lottery platform, which stores our players\' details for us.',
          '',
          'Q: How long do you keep my details?',
          'A: For as long as you keep playing, and then for three years after your last draw.',
          '',
          'Q: Can I see what you have about me?',
          'A: Yes, just email the Lotto Promoter and she will send you a copy.',
        ),
        'plaintext',
      );
      assert.ok(questions.sentences.some((s) => s.text === 'A: Yes, just email the Lotto Promoter and she will send you a copy.'), sentences(questions).join(' | '));
      assert.ok(!questions.sentences.some((s) => s.text.includes('? A:')), sentences(questions).join(' | '));
    });

    it('reads a line that opens with a lower-case word ending a sentence ("means. Council ...") as going on from the line before', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          '9. Automated decision-making',
          '',
          'We do not make decisions about you solely by automated',
          'means. Council Tax Reduction calculations are produced by',
          'our software, but every award is checked by an officer.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', '9. Automated decision-making']);
      assert.ok(sentences(m).includes('We do not make decisions about you solely by automated means.'), sentences(m).join(' | '));
    });

    it('reads no page number of a PDF\'s text as a heading or a sentence, in the four languages', () => {
      for (const page of ['Page 1 of 3', 'Pagina 1 van 3', 'Seite 1 von 3', 'Page 1 sur 3', 'Page 1/3', '- 1 -', '1']) {
        const m = buildModel(
          joinLines(
            'Privacy notice',
            '',
            'Why we use your information',
            '',
            'We use your name and address to send you your parking permit.',
            '',
            page,
            '',
            'Our legal basis is the public task the law gives the council.',
          ),
          'plaintext',
        );
        assert.deepEqual(titles(m), ['Privacy notice', 'Why we use your information'], page);
        assert.deepEqual(sentences(m), ['We use your name and address to send you your parking permit.', 'Our legal basis is the public task the law gives the council.'], page);
      }
    });

    it('reads the lines of a list that lost its bullets under a line ending in a colon as list items ("You can:" over "get a copy of your data;")', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'Your rights',
          '',
          'You can:',
          'get a copy of the personal data we hold about you;',
          'ask us to correct anything that is wrong;',
          'ask us to erase your data.',
          'Email privacy@example.com to use them.',
          '',
          'What we collect',
          '',
          'When you book a table we collect:',
          'Your name',
          'Your phone number',
          '',
          'We use this to manage your booking.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'Your rights', 'What we collect']);
      const kinds = m.sentences.filter((s) => s.kind !== 'heading').map((s) => `${s.kind}: ${s.text}`);
      assert.deepEqual(kinds, [
        'paragraph: You can:',
        'list: get a copy of the personal data we hold about you;',
        'list: ask us to correct anything that is wrong;',
        'list: ask us to erase your data.',
        'paragraph: Email privacy@example.com to use them.',
        'paragraph: When you book a table we collect:',
        'list: Your name',
        'list: Your phone number',
        'paragraph: We use this to manage your booking.',
      ]);
    });

    it('keeps a single line under a colon, and lines under a colon that a heading follows, as they were', () => {
      const m = buildModel(joinLines('Privacy notice', '', 'Contact', '', 'Our address:', 'Main Street 1, Springfield.', '', 'Your rights:', '', 'You can ask us for a copy of your data.'), 'plaintext');
      assert.ok(m.sentences.every((s) => s.kind !== 'list'), m.sentences.map((s) => `${s.kind}: ${s.text}`).join(' | '));
    });

    it('reads a sentence that a PDF\'s page break cut, with the page\'s number and running header between, as one sentence', () => {
      const m = buildModel(
        joinLines(
          'Datenschutzhinweise Sprachcafé Online',
          '',
          'Ihre Rechte',
          '',
          'Du kannst jederzeit Auskunft verlangen, was ich über dich gespeichert habe, und du',
          '',
          'Seite 1 von 2',
          '',
          '',
          'Datenschutzhinweise Sprachcafé Online',
          '',
          'kannst falsche Daten korrigieren oder löschen lassen. Schreib mir dazu eine E-Mail.',
          '',
          'Beschwerde',
          '',
          'Du kannst dich bei der Aufsichtsbehörde beschweren.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Datenschutzhinweise Sprachcafé Online', 'Ihre Rechte', 'Beschwerde']);
      const cut = sentences(m).map((t) => t.replace(/\s+/g, ' '));
      assert.ok(cut.includes('Du kannst jederzeit Auskunft verlangen, was ich über dich gespeichert habe, und du kannst falsche Daten korrigieren oder löschen lassen.'), cut.join(' | '));
      assert.ok(!cut.some((t) => t.includes('Seite')), cut.join(' | '));
      // The line before the break is no heading, and the sentence goes on after a word that needs more, capitalised or not.
      const fr = buildModel(
        joinLines(
          'Politique de confidentialité',
          '',
          'Vos droits',
          '',
          'Vous pouvez également introduire une réclamation auprès de la',
          '',
          'Page 2',
          '',
          'Politique de confidentialité',
          '',
          'CNIL. Nous répondons à toute demande dans un délai d\'un mois.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(fr), ['Politique de confidentialité', 'Vos droits']);
      assert.ok(sentences(fr).map((t) => t.replace(/\s+/g, ' ')).includes('Vous pouvez également introduire une réclamation auprès de la CNIL.'), sentences(fr).join(' | '));
    });

    it('does not take the line a colon announces for a heading', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'How we use cookies',
          '',
          'Our cookie statement says which cookies we set; you can read it here:',
          'Cookie statement of Northwind Books',
          '',
          'We set no cookies for advertising.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'How we use cookies']);
    });

    it('does not take the indented second line of a list item for a heading', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'Who receives your data',
          '',
          '- our payment provider, which receives your name and the amount of',
          '  Every order you pay with a card or by bank transfer',
          '- our courier, which receives your name and address',
          '',
          'We share your data with nobody else.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'Who receives your data']);
    });

    it('guesses no other headings in plain text that marks its headings with "#"', () => {
      const m = buildModel(
        joinLines(
          '# Privacyverklaring',
          '',
          '## Beveiliging',
          '',
          'Wij beveiligen uw gegevens onder meer met de volgende maatregelen',
          '',
          '1. Versleutelde verbindingen',
          '2. Wachtwoorden van minstens twaalf tekens',
          '',
          'Onze medewerkers hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben.',
          '',
          '## Uw rechten',
          '',
          'U kunt ons vragen welke gegevens wij van u hebben.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacyverklaring', 'Beveiliging', 'Uw rechten']);
    });

    it('reads a lettered line between empty lines over body text as a heading one level below the heading before it', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'Legal bases',
          '',
          'a) Customer accounts',
          '',
          'We keep your account because we need it to perform our contract with you.',
          '',
          'b) Newsletter',
          '',
          'We send the newsletter only with your consent, which you can withdraw at any time.',
          '',
          'Your rights',
          '',
          'You may ask for a copy of your data.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'Legal bases', 'a) Customer accounts', 'b) Newsletter', 'Your rights']);
      assert.deepEqual(levels(m).slice(1), [3, 4, 4, 3]);
    });

    it('does not take the items of a lettered list for headings', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'What we collect',
          '',
          'a) Your name',
          '',
          'b) Your e-mail address',
          '',
          'c) The books you ordered',
          '',
          'We collect nothing else.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'What we collect']);
    });

    it('reads a line over contact lines as a heading, but not a contact line with a label', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'We use your data only to deliver your orders.',
          '',
          'Contact details',
          '',
          'Data controller: Jane Doe',
          '',
          'E-mail: jane@northwind.example',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'Contact details']);
    });

    it('does not take the lines of an address written one line to a paragraph for headings', () => {
      const m = buildModel(
        joinLines(
          'Déclaration de confidentialité',
          '',
          'Vos droits',
          '',
          'Pour exercer vos droits, écrivez-nous par voie postale :',
          '',
          'Service de la protection des données',
          '',
          'Librairie du Vieux Port',
          '',
          '12-14 quai des Belges',
          '',
          '13001 MARSEILLE .',
          '',
          'Nous répondons dans un délai d’un mois.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Déclaration de confidentialité', 'Vos droits']);
    });

    it('does not take the rest of a sentence wrapped after a full stop for a heading when it runs on with a comma', () => {
      const text = DE_WRAPPED.replace(
        'Woche und löschen sie drei Monate nach der letzten Nachricht.',
        joinLines('Woche und löschen sie drei Monate nach der letzten Nachricht.', 'Ausgenommen sind Anfragen, die Sie', '', '- zu einem laufenden Vertrag stellen.'),
      );
      assert.deepEqual(titles(buildModel(text, 'plaintext')), ['Datenschutzerklärung', 'Speicherdauer', 'Ihre Rechte']);
    });

    it('still reads a short heading over a line that starts in lower case as a heading', () => {
      const m = buildModel(joinLines('Privacy Policy', '', 'Your rights', 'you can ask us for a copy of your data at any time.'), 'plaintext');
      assert.deepEqual(titles(m), ['Privacy Policy', 'Your rights']);
    });

    it('reads "1) Title", "§ 1 Title", "Article 1 – Title" and "Art. 1 –" headings over a one-line body, at the level of "1." headings, in English, Dutch, German and French', () => {
      const cases: readonly [string, readonly string[]][] = [
        ['Privacy notice', ['1) Who we are', 'Northwind Books Ltd is the controller of your personal data.', '', '2) Your rights', 'You may ask us for a copy of your personal data.', '', '3) Contact', 'privacy@northwind.example']],
        ['Privacy notice', ['Art. 1 – Controller', 'Northwind Books Ltd, 14 Mill Lane, Bristol BS1 4AA', '', 'Art. 2 – Contact', 'Questions? E-mail privacy@northwind.example.']],
        ['Privacyverklaring', ['Artikel 1 - Verwerkingsverantwoordelijke', 'Boekhandel Noordwind B.V., Molenstraat 14, 3811 AB Amersfoort', '', 'Artikel 2 - Uw rechten', 'U heeft recht op inzage in uw gegevens.', '', 'Artikel 3 - Contact', 'privacy@noordwind.example']],
        ['Datenschutzerklärung', ['§ 1 Verantwortlicher', 'Nordwind Bücher GmbH, Mühlenweg 14, 10115 Berlin', '', '§ 2 Ihre Rechte', 'Sie haben das Recht auf Auskunft.', '', '§ 3 Kontakt', 'datenschutz@nordwind.example']],
        ['Politique de confidentialité', ['Article 1 – Responsable du traitement', 'Librairie Vent du Nord SAS, 14 rue du Moulin, 75011 Paris', '', 'Article 2 : Vos droits', 'Vous pouvez demander une copie de vos données.', '', 'Article 3 – Contact', 'privacy@ventdunord.example']],
      ];
      for (const [title, body] of cases) {
        const m = buildModel(joinLines(title, '', ...body), 'plaintext');
        const headings = body.filter((_l, i) => i === 0 || body[i - 1] === '').map((l) => l.replace(/[–]/g, '-').replace(/\s*:\s*/, ' : '));
        assert.deepEqual(titles(m).map((t) => t.replace(/\s*:\s*/, ' : ')), [title, ...headings], body.join('\n'));
        assert.deepEqual(levels(m), [1, ...headings.map(() => 2)], body.join('\n'));
      }
    });

    it('does not take the items of a numbered list for headings, nor the last item before body text', () => {
      for (const n of ['1.', '1)']) {
        const item = (k: number): string => n.replace('1', String(k));
        const tight = buildModel(joinLines('Privacy notice', '', 'We collect the following data:', `${item(1)} Name`, `${item(2)} Address`, `${item(3)} Phone number`, '', 'We use these data to deliver your orders and to answer your questions about them.'), 'plaintext');
        assert.deepEqual(titles(tight), ['Privacy notice'], n);
        const loose = buildModel(joinLines('Privacy notice', '', 'What we collect', '', `${item(1)} Your name`, '', `${item(2)} Your address`, '', `${item(3)} Your phone number`, '', 'We use these data to deliver your orders and to answer your questions about them.'), 'plaintext');
        assert.deepEqual(titles(loose), ['Privacy notice', 'What we collect'], n);
      }
    });

    it('reads a numbered heading directly over its first numbered subheading ("1. Processing" over "1.1 Website")', () => {
      const m = buildModel(joinLines('Privacy notice', '', '1. Processing', '', '1.1 Website', 'We run a website that shows our books.', '', '1.2 Shop', 'We sell books to customers.', '', '2. Your rights', 'You may ask us for a copy of your data.'), 'plaintext');
      assert.deepEqual(titles(m), ['Privacy notice', '1. Processing', '1.1 Website', '1.2 Shop', '2. Your rights']);
      assert.deepEqual(levels(m), [1, 2, 3, 3, 2]);
    });

    it('reads a heading directly above an organisation\'s address block, in English, Dutch, German and French', () => {
      const cases: readonly [string, readonly string[]][] = [
        ['Controller', ['Northwind Books Ltd', '14 Mill Lane', 'Bristol BS1 4AA', 'United Kingdom']],
        ['Verwerkingsverantwoordelijke', ['Boekhandel Noordwind B.V.', 'Molenstraat 14', '3811 AB Amersfoort']],
        ['Verantwortliche Stelle', ['Nordwind Bücher GmbH', 'Mühlenweg 14', '10115 Berlin']],
        ['Responsable du traitement', ['Librairie Vent du Nord SAS', '14 rue du Moulin', '75011 Paris']],
      ];
      for (const [heading, address] of cases) {
        const m = buildModel(joinLines('Notice', '', 'This notice explains how we use your personal data when you buy books from us.', '', heading, ...address, '', 'Contact', '', 'E-mail: privacy@northwind.example'), 'plaintext');
        assert.deepEqual(titles(m), ['Notice', heading, 'Contact'], heading);
      }
      // Without a heading, the organisation's name heads its own address: no line of it is a heading.
      const bare = buildModel(joinLines('Notice', '', 'This notice explains how we use your personal data when you buy books from us.', '', 'Northwind Books Ltd', '14 Mill Lane', 'Bristol BS1 4AA', '', 'We answer within a month.'), 'plaintext');
      assert.deepEqual(titles(bare), ['Notice']);
      const unnamed = buildModel(joinLines('Notice', '', 'This notice explains how we use your personal data when you buy books from us.', '', 'Northwind Books', '14 Mill Lane', 'Bristol BS1 4AA'), 'plaintext');
      assert.deepEqual(titles(unnamed), ['Notice']);
      // An address a colon announces starts with its addressee, even on two lines.
      const announced = buildModel(joinLines('Notice', '', 'You can write to us at this address:', '', 'Northwind Books', 'Customer Service', '14 Mill Lane', 'Bristol BS1 4AA'), 'plaintext');
      assert.deepEqual(titles(announced), ['Notice']);
    });

    it('does not take a lead sentence before a list for a heading when it has no colon, in English, Dutch, German and French', () => {
      const leads = ['We collect the following data', 'Wij verzamelen de volgende gegevens', 'Wir erheben folgende Daten', 'Nous collectons les données suivantes'];
      for (const lead of leads) {
        for (const gap of [[], ['']]) {
          const m = buildModel(joinLines('Notice', '', 'Data', '', lead, ...gap, '- Name', '- Address', '- Phone number', '', 'We use these data to deliver your orders and to answer your questions about them.'), 'plaintext');
          assert.deepEqual(titles(m), ['Notice', 'Data'], `${lead} ${gap.length}`);
        }
      }
      // A heading over a list stays one.
      const m = buildModel(joinLines('Notice', '', 'Your rights', '- the right of access;', '- the right to erasure.', '', 'Contact', '', 'E-mail us at privacy@northwind.example.'), 'plaintext');
      assert.deepEqual(titles(m), ['Notice', 'Your rights', 'Contact']);
    });

    it('nests plain and lettered headings below the deepest numbered heading before them (1.1.1 numbering)', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          '1. Processing',
          'We process personal data as described below.',
          '',
          '1.1 Website',
          'We run a website.',
          '',
          '1.1.1 Hosting',
          'We host our website with a provider in Germany.',
          '',
          'Server logs',
          '',
          'Our server records your IP address when you visit a page, and deletes it after seven days.',
          '',
          'a) Cookies',
          '',
          'We place one cookie that remembers your language, and it expires when you close the browser.',
          '',
          '1.1.2 Newsletter',
          'We send you our newsletter if you subscribe to it with your e-mail address.',
          '',
          '2. Your rights',
          'You may ask us for a copy of your data.',
        ),
        'plaintext',
      );
      const parent = (t: string): string | undefined => {
        const s = m.sections.find((x) => x.title === t)!;
        return s.parent === -1 ? undefined : m.sections[s.parent]!.title;
      };
      assert.equal(parent('Server logs'), '1.1.1 Hosting');
      assert.equal(parent('a) Cookies'), 'Server logs');
      assert.equal(parent('1.1.2 Newsletter'), '1.1 Website');
      assert.equal(parent('2. Your rights'), 'Privacy notice');
    });

    /** An English notice hard-wrapped at 72 columns, with a heading exactly that long directly over its paragraph. */
    const EN_WRAPPED = joinLines(
        'Privacy notice',
        '',
        'Lindqvist Joinery makes kitchens and staircases to order in a small',
        'workshop and also repairs old furniture for customers in the town and',
        'the villages around it. This notice explains what we do with the details',
        'you give us.',
        '',
        'How we use the personal information you give us for quotes and invoicing',
        'We use your name, address and telephone number to prepare your quote, to',
        'agree a date for the work and to send you the invoice. We do not use',
        'them for anything else, and we never sell them. When the work is done we',
        'keep the invoice for seven years because the tax authority requires it.',
        '',
        'Your rights',
        'You may ask us for a copy of the details we keep about you, and ask us',
        'to correct or delete them. Write to info@lindqvist.example and we will',
        'answer within a month.',
      );

    it('reads a heading exactly as long as the wrapping width, directly over its paragraph, as a heading, in English, Dutch and German', () => {
      assert.deepEqual(titles(buildModel(EN_WRAPPED, 'plaintext')), ['Privacy notice', 'How we use the personal information you give us for quotes and invoicing', 'Your rights']);
      const nl = joinLines(
        'Privacyverklaring',
        '',
        'Schrijnwerkerij Lindeboom maakt keukens en trappen op maat in een kleine',
        'werkplaats en herstelt ook oude meubels voor klanten in de stad en de',
        'dorpen eromheen. Hier leest u wat wij doen met de gegevens die u ons',
        'geeft.',
        '',
        'Ter uitvoering van of in de aanloop tot het sluiten van een overeenkomst',
        'Wij gebruiken uw naam, adres en telefoonnummer om uw offerte te maken,',
        'een datum voor het werk af te spreken en u de factuur te sturen. Wij',
        'gebruiken ze voor niets anders en verkopen ze nooit. Na het werk bewaren',
        'wij de factuur zeven jaar omdat de Belastingdienst dat eist.',
        '',
        'Uw rechten',
        'U kunt ons altijd vragen om een kopie van de gegevens die wij van u',
        'hebben, en ons vragen ze te verbeteren of te wissen. Schrijf naar',
        'info@lindeboom.example en wij antwoorden binnen een maand.',
      );
      assert.deepEqual(titles(buildModel(nl, 'plaintext')), ['Privacyverklaring', 'Ter uitvoering van of in de aanloop tot het sluiten van een overeenkomst', 'Uw rechten']);
      const de = DE_WRAPPED.replace('Ihre Rechte\n\n', 'Wie wir Ihre Anfragen über das Kontaktformular beantworten und lesen\nWir lesen Ihre Anfrage nur, um sie zu beantworten, und geben sie\nnicht weiter.\n\nIhre Rechte\n\n');
      assert.deepEqual(titles(buildModel(de, 'plaintext')), ['Datenschutzerklärung', 'Speicherdauer', 'Wie wir Ihre Anfragen über das Kontaktformular beantworten und lesen', 'Ihre Rechte']);
    });

    it('reads full-width lines the same way in a text with many of them, over names and over new sentences', () => {
      const names = ['Alderbank', 'Brightpost', 'Cobaltpay', 'Dunmore', 'Elmstead', 'Fairhold', 'Glenwick', 'Harlowe', 'Ivybridge', 'Juniper', 'Kestrel', 'Larchmont', 'Marlowe', 'Northcote', 'Oakhurst', 'Pennyroyal', 'Quillon', 'Redwater', 'Stonegate', 'Thornbury'];
      const payments = names.flatMap((name) => ['', 'Card payments for orders from our shop are handled for us by our partner', `${name} Payments Ltd, which tells us only whether the payment succeeded.`]);
      const text = EN_WRAPPED.replace('you give us.\n', joinLines('you give us.', ...payments, ''));
      assert.deepEqual(titles(buildModel(text, 'plaintext')), ['Privacy notice', 'How we use the personal information you give us for quotes and invoicing', 'Your rights']);
    });

    it('still reads the first line of a wrapped paragraph as text when the next line goes on with a name or with a word capitalised mid-sentence', () => {
      const en = EN_WRAPPED.replace(
        '\nYour rights\n',
        joinLines('', 'Your card details go straight from the payment page to our bank', 'Sparbanken Orebro, which tells us only whether the payment succeeded.', '', 'Your rights', ''),
      );
      assert.deepEqual(titles(buildModel(en, 'plaintext')), ['Privacy notice', 'How we use the personal information you give us for quotes and invoicing', 'Your rights']);
      const de = DE_WRAPPED.replace('Ihre Rechte\n\n', 'Mit dem Absenden des Formulars auf unserer Internetseite willigen\nSie in die Verarbeitung Ihrer Angaben ein, die Sie jederzeit\nwiderrufen können.\n\nIhre Rechte\n\n');
      assert.deepEqual(titles(buildModel(de, 'plaintext')), ['Datenschutzerklärung', 'Speicherdauer', 'Ihre Rechte']);
    });

    it('reads a short line ending in a colon over a paragraph as a heading, in English, Dutch, German and French', () => {
      const cases: readonly [string, string, string][] = [
        ['Privacy notice', 'Your rights:', 'You may ask us for a copy of your data, and ask us to correct or delete it.'],
        ['Privacyverklaring', 'Uw rechten:', 'U kunt ons vragen om een kopie van uw gegevens en om die te verbeteren of te wissen.'],
        ['Datenschutzerklärung', 'Ihre Rechte:', 'Sie können Auskunft über Ihre Daten verlangen und deren Berichtigung oder Löschung fordern.'],
        ['Politique de confidentialité', 'Vos droits :', 'Vous pouvez nous demander une copie de vos données, et leur rectification ou leur effacement.'],
      ];
      for (const [title, heading, body] of cases) {
        for (const gap of [[], ['']]) {
          const m = buildModel(joinLines(title, '', 'We keep your data safe.', '', heading, ...gap, body), 'plaintext');
          assert.deepEqual(titles(m), [title, heading.replace(/\s*:$/, '')], `${heading} ${gap.length}`);
        }
      }
    });

    it('does not take a line ending in a colon for a heading when it leads in a list, a contact line or a remark, or is a sentence', () => {
      const notHeadings: readonly (readonly string[])[] = [
        ['We collect the following data:', '- Name', '- Address'],
        ['We use your data to:', '- deliver your orders', '- answer your questions'],
        ['You can reach us at:', 'privacy@northwind.example'],
        ['Please note:', 'We never sell your personal data to anybody, and we never will.'],
        ['Let op:', 'Wij verkopen uw persoonsgegevens nooit aan derden, en zullen dat ook nooit doen.'],
        ['Hinweis:', 'Wir verkaufen Ihre personenbezogenen Daten niemals an Dritte, und werden es nie tun.'],
        ['Remarque :', 'Nous ne vendons jamais vos données personnelles à des tiers, et ne le ferons jamais.'],
        ['This is how we handle the personal data of our customers:', 'We keep your name and address for as long as you remain a customer of ours.'],
        ['When you order a book, we keep:', 'Your name and address for as long as you remain a customer of ours.'],
      ];
      for (const lines of notHeadings) {
        const m = buildModel(joinLines('Privacy notice', '', 'We keep your data safe.', '', ...lines, '', 'We answer every question within a month of receiving it.'), 'plaintext');
        assert.deepEqual(titles(m), ['Privacy notice'], lines.join('\n'));
      }
    });

    it('reads a line directly over contact lines as a heading, in English, Dutch, German and French, but not a name', () => {
      const contact = ['E-mail: privacy@northwind.example', 'Phone: +44 117 496 0000'];
      const cases: readonly [string, string][] = [
        ['Contact', 'Please contact us with any question about your data.'],
        ['Contact details', 'Please contact us with any question about your data.'],
        ['Data Protection Officer', 'Our data protection officer answers every question about your data.'],
        ['Contactgegevens', 'Neem contact met ons op als u vragen heeft over uw gegevens.'],
        ['Kontakt', 'Bei Fragen zu Ihren Daten erreichen Sie uns so.'],
        ['Nous contacter', 'Pour toute question sur vos données, écrivez-nous.'],
      ];
      for (const [heading, intro] of cases) {
        const m = buildModel(joinLines('Notice', '', intro, '', heading, ...contact, '', intro), 'plaintext');
        assert.deepEqual(titles(m), ['Notice', heading], heading);
      }
      for (const name of ['Jane Doe', 'Northwind Books', 'Dr. Anna Schmidt', 'Bookshop on the Quay']) {
        const m = buildModel(joinLines('Privacy notice', '', 'Please contact us with any question about your data.', '', name, ...contact, '', 'We answer within a month.'), 'plaintext');
        assert.deepEqual(titles(m), ['Privacy notice'], name);
      }
      // The line a colon announces is the addressee, not a heading.
      const announced = buildModel(joinLines('Privacy notice', '', 'Please write to our data protection officer:', '', 'Data Protection Officer', ...contact), 'plaintext');
      assert.deepEqual(titles(announced), ['Privacy notice']);
    });

    it('does not take a lead-in that ends in a word that needs more, over a list, for a heading, in English, Dutch, German and French', () => {
      for (const lead of ['We use your data to', 'We pass your name and address to the', 'Wij gebruiken uw gegevens om', 'Wir verwenden Ihre Daten für', 'Nous utilisons vos données pour']) {
        const m = buildModel(joinLines('Notice', '', 'Data', '', lead, '- deliver your orders', '- answer your questions', '', 'We use these data for nothing else and we never sell them to anybody.'), 'plaintext');
        assert.deepEqual(titles(m), ['Notice', 'Data'], lead);
      }
      // Headings that end in a preposition stay headings.
      for (const heading of ['What we use your data for', 'Who we share your data with']) {
        const m = buildModel(joinLines('Notice', '', 'Data', '', heading, '- our payment provider', '- our courier', '', 'We use these data for nothing else and we never sell them to anybody.'), 'plaintext');
        assert.deepEqual(titles(m), ['Notice', 'Data', heading], heading);
      }
    });

    it('reads a short line in capitals ending in a full stop as a heading, but not a sentence in capitals', () => {
      const heading = buildModel(joinLines('Privacy notice', '', 'WHAT WE COLLECT.', '', 'We keep your name and address for as long as you remain a customer of ours.'), 'plaintext');
      assert.deepEqual(titles(heading), ['Privacy notice', 'WHAT WE COLLECT.']);
      for (const line of ['WE NEVER SELL YOUR PERSONAL DATA TO ANYBODY.', 'Keeping your data.', 'E.G. NAME.']) {
        const m = buildModel(joinLines('Privacy notice', '', line, '', 'We keep your name and address for as long as you remain a customer of ours.'), 'plaintext');
        assert.deepEqual(titles(m), ['Privacy notice'], line);
      }
    });

    it('reads a short line ending in a full stop directly over its paragraph as a heading where the other headings stand so, in English, Dutch, German and French', () => {
      const cases: readonly [string, string, string, string][] = [
        ['What do I collect?', 'Who do I share it with?', 'Keeping your data.', 'I keep pupil notes until the pupil stops lessons.'],
        ['Wat weet ik van je?', 'Met wie deel ik het?', 'Je gegevens bewaren.', 'Ik bewaar je gegevens tot het einde van de cursus.'],
        ['Welche Daten?', 'Wer bekommt sie?', 'Speicherung Ihrer Daten.', 'Ich lösche Ihre Daten zwei Jahre nach dem Auftrag.'],
        ['Quelles données ?', 'Qui les voit ?', 'Conservation des données.', 'Je conserve les devis non signés un an.'],
      ];
      for (const [a, b, stopped, body] of cases) {
        const m = buildModel(joinLines('Notice', '', a, 'Your name and your e-mail address.', '', b, 'Only my accountant sees them.', '', stopped, body), 'plaintext');
        assert.deepEqual(titles(m), ['Notice', a, b, stopped], stopped);
      }
      // Where no heading stands directly over its text, a short first sentence on a line of its own is text.
      const m = buildModel(joinLines('Privacy notice', '', 'We value your privacy.', 'We use your e-mail address to send you our newsletter every month.', '', 'Your rights', '', 'You can ask us for a copy of your data.'), 'plaintext');
      assert.deepEqual(titles(m), ['Privacy notice', 'Your rights']);
    });

    it('reads a question heading ending in a preposition, and a German heading in capitals over an address, as headings', () => {
      const q = buildModel(joinLines('Notice', '', 'What do we use it for?', 'To arrange your lessons.', '', 'Who do we share it with?', 'Nobody, except our accountant.'), 'plaintext');
      assert.deepEqual(titles(q), ['Notice', 'What do we use it for?', 'Who do we share it with?']);
      const de = buildModel(joinLines('Datenschutz', '', 'KONTAKT', 'Hafenspeicher Coworking GmbH', 'Am Sandtorkai 5', '20457 Hamburg', 'datenschutz@hafenspeicher.example', '', 'Wir verarbeiten Ihre Daten nur, um Ihre Buchung auszuführen.'), 'plaintext');
      assert.deepEqual(titles(de), ['Datenschutz', 'KONTAKT']);
    });

    it('does not take the items of a nested numbered list for headings ("1. Name" over "1.1 First name")', () => {
      const m = buildModel(
        joinLines(
          'Privacy notice',
          '',
          'What we collect',
          '',
          '1. Name',
          '1.1 First name',
          '1.2 Last name',
          '2. Address',
          '2.1 Street',
          '2.2 Postcode',
          '',
          'We use these data to deliver your orders and to answer your questions about them.',
        ),
        'plaintext',
      );
      assert.deepEqual(titles(m), ['Privacy notice', 'What we collect']);
    });
  });

  describe('line ends', () => {
    const lines = ['# Privacy notice', '', 'Intro text. Second sentence.', '', '## Your rights', '', 'You may ask for a copy.', ''];
    const shape = (m: DocumentModel): unknown => ({
      sections: m.sections.map((s) => ({ title: s.title, level: s.level, line: m.positionAt(s.titleStart).line, character: m.positionAt(s.titleStart).character })),
      sentences: m.sentences.map((s) => ({ text: s.text.trim(), line: m.positionAt(s.start).line, character: m.positionAt(s.start).character })),
    });

    for (const format of ['markdown', 'plaintext'] as const) {
      it(`gives the same sections and sentences for LF, CRLF and CR line ends (${format})`, () => {
        const lf = shape(buildModel(lines.join('\n'), format));
        assert.deepEqual(shape(buildModel(lines.join('\r\n'), format)), lf);
        assert.deepEqual(shape(buildModel(lines.join('\r'), format)), lf);
      });
    }

    it('ends each block where its last line ends before its line break, and takes a heading\'s title from its first line, with LF, CR LF and CR mixed', () => {
      const pieces = ['# Title', '## Two ##', 'Setext', '===', '---', '**Bold**', 'Text. More.', ' ', '\t', '\n', '\n', '\r\n', '\r\n', '\r', '\r\r\n', '\n\r'];
      for (const text of pseudoRandomTexts(400, pieces, 12)) {
        for (const format of ['markdown', 'plaintext'] as const) {
          const m = buildModel(text, format);
          for (const b of m.blocks) assert.equal(b.end, lineEnd(text, m.lineStarts, b.endLine), JSON.stringify(text));
          for (const s of m.sections) {
            const b = m.blocks[s.heading]!;
            // (The reading text: the folded text with Markdown's emphasis inside the line blanked.)
            const firstLine = m.reading.slice(b.start, lineEnd(text, m.lineStarts, b.line));
            assert.equal(s.title, firstLine.replace(/^[\s#*_>]+/, '').replace(/[\s#*_:]+$/, ''), JSON.stringify(text));
          }
        }
      }
    });

    it('never places a position between CR and LF', () => {
      const text = lines.join('\r\n');
      const m = buildModel(text, 'markdown');
      const afterCr = text.indexOf('\r\n') + 1;
      assert.deepEqual(m.positionAt(afterCr), { line: 0, character: '# Privacy notice'.length });
    });
  });

  describe('positions', () => {
    it('counts characters in UTF-16 code units, so an emoji counts as two', () => {
      const text = joinLines('# 🔒 Privacy', '', 'We use 😀 cookies.');
      const m = buildModel(text, 'markdown');
      assert.deepEqual(m.positionAt(text.indexOf('cookies')), { line: 2, character: 10 });
      const s = m.sections[0]!;
      assert.equal(text.slice(s.titleStart, s.titleEnd), '🔒 Privacy');
      assert.deepEqual(m.positionAt(s.titleEnd), { line: 0, character: '# 🔒 Privacy'.length });
    });

    it('keeps offsets of the folded text equal to those of the original', () => {
      const text = joinLines('# Privacy notice', '', 'We don\u2019t sell data \u2014 ever.\u00A0Really.');
      const m = buildModel(text, 'markdown');
      assert.equal(m.folded.length, text.length);
      const s = m.sentences.find((x) => x.text.includes('sell'))!;
      assert.equal(text.slice(s.start, s.end).length, s.text.length);
      assert.match(s.text, /don't sell data - ever\./);
    });
  });

  describe('sentences', () => {
    it('splits a paragraph at full stops', () => {
      const m = buildModel(joinLines('# Privacy notice', '', 'We use your data. We keep it for two years. You can ask for a copy!'), 'markdown');
      assert.deepEqual(sentences(m), ['We use your data.', 'We keep it for two years.', 'You can ask for a copy!']);
    });

    it('does not split after "e.g."', () => {
      const m = buildModel(joinLines('# Privacy notice', '', 'We share data with processors, e.g. Mailchimp and our hosting company. We do not sell it.'), 'markdown');
      assert.deepEqual(sentences(m), ['We share data with processors, e.g. Mailchimp and our hosting company.', 'We do not sell it.']);
    });

    it('does not split after "bijv."', () => {
      const m = buildModel(joinLines('# Privacyverklaring', '', 'Wij delen gegevens met verwerkers, bijv. Mailchimp en onze hostingpartij. Wij verkopen ze niet.'), 'markdown');
      assert.deepEqual(sentences(m), ['Wij delen gegevens met verwerkers, bijv. Mailchimp en onze hostingpartij.', 'Wij verkopen ze niet.']);
    });

    it('does not split after "art."', () => {
      const m = buildModel(joinLines('# Privacyverklaring', '', 'De grondslag is art. 6 lid 1 onder b AVG. U kunt bezwaar maken.'), 'markdown');
      assert.deepEqual(sentences(m), ['De grondslag is art. 6 lid 1 onder b AVG.', 'U kunt bezwaar maken.']);
    });

    it('does not split after "Abs.", "lit.", "gem." or a German ordinal date ("1. Juni")', () => {
      const m = buildModel(joinLines('# Datenschutzerklärung', '', 'Die Grundlage ist Art. 6 Abs. 1 lit. f DSGVO, gem. unserer Abwägung. Diese Erklärung gilt ab 1. Juni 2024. Sie können widersprechen.'), 'markdown');
      assert.deepEqual(sentences(m), ['Die Grundlage ist Art. 6 Abs. 1 lit. f DSGVO, gem. unserer Abwägung.', 'Diese Erklärung gilt ab 1. Juni 2024.', 'Sie können widersprechen.']);
    });

    it('gives each list item its own sentence of kind list', () => {
      const m = buildModel(joinLines('# Privacy notice', '', 'You have these rights:', '', '- access', '- erasure'), 'markdown');
      const list = m.sentences.filter((s) => s.kind === 'list').map((s) => s.text.replace(/^- /, ''));
      assert.deepEqual(list, ['access', 'erasure']);
    });

    it('reads a block quote without its ">" marks, a sentence wrapped over its lines as one', () => {
      const m = buildModel(joinLines('# Privacy notice', '', '> **In short:** we keep your account data for two', '> years after your last login.', '>', '> > Nested: we keep invoices for', '> > seven years.', '', '> ## A quoted heading'), 'markdown');
      assert.deepEqual(sentences(m).map((t) => t.replace(/ {2,}/g, ' ')), ['**In short:** we keep your account data for two years after your last login.', 'Nested: we keep invoices for seven years.']);
      assert.deepEqual(titles(m), ['Privacy notice', 'A quoted heading']);
      // A sentence starts at its first word, after the marks.
      const s = m.sentences.find((x) => x.text.startsWith('Nested'))!;
      assert.equal(m.text.slice(s.start, s.start + 6), 'Nested');
    });

    it('records the section each sentence belongs to', () => {
      const m = buildModel(joinLines('# Privacy notice', '', 'Intro.', '', '## Your rights', '', 'You may object.'), 'markdown');
      const s = m.sentences.find((x) => x.text === 'You may object.')!;
      assert.equal(m.sections[s.section]!.title, 'Your rights');
    });
  });
});

describe('the Markdown parser with its own token and block-state constructors', () => {
  it('gives the tokens markdown-it itself gives, for the corpus and for Markdown with indents, tabs, CR LF and no final line break', () => {
    const reference = new MarkdownIt('commonmark', { html: true }).enable('table');
    reference.core.ruler.disable(['inline', 'text_join']);
    const corpus = path.join(__dirname, '..', 'fixtures', 'corpus');
    const texts = [
      ...fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8')),
      '# Title\n\n  - item\n\t- tabbed item\n    code\n\n> quote\n> # heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nfenced\n```\nlast line',
      '## Heading\r\n\r\nText\r\n  \t indented\r\n\r\n1. one\r\n2. two',
      '',
      '\t',
      'x',
      // Spaces and tabs in every place: an indent, a blank line, a last line of only spaces.
      ...pseudoRandomTexts(300, [' ', '\t', '\n', '\r\n', 'a', '# ', '- ', '> ', '```', '| a |', '1. ', '    '], 12),
      // What each block rule the parser leaves out of a source without it needs (see OPTIONAL_RULES), and near misses.
      ...pseudoRandomTexts(600, [' ', '\t', '\n', '\r\n', 'a', 'b c', '- ', '-', '=', '*', '_', '---', '===', '***', '_ _ _', '> ', '[a]: /u', '[a]', '<div>', '<!-- x -->', '~~~', '``', '```', '|', '|---|', '1. ', '    '], 14),
    ];
    const fields = (tokens: readonly object[]): unknown =>
      tokens.map((t) => {
        const { type, tag, map, nesting, level, content, markup, info, block, hidden } = t as Record<string, unknown>;
        return { type, tag, map, nesting, level, content, markup, info, block, hidden, proto: Object.getPrototypeOf(t) === Object.getPrototypeOf(tokens[0]) };
      });
    for (const text of texts) assert.deepEqual(fields(parseMarkdown(text)), fields(reference.parse(text, {})), JSON.stringify(text.slice(0, 60)));
  });
});

/** `count` texts of up to `most` pieces each, the same on every run (mulberry32). */
function pseudoRandomTexts(count: number, pieces: readonly string[], most: number): string[] {
  const next = seededRandom(7);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = Math.floor(next() * (most + 1));
    for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe('the sentence ends of a paragraph', () => {
  // What the model used to find them with; sentenceEnds reads the text a character at a time.
  const ABBREVIATION = /(?:^|[\s('])(?:e\.g|i\.e|etc|vs|cf|approx|incl|excl|art|arts|nr|no|nos|para|par|sec|p|pp|bijv|bv|b\.v|n\.v|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|z\.s\.m|d\.w\.z|m\.a\.w|ca|resp|jo|lid|sub|z\.g|dhr|mevr|mr|mrs|ms|dr|prof|st|ltd|inc|co|corp|vzw|asbl|gmbh|s\.a|sa|bzw|usw|evtl|ggf|ggfs|abs|uabs|lit|buchst|z\.b|u\.a|d\.h|gem|vgl|bspw|inkl|bzgl|sog|i\.s\.d|i\.s\.v|o\.g|a\.f|n\.f|ff|tel|str|\p{L}+str|hr|mme|cie|[A-Z]|\d{1,2})$/iu;
  const byExpression = (text: string): number[] => {
    const ends: number[] = [];
    let from = 0;
    const re = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d•\-])|(?<![.!?])[.!?]+["')\]]*\s*$/gu;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(from, m.index - 12), m.index);
      // A single character after an apostrophe is no initial: the "s" of "foto's." or "the club's.".
      // A number's full stop ends the sentence but for a German ordinal (an article or preposition before
      // it) or a number opening its sentence or a part of a line.
      const ordinal = !/\d$/.test(before) || /(^|[·•|:(,])\s*\d+$|(^|\s)(am|im|zu[mr]|vom|beim|de[rnms]|das|die|ab|bis|seit)\s+\d+$/i.test(before);
      if (m[0] === '.' && ABBREVIATION.test(before) && !/'[^]$/.test(before) && ordinal) continue;
      ends.push(end);
      from = end;
    }
    // The text's end, where the last sentence ends anyway, is left out.
    return ends.filter((end) => end !== text.length);
  };

  it('are where a stop, closing quotes and a capital after a space put them, for the corpus and for stops, quotes, spaces, capitals and abbreviations in every order', () => {
    const corpus = path.join(__dirname, '..', 'fixtures', 'corpus');
    const paragraphs = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(path.join(corpus, f), 'utf8').split(/\n\s*\n/));
    const pieces = ['.', '.', '!', '?', '"', "'", ')', ']', '(', '[', ' ', '\u00a0', '\u3000', '\ufeff', 'A', 'a', 'É', 'é', '1', '•', '-', 'e.g', 'Art', 'nr', 'B.V', ' st', 'Hauptstr', "l'art", "foto's", "'p", 'ſ', '\u212a', '\ud835\udc00', '\ud835', '\udc00', 'x',
      // Words tested in lower case against the expression for ASCII, and near misses: other cases, digits,
      // characters beyond ASCII and those next to a-z.
      'ETC', 'E.G', 'Co', 'xSTR', 'a1str', '12', '123', '#', ' das', ' am', ' zum', ':', ',', '·', 'APPROX', 'buchst', 'İ', 'ß', 'ǅ', '@', '`', '{', '\t', '\n'];
    // Every character after a stop and a space, and right after a stop.
    const characters = Array.from({ length: 0x3100 }, (_, c) => String.fromCharCode(c)).flatMap((c) => [`a. ${c}b`, `a.${c}B`]);
    for (const text of [...paragraphs, ...pseudoRandomTexts(20000, pieces, 20), ...characters]) {
      assert.deepEqual(Array.from(sentenceEnds(text)), byExpression(text), JSON.stringify(text));
    }
  });
});
