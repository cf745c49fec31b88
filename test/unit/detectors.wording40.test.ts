/**
 * French wordings met in session 16's second round of invented notices (a Namur physiotherapy
 * practice, an amateur football club's secretary's notice, a Lyon bike shop, a payment app), each
 * beside its near miss: "Nous sommes obligés de le faire par la réglementation", "La fédération
 * et la ligue ont ensuite accès à ces informations", "On garde les fiches pendant la saison, et un
 * peu plus pour les archives", "demander à voir ce que le club a sur vous", "Sans réponse de
 * votre part, on considère que vous êtes d'accord". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 16 French wordings, second round', () => {
  const cases: Case[] = [
    // a legal obligation in the passive
    { name: '"nous sommes obligés de le faire par la loi" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Factures', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos factures. Nous transmettons les factures à l\'administration fiscale : nous sommes obligés de le faire par la loi.') },
    { name: '"Le cabinet est tenu par la réglementation de transmettre ..." is one', id: 'legal-basis', expected: 'present', text: joinLines('## Remboursement', '', FR, 'Pour que vous soyez remboursé, le cabinet est tenu par la réglementation de transmettre vos attestations de soins à votre mutuelle.') },
    { name: '"Nous ne sommes pas obligés par la loi de tenir un registre" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Le registre', '', FR, 'Nous utilisons votre adresse pour vous envoyer vos factures. Nous ne sommes pas obligés par la loi de tenir un registre des visiteurs.') },
    { name: '"Vous n\'êtes pas obligé par la loi de nous répondre" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Le questionnaire', '', FR, 'Nous utilisons vos réponses pour améliorer nos ateliers. Vous n\'êtes pas obligé par la loi de nous répondre.') },
    // recipients with an adverb before "accès"
    { name: '"La fédération et la ligue ont ensuite accès à ces informations" names recipients', id: 'recipients', expected: 'present', text: joinLines('## Les licences', '', FR, 'Nous utilisons votre nom et votre date de naissance pour demander votre licence. La fédération et la ligue régionale ont ensuite accès à ces informations.') },
    { name: '"Vous avez ensuite accès à votre espace" names none', id: 'recipients', expected: 'missing', text: joinLines('## Les licences', '', FR, 'Nous utilisons votre nom et votre date de naissance pour demander votre licence. Vous avez ensuite accès à votre espace licencié.') },
    // the season as a criterion, and a vague extension "et un peu plus"
    { name: '"On garde les fiches d\'adhésion pendant la saison" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre fiche pour organiser les entraînements. On garde les fiches d\'adhésion pendant la saison.') },
    { name: '"pendant la saison, et un peu plus pour les archives" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre fiche pour organiser les entraînements. On garde les fiches d\'adhésion pendant la saison, et un peu plus pour les archives du club.') },
    { name: '"pendant la saison, et un peu plus de deux ans pour les licences" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre fiche pour organiser les entraînements. On garde les fiches d\'adhésion pendant la saison, et un peu plus de deux ans pour les licences.') },
    { name: '"On garde les fiches pendant la saison" alone is not', id: 'vague-retention', expected: 'none', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre fiche pour organiser les entraînements. On garde les fiches d\'adhésion pendant la saison.') },
    // access with a noun as the subject
    { name: '"demander à voir ce que l\'association a sur vous" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Vous pouvez demander à voir ce que l\'association a sur vous, ou le faire corriger.') },
    { name: '"demander ce que la cotisation comprend" is not', id: 'right-access', expected: 'missing', text: joinLines('## Vos droits', '', FR, 'Vous pouvez demander au trésorier ce que la cotisation comprend, ou faire corriger vos coordonnées.') },
    // consent presumed from silence
    { name: '"Sans réponse de votre part, on considère que vous êtes d\'accord" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Les photos', '', FR, 'Nous publions des photos des matchs sur notre page Facebook. Si vous ne voulez pas y apparaître, prévenez l\'entraîneur. Sans réponse de votre part, on considère que vous êtes d\'accord.') },
    { name: '"Si vous ne dites rien, nous considérons que vous êtes d\'accord" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Les photos', '', FR, 'Nous publions des photos du spectacle dans le journal de l\'école. Si vous ne dites rien, nous considérons que vous êtes d\'accord.') },
    { name: '"Nous publions les photos seulement si vous êtes d\'accord" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Les photos', '', FR, 'Nous publions des photos des matchs sur notre page Facebook seulement si vous êtes d\'accord.') },
    { name: '"Sans réponse de votre part sous quinze jours, votre demande est classée" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Vos demandes', '', FR, 'Nous utilisons votre adresse pour répondre à vos demandes. Sans réponse de votre part sous quinze jours, votre demande est classée.') },
  ];
  runCases('fr', cases);
});
