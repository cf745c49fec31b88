/**
 * French detectors: for every checklist id, short politiques de confidentialité that say the item
 * in the RGPD's own words (the French language version of the GDPR) or in a common paraphrase
 * used in France and Belgium, and ones that do not. Conditional ids are tested with their
 * condition triggered and not; quality ids with the problem in the text and without it.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

/** An opening that names nothing on the checklist; it gives language detection enough function words. */
const INTRO = 'Cette page vous explique ce que nous faisons de vos données et pourquoi.';
const TITLE = '# Politique de confidentialité';

/** A short notice: the title, the neutral opening and the given lines. */
const notice = (...lines: string[]): string => joinLines(TITLE, '', INTRO, ...lines);

const cases: Case[] = [
  // ------------------------------------------------------------ controller-identity (art. 13, § 1, a))
  {
    name: 'Une politique qui donne la SARL, son adresse et son courriel nomme le responsable du traitement',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', 'La Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon, est responsable du traitement de vos données.', 'Vous pouvez nous écrire à vie-privee@moulin.example.'),
  },
  {
    name: 'Une section « Qui sommes-nous ? » avec l’association et un numéro de téléphone nomme le responsable du traitement',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', '## Qui sommes-nous ?', '', 'Le club de voile Les Mouettes accueille ses adhérents toute l’année.', 'Appelez-nous au 04 78 12 34 56 pour toute question sur vos données.'),
  },
  {
    name: 'Une simple adresse électronique, sans dire qui est l’organisme, ne nomme pas le responsable du traitement',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('', 'Nous utilisons votre adresse électronique pour répondre à vos questions.', 'Les questions sur cette page peuvent être envoyées à info@boite.example.'),
  },

  // ------------------------------------------------------------ purposes (art. 13, § 1, c))
  {
    name: 'Dire à quoi servent l’adresse et le courriel indique les finalités',
    id: 'purposes',
    expected: 'present',
    text: notice('Nous utilisons votre adresse pour livrer votre commande et votre courriel afin de vous envoyer la facture.'),
  },
  {
    name: 'La formule du RGPD « les finalités du traitement » suivie d’une liste indique les finalités',
    id: 'purposes',
    expected: 'present',
    text: notice('', 'Les finalités du traitement sont les suivantes :', '', '- la gestion des adhésions ;', '- l’organisation des régates.'),
  },
  {
    name: '« Ces données ne servent qu’à traiter votre demande » indique une finalité',
    id: 'purposes',
    expected: 'present',
    text: notice('Les données que vous saisissez dans le formulaire ne servent qu’à traiter votre demande de rendez-vous.'),
  },
  {
    name: 'Une politique qui énumère seulement les données n’indique aucune finalité',
    id: 'purposes',
    expected: 'missing',
    text: notice('', 'L’association Les Mouettes recueille votre nom, votre courriel et votre adresse IP.', 'Questions : contact@mouettes.example.'),
  },

  // ------------------------------------------------------------ legal-basis (art. 13, § 1, c), art. 6, § 1)
  {
    name: '« Nécessaire à l’exécution du contrat » est une base juridique',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Nous traitons votre adresse car ce traitement est nécessaire à l’exécution du contrat conclu avec vous.'),
  },
  {
    name: 'Une obligation légale est une base juridique',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Nous conservons les factures pour respecter nos obligations légales.'),
  },
  {
    name: 'Une mission d’intérêt public citée comme « article 6-e du RGPD » est une base juridique',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Le traitement des demandes de subvention repose sur l’article 6-e du RGPD.'),
  },
  {
    name: 'Dire à quoi servent les données sans fondement n’indique pas de base juridique',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer notre lettre d’information et votre adresse pour livrer votre commande.'),
  },

  // ------------------------------------------------------------ data-categories (art. 14, § 1, d))
  {
    name: 'Le nom, le prénom et la date de naissance sont des catégories de données',
    id: 'data-categories',
    expected: 'present',
    text: notice('Lors de votre adhésion, nous recueillons votre nom, votre prénom et votre date de naissance.'),
  },
  {
    name: 'Une liste sous « Données collectées » indique les catégories de données',
    id: 'data-categories',
    expected: 'present',
    text: notice('', '## Données collectées', '', '- coordonnées', '- données de connexion', '- adresse IP'),
  },
  {
    name: '« Les informations que vous nous transmettez » n’indique aucune catégorie de données',
    id: 'data-categories',
    expected: 'missing',
    text: notice('Nous utilisons les informations que vous nous transmettez pour répondre à vos questions.'),
  },

  // ------------------------------------------------------------ recipients (art. 13, § 1, e))
  {
    name: 'Transmettre les données au prestataire de paiement et au transporteur indique les destinataires',
    id: 'recipients',
    expected: 'present',
    text: notice('Vos données sont transmises à notre prestataire de paiement et au transporteur qui livre votre colis.'),
  },
  {
    name: 'La formule du RGPD « les destinataires des données » indique les destinataires',
    id: 'recipients',
    expected: 'present',
    text: notice('', '## Destinataires des données', '', 'Seul le secrétariat de l’association a connaissance de vos données.'),
  },
  {
    name: 'Dire seulement que les données ne sont jamais vendues ni louées ne dit pas qui les reçoit',
    id: 'recipients',
    expected: 'missing',
    text: notice('Vos données ne sont jamais vendues ni louées.'),
  },
  {
    name: 'Dire que les données ne sont jamais cédées ni vendues répond à la question des destinataires',
    id: 'recipients',
    expected: 'present',
    text: notice('Vos données ne sont jamais cédées ni vendues à des tiers.'),
  },
  {
    name: 'Une politique muette sur qui reçoit les données n’indique pas de destinataires',
    id: 'recipients',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information du club.'),
  },

  // ------------------------------------------------------------ retention (art. 13, § 2, a))
  {
    name: 'Conserver les factures dix ans est une durée de conservation',
    id: 'retention',
    expected: 'present',
    text: notice('Nous conservons les factures pendant dix ans.'),
  },
  {
    name: 'Supprimer le compte 30 jours après sa clôture est une durée de conservation',
    id: 'retention',
    expected: 'present',
    text: notice('Les données de votre compte sont supprimées 30 jours après sa clôture.'),
  },
  {
    name: 'Conserver une candidature jusqu’à la fin du recrutement est un critère',
    id: 'retention',
    expected: 'present',
    text: notice('Nous conservons votre candidature jusqu’à la fin de la procédure de recrutement.'),
  },
  {
    name: '« Pendant la durée nécessaire » n’est ni une durée ni un critère : la durée de conservation manque',
    id: 'retention',
    expected: 'missing',
    text: notice('Nous conservons vos données pendant la durée nécessaire aux finalités poursuivies.'),
  },
  {
    name: 'Une politique muette sur la conservation n’a pas de durée de conservation',
    id: 'retention',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer notre lettre d’information.'),
  },

  // ------------------------------------------------------------ right-access (art. 15)
  {
    name: 'Le « droit d’accès » du RGPD est le droit d’accès',
    id: 'right-access',
    expected: 'present',
    text: notice('Vous disposez d’un droit d’accès à vos données.'),
  },
  {
    name: 'Obtenir une copie de ses données est le droit d’accès',
    id: 'right-access',
    expected: 'present',
    text: notice('Vous pouvez nous demander une copie des données que nous détenons sur vous.'),
  },
  {
    name: 'Une liste de droits sans l’accès ne mentionne pas le droit d’accès',
    id: 'right-access',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit de rectification et d’un droit d’opposition.'),
  },

  // ------------------------------------------------------------ right-rectification (art. 16)
  {
    name: 'Le « droit de rectification » du RGPD est le droit de rectification',
    id: 'right-rectification',
    expected: 'present',
    text: notice('Vous disposez d’un droit de rectification.'),
  },
  {
    name: 'Faire corriger des données inexactes est le droit de rectification',
    id: 'right-rectification',
    expected: 'present',
    text: notice('Si vos données sont inexactes, vous pouvez nous demander de les corriger.'),
  },
  {
    name: 'Une liste de droits sans la correction ne mentionne pas le droit de rectification',
    id: 'right-rectification',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit d’opposition.'),
  },

  // ------------------------------------------------------------ right-erasure (art. 17)
  {
    name: 'Le « droit à l’effacement » (« droit à l’oubli ») du RGPD est le droit à l’effacement',
    id: 'right-erasure',
    expected: 'present',
    text: notice('Vous disposez d’un droit à l’effacement (« droit à l’oubli »).'),
  },
  {
    name: 'Demander la suppression de ses données est le droit à l’effacement',
    id: 'right-erasure',
    expected: 'present',
    text: notice('Vous pouvez demander la suppression de vos données à tout moment.'),
  },
  {
    name: 'Une liste de droits sans la suppression ne mentionne pas le droit à l’effacement',
    id: 'right-erasure',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit de rectification.'),
  },

  // ------------------------------------------------------------ right-restriction (art. 18)
  {
    name: 'Le « droit à la limitation du traitement » du RGPD est le droit à la limitation',
    id: 'right-restriction',
    expected: 'present',
    text: notice('Vous disposez du droit à la limitation du traitement.'),
  },
  {
    name: 'Demander la suspension du traitement de ses données est le droit à la limitation',
    id: 'right-restriction',
    expected: 'present',
    text: notice('Vous pouvez demander que nous suspendions le traitement de vos données le temps d’examiner votre contestation.'),
  },
  {
    name: 'Une liste de droits sans la limitation ne mentionne pas le droit à la limitation',
    id: 'right-restriction',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit de rectification.'),
  },

  // ------------------------------------------------------------ right-object (art. 21)
  {
    name: 'Le « droit d’opposition » du RGPD est le droit d’opposition',
    id: 'right-object',
    expected: 'present',
    text: notice('Vous disposez d’un droit d’opposition.'),
  },
  {
    name: 'S’opposer à la prospection est le droit d’opposition',
    id: 'right-object',
    expected: 'present',
    text: notice('Vous pouvez vous opposer à la prospection commerciale en nous écrivant.'),
  },
  {
    name: '« Vous ne pouvez pas vous opposer à ce traitement » n’est pas un droit d’opposition',
    id: 'right-object',
    expected: 'missing',
    text: notice('Ce traitement étant imposé par la loi, vous ne pouvez pas vous opposer au traitement de vos données.'),
  },
  {
    name: 'Une liste de droits sans l’opposition ne mentionne pas le droit d’opposition',
    id: 'right-object',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit de rectification.'),
  },

  // ------------------------------------------------------------ right-portability (art. 20)
  {
    name: 'Le « droit à la portabilité des données » du RGPD est le droit à la portabilité',
    id: 'right-portability',
    expected: 'present',
    text: notice('Vous disposez du droit à la portabilité de vos données.'),
  },
  {
    name: 'Recevoir ses données dans un format structuré, couramment utilisé et lisible par machine est le droit à la portabilité',
    id: 'right-portability',
    expected: 'present',
    text: notice('Vous pouvez recevoir vos données dans un format structuré, couramment utilisé et lisible par machine.'),
  },
  {
    name: 'Une liste de droits sans la portabilité ne mentionne pas le droit à la portabilité',
    id: 'right-portability',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès et d’un droit de rectification.'),
  },

  // ------------------------------------------------------------ right-complaint (art. 13, § 2, d), art. 77)
  {
    name: 'La formule du RGPD « introduire une réclamation auprès d’une autorité de contrôle » est le droit de réclamation',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle.'),
  },
  {
    name: 'Adresser une réclamation à la CNIL est le droit de réclamation',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.'),
  },
  {
    name: 'Porter plainte auprès de l’Autorité de protection des données belge est le droit de réclamation',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Vous pouvez introduire une plainte auprès de l’Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles.'),
  },
  {
    name: 'Se plaindre seulement auprès du service client n’est pas le droit de réclamation auprès d’une autorité',
    id: 'right-complaint',
    expected: 'missing',
    text: notice('Pour toute réclamation, écrivez à notre service client : client@moulin.example.'),
  },

  // ------------------------------------------------------------ automated-decisions (art. 13, § 2, f), art. 22)
  {
    name: 'Dire qu’aucune décision automatisée ni aucun profilage n’a lieu répond à la question',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Nous ne prenons aucune décision automatisée et ne procédons à aucun profilage.'),
  },
  {
    name: 'Dire qu’un profilage a lieu répond à la question',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Nous réalisons un profilage de vos achats pour vous proposer des offres adaptées.'),
  },
  {
    name: 'Un « traitement automatisé de données » au sens de la loi Informatique et Libertés n’est pas une décision automatisée',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('Le fichier des adhérents fait l’objet d’un traitement automatisé de données.'),
  },
  {
    name: 'Le droit de ne pas faire l’objet d’une décision automatisée ne dit pas si de telles décisions sont prises',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage.'),
  },
  {
    name: 'Le droit d’accès aux informations sur un transfert vers un pays tiers ne dit pas si les données y sont transférées',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Vous disposez d’un droit d’accès, y compris aux informations sur le transfert éventuel de vos données vers un pays tiers.'),
  },

  // ------------------------------------------------------------ statutory-requirement (art. 13, § 2, e))
  {
    name: 'Les champs obligatoires et la conséquence d’un refus répondent à la question',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Les champs marqués d’un astérisque sont obligatoires ; à défaut, nous ne pourrons pas traiter votre demande.'),
  },
  {
    name: '« Vous n’êtes pas tenu de fournir ces données » répond à la question',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Vous n’êtes pas tenu de fournir votre numéro de téléphone.'),
  },
  {
    name: 'Une politique muette sur l’obligation de fournir les données ne répond pas à la question',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information.'),
  },

  // ------------------------------------------------------------ right-withdraw-consent (art. 13, § 2, c), art. 7, § 3)
  {
    name: 'Le consentement comme base avec « vous pouvez retirer votre consentement à tout moment » suffit',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Nous vous envoyons la lettre d’information sur la base de votre consentement.', 'Vous pouvez retirer votre consentement à tout moment.'),
  },
  {
    name: 'Le consentement comme base sans rien sur le retrait manque le droit de retirer son consentement',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Nous vous envoyons la lettre d’information sur la base de votre consentement.'),
  },
  {
    name: 'Sans le consentement comme base, le retrait du consentement n’est pas requis',
    id: 'right-withdraw-consent',
    expected: 'not-applicable',
    text: notice('Nous traitons votre adresse pour l’exécution du contrat.'),
  },
  {
    name: 'Une explication générale selon laquelle les organismes doivent permettre de retirer son consentement ne suffit pas',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Nous vous envoyons la lettre d’information sur la base de votre consentement.', 'Les organismes doivent permettre de retirer son consentement aussi facilement que de le donner.'),
  },

  // ------------------------------------------------------------ legitimate-interests (art. 13, § 1, d))
  {
    name: 'Une référence d’article entre parenthèses entre l’intérêt légitime et son objet ne les sépare pas',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Nous conservons les journaux du serveur sur la base de notre intérêt légitime (art. 6, § 1, f), du RGPD) à assurer la sécurité de notre site.'),
  },
  {
    name: 'Un intérêt légitime à prévenir la fraude indique l’intérêt poursuivi',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Nous vérifions les commandes sur la base de notre intérêt légitime à prévenir la fraude.'),
  },
  {
    name: 'La formule du RGPD « les intérêts légitimes poursuivis, à savoir » indique l’intérêt',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Certains traitements reposent sur les intérêts légitimes poursuivis par notre association, à savoir la sécurité de notre site.'),
  },
  {
    name: 'Un intérêt légitime sans dire lequel manque l’intérêt poursuivi',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('Nous traitons certaines données sur la base de notre intérêt légitime.'),
  },
  {
    name: 'Sans intérêt légitime comme base, l’élément n’est pas requis',
    id: 'legitimate-interests',
    expected: 'not-applicable',
    text: notice('Nous traitons votre adresse pour l’exécution du contrat.'),
  },

  // ------------------------------------------------------------ transfer-safeguards (art. 13, § 1, f), art. 46)
  {
    name: 'Un transfert vers les États-Unis encadré par des clauses contractuelles types indique la garantie',
    id: 'transfer-safeguards',
    expected: 'present',
    text: notice('Notre prestataire d’envoi transfère vos données aux États-Unis ; ce transfert est encadré par des clauses contractuelles types de la Commission européenne.'),
  },
  {
    name: 'Un transfert vers un pays tiers couvert par une décision d’adéquation indique la garantie',
    id: 'transfer-safeguards',
    expected: 'present',
    text: notice('Vos données peuvent être transférées vers un pays tiers bénéficiant d’une décision d’adéquation.'),
  },
  {
    name: 'Des prestataires hors de l’Union européenne sans garantie manquent la garantie',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: notice('Certains de nos prestataires sont situés hors de l’Union européenne.'),
  },
  {
    name: '« Nous ne transférons pas vos données hors de l’Union européenne » rend les garanties sans objet',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: notice('Nous ne transférons pas vos données hors de l’Union européenne.'),
  },

  // ------------------------------------------------------------ dpo-contact (art. 13, § 1, b))
  {
    name: 'Un délégué à la protection des données avec son courriel donne ses coordonnées',
    id: 'dpo-contact',
    expected: 'present',
    text: notice('Vous pouvez contacter notre délégué à la protection des données (DPO) à dpo@moulin.example.'),
  },
  {
    name: 'Un DPO désigné sans coordonnées manque ses coordonnées',
    id: 'dpo-contact',
    expected: 'missing',
    text: notice('Nous avons désigné un délégué à la protection des données.'),
  },
  {
    name: 'Sans DPO, l’élément n’est pas requis',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information.'),
  },
  {
    name: 'Un glossaire qui explique ce qu’est un délégué à la protection des données ne dit pas qu’il y en a un',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice('Le RGPD impose à certains organismes de désigner un délégué à la protection des données.'),
  },

  // ------------------------------------------------------------ data-sources (art. 14, § 2, f))
  {
    name: 'Des données obtenues auprès de partenaires comme les réseaux sociaux indiquent la source',
    id: 'data-sources',
    expected: 'present',
    text: notice('Nous obtenons certaines données auprès de nos partenaires, notamment les réseaux sociaux sur lesquels vous nous suivez.'),
  },
  {
    name: 'Des données « issues de sources externes » sans dire lesquelles manquent la source',
    id: 'data-sources',
    expected: 'missing',
    text: notice('Certaines données proviennent de sources externes.'),
  },
  {
    name: 'Quand toutes les données viennent du lecteur, la source n’est pas requise',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Nous utilisons les données que vous saisissez dans le formulaire.'),
  },

  // ------------------------------------------------------------ last-updated
  {
    name: '« Dernière mise à jour : 3 mars 2024 » date la politique',
    id: 'last-updated',
    expected: 'present',
    text: notice('', 'Dernière mise à jour\u00A0: 3 mars 2024'),
  },
  {
    name: '« En vigueur depuis le 1er janvier 2025 » date la politique',
    id: 'last-updated',
    expected: 'present',
    text: notice('Cette politique est en vigueur depuis le 1er janvier 2025.'),
  },
  {
    name: 'Une politique sans date ni version n’est pas datée',
    id: 'last-updated',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information.'),
  },

  // ------------------------------------------------------------ cookies
  {
    name: 'Des cookies de mesure d’audience déposés après acceptation dans le bandeau disent comment le consentement est recueilli',
    id: 'cookies',
    expected: 'present',
    text: notice('Les cookies de mesure d’audience ne sont déposés qu’après votre acceptation dans le bandeau cookies.'),
  },
  {
    name: '« Ce site n’utilise pas de cookies » répond à la question',
    id: 'cookies',
    expected: 'present',
    text: notice('Ce site n’utilise pas de cookies.'),
  },
  {
    name: '« Notre site utilise des cookies » sans rien sur le consentement manque l’élément',
    id: 'cookies',
    expected: 'missing',
    text: notice('Notre site utilise des cookies.'),
  },
  {
    name: 'Matomo sans un mot sur les cookies manque l’élément',
    id: 'cookies',
    expected: 'missing',
    text: notice('Nous mesurons la fréquentation du site avec Matomo.'),
  },
  {
    name: 'Sans cookies ni traceurs, l’élément n’est pas requis',
    id: 'cookies',
    expected: 'not-applicable',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information.'),
  },

  // ------------------------------------------------------------ transfers-statement
  {
    name: '« Vos données ne quittent jamais l’Union européenne » dit si les données sortent de l’EEE',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Vos données ne quittent jamais l’Union européenne.'),
  },
  {
    name: 'Des données hébergées sur des serveurs situés en France disent si les données sortent de l’EEE',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Vos données sont hébergées sur des serveurs situés en France.'),
  },
  {
    name: 'Une politique muette sur la localisation des données ne le dit pas',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Nous utilisons votre courriel pour vous envoyer la lettre d’information.'),
  },

  // ------------------------------------------------------------ vague-retention
  {
    name: '« Aussi longtemps que nécessaire » est une durée de conservation imprécise',
    id: 'vague-retention',
    expected: 'problem',
    text: notice('Nous conservons vos données aussi longtemps que nécessaire.'),
  },
  {
    name: '« Pour une durée n’excédant pas celle nécessaire aux finalités » est une durée de conservation imprécise',
    id: 'vague-retention',
    expected: 'problem',
    text: notice('Vos données sont conservées pour une durée n’excédant pas celle nécessaire aux finalités pour lesquelles elles sont traitées.'),
  },
  {
    name: 'Conserver les factures dix ans n’est pas imprécis',
    id: 'vague-retention',
    expected: 'none',
    text: notice('Nous conservons les factures pendant dix ans.'),
  },
  {
    name: '« Le temps nécessaire au traitement de votre demande » est un critère, pas une durée imprécise',
    id: 'vague-retention',
    expected: 'none',
    text: notice('Nous conservons vos messages le temps nécessaire au traitement de votre demande.'),
  },

  // ------------------------------------------------------------ implied-consent
  {
    name: '« En poursuivant votre navigation, vous acceptez les cookies » déduit le consentement de la poursuite de la navigation',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('En poursuivant votre navigation sur ce site, vous acceptez le dépôt de cookies.'),
  },
  {
    name: '« En utilisant ce site, vous consentez au traitement » déduit le consentement de l’utilisation',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('En utilisant ce site, vous consentez au traitement de vos données.'),
  },
  {
    name: 'Des cookies déposés après un clic sur « Accepter » sont un consentement, pas un consentement déduit',
    id: 'implied-consent',
    expected: 'none',
    text: notice('Les cookies de mesure d’audience ne sont déposés qu’après un clic sur « Accepter » dans le bandeau.'),
  },

  // ------------------------------------------------------------ outdated-reference
  {
    name: 'La loi Informatique et Libertés citée seule, sans le RGPD, est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Conformément à la loi Informatique et Libertés, vous disposez d’un droit d’accès.'),
  },
  {
    name: 'La loi Informatique et Libertés citée avec le RGPD n’est pas une référence dépassée',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Conformément à la loi Informatique et Libertés, vous disposez d’un droit d’accès.', '', 'Nos traitements respectent le RGPD.'),
  },
  {
    name: 'Une déclaration CNIL numérotée est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Ce traitement a fait l’objet d’une déclaration CNIL n° 1234567.'),
  },
  {
    name: 'Le bouclier de protection des données UE-États-Unis est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Notre prestataire américain adhère au bouclier de protection des données UE-États-Unis.'),
  },
  {
    name: 'La directive 95/46/CE est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Vos données sont traitées conformément à la directive 95/46/CE.'),
  },
  {
    name: 'La Commission de la protection de la vie privée belge est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Vous pouvez introduire une plainte auprès de la Commission de la protection de la vie privée.'),
  },
  {
    name: 'L’ancien nom cité comme tel à côté de l’Autorité de protection des données n’est pas une référence dépassée',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Vous pouvez introduire une plainte auprès de l’Autorité de protection des données (anciennement Commission de la protection de la vie privée).'),
  },
  {
    name: 'La CNIL n’est pas une référence dépassée',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Vous pouvez adresser une réclamation à la CNIL.'),
  },

  // ------------------------------------------------------------ basis-without-purpose
  {
    name: 'Un consentement cité à côté d’un contrat mais rattaché à aucune finalité est une base sans finalité',
    id: 'basis-without-purpose',
    expected: 'problem',
    text: notice(
      '',
      'Nous utilisons votre adresse pour livrer votre commande, ce traitement étant nécessaire à l’exécution du contrat conclu avec vous.',
      '',
      '## Base juridique',
      '',
      'Dans certains cas, nous traitons des données sur la base du consentement.',
    ),
  },
  {
    name: 'Le consentement pour envoyer la lettre d’information n’est pas une base sans finalité',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice('Nous utilisons votre courriel sur la base de votre consentement pour vous envoyer notre lettre d’information.'),
  },
  {
    name: 'Un intérêt légitime à prévenir la fraude n’est pas une base sans finalité',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice('Nous vérifions les commandes sur la base de notre intérêt légitime à prévenir la fraude.'),
  },

  // ------------------------------------------------------------ common French phrasings (CNIL models, public-sector notices)
  {
    name: 'La formule des modèles de la CNIL « enregistrées dans un fichier informatisé par … pour la gestion de … » indique une finalité',
    id: 'purposes',
    expected: 'present',
    text: notice('Les informations recueillies sur ce bulletin sont enregistrées dans un fichier informatisé par la Mutuelle des Tilleuls pour la gestion des adhésions.'),
  },
  {
    name: '« Seuls les agents habilités ont accès à vos données » nomme des destinataires',
    id: 'recipients',
    expected: 'present',
    text: notice('Seuls les agents habilités du service des sports de la commune ont accès à vos données.'),
  },
  {
    name: 'Le « droit d’accès à vos données » est un droit, pas un destinataire',
    id: 'recipients',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous disposez d’un droit d’accès à vos données et d’un droit de rectification.'),
  },
  {
    name: 'La colonne « Pays destinataire » d’un tableau des sous-traitants dit où vont les données',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('', '## Sous-traitants', '', '| Sous-traitant | Traitement réalisé | Pays destinataire |', '|---|---|---|', '| Nuage Exemple SAS | Hébergement | France |'),
  },
  {
    name: '« La communication de ces informations est entièrement volontaire » dit si la fourniture des données est obligatoire',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('La communication de ces informations est entièrement volontaire.'),
  },
  {
    name: '« Les données que vous nous transmettez volontairement » décrit la collecte sans dire si la fourniture est obligatoire',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Les données que vous nous transmettez volontairement par le formulaire servent à répondre à vos questions.'),
  },
  {
    name: '« Vous pouvez retirer à tout moment votre consentement » (modèle de la CNIL) dit que le consentement peut être retiré',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Nous vous envoyons la lettre d’information sur la base de votre consentement.', 'Vous pouvez retirer à tout moment votre consentement à la recevoir.'),
  },
  {
    name: '« Pour exécuter le contrat » est une base juridique',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Nous utilisons votre adresse de livraison pour exécuter le contrat de vente.'),
  },
  {
    name: 'Une « demande d’accès, de rectification ou d’opposition » à laquelle le responsable répond mentionne le droit d’opposition',
    id: 'right-object',
    expected: 'present',
    text: notice('Nous répondons à toute demande d’accès, de rectification ou d’opposition dans un délai d’un mois.'),
  },
  {
    name: '« Vous pouvez vous adresser à la CNIL » si vos droits ne sont pas respectés est le droit de réclamation',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Si vous estimez que vos droits ne sont pas respectés, vous pouvez vous adresser à la CNIL.'),
  },
  {
    name: '« Le RGPD vous confère un droit d’accès » parle au lecteur, ce n’est pas une explication générale de la loi',
    id: 'right-access',
    expected: 'present',
    text: notice('Le RGPD vous confère un droit d’accès aux données qui vous concernent.'),
  },
  {
    name: '« Le RGPD impose aux organismes » de mentionner la portabilité est une explication générale, pas un droit que la politique accorde',
    id: 'right-portability',
    expected: 'missing',
    text: notice('Le RGPD impose aux organismes de mentionner le droit à la portabilité dans certains cas.'),
  },
  {
    name: '« Conservées pendant la durée prévue par la loi » donne un critère de conservation',
    id: 'retention',
    expected: 'present',
    text: notice('Les pièces comptables sont conservées pendant la durée prévue par la loi.'),
  },
  {
    name: '« Demander la suppression de vos données, dans les limites prévues par la loi » n’est pas une durée de conservation',
    id: 'retention',
    expected: 'missing',
    text: notice('', '## Vos droits', '', 'Vous pouvez demander la suppression de vos données, dans les limites prévues par la loi.'),
  },
  {
    name: '« Vos nom et adresse postale » sont des données du lecteur, pas un moyen de joindre le responsable du traitement',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('La Boulangerie du Moulin SARL utilise vos nom et adresse postale pour livrer vos commandes.'),
  },
  {
    name: '« Par courrier à notre adresse postale » suivie de l’adresse permet de joindre le responsable du traitement',
    id: 'controller-identity',
    expected: 'present',
    text: notice('La Boulangerie du Moulin SARL répond à vos questions par courrier envoyé à notre adresse postale : 12 rue des Lilas, 69003 Lyon.'),
  },
  {
    name: '« Le commentaire et ses métadonnées sont conservés indéfiniment » dit combien de temps les données sont conservées',
    id: 'retention',
    expected: 'present',
    text: notice('Si vous publiez un avis, l’avis et l’heure de publication sont conservés indéfiniment.'),
  },
  {
    name: '« Vos données ne sont pas conservées indéfiniment » ne donne aucune durée',
    id: 'retention',
    expected: 'missing',
    text: notice('Vos données ne sont pas conservées indéfiniment.'),
  },
  {
    name: 'La durée de vie d’un cookie (« ce cookie expire au bout de treize mois ») est une durée de conservation',
    id: 'retention',
    expected: 'present',
    text: notice('Le cookie de mesure d’audience expire au bout de treize mois.'),
  },
  {
    name: '« Demander à recevoir un fichier contenant les données que nous détenons sur vous » est le droit d’accès',
    id: 'right-access',
    expected: 'present',
    text: notice('Si vous avez un compte, vous pouvez demander à recevoir un fichier contenant les données que nous détenons sur vous.'),
  },
  {
    name: '« Vous pouvez choisir d’enregistrer votre pseudonyme dans un cookie » dit comment le cookie est accepté',
    id: 'cookies',
    expected: 'present',
    text: notice('Quand vous publiez un avis, vous pouvez choisir d’enregistrer votre pseudonyme dans un cookie.'),
  },
  {
    name: 'Les anciens articles 39 et 40 de la loi Informatique et Libertés sont une référence dépassée, même à côté du RGPD',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Conformément aux articles 39 et 40 de la loi Informatique et Libertés, vous pouvez accéder à vos données et les faire corriger.', '', 'Nos traitements respectent le RGPD.'),
  },
  {
    name: 'L’ancien article 7, 2° de la loi Informatique et Libertés cité comme base juridique est une référence dépassée',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Ce traitement repose sur l’article 7-2° de la loi n° 78-17 du 6 janvier 1978 et sur le RGPD.'),
  },
  {
    name: 'L’article 85 de la loi Informatique et Libertés (directives post-mortem), cité avec le RGPD, n’est pas une référence dépassée',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Conformément au RGPD, vous disposez d’un droit d’accès.', 'Vous pouvez aussi définir des directives relatives au sort de vos données après votre décès (article 85 de la loi Informatique et Libertés).'),
  },
];

