/**
 * Dutch wordings met in session 17's second round of invented notices (a second-hand shop run by
 * a foundation, a Flemish swimming school, a neighbourhood flea market), each beside its near miss: "De camera's hangen er
 * tegen diefstal, dat vinden we een gerechtvaardigd belang", "Als wij niets horen, gaan wij ervan
 * uit dat het goed is", "Door uw kind in te schrijven gaat u akkoord met de verwerking van deze
 * gegevens", "zodra je in de groep zit zien de andere kraamhouders je nummer". The sentences are
 * written for these tests.
 */
import { NL, joinLines, runCases, type Case } from './helpers';

describe('Session 17 Dutch wordings, second round', () => {
  const cases: Case[] = [
    // the interest in the clause before ", dat is / dat vinden we ... gerechtvaardigd belang"
    { name: '"tegen inbraak, dat vinden we een gerechtvaardigd belang" names the interest', id: 'legitimate-interests', expected: 'present', text: joinLines('## Camera\'s', '', NL, 'Bij de ingang van de loods hangt een camera tegen inbraak, dat vinden we een gerechtvaardigd belang.') },
    { name: '"ter beveiliging van het terrein, dat is ons gerechtvaardigd belang" names it', id: 'legitimate-interests', expected: 'present', text: joinLines('## Camera\'s', '', NL, 'We filmen de parkeerplaats ter beveiliging van het terrein, dat is ons gerechtvaardigd belang.') },
    { name: '"We bewaren de beelden, dat is ons gerechtvaardigd belang" names none', id: 'legitimate-interests', expected: 'missing', text: joinLines('## Camera\'s', '', NL, 'We bewaren de camerabeelden van de parkeerplaats, dat is ons gerechtvaardigd belang.') },
    // consent presumed from silence: "dat het goed is"
    { name: '"Als we niets horen, gaan we ervan uit dat het goed is" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Foto\'s', '', NL, 'Op de clubdag maken we foto\'s voor de website. Wil je dat niet, zeg het dan tegen de trainer. Als we niets horen, gaan we ervan uit dat het goed is.') },
    { name: '"nemen we aan dat dat prima is" is one', id: 'implied-consent', expected: 'problem', text: joinLines('## Foto\'s', '', NL, 'We zetten foto\'s van de uitvoering in de nieuwsbrief. Laat je niets weten, dan nemen we aan dat dat prima is.') },
    { name: '"We gaan ervan uit dat het adres klopt" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Bezorging', '', NL, 'We gebruiken je adres om de bestelling te bezorgen. We gaan ervan uit dat het adres klopt dat je opgeeft.') },
    // consent to the processing inferred from enrolling
    { name: '"Door uw kind in te schrijven gaat u akkoord met de verwerking" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Inschrijving', '', NL, 'Bij de inschrijving vragen wij de naam en geboortedatum van het kind. Door uw kind aan te melden gaat u akkoord met de verwerking van deze gegevens.') },
    { name: '"Voor de verwerking vragen wij uw akkoord" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Inschrijving', '', NL, 'Bij de inschrijving vragen wij de naam en geboortedatum van het kind. Voor de verwerking van de foto\'s vragen wij apart uw akkoord.') },
    // other members or participants see the reader's data
    { name: '"in de groepsapp zien de andere deelnemers je telefoonnummer" names recipients', id: 'recipients', expected: 'present', text: joinLines('## De groepsapp', '', NL, 'We gebruiken je telefoonnummer om je toe te voegen aan de groepsapp van de cursus. In de groepsapp zien de andere deelnemers je telefoonnummer.') },
    { name: '"Andere leden kunnen je naam zien in de ledenlijst" names them', id: 'recipients', expected: 'present', text: joinLines('## Ledenlijst', '', NL, 'We gebruiken je naam en adres voor de ledenadministratie. Andere leden kunnen je naam zien in de ledenlijst.') },
    { name: '"Je kunt de andere deelnemers zien" names none', id: 'recipients', expected: 'missing', text: joinLines('## De groepsapp', '', NL, 'We gebruiken je telefoonnummer om je toe te voegen aan de groepsapp van de cursus. In de app kun je de andere deelnemers zien.') },
    { name: '"Andere leden kunnen je helpen met de app" names none', id: 'recipients', expected: 'missing', text: joinLines('## Ledenlijst', '', NL, 'We gebruiken je naam en adres voor de ledenadministratie. Andere leden kunnen je helpen met de app.') },
  ];
  runCases('nl', cases);
});
