/**
 * French wordings met in session 14's invented notices of kinds the sets lacked (a solidarity
 * grocery run by volunteers, a startup's shopping-list app, a university lab's online survey, a
 * Walloon e-service, a French state platform, a newspaper with a paywall and advertising
 * technology), each beside its near miss: "La poursuite de la navigation ne vaut pas consentement",
 * a public body that "ne fonde pas ... sur l'intérêt légitime", photos posted "que si vous êtes
 * d'accord", "Seules la coordinatrice et ... la consultent", "tant que la famille est inscrite",
 * "Tant que ton compte existe.", "Les paiements ... passent par l'App Store", "La participation est
 * volontaire." The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 14 French wordings', () => {
  const cases: Case[] = [
    // a denied implied consent
    { name: '"La poursuite de la navigation ne vaut pas consentement" presumes nothing', id: 'implied-consent', expected: 'none', text: joinLines('# Cookies', '', FR, "Notre bandeau vous permet d'accepter ou de refuser les traceurs. La poursuite de la navigation ne vaut pas consentement.") },
    { name: '"La poursuite de votre navigation n\'implique aucun accord" presumes nothing', id: 'implied-consent', expected: 'none', text: joinLines('# Cookies', '', FR, "Notre bandeau vous permet d'accepter ou de refuser les traceurs. La poursuite de votre navigation n'implique aucun accord de votre part.") },
    { name: '"La poursuite de la navigation vaut acceptation des cookies" still presumes consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Cookies', '', FR, "Notre bandeau vous informe des traceurs. La poursuite de la navigation vaut acceptation des cookies.") },
    // a public body denying the legitimate-interests ground
    { name: '"ne fonde pas les traitements liés à ses missions sur l\'intérêt légitime" invokes no legitimate interest', id: 'legitimate-interests', expected: 'not-applicable', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, "Nous traitons votre demande de prime dans le cadre d'une mission d'intérêt public. L'agence, en tant qu'autorité publique, ne fonde pas les traitements liés à ses missions sur l'intérêt légitime.") },
    { name: '"ne se fondent jamais, pour nos missions, sur notre intérêt légitime" invokes none either', id: 'legitimate-interests', expected: 'not-applicable', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, "Nous traitons votre demande de prime dans le cadre d'une mission d'intérêt public. Nos traitements ne se fondent jamais, pour nos missions, sur notre intérêt légitime.") },
    { name: '"ne fonde pas ... sur le consentement mais sur l\'intérêt légitime" does invoke it', id: 'legitimate-interests', expected: 'missing', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, "Nous traitons votre demande de prime. L'agence ne fonde pas la sécurité du site sur votre consentement mais sur l'intérêt légitime.") },
    // consent in plain words
    { name: '"ne sont mises sur notre page que si vous êtes d\'accord" states consent', id: 'legal-basis', expected: 'present', text: joinLines('# Vos données', '', FR, "Les photos des ateliers ne sont mises sur notre page Facebook que si vous êtes d'accord.") },
    { name: '"ne tendez votre badge que si vous êtes d\'accord" (the reader\'s own choice) does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Vos données', '', FR, "Les exposants peuvent scanner votre badge : ne tendez votre badge que si vous êtes d'accord.") },
    { name: '"si vous êtes d\'accord avec nos tarifs" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Vos données', '', FR, "Les photos des ateliers sont sur notre page Facebook. Passez au local si vous êtes d'accord avec nos tarifs.") },
    // access kept to a few named people
    { name: '"Seules la coordinatrice et les deux bénévoles de l\'accueil la consultent" answers who sees the form', id: 'recipients', expected: 'present', text: joinLines('# Vos données', '', FR, '', '## Qui y a accès', '', "La fiche reste au local. Seules la coordinatrice et les deux bénévoles de l'accueil la consultent.") },
    { name: '"Seules les bénévoles de l\'accueil la remplissent" does not', id: 'recipients', expected: 'missing', text: joinLines('# Vos données', '', FR, '', '## La fiche', '', "La fiche reste au local. Seules les bénévoles de l'accueil la remplissent avec vous.") },
    // retention until an ending event, in own words
    { name: '"On garde les fiches tant que la famille est inscrite" gives a criterion', id: 'retention', expected: 'present', text: joinLines('# Vos données', '', FR, "On garde les fiches tant que la famille est inscrite.") },
    { name: '"Tant que ton compte existe." under "Combien de temps" gives a criterion', id: 'retention', expected: 'present', text: joinLines('# Confidentialité', '', FR, '', '**Combien de temps**', '', 'Tant que ton compte existe.') },
    { name: '"On garde le local tant que la mairie est d\'accord" gives none', id: 'retention', expected: 'missing', text: joinLines('# Vos données', '', FR, "On garde le local tant que la mairie est d'accord.") },
    // a payment service in own words
    { name: '"Les paiements de Listo+ passent par l\'App Store ou Google Play" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Confidentialité', '', FR, "On collecte ton e-mail. Les paiements de l'abonnement passent par l'App Store ou Google Play.") },
    { name: '"Les bus passent par la place du marché" does not', id: 'recipients', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "On collecte ton e-mail. Les bus passent par la place du marché.") },
    // a survey's voluntary participation
    { name: '"La participation est volontaire." says whether the data must be given', id: 'statutory-requirement', expected: 'present', text: joinLines('# Enquête', '', FR, "Le questionnaire porte sur vos habitudes de sommeil. La participation est volontaire.") },
    { name: '"La participation aux frais est de 5 euros" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Enquête', '', FR, "Le questionnaire porte sur vos habitudes de sommeil. La participation aux frais est de 5 euros.") },
    // second batch (a Swiss repair café, a software firm's generator template, a research cohort)
    { name: '"votre adresse e-mail est enregistrée dans Mailchimp" names a service that receives it', id: 'recipients', expected: 'present', format: 'plaintext', text: joinLines('PROTECTION DES DONNÉES', '', FR, '', "Si vous vous inscrivez à notre newsletter, votre adresse e-mail est enregistrée dans Mailchimp.") },
    { name: '"votre adresse e-mail est enregistrée dans notre fichier" names none', id: 'recipients', expected: 'missing', format: 'plaintext', text: joinLines('PROTECTION DES DONNÉES', '', FR, '', "Si vous vous inscrivez à notre newsletter, votre adresse e-mail est enregistrée dans notre fichier.") },
    // third batch (a commune's canteen registration page)
    { name: '"Tout dossier incomplet ne pourra pas être pris en compte." gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Inscriptions', '', FR, "Nous demandons le nom de l'enfant et l'e-mail des parents. Tout dossier incomplet ne pourra pas être pris en compte.") },
    { name: '"Les dossiers incomplets ne sont pas conservés après la rentrée" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Inscriptions', '', FR, "Nous demandons le nom de l'enfant et l'e-mail des parents. Les dossiers incomplets ne sont pas conservés après la rentrée.") },
    // fourth batch (a Belgian hiking club writing "tu")
    { name: '"Ça sert à t\'envoyer le programme des balades" states a purpose', id: 'purposes', expected: 'present', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, '', "Le secrétaire note ton nom et ton adresse mail. Ça sert à t'envoyer le programme des balades.") },
    { name: '"Ça sert à rien de râler" does not', id: 'purposes', expected: 'missing', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, '', "Le secrétaire note ton nom et ton adresse mail. Ça sert à rien de râler quand il pleut.") },
    { name: '"Tu peux demander à voir tes données" is access', id: 'right-access', expected: 'present', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, '', "Le secrétaire note ton nom. Tu peux à tout moment demander à voir tes données : un mail au secrétariat suffit.") },
    { name: '"Tu peux demander à voir tes photos de balade" is not', id: 'right-access', expected: 'missing', format: 'plaintext', text: joinLines('VIE PRIVÉE', '', FR, '', "Le secrétaire note ton nom. Tu peux à tout moment demander à voir tes photos de balade au guide.") },
  ];
  runCases('fr', cases);
});
