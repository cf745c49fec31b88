/**
 * French wordings met in session 13's invented notices of kinds the sets lacked (a festival's FAQ,
 * a tattoo shop writing "tu", a tutoring service, a mutuelle, a car dealer with financing, a trade
 * union), each beside its near miss: a question heading "Comment je fais pour supprimer mes
 * données ?", "on peut vous dire ce qu'on a sur vous", "aussi longtemps qu'elles nous sont utiles",
 * "En entrant sur le site du festival, vous acceptez d'être photographié", "X, c'est le shop de ...",
 * "Tu nous donnes ton accord écrit", "Tu changes d'avis ?", "notre comptable", "te plaindre auprès de
 * l'Autorité", "sans ce questionnaire ..., on ne peut pas". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 13 French wordings', () => {
  const cases: Case[] = [
    // rights under a first-person question heading, offered as what we can do
    { name: 'Under "Comment je fais pour supprimer mes données ?", "on peut vous dire ce qu\'on a sur vous" is access', id: 'right-access', expected: 'present', text: joinLines('# FAQ', '', FR, '', '### Comment je fais pour modifier ou supprimer mes données ?', '', "Écrivez-nous : on peut vous dire ce qu'on a sur vous, corriger ou tout effacer.") },
    { name: '... and "corriger ou tout effacer" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('# FAQ', '', FR, '', '### Comment je fais pour modifier ou supprimer mes données ?', '', "Écrivez-nous : on peut vous dire ce qu'on a sur vous, corriger ou tout effacer.") },
    { name: 'Under "Comment je fais pour venir au festival ?", the same words are no right', id: 'right-erasure', expected: 'missing', text: joinLines('# FAQ', '', FR, '', '### Comment je fais pour venir au festival ?', '', "Écrivez-nous : on peut vous dire où se garer, corriger un trajet ou tout effacer du plan.") },
    { name: '"Tu peux nous demander de voir ce qu\'on a sur toi" is access', id: 'right-access', expected: 'present', text: joinLines('# Tes données', '', FR, '', '## Tes droits', '', "Tu peux nous demander de voir ce qu'on a sur toi.") },
    { name: '"Tu peux nous demander de voir ce qu\'on a en stock" is not', id: 'right-access', expected: 'missing', text: joinLines('# Tes données', '', FR, '', '## Tes droits', '', "Tu peux nous demander de voir ce qu'on a en stock.") },
    // vague retention in own words
    { name: '"on les garde aussi longtemps qu\'elles nous sont utiles" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Vos données', '', FR, "Les billets sont gardés trois ans. Les photos, on les garde aussi longtemps qu'elles nous sont utiles pour nos archives.") },
    { name: '"on les garde tant que nous en avons besoin" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Vos données', '', FR, "Les billets sont gardés trois ans. Les photos, on les garde tant que nous en avons besoin.") },
    { name: '"on les garde tant que vous êtes abonné" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Vos données', '', FR, "Les billets sont gardés trois ans. Les photos, on les garde tant que vous êtes abonné.") },
    // consent presumed from attending
    { name: '"En entrant sur le site du festival, vous acceptez d\'être photographié" presumes consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Vos données', '', FR, "Des photographes couvrent le festival. En entrant sur le site du festival, vous acceptez d'être photographié et filmé.") },
    { name: '"En entrant sur le site du festival, vous acceptez le règlement intérieur" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Vos données', '', FR, "Des photographes couvrent le festival. En entrant sur le site du festival, vous acceptez le règlement intérieur du site.") },
    // the controller introduced in a small business's own words
    { name: '"Encre Noire, c\'est le shop de Jess et Malo, 27 rue ..." names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('TES DONNÉES', '', FR, '', "Pour toute question : écris-nous. Encre Pâle, c'est le shop de Lou et Sam, 12 rue des Tanneurs, 1000 Bruxelles.") },
    { name: '"Le RGPD, c\'est la loi ..., 12 rue ..." does not', id: 'controller-identity', expected: 'missing', format: 'plaintext', text: joinLines('TES DONNÉES', '', FR, '', "Pour toute question : écris-nous. Le RGPD, c'est la loi qui protège tes données, même au 12 rue des Tanneurs.") },
    // consent in plain words, and withdrawn in plain words
    { name: '"Tu nous donnes ton accord écrit pour qu\'on garde ces infos" states consent', id: 'legal-basis', expected: 'present', text: joinLines('# Tes données', '', FR, "Avant la séance, tu remplis un questionnaire santé. Tu nous donnes ton accord écrit pour qu'on garde ces infos.") },
    { name: '"Tu nous donnes ton avis" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Tes données', '', FR, "Avant la séance, tu remplis un questionnaire santé. Tu nous donnes ton avis sur le motif.") },
    { name: '"Tu changes d\'avis ? Un message et on retire la photo" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Tes données', '', FR, "On ne poste la photo que si tu nous donnes ton accord. Tu changes d'avis ? Un message et on retire la photo.") },
    { name: '"Si vous changez d\'avis sur votre commande" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Vos données', '', FR, "Nous envoyons la lettre d'information avec votre consentement. Si vous changez d'avis sur votre commande, vous avez 14 jours.") },
    // recipients
    { name: 'Under "Qui voit tes infos ?", "Nous deux, notre comptable pour les factures" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Tes données', '', FR, '', '## Qui voit tes infos ?', '', "Nous deux, notre comptable pour les factures. C'est tout.") },
    { name: '"les pièces comptables" name none', id: 'recipients', expected: 'missing', text: joinLines('# Tes données', '', FR, "Nous tenons les pièces comptables pour les factures.") },
    // complaint in the reflexive
    { name: '"tu peux aussi te plaindre auprès de l\'Autorité de protection des données" is the complaint right', id: 'right-complaint', expected: 'present', text: joinLines('# Tes données', '', FR, "Si tu trouves qu'on fait n'importe quoi avec tes données, tu peux aussi te plaindre auprès de l'Autorité de protection des données.") },
    { name: '"personne ne s\'est jamais plaint du bruit" is not', id: 'right-complaint', expected: 'missing', text: joinLines('# Tes données', '', FR, "Personne ne s'est jamais plaint du bruit : notre shop respecte l'Autorité de protection des données.") },
    // statutory requirement
    { name: '"sans ce questionnaire rempli et signé, on ne peut pas te tatouer" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Tes données', '', FR, "Avant de te tatouer, tu remplis un questionnaire santé : sans ce questionnaire rempli et signé, on ne peut pas te tatouer.") },
    { name: '"sans ce soin, on ne peut pas garantir la couleur" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Tes données', '', FR, "Avant de te tatouer, tu remplis un questionnaire santé. Sans ce soin, on ne peut pas garantir la couleur.") },
    // second batch (a political movement's local section, a beauty salon in Luxembourg)
    { name: 'Under "**Pourquoi**", "Tenir le fichier des adhérents, vous convoquer aux assemblées" states purposes', id: 'purposes', expected: 'present', text: joinLines('# Adhésion', '', FR, '', '**Pourquoi**', "Tenir le fichier des adhérents, vous convoquer aux assemblées et aux votes internes.") },
    { name: '"Tenir le fichier des adhérents est le travail du secrétaire, appeler ..." does not', id: 'purposes', expected: 'missing', text: joinLines('# Adhésion', '', FR, '', '**Bénévoles**', "Tenir le fichier des adhérents est le travail du secrétaire, appeler les retardataires aussi.") },
    { name: '"Conformément au code électoral, les dons sont reversés à ..." states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Adhésion', '', FR, "Nous tenons le fichier des adhérents. Conformément au code électoral, les dons sont reversés à notre association de financement.") },
    { name: '"Conformément au code couleur du festival, les bracelets ..." does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Adhésion', '', FR, "Nous tenons le fichier des adhérents. Conformément au code couleur du festival, les bracelets des bénévoles sont verts.") },
    { name: '"Le trésorier transmet la liste des donateurs à la Commission nationale" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Adhésion', '', FR, "Nous tenons le fichier des adhérents. Le trésorier transmet la liste des donateurs à la Commission nationale des comptes de campagne.") },
    { name: '"Le trésorier tient la liste des donateurs à jour" does not', id: 'recipients', expected: 'missing', text: joinLines('# Adhésion', '', FR, "Nous tenons le fichier des adhérents. Le trésorier tient la liste des donateurs à jour.") },
    { name: 'A letterhead "Institut Belle Teint – Soins & bien-être" over its address names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('Institut Belle Teint – Soins & bien-être', '3, Grand-Rue, L-9050 Ettelbruck – info@belleteint.lu', '', 'PROTECTION DE VOS DONNÉES', '', FR) },
    { name: 'A tagline "Soins & bien-être" over the same address does not', id: 'controller-identity', expected: 'missing', format: 'plaintext', text: joinLines('Soins & bien-être', '3, Grand-Rue, L-9050 Ettelbruck – info@belleteint.lu', '', 'PROTECTION DE VOS DONNÉES', '', FR) },
    { name: '"La fiche reste dans votre dossier pendant 3 ans" gives a retention period', id: 'retention', expected: 'present', text: joinLines('# Vos données', '', FR, "La fiche reste dans votre dossier cliente pendant 3 ans après votre dernier soin.") },
    { name: '"Le salon reste ouvert le samedi pendant 3 heures" does not', id: 'retention', expected: 'missing', text: joinLines('# Vos données', '', FR, "Nous notons vos soins. Le salon reste ouvert le samedi pendant 3 heures.") },
    // third batch (a parents' association)
    { name: '"Ça nous permet de vous inviter aux réunions" states a purpose', id: 'purposes', expected: 'present', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Vous indiquez le nom des parents et un e-mail. Ça nous permet de vous inviter aux réunions.") },
    { name: '"Ça nous fait plaisir de vous voir aux réunions" does not', id: 'purposes', expected: 'missing', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Vous indiquez le nom des parents et un e-mail. Ça nous fait plaisir de vous voir aux réunions.") },
    { name: '"que si les parents nous ont dit oui" states consent', id: 'legal-basis', expected: 'present', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Les photos ne sont mises sur notre page que si les parents nous ont dit oui sur la fiche.") },
    { name: '"que si le temps le permet" does not', id: 'legal-basis', expected: 'missing', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Les photos ne sont mises sur notre page que si le temps le permet.") },
    { name: '"On ne la donne pas à la mairie, sauf les noms des accompagnateurs" names a recipient', id: 'recipients', expected: 'present', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Nous tenons la liste des parents. On ne la donne pas à la mairie, sauf les noms des accompagnateurs de sorties, que la directrice nous demande.") },
    { name: '"On la range dans une armoire" does not', id: 'recipients', expected: 'missing', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Nous tenons la liste des parents. On la range dans une armoire fermée au bureau.") },
    { name: '"vous voulez qu\'on vous retire de la liste ? Écrivez au bureau" is erasure', id: 'right-erasure', expected: 'present', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Une question, une erreur à corriger, ou vous voulez qu'on vous retire de la liste ? Écrivez au bureau.") },
    { name: '... and "une erreur à corriger" there is rectification', id: 'right-rectification', expected: 'present', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Une question, une erreur à corriger, ou vous voulez qu'on vous retire de la liste ? Écrivez au bureau.") },
    { name: '"vous voulez qu\'on vous retire une épine du pied ?" is not', id: 'right-erasure', expected: 'missing', format: 'plaintext', text: joinLines('NOTE SUR LES DONNÉES', '', FR, '', "Une question, ou vous voulez qu'on vous retire une épine du pied ? Écrivez au bureau.") },
  ];
  runCases('fr', cases);
});
