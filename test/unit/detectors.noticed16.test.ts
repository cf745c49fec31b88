/**
 * Accuracy defects noticed in session 15 and fixed in session 16, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. A vague retention period is rescued by a later period only when that period is said of
 *    keeping data (a keep word, a section or table about retention) or stands right after the vague
 *    sentence (its paragraph, the next block, the list items or table rows running on from it): "We
 *    may change these terms by giving you 30 days' written notice" two paragraphs on says nothing of
 *    how long working notes are kept. In the vague sentence itself,
 *    a period in a clause before it that has a keep word of its own is another statement, about
 *    other data: "Na het seizoen gooien we de ledenlijst weg, de foto's houden we nog een paar jaar
 *    bij". A period after the vague phrase ("as long as necessary, that is two years after ...") or
 *    a vague clause without a keep verb of its own ("..., sobald sie nicht mehr benötigt werden")
 *    still reads as one statement.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 16: a vague retention period is rescued only by a retention period of its own statement', () => {
  const V = 'vague-retention';
  runCases('en', [
    { name: 'a notice period of a changes clause two paragraphs on does not rescue "kept longer where we think it necessary"', id: V, expected: 'problem', text: en('## Our terms', '', 'Working notes may be kept longer where we think it necessary.', '', 'You may ask us for a copy of your file at any time.', '', 'We may change these terms by giving you 30 days\' written notice.') },
    { name: 'a deletion period in another paragraph of the section rescues it', id: V, expected: 'none', text: en('## Our terms', '', 'Working notes may be kept longer where we think it necessary.', '', 'We delete them 30 days after the file is closed.') },
    { name: 'a period in the next paragraph rescues "as long as necessary"', id: V, expected: 'none', text: en('## Our terms', '', 'We keep your details only as long as necessary.', '', 'In practice this means two years after your last order.') },
    { name: 'list items under "as long as necessary:" rescue it', id: V, expected: 'none', text: en('## Our terms', '', 'We keep your details as long as necessary:', '', '- invoices: seven years;', '- account data: until you close your account.') },
    { name: 'a table after "as long as necessary" rescues it', id: V, expected: 'none', text: en('## Our terms', '', 'We keep your details only as long as necessary.', '', '| Data | Period |', '|---|---|', '| Invoices | 7 years |') },
    { name: 'a period in the next sentence of the same paragraph rescues "as long as necessary"', id: V, expected: 'none', text: en('## Our terms', '', 'Your details are kept as long as necessary. In practice that is two years after your last order.') },
    { name: '"We delete ... when you close your account, but the photos we keep for a while" leaves the photos without a period', id: V, expected: 'problem', text: en('## Your data', '', 'We delete your account data when you close your account, but the photos we keep for a while.') },
    { name: '"Your data is used for as long as necessary, and at most two years" (no keep word, outside a retention section) gives its own period', id: V, expected: 'none', text: en('## About us', '', 'Your data is used for as long as necessary, and at most two years.') },
    { name: '"We keep your details as long as necessary, that is two years after your last order" is one statement', id: V, expected: 'none', text: en('## Your data', '', 'We keep your details as long as necessary, that is two years after your last order.') },
    { name: '"..., unless a statutory retention period applies, in which case we keep it as long as necessary" ties the vague clause to the legal duty', id: V, expected: 'none', text: en('## Your data', '', 'We delete your account data when you close your account, unless a statutory retention period applies, in which case we keep it as long as necessary.') },
    { name: '"..., apart from invoices which we keep as long as we need to for tax purposes" names its criterion', id: V, expected: 'none', text: en('## Your data', '', 'We delete your account data within 30 days, apart from invoices which we keep as long as we need to for tax purposes.') },
  ]);
  runCases('nl', [
    { name: 'een opzegtermijn twee alinea\'s verder redt "zolang dat nodig is" niet', id: V, expected: 'problem', text: nl('## Algemeen', '', 'Je gegevens bewaren we zolang dat nodig is.', '', 'Je mag altijd een kopie van je dossier vragen.', '', 'Wij kunnen deze voorwaarden wijzigen met een opzegtermijn van 30 dagen.') },
    { name: 'een termijn in de volgende alinea redt "zolang dat nodig is"', id: V, expected: 'none', text: nl('## Algemeen', '', 'Je gegevens bewaren we zolang dat nodig is.', '', 'In de praktijk is dat twee jaar na je laatste bezoek.') },
    { name: 'een bewaartermijn in een andere alinea van de sectie redt het wel', id: V, expected: 'none', text: nl('## Algemeen', '', 'Je gegevens bewaren we zolang dat nodig is.', '', 'Na 30 dagen verwijderen we ze.') },
    { name: '"Na het seizoen gooien we de ledenlijst weg, de foto\'s houden we nog een paar jaar bij" laat de foto\'s zonder termijn', id: V, expected: 'problem', text: nl('## Jouw gegevens', '', 'Na het seizoen gooien we de ledenlijst weg, de foto\'s van de leden houden we nog een paar jaar bij.') },
    { name: '"We bewaren je gegevens zolang dat nodig is, dat is twee jaar na je laatste bezoek" is één uitspraak', id: V, expected: 'none', text: nl('## Jouw gegevens', '', 'We bewaren je gegevens zolang dat nodig is, dat is twee jaar na je laatste bezoek.') },
  ]);
  runCases('de', [
    { name: 'eine Ankündigungsfrist zwei Absätze weiter rettet "solange es erforderlich ist" nicht', id: V, expected: 'problem', text: de('## Allgemeines', '', 'Ihre Daten speichern wir, solange es erforderlich ist.', '', 'Sie können jederzeit eine Kopie Ihrer Akte verlangen.', '', 'Änderungen dieser Bedingungen kündigen wir 30 Tage vorher an.') },
    { name: 'Listenpunkte unter "solange es erforderlich ist:" retten es', id: V, expected: 'none', text: de('## Allgemeines', '', 'Ihre Daten speichern wir, solange es erforderlich ist:', '', '- Rechnungen: zehn Jahre;', '- Anfragen: sechs Monate.') },
    { name: 'eine Löschfrist in einem anderen Absatz des Abschnitts rettet es', id: V, expected: 'none', text: de('## Allgemeines', '', 'Ihre Daten speichern wir, solange es erforderlich ist.', '', 'Nach 30 Tagen löschen wir sie.') },
    { name: '"Rechnungen bewahren wir zehn Jahre auf, die Fotos speichern wir eine Weile" lässt die Fotos ohne Frist', id: V, expected: 'problem', text: de('## Ihre Daten', '', 'Rechnungen bewahren wir zehn Jahre auf, die Fotos speichern wir eine Weile.') },
    { name: '"Ihre Daten nutzen wir, solange es erforderlich ist, höchstens aber zwei Jahre" nennt die eigene Frist', id: V, expected: 'none', text: de('## Über uns', '', 'Ihre Daten nutzen wir, solange es erforderlich ist, höchstens aber zwei Jahre.') },
    { name: '"Nach dem Ende des Kurses löschen wir die Daten, sobald sie nicht mehr benötigt werden" ist eine Aussage', id: V, expected: 'none', text: de('## Ihre Daten', '', 'Nach dem Ende des Kurses löschen wir die Daten Ihres Kindes, sobald sie nicht mehr benötigt werden.') },
  ]);
  runCases('fr', [
    { name: 'un préavis deux paragraphes plus loin ne sauve pas "aussi longtemps que nécessaire"', id: V, expected: 'problem', text: fr('## Généralités', '', 'Vos données sont conservées aussi longtemps que nécessaire.', '', 'Vous pouvez demander une copie de votre dossier à tout moment.', '', 'Nous pouvons modifier ces conditions avec un préavis de 30 jours.') },
    { name: 'un tableau après "aussi longtemps que nécessaire" le sauve', id: V, expected: 'none', text: fr('## Généralités', '', 'Vos données sont conservées aussi longtemps que nécessaire.', '', '| Données | Durée |', '|---|---|', '| Factures | 10 ans |') },
    { name: 'une durée de suppression dans un autre paragraphe de la section le sauve', id: V, expected: 'none', text: fr('## Généralités', '', 'Vos données sont conservées aussi longtemps que nécessaire.', '', 'Elles sont supprimées au bout de 30 jours.') },
    { name: '"Nous supprimons votre compte dès la clôture, mais nous conservons vos photos quelques années" laisse les photos sans durée', id: V, expected: 'problem', text: fr('## Vos données', '', 'Nous supprimons votre compte dès la clôture de votre compte, mais nous conservons vos photos quelques années.') },
    { name: '"..., sauf obligation légale de conservation, auquel cas nous les conservons le temps nécessaire" rattache la durée à l\'obligation légale', id: V, expected: 'none', text: fr('## Vos données', '', 'Vos données de compte sont conservées pendant la durée de votre inscription, puis supprimées, sauf obligation légale de conservation, auquel cas nous les conservons le temps nécessaire.') },
    { name: '"Nous conservons vos données le temps nécessaire, soit deux ans après votre dernière commande" est un seul énoncé', id: V, expected: 'none', text: fr('## Vos données', '', 'Nous conservons vos données le temps nécessaire, soit deux ans après votre dernière commande.') },
  ]);
});

/*
 * 2. The statutory-requirement item asks whether the READER must provide the data. The notice's own
 *    duty to pass data on or keep it is no answer: the exception to a denied disclosure ("We don't
 *    share your details with anyone else unless we're legally required to") or a duty whose subject
 *    is the notice's own ("we are obliged to pass the guest register to the police"). A sentence that
 *    also says the reader must give the data still answers.
 */
