/**
 * Accuracy defects noticed in earlier sessions and fixed in session 10, each as a general rule,
 * each case beside its near miss. The sentences are written for these tests.
 *
 * 1. A legal basis that closes a sentence ("..., nur, wenn Sie damit einverstanden sind") or opens
 *    it ("With your consent, we ...") is the condition of the act the rest of the sentence states,
 *    and that act is what the basis is for; a bare "we process your data" states no act.
 * 2. "Nobody" as the whole answer under a heading about recipients ("Who sees your data?" "No
 *    one.") says that nobody receives the data; the same word under another heading says nothing.
 * 3. A negation inside a relative clause before a mention ("les données qui ne sont pas
 *    nécessaires sont supprimées") ends with that clause: the mention two words or more after it
 *    is not negated, unless an infinitive marker ties it to the negated verb ("not able to correct").
 * 4. French "obligatoire" alone is no answer to whether providing data is required (Art. 13(2)(e)):
 *    "la conservation des factures est obligatoire" says nothing of it. It answers as a field's
 *    marker ("Date de naissance (facultatif)"), said of a field or of data provided, or with the
 *    consequence of not providing ("sans lui, vous ne pourrez pas ..."); "... est facultatif" still does.
 * 5. A service named for a task that needs one ("We use Mailchimp to send our newsletter", "Les
 *    paiements sont traités par Stripe") names a recipient; the same sentence without a name ("We
 *    use email to send our newsletter") or with a task a tool does in house ("to run our website") does not.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';

/** A notice stating a contract as the basis of bookings, then `line` in a section of its own (so no purpose elsewhere in its section ties it). */
const withContract = (lang: 'en' | 'nl' | 'de' | 'fr', line: string): string =>
  ({
    en: joinLines('# Privacy notice', '', EN, 'The legal basis for bookings is the performance of our contract.', '', '## Other', '', line),
    nl: joinLines('# Privacyverklaring', '', NL, 'De grondslag voor boekingen is de uitvoering van de overeenkomst.', '', '## Overig', '', line),
    de: joinLines('# Datenschutz', '', DE, 'Rechtsgrundlage für Buchungen ist die Erfüllung des Vertrags.', '', '## Sonstiges', '', line),
    fr: joinLines('# Politique de confidentialité', '', FR, "La base juridique des réservations est l'exécution du contrat.", '', '## Divers', '', line),
  })[lang];

const BWP = 'basis-without-purpose';

