/**
 * German wordings met in session 21's invented notices (a taxi firm's 2018 notice patched for the
 * DSGVO, a speech therapy practice, a campsite whose cookie text grew into a notice), each beside its
 * near miss: consent inferred from going on browsing said with the verb after the place ("Wenn Sie
 * weiter auf unserer Seite surfen, erklären Sie sich ... einverstanden", "Bei weiterer Nutzung ...
 * stimmen Sie ... zu"), a vague period said as "nach einiger Zeit" before the verb, a consequence of
 * not providing data in "Ohne Abholadresse können wir ... keinen" and "Wenn Sie uns die nicht geben
 * ...", and a legal obligation in "weil wir ... dazu verpflichtet sind"; then, from a phone repair
 * shop and a psychotherapist written after those fixes, a law's reason with words before its verb
 * ("weil das Gesetz das beim Ankauf so vorsieht"), consent as a release from confidentiality and its
 * withdrawal ("von der Schweigepflicht entbunden", "Die Entbindung können Sie ... zurücknehmen") and
 * "Ohne Gesundheitskarte kann ich ... nur privat abrechnen"; then, from a choir's notice on a choral
 * federation's template and a drinks delivery written after those, a restriction asked in everyday words
 * ("dass wir eure Daten erstmal nicht mehr nutzen"), a person who always decides ("entscheidet aber immer
 * jemand von uns"), data given "freiwillig" in a relative clause, "Ohne Lieferadresse geht es nicht" and
 * consent of the person shown in the third person ("wenn die abgebildete Person einverstanden ist").
 * The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

describe('Session 21 German wordings', () => {
  const cases: Case[] = [
    // consent inferred from browsing on, the verb after the place
    { name: '"Wenn Sie weiter auf dieser Website surfen, erklären Sie sich ... einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Wenn Sie weiter auf dieser Website surfen, erklären Sie sich mit Cookies einverstanden.') },
    { name: '"Wenn du weiterhin auf der Seite navigierst, bist du damit einverstanden" is', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Wenn du weiterhin auf der Seite navigierst, bist du damit einverstanden.') },
    { name: '"Wenn Sie auf unserer Seite bleiben, stimmen Sie ... zu" is', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Wenn Sie auf unserer Seite bleiben, stimmen Sie der Nutzung von Cookies zu.') },
    { name: '"Bei weiterer Nutzung dieser Website stimmen Sie ... zu" is', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Bei weiterer Nutzung dieser Website stimmen Sie dem Einsatz von Cookies zu.') },
    { name: '"Durch das Weitersurfen ... stimmen Sie ... zu" is', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Durch das Weitersurfen auf unseren Seiten stimmen Sie dem Einsatz von Cookies zu.') },
    { name: '"Wer weiter auf der Seite bleibt, ist ... einverstanden" is', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Wer weiter auf der Seite bleibt, ist mit den Cookies einverstanden.') },
    { name: '"Wenn Sie weiter auf unserer Seite surfen, können Sie Cookies ... abschalten" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Cookies', '', DE, 'Wir nutzen Cookies für die Statistik. Wenn Sie weiter auf unserer Seite surfen, können Sie die Cookies im Browser abschalten.') },
    { name: '"Bei der Nutzung unserer Website erheben wir ..." is not', id: 'implied-consent', expected: 'none', text: joinLines('## Cookies', '', DE, 'Bei der Nutzung unserer Website erheben wir Ihre IP-Adresse. Statistik-Cookies setzen wir nur, wenn Sie im Banner zustimmen.') },
    // a vague period said before the verb: "nach einiger Zeit gelöscht"
    { name: '"werden nach einiger Zeit gelöscht" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Server', '', DE, 'Unser Hoster speichert Ihre IP-Adresse in Logdateien, um Angriffe zu erkennen. Die Logdateien werden nach einiger Zeit gelöscht.') },
    { name: '"werden nach einer gewissen Zeit automatisch überschrieben" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Kamera', '', DE, 'Der Eingang wird per Kamera überwacht, um Einbrüche aufzuklären. Die Aufnahmen werden nach einer gewissen Zeit automatisch überschrieben.') },
    { name: '"löschen wir nach einer Weile" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Anfragen', '', DE, 'Ihre Anfrage per E-Mail beantworten wir. Die Nachrichten löschen wir nach einer Weile.') },
    { name: '"werden nach 14 Tagen gelöscht" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Server', '', DE, 'Unser Hoster speichert Ihre IP-Adresse in Logdateien, um Angriffe zu erkennen. Die Logdateien werden nach 14 Tagen gelöscht.') },
    { name: '"Nach kurzer Zeit bekommen Sie eine Antwort" beside a period is not', id: 'vague-retention', expected: 'none', text: joinLines('## Anfragen', '', DE, 'Nach kurzer Zeit bekommen Sie eine Antwort von uns per E-Mail. Anfragen werden nach drei Monaten gelöscht.') },
    // the consequence of not giving data: "Ohne Abholadresse ... keinen", "Wenn Sie uns die nicht geben"
    { name: '"Ohne Lieferadresse können wir Ihnen leider keine Ware schicken" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bestellung', '', DE, 'Für Ihre Bestellung nehmen wir Name und Lieferadresse auf. Ohne Lieferadresse können wir Ihnen leider keine Ware schicken.') },
    { name: '"Ohne Adresse können wir leider nichts liefern" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bestellung', '', DE, 'Für Ihre Bestellung nehmen wir Name und Adresse auf. Ohne Adresse können wir leider nichts liefern.') },
    { name: '"Wenn Sie uns die nicht geben möchten, müssen Sie ... selbst bezahlen" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Abrechnung', '', DE, 'Für die Abrechnung brauchen wir Ihre Versichertennummer. Wenn Sie uns die nicht geben möchten, müssen Sie die Behandlung selbst bezahlen.') },
    { name: '"Ohne Adresse gibt es keinen Rabatt" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Bestellung', '', DE, 'Für Ihre Bestellung nehmen wir Name und Adresse auf. Ohne Adresse gibt es keinen Rabatt für Stammkunden.') },
    { name: '"Wenn Sie uns nicht Bescheid geben, ..." does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Bestellung', '', DE, 'Für Ihre Bestellung nehmen wir Name und Adresse auf. Wenn Sie uns nicht Bescheid geben, bleibt alles wie es ist.') },
    // a legal obligation: "weil wir ... dazu verpflichtet sind"
    { name: '"weil wir als Taxiunternehmen dazu verpflichtet sind" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Fahrten', '', DE, 'Jede Fahrt halten wir mit Datum, Strecke und Preis fest, weil wir als Taxiunternehmen dazu verpflichtet sind.') },
    { name: '"Dazu sind wir als Apotheke verpflichtet" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Rezepte', '', DE, 'Die Rezepte bewahren wir drei Jahre auf. Dazu sind wir als Apotheke verpflichtet.') },
    { name: '"Dazu sind wir nicht verpflichtet" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Rezepte', '', DE, 'Die Rezepte bewahren wir drei Jahre auf. Dazu sind wir nicht verpflichtet, es hilft aber bei Rückfragen.') },
    { name: '"weil Sie dazu verpflichtet sind" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Fahrten', '', DE, 'Jede Fahrt halten wir mit Datum, Strecke und Preis fest, weil Sie dazu verpflichtet sind, die Quittung aufzuheben.') },
    // second batch (a phone repair shop, a psychotherapist): a law's reason with words before the verb, "vorsieht"
    { name: '"weil das Gesetz das beim Ankauf so vorsieht" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Ankauf', '', DE, 'Beim Ankauf gebrauchter Geräte notieren wir Ihre Ausweisnummer, weil das Gesetz das beim Ankauf so vorsieht.') },
    { name: '"wie es das Gesetz für Händler verlangt" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Ankauf', '', DE, 'Beim Ankauf gebrauchter Geräte notieren wir Ihre Ausweisnummer, wie es das Gesetz für Händler verlangt.') },
    { name: '"weil das Gesetz ... gilt" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Ankauf', '', DE, 'Beim Ankauf gebrauchter Geräte notieren wir Ihre Ausweisnummer, weil das Gesetz auch für kleine Läden gilt.') },
    // consent as a release from confidentiality, and its withdrawal
    { name: '"wenn Sie mich von der Schweigepflicht entbunden haben" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Weitergabe', '', DE, 'Ihrem Hausarzt schreibe ich nur, wenn Sie mich vorher von der Schweigepflicht entbunden haben.') },
    { name: '"Die Entbindung können Sie jederzeit zurücknehmen" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Weitergabe', '', DE, 'Ihrem Hausarzt schreibe ich nur mit Ihrer Einwilligung. Die Entbindung von der Schweigepflicht können Sie jederzeit zurücknehmen.') },
    { name: '"Die Bestellung können Sie jederzeit zurücknehmen" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Weitergabe', '', DE, 'Ihrem Hausarzt schreibe ich nur mit Ihrer Einwilligung. Die Bestellung von Büchern können Sie jederzeit zurücknehmen.') },
    // a card one cannot do without: "Ohne Gesundheitskarte kann ich ... nur privat abrechnen"
    { name: '"Ohne Gesundheitskarte kann ich die Behandlung nur privat abrechnen" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Abrechnung', '', DE, 'Für die Abrechnung brauche ich Ihre Versichertendaten. Ohne Gesundheitskarte kann ich die Behandlung nur privat abrechnen.') },
    { name: '"Ohne Kundenkarte können Sie leider keine Punkte sammeln" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Kundenkarte', '', DE, 'Für die Kundenkarte speichern wir Name und Einkäufe. Ohne Kundenkarte können Sie leider keine Punkte sammeln.') },
    { name: '"Ohne Termin kann ich Sie nur in Notfällen behandeln" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Abrechnung', '', DE, 'Für die Abrechnung brauche ich Ihre Versichertendaten. Ohne Termin kann ich Sie leider nur in Notfällen behandeln.') },
    // third batch (a choir on a federation's template, a drinks delivery): restriction "erstmal nicht mehr nutzen", a person who decides, "ihr uns freiwillig", "Ohne ... geht es nicht"
    { name: '"dass wir eure Daten erstmal nicht mehr nutzen, solange etwas geklärt wird" is restriction', id: 'right-restriction', expected: 'present', text: joinLines('## Eure Rechte', '', DE, 'Ihr könnt fragen, was wir gespeichert haben. Ihr könnt auch verlangen, dass wir eure Daten erstmal nicht mehr nutzen, solange etwas geklärt wird.') },
    { name: '"dass wir Ihre Daten zunächst nicht weiter verarbeiten" is', id: 'right-restriction', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Sie können Auskunft verlangen. Bei Streit über die Richtigkeit können Sie verlangen, dass wir Ihre Daten zunächst nicht weiter verarbeiten.') },
    { name: '"Zunächst nicht benötigte Daten löschen wir" is not', id: 'right-restriction', expected: 'missing', text: joinLines('## Ihre Rechte', '', DE, 'Sie können Auskunft verlangen. Zunächst nicht benötigte Daten löschen wir sofort.') },
    { name: '"das entscheidet aber immer jemand von uns, nicht ein Programm" says none is automated', id: 'automated-decisions', expected: 'present', text: joinLines('## Bezahlen', '', DE, 'Bei Rechnungskauf fragen wir eine Auskunftei ab. Ob Sie auf Rechnung kaufen können, entscheidet aber immer jemand von uns, nicht ein Programm.') },
    { name: '"entscheidet jemand aus dem Team" without "immer" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('## Bezahlen', '', DE, 'Bei Rechnungskauf fragen wir eine Auskunftei ab. Über den Kauf auf Rechnung entscheidet jemand aus dem Team.') },
    { name: '"Allergien, die ihr uns freiwillig nennt" says the data is voluntary', id: 'statutory-requirement', expected: 'present', text: joinLines('## Welche Daten', '', DE, 'Name, Anschrift und Telefon für die Mitgliederliste, dazu Allergien, die ihr uns freiwillig nennt, für die Chorfahrt.') },
    { name: '"Ohne Lieferadresse geht es leider nicht" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bestellen', '', DE, 'Für die Lieferung brauchen wir Name und Lieferadresse. Ohne Lieferadresse geht es leider nicht.') },
    { name: '"Ohne Lieferadresse geht es schneller" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Bestellen', '', DE, 'Für die Lieferung brauchen wir Name und Lieferadresse. Ohne Lieferadresse geht es schneller, wenn Sie selbst abholen.') },
    // consent of the person shown, in the third person: "wenn die (abgebildete) Person einverstanden ist"
    { name: '"wenn die abgebildete Person einverstanden ist" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Fotos', '', DE, 'Bei Konzerten wird fotografiert. Einzelfotos stellen wir nur auf die Website, wenn die abgebildete Person einverstanden ist.') },
    { name: '"wenn die Person damit einverstanden ist" is', id: 'legal-basis', expected: 'present', text: joinLines('## Fotos', '', DE, 'Bei Konzerten wird fotografiert. Einzelfotos stellen wir nur auf die Website, wenn die Person damit einverstanden ist.') },
    { name: '"wenn die Person nicht einverstanden ist, nehmen wir es herunter" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Fotos', '', DE, 'Bei Konzerten wird fotografiert. Einzelfotos stellen wir auf die Website; wenn die Person nicht einverstanden ist, nehmen wir es herunter.') },
  ];
  runCases('de', cases);
});