describe('Session 16: our own legal duty is not the reader\'s requirement to provide data', () => {
  const S = 'statutory-requirement';
  runCases('en', [
    { name: '"We don\'t share your details with anyone else unless we\'re legally required to" after a booking sentence does not answer', id: S, expected: 'missing', text: en('## Your stay', '', 'If you book a room, we take your name and address. We don\'t share your details with anyone else unless we\'re legally required to.') },
    { name: '"By law we are obliged to pass the guest register to the police" does not answer', id: S, expected: 'missing', text: en('## Your stay', '', 'When you book, we note down your name. By law we are obliged to pass the guest register to the police.') },
    { name: '"you must give us your passport number, as the law requires us to keep a guest register" answers', id: S, expected: 'present', text: en('## Your stay', '', 'When you book, you must give us your passport number, as we are required to keep a guest register.') },
    { name: '"I have to pass the guest register to the council by law" (a sole trader\'s own duty) does not answer', id: S, expected: 'missing', text: en('## Your stay', '', 'When you book, we note down your name. I have to pass the guest register to the council by law.') },
    { name: 'a question in the reader\'s voice, "Do I have to pass my passport number to you by law?", is the reader\'s requirement', id: S, expected: 'present', text: en('## Your stay', '', 'When you book, we note down your name. Do I have to pass my passport number to you by law?') },
    { name: 'a denied disclosure with its legal exception beside "you have to provide your date of birth" answers', id: S, expected: 'present', text: en('## Your stay', '', 'We don\'t share your details unless we\'re legally required to. When you book, you have to provide your date of birth.') },
  ]);
  runCases('nl', [
    { name: '"We delen je gegevens niet met anderen, tenzij we daartoe wettelijk verplicht zijn" beantwoordt het niet', id: S, expected: 'missing', text: nl('## Je verblijf', '', 'Als je boekt, vragen we je naam. We delen je gegevens niet met anderen, tenzij we daartoe wettelijk verplicht zijn.') },
    { name: '"Wij zijn wettelijk verplicht om het gastenregister aan de politie te verstrekken" beantwoordt het niet', id: S, expected: 'missing', text: nl('## Je verblijf', '', 'Als je boekt, vragen we je naam. Wij zijn wettelijk verplicht om het gastenregister aan de politie te verstrekken.') },
    { name: '"Als je boekt, moet je ons je paspoortnummer geven" beantwoordt het', id: S, expected: 'present', text: nl('## Je verblijf', '', 'Als je boekt, moet je ons je paspoortnummer geven, omdat wij wettelijk verplicht zijn een gastenregister te bewaren.') },
  ]);
  runCases('de', [
    { name: '"Wir geben Ihre Daten nicht weiter, es sei denn, wir sind gesetzlich dazu verpflichtet" beantwortet es nicht', id: S, expected: 'missing', text: de('## Ihr Aufenthalt', '', 'Bei der Buchung werden Name und Anschrift abgefragt. Wir geben Ihre Daten nicht weiter, es sei denn, wir sind gesetzlich dazu verpflichtet.') },
    { name: '"Wir sind gesetzlich verpflichtet, das Gästeverzeichnis an die Meldebehörde zu übermitteln" beantwortet es nicht', id: S, expected: 'missing', text: de('## Ihr Aufenthalt', '', 'Bei der Buchung werden Name und Anschrift abgefragt. Wir sind gesetzlich verpflichtet, das Gästeverzeichnis an die Meldebehörde zu übermitteln.') },
    { name: '"Bei der Anreise müssen Sie Ihren Ausweis vorlegen" beantwortet es', id: S, expected: 'present', text: de('## Ihr Aufenthalt', '', 'Bei der Anreise müssen Sie Ihren Ausweis vorlegen, weil wir gesetzlich verpflichtet sind, einen Meldeschein aufzubewahren.') },
  ]);
  runCases('fr', [
    { name: '"Nous ne partageons pas vos données, sauf si la loi l\'exige" ne répond pas', id: S, expected: 'missing', text: fr('## Votre séjour', '', 'Lors de votre réservation, vous nous communiquez votre nom. Nous ne partageons pas vos données, sauf si la loi l\'exige.') },
    { name: '"vous devez nous communiquer votre nom" répond', id: S, expected: 'present', text: fr('## Votre séjour', '', 'Lors de votre réservation, vous devez nous communiquer votre nom.') },
  ]);
});

