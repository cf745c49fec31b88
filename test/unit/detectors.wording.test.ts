/**
 * Wordings met in notices written for the accuracy sets in session 6, each beside its near miss:
 * the way a dental practice, an app, a newsletter writer, a club or a shop says an item, and a
 * sentence with the same words that does not say it. The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';


describe('Session 6 wordings in English', () => {
  const cases: Case[] = [
    {
      name: '"We have to share some information with the NHS" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We have to share some information with the NHS Business Services Authority when you receive NHS treatment.'),
    },
    {
      name: '"Our recruitment software provider hosts the information for us" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'Our recruitment software provider hosts the information for us.'),
    },
    {
      name: '"BrightLeaf is a software provider" describes the business and names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'BrightLeaf is a software provider based in Leeds.'),
    },
    {
      name: '"We pass your details to the vetting bureau" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We pass your details to the National Vetting Bureau only if we make you an offer.'),
    },
    {
      name: 'A sole trader\'s "I will never sell your details and I don\'t share them with anyone" says nobody receives them',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, "I will never sell your details and I don't share them with anyone."),
    },
    {
      name: 'A sole trader\'s "I will never sell your details" alone does not say who receives them',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'I will never sell your details.'),
    },
    {
      name: '"You can ask to see your records at any time" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'You can ask to see your records at any time.'),
      format: 'plaintext',
    },
    {
      name: '"You can ask to see our price list" is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'You can ask to see our price list at reception.'),
      format: 'plaintext',
    },
    {
      name: '"If something in your records is wrong, tell us and we will put it right" is the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'If something in your records is wrong, tell us and we will put it right.'),
      format: 'plaintext',
    },
    {
      name: '"If you think something went wrong, tell us" is a complaint, not the right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'If you think something went wrong, tell us.'),
      format: 'plaintext',
    },
    {
      name: '"If you want to know what I hold about you, or want me to change or delete it" states the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Questions', '', EN, "If you want to know what I hold about you, or want me to change or delete it, just e-mail me and I'll sort it out."),
    },
    {
      name: '"If you want to change your order, e-mail me" is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Questions', '', EN, 'If you want to change your order, e-mail me.'),
    },
    {
      name: '"You do not have to create an account" says whether the data is required',
      id: 'statutory-requirement',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'You do not have to create an account: the app also works offline.'),
    },
    {
      name: '"You do not have to pay for the app" says nothing about providing data',
      id: 'statutory-requirement',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'You do not have to pay for the app.'),
    },
    {
      name: '"We keep records for as long as we are required to" is a statutory retention criterion, not vague',
      id: 'vague-retention',
      expected: 'none',
      text: joinLines('# Privacy notice', '', EN, 'We keep dental records for as long as we are required to.'),
    },
    {
      name: '"We keep records for as long as we are required to" gives a retention criterion',
      id: 'retention',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We keep dental records for as long as we are required to.'),
    },
    {
      name: '"We keep records for as long as we are required to" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'We keep dental records for as long as we are required to.'),
    },
    {
      name: '"We are required to keep invoices for six years by tax law" states a legal obligation as the reason',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We are required to keep invoices for six years by tax law.'),
    },
    {
      name: '"This is our legitimate interest" after a sentence that says what for states the interest',
      id: 'legitimate-interests',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We keep a log of your sign-up to be able to prove that you agreed. This is our legitimate interest under Art. 6(1)(f) GDPR.'),
    },
    {
      name: '"This is our legitimate interest" after a sentence that says no purpose states none',
      id: 'legitimate-interests',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'We keep a log of your sign-up. This is our legitimate interest under Art. 6(1)(f) GDPR.'),
    },
    {
      name: '"Only with your consent, which you can withdraw whenever you like" says consent can be withdrawn',
      id: 'right-withdraw-consent',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'We send fundraising e-mails only with your consent, which you can withdraw whenever you like.'),
    },
    {
      name: '"Only with your consent" alone does not say it can be withdrawn',
      id: 'right-withdraw-consent',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'We send fundraising e-mails only with your consent.'),
    },
    {
      name: 'A trading name before the title ("Rosie Lane Photography - Privacy Policy") over contact details names the controller',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('Rosie Lane Photography - Privacy Policy', '', 'Hi! This page explains what I do with your data and why.', 'You can reach me at rosie@rosie.example or on 07700 900 482.'),
      format: 'plaintext',
    },
    {
      name: 'A title "Our Privacy Policy" over contact details names no controller',
      id: 'controller-identity',
      expected: 'missing',
      text: joinLines('Our Privacy Policy', '', 'Hi! This page explains what I do with your data and why.', 'You can reach me at rosie@rosie.example or on 07700 900 482.'),
      format: 'plaintext',
    },
    {
      name: '"This right does not apply where we must keep the data to comply with a legal obligation" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'You have the right to have your data erased. This right does not apply where we must keep the data to comply with a legal obligation.'),
    },
    {
      name: '"We keep invoices to comply with a legal obligation" states a legal basis',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'You have the right to have your data erased. We keep invoices to comply with a legal obligation.'),
    },
    {
      name: 'The supervisory authorities a section on complaints lists are no recipients',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, '## Complaints', '', 'You can complain to the ICO.', 'The European Data Protection Board lists the supervisory authorities of all Member States on its website.'),
    },
    {
      name: '"We disclose data to supervisory authorities when the law requires it" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, '## Sharing', '', 'We disclose data to supervisory authorities when the law requires it.'),
    },
  ];
  runCases('en', cases);
});

describe('Session 6 wordings in Dutch', () => {
  const cases: Case[] = [
    {
      name: 'A sole trader\'s "vragen welke gegevens ik van je heb" and "vragen om ze aan te passen" are access and rectification',
      id: 'right-access',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, '## Je rechten', '', 'Je mag altijd vragen welke gegevens ik van je heb en vragen om ze aan te passen.'),
    },
    {
      name: '"Vragen om ze aan te passen" in a rights section is the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, '## Je rechten', '', 'Je mag altijd vragen welke gegevens ik van je heb en vragen om ze aan te passen.'),
    },
    {
      name: '"De cursusdata aan te passen" outside any rights context is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, '## Cursussen', '', 'Het is mogelijk de cursusdata later aan te passen.'),
    },
    {
      name: '"In een gangbaar bestandsformaat van ons krijgen" in a rights section is the right to data portability',
      id: 'right-portability',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, '## Jouw rechten', '', 'Gegevens die je ons zelf hebt gegeven, kun je in een gangbaar bestandsformaat van ons krijgen.'),
    },
    {
      name: 'A heading "Worden er automatisch besluiten genomen?" answered "Nee." says whether automated decisions are taken',
      id: 'automated-decisions',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, '## Worden er automatisch besluiten genomen?', '', 'Nee. Een medewerker beoordeelt altijd zelf je situatie.'),
    },
    {
      name: '"Wij versturen automatisch een bevestiging" says nothing about automated decisions',
      id: 'automated-decisions',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, 'Wij versturen automatisch een bevestiging van je aanmelding.'),
    },
    {
      name: 'A heading "Doorgifte buiten de Europese Unie" over "wij geven geen gegevens door buiten de EER" needs no safeguard',
      id: 'transfer-safeguards',
      expected: 'not-applicable',
      text: joinLines('# Privacy', '', NL, '## Doorgifte buiten de Europese Unie', '', 'Wij geven geen gegevens door naar landen buiten de Europese Economische Ruimte.'),
    },
    {
      name: 'A heading "Doorgifte buiten de Europese Unie" over a section that does not deny it still asks for a safeguard',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, '## Doorgifte buiten de Europese Unie', '', 'Voor onze nieuwsbrief gebruiken wij een Amerikaanse dienst.'),
    },
    {
      name: '"Onze facturen worden verwerkt door ons administratiekantoor" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacybeleid', '', NL, 'Onze facturen worden verwerkt door ons administratiekantoor.'),
    },
    {
      name: '"Wilt u weten welke gegevens wij van u hebben, of wilt u dat wij ze aanpassen?" states the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Privacybeleid', '', NL, 'Wilt u weten welke gegevens wij van u hebben, of wilt u dat wij ze aanpassen? Bel ons dan.'),
    },
    {
      name: '"Wilt u uw afspraak aanpassen?" is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Privacybeleid', '', NL, 'Wilt u uw afspraak aanpassen? Bel ons dan.'),
    },
    {
      name: '"Dit recht geldt niet als wij de gegevens moeten bewaren om te voldoen aan een wettelijke verplichting" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, 'U heeft het recht om uw gegevens te laten wissen. Dit recht geldt niet als wij de gegevens moeten bewaren om te voldoen aan een wettelijke verplichting.'),
    },
    {
      name: '"Verstrekt u die gegevens niet, dan kunnen wij u niet inschrijven" is about the reader providing data, not a recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, 'Verstrekt u die gegevens niet, dan kunnen wij u niet inschrijven.'),
    },
    {
      name: '"Wij verstrekken uw gegevens aan uw zorgverzekeraar" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, 'Wij verstrekken uw gegevens aan uw zorgverzekeraar.'),
    },
    {
      name: '"U kunt uw cookie-instellingen altijd wijzigen" is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('# Privacy', '', NL, 'U kunt uw cookie-instellingen altijd wijzigen.'),
    },
    {
      name: '"U kunt uw gegevens laten wijzigen" is the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('# Privacy', '', NL, 'U kunt uw gegevens laten wijzigen.'),
    },
  ];
  runCases('nl', cases);
});

describe('Session 6 wordings in German', () => {
  const cases: Case[] = [
    {
      name: 'A passive "Die Daten werden für die Pachtabrechnung … genutzt" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('Datenschutz im Verein', '', DE, 'Die Daten werden für die Pachtabrechnung und die Einladung zu Versammlungen genutzt.'),
      format: 'plaintext',
    },
    {
      name: '"Die Daten werden für zehn Jahre gespeichert" is a period, not a purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('Datenschutz im Verein', '', DE, 'Die Daten werden für zehn Jahre gespeichert.'),
      format: 'plaintext',
    },
    {
      name: '"Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen" after a consent basis is the right to withdraw',
      id: 'right-withdraw-consent',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Für die Terminerinnerung per SMS benötigen wir Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen.'),
    },
    {
      name: '"Wer nicht widerspricht, erklärt sich damit einverstanden" infers consent from silence',
      id: 'implied-consent',
      expected: 'problem',
      text: joinLines('Datenschutz im Verein', '', DE, 'Geburtstage veröffentlichen wir in der Vereinszeitung. Wer nicht widerspricht, erklärt sich damit einverstanden.'),
      format: 'plaintext',
    },
    {
      name: '"Sie können der Verarbeitung jederzeit widersprechen" infers nothing',
      id: 'implied-consent',
      expected: 'none',
      text: joinLines('Datenschutz im Verein', '', DE, 'Sie können der Veröffentlichung jederzeit widersprechen, dann sind Sie nicht einverstanden.'),
      format: 'plaintext',
    },
    {
      name: '"Rechnungen werden nach den gesetzlichen Vorschriften aufbewahrt" is a retention criterion, not a legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('Datenschutz im Verein', '', DE, 'Rechnungen und Kassenbelege werden nach den gesetzlichen Vorschriften aufbewahrt.'),
      format: 'plaintext',
    },
    {
      name: '"Rechnungen werden nach den gesetzlichen Vorschriften aufbewahrt" gives a retention criterion',
      id: 'retention',
      expected: 'present',
      text: joinLines('Datenschutz im Verein', '', DE, 'Rechnungen und Kassenbelege werden nach den gesetzlichen Vorschriften aufbewahrt.'),
      format: 'plaintext',
    },
    {
      name: '"Wir verarbeiten Ihre Daten zur Erfüllung gesetzlicher Vorschriften" states a legal obligation',
      id: 'legal-basis',
      expected: 'present',
      text: joinLines('Datenschutz im Verein', '', DE, 'Wir verarbeiten Ihre Daten zur Erfüllung gesetzlicher Vorschriften.'),
      format: 'plaintext',
    },
    {
      name: '"Das ist unser berechtigtes Interesse" after a sentence with its purpose states the interest',
      id: 'legitimate-interests',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Das Protokoll Ihrer Anmeldung bewahren wir auf, um nachweisen zu können, dass Sie eingewilligt haben. Das ist unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO.'),
    },
    {
      name: '"Das ist unser berechtigtes Interesse" after a sentence without a purpose states none',
      id: 'legitimate-interests',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Das Protokoll Ihrer Anmeldung bewahren wir auf. Das ist unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO.'),
    },
    {
      name: '"Die App-Daten liegen bei unserem Anbieter in Deutschland" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Die App-Daten liegen bei unserem Anbieter in Deutschland.'),
    },
    {
      name: '"Wir sind Anbieter von Fitnesskursen" names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Wir sind Anbieter von Fitnesskursen in Winterthur.'),
    },
    {
      name: '"Die App-Daten liegen bei unserem Anbieter in Deutschland" says where the data is kept',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Die App-Daten liegen bei unserem Anbieter in Deutschland.'),
    },
    {
      name: '"Unser Anbieter hat seinen Sitz in Deutschland" says where a business is, not where the data is',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Unser Anbieter hat seinen Sitz in Deutschland.'),
    },
    {
      name: '"Wir bewahren die Daten so lange auf, wie es für den Zweck nötig ist" is vague',
      id: 'vague-retention',
      expected: 'problem',
      text: joinLines('# Datenschutz', '', DE, 'Wir bewahren die Daten so lange auf, wie es für den Zweck nötig ist, danach werden sie gelöscht.'),
    },
    {
      name: '"Wir bewahren die Daten so lange auf, wie Sie Mitglied sind" is not vague',
      id: 'vague-retention',
      expected: 'none',
      text: joinLines('# Datenschutz', '', DE, 'Wir bewahren die Daten so lange auf, wie Sie Mitglied sind.'),
    },
    {
      name: '"Ohne die für die Steuererklärung erforderlichen Angaben können wir den Auftrag nicht ausführen" says the data is required',
      id: 'statutory-requirement',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Ohne die für die Steuererklärung erforderlichen Angaben können wir den Auftrag nicht ausführen.'),
    },
    {
      name: '"Ohne die Hilfe unserer Mitarbeiter können wir den Auftrag nicht ausführen" says nothing about providing data',
      id: 'statutory-requirement',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Ohne die Hilfe unserer Mitarbeiter können wir den Auftrag nicht ausführen.'),
    },
    {
      name: '"Sie sind gesetzlich verpflichtet, uns einen Ausweis vorzulegen" says the data is required by law',
      id: 'statutory-requirement',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Zur Identitätsprüfung nach dem Geldwäschegesetz sind Sie gesetzlich verpflichtet, uns einen Ausweis vorzulegen.'),
    },
    {
      name: '"Dieses Recht besteht nicht, soweit die Verarbeitung zur Erfüllung einer rechtlichen Verpflichtung erforderlich ist" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Sie haben das Recht auf Löschung. Dieses Recht besteht nicht, soweit die Verarbeitung zur Erfüllung einer rechtlichen Verpflichtung erforderlich ist.'),
    },
  ];
  runCases('de', cases);
});

describe('Session 6 wordings in French', () => {
  const cases: Case[] = [
    {
      name: 'Infinitive list lines under "Pourquoi et sur quelle base" state the purposes',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Confidentialité', '', FR, '## Pourquoi et sur quelle base', '', '- **Traiter et livrer vos commandes** : exécution du contrat de vente.', '- **Tenir notre comptabilité** : obligation légale.'),
    },
    {
      name: 'The same list lines under "Vos droits" state no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, '## Vos droits', '', '- **Traiter et livrer vos commandes** : exécution du contrat de vente.', '- **Tenir notre comptabilité** : obligation légale.'),
    },
    {
      name: 'A list line "Vous envoyer notre lettre d\'information : votre consentement" ties consent to its purpose',
      id: 'basis-without-purpose',
      expected: 'none',
      text: joinLines('# Confidentialité', '', FR, '## Bases', '', '- **Gérer vos commandes** : exécution du contrat.', "- **Vous envoyer notre lettre d'information** : votre consentement."),
    },
    {
      name: 'A list line "Base juridique : votre consentement" ties consent to no purpose',
      id: 'basis-without-purpose',
      expected: 'problem',
      text: joinLines('# Confidentialité', '', FR, '## Bases', '', '- **Gérer vos commandes** : exécution du contrat.', '- **Base juridique** : votre consentement.'),
    },
    {
      name: 'A purpose in brackets after another basis does not say what "notre intérêt légitime" is',
      id: 'legitimate-interests',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, 'Ces traitements reposent sur nos obligations légales (notamment en matière de lutte contre le blanchiment) et sur notre intérêt légitime.'),
    },
    {
      name: '"Notre intérêt légitime, notamment la prévention des impayés" says what the interest is',
      id: 'legitimate-interests',
      expected: 'present',
      text: joinLines('# Confidentialité', '', FR, 'Ces traitements reposent sur notre intérêt légitime, notamment la prévention des impayés.'),
    },
    {
      name: 'An "entrepreneur individuel" with a phone number identifies the controller',
      id: 'controller-identity',
      expected: 'present',
      text: joinLines('# Confidentialité', '', FR, 'Le Cabanon, food truck de burgers – Julien Ferrand, entrepreneur individuel – 06 12 34 56 78.'),
    },
    {
      name: '"Votre nom est transmis à notre plateforme de commande" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('# Confidentialité', '', FR, "Si vous commandez en ligne, votre nom et l'heure de retrait sont transmis à notre plateforme de commande."),
    },
    {
      name: '"Vos données ne sont jamais vendues" alone names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, 'Vos données ne sont jamais vendues.'),
    },
    {
      name: '"Aucune donnée n\'est transférée en dehors de l\'Union européenne" needs no safeguard',
      id: 'transfer-safeguards',
      expected: 'not-applicable',
      text: joinLines('# Confidentialité', '', FR, "Aucune donnée n'est transférée en dehors de l'Union européenne."),
    },
    {
      name: '"Nos prestataires sont situés en dehors de l\'Union européenne" asks for a safeguard',
      id: 'transfer-safeguards',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, "Nos prestataires d'hébergement sont situés en dehors de l'Union européenne."),
    },
    {
      name: '"Cet accord peut être retiré à tout moment" after photos published with the parents\' agreement is the right to withdraw',
      id: 'right-withdraw-consent',
      expected: 'present',
      text: joinLines('# Confidentialité', '', FR, "Nous publions des photos uniquement avec l'accord écrit des parents. Cet accord peut être retiré à tout moment par simple e-mail."),
    },
    {
      name: '"Cet accord est valable un an" does not say it can be withdrawn',
      id: 'right-withdraw-consent',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, "Nous publions des photos uniquement avec l'accord écrit des parents. Cet accord est valable un an."),
    },
    {
      name: 'A business in the third person, "L\'Auto-École du Centre utilise vos données uniquement pour votre formation", states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Données personnelles', '', FR, "L'Auto-École du Centre utilise vos données uniquement pour votre formation au permis de conduire."),
    },
    {
      name: '"Notre site utilise des cookies pour fonctionner" names no purpose of personal data',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Données personnelles', '', FR, 'Notre site utilise des cookies techniques.'),
    },
    {
      name: '"Ce droit ne s\'applique pas lorsque nous devons respecter une obligation légale" states no legal basis',
      id: 'legal-basis',
      expected: 'missing',
      text: joinLines('# Confidentialité', '', FR, "Vous avez le droit à l'effacement de vos données. Ce droit ne s'applique pas lorsque nous devons conserver les données pour respecter une obligation légale."),
    },
  ];
  runCases('fr', cases);
});

/**
 * Session 7: wordings of the notices written for the accuracy sets after the checker's rules were
 * last changed (a sole trader writing in the first person, a café, a music school, a speech
 * therapist), each beside its near miss.
 */
