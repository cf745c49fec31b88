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
  ];
  runCases('fr', cases);
});
