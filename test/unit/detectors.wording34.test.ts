/**
 * Wordings and shapes met in German and Swiss notices written in session 16 of kinds the sets did not have
 * (an online shop with payment methods and credit checks, a whistleblowing system, online meetings and
 * webinars as a converted web page; an escape room, a caretaker's generator text with its placeholders, a
 * Swiss fiduciary office under the nDSG), each beside its near miss: "also für den Vertrag mit euch" and
 * the Swiss "zur Erfüllung des Mandats" as the contract, "nur, wenn alle auf dem Foto einverstanden sind" as
 * consent, "Wer weitersurft, ist damit einverstanden" as implied consent, "so lange, wie das Steuerrecht es
 * vorschreibt" as a statutory period, "das schreibt uns das Obligationenrecht vor" as a legal obligation,
 * "Personalien, AHV-Nummer" as data, "die Server stehen in der Schweiz" as where the data is, the interest
 * after an unbracketed citation ("berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO, Fehlverhalten
 * aufzudecken"), § 29 BDSG of 2018 beside the right of access (current, unlike the old Act's § 29 of credit
 * agencies), and a generator's unfilled "Stand: XX.XX.20XX", which dates nothing; then, from three notices
 * written after those fixes, "wenn ihr nicht mehr bei uns tanzt" and "solange das Kind bei uns ist" as criteria,
 * "Das könnt ihr jederzeit wieder zurücknehmen" as withdrawal, "Die Angaben ... sind für den Vertrag erforderlich"
 * and "Ihr gebt sie uns freiwillig" as what the reader must give, ten words between "geben" and "weiter",
 * "Fehler ausbessern lassen" as rectification, and a text written without umlauts ("Datenschutzbehoerde",
 * "koennt", "ueber"), which is read as written with them; then "wenn du beim Check-in das Häkchen gesetzt hast" as
 * consent, "Ohne diese Erklärung dürfen wir dich nicht in die Halle lassen" and "Die Entscheidung, ob wir Sie
 * einladen, trifft immer eine Personaldisponentin"; then "Online läuft das über das Reservierungssystem von
 * OpenTable", "Kartenzahlungen laufen über SumUp" and "Nach dem Abend streichen wir die Reservierung wieder raus".
 * The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, ...lines);

describe('Session 16 German wordings', () => {
  const cases: Case[] = [
    { name: '"Die Buchungsdaten verwenden wir nur für den Vertrag mit euch" states the contract as the basis', id: 'legal-basis', expected: 'present', text: doc('Wenn ihr einen Kurs bucht, notieren wir Namen und Handynummer. Die Buchungsdaten verwenden wir nur, um die Buchung durchzuführen, also für den Vertrag mit euch.') },
    { name: '"für den Vertrag mit der Spedition" does not', id: 'legal-basis', expected: 'missing', text: doc('Wenn ihr einen Kurs bucht, notieren wir Namen und Handynummer. Die Lieferadresse brauchen wir, um die Lieferung durchzuführen, also für den Vertrag mit der Spedition.') },
    { name: 'The Swiss "zur Erfüllung des Mandats" states the contract as the basis', id: 'legal-basis', expected: 'present', text: doc('Die Bearbeitung Ihrer Belege erfolgt zur Erfüllung des Mandats, also damit wir Ihre Buchhaltung führen können.') },
    { name: '"nach Ende des Mandats" does not', id: 'legal-basis', expected: 'missing', text: doc('Die Belege Ihrer Buchhaltung geben wir nach Ende des Mandats zurück, damit Sie sie selbst aufbewahren können.') },
    { name: '"nur, wenn alle auf dem Foto einverstanden sind" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Nach dem Spiel machen wir ein Gruppenfoto. Das posten wir auf Instagram nur, wenn alle auf dem Foto einverstanden sind.') },
    { name: '"wenn alle auf dem Foto zu sehen sind" does not', id: 'legal-basis', expected: 'missing', text: doc('Nach dem Spiel machen wir ein Gruppenfoto. Das posten wir auf Instagram nur, wenn alle auf dem Foto gut zu sehen sind.') },
    { name: '"Wer weitersurft, ist damit einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('Unsere Website nutzt Cookies, auch für Google Analytics. Wer weitersurft, ist damit einverstanden.') },
    { name: '"Wer weitersurft, findet die Cookie-Einstellungen unten" is not', id: 'implied-consent', expected: 'none', text: doc('Unsere Website nutzt Cookies, auch für Google Analytics, nur mit Einwilligung im Banner. Wer weitersurft, findet die Einstellungen unten auf jeder Seite.') },
    { name: '"Rechnungen bleiben so lange, wie das Steuerrecht es vorschreibt" gives a statutory period', id: 'retention', expected: 'present', text: doc('Für eine Buchung notieren wir Namen und E-Mail-Adresse.', '', '## Wie lange wir Daten behalten', '', 'Rechnungen bleiben so lange, wie das Steuerrecht es vorschreibt.') },
    { name: '"so lange, wie das Team es für richtig hält" does not', id: 'retention', expected: 'missing', text: doc('Für eine Buchung notieren wir Namen und E-Mail-Adresse.', '', '## Wie lange wir Daten behalten', '', 'Rechnungen bleiben so lange, wie das Team es für richtig hält.') },
    { name: '"das schreibt uns das Obligationenrecht vor" states a legal obligation', id: 'legal-basis', expected: 'present', text: doc('Wir bewahren Ihre Geschäftsunterlagen auf, das schreibt uns das Obligationenrecht vor.') },
    { name: '"das schreibt uns der Kunde vor" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir legen Ihre Geschäftsunterlagen in Ordnern ab, das schreibt uns der Kunde so vor.') },
    { name: '"Personalien, AHV-Nummer" names the kinds of data', id: 'data-categories', expected: 'present', text: doc('Für die Steuererklärung bearbeiten wir Ihre Personalien, Ihre AHV-Nummer und Ihre Bankbelege.') },
    { name: '"Unterlagen für die Steuererklärung" does not', id: 'data-categories', expected: 'missing', text: doc('Für die Steuererklärung bearbeiten wir alle Unterlagen, die Sie uns bringen.') },
    { name: '"die Server stehen in der Schweiz" says where the data is', id: 'transfers-statement', expected: 'present', text: doc('Unsere Buchhaltungssoftware läuft in der Cloud, die Server stehen in der Schweiz.') },
    { name: '"die Server stehen in einem Rechenzentrum" does not', id: 'transfers-statement', expected: 'missing', text: doc('Unsere Buchhaltungssoftware läuft in der Cloud, die Server stehen in einem Rechenzentrum.') },
    { name: 'The interest after an unbracketed citation ("nach Art. 6 Abs. 1 lit. f DSGVO, Fehlverhalten ... aufzudecken") is named', id: 'legitimate-interests', expected: 'present', text: doc('Soweit Meldungen andere Verstöße betreffen, stützen wir die Verarbeitung auf unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO, Fehlverhalten im Unternehmen aufzudecken und zu unterbinden.') },
    { name: '"nach Art. 6 Abs. 1 lit. f DSGVO, soweit Ihre Interessen nicht überwiegen" names none', id: 'legitimate-interests', expected: 'missing', text: doc('Soweit Meldungen andere Verstöße betreffen, stützen wir die Verarbeitung auf unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO, soweit Ihre Interessen im Einzelfall nicht überwiegen.') },
    { name: '§ 29 BDSG beside the right of access is the current Act', id: 'outdated-reference', expected: 'none', text: doc('Das Auskunftsrecht einer gemeldeten Person kann eingeschränkt sein, solange die Auskunft die Aufklärung gefährden würde (§ 29 Abs. 1 BDSG).') },
    { name: '§ 29 BDSG for a credit agency is the old Act', id: 'outdated-reference', expected: 'problem', text: doc('Die Übermittlung Ihrer Daten an die Auskunftei erfolgt auf Grundlage von § 29 BDSG.') },
    { name: 'A generator\'s unfilled "Stand: XX.XX.20XX" dates nothing', id: 'last-updated', expected: 'missing', format: 'plaintext', text: joinLines('Datenschutzerklärung', '', DE, '', 'Stand: XX.XX.20XX') },
    { name: '"Stand: 01.10.2026" dates the notice', id: 'last-updated', expected: 'present', format: 'plaintext', text: joinLines('Datenschutzerklärung', '', DE, '', 'Stand: 01.10.2026') },
    // From three notices written after those fixes (a dance school, an Austrian scout group written without umlauts, an Austrian car-sharing leaflet converted from a PDF).
    { name: '"Wir löschen eure Daten, wenn ihr nicht mehr bei uns tanzt" gives a criterion', id: 'retention', expected: 'present', text: doc('Für die Kurse notieren wir Namen und Adresse. Wir löschen eure Daten, wenn ihr nicht mehr bei uns tanzt.') },
    { name: '"Wir löschen eure Daten, wenn ihr uns darum bittet" does not', id: 'retention', expected: 'missing', text: doc('Für die Kurse notieren wir Namen und Adresse. Wir löschen eure Daten, wenn ihr uns darum bittet.') },
    { name: '"Die Mitgliedsdaten bleiben gespeichert, solange das Kind bei uns ist" gives a criterion', id: 'retention', expected: 'present', text: doc('Wir notieren Name und Geburtsdatum. Die Mitgliedsdaten bleiben gespeichert, solange das Kind bei uns ist.') },
    { name: '"gespeichert, solange wir den Verein führen" does not', id: 'retention', expected: 'missing', text: doc('Wir notieren Name und Geburtsdatum. Die Mitgliedsdaten bleiben gespeichert, solange wir den Verein führen.') },
    { name: '"Das könnt ihr jederzeit wieder zurücknehmen" after a consent withdraws it', id: 'right-withdraw-consent', expected: 'present', text: doc('Die Bilder kommen auf Instagram, wenn ihr auf dem Anmeldebogen angekreuzt habt, dass das okay ist. Das könnt ihr jederzeit wieder zurücknehmen, dann nehmen wir die Bilder runter.') },
    { name: '"Die Bilder könnt ihr jederzeit ansehen" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Die Bilder kommen auf Instagram, wenn ihr auf dem Anmeldebogen angekreuzt habt, dass das okay ist. Das könnt ihr jederzeit auf Instagram ansehen, dort bleiben die Bilder.') },
    { name: '"Die Angaben bei der Registrierung sind für den Vertrag erforderlich" is a contractual requirement', id: 'statutory-requirement', expected: 'present', text: doc('Für die Registrierung benötigen wir Namen und Führerschein. Die Angaben bei der Registrierung und der Führerschein sind für den Vertrag erforderlich.') },
    { name: '"Die Verarbeitung der Daten ist für den Vertrag erforderlich" (a basis) is not', id: 'statutory-requirement', expected: 'missing', text: doc('Für die Registrierung nutzen wir Namen und Führerschein. Die Verarbeitung der Daten ist für den Vertrag erforderlich.') },
    { name: '"Ihr gebt sie uns freiwillig" says the data is optional', id: 'statutory-requirement', expected: 'present', text: doc('Wir fragen nach Allergien und Medikamenten. Ihr gebt sie uns freiwillig mit dem Gesundheitsblatt.') },
    { name: '"Ihr gebt sie uns beim Heimabend" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Wir fragen nach Allergien und Medikamenten. Ihr gebt sie uns beim ersten Heimabend mit dem Gesundheitsblatt.') },
    { name: '"geben wir Namen und Geburtsdaten an das Lagerhaus oder den Campingplatz weiter" (ten words between) names recipients', id: 'recipients', expected: 'present', text: doc('Für Lager geben wir Namen und Geburtsdaten an das Lagerhaus oder den Campingplatz weiter.') },
    { name: '"Fehler ausbessern lassen" is rectification', id: 'right-rectification', expected: 'present', text: doc('', '## Eure Rechte', '', 'Ihr könnt jederzeit nachfragen, was wir über euch gespeichert haben, und Fehler ausbessern lassen.') },
    { name: '"Fehler melden" is not', id: 'right-rectification', expected: 'missing', text: doc('', '## Eure Rechte', '', 'Ihr könnt jederzeit nachfragen, was wir über euch gespeichert haben, und uns Fehler auf der Website melden.') },
    { name: 'Written without umlauts, "Beschwerden gehen an die Datenschutzbehoerde" is the right to complain', id: 'right-complaint', expected: 'present', text: doc('', '## Eure Rechte', '', 'Beschwerden gehen an die Datenschutzbehoerde in Wien.') },
    { name: 'Written without umlauts, "was wir ueber euch gespeichert haben" is access', id: 'right-access', expected: 'present', text: doc('', '## Eure Rechte', '', 'Ihr koennt jederzeit nachfragen, was wir ueber euch gespeichert haben.') },
    { name: '"Steuer" and "neue" are no umlauts: "Neue Steuerbescheide gehen an die Behoerde" is no complaint', id: 'right-complaint', expected: 'missing', text: doc('', '## Eure Rechte', '', 'Neue Steuerbescheide gehen an die Behoerde in Wien.') },
    // From two notices written after those fixes (a bouldering gym, a temporary-work agency's notice for applicants).
    { name: '"nur, wenn du beim Check-in das Häkchen gesetzt hast" states consent', id: 'legal-basis', expected: 'present', text: doc('Unseren Newsletter bekommst du nur, wenn du beim Check-in das Häkchen gesetzt hast.') },
    { name: '"wenn du beim Check-in die E-Mail-Adresse genannt hast" does not', id: 'legal-basis', expected: 'missing', text: doc('Unseren Newsletter bekommst du jede Woche, wenn du beim Check-in die E-Mail-Adresse genannt hast.') },
    { name: '"Ohne diese Erklärung dürfen wir dich nicht in die Halle lassen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Vor dem ersten Besuch füllst du am Tablet unsere Benutzerordnung aus. Ohne diese Erklärung dürfen wir dich aus Versicherungsgründen nicht in die Halle lassen.') },
    { name: '"Ohne Kletterschuhe dürfen wir dich nicht in die Halle lassen" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Vor dem ersten Besuch füllst du am Tablet unsere Benutzerordnung aus. Ohne saubere Kletterschuhe dürfen wir dich aus Versicherungsgründen nicht in die Halle lassen.') },
    { name: '"Die Entscheidung, ob wir Sie einladen, trifft immer eine Personaldisponentin" answers the automated-decisions item', id: 'automated-decisions', expected: 'present', text: doc('Unser Bewerbermanagementsystem schlägt passende Stellen vor. Die Entscheidung, ob wir Sie einladen oder einem Kunden vorschlagen, trifft immer eine Personaldisponentin oder ein Personaldisponent.') },
    { name: '"Die Entscheidung trifft der Kunde nach dem Gespräch" does not', id: 'automated-decisions', expected: 'missing', text: doc('Wir schlagen Ihnen passende Stellen vor. Die Entscheidung, ob Sie eingestellt werden, trifft der Kunde nach dem Gespräch mit Ihnen.') },
    // From two notices written after those fixes (a pizzeria, a tenants' association).
    { name: '"Online läuft das über das Reservierungssystem von OpenTable" names a recipient', id: 'recipients', expected: 'present', text: doc('Wenn ihr reserviert, schreiben wir Namen und Telefonnummer ins Reservierungsbuch. Online läuft das über das Reservierungssystem von OpenTable.') },
    { name: '"Online läuft das über unser Formular" does not', id: 'recipients', expected: 'missing', text: doc('Wenn ihr reserviert, schreiben wir Namen und Telefonnummer ins Reservierungsbuch. Online läuft das über unser eigenes Formular.') },
    { name: '"Kartenzahlungen laufen über SumUp" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir notieren Namen und Telefonnummer. Kartenzahlungen laufen über SumUp.') },
    { name: '"Nach dem Abend streichen wir die Reservierung wieder raus" gives a criterion', id: 'retention', expected: 'present', text: doc('Wir schreiben Namen und Telefonnummer ins Reservierungsbuch. Nach dem Abend streichen wir die Reservierung wieder raus.') },
    { name: '"Nach dem Abend streichen wir die Tische neu" does not', id: 'retention', expected: 'missing', text: doc('Wir schreiben Namen und Telefonnummer ins Reservierungsbuch. Nach dem Abend streichen wir die Tische im Gastraum neu.') },
  ];
  runCases('de', cases);
});
