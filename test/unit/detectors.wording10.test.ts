/**
 * Wordings met in notices written for the accuracy sets in session 10, each beside its near miss:
 * a one-person app studio ("an app made by me", "nobody else gets your data", "know everything I
 * have on you"), notices translated from English ("legitieme interesses", "Door het blijven
 * gebruiken", "vous reconnaissez avoir lu et accepté"), bases named as "to perform our contract",
 * "voor de uitvoering van het contract" or "pour nos intérêts légitimes" (no purpose of their own),
 * several bases opening a paragraph, "pour vous fournir l'application" (we provide, not the reader),
 * a long subject before "fondée exclusivement sur un traitement automatisé", "der Sächsischen
 * Datenschutzbeauftragten", "Si vous supprimez votre compte". Then, from the second batch: consent as
 * "we ask whether you're happy to appear", e-mails that "go out through" a service, photos kept "for a few
 * years", the Flemish Toezichtcommissie, "aucun tri automatique des candidatures", a citation in brackets
 * before "que vous pouvez retirer". The sentences are written for these tests.
 */
import { DE, EN, FR, joinLines, NL, runCases, type Case } from './helpers';

describe('Session 10 wordings in English', () => {
  const cases: Case[] = [
    { name: '"an app made by me, Tom Avery" with an e-mail address names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', EN, 'Knitbook is a pattern app made by me, Tom Avery, in Bristol. Write to me at hello@knitbook.example.') },
    { name: '"made by hand" with an e-mail address does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', EN, 'all our bread is made by hand every morning. write to us at hello@crumb.example.') },
    { name: '"nobody else gets your data" says who receives it', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'Apart from that, nobody else gets your data.') },
    { name: '"nobody else gets a discount" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Members pay less: nobody else gets a discount like this.') },
    { name: '"If you want to know everything I have on you, email me" describes access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "If you want to know everything I have on you, just email me and I'll send it over.") },
    { name: '"If you want to know everything about knitting" does not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'If you want to know everything about knitting, just email me and I will send you my guide.') },
    { name: '"to perform our contract" is a basis, not what the legitimate interests are', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We process your data to perform our contract with you and for our legitimate interests.') },
    { name: 'An interest after the basis still names it', id: 'legitimate-interests', expected: 'present', text: joinLines('# Privacy', '', EN, 'We process your data to perform our contract with you and for our legitimate interests in preventing fraud.') },
    { name: 'Bases opening a paragraph with no purpose of their own, before another sentence, are tied to none', id: 'basis-without-purpose', expected: 'problem', text: joinLines('# Privacy', '', EN, 'We use your details to deliver your orders and to improve the shop.', '', 'We process your data based on our contract with you and our legitimate interests. We never sell it.') },
    { name: 'Bases after the purpose in its own paragraph are tied to it', id: 'basis-without-purpose', expected: 'none', text: joinLines('# Privacy', '', EN, 'We use your details to deliver your orders and to improve the shop. We process your data based on our contract with you and our legitimate interests. We never sell it.') },
  ];
  runCases('en', cases);
});

describe('Session 10 wordings in Dutch', () => {
  const cases: Case[] = [
    { name: '"op basis van onze legitieme interesses" states legitimate interests, so the interest is due', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Privacybeleid', '', NL, 'Wij verwerken uw informatie op basis van onze legitieme interesses.') },
    { name: '"legitieme interesses, namelijk fraude voorkomen" names the interest', id: 'legitimate-interests', expected: 'present', text: joinLines('# Privacybeleid', '', NL, 'Wij verwerken uw informatie op basis van onze legitieme interesses, namelijk het voorkomen van fraude.') },
    { name: '"voor de uitvoering van het contract" is a basis, not what the legitimate interest is', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Privacybeleid', '', NL, 'Wij verwerken uw gegevens voor de uitvoering van het contract en op basis van ons gerechtvaardigd belang.') },
    { name: '"voor de verzending van uw bestelling" is a purpose', id: 'legitimate-interests', expected: 'present', text: joinLines('# Privacybeleid', '', NL, 'Wij verwerken uw gegevens voor de verzending van uw bestelling op basis van ons gerechtvaardigd belang.') },
    { name: '"Door het blijven gebruiken van onze website, gaat u akkoord" infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacybeleid', '', NL, 'Door het blijven gebruiken van onze website, gaat u akkoord met ons gebruik van cookies.') },
    { name: '"Door het blijven gebruiken van onze app blijft u op de hoogte" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacybeleid', '', NL, 'Door het blijven gebruiken van onze app blijft u op de hoogte van nieuwe koffies.') },
  ];
  runCases('nl', cases);
});

