/**
 * Wordings and shapes met in German notices written in session 15 of kinds and shapes the sets did not
 * have (a Sparkasse's notice converted from its web page, a Swiss utility's under the revDSG and the
 * DSGVO, a hospital's patient leaflet converted from a PDF; a dog school writing "du", an online shop on
 * a generator's text with half its sections left out, a bike rental's AGB with a Datenschutz clause),
 * each beside its near miss: a word hyphenated over a line end in text converted from a PDF
 * ("Wider-\nspruch", "Datenübertrag-\nbarkeit"), consent as "wenn du uns vorher dein Okay gibst", "was wir über dich und deinen Hund gespeichert
 * haben" as access, "Ohne Vorlage eines Ausweises können wir kein Fahrrad vermieten" as what follows
 * without the data, an e-bike's GPS tracker that is no web tracker, and "löschen wir, wenn wir sie nicht
 * mehr brauchen" as a vague period; then, from three notices written after those fixes, "wie es das Tierseuchenrecht
 * vorschreibt" as a legal obligation, "Die Pferdedaten bekommen bei Bedarf unser Tierarzt", "Ohne Notfallnummer ...
 * kann Ihr Kind nicht", "liefere sie über eine Online-Galerie aus", "Automatisierte Einzelfallentscheidungen" and
 * "vollautomatisiert", and consent tied to "das Analysewerkzeug Matomo"; then, from two notices written after those,
 * "Wer bin ich?" over a broker's name and address, "Dafür brauche ich ..." after what it is for, and "reiche ich an ...
 * weiter"; then "geben wir Rahmennummer und Kaufdatum an den Hersteller weiter" (seven words between) and "ein
 * Buchungstool eines Anbieters in Deutschland" as where the data is; then "Das ist für die Behandlung nötig", "das
 * Tierärztegesetz verpflichtet uns", "Blutproben schicken wir an ein externes Labor" and "Ohne Name, Anschrift und
 * Bankverbindung können wir keinen ... Vertrag begründen".
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
    // From three notices written after those fixes (a riding stable, a photographer, a mutual insurer).
    { name: '"Zu- und Abgänge melden wir, wie es das Tierseuchenrecht vorschreibt" states a legal obligation', id: 'legal-basis', expected: 'present', text: doc('Zu- und Abgänge von Pferden melden wir, wie es das Tierseuchenrecht vorschreibt, an die Datenbank.') },
    { name: '"Zu- und Abgänge melden wir, wie es das Team beschreibt" does not', id: 'legal-basis', expected: 'missing', text: doc('Zu- und Abgänge von Pferden melden wir, wie es das Stallbuch beschreibt, an die Datenbank.') },
    { name: '"Die Pferdedaten bekommen bei Bedarf unser Tierarzt und der Hufschmied" names recipients', id: 'recipients', expected: 'present', text: doc('Wir notieren Name und Alter des Pferdes. Die Pferdedaten bekommen bei Bedarf unser Tierarzt und der Hufschmied.') },
    { name: '"Die Pferde bekommen bei Bedarf unser Heu" does not', id: 'recipients', expected: 'missing', text: doc('Wir notieren Name und Alter des Pferdes. Die Pferde bekommen bei Bedarf unser eigenes Heu und Hafer.') },
    { name: '"Ohne Notfallnummer der Eltern kann Ihr Kind nicht teilnehmen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Wir notieren die Handynummer der Eltern. Ohne Notfallnummer der Eltern kann Ihr Kind leider nicht an den Reiterferien teilnehmen.') },
    { name: '"Ohne Helm kann Ihr Kind nicht reiten" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Wir notieren die Handynummer der Eltern. Ohne Reithelm kann Ihr Kind leider nicht an den Reiterferien teilnehmen.') },
    { name: '"Die Bilder liefere ich über eine passwortgeschützte Online-Galerie aus" names a recipient', id: 'recipients', expected: 'present', text: doc('Ich bearbeite die Bilder selbst und liefere sie über eine passwortgeschützte Online-Galerie aus.') },
    { name: '"Die Bilder liefere ich auf einem USB-Stick aus" does not', id: 'recipients', expected: 'missing', text: doc('Ich bearbeite die Bilder selbst und liefere sie auf einem USB-Stick in einer Holzbox aus.') },
    { name: '"Automatisierte Einzelfallentscheidungen: ... entscheiden wir vollautomatisiert" answers the item', id: 'automated-decisions', expected: 'present', text: doc('', '## Automatisierte Einzelfallentscheidungen', '', 'Bei Glasschäden entscheiden wir vollautomatisiert über die Leistung; Sie können das Eingreifen einer Person verlangen.') },
    { name: '"Einzelfallentscheidungen trifft der Vorstand" does not', id: 'automated-decisions', expected: 'missing', text: doc('', '## Einzelfallentscheidungen', '', 'Bei Glasschäden entscheidet der Vorstand über die Leistung; Sie können eine Begründung verlangen.') },
    { name: 'Consent for "das Analysewerkzeug Matomo" is tied to what it is for', id: 'basis-without-purpose', expected: 'none', text: doc('Ihre Bestellung bearbeiten wir zur Erfüllung des Vertrags (Art. 6 Abs. 1 lit. b DSGVO).', '', 'Auf unserer Website verwenden wir nur notwendige Cookies sowie, wenn Sie im Cookie-Banner einwilligen, das Analysewerkzeug Matomo auf eigenen Servern.') },
    { name: 'Consent for "das Werkzeug Matomo" is not', id: 'basis-without-purpose', expected: 'problem', text: doc('Ihre Bestellung bearbeiten wir zur Erfüllung des Vertrags (Art. 6 Abs. 1 lit. b DSGVO).', '', 'Auf unserer Website verwenden wir nur notwendige Cookies sowie, wenn Sie im Cookie-Banner einwilligen, das Werkzeug Matomo auf eigenen Servern.') },
    // From two notices written after those fixes (a one-man insurance broker, an Austrian insurer).
    { name: 'A broker under "1) Wer bin ich?" with his address and e-mail names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('Datenschutzinformation', '', '1) Wer bin ich?', 'Jonas Reuter, unabhängiger Finanzberater, Am Anger 5, 96047 Bamberg. Erreichbar per Mail an post@reuter-finanz.de.', '', DE) },
    { name: 'The same lines under "1) Was ist das?" do not', id: 'controller-identity', expected: 'missing', format: 'plaintext', text: joinLines('Datenschutzinformation', '', '1) Was ist das?', 'Ein Hinweis für alle, die beraten werden wollen, Am Anger 5, 96047 Bamberg. Fragen gern per Mail an post@reuter-finanz.de.', '', DE) },
    { name: '"Ich vergleiche Angebote. Dafür brauche ich Ihre Kontaktdaten" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Was mache ich mit Ihren Daten?', '', 'Ich vergleiche für Sie Angebote verschiedener Anbieter. Dafür brauche ich Ihre Kontaktdaten und Ihr Geburtsdatum.') },
    { name: '"Dafür bin ich Ihr Ansprechpartner" does not', id: 'purposes', expected: 'missing', text: doc('', '## Was mache ich mit Ihren Daten?', '', 'Ich vergleiche für Sie Angebote verschiedener Anbieter. Dafür bin ich seit zwanzig Jahren Ihr Ansprechpartner.') },
    { name: '"Ihre Angaben reiche ich an die Versicherungsgesellschaften weiter" names recipients', id: 'recipients', expected: 'present', text: doc('Ich notiere Ihre Angaben. Ihre Angaben reiche ich an die Versicherungsgesellschaften weiter, bei denen ich anfrage.') },
    { name: '"Ich reiche Ihnen gern die Hand" does not', id: 'recipients', expected: 'missing', text: doc('Ich notiere Ihre Angaben. Bei Fragen reiche ich Ihnen gern die Unterlagen zum Vergleich.') },
    // From two notices written after those fixes (a Zurich bike workshop citing only the DSG, a loan comparison portal).
    { name: '"Bei Garantiefällen geben wir Rahmennummer und Kaufdatum an den Hersteller weiter" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir notieren die Rahmennummer. Bei Garantiefällen geben wir Rahmennummer und Kaufdatum an den Hersteller weiter.') },
    { name: '"geben wir Ihnen gern Tipps zur Pflege und zum Fahren weiter" is not', id: 'recipients', expected: 'missing', text: doc('Wir notieren die Rahmennummer. Bei der Abholung geben wir Ihnen gern Tipps zur Pflege und zum Fahren mit.') },
    { name: '"Die Buchung läuft über ein Buchungstool eines Anbieters in Deutschland" says where the data is', id: 'transfers-statement', expected: 'present', text: doc('Wir notieren Ihren Namen. Die Terminbuchung erfolgt über ein Buchungstool eines Anbieters in Deutschland.') },
    { name: '"Wir sind ein Anbieter für Kunden in Deutschland" does not', id: 'transfers-statement', expected: 'missing', text: doc('Wir notieren Ihren Namen. Wir reparieren Velos für Kunden aus Deutschland und der Schweiz.') },
    // From two notices written after those fixes (an Austrian vet practice, a housing co-operative).
    { name: '"Für jedes Tier legen wir eine Kartei an. Das ist für die Behandlung nötig" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Patientenkartei', '', 'Für jedes Tier legen wir eine Kartei an. Das ist für die Behandlung nötig.') },
    { name: '"Das ist für die Katze nicht gefährlich" does not', id: 'purposes', expected: 'missing', text: doc('', '## Patientenkartei', '', 'Für jedes Tier legen wir eine Kartei an. Das Mittel ist für die Katze ungefährlich.') },
    { name: '"das Tierärztegesetz verpflichtet uns zur Dokumentation" states a legal obligation', id: 'legal-basis', expected: 'present', text: doc('Wir führen eine Kartei, denn das Tierärztegesetz verpflichtet uns zur Dokumentation.') },
    { name: '"das Tierärztegesetz regelt unseren Beruf" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir führen eine Kartei, denn das Tierärztegesetz regelt unseren Beruf.') },
    { name: '"Blutproben schicken wir an ein externes Labor" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir führen eine Kartei. Blutproben schicken wir an ein externes Labor.') },
    { name: '"Blutproben nehmen wir in unserem eigenen Labor" does not', id: 'recipients', expected: 'missing', text: doc('Wir führen eine Kartei. Blutproben untersuchen wir in unserem eigenen Labor.') },
    { name: '"Ohne Name, Anschrift und Bankverbindung können wir keinen Mietvertrag begründen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Wir speichern Ihre Kontaktdaten. Ohne Name, Anschrift und Bankverbindung können wir keine Mitgliedschaft und keinen Mietvertrag begründen.') },
    { name: '"Ohne Kaution können wir keinen Mietvertrag begründen" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Wir speichern Ihre Kontaktdaten. Ohne Kaution und Bürgschaft können wir keine Mitgliedschaft und keinen Mietvertrag begründen.') },
  ];
  runCases('de', cases);
});
