/**
 * German wordings met in session 19's invented notices (a children's clothes bazaar run by parents,
 * a wedding DJ writing "ich", a citizens' initiative collecting signatures, a registry office),
 * each beside its near miss: a purpose given with "weil", an instrumental "Damit" opening the
 * sentence, "Für ... sammeln wir", "Ansprechpartnerin ist" over an address, "ein halbes Jahr",
 * "sobald ... sich auflöst", "ein paar Monate" after a deletion, a field to "leer lassen", "Ohne
 * diese Infos", "Fehlt eine dieser Angaben", "so schreibt es das ...gesetz vor", "Rundmails ...
 * über", "Termin buchst du über unser Buchungstool", "wenn Sie möchten, dass ich ... lösche",
 * "Falsche Angaben bessere ich aus" and a negated basis followed by "da ..."; then (a foot-care
 * practitioner, an animal welfare society's adoption page) "sonst kann ich ... nicht", "Wer ...
 * nicht beantworten möchte", "Karteikarte ... ansehen", "wissen wollt, was wir über euch haben",
 * "Stimmt etwas nicht mehr", "etwas geändert haben möchtet", "melden wir bei TASSO ... an". The
 * sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const WHO = 'Verantwortlich ist die Lindner GmbH, Am Hang 3, 50667 Köln, info@lindner-beispiel.de.';

describe('Session 19 German wordings', () => {
  const cases: Case[] = [
    // a purpose given as the reason: "brauchen wir, weil ..."
    { name: '"Die Telefonnummer brauchen wir, weil wir Sie vor dem Termin anrufen" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Telefonnummer brauchen wir, weil wir Sie vor dem Termin kurz anrufen.') },
    { name: '"Ihre Adresse nutze ich, weil ich die Ware selbst ausliefere" states one', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihre Adresse nutze ich, weil ich die Ware selbst ausliefere.') },
    { name: '"Die Telefonnummer haben wir, weil Sie sie uns gegeben haben" does not', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Telefonnummer haben wir, weil Sie sie uns gegeben haben.') },
    // an instrumental "Damit" opening the sentence, the verb before the controller
    { name: '"Damit prüfen wir, ob der Termin frei ist" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Sie schicken uns Ihren Namen und das Wunschdatum. Damit prüfen wir, ob der Termin noch frei ist.') },
    { name: '"Damit beginnt unsere Arbeit" does not', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Sie schicken uns Ihren Namen und das Wunschdatum. Damit beginnt unsere Arbeit.') },
    // "Für ... sammeln / erheben wir"
    { name: '"Für die Petition sammeln wir Namen und Wohnorte" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Für die Petition sammeln wir Namen und Wohnorte.') },
    { name: '"Für den Versand erheben wir Ihre Anschrift" states one', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Für den Versand erheben wir Ihre Anschrift.') },
    { name: '"Wir sammeln seit Jahren Unterschriften" does not', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir sammeln seit Jahren Unterschriften auf Papierlisten.') },
    // a contact person over an address names the controller
    { name: '"Ansprechpartner ist Jonas Weber, Kirchweg 2, 79098 Freiburg" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Der Flohmarkt wird von Eltern der Klasse 4b organisiert. Ansprechpartner ist Jonas Weber, Kirchweg 2, 79098 Freiburg, flohmarkt@example.de.') },
    { name: '"Ansprechpartner für Fragen ist unser Team" with no way to reach it does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Der Flohmarkt wird von Eltern der Klasse 4b organisiert. Ansprechpartner für Fragen ist unser Team.') },
    // "ein halbes Jahr" is a period
    { name: '"bewahren wir ein halbes Jahr auf" gives a period', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Anmeldungen bewahren wir ein halbes Jahr auf.') },
    { name: '"nach einem halben Jahr gelöscht" gives one', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Listen werden nach einem halben Jahr gelöscht.') },
    { name: '"löschen wir, wenn es uns passt" does not', id: 'retention', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Anmeldungen löschen wir, wenn es uns passt.') },
    // the end of the group as the criterion
    { name: '"löschen wir, sobald die Initiative sich auflöst" gives a criterion', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Den Verteiler löschen wir, sobald die Gruppe sich auflöst.') },
    { name: '"wenn sich der Verein auflöst, werden die Daten gelöscht" gives one', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn sich der Verein auflöst, werden die Mitgliederdaten gelöscht.') },
    // a deletion "nach ein paar Monaten" is vague
    { name: '"lösche ich nach ein paar Monaten" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Anfragen ohne Auftrag lösche ich nach ein paar Monaten.') },
    { name: '"löschen wir nach einigen Wochen wieder" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Aufnahmen löschen wir nach einigen Wochen wieder.') },
    { name: '"lösche ich nach drei Monaten" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Anfragen ohne Auftrag lösche ich nach drei Monaten.') },
    // what follows without the data
    { name: '"kann das Feld leer lassen" says the field is optional', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir fragen nach Ihrem Namen und Ihrer IBAN. Wer bar bezahlt, kann das Feld für die IBAN leer lassen.') },
    { name: '"Ohne diese Infos kann ich die Feier nicht planen" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ich frage die Namen und den Ablauf ab. Ohne diese Infos kann ich die Feier nicht planen.') },
    { name: '"Fehlt eine dieser Angaben, zählt der Eintrag nicht" states one', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf die Liste gehören Name, Anschrift und Unterschrift. Fehlt eine dieser Angaben, zählt der Eintrag nicht.') },
    { name: '"Bitte lassen Sie keinen Müll liegen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir fragen nach Ihrem Namen und Ihrer IBAN. Bitte lassen Sie nach dem Markt keinen Müll liegen.') },
    // a law that requires the data, with "es" and an adjective
    { name: '"so schreibt es das Bundesmeldegesetz vor" is a legal duty', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir notieren Name und Anschrift der Gäste, so schreibt es das Bundesmeldegesetz vor.') },
    { name: '"so schreibt es das Niedersächsische Kommunalverfassungsgesetz vor" is one', id: 'legal-basis', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf die Liste gehören Name und Anschrift, so schreibt es das Niedersächsische Kommunalverfassungsgesetz vor.') },
    { name: '"so schreibt es unser Vorstand vor" is not', id: 'legal-basis', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Auf die Liste gehören Name und Anschrift, so schreibt es unser Vorstand vor.') },
    // mailings sent through a service
    { name: '"Die Rundmails verschicken wir über Brevo" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Rundmails verschicken wir über Brevo.') },
    { name: '"Die Rundmail kommt über Sendinblue" names one', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Rundmail kommt über Sendinblue.') },
    { name: '"Die Rundmails verschicken wir selten" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Die Rundmails verschicken wir selten.') },
    // a booking made through a named tool
    { name: '"Deinen Termin buchst du über unser Buchungstool von Inkbook" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Deinen Termin buchst du über unser Buchungstool von Inkbook.') },
    { name: '"Termine buchen Sie über das Buchungsportal Doctolib" names one', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Termine buchen Sie über das Buchungsportal Doctolib.') },
    { name: '"Termine buchen Sie telefonisch über unsere Praxis" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Termine buchen Sie telefonisch über unsere Praxis.') },
    // the reader's wish that we delete
    { name: '"wenn Sie möchten, dass ich etwas lösche, mache ich das" states erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn Sie möchten, dass ich etwas lösche, mache ich das sofort.') },
    { name: '"Wenn du willst, dass wir dein Profil entfernen, schreib uns" states it', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn du willst, dass wir dein Profil entfernen, schreib uns.') },
    { name: '"Wenn Sie möchten, dass wir Sie anrufen, ... löschen sie nach dem Gespräch" does not', id: 'right-erasure', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn Sie möchten, dass wir Sie anrufen, notieren wir die Nummer und löschen sie nach dem Gespräch.') },
    { name: '"Falsche Rechnungen schicken wir zurück" states no rectification', id: 'right-rectification', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Falsche Rechnungen schicken wir zurück.') },
    // a basis denied, then its reason after "da" / "weil"
    { name: '"findet nicht statt, da Behörden sich nicht darauf berufen können" denies legitimate interests', id: 'legitimate-interests', expected: 'not-applicable', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir verarbeiten Ihre Daten zur Erfüllung einer rechtlichen Verpflichtung, um Urkunden auszustellen. Eine Verarbeitung auf Grundlage berechtigter Interessen findet nicht statt, da Behörden sich bei ihren Aufgaben nicht darauf berufen können.') },
    { name: '"berufen wir uns nicht, weil wir eine Behörde sind" denies them', id: 'legitimate-interests', expected: 'not-applicable', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir verarbeiten Ihre Daten zur Erfüllung einer rechtlichen Verpflichtung, um Urkunden auszustellen. Auf berechtigte Interessen berufen wir uns nicht, weil wir eine Behörde sind.') },
    { name: '"erfolgt auf Grundlage berechtigter Interessen, da wir so Einbrüche aufklären können" does not deny them', id: 'legitimate-interests', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wir verarbeiten Ihre Daten zur Erfüllung einer rechtlichen Verpflichtung, um Urkunden auszustellen. Die Videoaufzeichnung erfolgt auf Grundlage berechtigter Interessen, da wir so Einbrüche aufklären können.') },
    // second batch: "sonst kann ich ... nicht" after what is needed
    { name: '"Das muss ich wissen, sonst kann ich Sie nicht sicher behandeln" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ich notiere, ob Sie Diabetiker sind. Das muss ich wissen, sonst kann ich Sie nicht sicher behandeln.') },
    { name: '"Das muss ich wissen, sonst kann ich Sie nicht sicher behandeln" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ich notiere, ob Sie Diabetiker sind. Das muss ich wissen, sonst kann ich Sie nicht sicher behandeln.') },
    { name: '"Das muss ich leider so machen" states neither', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ich notiere, ob Sie Diabetiker sind. Das muss ich leider so machen, wie es immer war.') },
    // a reader who does not answer
    { name: '"Wer die Fragen zur Wohnung nicht beantworten möchte, ..." states what follows', id: 'statutory-requirement', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihr füllt unseren Fragebogen aus. Wer die Fragen zur Wohnung nicht beantworten möchte, kann das tun, nur können wir dann kein Tier vermitteln.') },
    { name: '"Wer nicht kommen kann, sagt ab" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ihr füllt unseren Fragebogen aus. Wer zum Termin nicht kommen kann, sagt bitte ab.') },
    // access in own words
    { name: '"Sie können Ihre Karteikarte jederzeit ansehen" states access', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Sie können Ihre Karteikarte jederzeit ansehen.') },
    { name: '"Wenn ihr wissen wollt, was wir über euch haben, meldet euch" states it', id: 'right-access', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn ihr wissen wollt, was wir über euch haben, meldet euch bei uns.') },
    { name: '"Sie können die Bilder der Feier ansehen" does not', id: 'right-access', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Sie können die Bilder der Feier jederzeit ansehen.') },
    // rectification in own words under a rights heading or frame
    { name: '"Stimmt etwas nicht mehr, ändere ich es" under "Ihre Rechte" states rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', '## Ihre Rechte', '', 'Stimmt etwas nicht mehr, zum Beispiel nach einem Umzug, ändere ich es.') },
    { name: '"wenn ihr etwas geändert haben möchtet, meldet euch" states it', id: 'right-rectification', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Wenn ihr wissen wollt, was wir speichern, oder etwas geändert haben möchtet, meldet euch.') },
    { name: '"Stimmt das Wetter nicht, fällt der Kurs aus" outside rights does not', id: 'right-rectification', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', '## Kurse', '', 'Stimmt das Wetter nicht, fällt der Kurs aus.') },
    // registering with a registry
    { name: '"Den Chip melden wir bei TASSO auf euren Namen an" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Den Chip des Tieres melden wir bei TASSO auf euren Namen an.') },
    { name: '"Ein paar Monate später melden wir uns bei euch" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, WHO, '', 'Ein paar Monate später melden wir uns noch einmal bei euch.') },
  ];
  runCases('de', cases);
});
