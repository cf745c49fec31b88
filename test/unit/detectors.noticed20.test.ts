/**
 * Accuracy defects noticed in session 19 and fixed in session 20, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. Recipients as a bare list under a heading that asks or says who receives the data ("## Who
 *    sees your data" / "- the payroll bureau", "### Wie krijgt iets te zien", "## Wer bekommt Ihre
 *    Daten?", "## Qui voit vos données ?"): where no cue named a recipient, each item of a list
 *    whose own section heading names recipients counts (detectors.ts recipients; the heading's own
 *    topics, not a parent's). A paragraph under such a heading still needs its words ("Nobody is
 *    perfect." answers nothing), and a list under an unrelated heading names no one.
 * 2. A negation in an if-clause before a mention whose own clause has its own subject does not deny
 *    the mention ("Tell us if you'd rather we didn't keep it and we'll delete it", "Als u het liever
 *    niet hebt verwijderen we het", "Wenn Sie das nicht möchten löschen wir ...", "Si vous ne le
 *    voulez pas nous effaçons ..."): context.ts readNegation and negatedAfter (ownClause): our
 *    subject right before the mention (or, inverted, right after its first word) and a break ("if",
 *    "als", "wenn", "si") before the negation. A negation that governs the mention's own verb still
 *    denies it.
 * 3. Purposes linked by "so that" / "zodat" / "afin que" with a subject other than "we": "... so that
 *    the driver can call you", "zodat de chauffeur u kan bellen", "afin que le livreur puisse vous
 *    appeler" (purposes cues widened; German "damit der Fahrer ..." was read already), and "afin que"
 *    as a purpose link ties a legitimate interest to what it is for, as "afin de" does.
 * 5. A bold line with an italic word inside ("**Can I see *what* you hold?**", "__Wie ziet *uw*
 *    gegevens?__") heads what follows as any bold line does (document.ts BOLD_HEADING: a single
 *    '*' or '_' inside, never a doubled one). A sentence with bold and italic words stays prose.
 */
import * as assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/document';
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 20: a list under a heading about who receives the data names the recipients', () => {
  runCases('en', [
    { name: '"## Who sees your data" over "- the payroll bureau" names recipients', id: 'recipients', expected: 'present', text: en('## Who sees your data', '', '- the payroll bureau', '- the landlord') },
    { name: 'plain text "WHO ELSE GETS IT" over "- the bank" names recipients', id: 'recipients', expected: 'present', format: 'plaintext', text: joinLines('Privacy notice', '', EN, '', 'WHO ELSE GETS IT', '', '- the bank', '- the council') },
    { name: '"## Who sees your data?" over the paragraph "Nobody is perfect." names no one', id: 'recipients', expected: 'missing', text: en('## Who sees your data?', '', 'Nobody is perfect.') },
    { name: '"## Opening hours" over "- the payroll bureau" names no recipient', id: 'recipients', expected: 'missing', text: en('## Opening hours', '', '- the payroll bureau', '- the landlord') },
    { name: 'a list under a sub-heading of "## Who sees your data" is not taken for it', id: 'recipients', expected: 'missing', text: en('## Who sees your data', '', '### Our rooms', '', '- the lounge', '- the garden') },
    { name: '"- We never sell your data." under "## Who sees your data" names no one', id: 'recipients', expected: 'missing', text: en('## Who sees your data', '', '- We never sell your data.') },
  ]);
  runCases('nl', [
    { name: '"### Wie krijgt iets te zien" over "- de apotheek" names recipients', id: 'recipients', expected: 'present', text: nl('### Wie krijgt iets te zien', '', '- de zorgverzekeraar', '- de apotheek') },
    { name: '"## Wie ziet uw gegevens?" over "- de kapper naast ons" names recipients', id: 'recipients', expected: 'present', text: nl('## Wie ziet uw gegevens?', '', '- de kapper naast ons', '- de huisbaas') },
    { name: '"## Openingstijden" over "- de apotheek" names no recipient', id: 'recipients', expected: 'missing', text: nl('## Openingstijden', '', '- de apotheek', '- de huisbaas') },
  ]);
  runCases('de', [
    { name: '"## Wer bekommt Ihre Daten?" over "- das Lohnamt" names recipients', id: 'recipients', expected: 'present', text: de('## Wer bekommt Ihre Daten?', '', '- das Lohnamt', '- die Bank') },
    { name: '"## Wer bekommt die Schlüssel?" over "- das Lohnamt" names no recipient (a heading about keys, noticed10)', id: 'recipients', expected: 'missing', text: de('## Wer bekommt die Schlüssel?', '', '- das Lohnamt', '- die Bank') },
    { name: '"## Wer bekommt was?" over "- das Lohnamt" names recipients', id: 'recipients', expected: 'present', text: de('## Wer bekommt was?', '', '- das Lohnamt', '- die Bank') },
    { name: '"## Öffnungszeiten" over "- die Bank" names no recipient', id: 'recipients', expected: 'missing', text: de('## Öffnungszeiten', '', '- das Lohnamt', '- die Bank') },
  ]);
  runCases('fr', [
    { name: '"## Qui voit vos données ?" over "- la mutuelle" names recipients', id: 'recipients', expected: 'present', text: fr('## Qui voit vos données ?', '', '- la mutuelle', '- la banque') },
    { name: '"## Qui gagne le concours ?" over "- la mairie" names no recipient', id: 'recipients', expected: 'missing', text: fr('## Qui gagne le concours ?', '', '- la mairie', '- la banque') },
    { name: '"## Horaires" over "- la banque" names no recipient', id: 'recipients', expected: 'missing', text: fr('## Horaires', '', '- la mutuelle', '- la banque') },
  ]);
});

