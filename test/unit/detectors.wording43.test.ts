/**
 * Dutch wordings met in session 17's round of invented notices (a guide-dog foundation, a Flemish
 * bookkeeper writing in the first person, a private landlord of student rooms), each beside its near
 * miss: consent inferred with "Door te ... gaat u daarmee akkoord", a period that runs "zolang u
 * donateur bent en daarna nog een tijdje", data thrown away "na een tijdje", and what follows
 * without a document or a guarantor ("Zonder die kopie mag ik niet ...", "Zonder ... kunnen we het
 * contract niet afsluiten"); then, from the round written after those fixes (a village run, a day nursery), the
 * purposes in a table under a "Waarom" column, consent as "Met je inschrijving geef je toestemming", photos kept
 * "in het archief" with no period and "Zonder BSN kunnen we geen ..."; then (a newsletter-only page, a psychologist,
 * a joinery's page for applicants) "We versturen de nieuwsbrief met ...", "met een eigen praktijk", purposes in passing,
 * "Met je akkoord", "gaan we ervan uit dat je akkoord bent" and a CV kept "in onze werfreserve". The sentences are
 * written for these tests.
 */
import { DE, FR, joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 17 Dutch wordings', () => {
  runCases('nl', [
    // consent inferred from an act, said with "daarmee" or "hiermee"
    { name: '"Door je aan te melden ga je hiermee akkoord" infers consent', id: 'implied-consent', expected: 'problem', text: notice('Wie zich aanmeldt voor de cursus, krijgt ook onze maandelijkse mailing met acties. Door je aan te melden ga je hiermee akkoord.') },
    { name: '"Door een kaartje te kopen gaat u daarmee akkoord" infers consent', id: 'implied-consent', expected: 'problem', text: notice('Kopers van een kaartje ontvangen ook onze aanbiedingen per e-mail. Door een kaartje te kopen gaat u daarmee akkoord.') },
    { name: '"Door te doneren steunt u ons werk" does not', id: 'implied-consent', expected: 'none', text: notice('Wij noteren uw naam en IBAN voor de incasso. Door te doneren steunt u ons werk met dieren.') },
    { name: '"Door op Akkoord te klikken gaat u daarmee akkoord" is a choice, not inferred consent', id: 'implied-consent', expected: 'none', text: notice('Onze website gebruikt cookies voor statistieken. Door op "Akkoord" te klikken gaat u daarmee akkoord; u kunt ook weigeren.') },
    { name: '"Door het vakje aan te vinken geef je toestemming" is one too', id: 'implied-consent', expected: 'none', text: notice('We sturen je graag onze nieuwsbrief. Door het vakje aan te vinken geef je toestemming.') },
    { name: '"alleen als u daarmee akkoord gaat, sturen wij" does not', id: 'implied-consent', expected: 'none', text: notice('Wij sturen een mailing met acties. Wij vragen u daarvoor eerst om toestemming; alleen als u daarmee akkoord gaat, sturen wij de mailing.') },
    // a role as the criterion of a period
    { name: '"zolang u vrijwilliger bent" is a criterion', id: 'retention', expected: 'present', text: notice('## Bewaren', '', 'Wij bewaren uw contactgegevens zolang u vrijwilliger bent.') },
    { name: '"zolang je donateur bent" is one', id: 'retention', expected: 'present', text: notice('## Bewaren', '', 'We bewaren je adres en IBAN zolang je donateur bent.') },
    { name: '"Zolang u vrijwilliger bent, krijgt u onze nieuwsbrief" keeps nothing', id: 'retention', expected: 'missing', text: notice('## De nieuwsbrief', '', 'Zolang u vrijwilliger bent, krijgt u onze nieuwsbrief.') },
    // an ending event stretched by "en daarna nog een tijdje"
    { name: '"zolang je lid bent en daarna nog een tijdje" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Bewaren', '', 'We bewaren je gegevens zolang je lid bent en daarna nog een tijdje.') },
    { name: '"zolang je lid bent en daarna nog twee jaar" is not', id: 'vague-retention', expected: 'none', text: notice('## Bewaren', '', 'We bewaren je gegevens zolang je lid bent en daarna nog twee jaar.') },
    // thrown away or deleted "na een tijdje"
    { name: '"gooien we na een tijdje weg" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Sollicitaties', '', 'Reacties op een vacature gooien we na een tijdje weg.') },
    { name: '"Na enige tijd verwijderen we de inzendingen" is vague', id: 'vague-retention', expected: 'problem', text: notice('## De fotowedstrijd', '', 'Na enige tijd verwijderen we de inzendingen van de fotowedstrijd.') },
    { name: '"gooien we na zes weken weg" is not', id: 'vague-retention', expected: 'none', text: notice('## Sollicitaties', '', 'Reacties op een vacature gooien we na zes weken weg.') },
    { name: '"Na een tijdje sturen we je een herinnering" is not', id: 'vague-retention', expected: 'none', text: notice('## Je profiel', '', 'Na een tijdje sturen we je een herinnering om je profiel aan te vullen.') },
    // what follows without a document
    { name: '"Zonder een kopie van je paspoort mogen we niet ..." says what follows', id: 'statutory-requirement', expected: 'present', text: notice('## Identificatie', '', 'Zonder een kopie van je paspoort mogen we niet met je in zee gaan.') },
    { name: '"Zonder ingevuld intakeformulier kan ik de behandeling niet starten" says it', id: 'statutory-requirement', expected: 'present', text: notice('## Intake', '', 'Zonder ingevuld intakeformulier kan ik de behandeling niet starten.') },
    { name: '"Zonder uw toestemming mogen wij uw foto niet publiceren" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Foto\'s', '', 'Zonder uw toestemming mogen wij uw foto niet publiceren.') },
    { name: '"Zonder afspraak kunnen we je niet ontvangen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Bezoek', '', 'Zonder afspraak kunnen we je helaas niet ontvangen.') },
    // ... or without a guarantor: the contract is not concluded
    { name: '"Zonder borgsteller kunnen wij de huurovereenkomst niet afsluiten" says it', id: 'statutory-requirement', expected: 'present', text: notice('## Huren', '', 'Zonder borgsteller kunnen wij de huurovereenkomst niet afsluiten.') },
    { name: '"Zonder opzegging kunnen wij het contract niet beëindigen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Huren', '', 'Zonder opzegging kunnen wij het contract niet beëindigen.') },
    // batch B: a table whose header row names the purposes column ("Waarom", "Purpose")
    { name: 'rows under a "| Wat | Waarom | Hoe lang |" header state purposes', id: 'purposes', expected: 'present', text: notice('## Wat we bijhouden', '', '| Gegevens | Waarom | Hoe lang |', '|---|---|---|', '| Naam en adres | Verzending van de clubkrant | Tot je opzegt |', '| Geboortedatum | Indeling in een leeftijdsgroep | Tot je opzegt |') },
    { name: 'rows under a "| Gegevens | Bron | Hoe lang |" header do not', id: 'purposes', expected: 'missing', text: notice('## Wat we bijhouden', '', '| Gegevens | Bron | Hoe lang |', '|---|---|---|', '| Naam en adres | Het aanmeldformulier | Tot je opzegt |', '| Geboortedatum | Het aanmeldformulier | Tot je opzegt |') },
    // consent said with the verb first: "geef je toestemming"
    { name: '"Daarvoor geef je toestemming op het aanmeldformulier" names consent', id: 'right-withdraw-consent', expected: 'missing', text: notice('## Foto\'s', '', 'Bij de trainingen maken we foto\'s voor de website. Daarvoor geef je toestemming op het aanmeldformulier.') },
    { name: '"geef dat dan door" names none', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('## Foto\'s', '', 'Bij de trainingen maken we foto\'s voor de website. Wil je niet op de foto, geef dat dan door aan de trainer.') },
    // consent inferred from registering or ordering
    { name: '"Met je aanmelding geef je toestemming om ..." infers consent', id: 'implied-consent', expected: 'problem', text: notice('## De ranglijst', '', 'Met je aanmelding geef je toestemming om je naam en tijd op de ranglijst te zetten.') },
    { name: '"Door je in te schrijven geeft u toestemming ..." infers consent', id: 'implied-consent', expected: 'problem', text: notice('## Foto\'s', '', 'Door u in te schrijven geeft u toestemming voor het publiceren van foto\'s van de wedstrijd.') },
    { name: '"Met je inschrijving ga je akkoord met het wedstrijdreglement" does not', id: 'implied-consent', expected: 'none', text: notice('## Inschrijven', '', 'Met je inschrijving ga je akkoord met het wedstrijdreglement.') },
    { name: '"Bij je inschrijving vragen we je toestemming" does not', id: 'implied-consent', expected: 'none', text: notice('## Foto\'s', '', 'Bij je inschrijving vragen we je toestemming voor foto\'s van de wedstrijd.') },
    // kept "in het archief" with no period
    { name: '"bewaren we in het archief van de vereniging" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Bewaren', '', 'Oude ledenlijsten bewaren we in het archief van de vereniging.') },
    { name: '"bewaren we vijf jaar in het archief" is not', id: 'vague-retention', expected: 'none', text: notice('## Bewaren', '', 'Oude ledenlijsten bewaren we vijf jaar in het archief van de vereniging.') },
    // what follows without a number
    { name: '"Zonder rijksregisternummer kunnen we je niet aansluiten" says what follows', id: 'statutory-requirement', expected: 'present', text: notice('## Aansluiting', '', 'Zonder rijksregisternummer kunnen we je niet aansluiten bij de federatie.') },
    { name: '"Zonder BSN kunnen we geen jaaropgave maken" says it', id: 'statutory-requirement', expected: 'present', text: notice('## De jaaropgave', '', 'Zonder BSN kunnen we geen jaaropgave maken.') },
    { name: '"Zonder wachtwoord kun je niet inloggen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Je account', '', 'Zonder wachtwoord kun je niet inloggen op de ledenpagina.') },
    // a sentence ending in "foto's." ends there: the next one's right does not make it describe a right
    { name: '"... alleen met je toestemming foto\'s. Stuur ons een berichtje en we halen ze weg." states consent', id: 'legal-basis', expected: 'present', text: notice('## Foto\'s', '', 'Op de website zetten we alleen met je toestemming foto\'s. Stuur ons een berichtje en we halen ze weg.') },
    // batch C: a newsletter service named after "We versturen ... met"
    { name: '"We versturen de nieuwsbrief met Laposta" names a recipient', id: 'recipients', expected: 'present', text: notice('## De nieuwsbrief', '', 'Je meldt je aan met je e-mailadres. We versturen de nieuwsbrief met Laposta.') },
    { name: '"De nieuwsbrief versturen we met Brevo" names one', id: 'recipients', expected: 'present', text: notice('## De nieuwsbrief', '', 'Je meldt je aan met je e-mailadres. De nieuwsbrief versturen we met Brevo.') },
    { name: '"We sturen je een nieuwsbrief met tips" names none', id: 'recipients', expected: 'missing', text: notice('## De nieuwsbrief', '', 'Je meldt je aan met je e-mailadres. We sturen je elke maand een nieuwsbrief met tips.') },
    // a sole practitioner in the first person
    { name: '"Ik ben ..., logopedist met een eigen praktijk in Gouda" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('## Privacy', '', 'Ik ben Sanne Mulder, logopedist met een eigen praktijk in Gouda. Ik gebruik je gegevens voor de behandeling.', '', 'Vragen? Mail naar info@logopediemulder.nl.') },
    { name: '"Ik heb een eigen bedrijf" names it too', id: 'controller-identity', expected: 'present', text: joinLines('## Privacy', '', 'Ik ben Tom, ik heb een eigen bedrijf in tuinonderhoud. Ik gebruik je adres om het werk in te plannen.', '', 'Vragen? Mail naar tom@groenwerk.nl.') },
    { name: '"met een eigen account" does not', id: 'controller-identity', expected: 'missing', text: joinLines('## Privacy', '', 'Je logt in met een eigen account. Ik gebruik je gegevens voor de lessen.', '', 'Vragen? Mail naar info@lesrooster.nl.') },
    // purposes said in passing
    { name: '"krijgt voor de declaratie je BSN" states a purpose', id: 'purposes', expected: 'present', text: notice('## Wie krijgt iets?', '', 'Je zorgverzekeraar krijgt voor de declaratie je BSN en de behandeldatum.') },
    { name: '"zodat de resultaten kunnen worden vergeleken" states one', id: 'purposes', expected: 'present', text: notice('## Vragenlijsten', '', 'De antwoorden gaan zonder naam naar een onderzoeksbureau, zodat de resultaten kunnen worden vergeleken.') },
    { name: '"Op de declaratie staat geen diagnose" does not', id: 'purposes', expected: 'missing', text: notice('## Wie krijgt iets?', '', 'Op de declaratie staat geen diagnose.') },
    // batch D: consent as "met je akkoord"; "ervan" written as one word; a CV kept "in onze werfreserve"
    { name: '"Met je akkoord bellen we je vorige werkgever" names consent', id: 'right-withdraw-consent', expected: 'missing', text: notice('## Referenties', '', 'Met je akkoord bellen we je vorige werkgever voor een referentie.') },
    { name: '"Ben je akkoord, bel dan" names none', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('## Het gesprek', '', 'We sturen je een voorstel voor een datum. Ben je akkoord, bel ons dan even terug.') },
    { name: '"anders gaan we ervan uit dat je akkoord bent" infers consent', id: 'implied-consent', expected: 'problem', text: notice('## Foto\'s', '', 'Op de website staan foto\'s van de open dag. Laat het ons weten als je dat niet wil, anders gaan we ervan uit dat je akkoord bent.') },
    { name: '"We gaan ervan uit dat je je rooster kent" does not', id: 'implied-consent', expected: 'none', text: notice('## Het rooster', '', 'We gaan ervan uit dat je je rooster kent.') },
    { name: '"houden we je cv bij in onze werfreserve" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Na de sollicitatie', '', 'Word je niet gekozen, dan houden we je cv bij in onze werfreserve.') },
    { name: '"houden we je cv een jaar bij in onze werfreserve" is not', id: 'vague-retention', expected: 'none', text: notice('## Na de sollicitatie', '', 'Word je niet gekozen, dan houden we je cv een jaar bij in onze werfreserve.') },
    // batch E: the verb first, "sturen wij uw gegevens naar ..."
    { name: '"Bij een lening sturen wij uw gegevens naar de kredietverstrekker" names a recipient', id: 'recipients', expected: 'present', text: notice('## Financiering', '', 'Bij een lening sturen wij uw gegevens naar de kredietverstrekker.') },
    { name: '"Bij schade geven we je gegevens aan de verzekeraar" names one', id: 'recipients', expected: 'present', text: notice('## Schade', '', 'Bij schade geven we je gegevens aan de verzekeraar.') },
    { name: '"Op verzoek sturen wij u een kopie van uw gegevens" names none', id: 'recipients', expected: 'missing', text: notice('## Inzage', '', 'Op verzoek sturen wij u een kopie van uw gegevens.') },
  ] satisfies Case[]);
});

