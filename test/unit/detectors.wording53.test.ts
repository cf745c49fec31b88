/**
 * German wordings met in session 18's round of invented notices (a Minecraft community server, an
 * estate agent's notice for tenants and buyers, a master's student's online survey), each beside
 * its near miss: "Wer steckt dahinter?" as the heading over the operator's contact, "ist dafür da,
 * dass", "werte ich nur für ... aus", "Ohne Ausweis dürfen wir ... nicht", "Zugriff auf die
 * Rohdaten haben nur ...", "wenn da was nicht stimmt, bessern wir es aus", "Mit dem Joinen auf den
 * Server bist du ... einverstanden", the interest in the sentence after the one a basis closes
 * ("... berechtigtes Interesse (Art. 6 Abs. 1 f DSGVO). Wir wollen ..."), "an die
 * Datenschutzbeauftragte der Hochschule wenden" with no contact; and from the two notices
 * written after those fixes (a parents' council, a naturopath): "brauche ich Ihre Anschrift für",
 * "auf Wunsch streichen wir Sie", "welche Daten wir über Sie und Ihr Kind haben", "Die
 * Klassenlisten haben nur ...", "Stand: Schuljahr 2026/27". The sentences are written for these
 * tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

describe('Session 18 German wordings (acc-de9)', () => {
  const cases: Case[] = [
    // "Wer steckt dahinter?" heads the section that names the operator
    { name: '"Wer steckt dahinter?" over a name and an e-mail address names the controller', id: 'controller-identity', expected: 'present', text: joinLines(DE, '', '## Wer steckt dahinter?', '', 'Den Laden führe ich, Anna Berg, allein. Schreib mir an anna@bergladen.de.') },
    { name: '"Wer steckt hinter der Seite?" does too', id: 'controller-identity', expected: 'present', text: joinLines(DE, '', '## Wer steckt hinter der Seite?', '', 'Ich bin Tom Weiß und mache das in meiner Freizeit. Mail: tom@weiss-blog.de') },
    { name: 'an e-mail address under "Über diese Seite" with no name does not', id: 'controller-identity', expected: 'missing', text: joinLines(DE, '', '## Über diese Seite', '', 'Schreib mir an anna@bergladen.de.') },
    // a purpose in "ist dafür da, dass" and in "werte/nutze ich ... für"
    { name: '"Die Telefonnummer ist dafür da, dass wir dich erreichen" states a purpose', id: 'purposes', expected: 'present', text: joinLines(DE, '', '## Wozu?', '', 'Wir notieren die Uhrzeit deiner Buchung. Die Telefonnummer ist dafür da, dass wir dich bei einer Verspätung erreichen.') },
    { name: '"Die Antworten werte ich nur für meine Bachelorarbeit aus" states one', id: 'purposes', expected: 'present', text: joinLines(DE, '', '## Worum geht es?', '', 'Die Antworten werte ich nur für meine Bachelorarbeit aus.') },
    { name: '"Die Fotos nutzen wir nur für unser Schaufenster" states one', id: 'purposes', expected: 'present', text: joinLines(DE, '', '## Fotos', '', 'Die Fotos nutzen wir nur für unser Schaufenster.') },
    { name: '"Die Liste ist für alle da, die mitfahren" does not', id: 'purposes', expected: 'missing', text: joinLines(DE, '', '## Die Liste', '', 'Wir notieren deinen Namen. Die Liste ist für alle da, die mitfahren.') },
    { name: '"Die Ergebnisse werte ich im Herbst aus" does not', id: 'purposes', expected: 'missing', text: joinLines(DE, '', '## Worum geht es?', '', 'Die Ergebnisse werte ich im Herbst aus.') },
    // the consequence of not giving the data: "Ohne Ausweis/Account ... (dürfen wir|kannst du) nicht"
    { name: '"Ohne Ausweis dürfen wir den Vertrag nicht abschließen" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines(DE, '', '## Ihre Daten', '', 'Wir speichern Namen und Telefonnummer. Ohne Ausweis dürfen wir den Vertrag nicht abschließen.') },
    { name: '"Ohne Spieler-Account und deine E-Mail kannst du nicht mitspielen" does', id: 'statutory-requirement', expected: 'present', text: joinLines(DE, '', '## Deine Daten', '', 'Wir speichern deinen Namen und deine Spielerkennung. Ohne Spieler-Account und deine E-Mail kannst du nicht mitspielen.') },
    { name: '"Ohne Voranmeldung dürfen wir leider niemanden einlassen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines(DE, '', '## Ihre Daten', '', 'Wir speichern Namen und Telefonnummer. Ohne Voranmeldung dürfen wir leider niemanden einlassen.') },
    // "Zugriff auf die Rohdaten/Mitgliederdaten haben nur ..." names who receives them
    { name: '"Zugriff auf die Rohdaten haben nur ich und mein Betreuer" names recipients', id: 'recipients', expected: 'present', text: joinLines(DE, '', '## Wer sieht die Daten?', '', 'Wir speichern deinen Namen für die Anmeldung. Zugriff auf die Rohdaten haben nur ich und mein Betreuer.') },
    { name: '"Zugriff auf die Mitgliederdaten hat nur der Vorstand" does', id: 'recipients', expected: 'present', text: joinLines(DE, '', '## Wer sieht die Daten?', '', 'Wir speichern deinen Namen für die Anmeldung. Zugriff auf die Mitgliederdaten hat nur der Vorstand.') },
    { name: '"Zugriff auf den Server hat man nur mit Passwort" does not', id: 'recipients', expected: 'missing', text: joinLines(DE, '', '## Sicherheit', '', 'Wir speichern deinen Namen für die Anmeldung. Zugriff auf den Server hat man nur mit Passwort.') },
    // rectification as "wenn da was nicht stimmt, bessern wir es aus"
    { name: '"wenn da was nicht stimmt, bessern wir es aus" is rectification', id: 'right-rectification', expected: 'present', text: joinLines(DE, '', '## Deine Rechte', '', 'Du kannst fragen, was wir über dich gespeichert haben, und wenn da was nicht stimmt, bessern wir es aus.') },
    { name: '"Die Website bessern wir laufend aus" is not', id: 'right-rectification', expected: 'missing', text: joinLines(DE, '', '## Deine Rechte', '', 'Du kannst fragen, was wir über dich gespeichert haben. Die Website bessern wir laufend aus.') },
    // consent inferred from joining a server or entering the grounds
    { name: '"Mit dem Joinen auf den Server bist du mit ... einverstanden" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines(DE, '', '## Regeln', '', 'Wir loggen den Chat. Mit dem Joinen auf den Server bist du mit diesen Regeln und dem Logging einverstanden.') },
    { name: '"Mit dem Betreten des Geländes sind Sie damit einverstanden, dass ..." is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines(DE, '', '## Fotos', '', 'Auf dem Fest wird fotografiert. Mit dem Betreten des Geländes sind Sie damit einverstanden, dass Fotos von Ihnen gemacht werden.') },
    { name: '"Mit dem Betreten ... beginnt ..., wir fragen Sie, ob Sie einverstanden sind" is not', id: 'implied-consent', expected: 'none', text: joinLines(DE, '', '## Fotos', '', 'Auf dem Fest wird fotografiert. Mit dem Betreten des Geländes beginnt die Veranstaltung, wir fragen Sie vor jedem Foto, ob Sie einverstanden sind.') },
    // the interest in the sentence after the one a legitimate-interests basis closes
    { name: '"... berechtigtes Interesse (Art. 6 Abs. 1 f DSGVO). Wir wollen einen fairen Server ..." names the interest', id: 'legitimate-interests', expected: 'present', text: joinLines(DE, '', '## Wozu?', '', 'Wir speichern die IP-Adresse. Rechtlich stützen wir uns dabei auf unser berechtigtes Interesse (Art. 6 Abs. 1 f DSGVO). Wir wollen einen fairen Server, auf dem Cheater keine Chance haben.') },
    { name: '"... berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Uns ist wichtig, dass ..." names it', id: 'legitimate-interests', expected: 'present', text: joinLines(DE, '', '## Wozu?', '', 'Wir speichern die IP-Adresse. Grundlage ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Uns ist wichtig, dass niemand unsere Seite angreift.') },
    { name: '"... berechtigtes Interesse. Wir möchten Sie darauf hinweisen, ..." does not', id: 'legitimate-interests', expected: 'missing', text: joinLines(DE, '', '## Wozu?', '', 'Wir speichern die IP-Adresse. Rechtsgrundlage ist unser berechtigtes Interesse. Wir möchten Sie darauf hinweisen, dass Sie widersprechen können.') },
    { name: '"Wir wollen ..." under the next heading does not', id: 'legitimate-interests', expected: 'missing', text: joinLines(DE, '', '## Wozu?', '', 'Wir speichern die IP-Adresse. Rechtsgrundlage ist unser berechtigtes Interesse.', '', '## Newsletter', '', 'Wir wollen Ihnen Neuigkeiten schicken.') },
    // a (female) DPO turned to with no contact details
    { name: '"an die Datenschutzbeauftragte der Hochschule wenden" with no contact misses the DPO\'s contact', id: 'dpo-contact', expected: 'missing', text: joinLines(DE, '', '## Fragen', '', 'Wir speichern Ihren Namen. Bei Fragen können Sie sich auch an die Datenschutzbeauftragte der Hochschule wenden.') },
    { name: 'the same with an e-mail address gives it', id: 'dpo-contact', expected: 'present', text: joinLines(DE, '', '## Fragen', '', 'Wir speichern Ihren Namen. Bei Fragen können Sie sich an die Datenschutzbeauftragte der Hochschule wenden, datenschutz@hs-rheinau.de.') },
    { name: 'a complaint to the Landesbeauftragte names no DPO of the controller', id: 'dpo-contact', expected: 'not-applicable', text: joinLines(DE, '', '## Beschwerde', '', 'Wir speichern Ihren Namen. Sie können sich beim Landesbeauftragten für Datenschutz beschweren.') },
    // written after those fixes (a parents' council, a naturopath's practice)
    { name: '"Außerdem brauche ich Ihre Anschrift für die Rechnung" states a purpose', id: 'purposes', expected: 'present', text: joinLines(DE, '', '## Warum', '', 'Außerdem brauche ich Ihre Anschrift für die Rechnung.') },
    { name: '"Die Kontaktdaten verarbeiten wir zur Organisation der Kurse" still states one', id: 'purposes', expected: 'present', text: joinLines(DE, '', '## Kurse', '', 'Die Kontaktdaten verarbeiten wir zur Organisation der Kurse.') },
    { name: '"Die Werkzeuge brauche ich im Winter" does not', id: 'purposes', expected: 'missing', text: joinLines(DE, '', '## Werkstatt', '', 'Die Werkzeuge brauche ich im Winter.') },
    { name: '"auf Wunsch streichen wir Sie aus allen Listen" is erasure', id: 'right-erasure', expected: 'present', text: joinLines(DE, '', '## Ihre Rechte', '', 'Sie können uns jederzeit fragen. Auf Wunsch streichen wir Sie aus allen Listen.') },
    { name: '"Termine streichen wir bei Krankheit" is not', id: 'right-erasure', expected: 'missing', text: joinLines(DE, '', '## Ihre Rechte', '', 'Sie können uns jederzeit fragen. Termine streichen wir bei Krankheit ersatzlos.') },
    { name: '"welche Daten wir über Sie und Ihr Kind haben" is access', id: 'right-access', expected: 'present', text: joinLines(DE, '', '## Ihre Rechte', '', 'Sie können bei uns nachfragen, welche Daten wir über Sie und Ihr Kind haben.') },
    { name: '"welche Fächer wir für Sie und Ihr Kind anbieten" is not', id: 'right-access', expected: 'missing', text: joinLines(DE, '', '## Angebot', '', 'Sie können bei uns nachfragen, welche Fächer wir für Sie und Ihr Kind anbieten.') },
    { name: '"Die Klassenlisten haben nur die Klassenelternvertreter" names recipients', id: 'recipients', expected: 'present', text: joinLines(DE, '', '## Wer bekommt die Listen?', '', 'Wir sammeln Telefonnummern. Die Klassenlisten haben nur die jeweiligen Klassenelternvertreter und der Vorstand.') },
    { name: '"Die Mitgliederdaten hat nur der Kassenwart" does', id: 'recipients', expected: 'present', text: joinLines(DE, '', '## Verein', '', 'Wir sammeln Telefonnummern. Die Mitgliederdaten hat nur der Kassenwart.') },
    { name: '"Die Mitgliederlisten haben wir im Schrank" does not', id: 'recipients', expected: 'missing', text: joinLines(DE, '', '## Verein', '', 'Wir sammeln Telefonnummern. Die Mitgliederlisten haben wir im Schrank.') },
    { name: '"Stand: Schuljahr 2026/27" dates the notice', id: 'last-updated', expected: 'present', text: joinLines(DE, '', '## Listen', '', 'Wir sammeln Telefonnummern für die Klassenliste.', '', 'Stand: Schuljahr 2026/27') },
    { name: '"nach dem Stand der Technik" with no year does not', id: 'last-updated', expected: 'missing', text: joinLines(DE, '', '## Sicherheit', '', 'Wir schützen die Listen nach dem Stand der Technik, etwa mit Passwörtern für die Jahrgänge.') },
  ];
  runCases('de', cases);
});
