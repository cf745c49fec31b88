/**
 * French wordings met in session 17's second accuracy round (acc-fr8: a removal firm, a chess
 * club, a trade fair organiser, a campsite), each beside its near miss: "on les jette au bout d'un
 * moment", "Si vous ne nous donnez pas les adresses on ne peut pas venir", "(c'est obligatoire
 * pour jouer en compétition)", "La Fédération reçoit ce qu'il faut pour la licence", "remplissent
 * la fiche de police, c'est la loi". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 17 French wordings, second round (acc-fr8)', () => {
  const cases: Case[] = [
    // thrown away "au bout d'un moment"
    { name: '"les brouillons, on les jette au bout d\'un moment" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre adresse pour préparer votre commande. Les bons de commande annulés, on les jette au bout d\'un moment.') },
    { name: '"Les photos sont supprimées après un certain temps" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons vos photos pour préparer le chantier. Les photos sont supprimées après un certain temps.') },
    { name: '"on les jette au bout de deux mois" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre adresse pour préparer votre commande. Les bons de commande annulés, on les jette au bout de deux mois.') },
    // what follows without the data, "si vous ne nous donnez pas ..."
    { name: '"Si vous ne nous donnez pas votre adresse, nous ne pouvons pas livrer" says what follows', id: 'statutory-requirement', expected: 'present', text: joinLines('## Vos informations', '', FR, 'Nous utilisons votre nom et votre adresse pour livrer vos meubles. Si vous ne nous donnez pas votre adresse, on ne peut évidemment pas livrer.') },
    { name: '"Si vous ne me donnez pas les coordonnées du chantier" says it', id: 'statutory-requirement', expected: 'present', text: joinLines('## Vos informations', '', FR, 'J\'utilise votre nom et votre téléphone pour organiser le chantier. Si vous ne me donnez pas les coordonnées du chantier, je ne peux pas faire le devis.') },
    { name: '"Si vous ne nous donnez pas votre accord, nous ne publions rien" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Vos informations', '', FR, 'Nous utilisons votre nom pour vous inscrire aux cours. Si vous ne nous donnez pas votre accord, nous ne publions pas de photos.') },
    // "c'est obligatoire pour ..."
    { name: '"(c\'est obligatoire pour participer aux compétitions)" says the data is required', id: 'statutory-requirement', expected: 'present', text: joinLines('## Pourquoi', '', FR, 'Nous utilisons votre nom et votre date de naissance pour demander votre licence à la fédération (c\'est obligatoire pour participer aux compétitions).') },
    { name: '"Le port du casque est obligatoire pour les sorties" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Pourquoi', '', FR, 'Nous utilisons votre nom pour organiser les sorties. Le port du casque est obligatoire pour les sorties.') },
    // "X reçoit ce qu'il faut pour ..."
    { name: '"La ligue reçoit ce qu\'il faut pour la licence" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Qui les voit', '', FR, 'Nous utilisons votre nom et votre date de naissance pour gérer votre adhésion. La ligue régionale reçoit ce qu\'il faut pour la licence.') },
    { name: '"Le club d\'accueil reçoit ce qu\'il lui faut pour le transfert" names one', id: 'recipients', expected: 'present', text: joinLines('## Qui les voit', '', FR, 'Nous utilisons votre nom et votre date de naissance pour gérer votre adhésion. Si vous changez de club, le club d\'accueil reçoit ce qu\'il lui faut pour le transfert.') },
    { name: '"Chaque nouvel adhérent reçoit un jeu de pièces" names none', id: 'recipients', expected: 'missing', text: joinLines('## Le matériel', '', FR, 'Nous utilisons votre nom et votre date de naissance pour gérer votre adhésion. Chaque nouvel adhérent reçoit un jeu de pièces.') },
    { name: '"Chaque nouvel adhérent reçoit ce qu\'il faut pour jouer" names none', id: 'recipients', expected: 'missing', text: joinLines('## Le matériel', '', FR, 'Nous utilisons votre nom et votre date de naissance pour gérer votre adhésion. Chaque nouvel adhérent reçoit ce qu\'il faut pour jouer.') },
    // "c'est la loi" as a legal obligation in own words
    { name: '"Les clients étrangers remplissent une fiche, c\'est la loi" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## À l\'arrivée', '', FR, 'Nous utilisons votre nom et votre adresse pour vous accueillir. Les clients étrangers remplissent une fiche de police à l\'arrivée, c\'est la loi.') },
    { name: '"Nous déclarons les salaires à l\'URSSAF : c\'est la loi." is one', id: 'legal-basis', expected: 'present', text: joinLines('## Salaires', '', FR, 'Nous utilisons vos coordonnées bancaires pour verser votre salaire. Nous déclarons les salaires à l\'URSSAF : c\'est la loi.') },
    { name: '"c\'est la loi qui fixe la durée" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Factures', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos factures. Pour les factures, c\'est la loi qui fixe la durée de conservation.') },
  ];
  runCases('fr', cases);
});