const r = (f: (...l: string[]) => string, h: string) => (line: string): string => f(h, '', line);
const enR = r(en, '## Your rights');
const nlR = r(nl, '## Uw rechten');
const deR = r(de, '## Ihre Rechte');
const frR = r(fr, '## Vos droits');

describe('Session 20: a negation in an if-clause does not deny the mention in the clause after it', () => {
  runCases('en', [
    { name: '"Tell us if you\'d rather we didn\'t keep it and we\'ll delete it" names erasure', id: 'right-erasure', expected: 'present', text: enR("Tell us if you'd rather we didn't keep it and we'll delete it.") },
    { name: '"If you\'d rather we didn\'t keep it we\'ll delete your details" names erasure', id: 'right-erasure', expected: 'present', text: enR("If you'd rather we didn't keep it we'll delete your details.") },
    { name: '"If you leave we don\'t delete your details" denies erasure', id: 'right-erasure', expected: 'missing', text: enR("If you leave we don't delete your details.") },
    { name: '"If you\'d rather we didn\'t delete it, tell us" names no erasure', id: 'right-erasure', expected: 'missing', text: enR("If you'd rather we didn't delete it, tell us.") },
    { name: '"If you don\'t want us to delete your account, log in" names no erasure', id: 'right-erasure', expected: 'missing', text: enR("If you don't want us to delete your account, log in once a year.") },
  ]);
  runCases('nl', [
    { name: '"Als u het liever niet hebt verwijderen we het" names erasure', id: 'right-erasure', expected: 'present', text: nlR('Als u het liever niet hebt verwijderen we het.') },
    { name: '"Als u opzegt worden uw gegevens niet verwijderd" denies erasure', id: 'right-erasure', expected: 'missing', text: nlR('Als u opzegt worden uw gegevens niet verwijderd.') },
  ]);
  runCases('de', [
    { name: '"Wenn Sie das nicht möchten löschen wir Ihre Daten" names erasure', id: 'right-erasure', expected: 'present', text: deR('Wenn Sie das nicht möchten löschen wir Ihre Daten.') },
    { name: '"Wenn Sie kündigen löschen wir Ihre Daten nicht" denies erasure', id: 'right-erasure', expected: 'missing', text: deR('Wenn Sie kündigen löschen wir Ihre Daten nicht.') },
  ]);
  runCases('fr', [
    { name: '"Si vous ne le voulez pas nous effaçons vos données" names erasure', id: 'right-erasure', expected: 'present', text: frR('Si vous ne le voulez pas nous effaçons vos données.') },
    { name: '"Si vous partez nous n\'effaçons pas vos données" denies erasure', id: 'right-erasure', expected: 'missing', text: frR("Si vous partez nous n'effaçons pas vos données.") },
  ]);
});

const p = (h: string, intro: string, sub: string) => (line: string): string => joinLines(h, '', intro, '', sub, '', line);
const enP = p('# Privacy notice', 'The Lantern Bakery is a small shop in the village and this page is about the personal details of our customers.', '## About');
const nlP = p('# Privacyverklaring', 'Bakkerij De Lantaarn is een kleine winkel in het dorp en deze pagina gaat over de persoonsgegevens van onze klanten.', '## Over');
const deP = p('# Datenschutzerklärung', 'Die Bäckerei Laterne ist ein kleiner Laden im Dorf und diese Seite betrifft die personenbezogenen Daten unserer Kunden.', '## Über');
const frP = p('# Politique de confidentialité', 'La boulangerie La Lanterne est une petite boutique du village et cette page concerne les données personnelles de nos clients.', '## À propos');