describe('Session 7 wordings in English', () => {
  const cases: Case[] = [
    {
      name: '"I need your address to park the van outside" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'I need your address to park the van outside.'),
      format: 'plaintext',
    },
    {
      name: '"I need your patience on busy days" states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('PRIVACY', '', 'This notice explains what I do with your data.', 'I need your patience on busy days.'),
      format: 'plaintext',
    },
    {
      name: '"My bookkeeper sees the payment records" names a recipient',
      id: 'recipients',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'My bookkeeper sees the payment records when she does my accounts.'),
      format: 'plaintext',
    },
    {
      name: '"I do my own bookkeeping" names no recipient',
      id: 'recipients',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'I do my own bookkeeping.'),
      format: 'plaintext',
    },
    {
      name: '"Old cards are shredded after two years" gives a retention period',
      id: 'retention',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, 'Old cards are shredded after two years.'),
      format: 'plaintext',
    },
    {
      name: '"Old cards are shredded" gives no retention period',
      id: 'retention',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'Old cards are shredded.'),
      format: 'plaintext',
    },
    {
      name: '"You\'re welcome to ask what I have written down about you" is the right of access',
      id: 'right-access',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, "You're welcome to ask what I have written down about you."),
      format: 'plaintext',
    },
    {
      name: '"You\'re welcome to bring your dog\'s own shampoo" is no right of access',
      id: 'right-access',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, "You're welcome to bring your dog's own shampoo."),
      format: 'plaintext',
    },
    {
      name: '"You can ask what I hold, and I\'ll fix anything that\'s out of date" is the right to rectification',
      id: 'right-rectification',
      expected: 'present',
      text: joinLines('PRIVACY', '', EN, "You can ask what I hold about you, and I'll fix anything that's out of date."),
      format: 'plaintext',
    },
    {
      name: '"Our price list is out of date" is no right to rectification',
      id: 'right-rectification',
      expected: 'missing',
      text: joinLines('PRIVACY', '', EN, 'Our price list is out of date.'),
      format: 'plaintext',
    },
    {
      name: '"Our newsletter goes out through an American mailing service" says data leaves the EEA',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Privacy notice', '', EN, 'Our newsletter goes out through an American mailing service.'),
    },
    {
      name: '"We have many American customers" says nothing about transfers',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Privacy notice', '', EN, 'We have many American customers.'),
    },
  ];
  runCases('en', cases);
});

