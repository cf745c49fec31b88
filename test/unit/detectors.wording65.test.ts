/**
 * Dutch wordings met in session 21's round of invented notices (a speech therapist's practice on a
 * trade association's template, a Flemish dance studio), each beside its near miss: a law named by
 * its full title before "verplicht ons" ("De Wet op de geneeskundige behandelingsovereenkomst
 * (WGBO) verplicht ons ..."), which had read as a statement about the law in general, and consent
 * presumed from silence said in the subject clause ("Wie ons niets laat weten, gaat ermee akkoord");
 * then from the round written after those fixes (a Flemish bouncy-castle hire, a chess club):
 * "zolang de boekhoudwet het vraagt", Flemish "schrappen", "Zonder kopie geven wij het materiaal
 * niet mee", "Zonder aanmelding kun je niet ...", "nodig om je lidmaatschap te regelen",
 * Switzerland as a destination; then from the third round (a building inspector): "of moet er iets
 * uit?"; and from the fourth (a meals-on-wheels service): "vragen wat er
 * op uw kaart staat", "Klopt er iets niet, dan zetten we het meteen recht", "rechtzetten"; and from the
 * fifth (a dry cleaner): "of moet uw spaarkaart weg?", "De spaarkaart is niet verplicht".
 * The sentences are written for these tests.
 */
import { NL, joinLines, runCases, type Case } from './helpers';