describe('Session 20: "so that" / "zodat" / "damit" / "afin que" link data to a purpose', () => {
  runCases('en', [
    { name: '"Your phone number is kept so that the driver can call you" states a purpose', id: 'purposes', expected: 'present', text: enP('Your phone number is kept so that the driver can call you.') },
    { name: '"We use your address so that we can deliver your order" states a purpose (before and after)', id: 'purposes', expected: 'present', text: enP('We use your address so that we can deliver your order.') },
    { name: '"The shop is small so the queue is long" states no purpose', id: 'purposes', expected: 'missing', text: enP('The shop is small so the queue is long.') },
  ]);
  runCases('nl', [
    { name: '"Uw telefoonnummer wordt bewaard zodat de chauffeur u kan bellen" states a purpose', id: 'purposes', expected: 'present', text: nlP('Uw telefoonnummer wordt bewaard zodat de chauffeur u kan bellen.') },
    { name: '"De winkel is klein zodat het soms druk is" states no purpose', id: 'purposes', expected: 'missing', text: nlP('De winkel is klein zodat het soms druk is.') },
  ]);
  runCases('de', [
    { name: '"Ihre Telefonnummer wird gespeichert, damit der Fahrer Sie anrufen kann" states a purpose (before and after)', id: 'purposes', expected: 'present', text: deP('Ihre Telefonnummer wird gespeichert, damit der Fahrer Sie anrufen kann.') },
  ]);
  runCases('fr', [
    { name: '"afin que le livreur puisse vous appeler" states a purpose', id: 'purposes', expected: 'present', text: frP('Nous conservons votre numéro afin que le livreur puisse vous appeler.') },
    { name: '"afin que nous puissions livrer votre commande" states a purpose', id: 'purposes', expected: 'present', text: frP('Nous utilisons votre adresse afin que nous puissions livrer votre commande.') },
    { name: '"intérêt légitime afin que le site reste sûr" names the interest', id: 'legitimate-interests', expected: 'present', text: frP('Nous nous fondons sur notre intérêt légitime afin que le site reste sûr.') },
    { name: '"notre intérêt légitime." alone names no interest', id: 'legitimate-interests', expected: 'missing', text: frP('Nous nous fondons sur notre intérêt légitime.') },
    { name: '"La boutique est petite de sorte que la file est longue" states no purpose', id: 'purposes', expected: 'missing', text: frP('La boutique est petite de sorte que la file est longue.') },
  ]);
});

describe('Session 20: a bold line with an italic word inside is a heading', () => {
  const titles = (...lines: string[]): string[] => buildModel(joinLines(...lines), 'markdown').sections.map((x) => x.title.replace(/\s+/g, ' '));
  it('reads "**Can I see *what* you hold?**" over its answer as a heading (en, nl, de, fr)', () => {
    assert.deepEqual(titles('# Privacy notice', '', EN, '', '**Can I see *what* you hold?**', 'Yes, ask and we will send you a copy.'), ['Privacy notice', 'Can I see what you hold?']);
    assert.deepEqual(titles('# Privacyverklaring', '', NL, '', '__Wie ziet *uw* gegevens?__', 'Alleen onze boekhouder.'), ['Privacyverklaring', 'Wie ziet uw gegevens?']);
    assert.deepEqual(titles('# Datenschutzerklärung', '', DE, '', '**Wie lange speichern wir _Ihre_ Daten?**', 'Bis zum Ende der Saison.'), ['Datenschutzerklärung', 'Wie lange speichern wir Ihre Daten?']);
    assert.deepEqual(titles('# Politique de confidentialité', '', FR, '', '**Qui voit *vos* données ?**', 'Seulement notre comptable.'), ['Politique de confidentialité', 'Qui voit vos données ?']);
  });
  it('leaves a sentence with bold and italic words a paragraph (before and after)', () => {
    assert.deepEqual(titles('# Privacy notice', '', EN, '', '**Note:** we *never* sell your data.', 'Ask us if in doubt.'), ['Privacy notice']);
    assert.deepEqual(titles('# Privacy notice', '', EN, '', '**We keep *all* records for a year.**', 'Then we delete them.'), ['Privacy notice']);
  });
  runCases('en', [
    { name: '"**Who *sees* your data?**" over "- the payroll bureau" names recipients', id: 'recipients', expected: 'present', text: en('**Who *sees* your data?**', '', '- the payroll bureau', '- the landlord') },
  ]);
});
