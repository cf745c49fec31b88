/**
 * Wordings met in German notices written in session 13 of kinds the sets did not have (a tattoo studio
 * writing "du" in plain text, a tutoring school, a festival's FAQ writing "ihr", an online pharmacy with a
 * telemedicine app, a car dealer with a table of purposes, bases and periods, a Swiss watchmaker under the
 * revised DSG and the DSGVO), each beside its near miss: consent as "nur, wenn du vorher Ja gesagt hast" and
 * its withdrawal "Du kannst es dir jederzeit anders überlegen", "Wenn sich deine Nummer ändert, ..., dann
 * ändern wir das", "Ohne ausgefüllten Fragebogen stechen wir nicht", consent presumed in "gehen wir davon
 * aus, dass wir das reposten dürfen" and "Mit dem Betreten des Geländes erklärt ihr euch damit
 * einverstanden", a purpose clause leading the sentence ("Damit der Unterricht klappt, brauchen wir ..."),
 * and dealers named as the source ("Autorisierte Fachhändler ... übermitteln uns"); then, from three notices
 * written after those fixes (an Austrian beekeepers' club, a beauty salon, a trade fair's FAQ), "Die
 * Mitgliedsdaten gehen auch an", "bleiben noch ein paar Jahre in der Kartei", "Ihre Angaben helfen uns, ...
 * zu vermeiden", and an authority named under the question "Wo kann ich mich beschweren?"; then, from two
 * written after those (a Swiss hairdresser, a statutory health insurer), "..., damit das Ergebnis ... gleich wird",
 * "nur, wenn Sie einverstanden sind", "Online-Termine laufen über", "wenn Sie uns länger nicht besucht haben", and
 * "Sozialdaten" (like the Swiss "Personendaten") as the data in general, whose vague period later periods answer.
 * A second block probes own words common in German notices of every kind with invented sentences ("nur mit Ihrer
 * Erlaubnis", "mit deinem Okay", "Der Versand läuft über", "Schreiben Sie uns, dann löschen wir alles", "eine Weile",
 * "Wer sich nicht meldet, ist ... einverstanden", "entscheidet immer ein Mensch", "Alle Daten bleiben in Deutschland").
 * The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, ...lines);

describe('Session 13 German wordings', () => {
  const cases: Case[] = [
    { name: '"Fotos posten wir nur, wenn du vorher Ja gesagt hast" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Fotos von deinem Tattoo posten wir auf Instagram nur, wenn du vorher Ja gesagt hast.') },
    { name: '"wenn du vorher angerufen hast" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos von deinem Tattoo zeigen wir dir im Studio nur, wenn du vorher angerufen hast.') },
    { name: '"wenn Sie Ja sagen" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Ihr Foto kommt in unsere Mappe, wenn Sie dazu Ja sagen.') },
    { name: '"wenn Sie Nein sagen" does not', id: 'legal-basis', expected: 'missing', text: doc('Ihr Foto kommt nicht in unsere Mappe, wenn Sie dazu Nein sagen.') },
    { name: '"Du kannst es dir jederzeit anders überlegen" withdraws a consent', id: 'right-withdraw-consent', expected: 'present', text: doc('Fotos posten wir nur mit deiner Einwilligung. Du kannst es dir jederzeit anders überlegen, dann nehmen wir das Foto runter.') },
    { name: '"Du kannst dir jederzeit ein anderes Motiv aussuchen" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Fotos posten wir nur mit deiner Einwilligung. Du kannst dir jederzeit ein anderes Motiv aussuchen.') },
    { name: '"Wenn sich deine Nummer ändert, sag Bescheid, dann ändern wir das" is rectification', id: 'right-rectification', expected: 'present', text: doc('Wir speichern deine Handynummer. Wenn sich deine Nummer ändert, sag Bescheid, dann ändern wir das.') },
    { name: '"Wenn sich die Rechtslage ändert, ändern wir diese Erklärung" is not', id: 'right-rectification', expected: 'missing', text: doc('Wir speichern deine Handynummer. Wenn sich die Rechtslage ändert, ändern wir diese Erklärung.') },
    { name: '"Ohne ausgefüllten Fragebogen stechen wir nicht" gives the consequence of not providing data', id: 'statutory-requirement', expected: 'present', text: doc('Vor jedem Tattoo füllst du einen Gesundheitsfragebogen aus. Ohne ausgefüllten Fragebogen stechen wir nicht.') },
    { name: '"Ohne Termin stechen wir nicht" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Vor jedem Tattoo füllst du einen Gesundheitsfragebogen aus. Ohne Termin stechen wir nicht.') },
    { name: '"gehen wir davon aus, dass wir das reposten dürfen" presumes consent', id: 'implied-consent', expected: 'problem', text: doc('Wenn du uns in deiner Story markierst, gehen wir davon aus, dass wir das reposten dürfen.') },
    { name: '"fragen wir dich, ob wir das reposten dürfen" does not', id: 'implied-consent', expected: 'none', text: doc('Wenn du uns in deiner Story markierst, fragen wir dich, ob wir das reposten dürfen.') },
    { name: '"Mit dem Betreten des Geländes erklärt ihr euch damit einverstanden" presumes consent', id: 'implied-consent', expected: 'problem', text: doc('Auf dem Festival wird fotografiert. Mit dem Betreten des Geländes erklärt ihr euch damit einverstanden, dass Aufnahmen von euch veröffentlicht werden.') },
    { name: '"Mit der Teilnahme an der Veranstaltung willigen Sie ein" presumes consent', id: 'implied-consent', expected: 'problem', text: doc('Auf der Messe wird fotografiert. Mit der Teilnahme an der Veranstaltung willigen Sie ein, dass Fotos von Ihnen veröffentlicht werden.') },
    { name: '"Mit dem Betreten des Geländes beginnt die Videoüberwachung" does not', id: 'implied-consent', expected: 'none', text: doc('Auf dem Festival wird fotografiert. Mit dem Betreten des Geländes beginnt die Videoüberwachung; Schilder weisen darauf hin.') },
    { name: '"Damit der Unterricht klappt, brauchen wir ein paar Angaben" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Allgemeines', '', 'Damit der Unterricht klappt, brauchen wir natürlich ein paar Angaben.') },
    { name: '"Damit haben wir kein Problem" does not', id: 'purposes', expected: 'missing', text: doc('', '## Allgemeines', '', 'Wir sind eine Nachhilfeschule. Sie haben Fragen? Damit haben wir kein Problem.') },
    { name: '"Autorisierte Fachhändler ... übermitteln uns" names the source', id: 'data-sources', expected: 'present', text: doc('Gelegentlich erhalten wir Personendaten von Dritten: Autorisierte Fachhändler, bei denen Sie eine Uhr gekauft haben, übermitteln uns Name und Seriennummer.') },
    { name: '"Gelegentlich erhalten wir Personendaten von Dritten" alone does not', id: 'data-sources', expected: 'missing', text: doc('Gelegentlich erhalten wir Personendaten von Dritten, damit wir die Garantie gewähren können.') },
    // From three notices written after those fixes (an Austrian beekeepers' club, a beauty salon, a trade fair's FAQ).
    { name: '"Die Mitgliedsdaten gehen auch an den Landesverband" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern Name und Adresse. Die Mitgliedsdaten gehen auch an den Landesverband für Bienenzucht.') },
    { name: '"Die Mitglieder gehen auch an den Stammtisch des Landesverbands" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Name und Adresse. Die Mitglieder gehen auch an den Stammtisch des Landesverbands.') },
    { name: '"Ausgetretene Mitglieder bleiben noch ein paar Jahre in der Kartei" is vague', id: 'vague-retention', expected: 'problem', text: doc('Ausgetretene Mitglieder bleiben noch ein paar Jahre in der Kartei, wegen der Vereinschronik.') },
    { name: '"Ausgetretene Mitglieder bleiben noch drei Jahre in der Kartei" is not', id: 'vague-retention', expected: 'none', text: doc('Ausgetretene Mitglieder bleiben noch drei Jahre in der Kartei, wegen der Vereinschronik.') },
    { name: '"Wir imkern seit ein paar Jahren" is not', id: 'vague-retention', expected: 'none', text: doc('Wir imkern seit ein paar Jahren und speichern Name und Adresse unserer Mitglieder.') },
    { name: '"Ihre Angaben helfen uns, Unverträglichkeiten zu vermeiden" states a purpose', id: 'purposes', expected: 'present', text: doc('', '**Hautanamnese:** Wir fragen nach Allergien. Ihre Angaben helfen uns, Unverträglichkeiten zu vermeiden.') },
    { name: '"Unsere Mitarbeiterinnen helfen Ihnen gerne weiter" does not', id: 'purposes', expected: 'missing', text: doc('', '**Fragen:** Unsere Mitarbeiterinnen helfen Ihnen gerne weiter.') },
    { name: 'Under "Wo kann ich mich beschweren?", "bei einer Datenschutz-Aufsichtsbehörde" is the complaint', id: 'right-complaint', expected: 'present', text: doc('', '## Wo kann ich mich beschweren?', '', 'Bei uns oder bei einer Datenschutz-Aufsichtsbehörde, etwa dem ULD in Kiel.') },
    { name: 'Under "Wo kann ich mich beschweren?", "bei unserem Kundenservice" is not', id: 'right-complaint', expected: 'missing', text: doc('', '## Wo kann ich mich beschweren?', '', 'Bei unserem Kundenservice unter 0431 220 87 0.') },
    // From two notices written after those fixes (a Swiss hairdresser citing only the DSG, a statutory health insurer).
    { name: '"eine Karteikarte mit den Farben, damit das Ergebnis gleich wird" states a purpose', id: 'purposes', expected: 'present', text: doc('', 'Für Stammkunden führen wir eine Karteikarte mit den verwendeten Farben, damit das Ergebnis beim nächsten Mal gleich wird.') },
    { name: '"eine Karteikarte mit den Farben. Das ist alles." does not', id: 'purposes', expected: 'missing', text: doc('', 'Für Stammkunden führen wir eine Karteikarte mit den verwendeten Farben. Das ist alles.') },
    { name: '"posten wir nur, wenn Sie einverstanden sind" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Ein Foto von Ihnen posten wir aber nur, wenn Sie einverstanden sind.') },
    { name: '"posten wir nicht, wenn Sie nicht einverstanden sind" does not', id: 'legal-basis', expected: 'missing', text: doc('Ein Foto von Ihnen posten wir nicht, wenn Sie nicht einverstanden sind.') },
    { name: '"Online-Termine laufen über die Buchungsplattform" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir notieren Ihren Namen und Ihre Handynummer. Online-Termine laufen über die Buchungsplattform Salonkalender.') },
    { name: '"Die Termine laufen über den ganzen Tag" does not', id: 'recipients', expected: 'missing', text: doc('Wir notieren Ihren Namen und Ihre Handynummer. Die Termine laufen über den ganzen Tag.') },
    { name: '"gelöscht, wenn Sie uns länger nicht besucht haben" is vague', id: 'vague-retention', expected: 'problem', text: doc('Die Karteikarten werden gelöscht, wenn Sie uns länger nicht besucht haben.') },
    { name: '"gelöscht, wenn Sie uns drei Jahre nicht besucht haben" is not', id: 'vague-retention', expected: 'none', text: doc('Die Karteikarten werden gelöscht, wenn Sie uns drei Jahre nicht besucht haben.') },
    { name: '"Wir löschen Sozialdaten, sobald sie nicht mehr erforderlich sind" followed by periods is not vague', id: 'vague-retention', expected: 'none', text: doc('', '## Speicherdauer', '', 'Wir löschen Sozialdaten, sobald sie für unsere Aufgaben nicht mehr erforderlich sind.', 'Leistungsdaten löschen wir nach vier Jahren, Beitragsunterlagen nach sechs Jahren.') },
    { name: '"Wir löschen Fotos, sobald sie nicht mehr erforderlich sind" followed by periods for other data is', id: 'vague-retention', expected: 'problem', text: doc('', '## Speicherdauer', '', 'Wir löschen Fotos, sobald sie für unsere Aufgaben nicht mehr erforderlich sind.', 'Leistungsdaten löschen wir nach vier Jahren, Beitragsunterlagen nach sechs Jahren.') },
  ];
  runCases('de', cases);
});

describe('Session 13 German own words probed with invented sentences', () => {
  const cases: Case[] = [
    { name: '"nur mit Ihrer Erlaubnis" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Fotos veröffentlichen wir nur mit Ihrer Erlaubnis.') },
    { name: '"nur mit Erlaubnis des Fotografen" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos veröffentlichen wir nur mit Erlaubnis des Fotografen.') },
    { name: '"wenn Sie es uns erlauben" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Fotos veröffentlichen wir nur, wenn Sie es uns erlauben.') },
    { name: '"wenn Sie es eilig haben" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos schicken wir Ihnen per E-Mail, wenn Sie es eilig haben.') },
    { name: '"nur mit deinem Okay" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Fotos veröffentlichen wir nur mit deinem Okay.') },
    { name: '"mit deinem Auto" does not', id: 'legal-basis', expected: 'missing', text: doc('Fotos von dir mit deinem Auto machen wir auf dem Parkplatz.') },
    { name: '"Wir fragen Sie vorher, ob wir Ihr Foto zeigen dürfen" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Wir fragen Sie vorher, ob wir Ihr Foto zeigen dürfen.') },
    { name: '"Wir fragen Sie vorher, ob Sie Kaffee möchten" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir machen Fotos. Wir fragen Sie vorher, ob Sie Kaffee möchten.') },
    { name: '"Ihr Okay jederzeit zurücknehmen" withdraws a consent', id: 'right-withdraw-consent', expected: 'present', text: doc('Fotos zeigen wir nur mit Ihrer Einwilligung. Sie können Ihr Okay jederzeit zurücknehmen.') },
    { name: '"Ihr Paket jederzeit zurückschicken" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Fotos zeigen wir nur mit Ihrer Einwilligung. Sie können Ihr Paket jederzeit zurückschicken.') },
    { name: '"Der Versand läuft über DHL" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern Ihre Adresse. Der Versand läuft über DHL.') },
    { name: '"Der Versand dauert zwei Tage" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Ihre Adresse. Der Versand dauert zwei Tage.') },
    { name: '"Die Newsletter verschicken wir mit Brevo" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern Ihre Adresse. Die Newsletter verschicken wir mit Brevo.') },
    { name: '"Die Newsletter verschicken wir monatlich" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Ihre Adresse. Die Newsletter verschicken wir monatlich.') },
    { name: '"Schreiben Sie uns, dann löschen wir alles" is erasure', id: 'right-erasure', expected: 'present', text: doc('Schreiben Sie uns, dann löschen wir alles.') },
    { name: '"Schreiben Sie uns, dann rufen wir zurück" is not', id: 'right-erasure', expected: 'missing', text: doc('Schreiben Sie uns, dann rufen wir zurück.') },
    { name: '"Sag Bescheid, dann korrigieren wir das" is rectification', id: 'right-rectification', expected: 'present', text: doc('Wir speichern deine Adresse. Sag Bescheid, dann korrigieren wir das.') },
    { name: '"Sag Bescheid, dann kommen wir vorbei" is not', id: 'right-rectification', expected: 'missing', text: doc('Wir speichern deine Adresse. Sag Bescheid, dann kommen wir vorbei.') },
    { name: '"Ohne Ihre Telefonnummer können wir Sie nicht erreichen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Wir fragen nach Ihrer Telefonnummer. Ohne Ihre Telefonnummer können wir Sie nicht erreichen.') },
    { name: '"Ohne Ihre Hilfe können wir nicht wachsen" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Wir fragen nach Ihrer Telefonnummer. Ohne Ihre Hilfe können wir nicht wachsen.') },
    { name: '"Die Fotos bleiben eine Weile auf unserer Seite" is vague', id: 'vague-retention', expected: 'problem', text: doc('Die Fotos bleiben eine Weile auf unserer Seite.') },
    { name: '"Die Fotos bleiben zwei Wochen auf unserer Seite" is not', id: 'vague-retention', expected: 'none', text: doc('Die Fotos bleiben zwei Wochen auf unserer Seite.') },
    { name: '"Wir heben die Unterlagen eine gewisse Zeit auf" is vague', id: 'vague-retention', expected: 'problem', text: doc('Wir heben die Unterlagen eine gewisse Zeit auf.') },
    { name: '"Wer sich nicht meldet, ist mit der Veröffentlichung einverstanden" presumes consent', id: 'implied-consent', expected: 'problem', text: doc('Wer sich nicht meldet, ist mit der Veröffentlichung einverstanden.') },
    { name: '"Wer sich nicht meldet, bekommt keine Einladung" does not', id: 'implied-consent', expected: 'none', text: doc('Wer sich nicht meldet, bekommt keine Einladung.') },
    { name: '"Mit dem Kauf des Tickets stimmen Sie der Veröffentlichung von Fotos zu" presumes consent', id: 'implied-consent', expected: 'problem', text: doc('Mit dem Kauf des Tickets stimmen Sie der Veröffentlichung von Fotos zu.') },
    { name: '"Mit dem Kauf des Tickets erhalten Sie eine Rechnung" does not', id: 'implied-consent', expected: 'none', text: doc('Mit dem Kauf des Tickets erhalten Sie eine Rechnung.') },
    { name: '"Bei uns entscheidet immer ein Mensch, nie ein Computer" answers the item', id: 'automated-decisions', expected: 'present', text: doc('Bei uns entscheidet immer ein Mensch, nie ein Computer.') },
    { name: '"Bei uns entscheidet immer der Kunde über die Farbe" does not', id: 'automated-decisions', expected: 'missing', text: doc('Bei uns entscheidet immer der Kunde über die Farbe.') },
    { name: '"Alle Daten bleiben in Deutschland" says where the data stays', id: 'transfers-statement', expected: 'present', text: doc('Alle Daten bleiben in Deutschland.') },
    { name: '"Alle Filialen bleiben in Deutschland geöffnet" does not', id: 'transfers-statement', expected: 'missing', text: doc('Alle Filialen bleiben in Deutschland geöffnet.') },
  ];
  runCases('de', cases);
});
