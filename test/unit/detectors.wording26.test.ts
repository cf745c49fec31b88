/**
 * Wordings met in German notices written in session 14 of kinds and sources the sets did not have
 * (a Catholic parish under the KDG, a tiler's website pieced from a site builder's generator text and
 * own words, a podcaster's Impressum and Datenschutz in du-form; a university department's generator
 * notice, a newspaper publisher's with a consent platform and a paywall, an Austrian municipality's),
 * each beside its near miss: a parish as the organisation ("Pfarrei", "Pfarrbüro"), the church's law
 * as the legal reason ("das kirchliche Recht", "kirchenrechtlich vorgeschrieben"), "Taufen, Trauungen usw.
 * werden an das Ordinariat gemeldet" (a church's records of persons; results reported to a body are no recipient, as
 * session 12's near miss holds), consent as "fragen wir die Eltern vorher" and "wenn du das okay findest", the
 * generator's "erfolgt im Interesse einer sicheren ... Bereitstellung" as the interest of its lit. f,
 * "Die Adresse brauche ich, sonst kann ich ... nicht" (but not "Für den Sticker brauche ich deine Postadresse", which
 * says what is needed and not what follows without it, as the set reads it), first-person "damit ich" and "was ich über dich gespeichert habe", and a delivery as the end of
 * keeping an address ("lösche sie, wenn der Brief raus ist").
 * The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Datenschutz', '', DE, ...lines);

describe('Session 14 German wordings', () => {
  const cases: Case[] = [
    { name: 'A parish over its address and its office\'s phone names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('Datenschutz', '', 'Katholische Pfarrei St. Anna Oberhain', 'Lindenweg 4, 35321 Oberhain', 'Pfarrbüro: Tel. 06405 2210', 'Öffnungszeiten Pfarrbüro: Mo und Mi 9-12 Uhr', '', 'Als katholische Kirchengemeinde gilt für uns nicht die DSGVO direkt, sondern das Gesetz über den Kirchlichen Datenschutz (KDG). Das ist aber in den wesentlichen Punkten genauso streng.', '') },
    { name: 'A summer fete over an address and a phone does not', id: 'controller-identity', expected: 'missing', format: 'plaintext', text: joinLines('Datenschutz', '', 'Anmeldung bitte rechtzeitig', 'Lindenweg 4, 35321 Oberhain', 'Anmeldung: Tel. 06405 2210', 'Öffnungszeiten Anmeldung: Mo und Mi 9-12 Uhr', '', 'Für das Sommerfest gilt für uns nicht die DSGVO direkt, sondern das Gesetz über den Kirchlichen Datenschutz (KDG). Das ist aber in den wesentlichen Punkten genauso streng.', '') },
    { name: '"Grundlage dafür ist das kirchliche Recht" states the law as the basis', id: 'legal-basis', expected: 'present', text: doc('Wir führen die Kirchenbücher. Grundlage dafür ist das kirchliche Recht.') },
    { name: '"Das kirchliche Leben lebt vom Ehrenamt" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir führen die Kirchenbücher. Das kirchliche Leben lebt vom Ehrenamt.') },
    { name: '"Taufen, Trauungen usw. werden an das Ordinariat gemeldet" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir führen die Kirchenbücher. Taufen, Trauungen usw. werden an das Ordinariat und ggf. an die Heimatpfarrei gemeldet.') },
    { name: '"Die Einträge werden an Ostern bekanntgemacht" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Taufen und Trauungen. Die Einträge werden an Ostern im Gottesdienst verlesen.') },
    { name: '"Bei Kindern fragen wir die Eltern vorher" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Bei Festen wird fotografiert. Bei Kindern fragen wir die Eltern vorher.') },
    { name: '"Bei Fragen fragen wir die Eltern" does not', id: 'legal-basis', expected: 'missing', text: doc('Bei Festen wird fotografiert. Bei Unklarheiten fragen wir die Eltern nach dem Namen.') },
    { name: '"nur, wenn du das okay findest" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Deinen Vornamen nenne ich in der Sendung nur, wenn du das okay findest.') },
    { name: '"wenn du die Folge okay findest" does not', id: 'legal-basis', expected: 'missing', text: doc('Deinen Vornamen kenne ich nicht. Schreib mir, wie du die Folge findest.') },
    { name: 'The generator\'s "erfolgt im Interesse einer sicheren Bereitstellung (Art. 6 Abs. 1 lit. f DSGVO)" names the interest', id: 'legitimate-interests', expected: 'present', text: doc('Der Einsatz des Hosters erfolgt im Interesse einer sicheren und schnellen Bereitstellung unseres Online-Angebots (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: '"erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO" alone does not', id: 'legitimate-interests', expected: 'missing', text: doc('Der Einsatz des Hosters erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO.') },
    { name: '"Die Adresse brauche ich, sonst kann ich nicht vorbeikommen" gives the consequence', id: 'statutory-requirement', expected: 'present', text: doc('Die Adresse brauche ich, sonst kann ich zum Aufmaß nicht vorbeikommen.') },
    { name: '"Die Adresse kenne ich, sonst könnte ich nicht vorbeikommen" does not', id: 'statutory-requirement', expected: 'missing', text: doc('Die Baustelle liegt nah, sonst könnte ich heute nicht mehr vorbeikommen.') },
    { name: '"Für den Sticker brauche ich deine Postadresse" says what is needed, not what follows without it', id: 'statutory-requirement', expected: 'missing', text: doc('Für den Sticker brauche ich deine Postadresse, die frage ich einmal ab.') },
    { name: '"..., damit ich dir die Bonusfolgen schicken kann" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Unterstützer', '', 'Ich sehe deinen Namen und deine Mail, damit ich dir die Bonusfolgen schicken kann.') },
    { name: '"Ich freue mich, damit ist alles gesagt" does not', id: 'purposes', expected: 'missing', text: doc('', '## Unterstützer', '', 'Ich freue mich über jede Unterstützung. Mehr ist dazu nicht zu sagen.') },
    { name: '"Du kannst mich fragen, was ich über dich gespeichert habe" is access', id: 'right-access', expected: 'present', text: doc('Du kannst mich jederzeit fragen, was ich über dich gespeichert habe.') },
    { name: '"Du kannst mich fragen, was ich über Lötkolben weiß" is not', id: 'right-access', expected: 'missing', text: doc('Du kannst mich jederzeit fragen, was ich über Lötkolben gelernt habe.') },
    { name: '"lösche sie, wenn der Brief raus ist" gives a criterion', id: 'retention', expected: 'present', text: doc('Deine Postadresse frage ich einmal ab und lösche sie, wenn der Brief raus ist.') },
    { name: '"lösche sie, wenn du willst" does not', id: 'retention', expected: 'missing', text: doc('Deine Postadresse frage ich einmal ab und lösche sie, wenn du das willst.') },
    { name: '"Du kannst deine Meinung später noch ändern, dann schneide ich es raus" withdraws a consent', id: 'right-withdraw-consent', expected: 'present', text: doc('Deine Sprachnachricht spiele ich nur mit deiner Einwilligung ab. Du kannst deine Meinung auch später noch ändern, dann schneide ich es raus.') },
    { name: '"Du kannst deine Meinung in den Kommentaren sagen" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Deine Sprachnachricht spiele ich nur mit deiner Einwilligung ab. Du kannst deine Meinung auch in den Kommentaren sagen.') },
    { name: '"Kirchenbucheinträge ..., das ist kirchenrechtlich so vorgeschrieben" grounds a period', id: 'retention', expected: 'present', text: doc('Die Einträge in den Kirchenbüchern bewahren wir dauerhaft auf, das ist kirchenrechtlich so vorgeschrieben.') },
    { name: '"Kirchenbucheinträge bewahren wir auf, das ist bei uns so üblich" does not', id: 'retention', expected: 'missing', text: doc('Die Einträge in den Kirchenbüchern bewahren wir auf, das ist bei uns so üblich.') },
    // From three notices written after those fixes (a Protestant parish under the DSG-EKD, a two-person app firm, a research institute).
    { name: '"soweit ein Gesetz es erlaubt oder Sie eingewilligt haben" states consent as a basis', id: 'legal-basis', expected: 'present', text: doc('Wir verarbeiten Daten nur, soweit ein Gesetz es erlaubt oder Sie eingewilligt haben.') },
    { name: '"soweit ein Gesetz es erlaubt oder Sie uns geschrieben haben" does not', id: 'legal-basis', expected: 'missing', text: doc('Wir verarbeiten Daten nur, soweit ein Gesetz es erlaubt oder Sie uns geschrieben haben.') },
    { name: '"Online-Spenden gehen über die Spendenplattform der Landeskirche" names a recipient', id: 'recipients', expected: 'present', text: doc('Wir speichern Name und Betrag. Online-Spenden gehen über die Spendenplattform der Landeskirche.') },
    { name: '"Die Spenden gehen über das Jahr verteilt ein" does not', id: 'recipients', expected: 'missing', text: doc('Wir speichern Name und Betrag. Die Spenden gehen über das Jahr verteilt ein.') },
    { name: '"Wer nicht genannt werden will, kann dem im Gemeindebüro widersprechen" is the right to object', id: 'right-object', expected: 'present', text: doc('Im Gemeindebrief stehen die Geburtstage. Wer nicht genannt werden will, kann dem im Gemeindebüro widersprechen.') },
    { name: '"Wer nicht genannt werden will, kann das im Gemeindebüro sagen" is not', id: 'right-object', expected: 'missing', text: doc('Im Gemeindebrief stehen die Geburtstage. Wer nicht genannt werden will, kann das im Gemeindebüro sagen.') },
    { name: '"Für die Freizeit brauchen wir von den Eltern eine Anmeldung mit Notfallnummer" says what is needed, not what follows without it', id: 'statutory-requirement', expected: 'missing', text: doc('Für die Freizeit brauchen wir von den Eltern eine Anmeldung mit Notfallnummer.') },
    // From two notices written after those fixes (an Austrian web agency, a district's adult education centre).
    { name: '"Das machen wir nur, wenn Sie das im Angebot angekreuzt haben" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Ihr Projekt zeigen wir im Portfolio. Das machen wir nur, wenn Sie das im Angebot angekreuzt haben.') },
    { name: '"wenn Sie das Angebot unterschrieben haben" does not', id: 'legal-basis', expected: 'missing', text: doc('Ihr Projekt beginnen wir sofort. Das machen wir, wenn Sie das Angebot unterschrieben haben.') },
    { name: '"das Recht auf Auskunft, ..., auf Datenübertragbarkeit sowie auf Widerruf und Widerspruch" names the withdrawal', id: 'right-withdraw-consent', expected: 'present', text: doc('Ihr Projekt zeigen wir nur mit Ihrer Einwilligung. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung, auf Datenübertragbarkeit sowie auf Widerruf und Widerspruch.') },
    { name: '"das Recht auf Auskunft, ..., auf Datenübertragbarkeit sowie auf Widerspruch" does not', id: 'right-withdraw-consent', expected: 'missing', text: doc('Ihr Projekt zeigen wir nur mit Ihrer Einwilligung. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung, auf Datenübertragbarkeit sowie auf Widerspruch.') },
    // From a midwife's notice written after those fixes (she writes "ich" and "ihr").
    { name: '"Für die Betreuung in der Schwangerschaft, ... und im Wochenbett brauche ich euren Namen" states a purpose', id: 'purposes', expected: 'present', text: doc('', '## Betreuung', '', 'Für die Betreuung in der Schwangerschaft, bei der Geburtsvorbereitung und im Wochenbett brauche ich euren Namen und die Adresse.') },
    { name: '"Für die Betreuung bin ich gut ausgebildet" does not', id: 'purposes', expected: 'missing', text: doc('', '## Betreuung', '', 'Für die Betreuung im Wochenbett bin ich gut ausgebildet.') },
    { name: '"bin ich nach der Berufsordnung verpflichtet" states a legal obligation', id: 'legal-basis', expected: 'present', text: doc('Die Dokumentation bin ich nach der Berufsordnung für Hebammen verpflichtet zu führen.') },
    { name: '"bin ich nach der Geburt gerne erreichbar" does not', id: 'legal-basis', expected: 'missing', text: doc('Für Fragen bin ich nach der Geburt gerne erreichbar.') },
    { name: '"dafür gehen eure Versichertendaten an die Kasse" names a recipient', id: 'recipients', expected: 'present', text: doc('Abgerechnet wird mit eurer Krankenkasse, dafür gehen eure Versichertendaten und meine Leistungen an die Kasse.') },
    { name: '"dafür gehen eure Fragen vor" does not', id: 'recipients', expected: 'missing', text: doc('Ich notiere eure Adresse. Im Kurs gehen eure Fragen immer vor.') },
    { name: '"Wenn etwas nicht stimmt, korrigiere ich das" is rectification', id: 'right-rectification', expected: 'present', text: doc('Ich notiere eure Adresse. Wenn etwas nicht stimmt, korrigiere ich das.') },
    { name: '"Wenn etwas nicht stimmt, rufe ich an" is not', id: 'right-rectification', expected: 'missing', text: doc('Ich notiere eure Adresse. Wenn etwas nicht stimmt, rufe ich an.') },
    { name: '"wenn ihr mir die Schweigepflichtentbindung unterschrieben habt" states consent as the basis', id: 'legal-basis', expected: 'present', text: doc('Ich spreche mich mit der Klinik ab. Das mache ich nur, wenn ihr mir vorher die Schweigepflichtentbindung unterschrieben habt.') },
    { name: '"wenn ihr mir den Mutterpass gezeigt habt" does not', id: 'legal-basis', expected: 'missing', text: doc('Ich spreche mich mit der Klinik ab. Das mache ich, wenn ihr mir vorher den Mutterpass gezeigt habt.') },
  ];
  runCases('de', cases);
});
