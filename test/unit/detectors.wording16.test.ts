/**
 * Dutch wordings met in the notices of session 12 (a letting agent, a campsite, a Flemish Chiro group, a
 * dating app, an energy supplier, an insurer), each beside its near miss: a choice of tenant that is "een
 * beslissing van mensen en niet van een computer", "Zonder inkomensgegevens kunnen wij u niet voordragen",
 * "Geef je geen medische fiche af, dan kan je kind niet mee op kamp", "Door verder te klikken gaat u daarmee
 * akkoord", "We houden de gegevens bij zolang je kind lid is", "vragen om een foto weg te halen", "De gemeente
 * verplicht ons een nachtregister bij te houden"; then, from three notices written after those fixes (a matchmaking
 * agency, a Flemish ziekenfonds, a telecom provider), "X is een kleinschalig relatiebureau", rights under "Wat mag u?",
 * "zolang u ingeschreven staat", "nog een tijdje", "met de hand, niet met een computerprogramma", a long subject before
 * "alleen door een computer", "Wij zoeken op basis van uw profiel iemand die bij u past"; then, from a Flemish OCMW's notice,
 * "We maken geen profielen" and consent "als je daarvoor je toestemming geeft". The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 12 Dutch wordings', () => {
  const cases: Case[] = [
    { name: '"een beslissing van mensen en niet van een computer" says whether decisions are automated', id: 'automated-decisions', expected: 'present', text: notice('Wie de woning krijgt, bepaalt de eigenaar; dat is altijd een beslissing van mensen en niet van een computer.') },
    { name: '"Niet de computer maar een medewerker beslist" does too', id: 'automated-decisions', expected: 'present', text: notice('Over uw aanvraag beslist niet de computer maar een medewerker.') },
    { name: 'Staff "working on a computer" does not', id: 'automated-decisions', expected: 'missing', text: notice('Onze medewerkers werken op een computer die wij goed beveiligen. Mensen maken fouten; meld die dan.') },
    { name: '"Zonder inkomensgegevens kunnen wij u niet voordragen" says what follows from not providing data', id: 'statutory-requirement', expected: 'present', text: notice('Wij vragen om uw loonstroken. Zonder inkomensgegevens kunnen wij u niet voordragen bij de eigenaar.') },
    { name: '"Inkomensgegevens bewaren wij in een afgesloten kast" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Wij vragen om uw loonstroken. Inkomensgegevens bewaren wij in een afgesloten kast, zonder kopieën.') },
    { name: '"Geef je geen medische fiche af, dan kan je kind niet mee" says what follows from not providing data', id: 'statutory-requirement', expected: 'present', text: notice('Voor het kamp vragen we een medische fiche. Geef je geen medische fiche af, dan kan je kind niet mee op kamp.') },
    { name: '"Geef je geen toestemming voor foto\'s, dan ... niet op Facebook" is an opt-out, not a duty to provide data', id: 'statutory-requirement', expected: 'missing', text: notice('We maken foto\'s op kamp. Geef je geen toestemming voor foto\'s, dan komt je kind niet op Facebook.') },
    { name: '"Geef je kind een lunchpakket mee, dan ..." does not', id: 'statutory-requirement', expected: 'missing', text: notice('We noteren de naam van je kind. Geef je kind een lunchpakket mee, dan kan het de hele dag spelen.') },
    { name: '"Door verder te klikken gaat u daarmee akkoord" infers consent from clicking on', id: 'implied-consent', expected: 'problem', text: notice('Onze website gebruikt cookies om bezoeken te tellen. Door verder te klikken gaat u daarmee akkoord.') },
    { name: '"Door op Akkoord te klikken geeft u toestemming" is a choice, not inferred consent', id: 'implied-consent', expected: 'none', text: notice('Onze website gebruikt cookies om bezoeken te tellen. Door op "Akkoord" te klikken geeft u toestemming; u kunt ook weigeren.') },
    { name: '"We houden de gegevens bij zolang je kind lid is" gives a retention criterion', id: 'retention', expected: 'present', text: notice('We vragen je naam en adres. We houden de gegevens bij zolang je kind lid is.') },
    { name: '"We houden de gegevens bij in een map" does not', id: 'retention', expected: 'missing', text: notice('We vragen je naam en adres. We houden de gegevens bij in een map in het lokaal.') },
    { name: '"We houden een ledenlijst bij omdat de wet ons dat verplicht" keeps a list, it gives no retention period', id: 'retention', expected: 'missing', text: notice('We vragen je naam en adres. We houden een ledenlijst bij omdat de wet ons dat verplicht.') },
    { name: '"Zolang je kind lid is, is het verzekerd" does not', id: 'retention', expected: 'missing', text: notice('We vragen je naam en adres. Zolang je kind lid is, is het verzekerd bij activiteiten.') },
    { name: '"Je kan ook altijd vragen om een foto weg te halen" is erasure', id: 'right-erasure', expected: 'present', text: notice('We zetten foto\'s op Facebook. Je kan ook altijd vragen om een bepaalde foto weg te halen.') },
    { name: '"Na het kamp halen we de tenten weg" is not', id: 'right-erasure', expected: 'missing', text: notice('We zetten foto\'s op Facebook. Na het kamp halen we de tenten weg; wil je helpen, laat het weten.') },
    { name: '"De gemeente verplicht ons een nachtregister bij te houden" states a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Bij aankomst noteren we uw naam en woonplaats. De gemeente verplicht ons een nachtregister bij te houden.') },
    { name: '"De gemeente verplicht bezoekers te parkeren" does not', id: 'legal-basis', expected: 'missing', text: notice('Bij aankomst noteren we uw naam en woonplaats. De gemeente verplicht bezoekers om op het parkeerterrein te parkeren.') },
    // Round 2: a matchmaking agency's plain words, a ziekenfonds's long subject before "alleen door een computer".
    { name: '"X is een kleinschalig relatiebureau" with an address and phone names the controller', id: 'controller-identity', expected: 'present', text: notice('Hartje is een kleinschalig relatiebureau in Breda. Wij zitten aan de Haagweg 12, bel 076 123 45 67.') },
    { name: '"onze boekhouder werkt bij een groot bureau" does not', id: 'controller-identity', expected: 'missing', text: notice('Onze boekhouder werkt bij een groot bureau in Breda. De facturen gaan naar de Haagweg 12.') },
    { name: 'Under "Wat mag u?", "dan passen we het aan" is rectification', id: 'right-rectification', expected: 'present', text: notice('', '## Wat mag u?', '', 'Klopt er iets niet in uw dossier, dan passen we het aan.') },
    { name: 'Under "Wat mag u?", "Wilt u dat wij alles vernietigen, dan doen wij dat" is erasure', id: 'right-erasure', expected: 'present', text: notice('', '## Wat mag u?', '', 'Wilt u dat wij alles vernietigen, dan doen wij dat.') },
    { name: 'Under "Wat kost het?", "dan passen we het aan" is not', id: 'right-rectification', expected: 'missing', text: notice('', '## Wat kost het?', '', 'De prijs staat in de offerte. Wordt het werk groter, dan passen we het aan.') },
    { name: '"bewaren wij zolang u ingeschreven staat" gives a retention criterion', id: 'retention', expected: 'present', text: notice('Wij noteren uw naam. Uw dossier bewaren wij zolang u ingeschreven staat.') },
    { name: '"Zolang u ingeschreven staat, krijgt u de nieuwsbrief" does not', id: 'retention', expected: 'missing', text: notice('Wij noteren uw naam. Zolang u ingeschreven staat, krijgt u de nieuwsbrief.') },
    { name: '"Daarna bewaren wij het nog een tijdje" is a vague period', id: 'vague-retention', expected: 'problem', text: notice('Wij noteren uw naam. Uw dossier bewaren wij zolang u ingeschreven staat. Daarna bewaren wij het nog een tijdje.') },
    { name: '"Het duurt een tijdje voor u een match krijgt" is not', id: 'vague-retention', expected: 'none', text: notice('Wij noteren uw naam. Uw dossier bewaren wij zolang u ingeschreven staat. Het duurt een tijdje voor u een match krijgt.') },
    { name: '"met de hand, niet met een computerprogramma" says matching is not automated', id: 'automated-decisions', expected: 'present', text: notice('Wij zoeken een partner die bij u past. Dat doen wij zelf, met de hand, niet met een computerprogramma.') },
    { name: '"Een beslissing die je in aanmerkelijke mate treft, wordt nooit alleen door een computer genomen" says so too', id: 'automated-decisions', expected: 'present', text: notice('Een beslissing die je in aanmerkelijke mate treft, wordt dus nooit alleen door een computer genomen.') },
    { name: '"wij werken met een computerprogramma voor de planning" does not', id: 'automated-decisions', expected: 'missing', text: notice('Wij zoeken een partner die bij u past. Voor de planning werken wij met een computerprogramma, niet met papier.') },
    { name: '"Wij zoeken op basis van uw profiel iemand die bij u past" states a purpose', id: 'purposes', expected: 'present', text: notice('Wij noteren uw naam en hobby\'s. Wij zoeken op basis van uw profiel iemand die bij u past.') },
    { name: '"Op basis van uw profiel alleen zegt dat weinig" does not', id: 'purposes', expected: 'missing', text: notice('Wij noteren uw naam en hobby\'s. Op basis van uw profiel alleen zegt dat weinig.') },
    // Round 3: a Flemish OCMW.
    { name: '"We maken geen profielen" says whether profiling takes place', id: 'automated-decisions', expected: 'present', text: notice('Over elke aanvraag beslist het comité. We maken geen profielen.') },
    { name: '"Je kan je profiel aanpassen" does not', id: 'automated-decisions', expected: 'missing', text: notice('Over elke aanvraag beslist het comité. Je kan je profiel op de website aanpassen.') },
    { name: '"als je daarvoor je toestemming geeft" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Foto\'s van activiteiten zetten we alleen in ons infoblad als je daarvoor je toestemming geeft.') },
    { name: '"of je kind zelf toestemming geeft, vragen we niet" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Ouders vullen het formulier in; of het kind zelf toestemming geeft, vragen we niet.') },
    { name: 'Consent given "als je daarvoor je toestemming geeft" for photos is tied to that purpose, also when the portability sentence names it again', id: 'basis-without-purpose', expected: 'none', text: notice('Het grootste deel van wat we doen is een taak van algemeen belang om je aanvraag te onderzoeken.', 'Foto\'s van activiteiten zetten we alleen in ons infoblad als je daarvoor je toestemming geeft. Die toestemming kan je altijd intrekken.', '', '## Jouw rechten', '', 'Gegevens die je zelf gaf en die we verwerken met je toestemming, kan je in een gangbaar, machineleesbaar bestand krijgen.') },
  ];
  runCases('nl', cases);
});
