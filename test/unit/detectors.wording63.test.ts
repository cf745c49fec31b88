/**
 * Session 20 (acc-fr11): French wordings that four notices written blind taught (an audiologist's
 * page under bold questions, a hunting association's in capitals, a home computer repairer's in
 * the first person, a motorway operator's télépéage notice), read as families: a heading "Ce que
 * j'en fais" or "À qui les transmettons-nous ?", a member who "peut voir ses données", "si vous
 * ne voulez pas nous donner ...", a file taken "chez un autre" professional, a period in seasons,
 * the gendarmerie, "Fichier déclaré à la CNIL"; a bare "Consentement" in a table's column of bases
 * and a negated "ne demandent pas votre accord"; then, from a second batch written after those
 * fixes (a church, a garage), consent asked "si elles sont d'accord", "c'est une obligation de
 * notre ...", deleting "régulièrement" or "de temps en temps" (a vague period). A basis named
 * only in a right's own words ("la portabilité des données que vous nous avez fournies ... avec
 * votre consentement") is no basis left without a purpose (detectors.ts basisWithoutPurpose, as
 * legalBasis reads it, in every language).
 * The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Protection des données', '', FR, '', 'Atelier Brisson, 4 rue des Forges, 21000 Dijon.', '', ...lines);

// Two bases tied to their purposes, so that a third named elsewhere is asked about.
const twoBases = ['Nous traitons vos commandes pour exécuter le contrat de vente.', 'Nous conservons les factures pour respecter nos obligations comptables.', ''];

describe('Session 20 French wordings (acc-fr11)', () => {
  const cases: Case[] = [
    // headings in the writer's own words
    { name: 'a heading "Ce que j\'en fais" over bare infinitives gives the purposes', id: 'purposes', expected: 'present', text: notice("## Ce que j'en fais", '', '- prendre les rendez-vous', '- faire le devis et la facture') },
    { name: 'a heading "À QUI ON LES TRANSMET" over its answer gives the recipients', id: 'recipients', expected: 'present', text: notice('## A QUI ON LES TRANSMET', '', 'La ligue régionale et notre assureur, une fois par an.') },
    { name: 'a heading "À qui sont-elles communiquées ?" gives the recipients', id: 'recipients', expected: 'present', text: notice('## À qui sont-elles communiquées ?', '', 'Au cabinet Morel, qui tient notre comptabilité.') },
    // own words
    { name: '"Chaque membre peut voir ses données" is access', id: 'right-access', expected: 'present', text: notice('## Vos droits', '', 'Chaque membre peut voir ses données au secrétariat le mardi soir.') },
    { name: '"Si vous ne voulez pas nous donner votre date de naissance" states what follows', id: 'statutory-requirement', expected: 'present', text: notice('## Votre fiche', '', 'Si vous ne voulez pas nous donner votre date de naissance, pas de souci : vous ne recevrez simplement pas de bon d\'anniversaire.') },
    { name: 'a file taken "chez un autre kiné" is portability', id: 'right-portability', expected: 'present', text: notice('## Vos droits', '', 'Vous pouvez emporter votre dossier chez un autre kiné : nous lui envoyons vos bilans.') },
    { name: '"gardées deux saisons" is a period', id: 'retention', expected: 'present', text: notice('## Combien de temps', '', 'Les feuilles de match sont gardées deux saisons.') },
    { name: '"conservées 3 saisons" is a period', id: 'retention', expected: 'present', text: notice('## Durée', '', 'Les licences sont conservées 3 saisons par le club.') },
    { name: 'the gendarmerie is a recipient', id: 'recipients', expected: 'present', text: notice('## Vidéo', '', 'En cas de vol, les images peuvent être remises à la gendarmerie.') },
    { name: '"Fichier déclaré à la CNIL sous le n°" is the abolished declaration', id: 'outdated-reference', expected: 'problem', text: notice('## Mentions', '', 'Fichier déclaré à la CNIL sous le n° 1458823.') },
    { name: '"Ce site a été déclaré auprès de la CNIL" is the abolished declaration', id: 'outdated-reference', expected: 'problem', text: notice('## Mentions', '', 'Ce site a été déclaré auprès de la CNIL.') },
    // a table's column of bases, and a negated request for consent
    { name: 'a bare "Consentement" in the column of bases is consent, whose withdrawal is then due', id: 'right-withdraw-consent', expected: 'missing', text: notice('## Pourquoi et sur quelle base ?', '', '| Finalité | Base légale |', '|---|---|', '| Gestion des commandes | Exécution du contrat |', '| Envoi de la lettre d\'information | Consentement |') },
    { name: 'cookies "qui ne demandent pas votre accord" state no consent', id: 'legal-basis', expected: 'missing', text: notice('## Cookies', '', 'Le site n\'utilise que des cookies techniques, qui ne demandent pas votre accord.') },
    // a basis in a right's own words
    { name: 'consent named only as the scope of portability is no basis without a purpose', id: 'basis-without-purpose', expected: 'none', text: notice(...twoBases, '## Vos droits', '', 'Vous disposez d\'un droit à la portabilité des données que vous nous avez fournies pour l\'exécution de votre contrat ou avec votre consentement.') },
    // the second batch (a church, a garage), written after the first batch's fixes
    { name: '"nous demandons aux familles si elles sont d\'accord" is consent', id: 'legal-basis', expected: 'present', text: notice('## Photos', '', 'Avant de publier une photo de groupe, nous demandons aux familles si elles sont d\'accord.') },
    { name: '"on demande toujours aux élèves s\'ils sont d\'accord" is consent', id: 'legal-basis', expected: 'present', text: notice('## Vidéos', '', 'On demande toujours aux élèves s\'ils sont d\'accord avant de filmer le spectacle.') },
    { name: '"c\'est une obligation de notre agrément" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('## Durée', '', 'Les relevés sont gardés 3 ans, c\'est une obligation de notre agrément.') },
    { name: '"on fait le ménage régulièrement" is a vague period', id: 'vague-retention', expected: 'problem', text: notice('## Combien de temps', '', 'Les anciens clients : on fait le ménage régulièrement.') },
    { name: '"nous supprimons de temps en temps les vieilles fiches" is a vague period', id: 'vague-retention', expected: 'problem', text: notice('## Durée', '', 'Nous supprimons de temps en temps les vieilles fiches.') },
    // Near misses
    { name: 'a heading "Ce que j\'en pense" gives no purpose', id: 'purposes', expected: 'missing', text: notice("## Ce que j'en pense", '', 'Le RGPD est une bonne loi.') },
    { name: 'a heading "À qui s\'adresse cette page ?" names no recipient', id: 'recipients', expected: 'missing', text: notice("## À qui s'adresse cette page ?", '', 'Aux élèves de l\'atelier et à leurs parents.') },
    { name: '"Le moniteur peut voir son dossier de formation" outside the rights is no access', id: 'right-access', expected: 'missing', text: notice('## Les leçons', '', 'Le moniteur peut voir son dossier de formation pendant la leçon.') },
    { name: '"Si vous ne voulez pas recevoir la lettre" is no duty to provide data', id: 'statutory-requirement', expected: 'missing', text: notice('## Lettre', '', 'Si vous ne voulez pas recevoir la lettre, écrivez-nous.') },
    { name: 'a parcel left "chez un autre voisin" is no portability', id: 'right-portability', expected: 'missing', text: notice('## Livraisons', '', 'Si vous êtes absent, le colis est déposé chez un autre voisin.') },
    { name: '"les photos des saisons passées" give no period', id: 'retention', expected: 'missing', text: notice('## Photos', '', 'Les photos des saisons passées restent sur la page du club.') },
    { name: 'a breach "notifiée à la CNIL" is no declaration', id: 'outdated-reference', expected: 'none', text: notice('## Sécurité', '', 'Toute violation de données est notifiée à la CNIL dans les 72 heures.') },
    { name: 'a breach "déclarée à la CNIL" is no declaration of the file', id: 'outdated-reference', expected: 'none', text: notice('## Sécurité', '', 'Une violation de données serait déclarée à la CNIL dans les 72 heures.') },
    { name: 'a bare "Consentement" outside a column of bases states no consent', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('## Lexique', '', '| Mot | Sens |', '|---|---|', '| Consentement | Un accord libre et éclairé |') },
    { name: 'consent the notice relies on, tied to nothing, is still flagged beside a right to withdraw it', id: 'basis-without-purpose', expected: 'problem', text: notice(...twoBases, '## Consentement', '', 'Le traitement de vos données repose sur votre consentement, que vous pouvez retirer à tout moment.') },
    { name: '"si vous êtes d\'accord avec le devis" is no consent', id: 'legal-basis', expected: 'missing', text: notice('## Devis', '', 'Nous vous demandons si vous êtes d\'accord avec le devis avant de commencer.') },
    { name: '"c\'est une obligation de votre part" is no legal obligation of ours', id: 'legal-basis', expected: 'missing', text: notice('## Rendez-vous', '', 'Prévenir en cas d\'absence, c\'est une obligation de votre part.') },
    { name: '"Nous mettons régulièrement à jour cette page" is no vague period', id: 'vague-retention', expected: 'none', text: notice('## Mises à jour', '', 'Nous mettons régulièrement à jour cette page.') },
  ];
  runCases('fr', cases);
});
