/**
 * Dutch wordings met in session 21's round of invented notices (a speech therapist's practice on a
 * trade association's template, a Flemish dance studio), each beside its near miss: a law named by
 * its full title before "verplicht ons" ("De Wet op de geneeskundige behandelingsovereenkomst
 * (WGBO) verplicht ons ..."), which had read as a statement about the law in general, and consent
 * presumed from silence said in the subject clause ("Wie ons niets laat weten, gaat ermee akkoord").
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
  ];
  runCases('nl', cases);
});