/*
 * 3. A list item whose bold lead label asks for the purposes ("- **Why we use it:** ...", "-
 *    **Waarvoor:** ...", "- **Wozu?** ...", "- **Pour quoi faire** : ...") answers with the words after
 *    the label, as a section answers its heading's question. A label about something else, or a
 *    purposes label with nothing after it, does not.
 */
describe('Session 16: a list item labelled with the purposes question answers it', () => {
  const P = 'purposes';
  runCases('en', [
    { name: '"- **Use of your information:** planning your party, ..." states the purposes', id: P, expected: 'present', text: en('- **What we ask for:** your names, phone numbers and e-mail addresses.', '- **Use of your information:** planning your party, booking suppliers and sending reminders.') },
    { name: '"- **Who sees it:** our caterer and florist" states no purpose', id: P, expected: 'missing', text: en('- **What we ask for:** your names, phone numbers and e-mail addresses.', '- **Who sees it:** our caterer and florist.') },
  ]);
  runCases('nl', [
    { name: '"- **Waarvoor:** je trouwdag plannen, ..." noemt de doelen', id: P, expected: 'present', text: nl('- **Wat we vragen:** jullie namen, telefoonnummers en e-mailadressen.', '- **Waarvoor:** jullie trouwdag plannen, leveranciers boeken en herinneringen sturen.') },
    { name: '"- **Wie het ziet:** onze cateraar" noemt geen doel', id: P, expected: 'missing', text: nl('- **Wat we vragen:** jullie namen, telefoonnummers en e-mailadressen.', '- **Wie het ziet:** onze cateraar en de bloemist.') },
  ]);
  runCases('de', [
    { name: '"- **Wozu?** Planung Ihrer Feier, ..." nennt die Zwecke', id: P, expected: 'present', text: de('- **Was wir erfragen:** Ihre Namen, Telefonnummern und E-Mail-Adressen.', '- **Wozu?** Planung Ihrer Feier, Buchung der Dienstleister und Erinnerungen.') },
    { name: '"- **Wozu:**" ohne Antwort nennt keinen Zweck', id: P, expected: 'missing', text: de('- **Was wir erfragen:** Ihre Namen, Telefonnummern und E-Mail-Adressen.', '- **Wozu:**', '- **Wer sie sieht:** unser Caterer.') },
  ]);
  runCases('fr', [
    { name: '"- **Pour quoi faire** : vous conseiller, ..." indique les finalités', id: P, expected: 'present', text: fr('- **Ce qu\'on vous demande** : vos noms, téléphones et e-mails.', '- **Pour quoi faire** : vous conseiller, réserver les prestataires et coordonner le jour J.') },
    { name: '"- **Avec qui on partage** : le traiteur" n\'indique aucune finalité', id: P, expected: 'missing', text: fr('- **Ce qu\'on vous demande** : vos noms, téléphones et e-mails.', '- **Avec qui on partage** : le traiteur et le fleuriste.') },
  ]);
});