/** Tournures de politiques soignées qui ne sont pas celles du RGPD. */
const wordingCases: Case[] = [
  {
    name: '« Aucune donnée ne quitte l’Espace économique européen » dit si les données quittent l’EEE',
    id: 'transfers-statement',
    expected: 'present',
    text: notice("Nos prestataires sont établis en Belgique. Aucune donnée ne quitte l'Espace économique européen."),
  },
  {
    name: '« Avec votre accord, que vous pouvez reprendre à tout moment » dit que le consentement peut être retiré',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Nous vous envoyons une sélection de nouveautés avec votre consentement, que vous pouvez reprendre à tout moment.'),
  },
  {
    name: '« Le traitement repose sur votre adhésion au club » est une base juridique',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Nous utilisons vos coordonnées pour gérer les adhésions. Le traitement repose sur votre adhésion au club.'),
  },
  {
    name: '« En commandant sur notre site, vous acceptez la présente politique » déduit le consentement de l’usage',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('En commandant sur notre site, vous acceptez la présente politique de confidentialité.'),
  },
  {
    name: '« Demander quelles informations nous détenons sur vous » est le droit d’accès',
    id: 'right-access',
    expected: 'present',
    text: notice('Vous pouvez nous demander quelles informations nous détenons sur vous.'),
  },
  {
    name: 'Dire quelles données ont été collectées n’est pas le droit d’accès',
    id: 'right-access',
    expected: 'missing',
    text: notice('Nous vous indiquons ici quelles données nous avons collectées lors de votre inscription.'),
  },
  {
    name: '« Demander que l’utilisation de vos données soit limitée » est le droit à la limitation',
    id: 'right-restriction',
    expected: 'present',
    text: notice('Vous pouvez demander que l’utilisation de vos données soit limitée pendant l’examen de votre réclamation.'),
  },
  {
    name: 'Un accès « limité à notre personnel » n’est pas le droit à la limitation',
    id: 'right-restriction',
    expected: 'missing',
    text: notice('L’accès à vos données est limité à notre personnel.'),
  },
  {
    name: 'Des coordonnées « reçues de votre employeur » viennent d’une source nommée',
    id: 'data-sources',
    expected: 'present',
    text: notice('Nous recevons parfois vos coordonnées de votre employeur.'),
  },
  {
    name: 'Des demandes reçues par courriel ne viennent pas d’un tiers',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Nous recevons vos demandes de contact par courriel.'),
  },
  {
    name: '« Ce site appartient à » une boutique avec adresse et courriel nomme le responsable du traitement',
    id: 'controller-identity',
    expected: 'present',
    text: notice('Ce site appartient à la boutique La Bobine, 10 rue des Tisserands, 69001 Lyon. Courriel : info@labobine.example'),
  },
  {
    name: '« Vos données vous appartiennent » avec un courriel ne nomme pas le responsable du traitement',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('Vos données vous appartiennent. Écrivez à info@site.example'),
  },
];

