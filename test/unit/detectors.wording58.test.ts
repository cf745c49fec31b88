/**
 * French wordings met in session 19's invented notices (a holiday camp's page for parents, a
 * self-storage firm's règlement intérieur, an online course seller writing "tu"), each beside its
 * near miss: "que si vous avez dit oui", "Sans fiche sanitaire remplie, on ne peut pas ...",
 * "à défaut, le contrat ne peut être conclu", "parce que tu l'as demandée", "ce que je sais de
 * toi", "récupérer tes données", and a bare infinitive under "Pour quoi faire" ("Te donner accès
 * aux modules, ..."). The sentences are written for these tests.
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
  ];
  runCases('fr', cases);
});