/*
 * 4. A negation far before a ground denies it whoever of the notice speaks and however the clause
 *    opens: the first person singular ("I do not ...", "Ik verwerk ... in geen geval ...", "Ich
 *    verarbeite ... keinesfalls ...", "Je ne traite en aucun cas ...") and an opening negation before
 *    the subject ("Under no circumstances will we ...", "In geen geval verwerken wij ...",
 *    "Keinesfalls verarbeiten wir ...", "En aucun cas nous ne ..."). The subject again after the
 *    negation, or a "but", leaves the ground stated.
 */
describe('Session 16: a far negation with another first-person subject or an inverted opening', () => {
  // Consent read as a basis makes its withdrawal due (missing here); consent denied leaves it not applicable.
  const W = 'right-withdraw-consent';
  const enBase = '## Legal basis\n\nWe use your details to run your membership.';
  const nlBase = '## Grondslag\n\nWij gebruiken uw gegevens om uw lidmaatschap te beheren.';
  const deBase = '## Rechtsgrundlage\n\nWir verwenden Ihre Angaben, um Ihre Mitgliedschaft zu verwalten.';
  const frBase = '## Base légale\n\nNous utilisons vos données pour gérer votre adhésion.';
  runCases('en', [
    { name: '"Under no circumstances will we process ... on the basis of your consent" states no consent', id: W, expected: 'not-applicable', text: en(enBase, 'Under no circumstances will we process the details of our members in the membership register on the basis of your consent.') },
    { name: '"I do not process the details of my clients ... on the basis of your consent" states no consent', id: W, expected: 'not-applicable', text: en(enBase, 'I do not process the details of my clients in the client register on the basis of your consent.') },
    { name: '"Under no circumstances do we sell your data but we send the newsletter with your consent" states consent', id: W, expected: 'missing', text: en(enBase, 'Under no circumstances do we sell your data but we send the newsletter with your consent.') },
    { name: '"I do not sell your data and I send the newsletter with your consent" states consent', id: W, expected: 'missing', text: en(enBase, 'I do not sell your data and I send the newsletter with your consent.') },
  ]);
  runCases('nl', [
    { name: '"In geen geval verwerken wij de gegevens ... op basis van uw toestemming" noemt geen toestemming', id: W, expected: 'not-applicable', text: nl(nlBase, 'In geen geval verwerken wij de gegevens van uw kinderen in de ledenadministratie op basis van uw toestemming.') },
    { name: '"Ik verwerk in geen geval de gegevens ... op basis van uw toestemming" noemt geen toestemming', id: W, expected: 'not-applicable', text: nl(nlBase, 'Ik verwerk in geen geval de gegevens van mijn cliënten in mijn administratie op basis van uw toestemming.') },
    { name: '"Ik verkoop uw gegevens niet en ik stuur de nieuwsbrief op basis van uw toestemming" noemt toestemming', id: W, expected: 'missing', text: nl(nlBase, 'Ik verkoop uw gegevens niet en ik stuur de nieuwsbrief op basis van uw toestemming.') },
  ]);
  runCases('de', [
    { name: '"Keinesfalls verarbeiten wir ... auf Grundlage Ihrer Einwilligung" nennt keine Einwilligung', id: W, expected: 'not-applicable', text: de(deBase, 'Keinesfalls verarbeiten wir die Kontaktdaten unserer Mitglieder in der Mitgliederverwaltung auf Grundlage Ihrer Einwilligung.') },
    { name: '"Ich verarbeite keinesfalls die Daten meiner Klienten ... auf Grundlage Ihrer Einwilligung" nennt keine Einwilligung', id: W, expected: 'not-applicable', text: de(deBase, 'Ich verarbeite keinesfalls die Daten meiner Klienten in der Kartei auf Grundlage Ihrer Einwilligung.') },
    { name: '"Ich verkaufe Ihre Daten nicht und ich versende den Newsletter auf Grundlage Ihrer Einwilligung" nennt sie', id: W, expected: 'missing', text: de(deBase, 'Ich verkaufe Ihre Daten nicht und ich versende den Newsletter auf Grundlage Ihrer Einwilligung.') },
  ]);
  runCases('fr', [
    { name: '"En aucun cas nous ne traitons ... sur la base de votre consentement" n\'invoque pas le consentement', id: W, expected: 'not-applicable', text: fr(frBase, 'En aucun cas nous ne traitons les coordonnées des adhérents du club sur la base de votre consentement.') },
    { name: '"Je ne traite en aucun cas les données de mes clients sur la base de votre consentement" n\'invoque pas le consentement', id: W, expected: 'not-applicable', text: fr(frBase, 'Je ne traite en aucun cas les données de mes clients dans mon fichier sur la base de votre consentement.') },
    { name: '"Je ne vends pas vos données et je vous envoie la lettre sur la base de votre consentement" invoque le consentement', id: W, expected: 'missing', text: fr(frBase, 'Je ne vends pas vos données et je vous envoie la lettre d\'information sur la base de votre consentement.') },
  ]);
});