describe('A purposes column in a table whose header asks why, in German and French', () => {
  runCases('de', [
    { name: 'rows under a "| Daten | Wofür | Wie lange |" header state purposes', id: 'purposes', expected: 'present', text: joinLines('# Datenschutz', '', DE, '## Was wir speichern', '', '| Daten | Wofür | Wie lange |', '|---|---|---|', '| Name und Anschrift | Versand der Vereinszeitung | Bis zum Austritt |') },
    { name: 'rows under a "| Daten | Herkunft | Wie lange |" header do not', id: 'purposes', expected: 'missing', text: joinLines('# Datenschutz', '', DE, '## Was wir speichern', '', '| Daten | Herkunft | Wie lange |', '|---|---|---|', '| Name und Anschrift | Das Beitrittsformular | Bis zum Austritt |') },
  ] satisfies Case[]);
  runCases('fr', [
    { name: 'rows under a "| Données | Pourquoi | Combien de temps |" header state purposes', id: 'purposes', expected: 'present', text: joinLines('# Confidentialité', '', FR, '## Ce que nous gardons', '', '| Données | Pourquoi | Combien de temps |', '|---|---|---|', '| Nom et adresse | Envoi du bulletin du club | Jusqu\'à votre départ |') },
    { name: 'rows under a "| Données | Origine | Combien de temps |" header do not', id: 'purposes', expected: 'missing', text: joinLines('# Confidentialité', '', FR, '## Ce que nous gardons', '', '| Données | Origine | Combien de temps |', '|---|---|---|', '| Nom et adresse | Le bulletin d\'adhésion | Jusqu\'à votre départ |') },
  ] satisfies Case[]);
});
