/**
 * Dutch wordings met in session 20's invented notices (a riding school, an optician, a Ghent
 * coworking space), each beside its near miss: "De wet verplicht ons ..." (the law named as the
 * subject of the legal obligation's own cue, not a statement about the law in general), "zien wat
 * er op / in je kaart / dossier staat", a heading "... inkijken" as a rights section, ", anders kun
 * je je niet ..." as the reader's consequence, "Ben je het er later niet meer mee eens" as taking
 * back consent, "is een zelfstandige opticienszaak", "met jouw goedvinden" as consent, "We laten
 * geen computer beslissingen over je nemen", "Zonder meetwaarden kunnen we geen ...", and "geen
 * cookies behalve degene die nodig zijn"; then (a painter's firm, a care farm) "Ik ben ..., eigenaar
 * van ...", "dat eist de Belastingdienst" and "als ze niet meer nodig zijn" as no period. The sentences are written for these tests.
 */
import { NL, joinLines, runCases, type Case } from './helpers';

describe('Session 20 Dutch wordings', () => {
  const cases: Case[] = [
    // the law as the subject of the obligation's own cue
    { name: '"De wet verplicht ons om je identiteit te controleren" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Domicilie', '', NL, 'Voor een domicilie vragen we een kopie van je identiteitskaart. De wet verplicht ons om je identiteit te controleren.') },
    { name: '"De wet verplicht ons dan om een register bij te houden" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Gasten', '', NL, 'We noteren de naam van elke gast. De wet verplicht ons dan om een register bij te houden.') },
    { name: '"De wet schrijft voor dat organisaties een register bijhouden" is a statement about the law', id: 'legal-basis', expected: 'missing', text: joinLines('## Gasten', '', NL, 'We noteren de naam van elke gast om de kamer klaar te zetten. De wet schrijft voor dat organisaties soms een register bijhouden.') },
    // access: "zien wat er op / in je ... staat"
    { name: '"Je mag altijd vragen om te zien wat er in je dossier staat" is the access right', id: 'right-access', expected: 'present', text: joinLines('## Je gegevens', '', NL, 'We houden een dossier bij met je naam en adres. Je mag altijd vragen om te zien wat er in je dossier staat.') },
    { name: '"Je kunt zien wat er op je klantkaart staat" is it', id: 'right-access', expected: 'present', text: joinLines('## Je gegevens', '', NL, 'We houden een klantkaart bij met je naam en adres. Je kunt bij ons zien wat er op je klantkaart staat.') },
    { name: '"Je kunt zien wat er op het programma staat" is not', id: 'right-access', expected: 'missing', text: joinLines('## Activiteiten', '', NL, 'We houden een klantkaart bij met je naam en adres. Je kunt op de website zien wat er op het programma staat.') },
    // a heading "... inkijken" opens a rights section
    { name: 'under "Je gegevens inkijken", "dan passen we het meteen aan" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Wat we noteren', '', NL, 'We noteren je naam en adres.', '', '## Je gegevens inkijken', '', 'Klopt er iets niet meer, bijvoorbeeld een nieuw adres, dan passen we het meteen aan.') },
    { name: 'under "Lessen", "dan passen we het meteen aan" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Wat we noteren', '', NL, 'We noteren je naam en adres.', '', '## Lessen', '', 'Past het lesuur niet meer, bijvoorbeeld door een nieuwe baan, dan passen we het meteen aan.') },
    // ", anders kun je ... niet": the reader's consequence
    { name: '", anders kun je je niet inschrijven voor het examen" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Examens', '', NL, 'Voor een examen geven we je naam en geboortedatum door aan de bond, anders kun je je niet inschrijven voor het examen.') },
    { name: '", anders kan u niet deelnemen" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Inschrijven', '', NL, 'Vul bij de inschrijving uw naam en rijksregisternummer in, anders kan u niet deelnemen aan de cursus.') },
    { name: '", anders kunnen we je niet helpen" after a retention period does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Bewaren', '', NL, 'Klantgegevens houden we zolang de garantie loopt, anders kunnen we je niet helpen als er iets kapotgaat.') },
    // taking back consent: "Ben je het er later niet meer mee eens"
    { name: '"Ben je het er later niet meer mee eens, zeg het dan" takes back consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Foto\'s', '', NL, 'Foto\'s van je kind zetten we online als je daarvoor toestemming geeft. Ben je het er later niet meer mee eens, zeg het dan en we halen de foto weg.') },
    { name: '"Bent u het achteraf niet meer eens" does', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'De nieuwsbrief sturen we met uw toestemming. Bent u het achteraf niet meer eens, mail ons dan.') },
    { name: '"Ben je het niet eens met hoe wij ..." does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Foto\'s', '', NL, 'Foto\'s van je kind zetten we online als je daarvoor toestemming geeft. Ben je het niet eens met hoe wij met je gegevens omgaan, dan kun je klagen.') },
    // an organisation as "is een ... opticienszaak"
    { name: '"Helder Glas is een zelfstandige opticienszaak" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', 'Helder Glas is een zelfstandige opticienszaak in Deventer, Kerkstraat 12. Vragen? Mail naar info@helderglas.nl.', '', NL) },
    { name: '"Privacy is een zaak van vertrouwen" does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', 'Privacy is een zaak van vertrouwen.', '', NL) },
    // consent as "met uw goedvinden"
    { name: '"met jouw goedvinden" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Huisarts', '', NL, 'Zien we iets wat niet klopt, dan schrijven we met jouw goedvinden een brief aan je huisarts.') },
    { name: '"met uw goedkeuring" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Foto\'s', '', NL, 'Foto\'s van het werk plaatsen we alleen met uw goedkeuring op de website.') },
    { name: '"naar uw goedvinden" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Afspraken', '', NL, 'We noteren uw telefoonnummer om de afspraak te bevestigen. De tijd plannen we naar uw goedvinden in.') },
    // automated decisions: "geen computer ... beslissingen"
    { name: '"We laten geen computer beslissingen over je nemen" answers automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('## En verder', '', NL, 'We laten geen computer beslissingen over je nemen.') },
    { name: '"Geen computer die over je aanvraag beslist" does', id: 'automated-decisions', expected: 'present', text: joinLines('## En verder', '', NL, 'Je aanvraag wordt bekeken door een medewerker, geen computer die over je aanvraag beslist.') },
    { name: '"We gebruiken een computer voor de administratie" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('## En verder', '', NL, 'We gebruiken een computer voor de administratie.') },
    // "Zonder meetwaarden / informatie kunnen we ... geen ..."
    { name: '"Zonder meetwaarden kunnen we geen bril voor je maken" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Waarom?', '', NL, 'Zonder meetwaarden kunnen we geen bril of lenzen voor je maken.') },
    { name: '"Zonder die informatie kunnen we je niet inschrijven" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Waarom?', '', NL, 'Zonder die informatie kunnen we je niet inschrijven.') },
    { name: '"Zonder afspraak kunnen we geen oogmeting doen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Waarom?', '', NL, 'We noteren je sterkte om je bril te maken. Zonder afspraak kunnen we geen oogmeting doen.') },
    // cookies: "geen cookies behalve degene die nodig zijn"
    { name: '"geen cookies behalve degene die nodig zijn" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('## Website', '', NL, 'Onze website gebruikt geen cookies behalve degene die nodig zijn om de site te laten werken.') },
    { name: '"cookies om bij te houden hoe de site gebruikt wordt" does not', id: 'cookies', expected: 'missing', text: joinLines('## Website', '', NL, 'Onze website gebruikt cookies om bij te houden hoe de site gebruikt wordt.') },
    // (a painter's firm, a care farm) "Ik ben ..., eigenaar van ..." names the business
    { name: '"Ik ben Henk Mulder, eigenaar van Schildersbedrijf De Kwast" names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', 'Ik ben Henk Mulder, eigenaar van Schildersbedrijf De Kwast in Hardenberg. Vragen kun je sturen naar henk@dekwast.nl.', '', NL) },
    { name: '"Ik ben Sanne, de eigenaresse van Bloemenhuis Roos" names it', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy', '', 'Ik ben Sanne de Vries, de eigenaresse van Bloemenhuis Roos. Je bereikt me op sanne@bloemenhuisroos.nl.', '', NL) },
    { name: '"De eigenaar van de woning krijgt een kopie" with no way to reach anyone does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacy', '', NL, 'De eigenaar van de woning krijgt een kopie van de offerte.') },
    // a legal obligation as "dat eist de Belastingdienst", "dat schrijft de wet voor"
    { name: '"Daar ontkom ik niet aan, dat eist de Belastingdienst" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Facturen', '', NL, 'Op de factuur vermeld ik om welke woning het gaat. Daar ontkom ik niet aan, dat eist de Belastingdienst.') },
    { name: '"dat schrijft de wet voor" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Gasten', '', NL, 'We noteren het paspoortnummer van elke gast, dat schrijft de wet voor.') },
    { name: '"Dat eist de klant soms" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Facturen', '', NL, 'Op de factuur vermeld ik welke kleur er gebruikt is. Dat eist de klant soms.') },
    // "... als ze niet meer nodig zijn" as no period
    { name: '"ruimen we op als ze niet meer nodig zijn" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang', '', NL, 'Het dossier bewaren we 20 jaar. Losse briefjes en aantekeningen ruimen we op als ze niet meer nodig zijn.') },
    { name: '"verwijderen we wanneer het niet meer nodig is" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang', '', NL, 'Je telefoonnummer verwijderen we wanneer het niet meer nodig is.') },
    { name: '"verwijderen we als ze niet meer nodig zijn, uiterlijk na een jaar" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Hoe lang', '', NL, 'Aantekeningen verwijderen we als ze niet meer nodig zijn, uiterlijk na een jaar.') },
  ];
  runCases('nl', cases);
});
