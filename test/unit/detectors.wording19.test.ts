/**
 * Wordings of the widely used generators and templates, met in the notices written in their shapes
 * for the accuracy sets in session 12 (a US-style app notice with "In Short:" summaries and question
 * headings in capitals, a web-shop builder's default policy, the common Dutch "privacyverklaring"
 * template half filled in), each beside its near miss: the stock "No purpose in this notice will
 * require us keeping your personal information for longer than the period of time in which users
 * have an account with us"; "If you do not agree with our policies and practices, please do not use
 * our Services" and "By using our website, you hereby consent to our Privacy Policy"; cookies that store
 * "visitors' preferences" (nothing on consent); "must be true, complete, and accurate" (no duty to provide data); a US postal
 * address ending in "United States" (no transfer); an app named "Habit Tracker" (no tracker); "to
 * port it to a new service"; "the right to object to processing based solely on automated
 * decision-making" (Art. 22, not the Art. 21 right to object); the template's "verzoek tot
 * intrekking van je toestemming" (no retention criterion); "[Naam] is de Functionaris
 * Gegevensbescherming van ..." with its blanks unfilled; and a site template's long numbered heading
 * "5. Protection des biens et des personnes – gestion des données personnelles" (a dash between its
 * parts is no word), which had left the rights under it in the section on cookies before it. The
 * sentences are written for these tests.
 */
import * as assert from 'node:assert/strict';
import { analyze, EN, FR, NL, joinLines, runCases, type Case } from './helpers';

describe('Session 12 wordings of generators and templates', () => {
  describe('in English', () => {
    const cases: Case[] = [
      { name: 'No longer than "the period of time in which users have an account with us" is a criterion', id: 'retention', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'No purpose in this notice will require us keeping your personal information for longer than the period of time in which users have an account with us.') },
      { name: '"Users who have an account with us can log in" is not', id: 'retention', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'We keep your personal information safe. Users who have an account with us can log in at any time.') },
      { name: '"If you do not agree with our policies and practices, please do not use our Services" infers agreement from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy notice', '', EN, 'If you do not agree with our policies and practices, please do not use our Services.') },
      { name: '"If you do not agree with a decision, please do not hesitate to contact us" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy notice', '', EN, 'If you do not agree with a decision we made about your data, please do not hesitate to contact us.') },
      { name: 'Information you provide "must be true, complete, and accurate" says nothing on a duty to provide it', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'All personal information that you provide to us must be true, complete, and accurate, and you must notify us of any changes to such personal information.') },
      { name: 'Information you "must provide" to open an account is a requirement', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You must provide your name and email address to open an account.') },
      { name: 'A postal address ending in "United States" is no transfer', id: 'transfer-safeguards', expected: 'not-applicable', text: joinLines('# Privacy notice', '', EN, 'Write to us at Lumeo Labs LLC, 2100 Alder Street, Suite 4, Portland, OR 97205, United States.') },
      { name: 'Data kept by a host in the United States is one', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'Our hosting provider keeps your data on servers in Oregon, United States.') },
      { name: 'An app named "Habit Tracker" is no tracker', id: 'cookies', expected: 'not-applicable', text: joinLines('# Privacy notice', '', EN, 'This notice covers our mobile application, Lumeo Habit Tracker.') },
      { name: 'Trackers of advertising networks are', id: 'cookies', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'Our app contains trackers of two advertising networks.') },
      { name: '"to port it to a new service" is portability', id: 'right-portability', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You have the right to access the personal information we hold about you and to port it to a new service.') },
      { name: '"We will port the app to Android" is not', id: 'right-portability', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'You have the right to access the personal information we hold about you. We will port the app to Android next year.') },
      { name: 'The right to object to processing based solely on automated decision-making is not the right to object', id: 'right-object', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'You have the right to object to processing based solely on automated decision-making (which includes profiling), when that decision-making has a legal effect on you.') },
      { name: 'The right to object to processing based on our legitimate interests is', id: 'right-object', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'You have the right to object to processing based on our legitimate interests.') },
      { name: '"By using our website, you hereby consent to our Privacy Policy" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy notice', '', EN, 'By using our website, you hereby consent to our Privacy Policy and agree to its terms.') },
      { name: '"By signing the form, you hereby consent to the newsletter" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy notice', '', EN, 'By ticking the box on the form, you hereby consent to receiving our newsletter.') },
      { name: 'Cookies that store "visitors\' preferences" say nothing on consent', id: 'cookies', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'Like any other website, we use cookies. These cookies are used to store information including visitors\' preferences, and the pages on the website that the visitor accessed or visited.') },
      { name: 'Cookies you can "manage ... preferences" for do', id: 'cookies', expected: 'present', text: joinLines('# Privacy notice', '', EN, 'Like any other website, we use cookies. You can manage your cookie preferences at any time from the link at the foot of each page.') },
    ];
    runCases('en', cases);
  });
  describe('in Dutch', () => {
    const cases: Case[] = [
      { name: '"verzoek tot intrekking van je toestemming" beside "verwijdering" is no retention criterion', id: 'retention', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Je kunt een verzoek tot inzage, correctie, verwijdering of verzoek tot intrekking van je toestemming sturen naar info@bakkerij.example.') },
      { name: 'Data kept "tot intrekking van je toestemming" has one', id: 'retention', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Je e-mailadres bewaren wij tot intrekking van je toestemming.') },
      { name: '"[Naam] is de Functionaris Gegevensbescherming van ..." with its blanks unfilled gives no contact', id: 'dpo-contact', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, '[Naam] is de Functionaris Gegevensbescherming van Bakkerij Van Gelder. Hij/zij is te bereiken via [e-mailadres].') },
      { name: 'The same sentence filled in gives one', id: 'dpo-contact', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Jan de Vries is de Functionaris Gegevensbescherming van Bakkerij Van Gelder. Hij is te bereiken via fg@bakkerij.example.') },
    ];
    runCases('nl', cases);
  });
  describe('in French', () => {
    const page = (heading: string): string =>
      joinLines('MENTIONS LÉGALES', '', FR, '', '4. Liens hypertextes et cookies', 'La navigation sur le site est susceptible de provoquer l\'installation de cookies sur l\'ordinateur de l\'utilisateur.', '', heading, 'Tout utilisateur dispose d\'un droit d\'accès, de rectification, de suppression et d\'opposition aux données personnelles le concernant.');
    const cases: Case[] = [
      { name: 'Rights under "5. Protection des biens et des personnes – gestion des données personnelles" include erasure', id: 'right-erasure', expected: 'present', format: 'plaintext', text: page('5. Protection des biens et des personnes – gestion des données personnelles') },
      { name: '... and objection', id: 'right-object', expected: 'present', format: 'plaintext', text: page('5. Protection des biens et des personnes – gestion des données personnelles') },
    ];
    runCases('fr', cases);
    it('reads the long numbered line with a dash as a heading, and a numbered sentence of eleven words as a list item', () => {
      const titles = (text: string): string[] => analyze(text, 'fr', 'plaintext').model.sections.map((s) => s.title);
      assert.ok(titles(page('5. Protection des biens et des personnes – gestion des données personnelles')).some((s) => s.startsWith('5. Protection des biens')));
      const list = joinLines('MENTIONS LÉGALES', '', FR, '', '1. Nous collectons votre nom et votre adresse électronique – rien de plus', '2. Nous ne vendons jamais vos données à des tiers ni à des partenaires', '');
      assert.deepEqual(titles(list), ['MENTIONS LÉGALES']);
    });
  });
});
