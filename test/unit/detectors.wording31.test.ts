/**
 * French wordings met in session 15's invented notices of kinds and shapes the sets lacked (a
 * wedding photographer's own short notice, an amateur theatre's WordPress mentions légales, a
 * crosstraining gym's CGV article, a public hospital's patient leaflet converted from a PDF, a
 * consumer-credit company, a Lausanne tour operator under the nLPD and the RGPD), each beside its
 * near miss: "Mon comptable pour les factures", devis "supprimés au bout de quelques mois", data
 * "nécessaires à la gestion de l'abonnement", "A défaut, l'inscription ne peut pas être finalisée",
 * "Vous n'êtes pas tenu(e) de tout nous dire". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 15 French wordings', () => {
  const cases: Case[] = [
    // a sole trader's accountant
    { name: '"Mon comptable pour les factures" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Vos données', '', FR, '', '**Qui d\'autre les voit ?**', 'Mon comptable pour les factures, et personne d\'autre.') },
    { name: '"Je tiens mon registre comptable moi-même" names none', id: 'recipients', expected: 'missing', text: joinLines('# Vos données', '', FR, '', '**Ma compta**', 'Je tiens mon registre comptable moi-même, sur mon ordinateur.') },
    // a vague period after a deletion verb
    { name: '"supprimés au bout de quelques mois" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Vos données', '', FR, 'Je garde les galeries un an après la livraison. Les devis non signés sont supprimés au bout de quelques mois.') },
    { name: '"effacées après plusieurs semaines" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Vos données', '', FR, 'Je garde les galeries un an après la livraison. Les demandes de contact sont effacées après plusieurs semaines.') },
    { name: '"supprimés au bout de six mois" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Vos données', '', FR, 'Je garde les galeries un an après la livraison. Les devis non signés sont supprimés au bout de six mois.') },
    { name: '"supprimés après quelques vérifications" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Vos données', '', FR, 'Je garde les galeries un an après la livraison. Les comptes inactifs sont supprimés après quelques vérifications de notre part.') },
    // data needed for a contract's management
    { name: '"Ces données sont nécessaires à la gestion de l\'abonnement" states a purpose', id: 'purposes', expected: 'present', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "10.1 La salle collecte le nom et l'IBAN du membre.", "10.2 Ces données sont nécessaires à la gestion de l'abonnement et à la facturation.") },
    { name: '"Ces données sont nécessaires à la gestion de l\'abonnement" states the contract ground', id: 'legal-basis', expected: 'present', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "10.1 La salle collecte le nom et l'IBAN du membre.", "10.2 Ces données sont nécessaires à la gestion de l'abonnement et à la facturation.") },
    { name: '"conservées le temps nécessaire au traitement de votre commande" states no purpose', id: 'purposes', expected: 'missing', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "La boutique collecte le nom et l'adresse du client. Elles sont conservées le temps nécessaire au traitement de votre commande.") },
    { name: '"conservées le temps nécessaire au traitement de votre commande" states no ground', id: 'legal-basis', expected: 'missing', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "La boutique collecte le nom et l'adresse du client. Elles sont conservées le temps nécessaire au traitement de votre commande.") },
    // the consequence of not giving the data, said after it
    { name: '"A défaut, l\'inscription ne peut pas être finalisée" gives the consequence', id: 'statutory-requirement', expected: 'present', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "La salle collecte le nom, l'adresse et l'IBAN du membre. A défaut, l'inscription ne peut pas être finalisée.") },
    { name: '"À défaut, vous pouvez saisir le médiateur" does not', id: 'statutory-requirement', expected: 'missing', format: 'plaintext', text: joinLines('Article 10 – Données personnelles', '', FR, "La salle collecte le nom, l'adresse et l'IBAN du membre. Adressez vos réclamations à l'accueil. À défaut, vous pouvez saisir le médiateur.") },
    // "tenu(e)" written with the feminine in brackets
    { name: '"Vous n\'êtes pas tenu(e) de tout nous dire" says whether the data must be given', id: 'statutory-requirement', expected: 'present', format: 'plaintext', text: joinLines('4. QUELLES DONNÉES ?', '', FR, "Nous notons votre identité et vos antécédents. Vous n'êtes pas tenu(e) de tout nous dire, mais des informations incomplètes peuvent compromettre vos soins.") },
    { name: '"Vous n\'êtes pas obligé(e) de les fournir" says so too', id: 'statutory-requirement', expected: 'present', format: 'plaintext', text: joinLines('4. QUELLES DONNÉES ?', '', FR, "Nous notons votre identité et votre téléphone. Vous n'êtes pas obligé(e) de les fournir.") },
    { name: '"Vous n\'êtes pas tenu(e) responsable des erreurs" does not', id: 'statutory-requirement', expected: 'missing', format: 'plaintext', text: joinLines('4. QUELLES DONNÉES ?', '', FR, "Nous notons votre identité et votre téléphone. Vous n'êtes pas tenu(e) responsable des erreurs de nos partenaires.") },
  ];
  runCases('fr', cases);
});
