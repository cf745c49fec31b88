/**
 * French wordings met in session 19's invented notices (a holiday camp's page for parents, a
 * self-storage firm's règlement intérieur, an online course seller writing "tu"), each beside its
 * near miss: "que si vous avez dit oui", "Sans fiche sanitaire remplie, on ne peut pas ...",
 * "à défaut, le contrat ne peut être conclu", "parce que tu l'as demandée", "ce que je sais de
 * toi", "récupérer tes données", and a bare infinitive under "Pour quoi faire" ("Te donner accès
 * aux modules, ..."); then a vet clinic's "Cette fiche nous sert à", "signaler une erreur", "on ne peut
 * pas ... sans vos coordonnées", "on le garde encore un moment", "Le crématorium reçoit votre nom"; then a chimney sweep's "de mon fichier" and a sophrologist's
 * "indispensables pour construire ..." and "Les rendez-vous se prennent sur Calendly". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 19 French wordings', () => {
  const cases: Case[] = [
    // consent as the reader having said yes, without "nous" / "m'"
    { name: '"que si vous avez dit oui sur le formulaire" states consent', id: 'legal-basis', expected: 'present', text: joinLines('## Les photos', '', FR, 'Nous prenons des photos des ateliers pour le site. Nous ne publions celles de votre fils que si vous avez dit oui sur le formulaire.') },
    { name: '"si tu dis oui" states it', id: 'legal-basis', expected: 'present', text: joinLines('## Tes photos', '', FR, 'Je fais des photos des cours pour mon compte Instagram. Tu n\'y apparais que si tu dis oui.') },
    { name: '"vous avez dit oui au devis" does not', id: 'legal-basis', expected: 'missing', text: joinLines('## Vos travaux', '', FR, 'Nous notons votre adresse pour organiser le chantier. Le chantier commence un mois après que vous avez dit oui au devis.') },
    // a mailing sent because the reader asked for it
    { name: '"Tu reçois la lettre parce que tu l\'as demandée" states consent', id: 'legal-basis', expected: 'present', text: joinLines('## La lettre', '', FR, 'Je note ton e-mail pour t\'envoyer ma lettre du mardi. Tu reçois la lettre parce que tu l\'as demandée.') },
    { name: '"car vous l\'avez demandé en magasin" states it', id: 'legal-basis', expected: 'present', text: joinLines('## Les SMS', '', FR, 'Nous gardons votre numéro pour vous envoyer nos promotions par SMS. Vous les recevez car vous l\'avez demandé en magasin.') },
    { name: '"parce que vous avez demandé un devis" does not', id: 'legal-basis', expected: 'missing', text: joinLines('## Le devis', '', FR, 'Nous gardons votre numéro pour vous rappeler. Nous vous appelons parce que vous avez demandé un devis.') },
    // what follows without a form, with no article before it
    { name: '"Sans fiche sanitaire remplie et signée, on ne peut pas accueillir l\'enfant" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## L\'inscription', '', FR, 'Nous demandons les allergies de l\'enfant pour le séjour. Sans fiche sanitaire remplie et signée, on ne peut pas accueillir l\'enfant.') },
    { name: '"sans certificat médical, nous ne pouvons pas délivrer la licence" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('## La licence', '', FR, 'Nous demandons votre date de naissance pour la licence. Sans certificat médical, nous ne pouvons pas délivrer la licence.') },
    { name: '"Sans formulaire papier, tout se fait en ligne et on ne peut pas perdre le dossier" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## La salle', '', FR, 'Nous demandons votre nom pour la réservation de la salle. Sans formulaire papier, tout se fait en ligne et on ne peut pas perdre le dossier.') },
    // "à défaut, ... ne peut être conclu" (ne without pas)
    { name: '"à défaut, le contrat de location ne peut être conclu" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Le contrat', '', FR, 'Le locataire fournit son nom, son adresse et un RIB. Ces informations sont indispensables : à défaut, le contrat de location ne peut être conclu.') },
    { name: '"à défaut, la demande ne pourra être traitée" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('## La demande', '', FR, 'Nous demandons votre nom et votre adresse pour la carte. Joignez un justificatif de domicile ; à défaut, la demande ne pourra être traitée.') },
    { name: '"à défaut, le paiement se fait à l\'accueil" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Le paiement', '', FR, 'Nous gardons votre nom pour la facture. Le prélèvement est mensuel ; à défaut, le paiement se fait à l\'accueil.') },
    // access as what the controller knows about the reader
    { name: '"me demander ce que je sais de toi" is access', id: 'right-access', expected: 'present', text: joinLines('## Tes droits', '', FR, 'Je garde ton e-mail pour la formation. Tu peux me demander à tout moment ce que je sais de toi.') },
    { name: '"nous demander ce que nous savons de vous" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous gardons votre e-mail pour la lettre. Vous pouvez nous demander ce que nous savons de vous.') },
    { name: '"Ce que nous savons de la météo" is not', id: 'right-access', expected: 'missing', text: joinLines('## Le blog', '', FR, 'Nous gardons votre e-mail pour la lettre. Vous pouvez lire sur le blog ce que nous savons de la météo en montagne.') },
    // portability as getting back "tes données"
    { name: '"me demander de récupérer tes données dans un fichier" is portability', id: 'right-portability', expected: 'present', text: joinLines('## Tes droits', '', FR, 'Je garde ton e-mail pour la formation. Tu peux aussi me demander de récupérer tes données dans un fichier.') },
    { name: '"récupérer tes affaires" is not', id: 'right-portability', expected: 'missing', text: joinLines('## Tes droits', '', FR, 'Je garde ton e-mail pour la formation. Tu peux aussi me demander de récupérer tes affaires oubliées.') },
    // the answer under a purposes heading opening with a bare infinitive
    { name: '"**Pour quoi faire**" over "Te donner accès aux modules, t\'envoyer les replays" states the purposes', id: 'purposes', expected: 'present', text: joinLines('**Ce que je récupère**', '', 'Ton prénom et ton e-mail quand tu t\'inscris.', '', '**Pour quoi faire**', '', 'Te donner accès aux modules, t\'envoyer les replays et faire tes factures.') },
    { name: '"## Pourquoi ?" over "Gérer votre adhésion et vous inviter à l\'assemblée" states them', id: 'purposes', expected: 'present', text: joinLines('## Vos données', '', 'Nous notons votre nom et votre adresse.', '', '## Pourquoi ?', '', 'Gérer votre adhésion et vous inviter à l\'assemblée générale.') },
    { name: '"## Vos droits" over "Accéder à vos données, les corriger" does not', id: 'purposes', expected: 'missing', text: joinLines('## Vos données', '', 'Nous notons votre nom et votre adresse.', '', '## Vos droits', '', 'Accéder à vos données, les corriger ou les effacer : écrivez-nous.') },
    { name: '"## Pourquoi ?" over "Premier point : rien n\'est vendu" does not', id: 'purposes', expected: 'missing', text: joinLines('## Vos données', '', 'Nous notons votre nom et votre adresse.', '', '## Pourquoi ?', '', 'Premier point : rien n\'est vendu.') },
    // batch 2 (a vet clinic): a purpose said of "cette fiche"
    { name: '"Cette fiche nous sert à soigner votre animal" states a purpose', id: 'purposes', expected: 'present', text: joinLines('## Votre fiche', '', FR, 'Nous notons votre nom et le nom du chien. Cette fiche nous sert à soigner votre animal.') },
    { name: '"Ce numéro sert à vous prévenir" states one', id: 'purposes', expected: 'present', text: joinLines('## Votre numéro', '', FR, 'Nous notons votre numéro de portable. Ce numéro sert à vous prévenir quand la voiture est prête.') },
    { name: '"Cette page sert à vous informer" does not', id: 'purposes', expected: 'missing', text: joinLines('## Bienvenue', '', FR, 'Nous notons votre numéro de portable. Cette page sert à vous informer.') },
    // rectification as reporting an error
    { name: '"nous signaler une erreur dans vos coordonnées" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Nous notons votre adresse pour la facture. Vous pouvez nous signaler une erreur dans vos coordonnées.') },
    { name: '"me signaler toute erreur" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Je note votre adresse pour la facture. Vous pouvez me signaler toute erreur à tout moment.') },
    { name: '"En cas d\'erreur de notre part, vous pouvez saisir la CNIL" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Vos droits', '', FR, 'Nous notons votre adresse pour la facture. En cas d\'erreur de notre part, vous pouvez saisir la CNIL.') },
    // what follows without the data, said the other way round
    { name: '"on ne peut pas identifier l\'animal sans vos coordonnées" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Identification', '', FR, 'Nous enregistrons la puce au fichier national. On ne peut pas identifier l\'animal sans vos coordonnées.') },
    { name: '"Nous ne pouvons pas traiter la demande sans votre adresse" states it', id: 'statutory-requirement', expected: 'present', text: joinLines('## La carte', '', FR, 'Nous notons votre nom pour la carte. Nous ne pouvons pas traiter la demande sans votre adresse.') },
    { name: '"Nous ne pouvons pas vous rappeler sans rendez-vous" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## La carte', '', FR, 'Nous notons votre nom pour la carte. Nous ne pouvons pas vous recevoir sans rendez-vous.') },
    // "on le garde encore un moment"
    { name: '"ensuite on le garde encore un moment au cas où" is a vague period', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous notons votre nom pour soigner le chat. Le dossier est gardé pendant le suivi, et ensuite on le garde encore un moment au cas où.') },
    { name: '"nous conservons les fiches un moment" is one', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous notons votre nom pour le cours. Nous conservons les fiches un moment après le stage.') },
    { name: '"nous conservons les fiches un mois après le stage" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Combien de temps ?', '', FR, 'Nous notons votre nom pour le cours. Nous conservons les fiches un mois après le stage.') },
    // a recipient that "reçoit votre nom"
    { name: '"Le crématorium reçoit votre nom et votre adresse" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Qui d\'autre ?', '', FR, 'Nous notons votre nom pour soigner le chat. Le crématorium reçoit votre nom et votre adresse.') },
    { name: '"Les laboratoires reçoivent le nom de l\'animal" names one', id: 'recipients', expected: 'present', text: joinLines('## Qui d\'autre ?', '', FR, 'Nous notons votre nom pour soigner le chat. Les laboratoires reçoivent le nom de l\'animal et le nôtre.') },
    { name: '"Vous recevez votre facture par mail" does not', id: 'recipients', expected: 'missing', text: joinLines('## La facture', '', FR, 'Nous notons votre nom pour soigner le chat. Vous recevez votre facture par mail.') },
    // batch 3 (a chimney sweep, a sophrologist): erasure from "mon fichier"
    { name: '"que je vous retire de mon fichier" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Je note votre adresse pour le rendez-vous. Si vous voulez que je vous retire de mon fichier, appelez-moi.') },
    { name: '"me demander de vous enlever de ma liste" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Vos droits', '', FR, 'Je note votre adresse pour le rendez-vous. Vous pouvez me demander de vous enlever de ma liste.') },
    { name: '"je retire les cendres de mon poêle" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Vos droits', '', FR, 'Je note votre adresse pour le rendez-vous. Vous pouvez me demander conseil, je retire aussi les cendres de mon poêle.') },
    // a purpose in "indispensables pour construire ..."
    { name: '"Ces notes sont indispensables pour construire un accompagnement adapté" states a purpose', id: 'purposes', expected: 'present', text: joinLines('## Vos réponses', '', FR, 'Je vous pose des questions sur votre sommeil. Ces notes sont indispensables pour construire un accompagnement adapté.') },
    { name: '"nécessaires pour adapter le programme" states one', id: 'purposes', expected: 'present', text: joinLines('## Vos réponses', '', FR, 'Nous demandons vos objectifs et vos blessures passées. Ces réponses sont nécessaires pour adapter le programme.') },
    { name: '"indispensable pour la séance" does not', id: 'purposes', expected: 'missing', text: joinLines('## Vos réponses', '', FR, 'Je vous pose des questions sur votre sommeil. Une tenue souple est indispensable pour la séance.') },
    // a booking service: "Les rendez-vous se prennent sur ..."
    { name: '"Les rendez-vous se prennent sur Calendly" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Rendez-vous', '', FR, 'Je note votre nom pour la séance. Les rendez-vous se prennent sur Calendly.') },
    { name: '"Les réservations se prennent via Resaclic" names one', id: 'recipients', expected: 'present', text: joinLines('## Réservations', '', FR, 'Nous notons votre nom pour la table. Les réservations se prennent via Resaclic.') },
    { name: '"Les rendez-vous se prennent sur place" does not', id: 'recipients', expected: 'missing', text: joinLines('## Rendez-vous', '', FR, 'Je note votre nom pour la séance. Les rendez-vous se prennent sur place.') },
  ];
  runCases('fr', cases);
});
