/**
 * Wordings met in German notices written in session 12 of kinds the sets did not have (a guest
 * house's half-filled generator text, an Austrian GP's "Ordination", a parents' initiative Kita, an
 * online shop with purchase on account and credit checks, a group's applicant notice, a dating app),
 * each beside its near miss: "Wir brauchen die Daten für Ihre Behandlung", "nur mit Ihrer schriftlichen
 * Einwilligung", "das schreibt das Bundesmeldegesetz vor", a phone list that "wird an alle Familien
 * verteilt", "dem Gesundheitsamt melden", "in die Kinderakte ... schauen", "Wenn etwas nicht stimmt,
 * korrigieren wir es", "Den Widerspruch richten Sie an", "Fehlt der Nachweis, ... kann nicht
 * aufgenommen werden", "so lange, wie der Verein sie ... braucht", the generator's "bis der Zweck für
 * die Datenverarbeitung entfällt", an interest "ist es, ... zu" or shared "und das unserer Nutzer an
 * ...", and §§ 34 und 35 BDSG cited in a notice under the DSGVO; then, from two notices written after those fixes (a roofer,
 * an Austrian brass band), "Die Daten verwenden wir für", data "an den ... Verband gemeldet", "Nach dem Austritt löschen wir",
 * "Ihr könnt ... fragen, welche Daten wir von euch haben"; then own words common in German notices of every kind (an
 * access "Bestätigung ..., ob", "Auf Wunsch löschen wir", "mit Ihrer Zustimmung", "weil Sie eingewilligt haben", "ohne sie können
 * wir ... nicht", "verlassen nie die EU"); then, from a fitness app's notice written after all of those, "Wir berechnen daraus",
 * "bei einem Cloud-Anbieter", "Absturzberichte gehen an", "schicken wir deine Läufe dorthin", an export "als CSV-Datei",
 * "Datenschutzaufsicht", "Unser Coach-Algorithmus passt die Pläne automatisch an". The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, ...lines);

describe('Session 12 German wordings', () => {
  const cases: Case[] = [
    { name: 'Under "Wozu", "Wir brauchen die Daten für Ihre Behandlung" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Wozu', '', 'Wir brauchen die Daten für Ihre Behandlung und für die Abrechnung mit der Kasse.') },
    { name: '"Wir brauchen keine Daten von Ihnen, wenn Sie nur anrufen" does not', id: 'purposes', expected: 'missing', text: doc('', '## Allgemeines', '', 'Wir brauchen keine Daten von Ihnen, wenn Sie nur anrufen.') },
    { name: '"nur mit Ihrer schriftlichen Einwilligung" states consent as a basis', id: 'legal-basis', expected: 'present', text: doc('Fotos auf unserer Homepage gibt es nur mit Ihrer schriftlichen Einwilligung.') },
    { name: '"nur mit einem schriftlichen Vertrag mit dem Fotografen" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos auf unserer Homepage gibt es nur mit einem schriftlichen Vertrag mit dem Fotografen.') },
    { name: '"das schreibt das Bundesmeldegesetz vor" states a legal obligation', id: 'legal-basis', expected: 'present', text: doc('Bei der Anreise füllen Sie den Meldeschein aus, das schreibt das Bundesmeldegesetz vor.') },
    { name: '"das schreibt die Hausordnung vor" does not', id: 'legal-basis', expected: 'missing', text: doc('Bei der Anreise füllen Sie den Meldeschein aus, das schreibt die Hausordnung vor.') },
    { name: '"Die Telefonliste der Eltern wird an alle Familien verteilt" names recipients', id: 'recipients', expected: 'present', text: doc('Wir nutzen die Telefonnummern der Eltern. Die Telefonliste der Eltern wird an alle Familien verteilt.') },
    { name: '"Das Mittagessen wird an alle Kinder verteilt" does not', id: 'recipients', expected: 'missing', text: doc('Wir nutzen die Telefonnummern der Eltern. Das Mittagessen wird an alle Kinder verteilt.') },
    { name: '"müssen wir das dem Gesundheitsamt melden" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir nutzen den Impfnachweis. Fehlt der Nachweis, müssen wir das dem Gesundheitsamt melden.') },
    { name: '"melden Sie sich bitte bei uns" does not', id: 'recipients', expected: 'missing', text: doc('Wir nutzen den Impfnachweis. Fehlt der Nachweis, melden Sie sich bitte bei uns.') },
    { name: '"Sie dürfen jederzeit in die Kinderakte Ihres Kindes schauen" is access', id: 'right-access', expected: 'present', text: doc('Sie dürfen jederzeit in die Kinderakte Ihres Kindes schauen.') },
    { name: '"Sie dürfen jederzeit in den Garten schauen" is not', id: 'right-access', expected: 'missing', text: doc('Sie dürfen jederzeit in den Garten schauen.') },
    { name: '"Wenn etwas nicht stimmt, korrigieren wir es" is rectification', id: 'right-rectification', expected: 'present', text: doc('', '## Fragen', '', 'Wenn etwas nicht stimmt, korrigieren wir es.') },
    { name: '"Wenn etwas nicht stimmt, rufen wir Sie an" is not', id: 'right-rectification', expected: 'missing', text: doc('', '## Fragen', '', 'Wenn etwas nicht stimmt, rufen wir Sie an.') },
    { name: '"Den Widerspruch richten Sie an die Widerspruchstelle" tells the reader they may object', id: 'right-object', expected: 'present', text: doc('Wir speichern Befunde in ELGA. Den Widerspruch richten Sie an die ELGA-Widerspruchstelle.') },
    { name: '"Den Antrag richten Sie an die Serviceline" does not', id: 'right-object', expected: 'missing', text: doc('Wir speichern Befunde in ELGA. Den Antrag richten Sie an die ELGA-Serviceline.') },
    { name: '"Fehlt der Nachweis, ... kann nicht aufgenommen werden" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Sie müssen den Impfschutz nachweisen. Fehlt der Nachweis, müssen wir das dem Gesundheitsamt melden und Ihr Kind kann nicht aufgenommen werden.') },
    { name: '"Fehlt der Erzieher, kommt eine Vertretung" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Der Impfschutz wird im Gruppenraum besprochen. Fehlt der Erzieher, kommt eine Vertretung.') },
    { name: '"so lange aufbewahrt, wie der Verein sie für die Buchhaltung braucht" is vague', id: 'vague-retention', expected: 'problem', text: doc('Abrechnungsunterlagen werden so lange aufbewahrt, wie der Verein sie für die Buchhaltung braucht.') },
    { name: '"so lange aufbewahrt, wie das Finanzamt es verlangt" is not', id: 'vague-retention', expected: 'none', text: doc('Abrechnungsunterlagen werden so lange aufbewahrt, wie das Finanzamt es verlangt.') },
    { name: '"bis der Zweck für die Datenverarbeitung entfällt" is vague', id: 'vague-retention', expected: 'problem', text: doc('Soweit keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt.') },
    { name: '"bis der Vertrag endet" is not', id: 'vague-retention', expected: 'none', text: doc('Ihre Daten verbleiben bei uns, bis der Vertrag endet.') },
    { name: '"unser berechtigtes Interesse und das unserer Nutzer an einer sicheren Plattform" names the interest', id: 'legitimate-interests', expected: 'present', text: doc('Wir prüfen Fotos auf Fake-Profile. Grundlage ist unser berechtigtes Interesse und das unserer Nutzer an einer sicheren Plattform (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: '"unser berechtigtes Interesse und das unserer Nutzer" does not', id: 'legitimate-interests', expected: 'missing', text: doc('Wir prüfen Fotos auf Fake-Profile. Grundlage ist unser berechtigtes Interesse und das unserer Nutzer (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: '"Unser berechtigtes Interesse ist es, Fehler zu finden" names the interest', id: 'legitimate-interests', expected: 'present', text: doc('Wir werten die Nutzung aus. Unser berechtigtes Interesse ist es, Fehler zu finden und die App besser zu machen (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: '"Unser berechtigtes Interesse ist es (Art. 6 ...)" does not', id: 'legitimate-interests', expected: 'missing', text: doc('Wir werten die Nutzung aus. Unser berechtigtes Interesse ist es (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: '§§ 34 und 35 BDSG in a notice under the DSGVO are the current Act\'s', id: 'outdated-reference', expected: 'none', text: doc('Sie haben das Recht auf Auskunft und Löschung nach der DSGVO.', 'Diese Rechte gelten mit den Einschränkungen nach den §§ 34 und 35 BDSG.') },
    { name: '§§ 34 und 35 BDSG in a notice that does not cite the DSGVO are the old Act\'s', id: 'outdated-reference', expected: 'problem', text: doc('Sie haben nach den §§ 34 und 35 BDSG ein Recht auf Auskunft, Berichtigung, Sperrung und Löschung.') },
    // From two notices written after those fixes (a roofer's generator text, an Austrian brass band writing "ihr").
    { name: '"Die Daten verwenden wir für die Mitgliederverwaltung" states a purpose', id: 'purposes', expected: 'present', text: doc('', '**Mitglieder**', 'Wenn ihr beitretet, speichern wir Name und Adresse. Die Daten verwenden wir für die Mitgliederverwaltung und den Mitgliedsbeitrag.') },
    { name: '"Die Daten verwenden wir nicht" does not', id: 'purposes', expected: 'missing', text: doc('', '**Allgemein**', 'Die Daten verwenden wir nicht.') },
    { name: '"Die Mitgliederdaten werden an den Blasmusikverband gemeldet" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern Name und Adresse. Die Mitgliederdaten werden an den Salzburger Blasmusikverband gemeldet.') },
    { name: '"Die Ergebnisse werden an den Verband gemeldet" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Name und Adresse. Die Ergebnisse werden an den Verband gemeldet.') },
    { name: '"Nach dem Austritt löschen wir die Daten" gives a criterion', id: 'retention', expected: 'present', text: doc('Wir speichern Name und Adresse. Nach dem Austritt löschen wir die Daten.') },
    { name: '"Nach dem Austritt bekommt ihr eine Urkunde" does not', id: 'retention', expected: 'missing', text: doc('Wir speichern Name und Adresse. Nach dem Austritt bekommt ihr eine Urkunde.') },
    { name: '"Ihr könnt jederzeit fragen, welche Daten wir von euch haben" is access', id: 'right-access', expected: 'present', text: doc('Ihr könnt jederzeit fragen, welche Daten wir von euch haben.') },
    { name: '"Ihr könnt jederzeit fragen, welche Stücke wir proben" is not', id: 'right-access', expected: 'missing', text: doc('Ihr könnt jederzeit fragen, welche Stücke wir proben.') },
    { name: '"Ihr könnt falsche Daten ausbessern lassen" is rectification', id: 'right-rectification', expected: 'present', text: doc('Ihr könnt falsche Daten ausbessern lassen.') },
    { name: '"Ihr könnt Noten ausbessern" at a rehearsal is not', id: 'right-rectification', expected: 'missing', text: doc('Bei der Probe hört der Kapellmeister genau hin. Ihr könnt Noten ausbessern.') },
    // Own words for the same ideas, common in German notices of every kind, probed after the two batches.
    { name: '"eine Bestätigung darüber zu verlangen, ob wir Daten über Sie verarbeiten" is access', id: 'right-access', expected: 'present', text: doc('Sie haben das Recht, eine Bestätigung darüber zu verlangen, ob wir Daten über Sie verarbeiten.') },
    { name: '"eine Bestätigung, ob Ihre Bestellung angekommen ist" is not', id: 'right-access', expected: 'missing', text: doc('Sie erhalten eine Bestätigung, ob Ihre Bestellung angekommen ist.') },
    { name: '"nachfragen, was wir über Sie gespeichert haben" is access', id: 'right-access', expected: 'present', text: doc('Sie können bei uns nachfragen, was wir über Sie gespeichert haben.') },
    { name: '"nachfragen, was wir über Ostern geöffnet haben" is not', id: 'right-access', expected: 'missing', text: doc('Sie können bei uns nachfragen, was wir über Ostern geöffnet haben.') },
    { name: '"Auf Wunsch teilen wir Ihnen mit, welche Daten wir ... gespeichert haben" is access', id: 'right-access', expected: 'present', text: doc('Auf Wunsch teilen wir Ihnen mit, welche Daten wir über Sie gespeichert haben.') },
    { name: '"Auf Wunsch senden wir Ihnen eine Kopie Ihrer Rechnung" is not', id: 'right-access', expected: 'missing', text: doc('Auf Wunsch senden wir Ihnen eine Kopie Ihrer Rechnung.') },
    { name: '"Auf Wunsch löschen wir Ihre Daten" is erasure', id: 'right-erasure', expected: 'present', text: doc('Auf Wunsch löschen wir Ihre Daten.') },
    { name: '"Auf Wunsch liefern wir ... Alte Fotos löschen wir" is not', id: 'right-erasure', expected: 'missing', text: doc('Auf Wunsch liefern wir Ihre Bestellung. Alte Fotos löschen wir.') },
    { name: '"Sind Ihre Daten nicht mehr aktuell, können Sie sie ... ändern" is rectification', id: 'right-rectification', expected: 'present', text: doc('Sind Ihre Daten nicht mehr aktuell, können Sie sie im Kundenkonto ändern.') },
    { name: '"Ist Ihre App nicht mehr aktuell, können Sie ein Update laden" is not', id: 'right-rectification', expected: 'missing', text: doc('Ist Ihre App nicht mehr aktuell, können Sie ein Update laden.') },
    { name: '"Die Daten erhält unser Steuerbüro" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir nutzen Ihre Adresse für die Rechnung. Die Daten erhält unser Steuerbüro.') },
    { name: '"Die Daten erhalten wir von Ihnen" does not', id: 'recipients', expected: 'missing', text: doc('Wir nutzen Ihre Adresse für die Rechnung. Die Daten erhalten wir von Ihnen.') },
    { name: '"weil Sie eingewilligt haben" states consent', id: 'legal-basis', expected: 'present', text: doc('Wir verarbeiten diese Daten, weil Sie eingewilligt haben.') },
    { name: '"weil Sie bestellt haben" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir verarbeiten diese Daten, weil Sie bestellt haben.') },
    { name: '"nur mit Ihrer vorherigen Zustimmung" states consent', id: 'legal-basis', expected: 'present', text: doc('Die Fotos veröffentlichen wir nur mit Ihrer vorherigen Zustimmung.') },
    { name: '"nur mit Zustimmung der Redaktion" does not', id: 'legal-basis', expected: 'missing', text: doc('Die Fotos veröffentlichen wir nur mit Zustimmung der Redaktion.') },
    { name: '"wenn Sie uns Ihr Einverständnis gegeben haben" states consent', id: 'legal-basis', expected: 'present', text: doc('Die Fotos veröffentlichen wir nur, wenn Sie uns Ihr Einverständnis gegeben haben.') },
    { name: '"Ihr Einverständnis mit den AGB ist uns wichtig" does not', id: 'legal-basis', expected: 'missing', text: doc('Ihr Einverständnis mit den AGB ist uns wichtig.') },
    { name: '"Grundlage ist der mit Ihnen geschlossene Vertrag" states the contract', id: 'legal-basis', expected: 'present', text: doc('Grundlage ist der mit Ihnen geschlossene Vertrag.') },
    { name: '"Grundlage ist das Vertrauen unserer Kunden" does not', id: 'legal-basis', expected: 'missing', text: doc('Grundlage ist das Vertrauen unserer Kunden.') },
    { name: '"Ihre Zustimmung können Sie jederzeit zurückziehen" is the withdrawal', id: 'right-withdraw-consent', expected: 'present', text: doc('Die Fotos veröffentlichen wir nur mit Ihrer Einwilligung. Ihre Zustimmung können Sie jederzeit zurückziehen.') },
    { name: '"Ihre Bestellung können Sie jederzeit zurückziehen" is not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Die Fotos veröffentlichen wir nur mit Ihrer Einwilligung. Ihre Bestellung können Sie jederzeit zurückziehen.') },
    { name: '"Sie müssen uns diese Daten nicht geben, ohne sie können wir Sie aber nicht beliefern" answers the item', id: 'statutory-requirement', expected: 'present', text: doc('Sie müssen uns diese Daten nicht geben, ohne sie können wir Sie aber nicht beliefern.') },
    { name: '"Sie müssen uns nicht anrufen" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Sie müssen uns nicht anrufen.') },
    { name: '"keine Entscheidungen, die allein auf einer automatischen Verarbeitung beruhen" answers the item', id: 'automated-decisions', expected: 'present', text: doc('Wir treffen keine Entscheidungen, die allein auf einer automatischen Verarbeitung beruhen.') },
    { name: '"Entscheidungen, die allein auf Ihrer Bestellung beruhen" does not', id: 'automated-decisions', expected: 'missing', text: doc('Wir treffen Entscheidungen, die allein auf Ihrer Bestellung beruhen. Die Rechnung wird automatisch erstellt.') },
    { name: '"Ihre Daten verlassen nie die EU" says where the data stays', id: 'transfers-statement', expected: 'present', text: doc('Ihre Daten verlassen nie die EU.') },
    { name: '"Ihre Pakete verlassen nie unser Lager" does not', id: 'transfers-statement', expected: 'missing', text: doc('Ihre Pakete verlassen nie unser Lager.') },
    // From a fitness app's notice written after all of the above ("du", health data on explicit consent).
    { name: 'Under "Wofür?", "Wir berechnen daraus deine Trainingspläne" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Wofür?', '', 'Wir berechnen daraus deine Trainingspläne und deinen Fortschritt.') },
    { name: '"Die Kosten berechnen wir nach Aufwand" does not', id: 'purposes', expected: 'missing', text: doc('', '## Allgemeines', '', 'Die Kosten berechnen wir nach Aufwand.') },
    { name: '"Unsere Server laufen bei einem Cloud-Anbieter in Frankfurt" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern deine E-Mail-Adresse. Unsere Server laufen bei einem Cloud-Anbieter in Frankfurt.') },
    { name: '"Wir sind ein Anbieter von Laufplänen" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern deine E-Mail-Adresse. Wir sind ein Anbieter von Laufplänen.') },
    { name: '"Absturzberichte gehen an einen Dienst aus den USA" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern deine E-Mail-Adresse. Absturzberichte gehen an einen Dienst aus den USA.') },
    { name: '"Die Läufe gehen an den Start" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern deine E-Mail-Adresse. Die Läufe gehen an den Start.') },
    { name: '"Wenn du Strava verbindest, schicken wir deine Läufe dorthin" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern deine E-Mail-Adresse. Wenn du Strava verbindest, schicken wir deine Läufe dorthin.') },
    { name: '"Wenn du in Kiel bist, laufen wir dorthin" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern deine E-Mail-Adresse. Wenn du in Kiel bist, laufen wir dorthin.') },
    { name: '"alle deine Daten als CSV-Datei exportieren" is access', id: 'right-access', expected: 'present', text: doc('Du kannst in der App alle deine Daten als CSV-Datei exportieren.') },
    { name: '"deine Trainingspläne als Bild teilen" is not', id: 'right-access', expected: 'missing', text: doc('Du kannst in der App deine Trainingspläne als Bild teilen.') },
    { name: '"alle deine Daten als CSV-Datei exportieren" is portability', id: 'right-portability', expected: 'present', text: doc('Du kannst in der App alle deine Daten als CSV-Datei exportieren.') },
    { name: '"deine Daten ansehen" is not', id: 'right-portability', expected: 'missing', text: doc('Du kannst in der App deine Daten ansehen.') },
    { name: '"deine Daten als GPX- und CSV-Datei exportieren, sie ändern" is rectification', id: 'right-rectification', expected: 'present', text: doc('Du kannst in der App alle deine Daten als GPX- und CSV-Datei exportieren, sie ändern oder den Account löschen.') },
    { name: '"Die Daten der Uhr werden übertragen. Du kannst die Farbe der App ändern" is not', id: 'right-rectification', expected: 'missing', text: doc('Die Daten der Uhr werden übertragen. Du kannst die Farbe der App ändern.') },
    { name: '"bei der Datenschutzaufsicht in Schleswig-Holstein beschweren" is the complaint', id: 'right-complaint', expected: 'present', text: doc('Du kannst dich auch bei der Datenschutzaufsicht in Schleswig-Holstein beschweren.') },
    { name: '"Die Datenschutzaufsicht ... hat ihren Sitz in Kiel" is not', id: 'right-complaint', expected: 'missing', text: doc('Die Datenschutzaufsicht in Schleswig-Holstein hat ihren Sitz in Kiel.') },
    { name: '"Unser Coach-Algorithmus passt die Pläne automatisch an" answers the item', id: 'automated-decisions', expected: 'present', text: doc('Unser Coach-Algorithmus passt die Pläne automatisch an deine Leistung an.') },
    { name: '"Unser Coach-Algorithmus wurde von Trainern entwickelt. Die App startet automatisch" does not', id: 'automated-decisions', expected: 'missing', text: doc('Unser Coach-Algorithmus wurde von Trainern entwickelt. Die App startet automatisch.') },
  ];
  runCases('de', cases);
});
