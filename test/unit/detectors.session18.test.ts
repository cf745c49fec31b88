/**
 * Session 18: the paragraph right under a purposes heading ("What we do with it", "Wat we ermee
 * doen", "Was wir damit machen", "Ce que nous en faisons") states the purposes when it opens with
 * the controller doing something ("We deliver your order ..."), as it did when it opened with the
 * purpose ("To deliver ..."). The sentences are written for these tests.
 */
import { joinLines, runCases } from './helpers';

const P = 'purposes';

describe('Session 18: the paragraph under a purposes heading', () => {
  runCases('en', [
    { name: '"What we do with it" over "We deliver your order ..." states purposes', id: P, expected: 'present', text: joinLines('# Privacy notice', '', 'Jones Bakery, 1 High Street, Leeds LS1 1AA, hello@jones.example.', '', '## What we do with it', '', 'We deliver your order and send you the invoice.') },
    { name: 'a paragraph under a heading that names no purpose states none', id: P, expected: 'missing', text: joinLines('# Privacy notice', '', 'Jones Bakery, 1 High Street, Leeds LS1 1AA, hello@jones.example.', '', '## About us', '', 'We bake bread and cakes in Leeds.') },
  ]);
  runCases('nl', [
    { name: '"Wat we ermee doen" over "We bezorgen je bestelling ..." noemt doelen', id: P, expected: 'present', text: joinLines('# Privacyverklaring', '', 'Bakkerij Jansen, Dorpsstraat 1, 1234 AB Dorp, info@jansen.example.', '', '## Wat we ermee doen', '', 'We bezorgen je bestelling en sturen je de factuur.') },
    { name: '"Wat we ermee doen" over een lijst noemt doelen', id: P, expected: 'present', text: joinLines('# Privacyverklaring', '', 'Bakkerij Jansen, Dorpsstraat 1, 1234 AB Dorp, info@jansen.example.', '', '## Wat we ermee doen', '', '- je bestelling bezorgen', '- je de factuur sturen') },
  ]);
  runCases('de', [
    { name: '"Was wir damit machen" over "Wir liefern Ihre Bestellung ..." nennt Zwecke', id: P, expected: 'present', text: joinLines('# Datenschutzerklärung', '', 'Bäckerei Müller, Hauptstraße 1, 10115 Berlin, info@mueller.example.', '', '## Was wir damit machen', '', 'Wir liefern Ihre Bestellung und schicken Ihnen die Rechnung.') },
  ]);
  runCases('fr', [
    { name: '"Ce que nous en faisons" sur "Nous livrons votre commande ..." donne les finalités', id: P, expected: 'present', text: joinLines('# Politique de confidentialité', '', 'Boulangerie Martin, 1 rue Haute, 75001 Paris, contact@martin.example.', '', '## Ce que nous en faisons', '', 'Nous livrons votre commande et vous envoyons la facture.') },
  ]);
});

describe('Session 18: a transfers question or heading answered "No" / "None"', () => {
  const en = (...lines: string[]): string => joinLines('# Privacy notice', '', 'Jones Bakery, 1 High Street, Leeds LS1 1AA, hello@jones.example. We use your name and address to deliver your bread.', '', ...lines);
  runCases('en', [
    { name: '"Does your data leave the EU?" over "No." says it does not', id: 'transfers-statement', expected: 'present', text: en('## Does your data leave the EU?', '', 'No, everything stays on the computer in our shop.') },
    { name: '"Transfers outside the EU" over "None." needs no safeguard', id: 'transfer-safeguards', expected: 'not-applicable', text: en('## Transfers outside the EU', '', 'None.') },
    { name: '"Transfers outside the EU" over "None." says whether data leaves', id: 'transfers-statement', expected: 'present', text: en('## Transfers outside the EU', '', 'None.') },
    { name: '"Does your data leave the EU?" over "Yes, ... in the US" needs a safeguard', id: 'transfer-safeguards', expected: 'missing', text: en('## Does your data leave the EU?', '', 'Yes, our booking system is hosted in the US.') },
    { name: '"Transfers outside the EU" over a US host needs a safeguard', id: 'transfer-safeguards', expected: 'missing', text: en('## Transfers outside the EU', '', 'Our website is hosted in the United States.') },
  ]);
});
