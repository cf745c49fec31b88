/**
 * A clause about one item that uses the words of another: the transfer clause's "where a
 * recipient is located", "obtain a copy of these safeguards", "how to contact us", "where we rely
 * on consent, you may withdraw it", and bases named together in a paragraph of their own. Each
 * beside its near miss, which does state the item. The sentences are written for these tests.
 */
import { joinLines, runCases, type Case } from './helpers';

const EN = 'This notice explains what we do with your data.';
const NL = 'In deze verklaring leest u wat wij met uw gegevens doen.';
const DE = 'In dieser Erklärung lesen Sie, was wir mit Ihren Daten tun.';
const FR = 'Cette page vous explique ce que nous faisons de vos données.';

describe('Clauses that spill over into another item, in English', () => {
  const cases: Case[] = [
    {
      name: '"Where a recipient is located outside the EEA, we rely on the standard contractual clauses" names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'Where a recipient is located outside the EEA, we rely on the standard contractual clauses.'),
    },
    {
      name: '"Our hosting provider is located in the United States" names a recipient in a transfer clause',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'Our hosting provider is located in the United States; we rely on the standard contractual clauses.'),
    },
    {
      name: '"You can obtain a copy of these safeguards" after the transfer clause is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'Our mailing service stores data in the United States under the standard contractual clauses. You can obtain a copy of these safeguards from us.'),
    },
    {
      name: '"You can obtain a copy of the personal data we hold about you" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'Our mailing service stores data in the United States under the standard contractual clauses.', '', 'You can obtain a copy of the personal data we hold about you.'),
    },
    {
      name: 'A heading "How to contact us" over an address states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '', '## How to contact us', '', 'Write to Acme Ltd, 1 High Street, London SW1A 1AA.'),
    },
    {
      name: '"If you want to contact us, write to..." states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '', 'If you want to contact us, write to Acme Ltd, 1 High Street, London SW1A 1AA.'),
    },
    {
      name: '"We use your phone number to contact you when your order is ready" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, '', 'We use your phone number to contact you when your order is ready.'),
    },
    {
      name: '"Where we rely on consent, you may withdraw it at any time" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'Where we rely on consent, you may withdraw it at any time.'),
    },
    {
      name: '"Where we rely on consent, you may withdraw it at any time" does not make the withdrawal item required',
      id: 'right-withdraw-consent',
      expected: 'not-applicable',
      text: joinLines('# Privacy notice', '', EN, 'Where we rely on consent, you may withdraw it at any time.'),
    },
    {
      name: '"We rely on your consent to send the newsletter" states a legal basis',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We rely on your consent to send the newsletter. You may withdraw it at any time.'),
    },
    {
      name: 'Two bases in a paragraph of their own after the purposes are tied to none of them',
      id: 'basis-without-purpose',
      expected: 'problem',
      text: joinLines('# Privacy notice', '', '## Why we use your data', '', 'We use your details to manage bookings and to send you our newsletter.', '', 'We process your data based on consent and legitimate interests.'),
    },
    {
      name: 'Two bases in the sentence after the purposes, in the same paragraph, are tied to them',
      id: 'basis-without-purpose',
      expected: 'none',
      text: joinLines('# Privacy notice', '', '## Why we use your data', '', 'We use your details to manage bookings and to send you our newsletter. We process your data based on consent and legitimate interests.'),
    },
    {
      name: '"If something is wrong, we will correct it" is the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'If something is wrong, we will correct it.'),
      format: 'plaintext',
    },
    {
      name: '"If your order is wrong, we will replace it" is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'If your order is wrong, we will replace it.'),
      format: 'plaintext',
    },
  ];
  runCases('en', cases);
});

