/**
 * Session 14 (lead): a list of bare grounds ties no purpose. The ICO's "make your own privacy
 * notice" template and many like it list "the lawful bases we rely on" as items that say nothing
 * but their ground ("- We have a legitimate interest."), the grounds that do not apply taken out.
 * Such an item ties its ground to no purpose (Art. 13(1)(c)); an item with words of its own after
 * the ground ("- Consent, for our newsletter") or after a colon ("- Consent: our newsletter") ties
 * it, and so does a purpose stated with the ground elsewhere in the notice. The sentences are
 * written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);

describe('Session 14: a list of bare grounds ties no purpose', () => {
  const P = 'basis-without-purpose';
  runCases('en', [
    { name: 'the template\'s three bare grounds under "the lawful bases we rely on" tie no purpose', id: P, expected: 'problem', text: en('We use the information you give us to plan and build your website.', '', 'Under the UK General Data Protection Regulation (UK GDPR), the lawful bases we rely on for processing this information are:', '', '- Your consent. You are able to remove your consent at any time. You can do this by contacting us.', '- We have a contractual obligation.', '- We have a legitimate interest.') },
    { name: 'two bare grounds tie none either', id: P, expected: 'problem', text: en('We use your details to send our newsletter and to answer your questions.', '', 'The lawful bases we rely on are:', '', '- Your consent.', '- Our legitimate interests.') },
    { name: 'grounds with words of their own after them tie them', id: P, expected: 'none', text: en('We send a newsletter and answer your questions.', '', 'The lawful bases we rely on are:', '', '- Your consent, for our newsletter.', '- Our legitimate interests, to answer the questions you send us.') },
    { name: 'bare grounds whose purposes the notice states with them elsewhere are tied', id: P, expected: 'none', text: en('We send our newsletter with your consent. We answer your questions on the basis of our legitimate interest in helping our customers.', '', 'The lawful bases we rely on are:', '', '- Your consent.', '- Our legitimate interests.') },
    { name: 'one bare ground in a list of purposes is no list of grounds', id: P, expected: 'none', text: en('We use your data:', '', '- to send our newsletter, with your consent;', '- to answer your questions, for our legitimate interests.') },
  ]);
  runCases('nl', [
    { name: 'twee kale grondslagen onder "onze grondslagen zijn:" binden geen doel', id: P, expected: 'problem', text: nl('Wij gebruiken uw gegevens voor onze nieuwsbrief en om uw vragen te beantwoorden.', '', 'De grondslagen waarop wij ons baseren zijn:', '', '- Uw toestemming.', '- Ons gerechtvaardigd belang.') },
    { name: 'met het doel erbij binden ze het', id: P, expected: 'none', text: nl('Wij sturen een nieuwsbrief en beantwoorden uw vragen.', '', 'De grondslagen waarop wij ons baseren zijn:', '', '- Uw toestemming, voor de nieuwsbrief.', '- Ons gerechtvaardigd belang, om uw vragen te beantwoorden.') },
  ]);
  runCases('de', [
    { name: 'zwei bloße Rechtsgrundlagen als Liste binden keinen Zweck', id: P, expected: 'problem', text: de('Wir nutzen Ihre Daten für unseren Newsletter und um Ihre Anfragen zu beantworten.', '', 'Wir stützen uns auf folgende Rechtsgrundlagen:', '', '- Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).', '- Unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).') },
    { name: 'mit dem Zweck nach einem Doppelpunkt binden sie ihn', id: P, expected: 'none', text: de('Wir versenden einen Newsletter und beantworten Anfragen.', '', 'Wir stützen uns auf folgende Rechtsgrundlagen:', '', '- Ihre Einwilligung: für den Newsletter.', '- Unser berechtigtes Interesse: für die Beantwortung Ihrer Anfragen.') },
  ]);
  runCases('fr', [
    { name: 'deux bases nues en liste ne rattachent aucune finalité', id: P, expected: 'problem', text: fr('Nous utilisons vos données pour notre lettre d\'information et pour répondre à vos questions.', '', 'Les bases légales sur lesquelles nous nous appuyons sont :', '', '- Votre consentement.', '- Notre intérêt légitime.') },
    { name: 'avec leur finalité, elles la rattachent', id: P, expected: 'none', text: fr('Nous envoyons une lettre d\'information et répondons à vos questions.', '', 'Les bases légales sur lesquelles nous nous appuyons sont :', '', '- Votre consentement, pour la lettre d\'information.', '- Notre intérêt légitime, pour répondre à vos questions.') },
  ]);
});
