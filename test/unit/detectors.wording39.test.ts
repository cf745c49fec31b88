/**
 * German wording met in session 16's second German round (a farm shop, a shooting club written by its secretary, a
 * childminder, an employer bike-leasing provider): a purpose referred back to ("Dafür speichern wir ..."), the
 * "Handynummer", throwing papers away after a pick-up, reporting to an association, a register court or an office
 * ("melden wir ... an den", "teile ich dem Jugendamt mit", "die Bescheinigung geht an"), a web host in Germany, a
 * proof without which a child is not admitted, and an interest shared with another ("Unser berechtigtes Interesse und
 * das Ihres Arbeitgebers besteht darin, ..."); each beside a near miss. The sentences are written for these tests.
 */
import { DE, joinLines, runCases, type Case } from './helpers';

const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, ...lines);

describe('German wording of the second round of session 16', () => {
  runCases('de', [
    { name: '"Dafür speichern wir eure Handynummer" after the offer list says what the data is for', id: 'purposes', expected: 'present', text: de('Jede Woche verschicken wir eine Angebotsliste per Messenger.', '', 'Dafür speichern wir eure Handynummer.') },
    { name: '"Darüber speichern wir nichts" says no purpose', id: 'purposes', expected: 'missing', text: de('Jede Woche verschicken wir eine Angebotsliste per Messenger.', '', 'Darüber speichern wir nichts.') },
    { name: '"eure Handynummer und euren Namen" are kinds of data', id: 'data-categories', expected: 'present', text: de('Für die Bestellliste speichern wir eure Handynummer und euren Namen.') },
    { name: '"eure Handtasche" is none', id: 'data-categories', expected: 'missing', text: de('Für die Bestellung brauchen wir nur eure Handtasche und euren Korb.') },
    { name: '"Die Abholzettel werfen wir nach der Abholung weg" gives an ending event', id: 'retention', expected: 'present', text: de('Bestellungen schreiben wir auf einen Abholzettel, damit alles bereitliegt.', '', 'Die Abholzettel werfen wir nach der Abholung weg.') },
    { name: '"Werfen Sie nach der Abholung einen Blick in die Tüte" gives none', id: 'retention', expected: 'missing', text: de('Bestellungen schreiben wir auf einen Abholzettel, damit alles bereitliegt.', '', 'Werfen Sie nach der Abholung einen Blick in die Tüte.') },
    { name: '"melden wir Name und Geburtsdatum an den Landesverband" names a recipient', id: 'recipients', expected: 'present', text: de('Für die Startberechtigung melden wir Name und Geburtsdatum an den Landesverband.') },
    { name: '"Dafür teile ich dem Jugendamt mit, welche Kinder ich betreue" names a recipient', id: 'recipients', expected: 'present', text: de('Die Betreuung wird vom Jugendamt gefördert. Dafür teile ich dem Jugendamt mit, welche Kinder ich betreue.') },
    { name: '"Die Bescheinigung geht an das Landratsamt" names a recipient', id: 'recipients', expected: 'present', text: de('Für die Waffenbesitzkarte stellen wir eine Bescheinigung über das Training aus. Die Bescheinigung geht an das Landratsamt.') },
    { name: '"teilen wir Ihnen den Termin mit" and "melden Sie sich an" name none', id: 'recipients', expected: 'missing', text: de('Für das Training melden Sie sich an der Theke an. Den nächsten Termin teilen wir Ihnen per E-Mail mit.') },
    { name: '"Die Homepage wird bei einem Webhoster in Deutschland betrieben" says where data stays', id: 'transfers-statement', expected: 'present', text: de('Unsere Homepage zeigt Fotos vom Vereinsleben.', '', 'Die Homepage wird bei einem Webhoster in Deutschland betrieben.') },
    { name: '"Ein Webhoster hat uns die Seite gebaut" says nothing of where', id: 'transfers-statement', expected: 'missing', text: de('Unsere Homepage zeigt Fotos vom Vereinsleben.', '', 'Ein Webhoster aus dem Ort hat uns die Seite gebaut.') },
    { name: '"ohne diesen Nachweis darf ich Ihr Kind nicht aufnehmen" says what happens without the data', id: 'statutory-requirement', expected: 'present', text: de('Den Masernschutz muss ich prüfen, ohne diesen Nachweis darf ich Ihr Kind nicht aufnehmen.') },
    { name: '"ohne diesen Hinweis" says nothing of it', id: 'statutory-requirement', expected: 'missing', text: de('Den Masernschutz prüfe ich bei der Aufnahme, ohne diesen Hinweis wäre die Liste unvollständig.') },
    { name: '"Unser berechtigtes Interesse und das Ihres Arbeitgebers besteht darin, ..." names the interest', id: 'legitimate-interests', expected: 'present', text: de('Wir verarbeiten Ihre Vertragsdaten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO: Unser berechtigtes Interesse und das Ihres Arbeitgebers besteht darin, das Dienstrad-Programm fehlerfrei durchzuführen.') },
    { name: '"auf unser berechtigtes Interesse und das Gesetz" names none', id: 'legitimate-interests', expected: 'missing', text: de('Wir verarbeiten Ihre Vertragsdaten und stützen uns dabei auf unser berechtigtes Interesse und das Gesetz.') },
  ] satisfies Case[]);
});
