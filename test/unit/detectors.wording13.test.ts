/**
 * Wordings and shapes met in the notices written for the accuracy sets in session 11 (English and
 * Dutch kinds the sets had not had: a UK letting agent in setext-underlined numbered headings, a US
 * app's EEA supplement, a charity's FAQ, a fitness club whose core is a table of purposes, data, bases
 * and periods, an owners' association in plain words, a GP practice, a temp agency), each beside its
 * near miss: "We share tenants' details with ...", "without your contact details", "Do I have to give
 * you my information?", "Verder geven we niets aan anderen", "Klopt er iets niet, dan passen we het
 * aan", "Bent u verhuisd ..., geef dat dan even door", data "van andere zorgverleners", a basis named
 * in a table's basis column ("| Nieuwsbrief | Toestemming |"), "Zolang als nodig" in a table row whose
 * later rows give periods of their own, "1. About us" over "-----" in plain text, "8. Automated decisions" over a
 * single numbered sentence "8.1 We do not use ..."; then, from four notices written after
 * those fixes, "we give the managing agent your flat number", "ask us what we hold about you", "a voluntary group" (no
 * word on providing data) and "omdat dat nodig is om je bestelling te kunnen leveren".
 * The sentences are written for these tests.
 */
import * as assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/document';
import { EN, joinLines, NL, runCases, type Case } from './helpers';

