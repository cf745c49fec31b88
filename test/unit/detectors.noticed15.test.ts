/**
 * Accuracy defects noticed in session 14 and fixed in session 15, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. A negation far before a ground's cue: "Nous ne fondons pas le traitement de vos coordonnées
 *    d'adhérent sur votre consentement", "We do not, under any circumstances, rely on your consent
 *    ...", "Wij baseren de verwerking van uw ledengegevens in geen geval op uw toestemming", "Wir
 *    stützen die Verarbeitung ... keinesfalls auf Ihre Einwilligung": the clause opens with the
 *    notice's own subject and the negation governs its whole object, however long. A negation that
 *    ends before the cue ("... et nous fondons la newsletter sur votre consentement", "but", "other
 *    than") leaves the ground stated. French "ne repose pas ... sur votre consentement" with
 *    another subject is a denial too (basis.denied).
 * 2. Internal-only access answers the recipients item in all four languages, as the French sets read
 *    "Seuls le gérant et la vendeuse ont accès ..." (Art. 4(9): a recipient "whether a third party or
 *    not"; the `nobody` answers "Only our staff." already counted): "Only our staff can see it",
 *    "Alleen onze medewerkers hebben toegang", "Nur unsere Mitarbeiter haben Zugriff". "Only" about
 *    something else ("we collect only the data we need to access our services") names no one.
 * 3. Dutch "locatie" says where data is stored only as the place of servers, data or storage ("De
 *    locatie van onze servers is Amsterdam", "Serverlocatie: Frankfurt"); "de locatie van de
 *    training", "je locatie", "locatiegegevens" and "op locatie" say nothing of transfers.
 * 4. An open-ended period ended by the reader's request ("We keep your record indefinitely, unless
 *    you ask us to delete it") states its criterion, as "until you ask us to erase it" does; an
 *    open-ended period alone does not, and "as long as necessary, unless you ask" stays vague.
 * 6. A negation that opens a phrase of its own ("ohne Angabe von Gründen", "sans justification", "zonder
 *    opgaaf van redenen", "without giving any reason") negates nothing after it: "Sie können der
 *    Verarbeitung jederzeit ohne Angabe von Gründen widersprechen" grants the right to object;
 *    "ohne Ihre Einwilligung" still negates the consent.
 * 5. A school year or season in the title ("Climbing Club Privacy Info (2025/26)", "Datenschutz –
 *    Saison 2025/2026") dates the notice; the Regulation's number "2016/679" does not, nor a year
 *    range further down.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 15: a negation far before a ground denies it', () => {
  // Consent read as a basis makes its withdrawal due (missing here); consent denied leaves it not applicable.
  const W = 'right-withdraw-consent';
  const L = 'legitimate-interests';
  const enBase = '## Legal basis\n\nWe use your details to run your membership.';
  const nlBase = '## Grondslag\n\nWij gebruiken uw gegevens om uw lidmaatschap te beheren.';
  const deBase = '## Rechtsgrundlage\n\nWir verwenden Ihre Angaben, um Ihre Mitgliedschaft zu verwalten.';
  const frBase = '## Base légale\n\nNous utilisons vos données pour gérer votre adhésion.';
  runCases('en', [
    { name: '"We do not, under any circumstances, rely on your consent ..." states no consent', id: W, expected: 'not-applicable', text: en(enBase, 'We do not, under any circumstances, rely on your consent for the processing of your membership data.') },
    { name: '"We never process the details of our members in the membership register on the basis of your consent" states no consent', id: W, expected: 'not-applicable', text: en(enBase, 'We never process the details of our members in the membership register on the basis of your consent.') },
    { name: '"We do not sell your data and we send the newsletter with your consent" states consent', id: W, expected: 'missing', text: en(enBase, 'We do not sell your data and we send the newsletter with your consent.') },
    { name: '"We never sell your data but send the newsletter only with your consent" states consent', id: W, expected: 'missing', text: en(enBase, 'We never sell your data but send the newsletter only with your consent.') },
    { name: '"We do not use your data for purposes other than those based on your consent" states consent', id: W, expected: 'missing', text: en(enBase, 'We do not use your health data for purposes other than those based on your consent.') },
  ]);
  runCases('nl', [
    { name: '"Wij verwerken in geen geval de gegevens van uw kinderen in de ledenadministratie op basis van uw toestemming" states no consent', id: W, expected: 'not-applicable', text: nl(nlBase, 'Wij verwerken in geen geval de gegevens van uw kinderen in de ledenadministratie op basis van uw toestemming.') },
    { name: '"Wij verwerken uw gegevens niet voor reclame maar op basis van uw toestemming" states consent', id: W, expected: 'missing', text: nl(nlBase, 'Wij verwerken uw gegevens niet voor reclame maar voor de nieuwsbrief op basis van uw toestemming.') },
    { name: '"Wij verkopen uw gegevens niet en wij sturen de nieuwsbrief met uw toestemming" states consent', id: W, expected: 'missing', text: nl(nlBase, 'Wij verkopen uw gegevens niet en wij sturen de nieuwsbrief met uw toestemming.') },
  ]);
  runCases('de', [
    { name: '"Wir verarbeiten keinesfalls die Kontaktdaten unserer Mitglieder in der Mitgliederverwaltung auf Grundlage Ihrer Einwilligung" states no consent', id: W, expected: 'not-applicable', text: de(deBase, 'Wir verarbeiten keinesfalls die Kontaktdaten unserer Mitglieder in der Mitgliederverwaltung auf Grundlage Ihrer Einwilligung.') },
    { name: '"Wir verkaufen Ihre Daten nicht und wir versenden den Newsletter mit Ihrer Einwilligung" states consent', id: W, expected: 'missing', text: de(deBase, 'Wir verkaufen Ihre Daten nicht und wir versenden den Newsletter mit Ihrer Einwilligung.') },
    { name: '"Wir verarbeiten Ihre Daten nicht für Werbung sondern auf Grundlage Ihrer Einwilligung" states consent', id: W, expected: 'missing', text: de(deBase, 'Wir verarbeiten Ihre Daten nicht für Werbung sondern für den Newsletter auf Grundlage Ihrer Einwilligung.') },
  ]);
  runCases('fr', [
    { name: '"Nous ne fondons pas le traitement de vos coordonnées d\'adhérent sur votre consentement" states no consent', id: W, expected: 'not-applicable', text: fr(frBase, 'Nous ne fondons pas le traitement de vos coordonnées d\'adhérent sur votre consentement.') },
    { name: '"Nous ne fondons en aucun cas le traitement de vos coordonnées d\'adhérent sur notre intérêt légitime" states no interest', id: L, expected: 'not-applicable', text: fr(frBase, 'Nous ne fondons en aucun cas le traitement de vos coordonnées d\'adhérent sur notre intérêt légitime.') },
    { name: '"Ce traitement ne repose pas, comme le prévoient nos statuts, sur votre consentement" states no consent', id: W, expected: 'not-applicable', text: fr(frBase, 'Ce traitement ne repose pas, comme le prévoient nos statuts, sur votre consentement.') },
    { name: '"Nous ne vendons pas vos données et nous fondons la newsletter sur votre consentement" states consent', id: W, expected: 'missing', text: fr(frBase, 'Nous ne vendons pas vos données et nous fondons la newsletter sur votre consentement.') },
    { name: '"Nous ne vendons pas vos données, mais nous les transmettons ... sur la base de votre consentement" states consent', id: W, expected: 'missing', text: fr(frBase, 'Nous ne vendons pas vos données, mais nous les transmettons à notre hébergeur sur la base de votre consentement.') },
    { name: '"Ce traitement ne repose pas sur votre contrat mais sur votre consentement" states consent', id: W, expected: 'missing', text: fr(frBase, 'Ce traitement ne repose pas sur le contrat mais sur votre consentement.') },
  ]);
});

describe('Session 15: the far negation is read for legal bases only', () => {
  runCases('en', [
    { name: '"We will not charge you a fee for exercising your right to object" grants the right', id: 'right-object', expected: 'present', text: en('## Your rights', '', 'We will not charge you a fee for exercising your right to object to direct marketing.') },
  ]);
  runCases('fr', [
    { name: '"Nous ne vendons pas vos données, mais nous les transmettons à notre hébergeur" names a recipient', id: 'recipients', expected: 'present', text: fr('## Destinataires', '', 'Nous ne vendons pas vos données, mais nous les transmettons à notre hébergeur.') },
    { name: '"Nous ne facturons aucun frais pour l\'exercice de votre droit d\'opposition" grants the right', id: 'right-object', expected: 'present', text: fr('## Vos droits', '', 'Nous ne facturons aucuns frais pour l\'exercice de votre droit d\'opposition au marketing direct.') },
  ]);
});

describe('Session 15: internal-only access answers who receives the data', () => {
  const R = 'recipients';
  const enKeep = '## Your details\n\nWe keep your name and phone number in our booking book.';
  const nlKeep = '## Uw gegevens\n\nWij bewaren uw naam en telefoonnummer in ons afsprakenboek.';
  const deKeep = '## Ihre Daten\n\nWir speichern Ihren Namen und Ihre Telefonnummer in unserem Terminbuch.';
  const frKeep = '## Vos données\n\nNous gardons votre nom et votre numéro dans notre carnet de rendez-vous.';
  runCases('en', [
    { name: '"Only our staff can see it" answers', id: R, expected: 'present', text: en(enKeep, 'Only our staff can see it.') },
    { name: '"Only the two coaches look at the forms" answers', id: R, expected: 'present', text: en(enKeep, 'Only the two coaches look at the forms.') },
    { name: '"Our staff and our accountant can see it" answers', id: R, expected: 'present', text: en(enKeep, 'Our staff and our accountant can see it.') },
    { name: '"We collect only the data we need to access our services" names no one', id: R, expected: 'missing', text: en(enKeep, 'We collect only the data we need to access our services.') },
  ]);
  runCases('nl', [
    { name: '"Alleen onze medewerkers hebben toegang" answers', id: R, expected: 'present', text: nl(nlKeep, 'Alleen onze medewerkers hebben toegang.') },
    { name: '"Alleen de trainer kan ze bekijken" answers', id: R, expected: 'present', text: nl(nlKeep, 'Alleen de trainer kan ze bekijken.') },
    { name: '"Wij verwerken alleen de gegevens die nodig zijn" names no one', id: R, expected: 'missing', text: nl(nlKeep, 'Wij verwerken alleen de gegevens die nodig zijn.') },
  ]);
  runCases('de', [
    { name: '"Nur unsere Mitarbeiter haben Zugriff" answers', id: R, expected: 'present', text: de(deKeep, 'Nur unsere Mitarbeiter haben Zugriff.') },
    { name: '"Nur die Trainerin kann die Liste einsehen" answers', id: R, expected: 'present', text: de(deKeep, 'Nur die Trainerin kann die Liste einsehen.') },
    { name: '"Wir speichern nur die Daten, die wir brauchen" names no one', id: R, expected: 'missing', text: de(deKeep, 'Wir speichern nur die Daten, die wir brauchen.') },
  ]);
  runCases('fr', [
    { name: '"Seuls nos salariés ont accès" answers', id: R, expected: 'present', text: fr(frKeep, 'Seuls nos salariés ont accès.') },
    { name: '"Seules la coordinatrice et les deux bénévoles le consultent" answers', id: R, expected: 'present', text: fr(frKeep, 'Seules la coordinatrice et les deux bénévoles le consultent.') },
    { name: '"Nous ne gardons que les données nécessaires" names no one', id: R, expected: 'missing', text: fr(frKeep, 'Nous ne gardons que les données nécessaires.') },
  ]);
});

describe('Session 15: Dutch "locatie" as a place of storage only', () => {
  const T = 'transfers-statement';
  const note = (line: string): string => nl('## Opslag', '', `Ik noteer je naam. ${line}`);
  runCases('nl', [
    { name: '"De locatie van onze servers is Amsterdam" says where data is', id: T, expected: 'present', text: note('De locatie van onze servers is Amsterdam.') },
    { name: '"Serverlocatie: Frankfurt" says where data is', id: T, expected: 'present', text: note('Serverlocatie: Frankfurt.') },
    { name: '"De locatie van de opslag is Nederland" says where data is', id: T, expected: 'present', text: note('De locatie van de opslag is Nederland.') },
    { name: '"De locatie van de training staat in de uitnodiging" says nothing of transfers', id: T, expected: 'missing', text: note('De locatie van de training staat in de uitnodiging.') },
    { name: '"Je locatie gebruiken we alleen als je dat toestaat" says nothing of transfers', id: T, expected: 'missing', text: note('Je locatie gebruiken we alleen als je dat toestaat.') },
    { name: '"je locatiegegevens" says nothing of transfers', id: T, expected: 'missing', text: note('Wij gebruiken je locatiegegevens om de dichtstbijzijnde winkel te tonen.') },
  ]);
});

describe('Session 15: an open-ended period ended by the reader\'s request', () => {
  const keep = (line: string): string => en('## How long', '', line);
  runCases('en', [
    { name: '"indefinitely, unless you ask us to delete it" gives the criterion', id: 'retention', expected: 'present', text: keep('We keep your record indefinitely, unless you ask us to delete it.') },
    { name: '"permanently unless you ask us to take them down" gives the criterion', id: 'retention', expected: 'present', text: keep('We keep your photos permanently unless you ask us to take them down.') },
    { name: '"indefinitely" alone gives none', id: 'retention', expected: 'missing', text: keep('We keep your record indefinitely.') },
    { name: '"as long as necessary, unless you ask us to delete it" stays vague', id: 'vague-retention', expected: 'problem', text: keep('We keep your data as long as necessary, unless you ask us to delete it.') },
  ]);
});

describe('Session 15: a school year or season in the title dates the notice', () => {
  const U = 'last-updated';
  runCases('en', [
    { name: '"Climbing Club Privacy Info (2025/26)" is dated', id: U, expected: 'present', format: 'plaintext', text: joinLines('Climbing Club Privacy Info (2025/26)', '', EN) },
    { name: '"Privacy notice under Regulation (EU) 2016/679" is not', id: U, expected: 'missing', format: 'plaintext', text: joinLines('Privacy notice under Regulation (EU) 2016/679', '', EN) },
    { name: 'a season in a later paragraph is not', id: U, expected: 'missing', format: 'plaintext', text: joinLines('Climbing Club Privacy Info', '', EN, '', 'Trips for 2025/26 are listed on the website.') },
  ]);
  runCases('de', [
    { name: '"Datenschutz – Saison 2025/2026" is dated', id: U, expected: 'present', text: joinLines('# Datenschutz – Saison 2025/2026', '', DE) },
  ]);
});

describe('Session 15: "without giving reasons" negates nothing after it', () => {
  const O = 'right-object';
  runCases('de', [
    { name: '"jederzeit ohne Angabe von Gründen widersprechen" grants the right', id: O, expected: 'present', text: de('## Ihre Rechte', '', 'Sie können der Verarbeitung jederzeit ohne Angabe von Gründen widersprechen.') },
    { name: '"ohne Angabe von Gründen ... Ihre Einwilligung widerrufen" keeps the withdrawal', id: 'right-withdraw-consent', expected: 'present', text: de('## Newsletter', '', 'Den Newsletter versenden wir auf Grundlage Ihrer Einwilligung. Sie können ohne Angabe von Gründen jederzeit Ihre Einwilligung widerrufen.') },
    // Session 17: "Ohne Ihre Einwilligung geben wir nichts weiter", this case's first sentence, is a double negation that makes consent the condition (noticed17 part 1).
    { name: '"ohne Ihre Einwilligung" still denies the consent', id: 'right-withdraw-consent', expected: 'not-applicable', text: de('## Newsletter', '', 'Wir verwenden Ihre Daten für den Vertrag. Fotos von Vereinsfesten veröffentlichen wir auch ohne Ihre Einwilligung.') },
  ]);
  runCases('fr', [
    { name: '"sans justification vous opposer" grants the right', id: O, expected: 'present', text: fr('## Vos droits', '', 'Vous pouvez sans justification vous opposer au traitement.') },
  ]);
  runCases('nl', [
    { name: '"zonder opgaaf van redenen bezwaar maken" grants the right', id: O, expected: 'present', text: nl('## Uw rechten', '', 'U kunt zonder opgaaf van redenen bezwaar maken.') },
  ]);
  runCases('en', [
    { name: '"without giving any reason object" grants the right', id: O, expected: 'present', text: en('## Your rights', '', 'You can without giving any reason object to direct marketing.') },
  ]);
});
