/**
 * A sole trader writes "je", "me" and "mon" where a firm writes "nous" and "notre". The French cue
 * phrases that named the controller only as "nous" also take the first person singular, with the
 * verb in the first person (found by checking 22 French notices of the sets again with "nous"
 * written as "je": 5 read differently, now none; the cues for sharing, a service, access and
 * consent were then checked with sentences of both voices). The sentences are written for these tests.
 */
import { joinLines, runCases } from './helpers';

const me = (...lines: string[]): string =>
  joinLines('# Protection des données', '', 'Cette page vous explique ce que je fais de vos données et pourquoi.', '', ...lines);

describe('French cues in the first person singular', () => {
  runCases('fr', [
    // The law as the reason: "la loi m'impose", "m'y oblige", "me l'impose" as "nous impose".
    { name: '"la loi m\'impose de" is a legal obligation', id: 'legal-basis', expected: 'present', text: me('## Voyageurs', '', 'Pour les clients étrangers, la loi m\'impose de remplir une fiche de police.') },
    { name: '"comme la loi m\'y oblige" is a legal obligation', id: 'legal-basis', expected: 'present', text: me('## Impôts', '', 'Je transmets chaque année vos paiements au fisc, comme la loi m\'y oblige.') },
    { name: '"la loi nous impose de" still is', id: 'legal-basis', expected: 'present', text: me('## Voyageurs', '', 'Pour les clients étrangers, la loi nous impose de remplir une fiche de police.') },
    { name: 'the same sentence without the law gives no basis', id: 'legal-basis', expected: 'missing', text: me('## Voyageurs', '', 'Pour les clients étrangers, je remplis une fiche de police.') },
    // The reader who wants the controller to change their data.
    { name: '"si vous voulez que je les modifie" is the right to rectification', id: 'right-rectification', expected: 'present', text: me('## Vos questions', '', 'Si vous voulez que je les modifie, passez à l\'atelier.') },
    { name: '"si vous voulez que je vous rappelle" is not', id: 'right-rectification', expected: 'missing', text: me('## Vos questions', '', 'Si vous voulez que je vous rappelle, passez à l\'atelier.') },
    // The consequence of not providing: "je ne peux pas" as "nous ne pouvons pas".
    { name: '"si vous refusez de me la fournir, je ne peux pas" answers the item', id: 'statutory-requirement', expected: 'present', text: me('## Identité', '', 'Je vous demande une copie de votre carte d\'identité. Si vous refusez de me la fournir, je ne peux pas ouvrir votre dossier.') },
    { name: '"je ne peux pas" with nothing to provide does not', id: 'statutory-requirement', expected: 'missing', text: me('## Horaires', '', 'Le dimanche, je ne peux pas répondre au téléphone.') },
    // Who the controller is: "je suis" as "nous sommes", a bookshop among the trades one keeps.
    { name: '"je tiens une petite librairie" names the controller', id: 'controller-identity', expected: 'present', text: me('## Qui', '', 'Je tiens une petite librairie de quartier. Écrivez-moi à bonjour@exemple.fr.') },
    { name: '"je suis créatrice de bijoux" names it', id: 'controller-identity', expected: 'present', text: me('## Qui', '', 'Je suis créatrice de bijoux et je vends en ligne. Écrivez-moi à bonjour@exemple.fr.') },
    { name: 'an e-mail address alone does not', id: 'controller-identity', expected: 'missing', text: me('## Qui', '', 'Je vends des bijoux en ligne. Écrivez-moi à bonjour@exemple.fr.') },
    // Sharing in the first person: "je transmets vos données", "je ne communique vos données à personne".
    { name: '"je transmets vos données à" names recipients', id: 'recipients', expected: 'present', text: me('## Partage', '', 'Je transmets vos données à la banque.') },
    { name: '"je ne communique vos données à personne" answers the item', id: 'recipients', expected: 'present', text: me('## Partage', '', 'Je ne communique vos données à personne.') },
    { name: '"je partage mon temps" does not', id: 'recipients', expected: 'missing', text: me('## Partage', '', 'Je partage mon temps entre deux ateliers.') },
    // A service named as the controller's tool: "j'utilise Brevo pour envoyer".
    { name: '"j\'utilise Brevo pour envoyer la lettre" names a recipient', id: 'recipients', expected: 'present', text: me('## Lettre', '', 'J\'utilise Brevo pour envoyer la lettre.') },
    { name: '"j\'utilise un carnet pour noter" does not', id: 'recipients', expected: 'missing', text: me('## Lettre', '', 'J\'utilise un carnet pour noter les rendez-vous.') },
    // Access to what the controller holds: "les informations que je détiens sur vous".
    { name: '"les informations que je détiens sur vous" is the right of access', id: 'right-access', expected: 'present', text: me('## Vos droits', '', 'Vous pouvez demander les informations que je détiens sur vous.') },
    { name: '"les tarifs que j\'ai sur mon site" is not', id: 'right-access', expected: 'missing', text: me('## Vos droits', '', 'Vous pouvez demander les tarifs que j\'ai sur mon site.') },
    // Consent given to the controller: "si vous m'avez donné votre accord".
    { name: '"si vous m\'avez donné votre accord" is consent', id: 'legal-basis', expected: 'present', text: me('## Lettre', '', 'Je n\'envoie la lettre que si vous m\'avez donné votre accord.') },
    { name: '"si vous m\'avez donné votre adresse" is not', id: 'legal-basis', expected: 'missing', text: me('## Lettre', '', 'Je n\'envoie la lettre que si vous m\'avez donné votre adresse.') },
  ]);
});