describe('Session 7 wordings in Dutch', () => {
  const cases: Case[] = [
    {
      name: '"U kunt ons vragen het gebruik van uw gegevens tijdelijk stil te zetten" is the right to restriction',
      id: 'right-restriction',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'U kunt ons vragen het gebruik van uw gegevens tijdelijk stil te zetten.'),
    },
    {
      name: '"U kunt ons vragen de nieuwsbrief tijdelijk stil te zetten" is no right to restriction',
      id: 'right-restriction',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'U kunt ons vragen de nieuwsbrief tijdelijk stil te zetten.'),
    },
    {
      name: '"Zonder naam, adres en IBAN kunnen wij geen lesovereenkomst met u sluiten" says what happens without the data',
      id: 'statutory-requirement',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Zonder naam, adres en IBAN kunnen wij geen lesovereenkomst met u sluiten.'),
    },
    {
      name: '"Zonder uw steun kunnen wij niet groeien" says nothing about providing data',
      id: 'statutory-requirement',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Zonder uw steun kunnen wij niet groeien.'),
    },
    {
      name: '"Online lessen geven wij via een videodienst van een Amerikaans bedrijf" says data leaves the EEA',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Privacyverklaring', '', NL, 'Online lessen geven wij via een videodienst van een Amerikaans bedrijf.'),
    },
    {
      name: '"Wij hebben veel Amerikaanse leerlingen" says nothing about transfers',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Privacyverklaring', '', NL, 'Wij hebben veel Amerikaanse leerlingen.'),
    },
  ];
  runCases('nl', cases);
});

