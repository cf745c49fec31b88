/**
 * Accuracy defects noticed in earlier sessions and fixed in session 12, each as a general rule,
 * each case beside its near miss. The sentences are written for these tests.
 *
 * 1. A country outside the EEA named in a sentence about goods, customers or offices ("we ship
 *    to Canada", "nos clients en Suisse", "Wir liefern auch in die USA", "ons kantoor in de
 *    Verenigde Staten") is no transfer of personal data (Art. 13(1)(f)), so it neither asks for
 *    safeguards nor answers whether data leaves the EEA. A word for data between ("we send your
 *    data to our host in Canada") or just before the customers ("the data of our customers is
 *    hosted in Canada") keeps it a transfer, as does a provider ("customer service software from
 *    a supplier in the United States").
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 12: a country outside the EEA is a transfer only when data goes there, not goods, customers or offices', () => {
  const T = 'transfer-safeguards';
  describe('English', () => {
    runCases('en', [
      { name: '"Your data may be stored in the United States" is a transfer', id: T, expected: 'missing', text: en('Your data may be stored in the United States.') },
      { name: '"Customer data is stored in the United States" is a transfer', id: T, expected: 'missing', text: en('Customer data is stored in the United States.') },
      { name: '"The data of our customers is hosted in Canada" is a transfer', id: T, expected: 'missing', text: en('The data of our customers is hosted in Canada.') },
      { name: '"Our customer service software comes from a supplier in the United States" is a transfer', id: T, expected: 'missing', text: en('Our customer service software comes from a supplier in the United States.') },
      { name: '"We ship to Canada and Australia" is not', id: T, expected: 'not-applicable', text: en('We ship to Canada and Australia.') },
      { name: '"We also deliver to the United States" is not', id: T, expected: 'not-applicable', text: en('We also deliver to the United States.') },
      { name: '"Most of our customers are in Canada" is not', id: T, expected: 'not-applicable', text: en('Most of our customers are in Canada.') },
      { name: '"We have offices in India and the United States" is not', id: T, expected: 'not-applicable', text: en('We have offices in India and the United States.') },
      { name: '"We also ship to Switzerland" is not', id: T, expected: 'not-applicable', text: en('We also ship to Switzerland.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"gegevens worden opgeslagen in de VS" is a transfer', id: T, expected: 'missing', text: nl('Uw gegevens worden opgeslagen in de VS.') },
      { name: '"Klantgegevens worden opgeslagen in de Verenigde Staten" is a transfer', id: T, expected: 'missing', text: nl('Klantgegevens worden opgeslagen in de Verenigde Staten.') },
      { name: '"een softwarepakket van een leverancier in de Verenigde Staten" for the customer service is a transfer', id: T, expected: 'missing', text: nl('Voor onze klantenservice gebruiken wij een softwarepakket van een leverancier in de Verenigde Staten.') },
      { name: '"We leveren ook naar de VS en Canada" is not', id: T, expected: 'not-applicable', text: nl('We leveren ook naar de VS en Canada.') },
      { name: '"We hebben klanten in Canada" is not', id: T, expected: 'not-applicable', text: nl('We hebben ook klanten in Canada.') },
      { name: '"Ons kantoor staat in de Verenigde Staten" is not', id: T, expected: 'not-applicable', text: nl('Ons tweede kantoor staat in de Verenigde Staten.') },
    ]);
  });
  describe('German', () => {
    runCases('de', [
      { name: '"Daten werden in die USA übermittelt" is a transfer', id: T, expected: 'missing', text: de('Ihre Daten werden in die USA übermittelt.') },
      { name: '"Die Daten unserer Kunden werden in den USA gespeichert" is a transfer', id: T, expected: 'missing', text: de('Die Daten unserer Kunden werden in den USA gespeichert.') },
      { name: '"Kundendaten werden in den USA gespeichert" is a transfer', id: T, expected: 'missing', text: de('Kundendaten werden in den USA gespeichert.') },
      { name: '"Wir liefern auch in die USA und in die Schweiz" is not', id: T, expected: 'not-applicable', text: de('Wir liefern auch in die USA und in die Schweiz.') },
      { name: '"Wir haben Kunden in den USA" is not', id: T, expected: 'not-applicable', text: de('Wir haben auch Kunden in den USA.') },
      { name: '"Unser Büro befindet sich in den Vereinigten Staaten" is not', id: T, expected: 'not-applicable', text: de('Unser zweites Büro befindet sich in den Vereinigten Staaten.') },
    ]);
  });
  describe('French', () => {
    runCases('fr', [
      { name: '"Nous transférons vos données en Suisse" is a transfer', id: T, expected: 'missing', text: fr('Nous transférons vos données en Suisse.') },
      { name: '"Les données de nos clients sont hébergées aux États-Unis" is a transfer', id: T, expected: 'missing', text: fr('Les données de nos clients sont hébergées aux États-Unis.') },
      { name: '"Nous avons des clients en Suisse et au Canada" is not', id: T, expected: 'not-applicable', text: fr('Nous avons des clients en Suisse et au Canada.') },
      { name: '"Nos bureaux sont situés au Canada" is not', id: T, expected: 'not-applicable', text: fr('Nos bureaux sont situés au Canada.') },
      { name: '"Nous livrons aussi aux États-Unis" is not', id: T, expected: 'not-applicable', text: fr('Nous livrons aussi aux États-Unis.') },
    ]);
  });
});
