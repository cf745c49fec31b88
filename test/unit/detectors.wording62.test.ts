/**
 * German wordings met in session 20's invented notices (a district chimney sweep writing "ich", a
 * photo-booth hire writing "du", a consignment second-hand shop), each beside its near miss: "das
 * schreibt mir das ...gesetz vor", "nachfragen, was im Kehrbuch ... steht", "Wir sagen Ihnen gern,
 * was auf Ihrer Karte steht", "und ändern falsche Angaben", consent "wenn der Gastgeber und die
 * Leute auf dem Bild ja gesagt haben", "schreib mir einfach, welches Bild es ist, dann nehme ich
 * es raus", "Ohne die Adresse ... kann ich leider nicht liefern", "ohne Bankverbindung können wir
 * nur bar ... auszahlen", "hebe ich noch eine Zeit lang auf" and "Wer in die Box geht, ist damit
 * einverstanden". The sentences are written for these tests.
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
    // access as the controller's offer: "Wir sagen Ihnen gern, was ... steht / gespeichert ist"
    { name: '"Wir sagen Ihnen gern, welche Daten wir über Sie gespeichert haben" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Rufen Sie einfach an. Wir sagen Ihnen gern, welche Daten wir über Sie gespeichert haben.') },
    { name: '"Auf Nachfrage zeigen wir Ihnen, was auf Ihrer Karteikarte steht" is access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf Nachfrage zeigen wir Ihnen, was auf Ihrer Karteikarte steht.') },
    { name: '"Wir sagen Ihnen gern, was wir mit Ihren Daten machen" is not', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir sagen Ihnen gern, was wir mit Ihren Daten machen.') },
    // rectification as the controller's commitment: "ändern falsche Angaben"
    { name: '"Wir ... und ändern falsche Angaben" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Kommen Sie vorbei, wir schauen nach und ändern falsche Angaben.') },
    { name: '"wir korrigieren unrichtige Daten" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Schreiben Sie uns eine kurze Nachricht, wir korrigieren unrichtige Daten.') },
    { name: '"Falsche Angaben im Antrag führen zur Ablehnung" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Falsche Angaben im Antrag führen zur Ablehnung.') },
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
  ];
  runCases('de', cases);
});
