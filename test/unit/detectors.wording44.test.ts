/**
 * German wordings met in session 17's accuracy round of invented notices (a property manager
 * writing in the first person, a tax adviser's office, a one-person newsletter page, a charity's
 * donor notice), each beside its near miss: "weil sie für den Mietvertrag erforderlich ist",
 * "werden irgendwann entsorgt", "solange es sinnvoll ist", "eine Weile", "Wer das Haus betritt,
 * erklärt sich ... einverstanden", "Wenn du den Newsletter weiter beziehst, bist du ...
 * einverstanden", "Mit deiner Anmeldung willigst du ein", "Verschickt wird der Newsletter über
 * ...", "wenn du wissen willst, was ich über dich gespeichert habe", "Ohne sie können wir Ihnen
 * keine Bestätigung ausstellen". The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

describe('Session 17 German wordings (acc-de7)', () => {
  const cases: Case[] = [
    // a contract as the ground, in the words "für den ...vertrag erforderlich"
    { name: '"weil sie für den Mietvertrag erforderlich ist" names the contract', id: 'legal-basis', expected: 'present', text: joinLines('## Wofür?', '', DE, 'Wir verwenden Ihre Kontaktdaten, um Reparaturen zu organisieren. Die Verarbeitung ist zulässig, weil sie für den Mietvertrag bzw. den Verwaltervertrag erforderlich ist.') },
    { name: '"Das ist für Ihren Behandlungsvertrag notwendig" names it', id: 'legal-basis', expected: 'present', text: joinLines('## Wofür?', '', DE, 'Wir speichern Ihre Befunde, um die Behandlung zu planen. Das ist für Ihren Behandlungsvertrag notwendig.') },
    { name: '"Für den Mietvertrag ist eine Kaution erforderlich" names no ground', id: 'legal-basis', expected: 'missing', text: joinLines('## Wofür?', '', DE, 'Wir verwenden Ihre Kontaktdaten, um Reparaturen zu organisieren. Für den Mietvertrag ist eine Kaution von drei Monatsmieten erforderlich.') },
    // vague periods in own words
    { name: '"Alte Akten werden irgendwann entsorgt" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Wie lange?', '', DE, 'Wir verwenden Ihre Angaben für die Abrechnung. Alte Kundenakten werden irgendwann entsorgt.') },
    { name: '"Alte Akten werden nach zehn Jahren entsorgt" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Wie lange?', '', DE, 'Wir verwenden Ihre Angaben für die Abrechnung. Alte Kundenakten werden nach zehn Jahren entsorgt.') },
    { name: '"Alte Akten werden nach zehn Jahren entsorgt" gives a period', id: 'retention', expected: 'present', text: joinLines('## Wie lange?', '', DE, 'Wir verwenden Ihre Angaben für die Abrechnung. Alte Kundenakten werden nach zehn Jahren entsorgt.') },
    { name: '"E-Mails heben wir auf, solange es sinnvoll ist" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Speicherung', '', DE, 'Wir verwenden Ihre Angaben für die Abrechnung. E-Mails und sonstige Korrespondenz heben wir auf, solange es sinnvoll ist.') },
    { name: '"Wir finden es sinnvoll, die Akten nach fünf Jahren zu löschen" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Speicherung', '', DE, 'Wir verwenden Ihre Angaben für die Abrechnung. Wir finden es sinnvoll, die Akten nach fünf Jahren zu löschen.') },
    { name: '"Die Statistik bewahrt der Anbieter eine Weile auf" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Statistik', '', DE, 'Wir sehen, welche Links in unserem Newsletter angeklickt werden. Die Statistik bewahrt der Anbieter eine Weile auf.') },
    { name: '"Die Anmeldung dauert eine Weile" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Anmeldung', '', DE, 'Wir speichern Ihre E-Mail-Adresse bis zur Abmeldung. Die Bestätigung der Anmeldung kann eine Weile dauern.') },
    // consent inferred from entering or from going on receiving
    { name: '"Wer das Haus betritt, erklärt sich mit der Aufzeichnung einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Kamera', '', DE, 'Im Eingang hängt eine Kamera. Wer das Haus betritt, erklärt sich mit der Aufzeichnung einverstanden.') },
    { name: '"Wer die Veranstaltung besucht, ist mit Fotos einverstanden" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Fotos', '', DE, 'Beim Sommerfest wird fotografiert. Wer die Veranstaltung besucht, ist mit der Veröffentlichung von Fotos einverstanden.') },
    { name: '"Wer mit Fotos einverstanden ist, kreuzt das Feld an" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Fotos', '', DE, 'Beim Sommerfest wird fotografiert. Wer mit der Veröffentlichung einverstanden ist, kreuzt das Feld auf dem Anmeldebogen an.') },
    { name: '"Wenn du den Newsletter weiter beziehst, bist du ... einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Auswertung', '', DE, 'Wir sehen, ob du die Mail geöffnet hast. Wenn du den Newsletter weiter beziehst, bist du mit dieser Auswertung einverstanden.') },
    { name: '"Wenn Sie die App weiterhin verwenden, sind Sie ... einverstanden" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Auswertung', '', DE, 'Die App misst, welche Funktionen genutzt werden. Wenn Sie die App weiterhin verwenden, sind Sie mit dieser Messung einverstanden.') },
    { name: '"Wenn du weiter lesen möchtest, bist du hier richtig" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Auswertung', '', DE, 'Wir sehen, ob du die Mail geöffnet hast, nur wenn du zugestimmt hast. Wenn du mehr über uns weiterlesen willst, bist du im Blog richtig.') },
    // consent given by signing up
    { name: '"Mit deiner Anmeldung willigst du ein, dass ..." is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Newsletter', '', DE, 'Einmal im Monat schicken wir dir Gartentipps. Mit deiner Anmeldung willigst du ein, dass wir dir den Newsletter schicken.') },
    { name: '"Mit Ihrer Registrierung willigen Sie ein, dass ..." is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Kundenkonto', '', DE, 'Im Kundenkonto sehen Sie Ihre Bestellungen. Mit Ihrer Registrierung willigen Sie ein, dass wir Ihre Bestellhistorie speichern.') },
    { name: '"Die Anmeldung ist einfach" names no ground', id: 'legal-basis', expected: 'missing', text: joinLines('## Newsletter', '', DE, 'Einmal im Monat schicken wir dir Gartentipps. Die Anmeldung ist einfach: Adresse eintragen und bestätigen.') },
    // a mailing service named by the way it sends
    { name: '"Verschickt wird der Newsletter über Mailchimp" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Versand', '', DE, 'Wir speichern deine E-Mail-Adresse, um dir den Newsletter zu schicken. Verschickt wird der Newsletter über Mailchimp.') },
    { name: '"Die Rechnungen werden über einen Druckdienst versendet" names one', id: 'recipients', expected: 'present', text: joinLines('## Versand', '', DE, 'Wir verwenden Ihre Anschrift für die Rechnung. Die Rechnungen werden über einen Druckdienst versendet.') },
    { name: '"Verschickt wird der Newsletter einmal im Monat" names none', id: 'recipients', expected: 'missing', text: joinLines('## Versand', '', DE, 'Wir speichern deine E-Mail-Adresse, um dir den Newsletter zu schicken. Verschickt wird der Newsletter einmal im Monat.') },
    // access and erasure asked for in the reader's words
    { name: '"Schreib mir, wenn du wissen willst, was ich über dich gespeichert habe" is access', id: 'right-access', expected: 'present', text: joinLines('## Fragen', '', DE, 'Ich speichere deine E-Mail-Adresse für den Newsletter. Schreib mir, wenn du wissen willst, was ich über dich gespeichert habe.') },
    { name: '"Sagen Sie uns, wenn Sie wissen möchten, welche Daten wir von Ihnen haben" is access', id: 'right-access', expected: 'present', text: joinLines('## Fragen', '', DE, 'Wir speichern Ihre Anschrift für die Rechnung. Sagen Sie uns Bescheid, wenn Sie wissen möchten, welche Daten wir von Ihnen haben.') },
    { name: '"wenn du wissen willst, wann der nächste Newsletter kommt" is not', id: 'right-access', expected: 'missing', text: joinLines('## Fragen', '', DE, 'Ich speichere deine E-Mail-Adresse für den Newsletter. Schreib mir, wenn du wissen willst, wann die nächste Ausgabe kommt.') },
    { name: '"Schreib mir, wenn ich deine Daten löschen soll" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Fragen', '', DE, 'Ich speichere deine E-Mail-Adresse für den Newsletter. Schreib mir, wenn ich deine Daten löschen soll.') },
    { name: '"Schreib mir, wenn ich den Termin verschieben soll" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Fragen', '', DE, 'Ich speichere deine E-Mail-Adresse für den Newsletter. Schreib mir, wenn ich deinen Termin verschieben soll.') },
    // a consequence with "kein" after "Ohne sie"
    { name: '"Ohne sie können wir Ihnen keine Bestätigung ausstellen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Müssen Sie uns Daten geben?', '', DE, 'Für eine Spendenquittung benötigen wir Ihren Namen und Ihre Anschrift. Ohne sie können wir Ihnen keine Bestätigung ausstellen.') },
    { name: '"Ohne sie können wir Ihnen keine Zeitung liefern" gives it too', id: 'statutory-requirement', expected: 'present', text: joinLines('## Müssen Sie uns Daten geben?', '', DE, 'Für das Abonnement benötigen wir Ihre Anschrift. Ohne sie können wir Ihnen keine Zeitung liefern.') },
    { name: '"Ohne sie gäbe es keine Kinderhilfe" gives none', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Unsere Spender', '', DE, 'Wir verwenden Ihre Anschrift für den Dankesbrief. Ohne Sie gäbe es keine Projekte für Kinder.') },
    // unsubscribing "jederzeit" after the verb
    { name: '"Abmelden kannst du dich jederzeit über den Link" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Newsletter', '', DE, 'Wir schicken dir den Newsletter nur mit deiner Einwilligung. Abmelden kannst du dich jederzeit über den Link unten in jeder Mail.') },
    { name: '"Anmelden kannst du dich jederzeit auf der Website" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Newsletter', '', DE, 'Wir schicken dir den Newsletter nur mit deiner Einwilligung. Anmelden kannst du dich jederzeit auf unserer Website.') },
    // batch B: an applicant's documents as data
    { name: '"Lebenslauf, Zeugnisse, Ihre Kontaktdaten" are data categories', id: 'data-categories', expected: 'present', text: joinLines('## Was wir bekommen', '', DE, 'Für Ihre Bewerbung bekommen wir Ihren Lebenslauf, Ihre Zeugnisse und Ihre Kontaktdaten.') },
    { name: '"Ihre Kontaktdaten" alone are not enough', id: 'data-categories', expected: 'missing', text: joinLines('## Was wir bekommen', '', DE, 'Für Ihre Bewerbung bekommen wir Ihre Kontaktdaten und was Sie uns sonst noch schicken.') },
    // a recipient in colloquial words
    { name: '"dann landet Ihre Nachricht bei WhatsApp" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Bewerbung per Messenger', '', DE, 'Wir nutzen Ihre Unterlagen nur für die Auswahl. Wenn Sie sich per Messenger bewerben, landet Ihre Nachricht auch bei WhatsApp.') },
    { name: '"Ihre Bewerbung landet direkt bei uns" names none', id: 'recipients', expected: 'missing', text: joinLines('## Bewerbung per E-Mail', '', DE, 'Wir nutzen Ihre Unterlagen nur für die Auswahl. Ihre Bewerbung landet direkt bei uns im Büro.') },
    // a public body's statutory tasks as its ground
    { name: '"im Rahmen unserer gesetzlichen Aufgaben" is the public task', id: 'legal-basis', expected: 'present', text: joinLines('## Online-Anträge', '', DE, 'Wir verwenden Ihre Angaben, um Ihren Antrag zu bearbeiten. Wir verarbeiten die Daten im Rahmen unserer gesetzlichen Aufgaben.') },
    { name: '"Zu unseren Aufgaben gehört die Müllabfuhr" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Online-Anträge', '', DE, 'Wir verwenden Ihre Angaben, um Ihren Antrag zu bearbeiten. Zu unseren Aufgaben gehört auch die Müllabfuhr.') },
    // "Sperrmüll" is no restriction
    { name: '"einen Antrag stellen (z. B. Sperrmüll)" is no right to restriction', id: 'right-restriction', expected: 'missing', text: joinLines('## Online-Anträge', '', DE, 'Wenn Sie einen Antrag online stellen (z. B. Hundesteuer, Sperrmüll), verwenden wir Ihre Angaben, um ihn zu bearbeiten. Sie haben das Recht auf Auskunft und Berichtigung.') },
    { name: '"die Daten sperren lassen" is the right to restriction', id: 'right-restriction', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Sie haben das Recht auf Auskunft und Berichtigung. Sie können Ihre Daten auch sperren lassen.') },
    // a withdrawal eight words after the consent
    { name: '"Sie können Ihre Einwilligung jederzeit in der App oder über den Abmeldelink widerrufen" is withdrawal', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Push-Mitteilungen', '', DE, 'Störungsmeldungen schicken wir nur, wenn Sie eingewilligt haben. Sie können Ihre Einwilligung jederzeit in der App oder über den Abmeldelink widerrufen.') },
    // batch C: a registration through a service, "bis zum nächsten ...", agreement accepted by registering
    { name: '"Die Anmeldung läuft über unseren Zeitnehmer" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Anmeldung', '', DE, 'Zur Anmeldung brauchen wir euren Namen und euer Geburtsjahr. Die Anmeldung läuft über unseren Zeitnehmer, eine Firma aus Kassel.') },
    { name: '"Die Anmeldung läuft bis Ende Mai" names none', id: 'recipients', expected: 'missing', text: joinLines('## Anmeldung', '', DE, 'Zur Anmeldung brauchen wir euren Namen und euer Geburtsjahr. Die Anmeldung läuft bis Ende Mai.') },
    { name: '"Die Anmeldedaten heben wir bis zum nächsten Lauf auf" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Aufbewahrung', '', DE, 'Zur Anmeldung brauchen wir euren Namen und euer Geburtsjahr. Die Anmeldedaten heben wir bis zum nächsten Lauf auf.') },
    { name: '"Die Anmeldedaten heben wir gut auf" gives none', id: 'retention', expected: 'missing', text: joinLines('## Aufbewahrung', '', DE, 'Zur Anmeldung brauchen wir euren Namen und euer Geburtsjahr. Die Anmeldedaten heben wir gut verschlossen auf.') },
    { name: '"Mit der Anmeldung akzeptiert ihr die Veröffentlichung" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Ergebnisse', '', DE, 'Die Ergebnislisten mit Name, Jahrgang und Zeit stehen auf unserer Homepage. Mit der Anmeldung akzeptiert ihr die Veröffentlichung.') },
    { name: '"Mit der Anmeldung bekommt ihr eine Startnummer" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Ergebnisse', '', DE, 'Die Ergebnislisten mit Name, Jahrgang und Zeit stehen auf unserer Homepage, wenn ihr zugestimmt habt. Mit der Anmeldung bekommt ihr eine Startnummer.') },
    // access to what a file holds, a consequence without a proof
    { name: '"Sie können jederzeit fragen, was auf Ihrer Karteikarte steht" is access', id: 'right-access', expected: 'present', text: joinLines('## Ihre Rechte', '', DE, 'Wir notieren Ihren Namen und Ihre Adresse. Sie können jederzeit fragen, was auf Ihrer Karteikarte steht.') },
    { name: '"Sie können jederzeit fragen, wann die Ausgabe ist" is not', id: 'right-access', expected: 'missing', text: joinLines('## Ihre Rechte', '', DE, 'Wir notieren Ihren Namen und Ihre Adresse. Sie können jederzeit fragen, wann die nächste Ausgabe ist.') },
    { name: '"Ohne Nachweis können wir Ihnen keinen Ausweis geben" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Warum', '', DE, 'Wir notieren, welchen Nachweis Sie vorgelegt haben. Ohne Nachweis können wir Ihnen leider keinen Ausweis geben.') },
    { name: '"Ohne Nachweis der Spende ..." with nothing withheld is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Warum', '', DE, 'Wir notieren, welchen Nachweis Sie vorgelegt haben. Ohne Nachweis geht es bei uns schneller, wenn Sie schon einen Ausweis haben.') },
    // batch D: access as "einsehen"
    { name: '"Ihr könnt eure Personalakte jederzeit einsehen" is access', id: 'right-access', expected: 'present', text: joinLines('## Eure Rechte', '', DE, 'Wir speichern eure Arbeitszeiten für die Abrechnung. Ihr könnt eure Personalakte jederzeit einsehen.') },
    { name: '"Der Dienstplan ist im Pausenraum einsehbar" is not', id: 'right-access', expected: 'missing', text: joinLines('## Dienstplan', '', DE, 'Wir speichern eure Arbeitszeiten für die Abrechnung. Der Dienstplan ist im Pausenraum einsehbar.') },
    // batch F: the end of a selection as the criterion
    { name: '"werfen wir Ihre Unterlagen weg, sobald die Wohnung vermietet ist" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Was danach passiert', '', DE, 'Die Selbstauskunft brauchen wir, um zu entscheiden, an wen wir vermieten. Bekommen Sie die Wohnung nicht, werfen wir Ihre Unterlagen weg, sobald die Wohnung vermietet ist.') },
    { name: '"Wir löschen Ihre Bewerbung, sobald die Stelle besetzt ist" gives one', id: 'retention', expected: 'present', text: joinLines('## Speicherung', '', DE, 'Wir nutzen Ihre Unterlagen nur für die Auswahl. Wir löschen Ihre Bewerbung, sobald die Stelle besetzt ist.') },
    { name: '"Sobald die Wohnung vermietet ist, sagen wir allen Bescheid" gives none', id: 'retention', expected: 'missing', text: joinLines('## Was danach passiert', '', DE, 'Die Selbstauskunft brauchen wir, um zu entscheiden, an wen wir vermieten. Sobald die Wohnung vermietet ist, sagen wir allen Interessenten Bescheid.') },
  ];
  runCases('de', cases);
});