describe('Session 10: a basis that closes or opens a sentence is tied to the act it states', () => {
  describe('German', () => {
    const cases: Case[] = [
      { name: '"Bilder von Gästen zeigen wir, nur, wenn Sie damit einverstanden sind" ties consent to showing the pictures', id: BWP, expected: 'none', text: withContract('de', 'Auf unserer Homepage zeigen wir Bilder von Gästen, natürlich nur, wenn Sie damit einverstanden sind.') },
      { name: '"Den Newsletter senden wir Ihnen nur mit Ihrer Einwilligung" ties consent to the newsletter', id: BWP, expected: 'none', text: withContract('de', 'Den Newsletter senden wir Ihnen nur mit Ihrer Einwilligung.') },
      { name: '"Mit Ihrer Einwilligung zeigen wir Bilder ..." (basis first) ties it too', id: BWP, expected: 'none', text: withContract('de', 'Mit Ihrer Einwilligung zeigen wir Bilder von Gästen auf unserer Homepage.') },
      { name: '"Wir verarbeiten Ihre Daten nur, wenn Sie damit einverstanden sind" states no act', id: BWP, expected: 'problem', text: withContract('de', 'Wir verarbeiten Ihre Daten nur, wenn Sie damit einverstanden sind.') },
      { name: '"Mit Ihrer Einwilligung verarbeiten wir Ihre Daten" states none either', id: BWP, expected: 'problem', text: withContract('de', 'Mit Ihrer Einwilligung verarbeiten wir Ihre Daten.') },
      { name: '"Die Verarbeitung erfolgt im Übrigen auf Grundlage Ihrer Einwilligung" states none', id: BWP, expected: 'problem', text: withContract('de', 'Die Verarbeitung erfolgt im Übrigen auf Grundlage Ihrer Einwilligung.') },
      { name: '"... gemäß der DSGVO nur mit Ihrer Einwilligung": conformity with the law is no act', id: BWP, expected: 'problem', text: withContract('de', 'Wir verarbeiten Ihre personenbezogenen Daten gemäß der DSGVO nur mit Ihrer Einwilligung.') },
      { name: 'Kinds of data stored "nur mit Ihrer Einwilligung" are no act', id: BWP, expected: 'problem', text: withContract('de', 'Ihren Namen und Ihre E-Mail-Adresse speichern wir nur mit Ihrer Einwilligung.') },
      { name: 'The sentence of bases listed together states no act', id: BWP, expected: 'problem', text: withContract('de', 'Wir verarbeiten Ihre Daten aufgrund gesetzlicher Pflichten und mit Ihrer Einwilligung.') },
    ];
    runCases('de', cases);
  });

  describe('English', () => {
    const cases: Case[] = [
      { name: '"We put photos of guests on our website, but only if you consent" ties consent to the photos', id: BWP, expected: 'none', text: withContract('en', 'We put photos of guests on our website, but only if you consent.') },
      { name: '"We send our newsletter only with your consent" ties consent to the newsletter', id: BWP, expected: 'none', text: withContract('en', 'We send our newsletter only with your consent.') },
      { name: '"We watch the car park with cameras based on our legitimate interests" ties the basis to the cameras', id: BWP, expected: 'none', text: withContract('en', 'We watch the car park with cameras based on our legitimate interests.') },
      { name: '"With your consent, we put photos of guests on our website" (basis first) ties it too', id: BWP, expected: 'none', text: withContract('en', 'With your consent, we put photos of guests on our website.') },
      { name: '"We process your personal data only with your consent" states no act', id: BWP, expected: 'problem', text: withContract('en', 'We process your personal data only with your consent.') },
      { name: '"With your consent, we may also process your personal information" states none', id: BWP, expected: 'problem', text: withContract('en', 'With your consent, we may also process your personal information.') },
      { name: '"We might also use your data where you have consented" states none', id: BWP, expected: 'problem', text: withContract('en', 'We might also use your data where you have consented.') },
      { name: '"Processing takes place on the basis of your consent" states none', id: BWP, expected: 'problem', text: withContract('en', 'Processing takes place on the basis of your consent.') },
      { name: '"in line with the Data Protection Directive and with your consent": conformity with a law is no act', id: BWP, expected: 'problem', text: withContract('en', 'We process your data in line with the Data Protection Directive and with your consent.') },
      { name: 'Kinds of data stored "only with your consent" are no act', id: BWP, expected: 'problem', text: withContract('en', 'We store your name and email address only with your consent.') },
    ];
    runCases('en', cases);
  });

  describe('Dutch', () => {
    const cases: Case[] = [
      { name: '"Foto\'s van gasten zetten wij op onze website, maar alleen met uw toestemming" ties consent to the photos', id: BWP, expected: 'none', text: withContract('nl', "Foto's van gasten zetten wij op onze website, maar alleen met uw toestemming.") },
      { name: '"Met uw toestemming sturen wij u onze nieuwsbrief" (basis first) ties it too', id: BWP, expected: 'none', text: withContract('nl', 'Met uw toestemming sturen wij u onze nieuwsbrief.') },
      { name: '"Wij verwerken uw gegevens alleen met uw toestemming" states no act', id: BWP, expected: 'problem', text: withContract('nl', 'Wij verwerken uw gegevens alleen met uw toestemming.') },
      { name: '"Wij mogen uw gegevens ook gebruiken indien u daarvoor toestemming hebt gegeven": a modal verb and a condition are no act', id: BWP, expected: 'problem', text: withContract('nl', 'Wij mogen uw gegevens ook gebruiken indien u daarvoor toestemming hebt gegeven.') },
      { name: '"De verwerking vindt plaats op basis van uw toestemming" states none', id: BWP, expected: 'problem', text: withContract('nl', 'De verwerking vindt plaats op basis van uw toestemming.') },
      { name: '"in overeenstemming met de AVG alleen met uw toestemming": conformity with the law is no act', id: BWP, expected: 'problem', text: withContract('nl', 'Wij verwerken uw persoonsgegevens in overeenstemming met de AVG alleen met uw toestemming.') },
    ];
    runCases('nl', cases);
  });

  describe('French', () => {
    const cases: Case[] = [
      { name: '"Nous publions des photos de nos clients sur notre site, uniquement avec votre accord" ties consent to the photos', id: BWP, expected: 'none', text: withContract('fr', 'Nous publions des photos de nos clients sur notre site, uniquement avec votre accord.') },
      { name: '"Avec votre accord, nous publions des photos ..." (basis first) ties it too', id: BWP, expected: 'none', text: withContract('fr', 'Avec votre accord, nous publions des photos de nos clients sur notre site.') },
      { name: '"Nous ne traitons vos données personnelles qu\'avec votre consentement" states no act', id: BWP, expected: 'problem', text: withContract('fr', "Nous ne traitons vos données personnelles qu'avec votre consentement.") },
      { name: '"Le traitement est effectué conformément au RGPD sur la base de votre consentement" states none', id: BWP, expected: 'problem', text: withContract('fr', 'Le traitement est effectué conformément au RGPD sur la base de votre consentement.') },
    ];
    runCases('fr', cases);
  });
});

