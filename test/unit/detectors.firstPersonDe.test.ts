/**
 * A sole trader writes "ich", "mich", "mir" and "mein" where a firm writes "wir", "uns" and "unser",
 * and the verb goes with it ("ich speichere", "gebe ich ... weiter"). The German cue phrases that named
 * the controller only as "wir/uns/unser" with the verb in the plural also take the first person singular
 * (found by checking 24 German notices of the sets again with "wir" written as "ich": 11 read
 * differently, now 0). The sentences are written for these tests.
 */
import { joinLines, runCases } from './helpers';

const ich = (...lines: string[]): string => joinLines('# Datenschutz', '', 'Hier steht, was ich mit Ihren Daten mache und warum.', '', ...lines);
const du = (...lines: string[]): string => joinLines('# Datenschutz', '', 'Hier steht, was ich mit deinen Daten mache und warum.', '', ...lines);

describe('German cues in the first person singular', () => {
  runCases('de', [
    // implied consent: "gehe ich davon aus"
    { name: '"weiter nutzen, gehe ich davon aus, dass Sie einverstanden sind" is implied consent', id: 'implied-consent', expected: 'problem', text: ich('## Cookies', '', 'Meine Seite setzt Cookies. Wenn Sie auf der Seite weiter surfen, gehe ich davon aus, dass Sie damit einverstanden sind.') },
    { name: '"gehe ich davon aus, dass ich ... darf" is implied consent', id: 'implied-consent', expected: 'problem', text: du('## Fotos', '', 'Teilst du ein Bild aus meinem Kurs in deinem Profil, gehe ich davon aus, dass ich es auf meiner Seite zeigen darf.') },
    { name: '"gehen wir davon aus, dass Sie einverstanden sind" still is', id: 'implied-consent', expected: 'problem', text: ich('## Cookies', '', 'Unsere Seite setzt Cookies. Wenn Sie auf der Seite weiter surfen, gehen wir davon aus, dass Sie damit einverstanden sind.') },
    { name: '"ich gehe davon aus, dass die Adresse stimmt" is no consent', id: 'implied-consent', expected: 'none', text: ich('## Versand', '', 'Ich gehe davon aus, dass die Adresse auf Ihrer Bestellung stimmt, und schicke das Paket dorthin.') },
    // rectification: "dann ändere ich das"
    { name: '"ändert sich deine Adresse, ... dann ändere ich das" is the right to rectification', id: 'right-rectification', expected: 'present', text: du('## Was du tun kannst', '', 'Wenn sich deine Adresse ändert, gib mir kurz Bescheid, dann ändere ich sie.') },
    { name: '"sag mir ..., dann ändere ich" is the right to rectification', id: 'right-rectification', expected: 'present', text: du('## Was du tun kannst', '', 'Hast du eine neue Handynummer, sag mir die neue und dann ändere ich sie.') },
    { name: '"ich ändere die Preise" is no rectification', id: 'right-rectification', expected: 'missing', text: du('## Was du tun kannst', '', 'Wenn sich der Einkauf verteuert, ändere ich die Preise im Kurs.') },
    // recipients: "bei meinem Anbieter", "schicke ich an ein Labor", "gebe ich ... weiter"
    { name: '"liegen bei meinem Anbieter" names a recipient', id: 'recipients', expected: 'present', text: ich('## Buchung', '', 'Ihre Buchungen liegen bei meinem Kalender-Anbieter in Irland.') },
    { name: '"sende ich an ein Labor" names a recipient', id: 'recipients', expected: 'present', text: ich('## Proben', '', 'Haarproben sende ich zur Auswertung an ein Fachlabor in Ulm.') },
    { name: '"gebe ich ... an den Hersteller weiter" names a recipient', id: 'recipients', expected: 'present', text: ich('## Garantie', '', 'Im Garantiefall gebe ich die Seriennummer an den Hersteller weiter.') },
    { name: '"ich gebe Ihnen Bescheid" names none', id: 'recipients', expected: 'missing', text: ich('## Termine', '', 'Ich speichere Ihre Nummer und gebe Ihnen Bescheid, wenn der Termin ausfällt.') },
    // retention: "streiche ich ... raus"
    { name: '"nach dem Termin streiche ich ihn raus" is a retention criterion', id: 'retention', expected: 'present', text: ich('## Termine', '', 'Ich notiere Ihren Namen im Kalender. Nach dem Termin streiche ich den Eintrag wieder raus.') },
    { name: '"ich streiche die Wand" keeps nothing', id: 'retention', expected: 'missing', text: ich('## Aufträge', '', 'Ich notiere Ihren Namen im Kalender. Nach dem Termin streiche ich die Wand in Ihrer Farbe.') },
    // vague retention: "solange ich sie brauche"
    { name: '"solange ich sie brauche" is a vague period', id: 'vague-retention', expected: 'problem', text: ich('## Speicherung', '', 'Ihre Fotos lösche ich nach dem Auftrag. Ihre Adresse behalte ich, solange ich sie brauche.') },
    { name: '"solange ich im Urlaub bin" is no period', id: 'vague-retention', expected: 'none', text: ich('## Speicherung', '', 'Ihre Fotos lösche ich nach dem Auftrag. Solange ich im Urlaub bin, beantwortet meine Vertretung Ihre Mails.') },
    // purposes: "Ihre Angaben helfen mir, ..."
    { name: '"Ihre Angaben helfen mir, ... zu vermeiden" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', '**Wer ich bin:** Praxis Sonnenblick, Inhaberin Eva Roth', '', '**Anamnese:** Vor der Massage frage ich nach Allergien und Medikamenten. Ihre Angaben helfen mir, Unverträglichkeiten vorzubeugen.') },
    { name: '"Ihre Angaben" without a purpose states none', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', '**Wer ich bin:** Praxis Sonnenblick, Inhaberin Eva Roth', '', '**Anamnese:** Vor der Massage frage ich nach Allergien und Medikamenten. Ihre Angaben bleiben in meiner Kartei.') },
    // legitimate interests explained in the next sentence: "Ich will ..."
    { name: '"berechtigtes Interesse. Ich will ..." explains the interest', id: 'legitimate-interests', expected: 'present', text: du('## Wozu', '', 'Die Chatlogs speichere ich, um Beleidigungen nachgehen zu können. Rechtlich stütze ich mich dabei auf mein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).', 'Ich will einen Chat, in dem sich alle wohlfühlen.') },
    { name: '"berechtigtes Interesse" with nothing after it explains none', id: 'legitimate-interests', expected: 'missing', text: du('## Wozu', '', 'Die Chatlogs speichere ich, um Beleidigungen nachgehen zu können. Rechtlich stütze ich mich dabei auf mein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).', 'Die Logs liegen auf meinem Server in Nürnberg.') },
    // rectification: "stimmt was nicht, bessere ich es aus"
    { name: '"wenn was nicht stimmt, bessere ich es aus" is the right to rectification', id: 'right-rectification', expected: 'present', text: du('## Deine Rechte', '', 'Wenn in deinem Profil was nicht stimmt, bessere ich es aus.') },
    // recipients: "die ich weitergebe"
    { name: '"Berichte, die ich an ... weitergebe" names a recipient', id: 'recipients', expected: 'present', text: ich('## Wozu', '', 'Ich brauche die Daten für Ihr Training und für Berichte, die ich an Ihren Arzt weitergebe, wenn Sie das möchten.') },
    // DPO: "Mein externer Datenschutzbeauftragter" is the controller's own
    { name: '"Mein externer Datenschutzbeauftragter" without a contact is a DPO without one', id: 'dpo-contact', expected: 'missing', text: ich('## Fragen', '', 'Mein externer Datenschutzbeauftragter steht Ihnen bei Fragen gerne zur Verfügung.') },
    { name: '"Mein Steuerberater" is no DPO', id: 'dpo-contact', expected: 'not-applicable', text: ich('## Fragen', '', 'Mein Steuerberater steht Ihnen bei Fragen zur Rechnung gerne zur Verfügung.') },
  ]);
});
