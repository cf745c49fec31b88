/**
 * Wordings met in the four notices written late in session 11 for an honest estimate (a one-person
 * gardening podcast, a wedding venue, a municipality's parking app, a pharmacy), each beside its near
 * miss: a creator's "X is a gardening podcast made by me", consent as "I'll always ask first", access
 * as "demander à voir, corriger ou effacer vos données", cookies handled by "geen trackingcookies"; then, from two
 * notices written after those fixes (a hackerspace, a funeral home), "nodig om lid te kunnen zijn",
 * "de incasso loopt via de Rabobank", "Für die Durchführung der Bestattung". The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';

describe('Session 11 late wordings, English, French, Dutch and German', () => {
  describe('in English', () => {
    const cases: Case[] = [
      { name: '"Leafy Bites is a cooking blog" with an e-mail address names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, 'Leafy Bites is a cooking blog written by me, Tom Reyes. Email me at tom@leafybites.example.') },
      { name: '"I listen to a cooking podcast" does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', EN, 'I listen to a cooking podcast while I write. Email me at tom@leafybites.example.') },
      { name: '"I\'ll always ask first" before playing a message is consent', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, "I might play your voice message on the show. I'll always ask first and you can say no.") },
      { name: '"Always ask first before you bring a guest" is not', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Privacy', '', EN, 'Guests are welcome at recordings. Always ask first before you bring a guest.') },
    ];
    runCases('en', cases);
  });
  describe('in French', () => {
    const cases: Case[] = [
      { name: '"demander à voir, corriger ou effacer vos données" is access', id: 'right-access', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Vous pouvez demander à voir, corriger ou effacer vos données en nous écrivant.') },
      { name: '"demander à corriger ou effacer vos données" is not', id: 'right-access', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Vous pouvez demander à corriger ou effacer vos données en nous écrivant. Venez voir la salle avant de réserver.') },
    ];
    runCases('fr', cases);
  });
  describe('in Dutch', () => {
    const cases: Case[] = [
      { name: 'Under "Cookies", "De app gebruikt geen trackingcookies" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, '', '## Cookies', '', 'De app gebruikt geen trackingcookies.') },
      { name: 'Under "Cookies", "De app gebruikt trackingcookies" does not', id: 'cookies', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '', '## Cookies', '', 'De app gebruikt trackingcookies van een advertentienetwerk.') },
      { name: '"zijn nodig om lid te kunnen zijn" states the membership as basis', id: 'legal-basis', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Je naam, adres en IBAN zijn nodig om lid te kunnen zijn.') },
      { name: '"is nodig om binnen te kunnen komen" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Je naam, adres en IBAN gebruiken we voor de contributie. Een sleutel is nodig om binnen te kunnen komen.') },
      { name: '"de incasso loopt via de Rabobank" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Je IBAN gebruiken we voor de contributie; de incasso loopt via de Rabobank.') },
      { name: '"de route loopt via het station" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Je IBAN gebruiken we voor de contributie. De route naar de space loopt via het station.') },
    ];
    runCases('nl', cases);
  });
  describe('in German', () => {
    const cases: Case[] = [
      { name: 'Under "Wofür", "Für die Durchführung der Bestattung und für die Rechnung" states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, '', '## Wofür', '', 'Für die Durchführung der Bestattung und für die Rechnung.') },
      { name: '"Für die Trauerfeier ist der Pfarrer zuständig" does not', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Für die Trauerfeier ist der Pfarrer zuständig.') },
    ];
    runCases('de', cases);
  });
});
