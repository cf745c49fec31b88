/**
 * Dutch wordings and shapes met in the notices of session 16 (a nail studio on Instagram writing "ik", an escape
 * room, a Flemish home nurse, an investment app, a municipality's camera page converted from the web, an employer's
 * notice converted from a PDF), each beside its near miss: consent as asking before doing ("Ik vraag het altijd even
 * voor ik een foto post") and taking it back as "Wil je later toch dat hij weg gaat?", rectification as "..., of
 * klopt er iets niet?", a record-keeping duty as "Een dossier bijhouden is voor mij verplicht", "ik" as the notice's
 * own voice beside "de wet" ("moet ik volgens de wet 30 jaar bijhouden" is no statement about the law in general),
 * the business named after the title words ("Privacy bij Thuisverpleging Els Verhaegen"), and a converted page's
 * footer of links ("Privacy | Cookies | Proclaimer"), which names a page, not the notice's cookies.
 * The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 16 Dutch wordings', () => {
  const cases: Case[] = [
    { name: '"Ik vraag het altijd even voor ik een foto post" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Ik noteer je naam en je 06-nummer. Ik maak foto\'s van je nagels. Ik vraag het altijd even voor ik een foto post.') },
    { name: '"We vragen het je eerst, voordat we een foto delen" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('We noteren je naam. We vragen het je eerst, voordat we een foto van je kind delen.') },
    { name: '"Ik vraag het altijd voor de zekerheid na" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Ik noteer je naam en je 06-nummer. Twijfel ik over een allergie, dan vraag ik het altijd voor de zekerheid na.') },
    { name: '"We vragen het geboortejaar voor de verzekering" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('We noteren je naam. We vragen het geboortejaar voor de verzekering.') },
    { name: '"wil je later toch dat hij weg gaat" takes back the photo consent', id: 'right-withdraw-consent', expected: 'present', text: notice('Ik noteer je naam en je 06-nummer. Ik vraag het altijd even voor ik een foto post, en wil je later toch dat hij weg gaat, stuur me een DM.') },
    { name: '"Wil je later toch nog een afspraak?" does not', id: 'right-withdraw-consent', expected: 'missing', text: notice('Ik noteer je naam en je 06-nummer. Ik vraag het altijd even voor ik een foto post. Wil je later toch nog een afspraak, stuur me een DM.') },
    { name: '"Wil je weten wat ik van je heb opgeschreven, of klopt er iets niet?" is rectification', id: 'right-rectification', expected: 'present', text: notice('Ik noteer je naam en je 06-nummer. Wil je weten wat ik van je heb opgeschreven, of klopt er iets niet? Stuur een DM.') },
    { name: '"Klopt er iets niet? Bel dan" about an invoice is not', id: 'right-rectification', expected: 'missing', text: notice('Ik noteer je naam en je 06-nummer. Je krijgt de factuur per mail. Klopt er iets niet? Bel dan even.') },
    { name: '"Een verpleegdossier bijhouden is voor mij als verpleegkundige ook gewoon verplicht" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Ik noteer uw naam en adres en de zorgen die ik uitvoer. Een verpleegdossier bijhouden is voor mij als verpleegkundige ook gewoon verplicht.') },
    { name: '"Een logboek bijhouden is niet verplicht" is not', id: 'legal-basis', expected: 'missing', text: notice('Ik noteer uw naam en adres en de zorgen die ik uitvoer. Een logboek bijhouden is voor u niet verplicht.') },
    { name: '"moet ik volgens de wet 30 jaar bijhouden" is the notice\'s own period', id: 'retention', expected: 'present', text: notice('Ik noteer uw naam en adres.', '', '## Hoe lang?', '', 'Het verpleegdossier moet ik volgens de wet 30 jaar bijhouden na de laatste zorg.') },
    { name: '"Volgens de wet moeten zorgverleners dossiers 30 jaar bijhouden" is the law in general', id: 'retention', expected: 'missing', text: notice('Ik noteer uw naam en adres.', '', '## Hoe lang?', '', 'Volgens de wet moeten zorgverleners een dossier 30 jaar bijhouden na de laatste zorg.') },
    { name: 'a title "Privacy bij Thuisverpleging Els Verhaegen" over a phone and e-mail line names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy bij Thuisverpleging Els Verhaegen', '', 'Zelfstandig thuisverpleegkundige in Zele', 'Tel. 0478 12 34 56 – els@voorbeeld.be', '', 'Ik noteer uw naam en adres voor de zorg.') },
    { name: 'a title "Privacyverklaring voor patiënten" over the same line does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacyverklaring voor patiënten', '', 'Zelfstandig thuisverpleegkundige in Zele', 'Tel. 0478 12 34 56 – els@voorbeeld.be', '', 'Ik noteer uw naam en adres voor de zorg.') },
    { name: 'a converted page\'s footer of links "Privacy | Cookies | Proclaimer" does not make cookies applicable', id: 'cookies', expected: 'not-applicable', format: 'plaintext', text: joinLines('Privacyverklaring cameratoezicht', '', 'De gemeente Ergens, Raadhuisplein 1, Ergens, verwerkt camerabeelden om de openbare orde te handhaven.', '', '[Toegankelijkheid](https://www.ergens.nl/toegankelijkheid) | [Privacy](https://www.ergens.nl/privacy) | [Cookies](https://www.ergens.nl/cookies) | [Proclaimer](https://www.ergens.nl/proclaimer)') },
    { name: '"Onze website gebruikt cookies van Google Analytics" in a sentence still does', id: 'cookies', expected: 'missing', format: 'plaintext', text: joinLines('Privacyverklaring webwinkel', '', 'Webwinkel Ergens, Raadhuisplein 1, Ergens, verwerkt uw naam en adres om uw bestelling te leveren.', '', 'Onze website gebruikt cookies van Google Analytics om bezoeken te meten.') },
    // Round 2, from notices written after those fixes (a Flemish B&B, a mobile hairdresser, a job-matching app).
    { name: '"Voor een afspraak heb ik je naam, adres en telefoonnummer nodig" states a purpose', id: 'purposes', expected: 'present', text: notice('Voor een afspraak heb ik je naam, adres en telefoonnummer nodig.') },
    { name: '"Voor de rest heb ik niets nodig" does not', id: 'purposes', expected: 'missing', text: notice('Ik knip bij je thuis. Een stoel en een handdoek, voor de rest heb ik niets nodig.') },
    { name: '"Anders kan ik niet langskomen." after the data needed says what follows without it', id: 'statutory-requirement', expected: 'present', text: notice('Voor een afspraak heb ik je naam, adres en telefoonnummer nodig. Anders kan ik niet langskomen.') },
    { name: '"Anders wordt het een rommeltje." does not', id: 'statutory-requirement', expected: 'missing', text: notice('Ik noteer je naam en telefoonnummer in mijn agenda. Ik werk met vaste tijden. Anders wordt het een rommeltje.') },
    { name: '"Of wil je dat ik alles verwijder?" is erasure', id: 'right-erasure', expected: 'present', text: notice('Ik noteer je naam en telefoonnummer. Wil je weten wat ik van je heb genoteerd? Of wil je dat ik alles verwijder? App me even.') },
    { name: '"Wil je dat ik de kleur verwijder met een remover?" about a treatment is not', id: 'right-erasure', expected: 'missing', text: notice('Ik noteer je naam en telefoonnummer. Zit er verf op je huid? Wil je dat ik de vlekken verwijder met een remover? Zeg het gerust.') },
    { name: '"gooi ik je kleurkaart en je gegevens weg" after a year gives a criterion', id: 'retention', expected: 'present', text: notice('Ik noteer je naam en telefoonnummer. Als je een jaar geen afspraak meer hebt gemaakt, gooi ik je kleurkaart en je gegevens weg.') },
    { name: '"gooi ik de lege tubes en de verpakkingen gewoon weg" is not', id: 'retention', expected: 'missing', text: notice('Ik noteer je naam en telefoonnummer. Na een jaar gooi ik de lege tubes en de oude verpakkingen gewoon weg.') },
    // Round 3, from notices written after those fixes (a Flemish bowling, a municipality's waste pass page).
    { name: '"De beelden blijven een tijd bewaard." is vague', id: 'vague-retention', expected: 'problem', text: notice('We vragen uw naam en gsm-nummer.', '', 'In de zaal hangen camera\'s. De beelden blijven een tijd bewaard.') },
    { name: '"De beelden blijven een week bewaard." is not', id: 'vague-retention', expected: 'none', text: notice('We vragen uw naam en gsm-nummer.', '', 'In de zaal hangen camera\'s. De beelden blijven een week bewaard.') },
    { name: '"Wie geen kaart wil, kan gewoon spelen zonder." says the card\'s data is optional', id: 'statutory-requirement', expected: 'present', text: notice('Voor de klantenkaart vragen we uw naam en geboortedatum. Wie geen kaart wil, kan gewoon spelen zonder.') },
    { name: '"Je kunt ook zonder account bestellen" says the account\'s data is optional', id: 'statutory-requirement', expected: 'present', text: notice('Voor een account vragen we je naam en e-mailadres. Je kunt ook zonder account bestellen.') },
    { name: '"U kunt ook zonder afspraak langskomen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Voor een afspraak vragen we uw naam en e-mailadres in het formulier. U kunt ook zonder afspraak langskomen.') },
    // Round 4, from notices written after those fixes (a piano teacher at home, a province's subsidy notice as PDF-to-text).
    { name: '"nooit video\'s ... zonder dat ik het eerst aan jullie heb gevraagd" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Ik noteer de naam van de leerling. Op YouTube zet ik nooit video\'s van leerlingen zonder dat ik het eerst aan jullie heb gevraagd.') },
    { name: '"zonder dat ik het eerst heb opgezocht" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Ik noteer de naam van de leerling. Ik speel nooit een stuk voor zonder dat ik het eerst heb geoefend.') },
    { name: '"Je mag me altijd vragen wat ik van jullie heb opgeschreven" is access', id: 'right-access', expected: 'present', text: notice('Ik noteer de naam van de leerling. Je mag me altijd vragen wat ik van jullie heb opgeschreven.') },
    { name: '"Je mag me altijd vragen wat ik van de stukken vind" is not', id: 'right-access', expected: 'missing', text: notice('Ik noteer de naam van de leerling. Je mag me altijd vragen wat ik van de nieuwe stukken vind.') },
    { name: '"Is er iets veranderd, bijvoorbeeld een nieuw telefoonnummer, geef het even door" is rectification', id: 'right-rectification', expected: 'present', text: notice('Ik noteer de naam van de leerling en het telefoonnummer van een ouder. Is er iets veranderd, bijvoorbeeld een nieuw telefoonnummer, geef het even door.') },
    { name: '"Is er iets veranderd aan het rooster, dan laat ik het je weten" is not', id: 'right-rectification', expected: 'missing', text: notice('Ik noteer de naam van de leerling en het telefoonnummer van een ouder. Is er iets veranderd aan het rooster, dan laat ik het je weten.') },
    { name: '"Bij de aanmelding vraag ik de naam ... Dat heb ik nodig om lessen in te plannen" says the data is required', id: 'statutory-requirement', expected: 'present', text: notice('Bij de aanmelding vraag ik de naam en leeftijd van de leerling. Dat heb ik nodig om lessen in te plannen.') },
    { name: 'a sign-off name under the closing contact line names the controller', id: 'controller-identity', expected: 'present', text: joinLines('## Privacy', '', 'Ik noteer de naam van de leerling.', '', 'Vragen? Mail naar marieke@voorbeeld.nl.', '', 'Marieke Jansen – Pianoles bij Marieke') },
    { name: 'a closing line "Veel speelplezier!" under it does not', id: 'controller-identity', expected: 'missing', text: joinLines('## Privacy', '', 'Ik noteer de naam van de leerling.', '', 'Vragen? Mail naar marieke@voorbeeld.nl.', '', 'Veel speelplezier!') },
  ];
  runCases('nl', cases);
});
