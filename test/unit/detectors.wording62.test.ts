/**
 * German wordings met in session 20's invented notices (a district chimney sweep writing "ich", a
 * photo-booth hire writing "du", a consignment second-hand shop), each beside its near miss: "das
 * schreibt mir das ...gesetz vor", "nachfragen, was im Kehrbuch ... steht", "Wir sagen Ihnen gern,
 * was auf Ihrer Karte steht, und ändern falsche Angaben" (an offer to tell what is kept framing
 * the rights it names), consent "wenn der Gastgeber und die Leute auf dem Bild ja gesagt haben",
 * "schreib mir einfach, welches Bild es ist, dann nehme ich es raus", "Ohne die Adresse ... kann
 * ich leider nicht liefern", "ohne Bankverbindung können wir nur bar ... auszahlen", "hebe ich
 * noch eine Zeit lang auf" and "Wer in die Box geht, ist damit einverstanden"; then (an optician, a
 * volunteer community bus) "Wer wissen möchte, was wir über ihn aufgeschrieben haben" ("Wer" as
 * the reader), "Wollen Sie keine SMS mehr, ...", "rechnen wir direkt mit ihr ab", "Der Dienstplan
 * geht per WhatsApp-Gruppe an alle Fahrer", "Belege ... müssen wir länger aufbewahren", "nach der
 * Fahrt weggeworfen" and "Ohne diese Papiere darf niemand ... fahren". The sentences are written
 * for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const WHO = 'Verantwortlich ist die Kramer GmbH, Am Anger 7, 04109 Leipzig, info@kramer-beispiel.de.';

describe('Session 20 German wordings', () => {
  const cases: Case[] = [
    // a legal obligation in the first person singular: "schreibt mir das ...gesetz vor"
    { name: '"das schreibt mir das Handelsgesetzbuch vor" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Rechnungen mit Ihrer Anschrift muss ich aufheben, das schreibt mir das Handelsgesetzbuch vor.') },
    { name: '"Die Meldung schreibt mir die Trinkwasserverordnung vor" is one', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Meldung der Messwerte an das Gesundheitsamt schreibt mir die Trinkwasserverordnung vor.') },
    { name: '"das schreibt mir kein Gesetz vor" is not', id: 'legal-basis', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Kundenkartei mit Ihrer Anschrift führe ich gern, das schreibt mir kein Gesetz vor.') },
    // access: what stands in a book, a list or on a card about the reader
    { name: '"Sie können nachfragen, was im Mitgliederbuch über Sie steht" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Sie können jederzeit bei uns nachfragen, was im Mitgliederbuch über Sie steht.') },
    { name: '"Du kannst fragen, was in der Teilnehmerliste über dich steht" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Du kannst jederzeit fragen, was in der Teilnehmerliste über dich steht.') },
    { name: '"Was im Kehrbuch steht, bestimmt das Gesetz" is not', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Was im Kehrbuch steht, bestimmt das Gesetz.') },
    // the controller's offer to tell or show frames the sentence as a right: "Wir sagen Ihnen gern, ..."
    { name: '"Wir sagen Ihnen gern, welche Daten wir über Sie gespeichert haben" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Rufen Sie einfach an. Wir sagen Ihnen gern, welche Daten wir über Sie gespeichert haben.') },
    { name: '"Auf Nachfrage zeigen wir Ihnen, was auf Ihrer Karteikarte steht" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf Nachfrage zeigen wir Ihnen, was auf Ihrer Karteikarte steht.') },
    { name: '"Wir sagen Ihnen gern, was wir mit Ihren Daten machen" is not', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir sagen Ihnen gern, was wir mit Ihren Daten machen.') },
    { name: '"Gern zeigen wir Ihnen, was in Ihrer Akte steht, und berichtigen falsche Angaben" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Gern zeigen wir Ihnen, was in Ihrer Akte steht, und berichtigen falsche Angaben.') },
    { name: '"Wir sagen Ihnen gern, was auf der Karte steht, und korrigieren Fehler" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir sagen Ihnen gern, was auf der Karte steht, und korrigieren Fehler.') },
    { name: '"Wir sagen Ihnen Bescheid, wenn der Termin für die Korrektur steht" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir sagen Ihnen Bescheid, wenn der Termin für die Korrektur der Anlage steht.') },
    // consent when someone other than "Sie/du" has said yes
    { name: '"nur, wenn die Eltern vorher ja gesagt haben" is consent', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Fotos vom Sommerfest zeigen wir nur, wenn die Eltern vorher ja gesagt haben.') },
    { name: '"nachdem alle darauf ja gesagt haben" is consent', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ein Bild kommt nur auf die Website, nachdem alle darauf ja gesagt haben.') },
    { name: '"das haben wir ja gesagt" is not', id: 'legal-basis', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf dem Sommerfest machen wir Fotos, das haben wir ja gesagt.') },
    // erasure in the first person singular after a longer request
    { name: '"schreib mir kurz, welches Foto es ist, dann nehme ich es raus" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn du nicht auf der Website sein willst, schreib mir kurz, welches Foto es ist, dann nehme ich es raus.') },
    { name: '"Schreib mir einfach eine Nachricht, dann lösche ich alles" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Schreib mir einfach eine Nachricht, dann lösche ich alles.') },
    { name: '"Schreib mir einfach, dann nehme ich dich in die Liste auf" is not', id: 'right-erasure', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Schreib mir einfach, dann nehme ich dich in die Liste auf.') },
    // what follows without the data: an article after "ohne"; "nur" as the consequence
    { name: '"Ohne die Telefonnummer können wir Sie nicht zurückrufen" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir nutzen Ihre Telefonnummer für Rückfragen. Ohne die Telefonnummer können wir Sie nicht zurückrufen.') },
    { name: '"Ohne Bankverbindung können wir nur bar auszahlen" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die IBAN nutzen wir für die Auszahlung. Ohne Bankverbindung können wir nur bar im Laden auszahlen.') },
    { name: '"Ohne Ausnahme können wir nur Barzahlung annehmen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die IBAN nutzen wir für die Auszahlung. Ohne Ausnahme können wir nur Barzahlung annehmen.') },
    // a vague period in the first person singular
    { name: '"Die Fotos hebe ich noch eine Zeit lang auf" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Fotos nutze ich für die Galerie. Die Originale hebe ich noch eine Zeit lang auf.') },
    { name: '"Eure Anmeldungen bewahre ich eine Weile auf" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Eure Anmeldungen nutze ich für die Kursliste und bewahre ich danach eine Weile auf.') },
    { name: '"Die Originale hebe ich zwei Jahre lang auf" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Fotos nutze ich für die Galerie. Die Originale hebe ich zwei Jahre lang auf.') },
    // consent inferred from coming or taking part
    { name: '"Wer zu unseren Proben kommt, ist damit einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer zu unseren Proben kommt, ist damit einverstanden, dass wir Fotos machen.') },
    { name: '"Wer beim Lauf mitmacht, erklärt sich einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer beim Lauf mitmacht, erklärt sich einverstanden, dass Fotos veröffentlicht werden.') },
    { name: '"Wer beim Lauf mitmacht, kann ankreuzen, ob er einverstanden ist" is not', id: 'implied-consent', expected: 'none', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer beim Lauf mitmacht, kann ankreuzen, ob er mit Fotos einverstanden ist.') },
    // written after those fixes (an optician, a volunteer community bus): "Wer" as the reader
    { name: '"Wer wissen möchte, was wir über ihn gespeichert haben, kann sich melden" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer wissen möchte, was wir über ihn gespeichert haben, kann sich beim Vorstand melden.') },
    { name: '"Wer erfahren will, welche Daten wir gespeichert haben, schreibt uns" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer erfahren will, welche Daten wir gespeichert haben, schreibt uns eine kurze Mail.') },
    { name: '"Wer wissen möchte, wann der Bus fährt, schaut in den Fahrplan" is not', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wer wissen möchte, wann der Bus fährt, schaut in den Fahrplan.') },
    // withdrawal as an inverted condition: "Möchten Sie keine Mails mehr, ..."
    { name: '"Möchten Sie keine Mails mehr, genügt eine kurze Antwort" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Den Newsletter schicken wir nur, wenn Sie das Kästchen angekreuzt haben. Möchten Sie keine Mails mehr, genügt eine kurze Antwort.') },
    { name: '"Willst du keine Erinnerungen mehr, schreib uns kurz" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Erinnerungen per SMS schicken wir nur, wenn du zugestimmt hast. Willst du keine Erinnerungen mehr, schreib uns kurz.') },
    { name: '"Möchten Sie mehr wissen, rufen Sie an" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Den Newsletter schicken wir nur, wenn Sie das Kästchen angekreuzt haben. Möchten Sie mehr wissen, rufen Sie an.') },
    // billing with someone: "rechnen ... mit ... ab"
    { name: '"Wir rechnen die Behandlung direkt mit Ihrer Krankenkasse ab" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir rechnen die Behandlung direkt mit Ihrer Krankenkasse ab.') },
    { name: '"Die Kosten rechne ich direkt mit der Versicherung ab" names one', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Kosten rechne ich direkt mit der Versicherung ab.') },
    { name: '"Wir rechnen mit Ihnen direkt ab" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir rechnen mit Ihnen direkt ab.') },
    // a plan or list that "geht (per ...) an" someone
    { name: '"Der Dienstplan geht per E-Mail an alle Helfer" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Der Dienstplan geht per E-Mail an alle Helfer.') },
    { name: '"Die Teilnehmerliste geht an die Trainerin" names one', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Teilnehmerliste geht an die Trainerin.') },
    { name: '"Der Plan geht auf, wenn alle mitmachen" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Der Plan geht auf, wenn alle mitmachen.') },
    // "longer" with no period, kept by a duty: "müssen wir länger aufbewahren"
    { name: '"Belege müssen wir länger aufbewahren" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihre Karte löschen wir nach drei Jahren. Belege für die Kasse müssen wir länger aufbewahren.') },
    { name: '"Rechnungen muss ich etwas länger aufheben" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihre Karte lösche ich nach drei Jahren. Rechnungen muss ich etwas länger aufheben.') },
    { name: '"Wenn wir Ihre Unterlagen länger aufbewahren, fragen wir Sie" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihre Unterlagen löschen wir nach drei Monaten. Wenn wir Ihre Unterlagen länger aufbewahren möchten, fragen wir Sie vorher.') },
    // an ending event: "nach der Fahrt"; papers without which nobody may drive
    { name: '"Der Zettel wird nach der Fahrt weggeworfen" gives a criterion', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir notieren Ihren Namen und die Haltestelle. Der Zettel wird nach der Fahrt weggeworfen.') },
    { name: '"Nach der Fahrt gibt es Kaffee" does not', id: 'retention', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir notieren Ihren Namen und die Haltestelle. Nach der Fahrt gibt es Kaffee.') },
    { name: '"Ohne diese Papiere darf niemand bei uns fahren" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir brauchen eine Kopie des Führerscheins. Ohne diese Papiere darf niemand bei uns fahren.') },
    { name: '"Diese Papiere bekommen Sie beim Landratsamt" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir brauchen eine Kopie des Führerscheins. Diese Papiere bekommen Sie beim Landratsamt.') },
  ];
  runCases('de', cases);
});
