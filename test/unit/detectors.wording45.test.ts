/**
 * French wordings met in session 17's accuracy round (acc-fr7: a Belgian accounting office, a
 * plumber's staff annex to its règlement intérieur, a trail race's registration FAQ, a social
 * housing office, a transport authority's notice converted from a PDF), each beside its near miss:
 * "Le bureau traite les informations que ses clients lui confient dans le cadre de ...", "on les
 * garde un certain temps", "pendant la durée du contrat et au-delà, le temps nécessaire", "Pas de
 * certificat, pas de dossard", "En vous inscrivant, vous acceptez que votre nom ... apparaisse".
 * The sentences are written for these tests.
 */
import { FR, joinLines, runCases, type Case } from './helpers';

describe('Session 17 French wordings (acc-fr7)', () => {
  const cases: Case[] = [
    // a purpose after a relative clause, the organisation as the subject
    { name: '"Le cabinet traite les données que ses patients lui transmettent dans le cadre de ..." states a purpose', id: 'purposes', expected: 'present', text: joinLines('# Données personnelles', '', FR, 'Le cabinet traite les données que ses patients lui transmettent dans le cadre du suivi de leurs soins.') },
    { name: '"L\'association utilise les coordonnées que les bénévoles lui laissent dans le cadre des tournées" states one', id: 'purposes', expected: 'present', text: joinLines('# Données personnelles', '', FR, 'L\'association utilise les coordonnées que les bénévoles lui laissent dans le cadre des tournées de distribution.') },
    { name: '"Le cabinet traite les données que ses patients lui transmettent." states none', id: 'purposes', expected: 'missing', text: joinLines('# Données personnelles', '', FR, 'Le cabinet traite les données que ses patients lui transmettent. Elles sont hébergées en France.') },
    // "un certain temps" as a period
    { name: '"on les garde un certain temps" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre adresse pour vous envoyer un devis. Les devis refusés, on les garde un certain temps puis on les jette.') },
    { name: '"Les fiches sont conservées quelque temps avant d\'être détruites" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre fiche pour organiser les cours. Les fiches sont conservées quelque temps avant d\'être détruites.') },
    { name: '"Depuis un certain temps, nous conservons les devis deux ans" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Combien de temps ?', '', FR, 'Nous utilisons votre adresse pour vous envoyer un devis. Depuis un certain temps, nous conservons les devis refusés deux ans.') },
    // an ending event followed by an open "et au-delà"
    { name: '"pendant la durée du contrat et au-delà, le temps nécessaire" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Conservation', '', FR, 'Nous utilisons ces informations pour gérer votre contrat. Le dossier est conservé pendant la durée du contrat et au-delà, le temps nécessaire.') },
    { name: '"pendant la durée de l\'abonnement et au-delà tant que nécessaire" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Conservation', '', FR, 'Nous utilisons ces informations pour gérer votre abonnement. Vos données sont gardées pendant la durée de l\'abonnement et au-delà tant que nécessaire.') },
    { name: '"pendant la durée du contrat et au-delà, le temps nécessaire, soit cinq ans" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Conservation', '', FR, 'Nous utilisons ces informations pour gérer votre contrat. Le dossier est conservé pendant la durée du contrat et au-delà, le temps nécessaire, soit cinq ans.') },
    { name: '"pendant la durée du contrat. Au-delà, rien n\'est gardé" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Conservation', '', FR, 'Nous utilisons ces informations pour gérer votre contrat. Le dossier est conservé pendant la durée du contrat. Au-delà, rien n\'est gardé.') },
    // "Pas de X, pas de Y"
    { name: '"Pas de certificat, pas de dossard !" says what follows without it', id: 'statutory-requirement', expected: 'present', text: joinLines('## Inscription', '', FR, 'Nous vous demandons votre nom et votre certificat médical pour vous inscrire à la course. Pas de certificat, pas de dossard !') },
    { name: '"Pas d\'attestation, pas de sortie" says it', id: 'statutory-requirement', expected: 'present', text: joinLines('## Inscription', '', FR, 'Nous vous demandons votre attestation d\'assurance pour la sortie. Pas d\'attestation, pas de sortie.') },
    { name: '"Pas de publicité, pas de revente" says nothing of it', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Inscription', '', FR, 'Nous utilisons votre nom pour vous inscrire à la course. Pas de publicité, pas de revente de vos données.') },
    // acceptance inferred from registering, with a "que" clause
    { name: '"En vous inscrivant, vous acceptez que votre nom apparaisse dans les résultats" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Résultats', '', FR, 'Les résultats sont publiés sur notre site. En vous inscrivant, vous acceptez que votre nom et votre temps apparaissent dans les résultats.') },
    { name: '"En réservant, vous acceptez qu\'on vous envoie nos offres" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Offres', '', FR, 'Nous utilisons votre adresse pour votre réservation. En réservant, vous acceptez qu\'on vous envoie nos offres par courriel.') },
    { name: '"En vous inscrivant, vous acceptez le règlement de la course" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Règlement', '', FR, 'Nous utilisons votre nom pour publier les résultats si vous cochez la case. En vous inscrivant, vous acceptez le règlement de la course.') },
    { name: '"En cochant la case, vous acceptez que votre nom apparaisse" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Résultats', '', FR, 'Les résultats sont publiés sur notre site. En cochant la case, vous acceptez que votre nom apparaisse dans les résultats.') },
    // batch B: the DPAE is no CNIL formality
    { name: '"la déclaration préalable à l\'embauche" is no outdated CNIL formality', id: 'outdated-reference', expected: 'none', text: joinLines('## Embauche', '', FR, 'Conformément au RGPD, nous utilisons votre numéro de sécurité sociale pour effectuer la déclaration préalable à l\'embauche auprès de l\'URSSAF.') },
    { name: '"une déclaration préalable de travaux" is none either', id: 'outdated-reference', expected: 'none', text: joinLines('## Urbanisme', '', FR, 'Conformément au RGPD, la mairie utilise vos coordonnées pour instruire votre déclaration préalable de travaux.') },
    { name: '"a fait l\'objet d\'une déclaration préalable auprès de la CNIL" still is', id: 'outdated-reference', expected: 'problem', text: joinLines('## Fichier', '', FR, 'Conformément au RGPD, notre fichier clients a fait l\'objet d\'une déclaration préalable auprès de la CNIL.') },
    // a list passed on, in the infinitive
    { name: '"servent à transmettre la liste des contrats aux producteurs" names recipients', id: 'recipients', expected: 'present', text: joinLines('## Vos données', '', FR, 'Vos coordonnées servent à organiser les distributions et à transmettre la liste des contrats aux producteurs.') },
    { name: '"Merci de nous transmettre la liste à jour des joueurs" names none', id: 'recipients', expected: 'missing', text: joinLines('## Vos données', '', FR, 'Vos coordonnées servent à organiser les matchs. Merci de nous transmettre la liste à jour des joueurs avant la saison.') },
    // "Si vous voulez voir ce qu'on a sur vous" and "faire enlever votre numéro de la liste"
    { name: '"Si vous voulez voir ce qu\'on a sur vous, il suffit de le dire" is access', id: 'right-access', expected: 'present', text: joinLines('## Vos infos', '', FR, 'Si vous voulez voir ce qu\'on a sur vous, il suffit de le dire à un membre du bureau.') },
    { name: '"Si vous voulez voir le planning des permanences" is not', id: 'right-access', expected: 'missing', text: joinLines('## Vos infos', '', FR, 'Si vous voulez voir le planning des permanences, il suffit de le demander à un membre du bureau.') },
    { name: '"vous pouvez faire enlever votre numéro de la liste affichée" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Vos infos', '', FR, 'Vous pouvez faire enlever votre numéro de la liste affichée au local en écrivant au bureau.') },
    { name: '"Le vélo réparé, vous pouvez l\'emporter à tout moment" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Vos infos', '', FR, 'Nous utilisons votre numéro pour vous prévenir. Le vélo réparé, vous pouvez l\'emporter à tout moment.') },
    // batch C: partners' offers accepted by subscribing
    { name: '"En vous abonnant, vous acceptez de recevoir les offres de nos partenaires" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## La lettre', '', FR, 'Nous utilisons votre adresse pour vous envoyer la lettre. En vous abonnant, vous acceptez de recevoir la lettre et les offres de nos partenaires.') },
    { name: '"En vous inscrivant, vous acceptez de recevoir des publicités de nos partenaires" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Le compte', '', FR, 'Nous utilisons votre adresse pour gérer votre compte. En vous inscrivant, vous acceptez de recevoir des publicités de nos partenaires commerciaux.') },
    { name: '"En vous abonnant, vous acceptez de recevoir notre lettre chaque semaine" is not', id: 'implied-consent', expected: 'none', text: joinLines('## La lettre', '', FR, 'Nous utilisons votre adresse pour vous envoyer la lettre. En vous abonnant, vous acceptez de recevoir notre lettre chaque semaine.') },
    { name: '"En cochant la case, vous acceptez de recevoir les offres de nos partenaires" is not', id: 'implied-consent', expected: 'none', text: joinLines('## La lettre', '', FR, 'Nous utilisons votre adresse pour vous envoyer la lettre. En cochant la case, vous acceptez de recevoir les offres de nos partenaires.') },
  ];
  runCases('fr', cases);
});