describe('French detectors', () => {
  runCases('fr', cases);
  runCases('fr', wordingCases);

  it('covers every checklist id with a present (or problem) case and a missing (or none) case', () => {
    const ids = new Set(cases.map((c) => c.id));
    assert.equal(ids.size, 27);
    for (const id of ids) {
      const expected = new Set(cases.filter((c) => c.id === id).map((c) => c.expected));
      assert.ok(expected.has('present') || expected.has('problem'), `${id} has a positive case`);
      assert.ok(expected.has('missing') || expected.has('none'), `${id} has a negative case`);
    }
  });

  it('reads "nous ne transmettons pas vos données hors de l’UE" as a transfers statement with nothing to safeguard', () => {
    const a = analyze(notice('Nous ne transmettons pas vos données à des pays situés hors de l’UE.'), 'fr');
    assert.equal(statusOf(a, 'transfers-statement'), 'present');
    assert.equal(statusOf(a, 'transfer-safeguards'), 'not-applicable');
  });

  it('reads "nous ne recevons aucune donnée de tiers" as no data from other sources', () => {
    const a = analyze(notice('Nous ne recevons aucune donnée auprès de tiers.'), 'fr');
    assert.equal(statusOf(a, 'data-sources'), 'not-applicable');
  });

  it('finds the same items in a plain-text politique de confidentialité as in the Markdown one', () => {
    const lines = [
      'Politique de confidentialité',
      '',
      'La Boulangerie du Moulin SARL, 12 rue des Lilas, 69003 Lyon, est responsable du traitement de vos données. Écrivez-nous à vie-privee@moulin.example.',
      '',
      'Vos droits',
      '',
      'Vous disposez d’un droit d’accès, d’un droit de rectification et d’un droit à l’effacement.',
    ];
    const md = analyze(joinLines('# ' + lines[0], ...lines.slice(1, 4), '## ' + lines[4], ...lines.slice(5)), 'fr', 'markdown');
    const txt = analyze(joinLines(...lines), 'fr', 'plaintext');
    for (const id of ['controller-identity', 'right-access', 'right-rectification', 'right-erasure', 'right-object'] as const) {
      assert.equal(statusOf(txt, id), statusOf(md, id), id);
    }
  });

  it('reads the headings of a notice written in capitals without accents', () => {
    const a = analyze(
      joinLines('# POLITIQUE DE CONFIDENTIALITE', '', INTRO, '', '## DUREE DE CONSERVATION', '', 'Vos donnees sont supprimees apres trois ans.', '', '## VOS DROITS', '', 'Vous disposez d\'un droit d\'acces et d\'un droit a la portabilite.'),
      'fr',
    );
    assert.equal(a.looksLikeNotice, true);
    assert.equal(statusOf(a, 'retention'), 'present');
    assert.equal(statusOf(a, 'right-access'), 'present');
    assert.equal(statusOf(a, 'right-portability'), 'present');
  });

  it('reads the ways French notices cite a point of article 6, paragraph 1', () => {
    const basisOf = (sentence: string): string[] => [...analyze(notice(sentence), 'fr').findings.filter((f) => f.id === 'legal-basis' && f.status === 'present')].map((f) => f.id);
    for (const cite of ['l’article 6, paragraphe 1, point f), du RGPD', 'l’art. 6, § 1, f) RGPD', 'l’article 6.1.f du RGPD', 'l’article 6-1-f du RGPD', 'l’article 6 (1) f) du RGPD', 'l’article 6(1)(f) du RGPD', 'l’article 6-f du RGPD']) {
      const a = analyze(notice(`Nous vérifions les commandes sur le fondement de ${cite}, pour prévenir la fraude.`), 'fr');
      assert.equal(statusOf(a, 'legitimate-interests'), 'present', cite);
      assert.deepEqual(basisOf(`Ce traitement repose sur ${cite}.`), ['legal-basis'], cite);
    }
  });

  it('reads "Base légale : consentement" and "sur le fondement de votre consentement" as consent', () => {
    for (const sentence of ['Lettre d’information. Base légale : consentement.', 'Nous vous écrivons sur le fondement de votre consentement.']) {
      assert.equal(statusOf(analyze(notice(sentence), 'fr'), 'right-withdraw-consent'), 'missing', sentence);
    }
  });

  it('reports a missing legal basis on the section « Qu’est-ce qui nous autorise à traiter ces données ? » of public-sector notices', () => {
    const text = notice('', '## Qu’est-ce qui nous autorise à traiter ces données ?', '', 'Nous en avons besoin pour instruire votre dossier.');
    const f = analyze(text, 'fr').findings.find((x) => x.id === 'legal-basis')!;
    assert.equal(f.status, 'missing');
    assert.equal(text.slice(f.range.start, f.range.end), 'Qu’est-ce qui nous autorise à traiter ces données ?');
  });

  it('reports a missing legal basis on a heading that speaks of « fondements » alone', () => {
    const text = notice('', '## Nos fondements', '', 'Nous y tenons beaucoup.');
    const f = analyze(text, 'fr').findings.find((x) => x.id === 'legal-basis')!;
    assert.equal(f.status, 'missing');
    assert.equal(text.slice(f.range.start, f.range.end), 'Nos fondements');
  });

  it('reports missing recipients on the section « Qui va avoir accès à ces données ? »', () => {
    const text = notice('', '## Qui va avoir accès à ces données ?', '', 'Nous en prenons le plus grand soin.');
    const f = analyze(text, 'fr').findings.find((x) => x.id === 'recipients')!;
    assert.equal(f.status, 'missing');
    assert.equal(text.slice(f.range.start, f.range.end), 'Qui va avoir accès à ces données ?');
  });

  it('takes a document titled "Politique de confidentialité" for a privacy notice', () => {
    assert.equal(analyze(notice('Nous utilisons votre courriel pour vous envoyer notre lettre d’information.'), 'fr').looksLikeNotice, true);
  });

  it('does not take a French recipe for a privacy notice', () => {
    const a = analyzeDocument(
      joinLines(
        '# La soupe de tomates de ma grand-mère',
        '',
        'Une soupe simple pour quatre personnes. Elle demande environ quarante minutes.',
        '',
        '## Ingrédients',
        '',
        '- 1 kg de tomates mûres',
        '- 1 oignon',
        '',
        '## Préparation',
        '',
        'Émincez l’oignon et faites-le revenir dans l’huile d’olive. Ajoutez les tomates et laissez mijoter vingt minutes. Mixez la soupe et assaisonnez.',
      ),
      { language: 'auto', format: 'markdown' },
    );
    assert.equal(a.language, 'fr');
    assert.equal(a.looksLikeNotice, false);
  });
});
