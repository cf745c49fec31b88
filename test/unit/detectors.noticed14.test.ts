/**
 * Accuracy defects noticed in session 13 and fixed in session 14, each as a general rule, each
 * case beside its near miss. The sentences are written for these tests.
 *
 * 1. A general fallback for retention ("Soweit ... keine speziellere Speicherdauer genannt wurde,
 *    verbleiben Ihre Daten bei uns, bis der Zweck entfällt", "Unless stated otherwise, we keep your
 *    data as long as necessary") is answered when two or more other sections each say how long
 *    they keep what they describe (a period or an ending event beside a keep or delete verb);
 *    one such section, or periods that are no retention (an age, a reply time), leave it vague.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 14: a general retention fallback answered section by section', () => {
  const V = 'vague-retention';
  const deGeneral = '## Speicherdauer\n\nSoweit innerhalb dieser Datenschutzerklärung keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt.';
  const deLogs = '## Server-Logfiles\n\nDer Hoster speichert IP-Adresse und Uhrzeit Ihres Besuchs. Die Logfiles werden nach vierzehn Tagen gelöscht.';
  const deForm = '## Kontaktformular\n\nIhre Anfrage speichern wir, bis Sie uns zur Löschung auffordern.';
  const deForm2 = '## Kontaktformular\n\nIhre Anfrage beantworten wir innerhalb von zwei Wochen.';
  const enGeneral = '## How long we keep your data\n\nUnless this notice says otherwise, we keep your personal data for as long as necessary.';
  const enShop = '## Orders\n\nWe keep your order details for six years after the sale.';
  const enNews = '## Newsletter\n\nWe keep your email address until you unsubscribe.';
  const enKids = '## Children\n\nWe do not knowingly collect data from children under 16 years of age.';
  const nlGeneral = '## Bewaartermijn\n\nTenzij hieronder anders vermeld, bewaren we uw persoonsgegevens zolang dat nodig is.';
  const nlShop = '## Bestellingen\n\nUw bestelgegevens bewaren we zeven jaar, zoals de wet vraagt.';
  const nlCam = '## Camerabeelden\n\nDe beelden van de winkelcamera worden na vier weken verwijderd.';
  const frGeneral = '## Durée de conservation\n\nSauf mention contraire, nous conservons vos données aussi longtemps que nécessaire.';
  const frShop = '## Commandes\n\nNous conservons vos factures pendant dix ans.';
  const frCv = '## Candidatures\n\nLes CV non retenus sont supprimés au bout de deux ans.';
  const frReply = '## Vos droits\n\nNous vous répondons dans un délai d\'un mois et conservons votre demande.';
  runCases('de', [
    { name: 'the German fallback with periods in two later sections is answered', id: V, expected: 'none', text: de(deGeneral, '', deLogs, '', deForm) },
    { name: 'the German fallback with a period in one later section stays vague', id: V, expected: 'problem', text: de(deGeneral, '', deLogs) },
    { name: 'the German fallback with a reply time in the other section stays vague', id: V, expected: 'problem', text: de(deGeneral, '', deLogs, '', deForm2) },
  ]);
  runCases('en', [
    { name: 'the English fallback with periods in two later sections is answered', id: V, expected: 'none', text: en(enGeneral, '', enShop, '', enNews) },
    { name: 'the English fallback with a period in one section stays vague', id: V, expected: 'problem', text: en(enGeneral, '', enShop) },
    { name: 'the English fallback with an age in the other section stays vague', id: V, expected: 'problem', text: en(enGeneral, '', enShop, '', enKids) },
  ]);
  runCases('nl', [
    { name: 'the Dutch fallback with periods in two later sections is answered', id: V, expected: 'none', text: nl(nlGeneral, '', nlShop, '', nlCam) },
    { name: 'the Dutch fallback with a period in one section stays vague', id: V, expected: 'problem', text: nl(nlGeneral, '', nlCam) },
  ]);
  runCases('fr', [
    { name: 'the French fallback with periods in two later sections is answered', id: V, expected: 'none', text: fr(frGeneral, '', frShop, '', frCv) },
    { name: 'the French fallback with a period in one section stays vague', id: V, expected: 'problem', text: fr(frGeneral, '', frCv) },
    { name: 'the French fallback with a reply time in the other section stays vague', id: V, expected: 'problem', text: fr(frGeneral, '', frShop, '', frReply) },
  ]);
});
