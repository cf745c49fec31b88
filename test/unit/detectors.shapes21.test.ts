/**
 * Headings that end in a colon, as notices written with bold lines for headings have them
 * ("**Consent:**", "**Datenschutzbeauftragter:**"), found in session 21 by rewriting every notice of
 * the sets with such headings. A label names what follows it on its line; a heading that ends in the
 * colon names only the section's topic. The sentences are written for these tests.
 *
 * - The consent basis's label cue ("Consent: ...", "Einwilligung: ...", a table's or a list's
 *   basis) no longer fires on a heading that ends in it: "**Consent:**" over "By using our website
 *   you consent to this policy" states no legal basis.
 * - The data protection officer's label ("Data Protection Officer: Jane Roe") no longer names one
 *   when nothing follows the colon: "**Datenschutzbeauftragter:**" over "Wir haben keinen benannt"
 *   names none (detectors.ts dpoContact).
 *
 * And a list that lost its bullets in a copy from a web page, in plain text: "You can:" over "get a
 * copy of the personal data we hold about you;" and the other rights each on its line. The colon's
 * line is no heading when the next line goes on in lower case, and the lines under it are list items
 * (document.ts unmarkedItems), so that they are read with their lead-in as a Markdown list is.
 *
 * And an e-mail address hidden from harvesters, as many notices write theirs ("info(at)weingut.de",
 * "info [at] example [dot] com", "contact (arobase) exemple.fr"): it is a contact (text.ts
 * HIDDEN_EMAIL_SOURCE), its "[at]" and "[dot]" are no generator's blanks, its words are no words of
 * the text (a name over an address stays a name), and its line is a contact line.
 */
import { DE, EN, joinLines, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);

describe('Session 21: a heading that ends in a colon is a topic, not a label', () => {
  runCases('en', [
    { name: '"**Consent:**" over "By using our website you consent to this policy" states no legal basis', id: 'legal-basis', expected: 'missing', text: en('**Consent:**', 'By using our website, you hereby consent to our Privacy Policy and agree to its terms.', '', '**Newsletter:**', 'We send our newsletter to the readers who sign up for it.') },
    { name: 'the list line "- Newsletter – Consent: you ticked the box" still names the basis', id: 'legal-basis', expected: 'present', text: en('## Why we use your data', '', '- Sending our newsletter. Consent: you ticked the box when you signed up.') },
    { name: '"**Data Protection Officer:**" over "We have not appointed one" names no DPO', id: 'dpo-contact', expected: 'not-applicable', text: en('**Data Protection Officer:**', 'We are not required to appoint a data protection officer and have not appointed one.') },
    { name: '"Data Protection Officer: Jane Roe" still names a DPO whose contact is missing', id: 'dpo-contact', expected: 'missing', text: en('## Contact', '', 'Data Protection Officer: Jane Roe.') },
  ]);
  runCases('de', [
    { name: '"**Einwilligung:**" over "Mit der Nutzung stimmen Sie zu" states no legal basis', id: 'legal-basis', expected: 'missing', text: de('**Einwilligung:**', 'Mit der Nutzung unserer Website stimmen Sie dieser Datenschutzerklärung zu.', '', '**Newsletter:**', 'Wir versenden unseren Newsletter an Leser, die sich dafür anmelden.') },
    { name: '"**Datenschutzbeauftragter:**" over "Wir haben keinen benannt" names no DPO', id: 'dpo-contact', expected: 'not-applicable', text: de('**Datenschutzbeauftragter:**', 'Wir sind gesetzlich nicht verpflichtet, einen Datenschutzbeauftragten zu benennen, und haben keinen benannt.') },
    { name: '"Datenschutzbeauftragter: Max Muster" still names a DPO whose contact is missing', id: 'dpo-contact', expected: 'missing', text: de('## Kontakt', '', 'Datenschutzbeauftragter: Max Muster.') },
  ]);
});

describe('Session 21: a list of rights that lost its bullets, under "You can:"', () => {
  const text = (...lines: string[]): string => joinLines('Privacy notice', '', EN, '', 'Your rights', '', ...lines, '', 'Email privacy@example.com to use these rights.');
  runCases('en', [
    { name: '"get a copy of the personal data we hold about you;" under "You can:" is the right of access', id: 'right-access', expected: 'present', format: 'plaintext', text: text('You can:', 'get a copy of the personal data we hold about you;', 'correct anything that is wrong;', 'ask us to limit how we use it.') },
    { name: '"ask us to limit how we use it." under "You can:" is the right to restriction', id: 'right-restriction', expected: 'present', format: 'plaintext', text: text('You can:', 'get a copy of the personal data we hold about you;', 'correct anything that is wrong;', 'ask us to limit how we use it.') },
    { name: 'the same lines under "Opening hours:" are no right', id: 'right-restriction', expected: 'missing', format: 'plaintext', text: text('Opening hours:', 'Monday to Friday;', 'Saturday morning.') },
  ]);
});

describe('Session 21: an e-mail address written "info(at)example.de" is a contact', () => {
  const plain = (...lines: string[]): string => joinLines(...lines);
  runCases('de', [
    { name: '"E-Mail info(at)weingut-rebstock.de" under the name and address gives the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: plain('Datenschutzhinweise', '', 'Weingut Rebstock, Inh. Martina Mayer', 'Weinbergstraße 41, 67157 Wachenheim', 'Telefon 06322 48 17 90, E-Mail info(at)weingut-rebstock.de', '', DE) },
    { name: '"datenschutz [at] stadtwerke [dot] de" is the DPO\'s contact', id: 'dpo-contact', expected: 'present', text: de('## Datenschutzbeauftragter', '', 'Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz [at] stadtwerke-muster [dot] de.') },
    { name: '"Treffpunkt (at) the gate" is no contact of the DPO', id: 'dpo-contact', expected: 'missing', text: de('## Datenschutzbeauftragter', '', 'Unser Datenschutzbeauftragter ist Herr Max Muster, Treffpunkt (at) the gate.') },
  ]);
  runCases('en', [
    { name: '"hello [at] bramblebakes [dot] co.uk" gives the controller\'s contact', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy notice', '', 'Bramble Bakes is a home bakery run by Ellie Moran in Bristol. If you have any questions just drop us a line at hello [at] bramblebakes [dot] co.uk.') },
    { name: '"[Insert your e-mail address]" is still a blank, no contact', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy notice', '', 'Bramble Bakes is a home bakery run by Ellie Moran in Bristol. If you have any questions just write to [Insert your e-mail address].') },
  ]);
});
