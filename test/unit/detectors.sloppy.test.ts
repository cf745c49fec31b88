/**
 * How sloppy notices say things, in each language: the ways small businesses phrase an item
 * loosely ("we keep data as long as we need it", "we never sell your data", "you can ask to see
 * the details we hold"), and the near misses that must not count ("a family business based in
 * the UK" says nothing about where data goes). The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';


describe('Sloppy wording in English', () => {
  const cases: Case[] = [
    {
      name: 'Where a business is based ("a family business based in the UK") does not say whether data leaves the EEA',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'Fix-It Plumbing is a family business based in the UK.', 'The law in force in the EU protects your data.'),
    },
    {
      name: 'Records kept on servers in the UK say where the data is',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'All our records are kept on a server in the UK.'),
    },
    {
      name: 'Asking "to see, correct or delete the details we hold about you" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'You can ask us to see, correct or delete the details we hold about you at any time.'),
    },
    {
      name: 'A sole trader\'s "the right to see the information I hold about you" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'You have the right to see the information I hold about you.'),
    },
    {
      name: 'A sole trader\'s "I only use your information to book jobs" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('PRIVACY NOTICE', '', EN, 'I only use your information to book jobs and ring you about your appointment.'),
      format: 'plaintext',
    },
    {
      name: 'A business "run by" a named person with an address identifies the controller without a legal form',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('PRIVACY NOTICE', '', EN, 'Fix-It Plumbing is run by Dave Morgan, 14 Mill Lane, Leeds LS6 2AB.'),
      format: 'plaintext',
    },
    {
      name: '"We don\'t keep your data longer than we have to" is a vague retention statement',
      id: 'vague-retention',
      expected: 'problem',
      text: joinLines('# Privacy notice', '', EN, "We don't keep your data longer than we have to."),
    },
    {
      name: 'A period for invoices does not make "other details as long as I need them" precise',
      id: 'vague-retention',
      expected: 'problem',
      text: joinLines('# Privacy notice', '', EN, '## How long I keep it', '', 'Invoices are kept for 6 years. Other details I keep as long as I need them.'),
    },
    {
      name: '"As long as necessary" followed by the period it means is not vague',
      id: 'vague-retention',
      expected: 'none',
      text: joinLines('# Privacy notice', '', EN, '## How long we keep it', '', 'We keep your data as long as necessary. That is two years after your last order.'),
    },
    {
      name: '"We never sell your data to third parties" does not say who receives the data',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '## Sharing your data', '', 'We never sell your data to third parties.'),
    },
    {
      name: '"We do not sell or share your data with anyone" says that nobody receives it',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We do not sell or share your data with anyone.'),
    },
    {
      name: 'Cookies whose consent is inferred from use in the next sentence are described, if wrongly',
      id: 'cookies',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'Our site uses cookies to count visitors. By using this site you agree to our use of cookies.'),
    },
    {
      name: 'A letterhead with a trading name, an address and an e-mail address identifies the controller without a legal form',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('# Privacy', '', '**Lotus Flow Yoga** – Unit 3, Harbour Road, Galway – hello@lotus.example', '', EN),
    },
    {
      name: 'A contact line without a name ("Questions? Email us at …") does not identify the controller',
      id: 'controller-identity',
      expected: 'missing',
      text: joinLines('# Privacy Policy', '', 'Questions? Email Us at hello@lotus.example', '', EN),
    },
    {
      name: 'Logging in "to access your account" is not the right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '## Your choices', '', 'You can log in to access your account at any time.'),
    },
    {
      name: 'Updating "your newsletter preferences" is not the right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '## Your choices', '', 'You can update your newsletter preferences at any time.'),
    },
    {
      name: 'Updating "your details" is the right to rectification in plain words',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, '## Your rights', '', 'You can ask us to update your details if they are wrong.'),
    },
    {
      name: 'Data "processed by our partners worldwide" leaves the EEA, so its safeguard is due',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'Your data may be processed by our partners worldwide.'),
    },
    {
      name: 'A service used worldwide says nothing about where data goes',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'You can use our app worldwide.'),
    },
  ];
  runCases('en', cases);
});

describe('Sloppy wording in Dutch', () => {
  const cases: Case[] = [
    {
      name: '"Door onze website te gebruiken gaat u akkoord met cookies" infers consent from use',
      id: 'implied-consent',
      expected: 'problem',
      text: joinLines('# Privacyverklaring', '', NL, 'Door onze website te gebruiken gaat u akkoord met het gebruik van cookies.'),
    },
    {
      name: 'The performance of a compound agreement ("lidmaatschapsovereenkomst") is the contract ground',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Wij verwerken uw gegevens omdat u lid bent (uitvoering van de lidmaatschapsovereenkomst).'),
    },
    {
      name: 'A trading name with "& Co" and an e-mail address identifies the controller',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('Privacyverklaring', '', NL, 'Kapsalon Knip & Co', 'E-mail: info@knip.example'),
      format: 'plaintext',
    },
    {
      name: '"Wij verkopen uw gegevens nooit aan derden" does not say who receives the data',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, '## Delen met anderen', '', 'Wij verkopen uw gegevens nooit aan derden.'),
    },
    {
      name: 'A trading name on the line above an address block identifies the controller',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('Privacyverklaring', '', 'Bakkerij Jansen', 'Kerkstraat 1', '1234 AB Utrecht', 'info@jansen.example', '', NL),
      format: 'plaintext',
    },
    {
      name: 'Partners that "wereldwijd gegevens verwerken" take data outside the EEA, so its safeguard is due',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Onze partners kunnen wereldwijd gegevens verwerken.'),
    },
    {
      name: 'Unsubscribing from the newsletter ("u kunt zich altijd afmelden") is not the right to object',
      id: 'right-object',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, '## Uw rechten', '', 'U kunt zich altijd afmelden voor de nieuwsbrief of uitschrijven via de link in elke e-mail.'),
    },
  ];
  runCases('nl', cases);
});

describe('Sloppy wording in German', () => {
  const cases: Case[] = [
    {
      name: '"Nach Abschluss eines Auftrags" is a time, not the contract ground',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Nach Abschluss eines Auftrags fragen wir Sie per E-Mail, ob Sie zufrieden waren.'),
    },
    {
      name: 'Consent named after an Art. 9 citation ("auf Grundlage von Art. 9 … und Ihrer Einwilligung") is relied on, so its withdrawal is due',
      id: 'right-withdraw-consent',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Die Verarbeitung Ihrer Daten zur Behandlung erfolgt auf Grundlage von Art. 9 Abs. 2 lit. h DSGVO und Ihrer Einwilligung.'),
    },
    {
      name: '"Wir löschen Ihre Daten, wenn sie nicht mehr benötigt werden" is a vague retention statement',
      id: 'vague-retention',
      expected: 'problem',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Wir löschen Ihre Daten, wenn sie nicht mehr benötigt werden.'),
    },
    {
      name: 'Cookies with consent inferred from use in the next sentence are described, if wrongly',
      id: 'cookies',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Unsere Website verwendet Cookies. Mit der Nutzung unserer Website erklären Sie sich damit einverstanden.'),
    },
    {
      name: '"Ihre Daten werden niemals verkauft" does not say who receives the data',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Ihre Daten werden niemals verkauft.'),
    },
    {
      name: 'A letterhead "Bäckerei Müller, Hauptstraße 1, …" identifies the controller without a legal form',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', 'Bäckerei Müller, Hauptstraße 1, 12345 Berlin, info@mueller.example', '', DE),
    },
    {
      name: 'A contact line that opens with prose ("Bei Fragen schreiben Sie an …") does not name the controller',
      id: 'controller-identity',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', 'Bei Fragen schreiben Sie an info@mueller.example', '', DE),
    },
    {
      name: 'Changing "Newsletter-Einstellungen" is not the right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Sie können sich einloggen, um Ihre Newsletter-Einstellungen zu ändern.'),
    },
    {
      name: 'Having "Ihre Daten ändern" is the right to rectification in plain words',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Sie können Ihre Daten jederzeit ändern lassen.'),
    },
    {
      name: 'Partners that "Daten weltweit verarbeiten" take data outside the EEA, so its safeguard is due',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Unsere Partner können Ihre Daten weltweit verarbeiten.'),
    },
    {
      name: 'Unsubscribing from the newsletter ("vom Newsletter abmelden") is not the right to object',
      id: 'right-object',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, '## Ihre Rechte', '', 'Sie können sich jederzeit vom Newsletter abmelden.'),
    },
  ];
  runCases('de', cases);
});

describe('Sloppy wording in French', () => {
  const cases: Case[] = [
    {
      name: '"Nous ne vendons jamais vos données" does not say who receives the data',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, '## Partage', '', 'Nous ne vendons jamais vos données.'),
    },
    {
      name: '"Nous ne vendons ni ne partageons vos données" says that nobody receives them',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, 'Nous ne vendons ni ne partageons vos données avec qui que ce soit.'),
    },
    {
      name: 'Modifying "vos préférences de newsletter" is not the right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, 'Vous pouvez vous connecter pour modifier vos préférences de newsletter.'),
    },
    {
      name: 'Modifying "vos données" is the right to rectification in plain words',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, 'Vous pouvez nous demander de modifier vos données.'),
    },
    {
      name: 'Partners that process data "dans le monde entier" take it outside the EEA, so its safeguard is due',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, 'Nos partenaires peuvent traiter vos données dans le monde entier.'),
    },
    {
      name: 'Unsubscribing from the newsletter ("vous désinscrire") is not the right to object',
      id: 'right-object',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, '## Vos droits', '', 'Vous pouvez vous désinscrire de la newsletter à tout moment.'),
    },
  ];
  runCases('fr', cases);
});
