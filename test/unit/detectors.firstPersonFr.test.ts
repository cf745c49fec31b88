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
    // Retention as long as the controller needs: "tant que j'en ai besoin", "tant qu'elles me sont utiles".
    { name: '"tant que j\'en ai besoin" is a vague period', id: 'vague-retention', expected: 'problem', text: me('## Durée', '', 'Je garde vos coordonnées tant que j\'en ai besoin.') },
    { name: '"tant qu\'elles me sont utiles" is a vague period', id: 'vague-retention', expected: 'problem', text: me('## Durée', '', 'Vos coordonnées sont gardées tant qu\'elles me sont utiles.') },
    { name: '"conformément à ma politique de conservation" is a vague period', id: 'vague-retention', expected: 'problem', text: me('## Durée', '', 'Vos coordonnées sont gardées conformément à ma politique de conservation.') },
    { name: 'a year is not', id: 'vague-retention', expected: 'none', text: me('## Durée', '', 'Je garde vos coordonnées un an.') },
    // Data from elsewhere: "je reçois ... de la part de mes partenaires", "j'obtiens ... de votre employeur".
    { name: '"je reçois ... de la part de mes partenaires" is a source', id: 'data-sources', expected: 'present', text: me('## Origine', '', 'Je reçois aussi vos coordonnées de la part de mes partenaires.') },
    { name: '"j\'obtiens ... de votre employeur" is a source', id: 'data-sources', expected: 'present', text: me('## Origine', '', 'J\'obtiens parfois votre adresse de votre employeur.') },
    { name: '"je reçois vos demandes par téléphone" is not', id: 'data-sources', expected: 'not-applicable', text: me('## Origine', '', 'Je reçois vos demandes par téléphone.') },
    // The way to reach the controller: "écrivez-moi", "appelez-moi", "m'écrire".
    { name: '"écrivez-moi" is a way to reach the controller', id: 'controller-identity', expected: 'present', text: me('## Contact', '', 'L\'Atelier Bleu SARL vend des meubles. Pour toute question, écrivez-moi.') },
    { name: '"vous pouvez m\'écrire" is', id: 'controller-identity', expected: 'present', text: me('## Contact', '', 'L\'Atelier Bleu SARL vend des meubles. Vous pouvez m\'écrire.') },
    { name: '"passez me voir" is no channel', id: 'controller-identity', expected: 'missing', text: me('## Contact', '', 'L\'Atelier Bleu SARL vend des meubles. Pour toute question, passez me voir.') },
    // The controller's own DPO: "mon délégué".
    { name: '"mon délégué à la protection des données" is the controller\'s DPO', id: 'dpo-contact', expected: 'present', text: me('## Délégué', '', 'Mon délégué à la protection des données répond à vos questions : dpo@exemple.fr.') },
    // Consent read into the reader's silence or browsing.
    { name: '"en naviguant sur mon site, vous acceptez" is implied consent', id: 'implied-consent', expected: 'problem', text: me('## Cookies', '', 'En naviguant sur mon site, vous acceptez les cookies.') },
    { name: '"vous acceptez ma politique de confidentialité" is', id: 'implied-consent', expected: 'problem', text: me('## Commandes', '', 'En commandant, vous acceptez ma politique de confidentialité.') },
    { name: '"je considère que vous êtes d\'accord" is', id: 'implied-consent', expected: 'problem', text: me('## Cookies', '', 'Sans réponse, je considère que vous êtes d\'accord.') },
    { name: '"en naviguant sur mon site, vous trouverez mes tarifs" is not', id: 'implied-consent', expected: 'none', text: me('## Cookies', '', 'En naviguant sur mon site, vous trouverez mes tarifs.') },
    // Not providing: "si vous ne souhaitez pas me les fournir".
    { name: '"si vous ne souhaitez pas me les fournir" answers the item', id: 'statutory-requirement', expected: 'present', text: me('## Devis', '', 'Si vous ne souhaitez pas me les fournir, le devis sera approximatif.') },
    { name: '"si vous ne souhaitez pas me rappeler" does not', id: 'statutory-requirement', expected: 'missing', text: me('## Devis', '', 'Si vous ne souhaitez pas me rappeler, le devis sera approximatif.') },
    // Headings in the first person: "Qui suis-je ?", "Que fais-je de vos données ?", "Qu'est-ce qui m'autorise ...".
    { name: '"Que fais-je de vos données ?" heads the purposes', id: 'purposes', expected: 'present', text: me('## Que fais-je de vos données ?', '', 'Je prépare vos commandes.') },
    { name: 'a heading of no topic does not', id: 'purposes', expected: 'missing', text: me('## Où suis-je ?', '', 'Je prépare vos commandes.') },
    { name: '"Qui suis-je ?" heads the controller\'s section', id: 'controller-identity', expected: 'present', text: me('## Qui suis-je ?', '', 'je réponds au 06 12 34 56 78, du lundi au vendredi.') },
    { name: '"Où suis-je ?" does not', id: 'controller-identity', expected: 'missing', text: me('## Où suis-je ?', '', 'je réponds au 06 12 34 56 78, du lundi au vendredi.') },
  ]);
});