/*
 * 5. A negated limit is a vague period in every language, whatever word negates it and however the
 *    limit is said: "will not be kept longer than necessary", "do not keep ... beyond what is
 *    necessary", "nooit langer dan nodig", "niet langer dan we ze nodig hebben", "nicht über den ...
 *    erforderlichen Zeitraum hinaus", "nicht länger gespeichert, als es ... erforderlich ist", "pas
 *    au-delà de ce qui est nécessaire" (the French "(pas|jamais) au-delà" had its twins missing). A
 *    negated limit with a number ("not longer than two years") is a period.
 */
describe('Session 16: a negated limit is a vague period in all four tables', () => {
  const V = 'vague-retention';
  const enR = (s: string): string => en('## Invoices', '', 'Invoices are kept for seven years.', '', '## How long we keep your data', '', s);
  const nlR = (s: string): string => nl('## Facturen', '', 'Facturen bewaren wij zeven jaar.', '', '## Hoe lang bewaren wij uw gegevens', '', s);
  const deR = (s: string): string => de('## Rechnungen', '', 'Rechnungen bewahren wir zehn Jahre auf.', '', '## Speicherdauer', '', s);
  const frR = (s: string): string => fr('## Factures', '', 'Les factures sont conservées dix ans.', '', '## Durée de conservation', '', s);
  runCases('en', [
    { name: '"Your data will not be kept longer than necessary" is vague', id: V, expected: 'problem', text: enR('Your data will not be kept longer than necessary.') },
    { name: '"We do not keep your data beyond what is necessary" is vague', id: V, expected: 'problem', text: enR('We do not keep your data beyond what is necessary.') },
    { name: '"Your data will not be kept longer than two years" gives a period', id: V, expected: 'none', text: enR('Your data will not be kept longer than two years.') },
  ]);
  runCases('nl', [
    { name: '"Wij bewaren uw gegevens nooit langer dan nodig" is vaag', id: V, expected: 'problem', text: nlR('Wij bewaren uw gegevens nooit langer dan nodig.') },
    { name: '"niet langer dan we ze nodig hebben" is vaag', id: V, expected: 'problem', text: nlR('We bewaren je gegevens niet langer dan we ze nodig hebben.') },
    { name: '"niet langer dan twee jaar" is een termijn', id: V, expected: 'none', text: nlR('We bewaren je gegevens niet langer dan twee jaar.') },
  ]);
  runCases('de', [
    { name: '"nicht über den für die Zwecke erforderlichen Zeitraum hinaus" ist vage', id: V, expected: 'problem', text: deR('Ihre Daten werden nicht über den für die Zwecke erforderlichen Zeitraum hinaus gespeichert.') },
    { name: '"nicht länger gespeichert, als es für diese Zwecke erforderlich ist" ist vage', id: V, expected: 'problem', text: deR('Ihre Daten werden nicht länger gespeichert, als es für diese Zwecke erforderlich ist.') },
    { name: '"nicht über zwei Jahre hinaus" ist eine Frist', id: V, expected: 'none', text: deR('Ihre Daten werden nicht über zwei Jahre hinaus gespeichert.') },
  ]);
  runCases('fr', [
    { name: '"pas conservées au-delà de ce qui est nécessaire" est vague', id: V, expected: 'problem', text: frR('Vos données ne sont pas conservées au-delà de ce qui est nécessaire.') },
    { name: '"pas conservées au-delà de deux ans" est une durée', id: V, expected: 'none', text: frR('Vos données ne sont pas conservées au-delà de deux ans.') },
  ]);
});