describe('Session 7 wordings in German', () => {
  const cases: Case[] = [
    {
      name: '"Das brauchen wir für den Betrieb des WLANs" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Ihre Gerätekennung wird vom Router gespeichert. Das brauchen wir für den Betrieb des WLANs.'),
    },
    {
      name: '"Für unseren Newsletter brauchen wir nur Ihre E-Mail-Adresse" states a purpose',
      id: 'purposes',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Für unseren Newsletter brauchen wir nur Ihre E-Mail-Adresse.'),
    },
    {
      name: '"Wir brauchen etwas Geduld" states no purpose',
      id: 'purposes',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', 'In dieser Erklärung lesen Sie, was wir mit Ihren Daten tun.', 'Wir brauchen etwas Geduld.'),
    },
    {
      name: '"Der Versand läuft über einen amerikanischen Newsletterdienst" says data leaves the EEA',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Datenschutz', '', DE, 'Der Versand läuft über einen amerikanischen Newsletterdienst.'),
    },
    {
      name: '"Wir servieren amerikanischen Kaffee" says nothing about transfers',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Datenschutz', '', DE, 'Wir servieren amerikanischen Kaffee.'),
    },
  ];
  runCases('de', cases);
});

describe('Session 7 wordings in French', () => {
  const cases: Case[] = [
    {
      name: '"Nos envois passent par un prestataire américain" says data leaves the EEA',
      id: 'transfers-statement',
      expected: 'present',
      text: joinLines('# Politique de confidentialité', '', FR, 'Nos envois passent par un prestataire américain.'),
    },
    {
      name: '"Nous servons une cuisine américaine" says nothing about transfers',
      id: 'transfers-statement',
      expected: 'missing',
      text: joinLines('# Politique de confidentialité', '', FR, 'Nous servons une cuisine américaine.'),
    },
  ];
  runCases('fr', cases);
});
