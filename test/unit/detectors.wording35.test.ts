/**
 * French wordings met in session 16's invented notices of kinds and shapes the sets lacked (an
 * Instagram candle maker's chatty notice, a Liège landlord's student kots, a bouldering gym with
 * its waiver, a meal-delivery platform, a town's data page converted from the web with its CCTV,
 * CNIL-style mentions under a quote form), each beside its near miss: "Un clic sur « se
 * désinscrire » en bas de chaque mail", "voir ce que j'ai sur vous", "En continuant sur le site,
 * vous acceptez", "nécessaires à l'exécution du bail", "aussi longtemps que nécessaire après la
 * fin du bail", "et encore quelques années après", "Sans cette fiche signée, l'accès est refusé",
 * "le temps qu'il faut pour la compta". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 16 French wordings', () => {
  const cases: Case[] = [
    // unsubscribing from a consent-based newsletter, in own words
    { name: '"Un clic sur « se désinscrire » en bas de chaque mail" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## La newsletter', '', FR, 'Vous la recevez seulement si vous avez coché la case lors de votre commande. Un clic sur « se désinscrire » en bas de chaque mail et c\'est fini.') },
    { name: '"Désinscription en un clic" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('### Newsletter', '', FR, 'Avec votre accord, on vous envoie les nouveautés de la salle. Désinscription en un clic.') },
    { name: '"Pour vous désinscrire d\'un cours, cliquez sur le bouton en bas de la page" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('### Newsletter', '', FR, 'Avec votre accord, on vous envoie les nouveautés de la salle. Pour vous désinscrire d\'un cours collectif, cliquez sur le bouton en bas de la page de réservation.') },
    // access in the first person
    { name: '"me demander de voir ce que j\'ai sur vous" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Vous pouvez me demander à tout moment de voir ce que j\'ai sur vous : un petit mail suffit.') },
    { name: '"ce que nous conservons sur vous" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Vous pouvez nous demander ce que nous conservons sur vous.') },
    { name: '"ce que j\'ai sur le feu" is not', id: 'right-access', expected: 'missing', text: joinLines('## Vos droits', '', FR, 'Vous pouvez me demander à tout moment ce que j\'ai sur le feu pour la prochaine collection.') },
    // implied consent on "continuing on the site"
    { name: '"En continuant sur le site, vous acceptez leur utilisation" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', FR, 'Le site utilise des cookies de statistiques. En continuant sur le site, vous acceptez leur utilisation.') },
    { name: '"En continuant sur le site du transporteur, vous quittez le nôtre" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Cookies', '', FR, 'Le site utilise des cookies de statistiques, déposés avec votre accord. En continuant sur le site du transporteur, vous quittez le nôtre.') },
    // a lease is a contract
    { name: '"nécessaires à la conclusion et à l\'exécution du bail" states the contract ground', id: 'legal-basis', expected: 'present', format: 'plaintext', text: joinLines('POURQUOI ?', FR, 'Pour rédiger le bail et gérer les loyers. Nous traitons ces données parce qu\'elles sont nécessaires à la conclusion et à l\'exécution du bail.') },
    { name: '"la fin du bail" states none', id: 'legal-basis', expected: 'missing', format: 'plaintext', text: joinLines('POURQUOI ?', FR, 'Pour rédiger le bail et gérer les loyers. Nous vous prévenons deux mois avant la fin du bail.') },
    // a vague period that starts at an event
    { name: '"aussi longtemps que nécessaire après la fin du bail" is vague', id: 'vague-retention', expected: 'problem', format: 'plaintext', text: joinLines('COMBIEN DE TEMPS ?', FR, 'Les dossiers des locataires sont conservés aussi longtemps que nécessaire après la fin du bail.') },
    { name: '"conservés trois ans après la fin du bail" is not', id: 'vague-retention', expected: 'none', format: 'plaintext', text: joinLines('COMBIEN DE TEMPS ?', FR, 'Les dossiers des locataires sont conservés trois ans après la fin du bail, ce qui est nécessaire pour les litiges.') },
    // an ending event stretched by "quelques années"
    { name: '"pendant toute la durée de votre inscription et encore quelques années après" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('### La décharge', '', FR, 'Ces fiches sont gardées pendant toute la durée de votre inscription chez nous et encore quelques années après, au cas où.') },
    { name: '"pendant toute la durée de votre inscription et encore deux ans après" is not', id: 'vague-retention', expected: 'none', text: joinLines('### La décharge', '', FR, 'Ces fiches sont gardées pendant toute la durée de votre inscription chez nous et encore deux ans après, au cas où.') },
    // the consequence of a missing form, as a refusal
    { name: '"Sans cette fiche signée, l\'accès aux blocs est refusé" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('### La décharge', '', FR, 'Avant votre première séance, vous remplissez une fiche d\'inscription. Sans cette fiche signée, l\'accès aux blocs est refusé.') },
    { name: '"Sans ce badge oublié au vestiaire, la porte est refusée aux visiteurs" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('### La salle', '', FR, 'Chaque membre reçoit un badge. Sans ce badge oublié au vestiaire, la porte est refusée aux visiteurs du soir.') },
    // accounting as the reason to keep
    { name: '"le temps qu\'il faut pour la compta" gives a statutory criterion', id: 'retention', expected: 'present', text: joinLines('## Combien de temps', '', FR, 'Je garde vos commandes le temps qu\'il faut pour la compta.') },
    { name: '"j\'envoie les factures pour la compta" is no retention', id: 'retention', expected: 'missing', text: joinLines('## Ma compta', '', FR, 'J\'envoie vos factures à mon expert-comptable pour la compta.') },
    // second batch (a personal trainer's mentions légales, a Luxembourg pet-sitter, a nursing home's PDF)
    { name: '"Les factures sont gardées 10 ans" is a retention period', id: 'retention', expected: 'present', text: joinLines('## Vos données', '', FR, 'Les factures sont gardées 10 ans.') },
    { name: '"Le gardien du parking travaille chez nous depuis 10 ans" is not', id: 'retention', expected: 'missing', text: joinLines('## Vos données', '', FR, 'Le gardien du parking travaille chez nous depuis 10 ans.') },
    { name: '"Tout cela me sert uniquement à bien m\'occuper de votre compagnon" states a purpose', id: 'purposes', expected: 'present', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Je note votre nom et votre adresse. Tout cela me sert uniquement à bien m\'occuper de votre compagnon.') },
    { name: '"Tout cela me sert de leçon" states none', id: 'purposes', expected: 'missing', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Je note votre nom et votre adresse. Tout cela me sert de leçon.') },
    { name: '"X, c\'est moi, Sophie Kremer, ... établie à Strassen (17 rue des Romains)" names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Pattes & Moustaches, c\'est moi, Sophie Kremer, pet-sitter indépendante établie à Strassen (L-8041, 17 rue des Romains). Vous pouvez me joindre au 621 48 30 17 ou à sophie@pattes-moustaches.lu.') },
    { name: '"Les plus anxieux restent établis à la maison" names none', id: 'controller-identity', expected: 'missing', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Les animaux sont gardés chez vous. Les plus anxieux restent établis à la maison avec leurs habitudes.') },
    { name: '"je les détruis à la fin de chaque garde" is a criterion', id: 'retention', expected: 'present', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Les codes d\'alarme sont notés sur une fiche, et je les détruis à la fin de chaque garde.') },
    { name: '"je vous envoie une photo à la fin de chaque promenade" is not', id: 'retention', expected: 'missing', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Les codes d\'alarme sont notés sur une fiche, et je vous envoie une photo à la fin de chaque promenade.') },
    { name: '"me demander quelles informations je garde sur vous" is access', id: 'right-access', expected: 'present', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Vous pouvez me demander à tout moment quelles informations je garde sur vous.') },
    { name: '"les faire modifier" is rectification', id: 'right-rectification', expected: 'present', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Vous pouvez me demander quelles informations je garde sur vous, et les faire modifier.') },
    { name: '"faire modifier la date de la garde" is not', id: 'right-rectification', expected: 'missing', format: 'plaintext', text: joinLines('Protection des données', '', FR, 'Vous pouvez me demander à tout moment de faire modifier la date de la garde.') },
    { name: '"Je vous demande un certificat médical. C\'est indispensable pour ..." says the data must be given', id: 'statutory-requirement', expected: 'present', text: joinLines('## Vos données personnelles', '', FR, 'Je vous demande aussi un certificat médical de non contre-indication. C\'est indispensable pour vous proposer un programme adapté et sans risque.') },
    { name: '"Je vous demande de la patience. C\'est indispensable" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Vos données personnelles', '', FR, 'Je vous demande aussi un peu de patience au début. C\'est indispensable pour progresser sans risque.') },
    { name: '"Je ne publie jamais de photo sans votre autorisation écrite" states consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos avant/après', '', FR, 'Je ne publie jamais de photo avant/après ni de témoignage sans votre autorisation écrite.') },
    { name: '"jamais dans une pièce sans y être invité" states none', id: 'legal-basis', expected: 'missing', text: joinLines('## Accès', '', FR, 'Les séances ont lieu chez vous : je ne rentre jamais dans une pièce sans y être invité.') },
    { name: '"Cet accord est recueilli par écrit à l\'admission et peut être retiré à tout moment" withdraws consent', id: 'right-withdraw-consent', expected: 'present', format: 'plaintext', text: joinLines('3.3 Les photographies', '', FR, 'Avec votre accord, des photos prises lors des animations peuvent être affichées. Cet accord est recueilli par écrit à l\'admission et peut être retiré à tout moment auprès de la direction.') },
    { name: '"Cet accord est recueilli par écrit ... et peut être consulté" does not', id: 'right-withdraw-consent', expected: 'missing', format: 'plaintext', text: joinLines('3.3 Les photographies', '', FR, 'Avec votre accord, des photos prises lors des animations peuvent être affichées. Cet accord est recueilli par écrit à l\'admission et peut être consulté à tout moment auprès de la direction.') },
    { name: '"Vous pouvez revenir sur cette autorisation quand vous voulez" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Photos avant/après', '', FR, 'Je ne publie jamais de photo sans votre autorisation écrite. Vous pouvez revenir sur cette autorisation quand vous voulez.') },
    { name: '"Vous pouvez revenir sur cette séance quand vous voulez" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Photos avant/après', '', FR, 'Je ne publie jamais de photo sans votre autorisation écrite. Vous pouvez revenir sur cette séance quand vous voulez.') },
  ];
  runCases('fr', cases);
});