/*
 * 6. A transfer's necessity for the contract with the reader (Art. 49(1)(b)) is its ground in every
 *    language, said in the transfer's sentence or in the next one when that opens pointing back to it
 *    ("This is necessary for ...", "Dit is nodig voor de uitvoering ...", "Dies ist zur Erfüllung ...
 *    erforderlich", "C'est nécessaire à l'exécution ..."). A next sentence about the data in general
 *    ("Your details are necessary for the performance of the contract") is no ground for the transfer.
 */
describe('Session 16: a derogation for the contract said of the transfer, in its sentence or the next', () => {
  const T = 'transfer-safeguards';
  runCases('en', [
    { name: '"... to our partner hotel outside the EEA. This is necessary for the performance of your booking." states the ground', id: T, expected: 'present', text: en('## Abroad', '', 'For a tour abroad we send your name to our partner hotel outside the EEA. This is necessary for the performance of your booking.') },
    { name: 'a transfer outside the EEA in whose sentence it is necessary to perform the contract states the ground', id: T, expected: 'present', text: en('## Abroad', '', 'We send your name to our partner hotel outside the EEA, as this is necessary to perform the contract with you.') },
    { name: '"Your details are necessary for the performance of the contract" after the transfer is no ground', id: T, expected: 'missing', text: en('## Abroad', '', 'Our help desk is outside the EEA. Your details are necessary for the performance of the contract.') },
  ]);
  runCases('nl', [
    { name: '"... buiten de EER. Dit is nodig voor de uitvoering van uw reisovereenkomst." noemt de grond', id: T, expected: 'present', text: nl('## Buitenland', '', 'Voor een reis naar Marokko sturen wij uw naam naar ons hotel buiten de EER. Dit is nodig voor de uitvoering van uw reisovereenkomst.') },
    { name: '"Uw gegevens zijn nodig voor de uitvoering van de overeenkomst" na de doorgifte is geen grond', id: T, expected: 'missing', text: nl('## Buitenland', '', 'Onze helpdesk zit buiten de EER. Uw gegevens zijn nodig voor de uitvoering van de overeenkomst.') },
  ]);
  runCases('de', [
    { name: '"... an unser Hotel außerhalb der EU. Dies ist zur Erfüllung Ihres Reisevertrags erforderlich." nennt die Grundlage', id: T, expected: 'present', text: de('## Ausland', '', 'Für eine Reise nach Marokko übermitteln wir Ihren Namen an unser Partnerhotel außerhalb der EU. Dies ist zur Erfüllung Ihres Reisevertrags erforderlich.') },
    { name: '"Ihre Angaben sind zur Erfüllung des Vertrags erforderlich" nach der Übermittlung ist keine Grundlage', id: T, expected: 'missing', text: de('## Ausland', '', 'Unser Kundendienst sitzt außerhalb der EU. Ihre Angaben sind zur Erfüllung des Vertrags erforderlich.') },
  ]);
  runCases('fr', [
    { name: '"... à notre hôtel partenaire hors de l\'UE. C\'est nécessaire à l\'exécution de votre contrat de voyage." indique le fondement', id: T, expected: 'present', text: fr('## Étranger', '', 'Pour un voyage au Maroc, nous transmettons votre nom à notre hôtel partenaire hors de l\'Union européenne. C\'est nécessaire à l\'exécution de votre contrat de voyage.') },
    { name: '"Vos données sont nécessaires à l\'exécution du contrat" après le transfert n\'est pas un fondement', id: T, expected: 'missing', text: fr('## Étranger', '', 'Notre service client est situé hors de l\'Union européenne. Vos données sont nécessaires à l\'exécution du contrat.') },
  ]);
});