describe('Session 11 wordings and shapes, English and Dutch', () => {
  describe('in English', () => {
    const cases: Case[] = [
      { name: '"We share tenants\' details with the landlord" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, "We share tenants' details with the landlord and the deposit scheme.") },
      { name: '"We share our members\' love of the hills" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, "We share our members' love of the hills.") },
      { name: '"we cannot arrange support without your contact details" says what follows from not providing them', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, 'We cannot arrange support without your contact details.') },
      { name: '"We never share your data without your consent" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We never share your data without your consent.') },
      { name: 'A question heading "Do I have to give you my information?" over its answer says whether it is required', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, '', '## Do I have to give you my information?', '', 'Only your name and phone number, so that we can call you back.') },
      { name: '"We are required to give you information about how we use your data" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We are required to give you information about how we use your data.') },
      { name: 'Data received "from other health care providers, such as hospitals" names the source', id: 'data-sources', expected: 'present', text: joinLines('# Privacy', '', EN, 'We also receive reports about your treatment from other health care providers, such as hospitals.') },
      { name: 'Data received "from other organisations" does not', id: 'data-sources', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We also receive reports about you from other organisations.') },
      { name: 'Consent in the lawful-basis column of a table is a stated basis', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacy', '', EN, '', '| Purpose | Lawful basis |', '|---|---|', '| Sending our newsletter | Consent |', '| Processing your orders | Contract |') },
      { name: 'Consent in the purpose column is not', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Privacy', '', EN, '', '| Purpose | Lawful basis |', '|---|---|', '| Recording parents\' consent to photos | Contract |', '| Processing your orders | Contract |') },
      { name: '"we give the managing agent your flat number" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'When we report a repair, we give the managing agent your flat number.') },
      { name: '"we give you your membership number" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'When you join, we give you your membership number.') },
      { name: '"You can ask us what we hold about you" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can ask us what we hold about you.') },
      { name: '"You can ask us what we charge" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can ask us what we charge for the hall.') },
      { name: '"a voluntary group run by residents" says nothing on a requirement', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We are a voluntary group run by residents of the flats.') },
      { name: '"Giving us your phone number is voluntary" does', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, 'Giving us your phone number is voluntary.') },
    ];
    runCases('en', cases);
  });
  describe('in Dutch', () => {
    const cases: Case[] = [
      { name: '"Verder geven we niets aan anderen" says who receives the data', id: 'recipients', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'De beheerder werkt met de lijst. Verder geven we niets aan anderen.') },
      { name: '"Wij geven graag advies aan anderen" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Wij geven graag advies aan anderen die een VvE beginnen.') },
      { name: '"Klopt er iets niet, dan passen we het aan" under the rights is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, '', '## Je rechten', '', 'Je mag altijd vragen welke gegevens we van je hebben. Klopt er iets niet, dan passen we het aan.') },
      { name: '"dan passen we het schema aan" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '', '## Je rechten', '', 'Je mag altijd vragen welke gegevens we van je hebben. Past het rooster je niet, dan passen we het schema aan.') },
      { name: '"Bent u verhuisd of heeft u een nieuw telefoonnummer, geef dat dan even door" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Bent u verhuisd of heeft u een nieuw telefoonnummer, geef dat dan even door.') },
      { name: '"Ziet u een lekkage, geef dat dan even door" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Ziet u een lekkage, geef dat dan even door aan de beheerder.') },
      { name: 'Data "van andere zorgverleners" names the source', id: 'data-sources', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Wij krijgen ook gegevens van andere zorgverleners, zoals het ziekenhuis en de apotheek.') },
      { name: 'Data "van andere partijen" does not', id: 'data-sources', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Wij krijgen ook gegevens van andere partijen.') },
      { name: '"Toestemming" in the Grondslag column of a table is a stated basis', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '', '| Doel | Persoonsgegevens | Grondslag | Bewaartermijn |', '|---|---|---|---|', '| Lidmaatschap | Naam, adres | Overeenkomst | 2 jaar na opzegging |', '| Nieuwsbrief | Naam, e-mail | Toestemming | Tot je je afmeldt |') },
      { name: '"Toestemming" in the Doel column is not', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Privacyverklaring', '', NL, '', '| Doel | Persoonsgegevens | Grondslag | Bewaartermijn |', '|---|---|---|---|', '| Lidmaatschap | Naam, adres | Overeenkomst | 2 jaar na opzegging |', '| Toestemming van ouders vastleggen | Naam | Overeenkomst | 2 jaar na opzegging |') },
      { name: '"Uw toestemming voor foto\'s op de website kunt u altijd intrekken" says consent can be withdrawn', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Foto\'s plaatsen we alleen met uw toestemming. Uw toestemming voor foto\'s op de website kunt u altijd intrekken.') },
      { name: '"Uw toestemming voor foto\'s vragen we vooraf; de inschrijving kunt u altijd intrekken" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Foto\'s plaatsen we alleen met uw toestemming. Uw toestemming voor foto\'s vragen we vooraf; de inschrijving kunt u altijd intrekken.') },
      { name: '"Zolang als nodig" in a table row is vague though later rows give periods of their own', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacyverklaring', '', NL, '', '| Doel | Bewaartermijn |', '|---|---|', '| Proefles | Zolang als nodig |', '| Camerabeelden | 4 weken |') },
      { name: '"Zolang als nodig, daarna 4 weken" in one row is not', id: 'vague-retention', expected: 'none', text: joinLines('# Privacyverklaring', '', NL, '', '| Doel | Bewaartermijn |', '|---|---|', '| Proefles | Zolang als nodig, uiterlijk 4 weken |', '| Camerabeelden | 4 weken |') },
      { name: '"omdat dat nodig is om je bestelling te kunnen leveren" states the contract as basis', id: 'legal-basis', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Wij gebruiken je naam en adres omdat dat nodig is om je bestelling te kunnen leveren.') },
      { name: '"omdat dat handig is voor je volgende bezoek" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Wij gebruiken je naam en adres omdat dat handig is voor je volgende bezoek.') },
    ];
    runCases('nl', cases);
  });
  describe('in plain text', () => {
    const titles = (text: string): string[] => buildModel(text, 'plaintext').sections.map((s) => s.title);
    it('reads "1. About us" over a line of dashes as one heading, the dashes no sentence', () => {
      const m = buildModel(joinLines('Privacy Notice', '==============', '', '1. About us', '-----------', '', '1.1 We are a letting agent in Bristol.', '', '2. Sharing', '----------', '', '2.1 We share details with the landlord.'), 'plaintext');
      assert.deepEqual(m.sections.map((s) => s.title.replace(/\s*[=-]{3,}$/, '')), ['Privacy Notice', '1. About us', '2. Sharing']);
      assert.deepEqual(m.sentences.filter((s) => /^-+$/.test(s.text.trim())), []);
    });
    it('reads "8. Automated decisions" over one numbered sentence "8.1 We do not ..." as a heading', () => {
      const text = joinLines('Privacy Notice', '', '7. How long we keep it', '7.1 Financial records are kept for six years after the end of the financial year.', '', '8. Automated decisions', '8.1 We do not use automated decision-making or profiling.', '', '9. Your rights', '9.1 You have the right to request access to the data we hold and to have it corrected.');
      assert.deepEqual(titles(text), ['Privacy Notice', '7. How long we keep it', '8. Automated decisions', '9. Your rights']);
    });
    it('leaves "1. Your details" over short numbered items a list', () => {
      const text = joinLines('Privacy Notice', '', 'We keep these details:', '', '1. Your details', '1.1 First name and surname.', '1.2 Address.', '', 'That is all we keep.');
      assert.deepEqual(titles(text), ['Privacy Notice']);
    });
    it('leaves a list item over a line of dashes a list item', () => {
      assert.deepEqual(titles(joinLines('Privacy Notice', '', 'We keep:', '- your name', '-----', '', 'Nothing else.')).length, 1);
    });
  });
});