describe('Clauses that spill over into another item, in Dutch', () => {
  const cases: Case[] = [
    {
      name: '"Als een ontvanger buiten de EER is gevestigd, ..." names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Als een ontvanger buiten de EER is gevestigd, maken wij gebruik van de standaardcontractbepalingen.'),
    },
    {
      name: '"Onze hostingpartij is gevestigd in de Verenigde Staten" names a recipient in a transfer clause',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Onze hostingpartij is gevestigd in de Verenigde Staten; wij maken gebruik van de standaardcontractbepalingen.'),
    },
    {
      name: '"U kunt een kopie van deze waarborgen opvragen" after the transfer clause is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Onze mailingdienst bewaart gegevens in de Verenigde Staten onder de standaardcontractbepalingen. U kunt een kopie van deze waarborgen bij ons opvragen.'),
    },
    {
      name: '"U kunt een kopie van uw gegevens opvragen" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Onze mailingdienst bewaart gegevens in de Verenigde Staten onder de standaardcontractbepalingen.', '', 'U kunt een kopie van uw gegevens bij ons opvragen.'),
    },
    {
      name: '"Om contact met ons op te nemen, schrijft u naar..." states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, '', 'Om contact met ons op te nemen, schrijft u naar Acme B.V., Kerkstraat 1, 1011 AB Amsterdam.'),
    },
    {
      name: '"Wij gebruiken uw telefoonnummer om contact met u op te nemen" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, '', 'Wij gebruiken uw telefoonnummer om contact met u op te nemen als uw bestelling klaar is.'),
    },
    {
      name: '"Waar wij ons op toestemming baseren, kunt u die altijd intrekken" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Waar wij ons op toestemming baseren, kunt u die altijd intrekken.'),
    },
    {
      name: '"Voor de nieuwsbrief baseren wij ons op uw toestemming" states a legal basis',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Voor de nieuwsbrief baseren wij ons op uw toestemming.'),
    },
    {
      name: 'Two bases in a paragraph of their own after the purposes are tied to none of them',
      id: 'basis-without-purpose',
      expected: 'problem',
      text: joinLines('# Privacyverklaring', '', '## Waarom wij uw gegevens gebruiken', '', 'Wij gebruiken uw gegevens om afspraken te beheren en om u onze nieuwsbrief te sturen.', '', 'Wij verwerken uw gegevens op basis van toestemming en gerechtvaardigd belang.'),
    },
    {
      name: 'Two bases in the sentence after the purposes, in the same paragraph, are tied to them',
      id: 'basis-without-purpose',
      expected: 'none',
      text: joinLines('# Privacyverklaring', '', '## Waarom wij uw gegevens gebruiken', '', 'Wij gebruiken uw gegevens om afspraken te beheren en om u onze nieuwsbrief te sturen. Wij verwerken uw gegevens op basis van toestemming en gerechtvaardigd belang.'),
    },
  ];
  runCases('nl', cases);
});

