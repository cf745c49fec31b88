/**
 * French wordings met in session 18's invented notices (a hair salon's owner writing "je", a comité
 * des fêtes' vide-grenier page, a brasserie's page for job applicants), each beside its near miss:
 * "je tiens le salon ...", "Ça me permet de ...", "sans vous avoir demandé avant", "Ma comptable voit
 * les factures", "vous désinscrire en nous le disant", "nous demander ce qu'on a gardé". The
 * sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 18 French wordings', () => {
  const cases: Case[] = [
    // the owner who runs the business, in the first person
    { name: '"je tiens la boutique ... depuis dix ans" with an address names the controller', id: 'controller-identity', expected: 'present', text: joinLines('## Vos données', '', FR, 'Bonjour, je tiens la boutique Fil d\'Or depuis dix ans, 8 rue des Lilas à Rennes. Je note vos commandes pour les préparer.') },
    { name: '"Je gère le petit garage du village" with a phone number names it', id: 'controller-identity', expected: 'present', text: joinLines('## Vos données', '', FR, 'Je gère le petit garage du village (06 12 34 56 78). Je note votre immatriculation pour préparer la réparation.') },
    { name: '"Je tiens à vous rassurer" with a phone number does not', id: 'controller-identity', expected: 'missing', text: joinLines('## Vos données', '', FR, 'Je tiens à vous rassurer sur vos données. Pour une question, un SMS au 06 12 34 56 78. Je note vos rendez-vous pour les préparer.') },
    // a purpose in "ça me permet de"
    { name: '"Ça me permet de refaire la même teinte" states a purpose', id: 'purposes', expected: 'present', text: joinLines('## Votre fiche', '', FR, 'Je note dans votre fiche les références de couleur. Ça me permet de refaire la même teinte la fois suivante.') },
    { name: '"Cela me permet de vous rappeler la veille" states one', id: 'purposes', expected: 'present', text: joinLines('## Votre fiche', '', FR, 'Je garde votre numéro de portable. Cela me permet de vous rappeler la veille du rendez-vous.') },
    { name: '"Mon emploi du temps ne me permet pas de répondre le week-end" does not', id: 'purposes', expected: 'missing', text: joinLines('## Votre fiche', '', FR, 'Je garde votre numéro de portable. Mon emploi du temps ne me permet pas de répondre le week-end.') },
    // consent in a double negation with a past infinitive: "jamais ... sans vous avoir demandé"
    { name: '"Je ne poste jamais une photo sans vous avoir demandé avant" states consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', FR, 'Je montre mes coupes sur Instagram. Je ne poste jamais une photo de vous sans vous avoir demandé avant.') },
    { name: '"Nous ne publions aucun portrait sans vous l\'avoir demandé" states it', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', FR, 'Nous montrons nos ateliers sur le site. Nous ne publions aucun portrait sans vous l\'avoir demandé.') },
    { name: '"Vous pouvez annuler sans nous avoir prévenus" does not', id: 'legal-basis', expected: 'missing', text: joinLines('## Photos', '', FR, 'Nous montrons nos ateliers sur le site. Vous pouvez annuler une séance sans nous avoir prévenus la veille.') },
    // the accountant as "ma comptable"
    { name: '"Ma comptable voit les factures" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Qui a accès ?', '', FR, 'Je note vos prestations pour les facturer. Ma comptable voit les factures.') },
    { name: '"Je fais ma comptabilité moi-même" does not', id: 'recipients', expected: 'missing', text: joinLines('## Les factures', '', FR, 'Je note vos prestations pour les facturer. Je fais ma comptabilité moi-même le soir.') },
    // leaving a mailing "en nous le disant", "en m'écrivant"
    { name: '"Vous pouvez vous désinscrire en nous le disant" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Invitations', '', FR, 'Avec votre accord, nous vous envoyons l\'invitation de l\'an prochain. Vous pouvez vous désinscrire en nous le disant.') },
    { name: '"Vous pouvez vous désabonner en m\'écrivant" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Lettre', '', FR, 'Avec votre accord, je vous envoie ma lettre du mois. Vous pouvez vous désabonner en m\'écrivant.') },
    { name: '"Vous pouvez vous désinscrire du club en fin de saison" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Invitations', '', FR, 'Avec votre accord, nous vous envoyons l\'invitation de l\'an prochain. Vous pouvez vous désinscrire du club en fin de saison.') },
    // access as what has been kept, said with a past participle
    { name: '"Vous pouvez nous demander ce qu\'on a gardé" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous gardons votre CV pour un prochain poste. Vous pouvez nous demander ce qu\'on a gardé.') },
    { name: '"Vous pouvez me demander ce que j\'ai noté" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Je note vos prestations dans une fiche. Vous pouvez me demander ce que j\'ai noté.') },
    { name: '"Vous pouvez demander ce que nous avons conservé des archives du club" is not', id: 'right-access', expected: 'missing', text: joinLines('## Archives', '', FR, 'Nous gardons les affiches des fêtes. Vous pouvez demander ce que nous avons conservé des archives du club.') },
    { name: '"Ce qu\'on a gardé des anciennes éditions est exposé" is not', id: 'right-access', expected: 'missing', text: joinLines('## Archives', '', FR, 'Nous gardons les affiches des fêtes. Ce qu\'on a gardé des anciennes éditions est exposé à la mairie.') },
    // batch 2 (a private landlord's page for candidate tenants, two home nurses)
    // "Qui voit votre dossier ?" asks who receives the data; "Moi seul." answers it
    { name: '"Qui voit votre dossier" over "Moi seul." says who receives the data', id: 'recipients', expected: 'present', text: joinLines('## Vos papiers', '', FR, 'Je demande vos fiches de paie pour choisir le locataire.', '', '## Qui voit votre dossier ?', '', 'Moi seul.') },
    { name: '"Qui voit ton dossier" over "Moi seule." says it', id: 'recipients', expected: 'present', text: joinLines('## Tes papiers', '', FR, 'Je demande ta fiche pour organiser le stage.', '', '## Qui voit ton dossier ?', '', 'Moi seule.') },
    { name: '"Où est votre dossier" over "Moi seul." does not', id: 'recipients', expected: 'missing', text: joinLines('## Vos papiers', '', FR, 'Je demande vos fiches de paie pour choisir le locataire.', '', '## Où est votre dossier ?', '', 'Moi seul.') },
    // erasure as destroying the file
    { name: '"me demander de détruire votre dossier" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Je demande vos fiches de paie pour choisir le locataire. Vous pouvez me demander de détruire votre dossier.') },
    { name: '"Vous pouvez demander que nous détruisions vos papiers" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous gardons vos papiers pour le contrat. Vous pouvez demander que nous détruisions vos papiers.') },
    { name: '"Les dossiers sont détruits après un an" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Combien de temps ?', '', FR, 'Nous gardons vos papiers pour le contrat. Les dossiers sont détruits après un an.') },
    // what follows without the data: "Sans les revenus je ne peux pas ..."
    { name: '"Sans les revenus je ne peux pas examiner votre candidature" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Votre dossier', '', FR, 'Je demande vos fiches de paie pour choisir le locataire. Sans les revenus je ne peux pas examiner votre candidature.') },
    { name: '"Sans les informations demandées, on ne peut pas traiter la demande" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('## Votre dossier', '', FR, 'Nous demandons votre nom et votre adresse pour la carte. Sans les informations demandées, on ne peut pas traiter la demande.') },
    { name: '"Sans les travaux on ne peut pas louer" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Votre dossier', '', FR, 'Je demande vos fiches de paie pour choisir le locataire. Sans les travaux de toiture on ne peut pas louer avant l\'été.') },
    // a legal duty said as "c'est une obligation pour ..."
    { name: '"c\'est une obligation pour les professionnels de santé" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Votre dossier', '', FR, 'Nous tenons un dossier de soins pour vous soigner. On est tenus de le faire, c\'est une obligation pour les professionnels de santé.') },
    { name: '"c\'est une obligation pour nous" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Votre dossier', '', FR, 'Nous déclarons votre embauche à l\'URSSAF pour vous payer. C\'est une obligation pour nous.') },
    { name: '"c\'est une obligation pour le client de prévenir" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Annulation', '', FR, 'Nous gardons votre numéro pour vous rappeler. En cas d\'empêchement, c\'est une obligation pour le client de prévenir la veille.') },
    // a copy of an identity card asked for is a data category, not the right of access
    { name: '"Une copie de votre carte d\'identité (vous pouvez cacher la photo)" is no right of access', id: 'right-access', expected: 'missing', text: joinLines('## Vos papiers', '', FR, 'Je demande pour le bail une copie de votre carte d\'identité (vous pouvez cacher la photo).') },
    { name: '"vous pouvez nous envoyer une copie de votre passeport" is none', id: 'right-access', expected: 'missing', text: joinLines('## Vos papiers', '', FR, 'Pour le contrat, vous pouvez nous envoyer une copie de votre passeport.') },
    { name: '"vous pouvez en obtenir une copie" still is one', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous tenons un dossier pour vous soigner. Vous pouvez en obtenir une copie.') },
    // batch 3 (an animal shelter's adoption page): a purpose in "ça nous aide à"
    { name: '"Tout ça nous aide à trouver le bon animal pour la bonne famille" states a purpose', id: 'purposes', expected: 'present', text: joinLines('## Le questionnaire', '', FR, 'On vous demande votre logement et vos horaires. Tout ça nous aide à trouver le bon animal pour la bonne famille.') },
    { name: '"Elles m\'aident à préparer le cours" states one', id: 'purposes', expected: 'present', text: joinLines('## Vos réponses', '', FR, 'Je vous demande votre niveau et vos envies. Elles m\'aident à préparer le cours.') },
    { name: '"Votre avis nous aide à progresser" does not', id: 'purposes', expected: 'missing', text: joinLines('## Vos réponses', '', FR, 'Je vous demande votre niveau et vos envies. Votre avis nous aide à progresser.') },
  ];
  runCases('fr', cases);
});
