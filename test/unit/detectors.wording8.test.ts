/**
 * Wordings met in notices written for the accuracy sets in session 8, each beside its near miss:
 * a sole trader speaking in the first person, rights in the notice's own words under a question
 * heading, the time within which a request is answered, a tracker named without the word
 * cookie. The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';

const LIST = ['Parents can:', '', '- ask us to limit how we use information while a concern is looked into.'];

describe('Session 8 wordings in English', () => {
  const cases: Case[] = [
    { name: 'A list under "What can you ask us to do?" describes rights', id: 'right-restriction', expected: 'present', text: joinLines('# Privacy notice', '', EN, '', '## What can you ask us to do?', '', ...LIST) },
    // Session 18 (shape-en): "Parents can:" names the reader in the third person, a right under any heading; the staff's list is none.
    { name: 'The same list under "What we do", led in by the staff, is no right of the reader', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacy notice', '', EN, '', '## What we do', '', 'Our volunteers can:', ...LIST.slice(1)) },
    { name: 'A sole trader\'s "I run Maple Maths from home at 27 Larch Avenue" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy notice', '', EN, "I'm Daniel Okafor and I run Maple Maths Tutoring from home at 27 Larch Avenue, Leicester LE2 6HN.") },
    { name: '"I run lessons from home" names no controller to contact', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'I run lessons from home.') },
    { name: '"to carry out our agreement for lessons" states the contract basis', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'I process these details to carry out our agreement for lessons.') },
    { name: '"I carry out repairs on boilers" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'I carry out repairs on boilers.') },
    { name: '"ask me for a copy of what I hold about you" describes access', id: 'right-access', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You can ask me at any time for a copy of what I hold about you.') },
    { name: '"A copy of what we discussed is sent after each lesson" is no access right', id: 'right-access', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'A copy of what we discussed is sent after each lesson.') },
    { name: '"You can also ask me to wipe everything" describes erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You can also ask me to wipe everything.') },
    { name: '"I wipe the whiteboard after each lesson" is no erasure right', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'I wipe the whiteboard after each lesson.') },
    { name: '"I\'ll do that within 30 days" after a request to delete is no retention period', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, "You can ask me to delete your details, and I'll do that within 30 days.") },
    { name: '"I delete your details within 30 days after our last lesson" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'I delete your details within 30 days after our last lesson.') },
    { name: '"I\'ll deal with your request within the next 30 days" is no retention period either', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, "If you ask me to delete your details, I'll deal with your request within the next 30 days.") },
    { name: 'A period kept beside an answer period in one sentence is still a retention period', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'We keep invoices for seven years and answer requests within a month.') },
    { name: 'An answer period before a retention period in one sentence leaves the retention period', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'We answer requests within a month; we delete your account data two years after your last order.') },
    { name: '"consent, which you can take back at any time" says consent can be withdrawn', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'Photos are used only with your consent, which you can take back at any time.') },
    { name: '"only with your consent" alone does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'Photos are used only with your consent.') },
    { name: '"I use Google Analytics only with your consent" says how the tracker\'s consent is handled', id: 'cookies', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'I use Google Analytics on my website only with your consent.') },
    { name: '"I use Google Analytics on my website" alone does not', id: 'cookies', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'I use Google Analytics on my website.') },
    { name: 'A list under "What you can do" describes rights', id: 'right-restriction', expected: 'present', text: joinLines('# Privacy notice', '', EN, '', '## What you can do', '', ...LIST) },
    { name: '"The session register is kept in a locked cabinet" gives no retention period', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'The session register is kept in a locked cabinet.') },
    { name: '"Session cookies are deleted when you close your browser" gives one', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'Session cookies are deleted at the end of your browser session.') },
  ];
  runCases('en', cases);
});

describe('Session 8 wordings in Dutch', () => {
  const cases: Case[] = [
    { name: 'A sentence under "Wat mag u van ons vragen?" describes a right', id: 'right-portability', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, '', '## Wat mag u van ons vragen?', '', 'Gegevens die u ons gaf, sturen we in een gangbaar digitaal bestand naar een andere zorgverlener.') },
    { name: 'The same sentence under "Wat doen wij?" is no right of the reader', id: 'right-portability', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '', '## Wat doen wij?', '', 'Gegevens die u ons gaf, sturen we in een gangbaar digitaal bestand naar een andere zorgverlener.') },
    { name: 'A sole trader\'s "Wil je weten wat ik van je heb opgeslagen?" describes access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', NL, 'Wil je weten wat ik van je heb opgeslagen? Stuur me een mailtje.') },
    { name: '"Wil je weten wat ik maak?" is no access right', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', NL, 'Wil je weten wat ik maak? Kijk op mijn website.') },
    { name: '"vragen dat we die gegevens tijdelijk niet gebruiken" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Zolang we uw klacht onderzoeken, kunt u vragen dat we die gegevens tijdelijk niet gebruiken.') },
    { name: '"vragen dat we u tijdelijk niet bellen" is no restriction right', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kunt vragen dat we u tijdelijk niet bellen.') },
    { name: '"dan regel ik het binnen vier weken" after a request is no retention period', id: 'retention', expected: 'missing', text: joinLines('# Privacy', '', NL, 'Wil je dat ik je gegevens verwijder? Dan regel ik het binnen vier weken.') },
    { name: '"Ik verwijder je gegevens binnen vier weken na de workshop" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Privacy', '', NL, 'Ik verwijder je gegevens binnen vier weken na de workshop.') },
    { name: '"De penningmeester geeft bankgegevens door aan onze bank" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'De penningmeester geeft bankgegevens door aan onze bank.') },
    { name: '"Wij geven het stokje door" names none', id: 'recipients', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Na tien jaar geven wij het stokje door.') },
    { name: '"geen besluiten die alleen door een computer worden genomen" answers automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'We nemen geen besluiten die alleen door een computer worden genomen.') },
    { name: '"De ledenlijst wordt door een computer bijgehouden" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'De ledenlijst wordt door een computer bijgehouden.') },
    { name: 'A sentence under "Wat u zelf kunt doen" describes a right', id: 'right-portability', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, '', '## Wat u zelf kunt doen', '', 'Gegevens die u ons gaf, sturen we in een gangbaar digitaal bestand naar een andere zorgverlener.') },
  ];
  runCases('nl', cases);
});

describe('Session 8 wordings in German', () => {
  const RIGHTS = ['Falsche Angaben korrigieren wir.'];
  const cases: Case[] = [
    { name: 'A sentence under "Was können Sie von uns verlangen?" describes a right', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, '', '## Was können Sie von uns verlangen?', '', ...RIGHTS) },
    { name: 'The same sentence under "Was wir tun" is no right of the reader', id: 'right-rectification', expected: 'missing', text: joinLines('# Datenschutz', '', DE, '', '## Was wir tun', '', ...RIGHTS) },
    { name: 'A sole trader\'s "welche Daten ich über Sie habe" describes access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Sie können jederzeit nachfragen, welche Daten ich über Sie habe.') },
    { name: '"Welche Daten ich brauche, steht oben" is no access right', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Welche Daten ich brauche, steht oben.') },
    { name: '"dass wir sie bis zur Klärung nur noch speichern" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Bestreiten Sie die Richtigkeit Ihrer Daten, können Sie verlangen, dass wir sie bis zur Klärung nur noch speichern.') },
    { name: '"dass wir Ihre Daten nur noch in Deutschland speichern" is no restriction right', id: 'right-restriction', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Sie können verlangen, dass wir Ihre Daten nur noch in Deutschland speichern.') },
    { name: '"Einspruch erheben" against the camera describes objection', id: 'right-object', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Gegen die Videoüberwachung können Sie aus Gründen Ihrer besonderen Situation Einspruch erheben.') },
    { name: '"Der Einspruch gegen einen Strafzettel" is no objection right', id: 'right-object', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Der Einspruch gegen einen Strafzettel ist nicht unser Thema.') },
    { name: '"unserem berechtigten Interesse, Einbrüche aufzuklären" says what the interest is', id: 'legitimate-interests', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Die Kamera am Eingang dient unserem berechtigten Interesse, Einbrüche und Diebstähle aufzuklären, die in unseren Räumen geschehen.') },
    { name: '"beruht auf unserem berechtigten Interesse" alone does not', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Die Kamera am Eingang beruht auf unserem berechtigten Interesse.') },
    { name: '"Wer die Seite weiter nutzt, ist damit einverstanden" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Datenschutz', '', DE, 'Auf meiner Website verwende ich Google Analytics. Wer die Seite weiter nutzt, ist damit einverstanden.') },
    { name: '"Wer die Seite weiter nutzt, kann Cookies ablehnen" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Datenschutz', '', DE, 'Wer die Seite weiter nutzt, kann Cookies im Browser ablehnen.') },
    { name: '"Google Analytics ... Wer die Seite weiter nutzt, ist damit einverstanden" says (wrongly) how consent goes', id: 'cookies', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Auf meiner Website verwende ich Google Analytics. Wer die Seite weiter nutzt, ist damit einverstanden.') },
    { name: '"Auf meiner Website verwende ich Google Analytics" alone does not', id: 'cookies', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Auf meiner Website verwende ich Google Analytics.') },
    { name: '"Nicht mehr benötigte Daten entfernen wir auf Ihren Wunsch" describes erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, '', '## Ihre Rechte', '', 'Nicht mehr benötigte Daten entfernen wir auf Ihren Wunsch.') },
    { name: '"Wir können Ihre Daten nicht entfernen" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Datenschutz', '', DE, '', '## Ihre Rechte', '', 'Wir können Ihre Daten nicht entfernen.') },
    { name: '"erledige ich das innerhalb von 14 Tagen" after a request to delete is no retention period', id: 'retention', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Wenn Sie möchten, dass ich Ihre Daten lösche, erledige ich das innerhalb von 14 Tagen.') },
    { name: '"Ihre Daten lösche ich innerhalb von 14 Tagen nach dem Auftrag" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Ihre Daten lösche ich innerhalb von 14 Tagen nach dem Auftrag.') },
    { name: 'A period kept beside an answer period in one sentence is still a retention period (de)', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Rechnungen bewahre ich zehn Jahre auf, und Ihre Anfragen erledige ich innerhalb von 14 Tagen.') },
    { name: 'A sentence under "Was Sie tun können" describes a right', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, '', '## Was Sie tun können', '', ...RIGHTS) },
    { name: '"dass wir Ihre Daten vorerst nicht weiter verwenden" describes restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Sie können verlangen, dass wir Ihre Daten vorerst nicht weiter verwenden.') },
    { name: '"bei der Sächsischen Datenschutz- und Transparenzbeauftragten beschweren" names the authority', id: 'right-complaint', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Sie können sich bei der Sächsischen Datenschutz- und Transparenzbeauftragten beschweren.') },
    { name: 'A data protection officer is no authority to complain to', id: 'right-complaint', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Unsere Datenschutzbeauftragte erreichen Sie unter dsb@example.de.') },
    { name: '"Entscheidungen, die allein von einem Computer getroffen werden" answers automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Wir treffen keine Entscheidungen, die allein von einem Computer getroffen werden.') },
    { name: '"Ihre Bestellung wird von einem Computer erfasst" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Ihre Bestellung wird von einem Computer erfasst.') },
  ];
  runCases('de', cases);
});

describe('Session 8 wordings in French', () => {
  const cases: Case[] = [
    { name: 'A sentence under "Que pouvez-vous nous demander ?" describes a right', id: 'right-rectification', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, '', '## Que pouvez-vous nous demander ?', '', 'Nous corrigeons toute information inexacte.') },
    { name: 'The same sentence under "Que faisons-nous ?" is no right of the reader', id: 'right-rectification', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, '', '## Que faisons-nous ?', '', 'Nous corrigeons toute information inexacte.') },
    { name: 'A sole trader\'s "me demander de voir vos données" describes access', id: 'right-access', expected: 'present', text: joinLines('# Vos données', '', FR, 'Vous pouvez me demander de voir vos données.') },
    { name: '"Vous pouvez venir voir l\'atelier" is no access right', id: 'right-access', expected: 'missing', text: joinLines('# Vos données', '', FR, "Vous pouvez venir voir l'atelier.") },
    { name: '"Sans votre adresse je ne peux pas venir" says what follows from not giving it', id: 'statutory-requirement', expected: 'present', text: joinLines('# Vos données', '', FR, 'Sans votre adresse je ne peux pas venir prendre les mesures.') },
    { name: '"Sans votre accord je ne peux pas publier les photos" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Vos données', '', FR, 'Sans votre accord je ne peux pas publier les photos.') },
    { name: '"Nous les utilisons pour ouvrir votre compte" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Politique de confidentialité', '', 'Nous recueillons votre nom et votre adresse e-mail. Nous les utilisons pour ouvrir et gérer votre compte.') },
    { name: '"Nous les remercions pour leur aide" states none', id: 'purposes', expected: 'missing', text: joinLines('# Politique de confidentialité', '', 'Nous recueillons votre nom. Nous les remercions pour leur aide.') },
    { name: '"nous effaçons vos données" under "Vos droits" describes erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, '', '## Vos droits', '', 'Sur simple demande, nous effaçons vos données.') },
    { name: '"Nous effaçons le tableau après chaque cours" outside the rights is no erasure right', id: 'right-erasure', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, 'Nous effaçons le tableau après chaque cours.') },
    { name: '"nous répondons sous un mois" to an erasure request is no retention period', id: 'retention', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, 'Vous pouvez faire effacer vos données ; nous répondons sous un mois.') },
    { name: '"Nous effaçons vos données un mois après la résiliation" is a retention period', id: 'retention', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, 'Nous effaçons vos données un mois après la résiliation.') },
    { name: 'A sentence under "Ce que vous pouvez faire" describes a right', id: 'right-rectification', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, '', '## Ce que vous pouvez faire', '', 'Nous corrigeons toute information inexacte.') },
    { name: '"Aucune décision n\'est prise uniquement par un ordinateur" answers automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, "Aucune décision n'est prise uniquement par un ordinateur.") },
    { name: '"Vos rendez-vous sont gérés par un logiciel" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, 'Vos rendez-vous sont gérés par un logiciel.') },
  ];
  runCases('fr', cases);
});