describe('Clauses that spill over into another item, in German', () => {
  const cases: Case[] = [
    {
      name: '"Sitzt ein Empfänger außerhalb des EWR, ..." names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Sitzt ein Empfänger außerhalb des EWR, nutzen wir die Standardvertragsklauseln der Europäischen Kommission.'),
    },
    {
      name: '"Unser Hoster sitzt in den USA" names a recipient in a transfer clause',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Unser Hoster sitzt in den USA; wir nutzen die Standardvertragsklauseln der Europäischen Kommission.'),
    },
    {
      name: '"Eine Kopie dieser Garantien können Sie anfordern" after the transfer clause is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Unser Newsletterdienst speichert Daten in den USA auf Grundlage der Standardvertragsklauseln. Eine Kopie dieser Garantien können Sie bei uns anfordern.'),
    },
    {
      name: '"Sie können eine Kopie Ihrer Daten anfordern" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Unser Newsletterdienst speichert Daten in den USA auf Grundlage der Standardvertragsklauseln.', '', 'Sie können eine Kopie Ihrer Daten bei uns anfordern.'),
    },
    {
      name: '"Um uns zu erreichen, schreiben Sie an ..." states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, '', 'Um uns zu erreichen, schreiben Sie an Acme GmbH, Hauptstraße 1, 10115 Berlin.'),
    },
    {
      name: '"Wir nutzen Ihre Telefonnummer, um Sie zu kontaktieren" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, '', 'Wir nutzen Ihre Telefonnummer, um Sie zu kontaktieren, wenn Ihre Bestellung fertig ist.'),
    },
    {
      name: '"Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit widerrufen" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit widerrufen.'),
    },
    {
      name: '"Für den Newsletter stützen wir uns auf Ihre Einwilligung" states a legal basis',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Datenschutzerklärung', '', DE, 'Für den Newsletter stützen wir uns auf Ihre Einwilligung.'),
    },
    {
      name: 'Two bases in a paragraph of their own after the purposes are tied to none of them',
      id: 'basis-without-purpose',
      expected: 'problem',
      text: joinLines('# Datenschutzerklärung', '', '## Wofür wir Ihre Daten nutzen', '', 'Wir nutzen Ihre Daten, um Buchungen zu verwalten und Ihnen unseren Newsletter zu senden.', '', 'Wir verarbeiten Ihre Daten auf Grundlage Ihrer Einwilligung und unserer berechtigten Interessen.'),
    },
    {
      name: 'Two bases in the sentence after the purposes, in the same paragraph, are tied to them',
      id: 'basis-without-purpose',
      expected: 'none',
      text: joinLines('# Datenschutzerklärung', '', '## Wofür wir Ihre Daten nutzen', '', 'Wir nutzen Ihre Daten, um Buchungen zu verwalten und Ihnen unseren Newsletter zu senden. Wir verarbeiten Ihre Daten auf Grundlage Ihrer Einwilligung und unserer berechtigten Interessen.'),
    },
  ];
  runCases('de', cases);
});

describe('Clauses that spill over into another item, in French', () => {
  const cases: Case[] = [
    {
      name: '"Lorsqu\'un destinataire est situé hors de l\'EEE, ..." names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, "Lorsqu'un destinataire est situé hors de l'EEE, nous utilisons les clauses contractuelles types."),
    },
    {
      name: '"Notre hébergeur est situé aux États-Unis" names a recipient in a transfer clause',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, 'Notre prestataire d\'hébergement est situé aux États-Unis ; nous utilisons les clauses contractuelles types.'),
    },
    {
      name: '"Vous pouvez obtenir une copie de ces garanties" after the transfer clause is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, 'Notre service d\'envoi conserve des données aux États-Unis sous les clauses contractuelles types. Vous pouvez obtenir une copie de ces garanties auprès de nous.'),
    },
    {
      name: '"Vous pouvez obtenir une copie de vos données" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, 'Notre service d\'envoi conserve des données aux États-Unis sous les clauses contractuelles types.', '', 'Vous pouvez obtenir une copie de vos données auprès de nous.'),
    },
    {
      name: '"Pour nous contacter, écrivez à ..." states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, '', 'Pour nous contacter, écrivez à Acme SAS, 1 rue de la Paix, 75002 Paris.'),
    },
    {
      name: '"Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, 'Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment.'),
    },
    {
      name: '"Nous nous fondons sur votre consentement pour la lettre d\'information ; vous pouvez le retirer à tout moment" states the basis and its withdrawal',
      id: 'right-withdraw-consent',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, "Nous nous fondons sur votre consentement pour la lettre d'information ; vous pouvez le retirer à tout moment."),
    },
    {
      name: 'Two bases in a paragraph of their own after the purposes are tied to none of them',
      id: 'basis-without-purpose',
      expected: 'problem',
      text: joinLines('# Politique de confidentialité', '', '## Pourquoi nous utilisons vos données', '', 'Nous utilisons vos données afin de gérer les réservations et de vous envoyer notre lettre d\'information.', '', 'Nous traitons vos données sur la base de votre consentement et de notre intérêt légitime.'),
    },
    {
      name: 'Two bases in the sentence after the purposes, in the same paragraph, are tied to them',
      id: 'basis-without-purpose',
      expected: 'none',
      text: joinLines('# Politique de confidentialité', '', '## Pourquoi nous utilisons vos données', '', 'Nous utilisons vos données afin de gérer les réservations et de vous envoyer notre lettre d\'information. Nous traitons vos données sur la base de votre consentement et de notre intérêt légitime.'),
    },
  ];
  runCases('fr', cases);
});

