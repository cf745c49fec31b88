/**
 * Wordings met in the German and French notices written for the accuracy sets in session 11 (kinds
 * of notice the sets had not had: a Facebook page run with Meta as joint controller, a car park's
 * video surveillance, a generator-made website notice, an employee notice, a mentions légales page,
 * an online shop's CGV, a CNIL-template notice, a GP practice), each beside its near miss: requests
 * that "wir leiten ... an Meta weiter"; "Bilder von Personen ... einschließlich der Kennzeichen";
 * sources named as "vom Bundeszentralamt für Steuern", "von Ihrer Krankenkasse"; the old French
 * "droit d'accès, de modification et de suppression"; "Le défaut de renseignement ... entraîne la
 * non-validation de la commande"; "il peut s'en désabonner à tout moment"; parcels "livrés ... en
 * Suisse" (no transfer of data); a basis with its relative clause ("repose sur votre consentement,
 * que vous pouvez retirer à tout moment") after what it is for; "nécessaire aux fins de la prise en
 * charge"; then, from notices written after those fixes, "parce que la loi sur les ASBL nous y oblige"
 * and a photo opt-out "Si vous ne souhaitez pas y apparaître". The sentences are written for these tests.
 */
import { DE, FR, joinLines, runCases, type Case } from './helpers';

describe('Session 11 wordings, German and French notices of new kinds', () => {
  describe('in German', () => {
    const cases: Case[] = [
      { name: '"Anfragen ... leiten wir an den Plattformbetreiber weiter" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Anfragen, die uns über die Seite erreichen, leiten wir an den Plattformbetreiber weiter.') },
      { name: '"Unser Team leitet die Weinproben selbst" does not', id: 'recipients', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Unser Team leitet die Weinproben selbst.') },
      { name: 'Camera images of people and number plates are kinds of data', id: 'data-categories', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Die Kameras zeichnen Bilder von Personen und Fahrzeugen einschließlich der Kennzeichen auf.') },
      { name: '"Bilder unserer Projekte" are not', id: 'data-categories', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Die Bilder in der Galerie zeigen unsere Projekte und die Fahrzeuge unserer Monteure.') },
      { name: 'Data "von Ihrer Krankenkasse" names the source', id: 'data-sources', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Daneben erhalten wir Daten von Dritten, etwa Arbeitsunfähigkeitszeiten von Ihrer Krankenkasse.') },
      { name: 'A health insurer named as recipient in another sentence does not', id: 'data-sources', expected: 'missing', text: joinLines('# Datenschutz', '', DE, 'Daneben erhalten wir Daten von Dritten.', '', 'Ihre Meldungen senden wir an Ihre Krankenkasse.') },
      { name: 'The ELStAM "vom Bundeszentralamt für Steuern" names the source', id: 'data-sources', expected: 'present', text: joinLines('# Datenschutz', '', DE, 'Wir erhalten Daten auch von Dritten: die Lohnsteuerabzugsmerkmale vom Bundeszentralamt für Steuern.') },
    ];
    runCases('de', cases);
  });
  describe('in French', () => {
    const cases: Case[] = [
      { name: '"droit d\'accès, de modification et de suppression" includes rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Protection des données', '', FR, 'Vous disposez d\'un droit d\'accès, de modification et de suppression des données vous concernant.') },
      { name: '"En cas de modification de la présente politique" does not', id: 'right-rectification', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'En cas de modification de la présente politique, vous pouvez consulter l\'ancienne version et demander une copie.') },
      { name: '"Le défaut de renseignement ... entraîne la non-validation de la commande" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('# Protection des données', '', FR, 'Le défaut de renseignement de ces informations entraîne la non-validation de la commande.') },
      { name: '"Le renseignement de ces informations accélère la livraison" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'Le renseignement de ces informations accélère la livraison.') },
      { name: '"il peut s\'en désabonner à tout moment" withdraws the newsletter consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('# Protection des données', '', FR, 'Avec l\'accord du client, son adresse électronique est utilisée pour notre lettre d\'information ; il peut s\'en désabonner à tout moment.') },
      { name: '"il peut consulter les archives à tout moment" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'Avec l\'accord du client, son adresse électronique est utilisée pour notre lettre d\'information ; il peut en consulter les archives à tout moment.') },
      { name: 'Parcels "livrés en France, en Belgique et en Suisse" are no transfer of data', id: 'transfer-safeguards', expected: 'not-applicable', text: joinLines('# Protection des données', '', FR, 'Les produits sont livrés en France métropolitaine, en Belgique et en Suisse.') },
      { name: 'A payment provider "établi en Suisse" is one', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'Notre prestataire de paiement est établi en Suisse.') },
      { name: 'Contact details sent "pour livrer les colis" to a carrier "en Suisse" are a transfer', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'Pour livrer les colis nous transmettons vos coordonnées au transporteur en Suisse.') },
      { name: 'Parcels "livrés ... en Suisse" say nothing on where data goes', id: 'transfers-statement', expected: 'missing', text: joinLines('# Protection des données', '', FR, 'Les produits sont livrés en France métropolitaine, en Belgique et en Suisse.') },
      { name: 'A basis with its relative clause ("..., que vous pouvez retirer à tout moment") after what it is for', id: 'basis-without-purpose', expected: 'none', text: joinLines('# Protection des données', '', FR, '## Base légale', '', '- la gestion des commandes repose sur l\'exécution du contrat ;', '- la lettre d\'information repose sur votre consentement, que vous pouvez retirer à tout moment.') },
      { name: 'The same basis after only "le traitement de vos données"', id: 'basis-without-purpose', expected: 'problem', text: joinLines('# Protection des données', '', FR, 'La gestion des commandes repose sur l\'exécution du contrat.', '', 'Le traitement de vos données repose sur votre consentement, que vous pouvez retirer à tout moment.') },
      { name: '"nécessaire aux fins de la prise en charge (article 9 ...) et repose sur une mission d\'intérêt public" ties the basis', id: 'basis-without-purpose', expected: 'none', text: joinLines('# Protection des données', '', FR, 'La facturation repose sur une obligation légale.', '', 'Le traitement est nécessaire aux fins de la prise en charge sanitaire (article 9, paragraphe 2, point h, du RGPD) et repose sur une mission d\'intérêt public.') },
      { name: 'The same basis with no purpose beside its citation', id: 'basis-without-purpose', expected: 'problem', text: joinLines('# Protection des données', '', FR, 'La facturation repose sur une obligation légale.', '', 'Le traitement est nécessaire (article 9, paragraphe 2, point h, du RGPD) et repose sur une mission d\'intérêt public.') },
      { name: '"parce que la loi sur les ASBL nous y oblige" states a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('# Vie privée', '', FR, 'Nous tenons la liste de nos membres parce que la loi sur les ASBL nous y oblige.') },
      { name: '"La loi oblige toutes les ASBL à tenir un registre" says what the law does, not our basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Vie privée', '', FR, 'La loi oblige toutes les ASBL à tenir un registre des membres.') },
      { name: '"Si vous ne souhaitez pas y apparaître" is no requirement to provide data', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Vie privée', '', FR, 'Nous publions des photos des ateliers. Si vous ne souhaitez pas y apparaître, signalez-le au photographe.') },
      { name: '"Si vous ne souhaitez pas nous les communiquer, nous ne pouvons pas ..." is one', id: 'statutory-requirement', expected: 'present', text: joinLines('# Vie privée', '', FR, 'Si vous ne souhaitez pas nous les communiquer, nous ne pouvons pas accepter votre inscription.') },
    ];
    runCases('fr', cases);
  });
});
