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
 */
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
    { name: '"## Öffnungszeiten" over "- die Bank" names no recipient', id: 'recipients', expected: 'missing', text: de('## Öffnungszeiten', '', '- das Lohnamt', '- die Bank') },
  ]);
  runCases('fr', [
    { name: '"## Qui voit vos données ?" over "- la mutuelle" names recipients', id: 'recipients', expected: 'present', text: fr('## Qui voit vos données ?', '', '- la mutuelle', '- la banque') },
    { name: '"## Qui voit le registre ?" over "- la mairie" names recipients', id: 'recipients', expected: 'present', text: fr('## Qui voit le registre ?', '', '- la mairie', '- la banque') },
    { name: '"## Horaires" over "- la banque" names no recipient', id: 'recipients', expected: 'missing', text: fr('## Horaires', '', '- la mutuelle', '- la banque') },
  ]);
});
