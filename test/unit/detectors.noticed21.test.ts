/**
 * Accuracy defects noticed in session 20 and fixed in session 21, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. A negation after the mention, in its own clause, denies it in German and Dutch (verb second:
 *    "Löschen kann ich die Einträge leider nicht, solange ...", "Als u opzegt, verwijderen we het
 *    niet"): context.ts negatedAtEnd ends the clause at its comma whatever follows, reads a clause
 *    that ends with the mention as the first place of the inverted clause after its comma ("Die
 *    Daten zu löschen, dürfen wir leider nicht"), and Dutch has a negationFinal as German does
 *    (nl.ts). French reads a "ne … pas" among a cue's own words ("Vos données ne peuvent pas être
 *    modifiées"), a verb between its two parts. A negation in a relative clause ("die nicht mehr
 *    nötig sind", "die we niet meer nodig hebben") or one that limits ("nicht nur", "niet alleen",
 *    "pas seulement") denies nothing.
 * 2. An elliptical clause after the vague one that names data of its own ("zolang dat nuttig is,
 *    facturen tien jaar", "solange es sinnvoll ist, Rechnungen zehn Jahre") gives that data's period,
 *    not the rest's: the sets' convention (sloppy nl-coworking-de-stielkamer). detectors.ts
 *    vagueRetention (ownStatement: a period whose clause, after the vague one's, holds a data
 *    category); invoices are a data category in all four tables. A qualifier ("maximaal twee jaar",
 *    "usually two years") or a clause that refers back ("und löschen sie zwei Jahre nach ...") still
 *    gives the period.
 * 3. A frame that makes any described right count must be the reader's to use: the German offer
 *    "Wir sagen/zeigen Ihnen, was ..." frames a right only when it tells what is held, not what
 *    we do ("..., was wir mit den Daten machen, und löschen sie nach einem Jahr"); English "you
 *    can" after "so (that)" is our purpose ("We record calls so you can listen to your recording"),
 *    not a right (de.ts, en.ts rights.frame).
 * 4. A heading that asks who sees or gets "the data" with an article ("Who sees the data?", "Wie
 *    ziet de gegevens?", "Wer sieht die Daten?", "Qui voit les données ?") names recipients as the
 *    possessive forms do (topics.recipients of each table); an article with another noun ("Wer
 *    sieht die Schlüssel?") does not.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const r = (title: string, intro: string, h: string) => (line: string): string => joinLines(title, '', intro, '', h, '', line);
const enR = r('# Privacy notice', EN, '## Your rights');
const nlR = r('# Privacyverklaring', NL, '## Uw rechten');
const deR = r('# Datenschutzerklärung', DE, '## Ihre Rechte');
const frR = r('# Politique de confidentialité', FR, '## Vos droits');

describe('Session 21: a negation after the mention in its own clause denies it', () => {
  runCases('de', [
    { name: '"Die Daten zu löschen, dürfen wir leider nicht, solange ..." denies erasure', id: 'right-erasure', expected: 'missing', text: deR('Die Rechnungen zu löschen, dürfen wir leider nicht, solange die gesetzliche Frist läuft.') },
    { name: '"Löschen kann ich die Einträge leider nicht, solange ..." denies erasure', id: 'right-erasure', expected: 'missing', text: deR('Löschen kann ich die Karteikarten leider nicht, solange Ihr Vertrag läuft.') },
    { name: '"Wir löschen Ihre Daten nicht, bevor ..." denies erasure', id: 'right-erasure', expected: 'missing', text: deR('Wir löschen Ihre Angaben nicht, bevor die Saison vorbei ist.') },
    { name: '"Löschen kann ich die Einträge leider nicht." denies erasure (before and after)', id: 'right-erasure', expected: 'missing', text: deR('Löschen kann ich die Karteikarten leider nicht.') },
    { name: '"Sie können verlangen, dass wir Daten löschen, die nicht mehr nötig sind" names erasure', id: 'right-erasure', expected: 'present', text: deR('Sie können verlangen, dass wir Angaben löschen, die nicht mehr nötig sind.') },
    { name: '"Wir löschen nicht nur Ihr Konto, sondern auch ..." names erasure', id: 'right-erasure', expected: 'present', text: deR('Auf Wunsch löschen wir nicht nur Ihr Konto, sondern auch alle Kopien.') },
    { name: '"Sie können Ihre Daten löschen lassen, wenn Sie das nicht mehr möchten" names erasure', id: 'right-erasure', expected: 'present', text: deR('Sie können Ihre Angaben löschen lassen, wenn Sie das nicht mehr möchten.') },
    { name: '"Auf Wunsch löschen wir Ihre Angaben, Sie müssen das nicht begründen" names erasure', id: 'right-erasure', expected: 'present', text: deR('Auf Wunsch löschen wir Ihre Angaben, Sie müssen das nicht begründen.') },
  ]);
  runCases('nl', [
    { name: '"Als u opzegt, verwijderen we het niet." denies erasure', id: 'right-erasure', expected: 'missing', text: nlR('Als u uw lidmaatschap opzegt, verwijderen we het dossier niet.') },
    { name: '"Verwijderen kunnen we uw gegevens helaas niet." denies erasure', id: 'right-erasure', expected: 'missing', text: nlR('Verwijderen kunnen we de kaart helaas niet.') },
    { name: '"We wissen uw dossier niet, ook niet op verzoek" denies erasure', id: 'right-erasure', expected: 'missing', text: nlR('We wissen uw dossier niet, ook niet op verzoek.') },
    { name: '"U kunt vragen gegevens te verwijderen die we niet meer nodig hebben" names erasure', id: 'right-erasure', expected: 'present', text: nlR('U kunt vragen om gegevens te verwijderen die we niet meer nodig hebben.') },
    { name: '"We verwijderen niet alleen uw account, maar ook de back-ups" names erasure', id: 'right-erasure', expected: 'present', text: nlR('Op verzoek verwijderen we niet alleen uw account, maar ook de back-ups.') },
    { name: '"Het intrekken tast de rechtmatigheid niet aan" keeps the withdrawal', id: 'right-withdraw-consent', expected: 'present', text: nlR('Voor de nieuwsbrief vragen wij uw toestemming. U mag uw toestemming altijd intrekken. Het intrekken van uw toestemming tast de rechtmatigheid van de eerdere verwerking niet aan.') },
  ]);
  runCases('fr', [
    { name: '"Vos données ne peuvent pas être modifiées" denies rectification', id: 'right-rectification', expected: 'missing', text: frR('Vos informations ne peuvent pas être modifiées après la clôture.') },
    { name: '"Le traitement ne peut pas être limité" denies restriction', id: 'right-restriction', expected: 'missing', text: frR('Le traitement ne peut pas être limité.') },
    { name: '"Vos données ne sont pas seulement modifiées" names rectification', id: 'right-rectification', expected: 'present', text: frR('Sur demande, vos informations ne sont pas seulement modifiées, elles sont aussi vérifiées.') },
    { name: '"Un simple mail suffit pour ne plus les recevoir" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: frR('Nous vous envoyons nos offres si vous avez coché la case. Un simple mail suffit pour ne plus les recevoir.') },
  ]);
  runCases('en', [
    { name: '"Your details cannot be changed once sent" denies rectification (before and after)', id: 'right-rectification', expected: 'missing', text: enR('Your details cannot be changed once sent.') },
  ]);
});

const h = (f: (...l: string[]) => string) => (heading: string, ...items: string[]): string => f(heading, '', ...items);
const enH = h((...l) => joinLines('# Privacy notice', '', EN, '', ...l));
const nlH = h((...l) => joinLines('# Privacyverklaring', '', NL, '', ...l));
const deH = h((...l) => joinLines('# Datenschutzerklärung', '', DE, '', ...l));
const frH = h((...l) => joinLines('# Politique de confidentialité', '', FR, '', ...l));

describe('Session 21: a heading asking who sees "the data" names recipients', () => {
  runCases('en', [
    { name: '"## Who sees the data?" over "- the payroll bureau" names recipients', id: 'recipients', expected: 'present', text: enH('## Who sees the data?', '- the payroll bureau', '- the landlord') },
    { name: '"## Who gets the details?" over "- the payroll bureau" names recipients', id: 'recipients', expected: 'present', text: enH('## Who gets the details?', '- the payroll bureau', '- the landlord') },
    { name: '"## Who gets the trophy?" over "- the payroll bureau" names no recipient', id: 'recipients', expected: 'missing', text: enH('## Who gets the trophy?', '- the payroll bureau', '- the landlord') },
  ]);
  runCases('nl', [
    { name: '"## Wie ziet de gegevens?" over "- de apotheek" names recipients', id: 'recipients', expected: 'present', text: nlH('## Wie ziet de gegevens?', '- de zorgverzekeraar', '- de apotheek') },
    { name: '"## Wie krijgt de prijs?" over "- de apotheek" names no recipient', id: 'recipients', expected: 'missing', text: nlH('## Wie krijgt de prijs?', '- de zorgverzekeraar', '- de apotheek') },
  ]);
  runCases('de', [
    { name: '"## Wer sieht die Daten?" over "- das Lohnamt" names recipients', id: 'recipients', expected: 'present', text: deH('## Wer sieht die Daten?', '- das Lohnamt', '- die Bank') },
    { name: '"## Wer sieht die Schlüssel?" over "- das Lohnamt" names no recipient', id: 'recipients', expected: 'missing', text: deH('## Wer sieht die Schlüssel?', '- das Lohnamt', '- die Bank') },
  ]);
  runCases('fr', [
    { name: '"## Qui voit les données ?" over "- la mutuelle" names recipients', id: 'recipients', expected: 'present', text: frH('## Qui voit les données ?', '- la mutuelle', '- la banque') },
    { name: '"## Qui voit les clés ?" over "- la mutuelle" names no recipient', id: 'recipients', expected: 'missing', text: frH('## Qui voit les clés ?', '- la mutuelle', '- la banque') },
  ]);
});

const enS = (line: string): string => joinLines('# Privacy notice', '', EN, '', '## Phone calls', '', line);
const deS = (line: string): string => joinLines('# Datenschutzerklärung', '', DE, '', '## Fotos', '', line);

describe('Session 21: a frame that makes a described right count is the reader\'s to use', () => {
  runCases('de', [
    { name: '"Wir zeigen Ihnen, was wir mit den Daten machen, und löschen sie nach einem Jahr" names no erasure', id: 'right-erasure', expected: 'missing', text: deS('Wir zeigen Ihnen, was wir mit den Bildern machen, und löschen sie nach einem Jahr.') },
    { name: '"Wir sagen Ihnen gern, was wir damit tun, und löschen alles ..." names no erasure', id: 'right-erasure', expected: 'missing', text: deS('Wir sagen Ihnen gern, was wir damit tun, und löschen alles nach der Saison.') },
    { name: '"Wir sagen Ihnen gern, was auf der Karte steht, und korrigieren Fehler" names rectification', id: 'right-rectification', expected: 'present', text: deS('Wir sagen Ihnen gern, was auf der Kundenkarte steht, und korrigieren Fehler.') },
    { name: '"Wir sagen Ihnen gern, was wir über Sie gespeichert haben" names access', id: 'right-access', expected: 'present', text: deS('Wir sagen Ihnen gern, was wir über Sie gespeichert haben.') },
  ]);
  runCases('en', [
    { name: '"We record calls so you can listen to your recording later" names no access', id: 'right-access', expected: 'missing', text: enS('We record lessons so you can listen to your recording later.') },
    { name: '"You can ask to see your recording" names access', id: 'right-access', expected: 'present', text: enS('You can ask to see your recording at any time.') },
    { name: '"You may ask us for a copy of the notes we keep about you" names access', id: 'right-access', expected: 'present', text: enS('You may ask us for a copy of the notes we keep about you.') },
  ]);
});

const ret = (title: string, intro: string, h: string) => (line: string): string => joinLines(title, '', intro, '', h, '', line);
const enT = ret('# Privacy notice', EN, '## How long we keep it');
const nlT = ret('# Privacyverklaring', NL, '## Hoe lang bewaren we het');
const deT = ret('# Datenschutzerklärung', DE, '## Speicherdauer');
const frT = ret('# Politique de confidentialité', FR, '## Durée de conservation');

describe('Session 21: an elliptical clause about other data does not rescue a vague period', () => {
  runCases('nl', [
    { name: '"zolang dat nuttig is, facturen tien jaar" is vague for the rest', id: 'vague-retention', expected: 'problem', text: nlT('We bewaren je gegevens zolang dat nuttig is, facturen zeven jaar.') },
    { name: '"zolang dat nodig is, foto\'s twee jaar" is vague for the rest', id: 'vague-retention', expected: 'problem', text: nlT("We bewaren je gegevens zolang dat nodig is, foto's twee jaar.") },
    { name: '"zolang dat nodig is, maximaal twee jaar" gives a period', id: 'vague-retention', expected: 'none', text: nlT('We bewaren je gegevens zolang dat nodig is, maximaal twee jaar.') },
    { name: '"zolang dat nodig is, en verwijderen ze twee jaar na ..." gives a period', id: 'vague-retention', expected: 'none', text: nlT('We bewaren je gegevens zolang dat nodig is, en verwijderen ze twee jaar na je laatste bezoek.') },
  ]);
  runCases('de', [
    { name: '"solange es sinnvoll ist, Rechnungen zehn Jahre" is vague for the rest', id: 'vague-retention', expected: 'problem', text: deT('Wir speichern Ihre Daten, solange es sinnvoll ist, Rechnungen zehn Jahre.') },
    { name: '"solange es nötig ist, längstens aber zwei Jahre" gives a period', id: 'vague-retention', expected: 'none', text: deT('Wir speichern Ihre Daten, solange es nötig ist, längstens aber zwei Jahre.') },
    { name: '"solange es nötig ist, und löschen sie zwei Jahre nach Vertragsende" gives a period', id: 'vague-retention', expected: 'none', text: deT('Wir speichern Ihre Daten, solange es nötig ist, und löschen sie zwei Jahre nach Vertragsende.') },
  ]);
  runCases('en', [
    { name: '"as long as necessary, invoices six years" is vague for the rest', id: 'vague-retention', expected: 'problem', text: enT('We keep your details for as long as necessary, invoices six years.') },
    { name: '"as long as necessary, and we keep CCTV footage for 30 days" is vague for the rest', id: 'vague-retention', expected: 'problem', text: enT('We keep your details for as long as necessary, and we keep CCTV footage for 30 days.') },
    { name: '"as long as necessary, usually two years" gives a period', id: 'vague-retention', expected: 'none', text: enT('We keep your details for as long as necessary, usually two years.') },
  ]);
  runCases('fr', [
    { name: '"aussi longtemps que nécessaire, les factures dix ans" is vague for the rest', id: 'vague-retention', expected: 'problem', text: frT('Nous conservons vos données aussi longtemps que nécessaire, les factures dix ans.') },
    { name: '"aussi longtemps que nécessaire, soit trois ans au plus" gives a period', id: 'vague-retention', expected: 'none', text: frT('Nous conservons vos données aussi longtemps que nécessaire, soit trois ans au plus.') },
    { name: '"aussi longtemps que nécessaire, puis nous les supprimons au bout de trois ans" gives a period', id: 'vague-retention', expected: 'none', text: frT('Nous conservons vos données aussi longtemps que nécessaire, puis nous les supprimons au bout de trois ans.') },
  ]);
});
