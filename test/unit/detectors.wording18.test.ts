/**
 * French wordings met in session 12's invented notices of kinds the sets lacked (a dating app, a
 * syndic de copropriété, a micro-crèche, an online bank, an e-learning platform, a Luxembourg
 * fiduciary), each beside its near miss: "À quoi ça sert" as a purposes heading, "tu consens
 * explicitement à ce que", "nécessaires au contrat d'accueil", "l'exécution de notre mandat de syndic",
 * "les obligations que nous impose la loi", "accessibles au conseil syndical", "tes données, les
 * modifier", "Tu n'es jamais obligé·e de les remplir", "sans le carnet de vaccination, nous ne pouvons
 * pas", an age ("si tu as moins de 18 ans") that is no retention period, "archivés quelques années après
 * le départ", the garanties "prévues au chapitre V du RGPD" for a transfer, and a lettered paragraph
 * "d) Envoi de notre lettre d'information : votre consentement". The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 12 French wordings', () => {
  const cases: Case[] = [
    // purposes under a heading asked in speech
    { name: 'Under "À quoi ça sert", a list of aims states the purposes', id: 'purposes', expected: 'present', text: joinLines('# Confidentialité', '', FR, '', '## À quoi ça sert', '', "- organiser l'accueil de votre enfant ;", '- établir les factures.') },
    { name: 'Under "À quoi ça ressemble", the same list does not', id: 'purposes', expected: 'missing', text: joinLines('# Confidentialité', '', FR, '', '## À quoi ça ressemble', '', "- une salle de jeux lumineuse ;", '- un jardin.') },
    // consent stated as explicit consent in the second person
    { name: '"tu consens explicitement à ce qu\'on les utilise" states consent', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "En indiquant ton orientation, tu consens explicitement à ce qu'on l'utilise pour te proposer des profils.") },
    { name: '"tu consens à nos conditions" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Confidentialité', '', FR, "On utilise ton profil pour te proposer des profils. Le service est gratuit si tu consens à voir des publicités.") },
    // contract in plain words
    { name: '"nécessaires au contrat d\'accueil que nous signons avec vous" states a basis', id: 'legal-basis', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Nous demandons le nom et la date de naissance de l'enfant. Ces informations sont nécessaires au contrat d'accueil que nous signons avec vous.") },
    { name: '"nécessaires au bon déroulement de la journée" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Nous demandons le nom et la date de naissance de l'enfant. Ces informations sont nécessaires au bon déroulement de la journée.") },
    { name: '"nécessaires à l\'exécution de notre mandat de syndic" states a basis', id: 'legal-basis', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Nous utilisons vos coordonnées pour les appels de fonds. Ces traitements sont nécessaires à l'exécution de notre mandat de syndic.") },
    { name: '"pendant notre mandat de syndic" does not', id: 'legal-basis', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Nous utilisons vos coordonnées pour les appels de fonds pendant notre mandat de syndic.") },
    { name: '"respecter les obligations que nous impose la loi du 10 juillet 1965" states a basis', id: 'legal-basis', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Nous tenons la liste des copropriétaires pour respecter les obligations que nous impose la loi du 10 juillet 1965.") },
    { name: '"les obligations que nous impose le règlement de copropriété" do not', id: 'legal-basis', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Nous tenons la liste des copropriétaires. Vous respectez les obligations que vous impose le règlement de copropriété.") },
    // recipients
    { name: '"Les informations sont accessibles au conseil syndical" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Nous traitons vos nom, adresse et lot. Les informations sont accessibles au conseil syndical.') },
    { name: '"Le local est accessible au public" does not', id: 'recipients', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Nous traitons vos nom, adresse et lot. Le local à vélos est accessible au public le samedi.') },
    // rectification in the second person
    { name: '"Tu peux accéder à tes données, les modifier" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Confidentialité', '', FR, '', '## Tes droits', '', 'Tu peux accéder à tes données, les modifier ou supprimer ton compte depuis l\'appli.') },
    { name: '"Tu peux accéder à tes données ou supprimer ton compte" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Confidentialité', '', FR, '', '## Tes droits', '', 'Tu peux accéder à tes données ou supprimer ton compte depuis l\'appli. Les réglages se modifient dans le menu.') },
    // statutory requirement
    { name: '"Tu n\'es jamais obligé·e de les remplir" says the fields are optional', id: 'statutory-requirement', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Tu peux indiquer ta religion et ta taille. Tu n\'es jamais obligé·e de les remplir.') },
    { name: '"Tu es obligé·e de patienter" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Tu peux indiquer ta religion et ta taille. Le soir, tu es parfois obligé·e de patienter.') },
    { name: '"sans le carnet de vaccination, nous ne pouvons pas accueillir votre enfant" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Nous demandons une copie du carnet de vaccination : sans le carnet de vaccination, nous ne pouvons pas accueillir votre enfant.') },
    { name: '"sans le goûter, nous ne pouvons pas sortir" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Nous demandons une copie du carnet de vaccination. Sans le goûter, nous ne pouvons pas sortir au parc.') },
    // an age is no retention period
    { name: '"si tu as moins de 18 ans ... on supprime tout compte" gives no retention period', id: 'retention', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Si tu as moins de 18 ans, tu ne peux pas t'inscrire, et on supprime tout compte qui appartient à un mineur.") },
    { name: '"on supprime ton compte après 2 ans sans connexion" does', id: 'retention', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Si tu as moins de 18 ans, tu ne peux pas t'inscrire. On supprime ton compte après 2 ans sans connexion.") },
    { name: '"un archivage de 10 ans" after the age rule is still a period', id: 'retention', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Les contrats font l'objet d'un archivage de 10 ans.") },
    { name: '"nous ne les gardons pas plus de 3 ans" is still a period', id: 'retention', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Nous ne gardons pas vos messages plus de 3 ans.") },
    // a vague number of years
    { name: '"archivés quelques années après le départ de l\'enfant" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Confidentialité', '', FR, "Les dossiers sont archivés quelques années après le départ de l'enfant puis détruits.") },
    { name: '"archivés deux ans après le départ de l\'enfant" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Confidentialité', '', FR, "Les dossiers sont archivés deux ans après le départ de l'enfant puis détruits.") },
    { name: '"archivés quelques années après le départ de l\'enfant" gives no retention period', id: 'retention', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Les dossiers sont archivés quelques années après le départ de l'enfant puis détruits.") },
    // transfer safeguards by chapter V
    { name: '"les garanties prévues au chapitre V du RGPD" frame a transfer', id: 'transfer-safeguards', expected: 'present', text: joinLines('# Confidentialité', '', FR, "Si une mission devait exiger un transfert vers un pays tiers, nous l'encadrerions par les garanties prévues au chapitre V du RGPD.") },
    { name: '"les droits prévus au chapitre III du RGPD" do not', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Confidentialité', '', FR, "Si une mission devait exiger un transfert vers un pays tiers, vous garderiez les droits prévus au chapitre III du RGPD.") },
    // a lettered paragraph whose label says what the basis is for
    { name: '"d) Envoi de notre lettre d\'information : votre consentement" ties the basis to a purpose', id: 'basis-without-purpose', expected: 'none', format: 'plaintext', text: joinLines('CONFIDENTIALITÉ', '', FR, '', "a) Tenue de votre comptabilité : exécution de la lettre de mission (article 6.1.b).", '', "b) Envoi de notre lettre d'information trimestrielle : votre consentement (article 6.1.a), que vous pouvez retirer à tout moment.") },
    { name: '"d) Votre consentement" alone in a lettered paragraph does not', id: 'basis-without-purpose', expected: 'problem', format: 'plaintext', text: joinLines('CONFIDENTIALITÉ', '', FR, '', "a) Tenue de votre comptabilité : exécution de la lettre de mission (article 6.1.b).", '', "b) Votre consentement (article 6.1.a), que vous pouvez retirer à tout moment.") },
    // second batch (a seasonal rental agency)
    { name: 'Under "Pourquoi", "Gérer votre réservation, vous envoyer les codes ..." states purposes', id: 'purposes', expected: 'present', text: joinLines('# Vos données', '', FR, '', '**Pourquoi**', '', "Gérer votre réservation, vous envoyer les codes de la boîte à clés et déclarer la taxe de séjour.") },
    { name: '"Gérer votre réservation est simple" does not', id: 'purposes', expected: 'missing', text: joinLines('# Vos données', '', FR, '', '**Réservation**', '', "Gérer votre réservation est simple depuis votre espace.") },
    { name: '"un logiciel de gestion hébergé en Europe" says where the data is', id: 'transfers-statement', expected: 'present', text: joinLines('# Vos données', '', FR, "Nos réservations sont gérées dans un logiciel de gestion hébergé en Europe.") },
    { name: '"un logiciel de gestion développé en Europe" does not', id: 'transfers-statement', expected: 'missing', text: joinLines('# Vos données', '', FR, "Nos réservations sont gérées dans un logiciel de gestion développé en Europe.") },
    { name: '"on le garde le temps qu\'il faut" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('# Vos données', '', FR, "Les fiches de police sont gardées 6 mois. Le reste, on le garde le temps qu'il faut.") },
    { name: '"le temps qu\'il faut pour rembourser la caution, soit 2 mois" is not', id: 'vague-retention', expected: 'none', text: joinLines('# Vos données', '', FR, "Les fiches de police sont gardées 6 mois. Le reste, on le garde le temps qu'il faut pour rembourser la caution, soit 2 mois.") },
    // third batch (a private school's contrat de scolarisation)
    { name: '"à défaut, l\'accord des parents est considéré comme acquis" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('# Données', '', FR, "Les parents qui ne souhaitent pas que leur enfant apparaisse sur les photos doivent le signaler ; à défaut, l'accord des parents est considéré comme acquis.") },
    { name: '"l\'accord des parents est demandé par écrit" is not', id: 'implied-consent', expected: 'none', text: joinLines('# Données', '', FR, "Les photos ne sont publiées qu'avec l'accord des parents, qui est demandé par écrit. Le dossier est considéré comme acquis à la rentrée.") },
    // Session 17: consent presumed from silence is no consent basis (the sloppy set's convention, fr-ecole-montessori-colibris revised), so no withdrawal is asked for.
    { name: 'The same presumed accord names no consent basis, so withdrawal does not apply', id: 'right-withdraw-consent', expected: 'not-applicable', text: joinLines('# Données', '', FR, "Les parents qui ne souhaitent pas que leur enfant apparaisse sur les photos doivent le signaler ; à défaut, l'accord des parents est considéré comme acquis.") },
    { name: '"le dossier d\'inscription doit être complet pour que l\'inscription soit définitive" gives the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Données', '', FR, "Nous recueillons l'identité de l'élève et des parents. Le dossier d'inscription doit être complet pour que l'inscription soit définitive.") },
    { name: '"le dossier d\'inscription doit être déposé au secrétariat" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Données', '', FR, "Nous recueillons l'identité de l'élève et des parents. Le dossier d'inscription doit être déposé au secrétariat.") },
  ];
  runCases('fr', cases);
});