describe('Cookie settings described as what the reader can do are not rights, in four languages', () => {
  const cases: readonly (Case & { readonly lang: 'en' | 'nl' | 'de' | 'fr' })[] = [
    { lang: 'en', name: '"You can delete cookies in your browser settings" is no right to erasure', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacy notice', '', EN, 'You can delete cookies in your browser settings.') },
    { lang: 'en', name: 'Under a heading "Cookies", "You can restrict them in your browser" is no right to restriction', id: 'right-restriction', expected: 'missing', text: joinLines('# Privacy notice', '', EN, '', '## Cookies', '', 'We use cookies. You can restrict them in your browser at any time.') },
    { lang: 'en', name: 'In a section on rights, "You can ask us to delete the data our cookies collected" is the right to erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy notice', '', EN, '', '## Your rights', '', 'You can ask us to delete the data our cookies collected.') },
    { lang: 'nl', name: '"U kunt cookies verwijderen via uw browser" is no recht op verwijdering', id: 'right-erasure', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kunt cookies verwijderen via de instellingen van uw browser.') },
    { lang: 'nl', name: '"U kunt uw cookie-instellingen altijd aanpassen" is no recht op rectificatie', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'U kunt uw cookie-instellingen altijd aanpassen.') },
    { lang: 'nl', name: '"U kunt ons vragen uw gegevens te verwijderen" is the recht op verwijdering', id: 'right-erasure', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'U kunt ons vragen uw gegevens te verwijderen.') },
    { lang: 'de', name: '"Sie können Cookies jederzeit in Ihrem Browser löschen" is no Recht auf Löschung', id: 'right-erasure', expected: 'missing', text: joinLines('# Datenschutzerklärung', '', DE, 'Sie können Cookies jederzeit in Ihrem Browser löschen.') },
    { lang: 'de', name: '"Sie können Cookies in Ihrem Browser einschränken" is no Recht auf Einschränkung', id: 'right-restriction', expected: 'missing', text: joinLines('# Datenschutzerklärung', '', DE, 'Sie können Cookies in Ihrem Browser einschränken.') },
    { lang: 'de', name: '"Sie können verlangen, dass wir Ihre Daten löschen" is the Recht auf Löschung', id: 'right-erasure', expected: 'present', text: joinLines('# Datenschutzerklärung', '', DE, 'Sie können verlangen, dass wir Ihre Daten löschen.') },
    { lang: 'fr', name: '"Vous pouvez supprimer les cookies dans votre navigateur" is no droit à l\'effacement', id: 'right-erasure', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, 'Vous pouvez supprimer les cookies dans les paramètres de votre navigateur.') },
    { lang: 'fr', name: '"Vous pouvez limiter l\'utilisation des cookies" is no droit à la limitation', id: 'right-restriction', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, "Vous pouvez limiter l'utilisation des cookies dans votre navigateur.") },
    { lang: 'fr', name: '"Vous pouvez nous demander d\'effacer vos données" is the droit à l\'effacement', id: 'right-erasure', expected: 'present', text: joinLines('# Politique de confidentialité', '', FR, "Vous pouvez nous demander d'effacer vos données.") },
  ];
  for (const lang of ['en', 'nl', 'de', 'fr'] as const) {
    describe(lang, () => runCases(lang, cases.filter((c) => c.lang === lang)));
  }
});