describe('Session 21 Dutch wordings', () => {
  const cases: Case[] = [
    // a law's full title as the subject of "verplicht ons/mij": the notice's own legal obligation
    { name: '"De Wet op de beroepen in de individuele gezondheidszorg (Wet BIG) verplicht mij ..." is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Waarom', '', NL, 'Ik noteer uw klachten en de behandeling om u te kunnen helpen. De Wet op de beroepen in de individuele gezondheidszorg (Wet BIG) verplicht mij om dat vast te leggen.') },
    { name: '"De Wet kwaliteit, klachten en geschillen zorg (Wkkgz) verplicht ons ..." is one', id: 'legal-basis', expected: 'present', text: joinLines('## Waarom', '', NL, 'Wij gebruiken uw gegevens om uw klacht af te handelen. De Wet kwaliteit, klachten en geschillen zorg (Wkkgz) verplicht ons klachten te registreren.') },
    { name: '"De Wet op de ... (WGBO) geeft u het recht ..." is no ground', id: 'legal-basis', expected: 'missing', text: joinLines('## Waarom', '', NL, 'Wij gebruiken uw gegevens om u te behandelen. De Wet op de geneeskundige behandelingsovereenkomst (WGBO) geeft u het recht uw dossier in te zien.') },
    { name: '"De Wet op de ... verplicht organisaties ..." is a statement about the law', id: 'legal-basis', expected: 'missing', text: joinLines('## Waarom', '', NL, 'Wij gebruiken uw gegevens om u te behandelen. De Wet op de geneeskundige behandelingsovereenkomst verplicht zorgverleners om een dossier bij te houden.') },
    // consent presumed from silence, said in the subject clause
    { name: '"Wie ons niets laat weten, gaat akkoord met ..." is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Foto\'s', '', NL, 'Op de wedstrijddag maken wij foto\'s. Wie ons niets laat weten, gaat akkoord met foto\'s op onze Facebookpagina.') },
    { name: '"Wie zich niet afmeldt, gaat ermee akkoord dat ..." is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Nieuwsbrief', '', NL, 'Klanten krijgen onze nieuwsbrief. Wie zich niet afmeldt, gaat ermee akkoord dat wij die blijven sturen.') },
    { name: '"Als u geen bezwaar maakt, geeft u daarmee toestemming" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Foto\'s', '', NL, 'Op het schoolfeest maken wij foto\'s. Als u geen bezwaar maakt, geeft u daarmee toestemming voor plaatsing op de website.') },
    { name: '"Als je niet akkoord gaat, laat het ons dan weten" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Foto\'s', '', NL, 'Op de wedstrijddag maken wij foto\'s. Als je niet akkoord gaat, laat het ons dan weten.') },
    { name: '"Als u niet reageert, vragen we uw toestemming nog een keer" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Nieuwsbrief', '', NL, 'Wij vragen eerst of u de nieuwsbrief wilt. Als u niet reageert, vragen we uw toestemming nog een keer.') },
    // a statutory retention criterion with "vraagt"/"eist": "zolang de boekhoudwet het vraagt"
    { name: '"bijgehouden zolang de boekhoudwet het vraagt" is a retention criterion', id: 'retention', expected: 'present', text: joinLines('## Hoe lang', '', NL, 'Wij gebruiken uw adres voor de levering. De facturen worden bijgehouden zolang de boekhoudwet het vraagt.') },
    { name: '"bewaard zolang de wet het eist" is one', id: 'retention', expected: 'present', text: joinLines('## Hoe lang', '', NL, 'Wij gebruiken uw adres voor de levering. Uw gegevens worden bewaard zolang de wet het eist.') },
    { name: '"bewaard zolang de klant het vraagt" is not', id: 'retention', expected: 'missing', text: joinLines('## Hoe lang', '', NL, 'Wij gebruiken uw adres voor de levering. Uw gegevens worden bewaard zolang de klant het vraagt.') },
    // Flemish "schrappen" for erasing
    { name: '"U kan ook vragen dat wij uw gegevens schrappen" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Uw rechten', '', NL, 'U kan altijd vragen welke gegevens wij van u hebben. U kan ook vragen dat wij uw gegevens schrappen.') },
    { name: '"Schrappen van lessen melden we via WhatsApp" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Lessen', '', NL, 'Wij gebruiken uw gsm-nummer voor de WhatsApp-groep. Het schrappen van lessen melden we daar.') },
    // "zonder <document>" with any verb, and a registration as the document
    { name: '"Zonder kopie geven wij de sleutel niet mee" is a consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Wat wij vragen', '', NL, 'Wij vragen een kopie van uw identiteitskaart als waarborg. Zonder kopie geven wij de sleutel niet mee.') },
    { name: '"Zonder inschrijving mag je niet meedoen aan de wedstrijden" is one', id: 'statutory-requirement', expected: 'present', text: joinLines('## Wat wij vragen', '', NL, 'Wij schrijven je in bij de bond met je naam en geboortedatum. Zonder inschrijving mag je niet meedoen aan de wedstrijden.') },
    { name: '"Zonder toestemming plaatsen wij geen foto\'s" is not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Wat wij vragen', '', NL, 'Wij vragen je naam en geboortedatum voor de ledenlijst. Zonder toestemming plaatsen wij geen foto\'s.') },
    // "nodig om je lidmaatschap te regelen": the membership as the contract
    { name: '"We hebben je gegevens nodig om je lidmaatschap te regelen" is a contract', id: 'legal-basis', expected: 'present', text: joinLines('## Waarom', '', NL, 'We hebben je gegevens nodig om je lidmaatschap te regelen en de contributie te innen.') },
    { name: '"We sturen je een mail om je lidmaatschap te verlengen" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Waarom', '', NL, 'We gebruiken je e-mailadres voor de nieuwsbrief. We sturen je een mail om je lidmaatschap te verlengen.') },
    // Switzerland as a destination outside the EEA
    { name: '"gaan naar de wereldbond in Zwitserland" is a transfer that asks for its safeguard', id: 'transfer-safeguards', expected: 'missing', text: joinLines('## Wie krijgt je gegevens', '', NL, 'Je naam en uitslagen gaan naar de bond. Je rating gaat ook naar de wereldbond in Zwitserland.') },
    { name: '"Wij leveren ook aan klanten in Zwitserland" is not', id: 'transfer-safeguards', expected: 'not-applicable', text: joinLines('## Wie krijgt je gegevens', '', NL, 'Je adres gaat naar de vervoerder. Wij leveren ook aan klanten in Zwitserland.') },
    // "moet er iets uit?" as erasure, beside "moet er iets weg?"
    { name: '"Wil je weten wat we van je hebben, of mag er iets uit?" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Je rechten', '', NL, 'Wil je weten wat we van je hebben, of mag er iets uit? Stuur ons een mail.') },
    { name: '"Kan er iets uit de hand lopen, dan bellen we de politie" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Feesten', '', NL, 'Wij noteren de naam van de huurder. Kan er iets uit de hand lopen, dan bellen we de politie.') },
    // "vragen wat er in uw dossier staat" as access
    { name: '"U mag altijd bellen om te vragen wat er op uw kaart staat" is access', id: 'right-access', expected: 'present', text: joinLines('## Uw gegevens', '', NL, 'Wij noteren uw naam en adres voor de bezorging. U mag altijd bellen om te vragen wat er op uw kaart staat.') },
    { name: '"Je mag de bezorger vragen wat er op het menu staat" is not', id: 'right-access', expected: 'missing', text: joinLines('## Uw gegevens', '', NL, 'Wij noteren uw naam en adres voor de bezorging. Je mag de bezorger vragen wat er op het menu staat.') },
    // "Klopt er iets niet, dan ..." and "rechtzetten" as rectification
    { name: '"Klopt er iets niet, dan zetten we het meteen recht" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Uw rechten', '', NL, 'Wij noteren uw naam en adres voor de bezorging. U mag vragen wat wij van u hebben. Klopt er iets niet, dan zetten we het meteen recht.') },
    { name: '"Je kan je gegevens laten rechtzetten" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Je rechten', '', NL, 'Je mag altijd vragen welke gegevens we van je hebben. Je kan je gegevens ook laten rechtzetten.') },
    { name: '"Klopt er iets niet met de levering, bel dan de winkel" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Uw rechten', '', NL, 'Wij noteren uw naam en adres voor de bezorging. U mag vragen wat wij van u hebben. Klopt er iets niet met de levering, bel dan de winkel.') },
    { name: '"Een misverstand over de levering willen we graag rechtzetten" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Levering', '', NL, 'Wij noteren uw naam en adres voor de bezorging. Een misverstand over de levering willen we graag rechtzetten.') },
    // "moet uw spaarkaart weg?" as erasure, and a card or account that "is niet verplicht"
    { name: '"Wilt u weten wat we van u hebben, of moet uw klantenkaart weg?" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Uw gegevens', '', NL, 'Wij noteren uw naam op de bon. Wilt u weten wat we van u hebben, of moet uw klantenkaart weg? Zeg het aan de kassa.') },
    { name: '"Moet je auto weg van de parkeerplaats, dan bellen we je" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Parkeren', '', NL, 'Wij noteren je kenteken bij de receptie. Moet je auto weg van de parkeerplaats, dan bellen we je.') },
    { name: '"De spaarkaart is niet verplicht" states whether the data is required', id: 'statutory-requirement', expected: 'present', text: joinLines('## Sparen', '', NL, 'Bij elke reiniging krijgt u een stempel.', '', 'De spaarkaart is niet verplicht; u kunt ook gewoon zonder sparen.') },
    { name: '"Een account is niet verplicht" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bestellen', '', NL, 'Bestellen kan in de webwinkel.', '', 'Een account is niet verplicht: u kunt ook als gast bestellen.') },
    { name: '"Een helm is niet verplicht" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Fietsen', '', NL, 'Fietsen huren kan bij de balie.', '', 'Een helm is niet verplicht, maar wel aangeraden.') },
  ];
  runCases('nl', cases);
});
