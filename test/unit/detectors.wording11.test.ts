/**
 * Wordings met in the notices written for the accuracy sets in session 10's last round (regional
 * variants and kinds of organisation the sets had not had), each beside its near miss: an online
 * generator's "request to receive an exported file of the personal data we hold" and its "so that you
 * do not have to fill in your details again", data "we are obliged to keep", "ask us to limit its use";
 * Flemish "U kan", "U kan ook terecht bij de Gegevensbeschermingsautoriteit", "op basis van de wet op de
 * patiëntenrechten", "welke gegevens we over u hebben", "volledig automatisch"; Austrian "Nach deinem
 * Austritt", Swiss "Auftragsbearbeiter", "Unser berechtigtes Interesse (...) ist, ... zu dürfen", "nur
 * Cookies, die ... nötig sind", "In andere Länder geben wir keine"; Swiss French "vous adresser au Préposé
 * fédéral", "En inscrivant votre enfant, vous acceptez cette publication"; then, from two notices written
 * after those fixes, "By booking a session you consent to the processing" and a list under "Pour quoi faire ?".
 * The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';

describe('Session 10 wordings, regional variants and new kinds of organisation', () => {
  describe('in English', () => {
    const cases: Case[] = [
      { name: '"request to receive an exported file of the personal data we hold" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, 'If you have an account, you can request to receive an exported file of the personal data we hold about you.') },
      { name: '"receive an export of their monthly sales" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Sellers can request to receive an export of their monthly sales.') },
      { name: 'An exported file of the personal data held is portability', id: 'right-portability', expected: 'present', text: joinLines('# Privacy', '', EN, 'If you have an account, you can request to receive an exported file of the personal data we hold about you.') },
      { name: 'An export of sales figures is not', id: 'right-portability', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Sellers can request to receive an export of their monthly sales.') },
      { name: '"ask us to limit its use while a query is resolved" is restriction', id: 'right-restriction', expected: 'present', text: joinLines('# Privacy', '', EN, 'You may ask us to limit its use while a query is resolved.') },
      { name: '"We limit its use to club activities" is not', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We limit its use to the club\'s own activities.') },
      { name: '"so that you do not have to fill in your details again" says nothing on a requirement', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'These cookies are for your convenience so that you do not have to fill in your details again when you leave another review.') },
      { name: '"You do not have to fill in your phone number; without it we cannot text you" does', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, 'You do not have to fill in your phone number, but without it we cannot text you.') },
      { name: 'Data "we are obliged to keep" after data "you have provided" is no duty to provide', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can request a copy of the data we hold, including any data you have provided to us. This does not include any data we are obliged to keep for legal purposes.') },
      { name: '"You are obliged to provide your address" is one', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can order without an account. You are obliged to provide your address, otherwise we cannot deliver.') },
      { name: '"By booking a session you consent to the processing of your data" infers consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy', '', EN, 'By booking a session you consent to the processing of your data as described here.') },
      { name: '"By booking a session you get a free first call" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy', '', EN, 'By booking a session you get a free first call to talk things through.') },
    ];
    runCases('en', cases);
  });
  describe('in Dutch', () => {
    const cases: Case[] = [
      { name: 'Flemish "U kan ook vragen om foutieve gegevens te verbeteren" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kan ook vragen om foutieve gegevens te verbeteren.') },
      { name: '"Wij sturen foutieve facturen terug" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Wij sturen foutieve facturen terug naar het ziekenfonds.') },
      { name: '"U kan ons vragen welke gegevens we over u hebben" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kan ons vragen welke gegevens we over u hebben.') },
      { name: '"welke folders we over rugpijn hebben" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kan ons vragen welke folders we over rugpijn hebben.') },
      { name: '"U kan ook terecht bij de Gegevensbeschermingsautoriteit" is a complaint to the authority', id: 'right-complaint', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kan ook terecht bij de Gegevensbeschermingsautoriteit.') },
      { name: '"U kan ook terecht bij onze secretaris" is not', id: 'right-complaint', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kan ook terecht bij onze secretaris.') },
      { name: '"Dit gebeurt op basis van de wet op de patiëntenrechten" states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Ik verwerk uw gegevens om u te behandelen. Dit gebeurt op basis van de wet op de patiëntenrechten.') },
      { name: '"Dit gebeurt op basis van de wensen van de patiënt" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Ik verwerk uw gegevens om u te behandelen. Dit gebeurt op basis van de wensen van de patiënt.') },
      { name: 'A sentence about what the law gives patients is still generic', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Ik verwerk uw gegevens om u te behandelen. De wet op de patiëntenrechten verplicht elke zorgverlener tot een dossier.') },
      { name: '"beslissingen die volledig automatisch tot stand komen" says whether decisions are automated', id: 'automated-decisions', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'We nemen geen beslissingen over u die volledig automatisch tot stand komen.') },
      { name: '"Uw betaling wordt volledig automatisch verwerkt" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Uw betaling wordt volledig automatisch verwerkt.') },
    ];
    runCases('nl', cases);
  });
  describe('in German', () => {
    const cases: Case[] = [
      { name: '"Nach deinem Austritt löschen wir deine Daten" gives the event that ends retention', id: 'retention', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Nach deinem Austritt löschen wir deine Daten.') },
      { name: '"Nach deinem Austritt bekommst du eine Bestätigung" does not', id: 'retention', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Nach deinem Austritt bekommst du eine Bestätigung per E-Mail.') },
      { name: 'A Swiss "Auftragsbearbeiter" is a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Unser Bewerbungssystem wird von einem Schweizer Anbieter als Auftragsbearbeiter betrieben.') },
      { name: '"Die Bearbeitung Ihrer Bewerbung" is not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Die Bearbeitung Ihrer Bewerbung dauert etwa zwei Wochen.') },
      { name: '"Unser berechtigtes Interesse (Art. 6 ...) ist, diese Aufträge ausführen zu dürfen" names the interest', id: 'legitimate-interests', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO) ist, diese Aufträge ausführen zu dürfen.') },
      { name: '"Rechtsgrundlage ist unser berechtigtes Interesse (Art. 6 ...)." does not', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Rechtsgrundlage ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).') },
      { name: '"setzt nur Cookies, die für das Hochladen nötig sind" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Unser Karriereportal setzt nur Cookies, die für das Hochladen Ihrer Unterlagen nötig sind.') },
      { name: '"Unser Karriereportal setzt Cookies." does not', id: 'cookies', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Unser Karriereportal setzt Cookies.') },
      { name: '"In andere Länder geben wir keine Bewerberdaten" says whether data leaves', id: 'transfers-statement', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'In andere Länder geben wir keine Bewerberdaten.') },
      { name: '"In andere Länder liefern wir auch" does not', id: 'transfers-statement', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'In andere Länder liefern wir auch.') },
    ];
    runCases('de', cases);
  });
  describe('in French', () => {
    const cases: Case[] = [
      { name: '"vous adresser au Préposé fédéral (PFPDT)" is a complaint to the authority', id: 'right-complaint', expected: 'present', text: joinLines('# Protection des données', '', FR, 'En cas de litige, vous pouvez vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT).') },
      { name: '"vous adresser au secrétariat" is not', id: 'right-complaint', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'En cas de litige, vous pouvez vous adresser au secrétariat de l\'école.') },
      { name: '"En inscrivant votre enfant, vous acceptez cette publication" infers consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Protection des données', '', FR, 'Nous publions des photos des auditions sur notre site. En inscrivant votre enfant, vous acceptez cette publication.') },
      { name: '"En inscrivant votre enfant, vous acceptez le règlement de l\'école" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Protection des données', '', FR, 'En inscrivant votre enfant, vous acceptez le règlement de l\'école.') },
      { name: 'A list under "Pour quoi faire ?" gives the purposes', id: 'purposes', expected: 'present', text: joinLines('# Politique', '', FR, '## Pour quoi faire ?', '', '- Affilier le joueur à la fédération.', '- Déclarer un accident sportif à l\'assurance.') },
      { name: 'The same list under "Nos équipes" does not', id: 'purposes', expected: 'missing', text: joinLines('# Politique', '', FR, '## Nos équipes', '', '- Affilier le joueur à la fédération.', '- Déclarer un accident sportif à l\'assurance.') },
    ];
    runCases('fr', cases);
  });
});
