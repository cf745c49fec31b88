/**
 * Wordings and shapes met in German notices written in session 15 of kinds and shapes the sets did not
 * have (a Sparkasse's notice converted from its web page, a Swiss utility's under the revDSG and the
 * DSGVO, a hospital's patient leaflet converted from a PDF; a dog school writing "du", an online shop on
 * a generator's text with half its sections left out, a bike rental's AGB with a Datenschutz clause),
 * each beside its near miss: a word hyphenated over a line end in text converted from a PDF
 * ("Wider-\nspruch", "Datenübertrag-\nbarkeit"), consent as "wenn du uns vorher dein Okay gibst", "was wir über dich und deinen Hund gespeichert
 * haben" as access, "Ohne Vorlage eines Ausweises können wir kein Fahrrad vermieten" as what follows
 * without the data, an e-bike's GPS tracker that is no web tracker, and "löschen wir, wenn wir sie nicht
 * mehr brauchen" as a vague period.
 * The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, ...lines);
/** A leaflet converted from a PDF: hard-wrapped plain text. */
const pdf = (...lines: string[]): string => joinLines('PATIENTENINFORMATION DATENSCHUTZ', '', DE, '', ...lines);

describe('Session 15 German wordings', () => {
  const cases: Case[] = [
    { name: '"Wider-/spruch" hyphenated over a line end is the right to object', id: 'right-object', expected: 'present', format: 'plaintext', text: pdf('Liegen die Voraussetzungen vor, können Sie Wider-', 'spruch gegen die Verarbeitung einlegen.') },
    { name: '"Wider- und Einspruch" over a line end in a sentence about a fine is not', id: 'right-object', expected: 'missing', format: 'plaintext', text: pdf('Gegen den Bescheid über das Parkentgelt können Sie Ein-', 'wände beim Ordnungsamt erheben.') },
    { name: '"Datenübertrag-/barkeit" hyphenated over a line end is the right to portability', id: 'right-portability', expected: 'present', format: 'plaintext', text: pdf('Sie haben außerdem das Recht auf Datenübertrag-', 'barkeit für die Daten, die Sie uns gegeben haben.') },
    { name: '"Daten-/übertragung an die Kasse" over a line end is not', id: 'right-portability', expected: 'missing', format: 'plaintext', text: pdf('Die Abrechnung erfolgt durch elektronische Daten-', 'übermittlung an Ihre Krankenkasse.') },
    { name: 'In Markdown too: "Lö-/schung" over a line end is the right to erasure', id: 'right-erasure', expected: 'present', text: doc('Sie können die Lö-', 'schung Ihrer Daten verlangen.') },
    { name: '"Das machen wir nur, wenn du uns vorher dein Okay gibst" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Fotos aus dem Training zeigen wir auf Instagram. Das machen wir aber nur, wenn du uns vorher dein Okay gibst.') },
    { name: '"Dein Okay zum Training gibt es am Ende" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos aus dem Training zeigen wir auf Instagram. Dein Hund bekommt am Ende der Stunde ein Leckerli.') },
    { name: '"was wir über dich und deinen Hund gespeichert haben" is access', id: 'right-access', expected: 'present', text: doc('', '## Deine Rechte', '', 'Du kannst jederzeit nachfragen, was wir über dich und deinen Hund gespeichert haben.') },
    { name: '"was wir über dich und deinen Hund gelernt haben" is not', id: 'right-access', expected: 'missing', text: doc('', '## Deine Rechte', '', 'Du kannst jederzeit erzählen, was du über dich und deinen Hund gelernt hast.') },
    { name: '"Ohne Vorlage eines Ausweises können wir leider kein Fahrrad vermieten" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Bei der Anmietung notieren wir die Nummer Ihres Ausweises. Ohne Vorlage eines Ausweises können wir leider kein Fahrrad vermieten.') },
    { name: '"Ohne Anmeldung können wir leider keinen Platz freihalten" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Bei der Anmietung notieren wir die Nummer Ihres Ausweises. Ohne Reservierung können wir leider kein Fahrrad freihalten.') },
    { name: 'An e-bike\'s GPS tracker is no web tracker: no cookies item is due', id: 'cookies', expected: 'not-applicable', text: doc('Unsere E-Bikes haben einen GPS-Tracker. Den Standort sehen wir uns nur bei einem Diebstahl an.') },
    { name: 'A tracker on the website is: how consent is handled must be said', id: 'cookies', expected: 'missing', text: doc('Unsere Website nutzt einen Tracker, um Besuche zu zählen. Den Standort sehen wir uns nur bei einem Diebstahl an.') },
    { name: '"Deine anderen Daten löschen wir, wenn wir sie nicht mehr brauchen" is a vague period', id: 'vague-retention', expected: 'problem', text: doc('Rechnungen heben wir zehn Jahre auf, weil das Finanzamt es so will. Deine anderen Daten löschen wir, wenn wir sie nicht mehr brauchen.') },
    { name: '"löschen wir, wenn du nicht mehr bei uns trainierst" is not', id: 'vague-retention', expected: 'none', text: doc('Rechnungen heben wir zehn Jahre auf, weil das Finanzamt es so will. Deine anderen Daten löschen wir, wenn du nicht mehr bei uns trainierst.') },
  ];
  runCases('de', cases);
});