describe('Session 10 wordings in German', () => {
  const cases: Case[] = [
    { name: '"bei der Sächsischen Datenschutzbeauftragten beschweren" names the authority', id: 'right-complaint', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Wenn du findest, dass ich mit deinen Daten nicht richtig umgehe, kannst du dich bei der Sächsischen Datenschutzbeauftragten beschweren.') },
    { name: '"an unseren Datenschutzbeauftragten" is the controller\'s own officer', id: 'right-complaint', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Wenn du findest, dass wir mit deinen Daten nicht richtig umgehen, kannst du dich bei unserem externen Datenschutzbeauftragten beschweren.') },
  ];
  runCases('de', cases);
});

describe('Session 10 wordings in French', () => {
  const cases: Case[] = [
    { name: '"aussi longtemps que nécessaire pour vous fournir l\'application" says nothing on whether the reader must provide data', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Politique', '', FR, "Nous conservons vos informations aussi longtemps que nécessaire pour vous fournir l'application.") },
    { name: '"vous devez fournir votre adresse e-mail, nécessaire pour créer un compte" does', id: 'statutory-requirement', expected: 'present', text: joinLines('# Politique', '', FR, 'Pour créer un compte, vous devez nous fournir votre adresse e-mail, nécessaire pour vous identifier.') },
    { name: '"pour exécuter notre contrat et pour nos intérêts légitimes" names no interest', id: 'legitimate-interests', expected: 'missing', text: joinLines('# Politique', '', FR, 'Nous traitons vos informations sur la base de votre consentement, pour exécuter notre contrat avec vous et pour nos intérêts légitimes.') },
    { name: '"notre intérêt légitime pour prévenir la fraude" does', id: 'legitimate-interests', expected: 'present', text: joinLines('# Politique', '', FR, 'Nous traitons vos données sur la base de notre intérêt légitime pour prévenir la fraude.') },
    { name: '"En créant un compte, vous reconnaissez avoir lu et accepté la présente politique" infers consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Politique', '', FR, 'En créant un compte, vous reconnaissez avoir lu et accepté la présente politique de confidentialité.') },
    { name: '"En créant un compte, vous pourrez retrouver la présente politique" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Politique', '', FR, 'En créant un compte, vous pourrez retrouver la présente politique de confidentialité dans les réglages.') },
    { name: 'A long subject before "n\'est fondée exclusivement sur un traitement automatisé" says whether there are automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('# Politique', '', FR, "Aucune décision produisant des effets juridiques à votre égard n'est fondée exclusivement sur un traitement automatisé.") },
    { name: 'A decision far from "fondé sur un traitement automatisé" of something else does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Politique', '', FR, "Les décisions du bureau sont publiées chaque année dans un rapport annuel, et l'envoi de ce rapport est fondé sur un traitement automatisé des adresses.") },
    { name: '"Si vous supprimez votre compte, nous supprimons vos informations" gives the event that ends retention', id: 'retention', expected: 'present', text: joinLines('# Politique', '', FR, 'Si vous supprimez votre compte, nous supprimons vos informations.') },
    { name: '"Si vous supprimez votre compte, vous perdez vos points" does not', id: 'retention', expected: 'missing', text: joinLines('# Politique', '', FR, 'Si vous supprimez votre compte, vous perdez vos points de fidélité.') },
  ];
  runCases('fr', cases);
});

describe('Session 10 wordings, second batch', () => {
  describe('in English', () => {
    const cases: Case[] = [
      { name: '"We ask whether you\'re happy to appear in them" states consent', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, "We put concert photos on our website. We always ask at the start of the season whether you're happy to appear in them.") },
      { name: '"We ask whether you\'re happy with the new hall" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We put concert photos on our website. After each concert we ask the audience what they thought of the new hall.') },
      { name: '"Rehearsal emails go out through MailerLite" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'Rehearsal emails go out through MailerLite.') },
      { name: '"Rehearsal emails go out every Monday" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Rehearsal emails go out every Monday evening.') },
      { name: '"Photos stay on the website for a few years" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Privacy', '', EN, 'Concert photos stay on the website for a few years as part of our history.') },
      { name: '"We have been singing for a few years" is not about keeping data', id: 'vague-retention', expected: 'none', text: joinLines('# Privacy', '', EN, 'We have been singing together for a few years now.') },
    ];
    runCases('en', cases);
  });
  describe('in Dutch', () => {
    const cases: Case[] = [
      { name: 'A complaint to the Vlaamse Toezichtcommissie is one to a supervisory authority', id: 'right-complaint', expected: 'present', text: joinLines('# Privacyverklaring', '', NL, 'Dan kan u een klacht neerleggen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens.') },
      { name: 'A complaint to the school board is not', id: 'right-complaint', expected: 'missing', text: joinLines('# Privacyverklaring', '', NL, 'Dan kan u een klacht neerleggen bij het schoolbestuur.') },
    ];
    runCases('nl', cases);
  });
  describe('in French', () => {
    const cases: Case[] = [
      { name: '"aucun tri automatique des candidatures" says whether decisions are automated', id: 'automated-decisions', expected: 'present', text: joinLines('# Politique', '', FR, 'Notre formulaire en ligne ne procède à aucun tri automatique des candidatures.') },
      { name: '"tri automatique des e-mails" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('# Politique', '', FR, 'Notre messagerie procède à un tri automatique des e-mails indésirables.') },
      { name: 'A citation in brackets before "que vous pouvez retirer à tout moment" still withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Politique', '', FR, "Nous ne le faisons qu'avec votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment par simple e-mail.") },
      { name: '"votre consentement (article 6.1.a du RGPD), que vous pouvez consulter" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Politique', '', FR, "Nous ne le faisons qu'avec votre consentement (article 6.1.a du RGPD), que vous pouvez consulter dans votre espace.") },
    ];
    runCases('fr', cases);
  });
});
