/**
 * Session 21 (acc-fr12): French wordings that notices written blind taught (a citizens' list for
 * the municipal elections, a coworking space's cookie text grown into a notice, then a social
 * centre's page), read as families: a request "sur vos données" that lists the rights in
 * pronouns ("les voir, les changer, les supprimer"); a consequence after "Sans <datum or
 * document>" for whoever bears it ("votre enfant ne peut pas", "vous ne pourrez pas") or
 * without a verb ("Sans votre adresse, pas de reçu"), one cue where two had the same tail;
 * "si vous ne nous donnez pas de ..."; e-mails that "partent par" a service; the authority named
 * after "si ça se passe mal" or "pas contents"; leaving the mailings in "si vous ne voulez plus
 * ... recevoir"; data kept "pour la suite"; "le code du sport l'exige"; "partent à la fédération"; "à jour pour la saison ..."; and "le permis de construire ou la déclaration préalable" is no CNIL formality. And, in every language (detectors.ts aboutCookies),
 * a first heading that names cookies and titles the whole notice ("Cookies et confidentialité",
 * "Privacy and cookies") no longer makes every section under it about cookies, so the rights
 * said in a later section count. The sentences are written for these tests.
 */
import { EN, FR, joinLines, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Protection des données', '', FR, '', 'Atelier Brisson, 4 rue des Forges, 21000 Dijon, bonjour@atelier-brisson.fr.', '', ...lines);

describe('Session 21 French wordings (acc-fr12)', () => {
  const cases: Case[] = [
    // a request about the reader's data frames the rights it lists, in pronouns
    { name: '"Pour toute demande sur vos données (les voir, les faire corriger)" is access', id: 'right-access', expected: 'present', text: notice('Nous utilisons votre nom pour la facture.', '', 'Pour toute demande sur vos données (les voir, les faire corriger), écrivez-nous.') },
    { name: '"Pour toute demande sur vos données : les changer ou les effacer" is rectification', id: 'right-rectification', expected: 'present', text: notice('Nous utilisons votre nom pour la facture.', '', "Pour toute demande sur vos données : les changer ou les effacer, il suffit d'écrire.") },
    { name: '"vous pouvez les modifier ou les retirer à tout moment" (preferences) is not rectification', id: 'right-rectification', expected: 'missing', text: notice('Nous utilisons votre nom pour la facture.', '', "Vos préférences d'envoi : vous pouvez les modifier ou les retirer à tout moment depuis votre compte.") },
    { name: '"Pour toute demande relative à vos données, y compris leur suppression" is erasure', id: 'right-erasure', expected: 'present', text: notice('Nous utilisons votre nom pour la facture.', '', 'Pour toute demande relative à vos données, y compris leur suppression, passez à l\'atelier.') },
    { name: '"Pour toute demande de devis, vos coordonnées sont ... supprimées" is not erasure', id: 'right-erasure', expected: 'missing', text: notice('Nous utilisons votre nom pour la facture.', '', 'Pour toute demande de devis, vos coordonnées sont gardées 3 ans puis supprimées.') },
    { name: '"Les moniteurs peuvent les voir, les imprimer" is not access', id: 'right-access', expected: 'missing', text: notice('Nous utilisons votre nom pour la facture.', '', 'Les moniteurs peuvent les voir, les imprimer et les classer.') },
    // a cookie text grown into a notice: its title names cookies, the sections after it need not be about them
    { name: 'under "## Cookies et confidentialité", a later section\'s "les voir ou les supprimer" is access', id: 'right-access', expected: 'present', text: joinLines('## Cookies et confidentialité', '', 'Ce site utilise des cookies de mesure d\'audience ; vous pouvez les refuser dans votre navigateur.', '', '**Et vos autres données ?**', '', 'Nous utilisons votre nom et votre e-mail pour les réservations.', 'Pour toute demande sur vos données (les voir ou les supprimer), écrivez à Atelier Brisson, 4 rue des Forges, 21000 Dijon.') },
    { name: 'and erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Cookies et confidentialité', '', 'Ce site utilise des cookies de mesure d\'audience ; vous pouvez les refuser dans votre navigateur.', '', '**Et vos autres données ?**', '', 'Nous utilisons votre nom et votre e-mail pour les réservations.', 'Pour toute demande sur vos données (les voir ou les supprimer), écrivez à Atelier Brisson, 4 rue des Forges, 21000 Dijon.') },
    { name: 'under "## Cookies" in a notice titled otherwise, "Vous pouvez les supprimer" in a subsection is not erasure', id: 'right-erasure', expected: 'missing', text: joinLines('# Politique de confidentialité', '', FR, '', 'Atelier Brisson, 4 rue des Forges, 21000 Dijon.', '', '## Cookies', '', 'Nous utilisons des cookies de mesure d\'audience.', '', '### Les refuser', '', 'Vous pouvez les supprimer à tout moment dans votre navigateur.') },
    { name: 'under a title "## Cookies" alone (no notice title), a later section\'s "Vous pouvez les supprimer" is not erasure', id: 'right-erasure', expected: 'missing', text: joinLines('## Cookies', '', 'Ce site utilise des cookies de mesure d\'audience.', '', '### Les refuser', '', FR, 'Vous pouvez les supprimer à tout moment dans votre navigateur.') },
    // a consequence without a verb
    { name: '"Sans votre adresse, pas de reçu fiscal" states the consequence', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons votre adresse pour le reçu des dons.', 'Sans votre adresse, pas de reçu fiscal.') },
    { name: '"Sans vos coordonnées, pas d\'inscription possible" does', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons vos coordonnées pour les inscriptions.', "Sans vos coordonnées, pas d'inscription possible.") },
    { name: '"Sans votre accord, pas de photo sur le site" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Nous utilisons votre adresse pour le reçu des dons.', 'Sans votre accord, pas de photo sur le site.') },
    { name: '"Si vous ne nous donnez pas de numéro, nous ne pourrons pas vous prévenir" does', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons votre numéro pour les rendez-vous.', "Si vous ne nous donnez pas de numéro de téléphone, nous ne pourrons pas vous prévenir d'un retard.") },
    { name: '"Si vous ne nous donnez pas de photo, votre badge ..." does', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons votre photo pour le badge.', "Si vous ne nous donnez pas de photo, votre badge portera seulement votre nom.") },
    { name: '"Nous ne vous donnons pas de numéro de client" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Nous utilisons votre numéro pour les rendez-vous.', 'Nous ne vous donnons pas de numéro de client.') },
    { name: '"Sans le certificat médical, le joueur ne peut pas être licencié" does', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons vos coordonnées pour la licence.', 'Sans le certificat médical, le joueur ne peut pas être licencié.') },
    { name: '"Sans ce document, vous ne pourrez pas vous inscrire" does', id: 'statutory-requirement', expected: 'present', text: notice('Nous utilisons vos coordonnées pour les inscriptions.', 'Sans ce document, vous ne pourrez pas vous inscrire.') },
    { name: '"Sans votre accord, nous ne pouvons pas publier votre photo" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Nous utilisons vos coordonnées pour les inscriptions.', 'Sans votre accord, nous ne pouvons pas publier votre photo.') },
    // e-mails that go out through a service
    { name: '"Les mails partent par Mailjet" names a recipient', id: 'recipients', expected: 'present', text: notice('Nous utilisons votre adresse pour la lettre du club.', 'Les mails partent par Mailjet.') },
    { name: '"La newsletter part via Sendinblue" names one', id: 'recipients', expected: 'present', text: notice('Nous utilisons votre adresse pour la lettre du club.', 'La newsletter part via Sendinblue chaque mois.') },
    { name: '"Les mails partent le lundi matin" does not', id: 'recipients', expected: 'missing', text: notice('Nous utilisons votre adresse pour la lettre du club.', 'Les mails partent le lundi matin.') },
    // the authority after the reader's own words for a dispute
    { name: '"Si ça se passe mal avec nous, la CNIL est là pour ça" is a complaint', id: 'right-complaint', expected: 'present', text: notice('## Vos droits', '', 'Vous pouvez voir ou corriger vos données. Si ça ne se passe pas bien avec nous, la CNIL est là pour ça.') },
    { name: '"Pas contents de notre réponse, vous pouvez écrire à la CNIL" is one', id: 'right-complaint', expected: 'present', text: notice('## Vos droits', '', 'Vous pouvez voir ou corriger vos données.', '', 'Pas contents de notre réponse, vous pouvez écrire à la CNIL.') },
    { name: '"Nous suivons les recommandations de la CNIL" is not', id: 'right-complaint', expected: 'missing', text: notice('## Vos droits', '', 'Vous pouvez voir ou corriger vos données. Nous suivons les recommandations de la CNIL.') },
    // leaving the mailings the reader asked for
    { name: '"Si vous ne voulez plus la recevoir, un mail suffit" withdraws consent', id: 'right-withdraw-consent', expected: 'present', text: notice('Nous envoyons la lettre du club à ceux qui nous ont dit oui.', 'Si vous ne voulez plus la recevoir, un mail suffit.') },
    { name: '"Tu ne veux plus entendre parler de nous ? Réponds STOP" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: notice("On t'écrit seulement si tu as dit oui.", 'Tu ne veux plus entendre parler de nous ? Réponds STOP.') },
    { name: '"Nous ne voulons plus recevoir de CV par courrier" does not', id: 'right-withdraw-consent', expected: 'missing', text: notice('Nous envoyons la lettre du club à ceux qui nous ont dit oui.', 'Nous ne voulons plus recevoir de CV par courrier.') },
    // kept for later
    { name: '"On garde vos coordonnées pour la suite" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Combien de temps', '', 'On garde vos coordonnées pour la suite.') },
    { name: '"Nous gardons les anciennes fiches pour la suite, au cas où" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Combien de temps', '', 'Nous gardons les anciennes fiches pour la suite, au cas où.') },
    { name: '"Nous conservons les anciennes fiches pour plus tard" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Combien de temps', '', 'Nous conservons les anciennes fiches pour plus tard.') },
    { name: '"Nous conservons votre dossier pour la suite de la procédure" is not', id: 'vague-retention', expected: 'none', text: notice('## Combien de temps', '', 'Nous conservons votre dossier pour la suite de la procédure, soit 2 ans.') },
    { name: '"On garde vos coordonnées pour la suite, pendant 3 ans" is not', id: 'vague-retention', expected: 'none', text: notice('## Combien de temps', '', 'On garde vos coordonnées pour la suite, pendant 3 ans.') },
    // from the third batch (a diving club, an architect)
    { name: '"le code du travail l\'exige" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Nous utilisons vos coordonnées pour les stages.', "Nous transmettons la liste des stagiaires à l'inspection du travail, le code du travail l'exige.") },
    { name: '"la réglementation l\'impose" is one', id: 'legal-basis', expected: 'present', text: notice('Nous utilisons vos coordonnées pour les stages.', "Nous vérifions votre identité à l'inscription : la réglementation l'impose.") },
    { name: '"La loi ne l\'exige pas" is not', id: 'legal-basis', expected: 'missing', text: notice('Nous utilisons vos coordonnées pour les stages.', "La loi ne l'exige pas, mais nous vérifions votre identité à l'inscription.") },
    { name: '"Les inscriptions partent à la ligue" names a recipient', id: 'recipients', expected: 'present', text: notice('Nous utilisons vos coordonnées pour la licence.', 'Les inscriptions partent à la ligue en septembre.') },
    { name: '"Les infos partent aux assureurs" names one', id: 'recipients', expected: 'present', text: notice('Nous utilisons vos coordonnées pour la licence.', 'En cas de sinistre, les infos partent aux assureurs.') },
    { name: '"Les inscriptions partent à 17 h" does not', id: 'recipients', expected: 'missing', text: notice('Nous utilisons vos coordonnées pour la licence.', 'Les inscriptions partent à 17 h le vendredi.') },
    { name: '"(à jour pour la saison 2026-2027)" dates the notice', id: 'last-updated', expected: 'present', text: notice('Nous utilisons vos coordonnées pour la licence.', '', 'Note du bureau (à jour pour la saison 2026-2027)') },
    { name: '"tenir votre fiche à jour pour que nous puissions vous joindre" does not', id: 'last-updated', expected: 'missing', text: notice('Nous utilisons vos coordonnées pour la licence.', 'Pensez à tenir votre fiche à jour pour que nous puissions vous joindre.') },
    { name: '"le permis de construire ou la déclaration préalable" is no CNIL formality', id: 'outdated-reference', expected: 'none', text: notice('Nous utilisons vos coordonnées pour monter le permis de construire ou la déclaration préalable.') },
    { name: '"permis de construire ou déclaration préalable" is none either', id: 'outdated-reference', expected: 'none', text: notice('Vos plans servent au dossier de permis de construire ou déclaration préalable.') },
    { name: '"une déclaration préalable auprès de la CNIL" still is one', id: 'outdated-reference', expected: 'problem', text: notice('Nous utilisons vos coordonnées pour les commandes.', "Ce fichier a fait l'objet d'une déclaration préalable auprès de la CNIL.") },
  ];
  runCases('fr', cases);
});

describe('Session 21: a notice titled "Privacy & cookies" is not about cookies throughout (acc-fr12)', () => {
  const cases: Case[] = [
    { name: 'under "# Privacy and cookies", a later section\'s "ask us to delete your details" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('# Privacy and cookies', '', 'This site uses analytics cookies, which you can refuse in the banner.', '', '## Everything else', '', EN, 'We use your name and email address to take bookings.', 'You can ask us to delete your details at any time.') },
    { name: 'under "# Cookies" alone, "You can delete them in your browser" is not', id: 'right-erasure', expected: 'missing', text: joinLines('# Cookies', '', 'This site uses analytics cookies.', '', '## Turning them off', '', EN, 'You can delete them in your browser whenever you like.') },
  ];
  runCases('en', cases);
});