describe('Session 10: "Nobody." under a heading about recipients says that nobody receives the data', () => {
  const R = 'recipients';
  const en = (heading: string, answer: string, format: 'markdown' | 'plaintext' = 'markdown'): string =>
    format === 'markdown' ? joinLines('# Privacy notice', '', EN, '', `## ${heading}`, '', answer) : joinLines('Privacy notice', '', EN, '', heading, answer);
  const nl = (heading: string, answer: string): string => joinLines('# Privacyverklaring', '', NL, '', `## ${heading}`, '', answer);
  const de = (heading: string, answer: string, format: 'markdown' | 'plaintext' = 'markdown'): string =>
    format === 'markdown' ? joinLines('# Datenschutz', '', DE, '', `## ${heading}`, '', answer) : joinLines('Datenschutz', '', DE, '', heading, answer);
  const fr = (heading: string, answer: string): string => joinLines('# Politique de confidentialité', '', FR, '', `## ${heading}`, '', answer);
  describe('English', () => {
    runCases('en', [
      { name: '"Who sees your data?" answered "Nobody."', id: R, expected: 'present', text: en('Who sees your data?', 'Nobody.') },
      { name: '"Who receives your details?" answered "No one." in plain text', id: R, expected: 'present', format: 'plaintext', text: en('Who receives your details?', 'No one.', 'plaintext') },
      { name: '"Who can I contact?" answered "Nobody." is no recipient statement', id: R, expected: 'missing', text: en('Who can I contact?', 'Nobody.') },
      { name: '"Who gets the prize?" answered "Nobody." is none either', id: R, expected: 'missing', text: en('Who gets the prize?', 'Nobody.') },
      { name: '"Nobody is perfect." under "Who sees your data?" is no whole answer', id: R, expected: 'missing', text: en('Who sees your data?', 'Nobody is perfect, but we try.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"Wie krijgt uw gegevens te zien?" answered "Niemand."', id: R, expected: 'present', text: nl('Wie krijgt uw gegevens te zien?', 'Niemand.') },
      { name: '"Met wie delen wij uw gegevens?" answered "Met niemand."', id: R, expected: 'present', text: nl('Met wie delen wij uw gegevens?', 'Met niemand.') },
      { name: '"Aan wie geven wij uw gegevens door?" answered "Aan niemand."', id: R, expected: 'present', text: nl('Aan wie geven wij uw gegevens door?', 'Aan niemand.') },
      { name: '"Wie is verantwoordelijk?" answered "Niemand." is no recipient statement', id: R, expected: 'missing', text: nl('Wie is verantwoordelijk?', 'Niemand.') },
      { name: '"Wie ziet de kassa?" answered "Niemand." is none either', id: R, expected: 'missing', text: nl('Wie ziet de kassa?', 'Niemand.') },
    ]);
  });
  describe('German', () => {
    runCases('de', [
      { name: '"Wer bekommt Ihre Daten?" answered "Niemand."', id: R, expected: 'present', text: de('Wer bekommt Ihre Daten?', 'Niemand.') },
      { name: '"Wer erhält Ihre Daten?" answered "Niemand." in plain text', id: R, expected: 'present', format: 'plaintext', text: de('Wer erhält Ihre Daten?', 'Niemand.', 'plaintext') },
      { name: '"Wer ist verantwortlich?" answered "Niemand." is no recipient statement', id: R, expected: 'missing', text: de('Wer ist verantwortlich?', 'Niemand.') },
      { name: '"Wer bekommt die Schlüssel?" answered "Niemand." is none either', id: R, expected: 'missing', text: de('Wer bekommt die Schlüssel?', 'Niemand.') },
    ]);
  });
  describe('French', () => {
    runCases('fr', [
      { name: '"Avec qui partageons-nous vos données ?" answered "Personne."', id: R, expected: 'present', text: fr('Avec qui partageons-nous vos données ?', 'Personne.') },
      { name: '"Qui voit vos données ?" answered "À personne." too', id: R, expected: 'present', text: fr('Qui voit vos données ?', 'À personne.') },
      { name: '"Qui gagne le concours ?" answered "Personne." is none either', id: R, expected: 'missing', text: fr('Qui gagne le concours ?', 'Personne.') },
      { name: '"Qui est responsable ?" answered "Personne." is no recipient statement', id: R, expected: 'missing', text: fr('Qui est responsable ?', 'Personne.') },
    ]);
  });
});

describe('Session 10: a negation in a relative clause does not negate the main verb after it', () => {
  const fr = (line: string): string => joinLines('# Politique de confidentialité', '', FR, '', '## Vos droits', '', line);
  const en = (line: string): string => joinLines('# Privacy notice', '', EN, '', '## Your rights', '', line);
  const nl = (line: string): string => joinLines('# Privacyverklaring', '', NL, '', '## Uw rechten', '', line);
  describe('French', () => {
    runCases('fr', [
      { name: '"Les données qui ne sont pas nécessaires sont supprimées à votre demande" describes erasure', id: 'right-erasure', expected: 'present', text: fr('Les données qui ne sont pas nécessaires sont supprimées à votre demande.') },
      { name: '"Les données qui ne sont jamais utilisées sont effacées sur simple demande" describes erasure', id: 'right-erasure', expected: 'present', text: fr('Les données qui ne sont jamais utilisées sont effacées sur simple demande.') },
      { name: '"Les informations qui ne sont pas exactes seront rectifiées" describes rectification', id: 'right-rectification', expected: 'present', text: fr('Les informations qui ne sont pas exactes seront rectifiées à votre demande.') },
      { name: '"Les données que nous ne pouvons pas supprimer" is still negated', id: 'right-erasure', expected: 'missing', text: fr('Les données que nous ne pouvons pas supprimer sont listées ci-dessous.') },
      { name: '"Nous ne pouvons pas rectifier les informations ..." is still negated', id: 'right-rectification', expected: 'missing', text: fr('Nous ne pouvons pas rectifier les informations publiées par des tiers.') },
      { name: '"Les factures que nous ne sommes pas en mesure de supprimer" is still negated', id: 'right-erasure', expected: 'missing', text: fr('Les factures que nous ne sommes pas en mesure de supprimer sont listées ci-dessous.') },
    ]);
  });
  describe('English', () => {
    runCases('en', [
      { name: '"Data that is not needed any more is erased at your request" describes erasure', id: 'right-erasure', expected: 'present', text: en('Data that is not needed any more is erased at your request.') },
      { name: '"Details that are not accurate will be corrected at your request" describes rectification', id: 'right-rectification', expected: 'present', text: en('Details that are not accurate will be corrected at your request.') },
      { name: '"Details that we are not able to correct" is still negated', id: 'right-rectification', expected: 'missing', text: en('Details that we are not able to correct are listed below.') },
      { name: '"Data that we cannot erase" is still negated', id: 'right-erasure', expected: 'missing', text: en('Data that we cannot erase is listed below.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"Gegevens die niet kloppen worden verbeterd" describes rectification', id: 'right-rectification', expected: 'present', text: nl('Gegevens die niet kloppen worden door ons verbeterd.') },
      { name: '"Gegevens die wij niet mogen verbeteren" is still negated', id: 'right-rectification', expected: 'missing', text: nl('Gegevens die wij niet mogen verbeteren staan hieronder.') },
      { name: '"Gegevens die wij niet kunnen verbeteren" is still negated', id: 'right-rectification', expected: 'missing', text: nl('Gegevens die wij niet in staat zijn te verbeteren staan hieronder.') },
    ]);
  });
});

describe('Session 10: French "obligatoire" answers whether providing data is required only in context', () => {
  const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);
  const S = 'statutory-requirement';
  runCases('fr', [
    { name: '"Date de naissance (facultatif)" in a list of data marks the field', id: S, expected: 'present', text: fr('- Nom et prénom', '- Date de naissance (facultatif)') },
    { name: '"La communication de votre numéro de téléphone est obligatoire"', id: S, expected: 'present', text: fr('La communication de votre numéro de téléphone est obligatoire pour la livraison.') },
    { name: '"Votre adresse e-mail est obligatoire pour créer un compte"', id: S, expected: 'present', text: fr('Votre adresse e-mail est obligatoire pour créer un compte.') },
    { name: '"Le certificat médical est obligatoire : sans lui, vous ne pourrez pas participer"', id: S, expected: 'present', text: fr('Le certificat médical est obligatoire pour la licence : sans lui, vous ne pourrez pas participer aux compétitions.') },
    { name: '"Votre numéro de téléphone est facultatif"', id: S, expected: 'present', text: fr('Votre numéro de téléphone est facultatif.') },
    { name: '"Les champs obligatoires du formulaire sont signalés"', id: S, expected: 'present', text: fr('Les champs obligatoires du formulaire sont signalés.') },
    { name: '"La conservation de vos factures est obligatoire pendant dix ans" does not answer it', id: S, expected: 'missing', text: fr('La conservation de vos factures est obligatoire pendant dix ans.') },
    { name: '"Le port du casque est obligatoire sur les terrains" does not', id: S, expected: 'missing', text: fr('Le port du casque est obligatoire sur les terrains.') },
    { name: '"Une formule facultative de parrainage" does not', id: S, expected: 'missing', text: fr('Une formule facultative de parrainage est proposée aux membres.') },
  ]);
});

describe('Session 10: a service named for a task that needs one names a recipient', () => {
  const R = 'recipients';
  const en = (line: string): string => joinLines('# Privacy notice', '', EN, '', line);
  const nl = (line: string): string => joinLines('# Privacyverklaring', '', NL, '', line);
  const fr = (line: string): string => joinLines('# Politique de confidentialité', '', FR, '', line);
  describe('English', () => {
    runCases('en', [
      { name: '"We use Mailchimp to send our newsletter"', id: R, expected: 'present', text: en('We use Mailchimp to send our newsletter.') },
      { name: '"Our newsletter is sent via Brevo"', id: R, expected: 'present', text: en('Our newsletter is sent via Brevo once a month.') },
      { name: '"We use Stripe to process card payments"', id: R, expected: 'present', text: en('We use Stripe to process card payments.') },
      { name: '"Our website is hosted with Strato"', id: R, expected: 'present', text: en('Our website is hosted with Strato.') },
      { name: '"We use email to send our newsletter" names no one', id: R, expected: 'missing', text: en('We use email to send our newsletter.') },
      { name: '"We use WordPress to run our website" names no recipient (software may run in house)', id: R, expected: 'missing', text: en('We use WordPress to run our website.') },
      { name: '"Our newsletter is sent by e-mail" names no one', id: R, expected: 'missing', text: en('Our newsletter is sent by e-mail once a month.') },
      { name: '"Payments are handled by our team" names no one outside', id: R, expected: 'missing', text: en('Payments are handled by our team at the front desk.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"Wij gebruiken Mailchimp om onze nieuwsbrief te versturen"', id: R, expected: 'present', text: nl('Wij gebruiken Mailchimp om onze nieuwsbrief te versturen.') },
      { name: '"Onze nieuwsbrief versturen wij via Laposta"', id: R, expected: 'present', text: nl('Onze nieuwsbrief versturen wij via Laposta.') },
      { name: '"Wij gebruiken e-mail om onze nieuwsbrief te versturen" names no one', id: R, expected: 'missing', text: nl('Wij gebruiken e-mail om onze nieuwsbrief te versturen.') },
      { name: '"Onze nieuwsbrief versturen wij via e-mail" names no one', id: R, expected: 'missing', text: nl('Onze nieuwsbrief versturen wij via e-mail.') },
    ]);
  });
  describe('French', () => {
    runCases('fr', [
      { name: '"Nous utilisons Brevo pour envoyer notre newsletter"', id: R, expected: 'present', text: fr('Nous utilisons Brevo pour envoyer notre newsletter.') },
      { name: '"Les paiements sont traités par Stripe"', id: R, expected: 'present', text: fr('Les paiements sont traités par Stripe.') },
      { name: '"Nous utilisons le courriel pour envoyer notre newsletter" names no one', id: R, expected: 'missing', text: fr('Nous utilisons le courriel pour envoyer notre newsletter.') },
      { name: '"Les paiements sont traités par notre équipe" names no one outside', id: R, expected: 'missing', text: fr('Les paiements sont traités par notre équipe à la caisse.') },
    ]);
  });
});
