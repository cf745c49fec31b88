/**
 * Dutch detectors: for every checklist id, short privacyverklaringen that say the item in the
 * AVG's own words (the Dutch language version of the GDPR) or in a common paraphrase used in the
 * Netherlands and Flanders, and ones that do not. Conditional ids are tested with their condition
 * triggered and not; quality ids with the problem in the text and without it.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

/** An opening that names nothing on the checklist; it gives language detection enough function words. */
const INTRO = 'In deze verklaring leest u wat wij met uw gegevens doen en waarom.';
const TITLE = '# Privacyverklaring';

/** A short notice: the title, the neutral opening and the given lines. */
const notice = (...lines: string[]): string => joinLines(TITLE, '', INTRO, ...lines);

const cases: Case[] = [
  // ------------------------------------------------------------ controller-identity (art. 13 lid 1 onder a)
  {
    name: 'Een verklaring met de naam van de B.V., haar adres en e-mailadres noemt de verwerkingsverantwoordelijke',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', 'Bakkerij De Molen B.V., Dorpsstraat 12, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw persoonsgegevens.', 'U kunt ons mailen via privacy@demolen.example.'),
  },
  {
    name: 'Een sectie "Wie zijn wij" met de praktijk en een telefoonnummer noemt de verwerkingsverantwoordelijke',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', '## Wie zijn wij', '', 'Tandartspraktijk Zonnestraal zorgt voor uw gebit en uw dossier.', 'Bel ons op 033 123 45 67 met vragen over uw gegevens.'),
  },
  {
    name: 'Alleen een e-mailadres zonder te zeggen wie de organisatie is, noemt de verwerkingsverantwoordelijke niet',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('', 'Wij gebruiken uw e-mailadres om uw vragen te beantwoorden.', 'Vragen over deze verklaring kunt u sturen naar info@mailbox.example.'),
  },
  {
    name: 'Alleen de naam van de B.V. zonder enige manier om haar te bereiken, is niet genoeg',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('', 'Deze verklaring is van Bakkerij De Molen B.V.', 'Wij gebruiken uw e-mailadres om u orderbevestigingen te sturen.'),
  },

  // ------------------------------------------------------------ purposes (art. 13 lid 1 onder c)
  {
    name: 'Zeggen waarvoor adres en e-mailadres dienen, noemt de doeleinden',
    id: 'purposes',
    expected: 'present',
    text: notice('Wij gebruiken uw adres om uw bestelling te bezorgen en uw e-mailadres om u de factuur te sturen.'),
  },
  {
    name: 'De AVG-formulering "de doeleinden van de verwerking" met een lijst noemt de doeleinden',
    id: 'purposes',
    expected: 'present',
    text: notice('', 'De doeleinden van de verwerking zijn:', '', '- het beheren van uw lidmaatschap;', '- het organiseren van wedstrijden en trainingen.'),
  },
  {
    name: 'Een verklaring die alleen opsomt welke gegevens er zijn, noemt geen doeleinden',
    id: 'purposes',
    expected: 'missing',
    text: notice('', 'Stichting Noordwind verzamelt uw naam, e-mailadres en IP-adres.', 'Vragen: privacy@noordwind.example.'),
  },

  // ------------------------------------------------------------ legal-basis (art. 13 lid 1 onder c, art. 6 lid 1)
  {
    name: '"Noodzakelijk voor de uitvoering van de overeenkomst" is een grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wij verwerken uw adres omdat dit noodzakelijk is voor de uitvoering van de overeenkomst met u.'),
  },
  {
    name: 'Een wettelijke verplichting is een grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Facturen bewaren wij om te voldoen aan een wettelijke verplichting.'),
  },
  {
    name: '"De grondslag voor de nieuwsbrief is uw toestemming" is een grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('', 'Wij sturen abonnees elke maand een nieuwsbrief.', 'De grondslag voor de nieuwsbrief is uw toestemming.'),
  },
  {
    name: 'Zeggen waarvoor gegevens dienen zonder grond noemt geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen en uw adres om uw bestelling te bezorgen.'),
  },

  // ------------------------------------------------------------ data-categories (art. 14 lid 1 onder d)
  {
    name: 'Naam, adres en geboortedatum noemen de soorten gegevens',
    id: 'data-categories',
    expected: 'present',
    text: notice('Als u lid wordt, verwerken wij uw naam, adres en geboortedatum.'),
  },
  {
    name: 'Een lijst onder "Welke persoonsgegevens" noemt de soorten gegevens',
    id: 'data-categories',
    expected: 'present',
    text: notice('', '## Welke persoonsgegevens wij verwerken', '', '- contactgegevens', '- betalingsgegevens', '- IP-adres'),
  },
  {
    name: 'Alleen "de informatie die u ons geeft" noemt geen soorten gegevens',
    id: 'data-categories',
    expected: 'missing',
    text: notice('Wij gebruiken de informatie die u ons geeft om uw vragen te beantwoorden.'),
  },

  // ------------------------------------------------------------ recipients (art. 13 lid 1 onder e)
  {
    name: 'Delen met de betaalprovider en de bezorgdienst noemt de ontvangers',
    id: 'recipients',
    expected: 'present',
    text: notice('Wij delen uw gegevens met onze betaalprovider en met de bezorgdienst die uw pakket brengt.'),
  },
  {
    name: 'De AVG-formulering "de ontvangers van uw persoonsgegevens" noemt de ontvangers',
    id: 'recipients',
    expected: 'present',
    text: notice('De ontvangers van uw persoonsgegevens zijn onze hostingpartij en onze accountant.'),
  },
  {
    name: 'Zeggen dat niemand de gegevens krijgt, beantwoordt de vraag naar ontvangers',
    id: 'recipients',
    expected: 'present',
    text: notice('Wij verstrekken uw gegevens niet aan derden.'),
  },
  {
    name: 'Een verklaring die zwijgt over wie de gegevens krijgt, noemt geen ontvangers',
    id: 'recipients',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ retention (art. 13 lid 2 onder a)
  {
    name: 'Facturen zeven jaar bewaren is een bewaartermijn',
    id: 'retention',
    expected: 'present',
    text: notice('Wij bewaren uw facturen zeven jaar, omdat de fiscale bewaarplicht dat voorschrijft.'),
  },
  {
    name: 'Accountgegevens 30 dagen na opheffen verwijderen is een bewaartermijn',
    id: 'retention',
    expected: 'present',
    text: notice('Wij verwijderen uw accountgegevens 30 dagen nadat u uw account hebt opgeheven.'),
  },
  {
    name: 'Een sollicitatie bewaren tot het einde van de procedure is een criterium',
    id: 'retention',
    expected: 'present',
    text: notice('Wij bewaren uw sollicitatie tot het einde van de sollicitatieprocedure.'),
  },
  {
    name: '"Niet langer dan noodzakelijk" is geen termijn en geen criterium, dus de bewaartermijn ontbreekt',
    id: 'retention',
    expected: 'missing',
    text: notice('Wij bewaren uw gegevens niet langer dan noodzakelijk.'),
  },
  {
    name: 'Een verklaring die zwijgt over bewaren heeft geen bewaartermijn',
    id: 'retention',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ right-access (art. 15)
  {
    name: 'Het AVG-begrip "recht van inzage" is het recht op inzage',
    id: 'right-access',
    expected: 'present',
    text: notice('U heeft het recht van inzage in uw persoonsgegevens.'),
  },
  {
    name: 'Een kopie van de gegevens vragen is het recht op inzage',
    id: 'right-access',
    expected: 'present',
    text: notice('U kunt ons om een kopie van de gegevens vragen die wij over u hebben.'),
  },
  {
    name: 'Een rechtenlijst zonder inzage mist het recht op inzage',
    id: 'right-access',
    expected: 'missing',
    text: notice('', '## Uw rechten', '', 'U kunt onjuiste gegevens laten verbeteren en ons vragen uw gegevens te verwijderen.'),
  },

  // ------------------------------------------------------------ right-rectification (art. 16)
  {
    name: 'Het AVG-begrip "recht op rectificatie" is het recht op rectificatie',
    id: 'right-rectification',
    expected: 'present',
    text: notice('U heeft het recht op rectificatie van onjuiste persoonsgegevens.'),
  },
  {
    name: 'Gegevens laten corrigeren is het recht op rectificatie',
    id: 'right-rectification',
    expected: 'present',
    text: notice('Klopt er iets niet, dan kunt u uw gegevens laten corrigeren.'),
  },
  {
    name: 'Een rechtenlijst zonder correctie mist het recht op rectificatie',
    id: 'right-rectification',
    expected: 'missing',
    text: notice('', '## Uw rechten', '', 'U heeft het recht van inzage en het recht van bezwaar.'),
  },

  // ------------------------------------------------------------ right-erasure (art. 17)
  {
    name: 'Het AVG-begrip "recht op gegevenswissing" ("recht op vergetelheid") is het recht op gegevenswissing',
    id: 'right-erasure',
    expected: 'present',
    text: notice('U heeft het recht op gegevenswissing ("recht op vergetelheid").'),
  },
  {
    name: 'Vragen om gegevens te verwijderen is het recht op gegevenswissing',
    id: 'right-erasure',
    expected: 'present',
    text: notice('U mag ons vragen uw gegevens te verwijderen.'),
  },
  {
    name: 'Een rechtenlijst zonder verwijdering mist het recht op gegevenswissing',
    id: 'right-erasure',
    expected: 'missing',
    text: notice('', '## Uw rechten', '', 'U heeft het recht van inzage en het recht op rectificatie.'),
  },

  // ------------------------------------------------------------ right-restriction (art. 18)
  {
    name: 'Het AVG-begrip "recht op beperking van de verwerking" is het recht op beperking',
    id: 'right-restriction',
    expected: 'present',
    text: notice('U heeft het recht op beperking van de verwerking.'),
  },
  {
    name: 'Het gebruik van gegevens tijdelijk laten beperken is het recht op beperking',
    id: 'right-restriction',
    expected: 'present',
    text: notice('U kunt ons vragen het gebruik van uw gegevens tijdelijk te beperken terwijl wij een klacht over de juistheid onderzoeken.'),
  },
  {
    name: 'Een rechtenlijst zonder beperking mist het recht op beperking',
    id: 'right-restriction',
    expected: 'missing',
    text: notice('U heeft het recht om uw gegevens in te zien, te corrigeren en te laten verwijderen.'),
  },

  // ------------------------------------------------------------ right-object (art. 21)
  {
    name: 'Het AVG-begrip "recht van bezwaar" is het recht van bezwaar',
    id: 'right-object',
    expected: 'present',
    text: notice('U heeft het recht van bezwaar tegen verwerking op basis van ons gerechtvaardigd belang.'),
  },
  {
    name: 'Bezwaar maken tegen direct marketing is het recht van bezwaar',
    id: 'right-object',
    expected: 'present',
    text: notice('U kunt altijd bezwaar maken tegen het gebruik van uw gegevens voor direct marketing.'),
  },
  {
    name: '"U kunt geen bezwaar maken" is geen recht van bezwaar',
    id: 'right-object',
    expected: 'missing',
    text: notice('Omdat de wet deze controle voorschrijft, kunt u geen bezwaar maken tegen de verwerking van uw gegevens voor fraudeonderzoek.'),
  },
  {
    name: 'Een rechtenlijst zonder bezwaar mist het recht van bezwaar',
    id: 'right-object',
    expected: 'missing',
    text: notice('U heeft het recht om uw gegevens in te zien, te corrigeren en te laten verwijderen.'),
  },

  // ------------------------------------------------------------ right-portability (art. 20)
  {
    name: 'Het AVG-begrip "recht op overdraagbaarheid van gegevens" is het recht op overdraagbaarheid',
    id: 'right-portability',
    expected: 'present',
    text: notice('U heeft het recht op overdraagbaarheid van gegevens.'),
  },
  {
    name: 'Gegevens in een gestructureerde, gangbare en machineleesbare vorm ontvangen is het recht op overdraagbaarheid',
    id: 'right-portability',
    expected: 'present',
    text: notice('U kunt de gegevens die u ons gaf in een gestructureerde, gangbare en machineleesbare vorm ontvangen en laten doorsturen naar een andere aanbieder.'),
  },
  {
    name: 'Een rechtenlijst zonder overdraagbaarheid mist het recht op overdraagbaarheid',
    id: 'right-portability',
    expected: 'missing',
    text: notice('U heeft het recht om uw gegevens in te zien, te corrigeren en te laten verwijderen.'),
  },

  // ------------------------------------------------------------ right-complaint (art. 13 lid 2 onder d, art. 77)
  {
    name: 'De AVG-formulering "een klacht in te dienen bij een toezichthoudende autoriteit" is het klachtrecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('U heeft het recht om een klacht in te dienen bij een toezichthoudende autoriteit.'),
  },
  {
    name: 'Een klacht indienen bij de Autoriteit Persoonsgegevens is het klachtrecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Bent u niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.'),
  },
  {
    name: 'Een klacht indienen bij de Belgische Gegevensbeschermingsautoriteit is het klachtrecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA).'),
  },
  {
    name: 'Alleen klagen bij de klantenservice is geen klachtrecht bij een toezichthouder',
    id: 'right-complaint',
    expected: 'missing',
    text: notice('Heeft u een klacht over het gebruik van uw gegevens, neem dan contact op met onze klantenservice.'),
  },

  // ------------------------------------------------------------ automated-decisions (art. 13 lid 2 onder f, art. 22)
  {
    name: 'Zeggen dat er geen geautomatiseerde besluitvorming of profilering is, beantwoordt het onderdeel',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Wij nemen geen besluiten op basis van geautomatiseerde verwerking en doen niet aan profilering.'),
  },
  {
    name: 'Zeggen dat er profilering plaatsvindt, beantwoordt het onderdeel',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Wij gebruiken profilering om u passende aanbiedingen te tonen.'),
  },
  {
    name: 'Een verklaring die zwijgt over geautomatiseerde besluiten mist het onderdeel',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },
  {
    name: 'Het recht om niet te worden onderworpen aan een geautomatiseerd besluit zegt niet of zulke besluiten worden genomen',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', '## Uw rechten', '', 'U heeft het recht om niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd.'),
  },
  {
    name: 'Het recht op inzage in de vraag of gegevens naar een derde land gaan, zegt niet of dat gebeurt',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('U heeft recht op inzage, ook in de vraag of uw persoonsgegevens aan een derde land worden doorgegeven.'),
  },

  // ------------------------------------------------------------ statutory-requirement (art. 13 lid 2 onder e)
  {
    name: 'Niet verplicht zijn om gegevens te verstrekken, met het gevolg, beantwoordt het onderdeel',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('U bent niet verplicht om uw telefoonnummer te verstrekken, maar zonder dat nummer kan de bezorger u niet bellen.'),
  },
  {
    name: 'Een contractuele verplichting met het gevolg van niet verstrekken beantwoordt het onderdeel',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Het verstrekken van uw e-mailadres is een contractuele verplichting: als u het niet verstrekt, kunnen wij geen account voor u aanmaken.'),
  },
  {
    name: 'Een verklaring die zwijgt over de plicht om gegevens te verstrekken mist het onderdeel',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ right-withdraw-consent (art. 13 lid 2 onder c, art. 7 lid 3)
  {
    name: 'Toestemming als grondslag met "u kunt uw toestemming op elk moment intrekken" voldoet',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice(
      '',
      'Wij sturen u de nieuwsbrief op basis van uw toestemming.',
      'U kunt uw toestemming op elk moment intrekken; dit laat de rechtmatigheid van de verwerking vóór de intrekking onverlet.',
    ),
  },
  {
    name: 'Toestemming als grondslag zonder iets over intrekken mist het recht om toestemming in te trekken',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Wij sturen u de nieuwsbrief op basis van uw toestemming.'),
  },
  {
    name: 'Zonder toestemming als grondslag is het intrekken van toestemming niet van toepassing',
    id: 'right-withdraw-consent',
    expected: 'not-applicable',
    text: notice('Wij verwerken uw adres omdat dit noodzakelijk is voor de uitvoering van de overeenkomst met u.'),
  },
  {
    name: 'Een algemene uitleg dat organisaties intrekken van toestemming eenvoudig moeten maken, voldoet niet',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('', 'Wij sturen u de nieuwsbrief op basis van uw toestemming.', '', '## Over de AVG', '', 'Organisaties moeten het intrekken van toestemming even eenvoudig maken als het geven ervan.'),
  },
  {
    name: 'Een algemene uitleg "Volgens de AVG moeten organisaties toestemming laten intrekken" voldoet niet',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('', 'Wij sturen u de nieuwsbrief op basis van uw toestemming.', '', '## Over de AVG', '', 'Volgens de AVG moeten organisaties het mogelijk maken om toestemming op elk moment in te trekken.'),
  },

  // ------------------------------------------------------------ legitimate-interests (art. 13 lid 1 onder d)
  {
    name: 'Een artikelverwijzing tussen haakjes tussen het gerechtvaardigd belang en waarin het bestaat, scheidt ze niet',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Wij bewaren serverlogs op basis van ons gerechtvaardigd belang (art. 6 lid 1 sub f AVG) bij het veilig houden van onze website.'),
  },
  {
    name: 'Een gerechtvaardigd belang bij het voorkomen van fraude noemt het belang',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Wij controleren bestellingen op basis van ons gerechtvaardigd belang bij het voorkomen van fraude.'),
  },
  {
    name: 'De AVG-formulering "behartiging van de gerechtvaardigde belangen, namelijk" noemt het belang',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('De verwerking is noodzakelijk voor de behartiging van onze gerechtvaardigde belangen, namelijk het beveiligen van ons netwerk.'),
  },
  {
    name: 'Een gerechtvaardigd belang zonder te zeggen welk, mist het belang',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('Een deel van de verwerkingen is gebaseerd op een gerechtvaardigd belang.'),
  },
  {
    name: 'Zonder gerechtvaardigd belang als grondslag is het onderdeel niet van toepassing',
    id: 'legitimate-interests',
    expected: 'not-applicable',
    text: notice('Wij sturen u de nieuwsbrief op basis van uw toestemming.'),
  },

  // ------------------------------------------------------------ transfer-safeguards (art. 13 lid 1 onder f, art. 46)
  {
    name: 'Doorgifte naar de Verenigde Staten met standaardcontractbepalingen noemt de waarborg',
    id: 'transfer-safeguards',
    expected: 'present',
    text: notice('Onze e-mailprovider slaat gegevens op in de Verenigde Staten; wij hebben met deze partij de standaardcontractbepalingen van de Europese Commissie afgesproken.'),
  },
  {
    name: 'Doorgifte naar een derde land met een adequaatheidsbesluit noemt de waarborg',
    id: 'transfer-safeguards',
    expected: 'present',
    text: notice('Onze back-upleverancier zit in een derde land, Canada, waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen.'),
  },
  {
    name: 'Dienstverleners buiten de EER zonder waarborg missen de waarborg',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: notice('Sommige van onze dienstverleners zijn gevestigd buiten de Europese Economische Ruimte.'),
  },
  {
    name: '"Wij geven uw gegevens niet door buiten de EER" maakt waarborgen niet van toepassing',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: notice('Wij geven uw persoonsgegevens niet door aan landen buiten de EER.'),
  },
  {
    name: 'Een verklaring die doorgifte nergens noemt, maakt waarborgen niet van toepassing',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ dpo-contact (art. 13 lid 1 onder b)
  {
    name: 'Een FG met e-mailadres geeft de contactgegevens van de FG',
    id: 'dpo-contact',
    expected: 'present',
    text: notice('Onze functionaris voor gegevensbescherming is bereikbaar via privacy@gemeente.example.'),
  },
  {
    name: 'Een aangestelde FG zonder contactgegevens mist ze',
    id: 'dpo-contact',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.', '', 'Wij hebben een functionaris voor gegevensbescherming aangesteld.'),
  },
  {
    name: 'Een verklaring zonder FG maakt het onderdeel niet van toepassing',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },
  {
    name: 'Een algemene begrippenlijst die "functionaris voor gegevensbescherming" uitlegt, betekent niet dat er een is aangesteld',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice(
      'Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.',
      '',
      '## Begrippen',
      '',
      '- Verwerkingsverantwoordelijke: de organisatie die bepaalt waarom en hoe persoonsgegevens worden verwerkt.',
      '- Functionaris voor gegevensbescherming (FG): iemand die een organisatie adviseert over de AVG en toezicht houdt op de naleving ervan.',
    ),
  },

  // ------------------------------------------------------------ data-sources (art. 14 lid 2 onder f)
  {
    name: 'Gegevens uit openbare registers zoals het handelsregister noemen de bron',
    id: 'data-sources',
    expected: 'present',
    text: notice('Wij halen de contactgegevens van bestuurders uit openbare registers, zoals het handelsregister van de Kamer van Koophandel.'),
  },
  {
    name: 'Gegevens "van derden" zonder bron missen de herkomst',
    id: 'data-sources',
    expected: 'missing',
    text: notice('Een deel van de gegevens ontvangen wij van derden.'),
  },
  {
    name: 'Als alle gegevens van de lezer zelf komen, is de herkomst niet van toepassing',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Wij gebruiken alleen de gegevens die u ons zelf geeft bij uw bestelling.'),
  },
  {
    name: '"Wij ontvangen geen gegevens van derden" maakt de herkomst niet van toepassing',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Wij ontvangen geen persoonsgegevens over u van derden.'),
  },

  // ------------------------------------------------------------ last-updated
  {
    name: '"Laatst gewijzigd: 3 maart 2024" dateert de verklaring',
    id: 'last-updated',
    expected: 'present',
    text: notice('', 'Laatst gewijzigd: 3 maart 2024'),
  },
  {
    name: 'Een versienummer dateert de verklaring',
    id: 'last-updated',
    expected: 'present',
    text: notice('', 'Versie 2.1, januari 2025'),
  },
  {
    name: 'Een verklaring zonder datum of versie is niet gedateerd',
    id: 'last-updated',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ cookies
  {
    name: 'Analytische cookies pas na acceptatie in de cookiebanner zeggen hoe toestemming werkt',
    id: 'cookies',
    expected: 'present',
    text: notice('Wij plaatsen analytische cookies alleen nadat u ze in onze cookiebanner hebt geaccepteerd; u kunt uw keuze altijd wijzigen.'),
  },
  {
    name: '"Deze website gebruikt geen cookies" beantwoordt het onderdeel',
    id: 'cookies',
    expected: 'present',
    text: notice('Deze website gebruikt geen cookies.'),
  },
  {
    name: '"Onze website maakt gebruik van cookies" zonder iets over toestemming mist het onderdeel',
    id: 'cookies',
    expected: 'missing',
    text: notice('Onze website maakt gebruik van cookies.'),
  },
  {
    name: 'Google Analytics zonder een woord over cookies mist het onderdeel',
    id: 'cookies',
    expected: 'missing',
    text: notice('Wij gebruiken Google Analytics om bezoeken aan onze website te tellen.'),
  },
  {
    name: 'Zonder cookies of trackers is het onderdeel niet van toepassing',
    id: 'cookies',
    expected: 'not-applicable',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ transfers-statement
  {
    name: '"Wij geven uw gegevens niet door buiten de EER" zegt of gegevens de EER verlaten',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Wij geven uw persoonsgegevens niet door aan landen buiten de EER.'),
  },
  {
    name: 'Gegevens op servers in Nederland zegt of gegevens de EER verlaten',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Al onze gegevens staan op servers in Nederland.'),
  },
  {
    name: 'Dienstverleners buiten de EER zegt of gegevens de EER verlaten',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Sommige van onze dienstverleners zijn gevestigd buiten de Europese Economische Ruimte.'),
  },
  {
    name: 'Een verklaring die zwijgt over waar de gegevens heen gaan, zegt het niet',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'),
  },

  // ------------------------------------------------------------ vague-retention
  {
    name: '"Zolang als nodig" is een vage bewaartermijn',
    id: 'vague-retention',
    expected: 'problem',
    text: notice('Wij bewaren uw gegevens zolang als nodig.'),
  },
  {
    name: '"Niet langer dan strikt noodzakelijk om de doelen te realiseren" is een vage bewaartermijn',
    id: 'vague-retention',
    expected: 'problem',
    text: notice('Wij bewaren uw persoonsgegevens niet langer dan strikt noodzakelijk is om de doelen te realiseren waarvoor uw gegevens worden verzameld.'),
  },
  {
    name: 'Facturen zeven jaar bewaren is niet vaag',
    id: 'vague-retention',
    expected: 'none',
    text: notice('Facturen bewaren wij zeven jaar.'),
  },
  {
    name: '"Zolang dat nodig is" gevolgd door de werkelijke termijn in dezelfde sectie is niet vaag',
    id: 'vague-retention',
    expected: 'none',
    text: notice(
      '',
      '## Hoe lang wij uw gegevens bewaren',
      '',
      'Wij bewaren uw gegevens zolang dat nodig is voor uw lidmaatschap. Wij verwijderen ze 12 maanden na het einde van uw lidmaatschap.',
    ),
  },

  // ------------------------------------------------------------ implied-consent
  {
    name: '"Nemen wij aan dat u geen bezwaar hebt" leidt toestemming af uit stilzwijgen',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('Als u deze website blijft gebruiken, nemen wij aan dat u geen bezwaar hebt tegen cookies.'),
  },
  {
    name: '"Door verder te surfen gaat u akkoord" leidt toestemming af uit verder gebruik',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('Door verder te surfen op deze website gaat u akkoord met het gebruik van cookies.'),
  },
  {
    name: 'Cookies pas na een klik op "Accepteren" is toestemming, geen afgeleide toestemming',
    id: 'implied-consent',
    expected: 'none',
    text: notice('Wij plaatsen analytische cookies pas nadat u in de cookiebanner op "Accepteren" hebt geklikt.'),
  },

  // ------------------------------------------------------------ outdated-reference
  {
    name: 'De Wet bescherming persoonsgegevens is een verouderde verwijzing',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Wij verwerken uw gegevens volgens de Wet bescherming persoonsgegevens.'),
  },
  {
    name: 'Het College bescherming persoonsgegevens is een verouderde verwijzing',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('U kunt een klacht indienen bij het College bescherming persoonsgegevens.'),
  },
  {
    name: 'De Belgische Commissie voor de bescherming van de persoonlijke levenssfeer is een verouderde verwijzing',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('U kunt een klacht indienen bij de Commissie voor de bescherming van de persoonlijke levenssfeer.'),
  },
  {
    name: 'Het EU-VS Privacy Shield is een verouderde verwijzing',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Onze Amerikaanse leverancier is gecertificeerd onder het EU-VS Privacy Shield.'),
  },
  {
    name: 'De Autoriteit Persoonsgegevens is geen verouderde verwijzing',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.'),
  },

  // ------------------------------------------------------------ basis-without-purpose
  {
    name: 'Toestemming naast een overeenkomst maar aan geen doel gekoppeld is een grondslag zonder doel',
    id: 'basis-without-purpose',
    expected: 'problem',
    text: notice(
      '',
      'Wij gebruiken uw adres om uw bestelling te bezorgen, omdat dit nodig is voor de uitvoering van de overeenkomst met u.',
      '',
      '## Grondslag',
      '',
      'In sommige gevallen verwerken wij gegevens op basis van toestemming.',
    ),
  },
  {
    name: 'Toestemming om de nieuwsbrief te sturen is geen grondslag zonder doel',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice('Wij gebruiken uw e-mailadres op basis van uw toestemming om u onze nieuwsbrief te sturen.'),
  },
  {
    name: 'Een gerechtvaardigd belang bij het voorkomen van fraude is geen grondslag zonder doel',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice('Wij controleren bestellingen op basis van ons gerechtvaardigd belang bij het voorkomen van fraude.'),
  },
];

/**
 * Wording of Dutch notices the cases above do not show: the separable verbs of the common
 * templates ("in te zien"), Belgian wording, and sentences that use a cue's words without giving
 * the item (a legal duty to keep data is no duty to provide it).
 */
const moreCases: Case[] = [
  {
    name: 'Een B.V. die telefoonnummers en postadressen als verwerkte gegevens noemt, geeft daarmee niet haar eigen contactgegevens',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('Bakkerij De Molen B.V. bepaalt wat er met uw gegevens gebeurt.', 'Wij verwerken uw naam, uw postadres en uw telefoonnummer, en wij kunnen u bellen over uw bestelling.'),
  },
  {
    name: 'Een Belgisch adres (straat en huisnummer, postcode van vier cijfers) is een contactgegeven',
    id: 'controller-identity',
    expected: 'present',
    text: notice('Fietsclub De Spaak vzw, Kerkstraat 12, 2000 Antwerpen, is verantwoordelijk voor de verwerking van uw gegevens.'),
  },
  {
    name: 'Het adres van de Autoriteit Persoonsgegevens is geen contactgegeven van de verwerkingsverantwoordelijke',
    id: 'controller-identity',
    expected: 'missing',
    format: 'plaintext',
    text: joinLines('Privacyverklaring', '', INTRO, '', 'Bakkerij De Molen B.V. bepaalt wat er met uw gegevens gebeurt.', '', 'Klachten', '', 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens:', '', 'Autoriteit Persoonsgegevens', 'Postbus 1234', '2500 AA Den Haag'),
  },
  // Belgisch-Nederlands.
  {
    name: 'Het Belgische "u kunt zich verzetten tegen de verwerking" geeft het recht van bezwaar',
    id: 'right-object',
    expected: 'present',
    text: notice('', '## Uw rechten', '', 'U kunt zich verzetten tegen de verwerking van uw gegevens om redenen die verband houden met uw situatie.'),
  },
  {
    name: 'Het Belgische "uw toestemming om het even wanneer intrekken" geeft het recht om toestemming in te trekken',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Wij sturen de nieuwsbrief op basis van uw toestemming.', 'U kunt uw toestemming om het even wanneer intrekken.'),
  },
  {
    name: '"Toestemming;" als punt onder "op basis van de volgende grondslagen:" noemt toestemming als grondslag',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('', 'Wij verwerken deze gegevens op basis van de volgende grondslagen:', '', '- Toestemming;', '- Wettelijke verplichting.'),
  },
  {
    name: '"Uw toestemming voor de nieuwsbrief" in een lijst van gegevens is geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('', 'Wij verwerken de volgende gegevens:', '', '- uw naam', '- uw toestemming voor de nieuwsbrief'),
  },
  {
    name: 'Een doel met "(toestemming)" erachter steunt op toestemming, dus het intrekken ervan moet worden uitgelegd',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('', 'Wij gebruiken uw gegevens voor:', '', '- het versturen van de clubnieuwsbrief (toestemming)', '- de ledenadministratie (uitvoering overeenkomst)'),
  },
  {
    name: 'Een doel met "(contractuele grond)" erachter noemt een grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('', 'Wij gebruiken uw gegevens voor:', '', '- de ledenadministratie (contractuele grond)'),
  },
  // De eigen Nederlandse tekst van de AVG (art. 6, 13, 14), zoals juristen die in verklaringen overnemen.
  {
    name: 'Art. 6 lid 1 onder a in de woorden van de AVG ("heeft toestemming gegeven") is een grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('De betrokkene heeft toestemming gegeven voor de verwerking van zijn persoonsgegevens voor een of meer specifieke doeleinden.'),
  },
  {
    name: 'Art. 13 lid 2 onder c in de woorden van de AVG geeft het recht om toestemming in te trekken',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Wij verwerken uw e-mailadres op basis van uw toestemming. U heeft het recht de toestemming te allen tijde in te trekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking op basis van de toestemming vóór de intrekking daarvan.'),
  },
  {
    name: 'Art. 13 lid 2 onder d in de woorden van de AVG geeft het klachtrecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('U heeft het recht om een klacht in te dienen bij een toezichthoudende autoriteit.'),
  },
  {
    name: 'Art. 13 lid 2 onder f in de woorden van de AVG, ontkend, zegt of er geautomatiseerde besluitvorming is',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Er is geen sprake van geautomatiseerde besluitvorming, met inbegrip van de in artikel 22, leden 1 en 4, bedoelde profilering.'),
  },
  {
    name: '"Een noodzakelijke voorwaarde om een overeenkomst te sluiten" (art. 13 lid 2 onder e) zegt of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('De verstrekking van uw e-mailadres is een noodzakelijke voorwaarde om een overeenkomst te sluiten.'),
  },
  {
    name: '"Wat de gevolgen zijn wanneer deze gegevens niet worden verstrekt" zegt of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Zonder account kunt u niet bestellen; wanneer deze gegevens niet worden verstrekt, kunnen wij uw bestelling niet leveren.'),
  },
  {
    name: '"De bewaartermijn eindigt met het einde van uw lidmaatschap" geeft een criterium',
    id: 'retention',
    expected: 'present',
    text: notice('De bewaartermijn eindigt met het einde van uw lidmaatschap.'),
  },
  {
    name: '"Het invullen van uw telefoonnummer is niet verplicht" zegt of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Het invullen van uw telefoonnummer is niet verplicht.'),
  },
  {
    name: '"Uw telefoonnummer opgeven is optioneel" zegt of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Uw telefoonnummer opgeven is optioneel.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (inzage)',
    id: 'right-access',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (rectificatie)',
    id: 'right-rectification',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (wissing)',
    id: 'right-erasure',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (beperking)',
    id: 'right-restriction',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (bezwaar)',
    id: 'right-object',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: 'Art. 13 lid 2 onder b in de woorden van de AVG geeft het recht (overdraagbaarheid)',
    id: 'right-portability',
    expected: 'present',
    text: notice('U heeft het recht ons te verzoeken om inzage van en rectificatie of wissing van de persoonsgegevens of beperking van de u betreffende verwerking, alsmede het recht tegen de verwerking bezwaar te maken en het recht op gegevensoverdraagbaarheid.'),
  },
  {
    name: '"Optionele cookies" zegt niet of de lezer gegevens moet verstrekken',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('De optionele cookies gebruiken wij voor statistiek.'),
  },
  {
    name: '"Van de volgende partijen:" boven een lijst noemt de bronnen, in welke woorden de lijst ook staat',
    id: 'data-sources',
    expected: 'present',
    text: notice('', 'Wij ontvangen ook persoonsgegevens van de volgende partijen:', '', '- de sportbond waarbij u bent aangesloten', '- de huisartsenpraktijk die u naar ons verwijst'),
  },
  {
    name: 'Een lijst van gegevens die wij van derden ontvangen, noemt die derden niet',
    id: 'data-sources',
    expected: 'missing',
    text: notice('', 'Wij ontvangen de volgende gegevens van derden:', '', '- uw naam', '- uw adres'),
  },
  {
    name: 'Alleen "het recht om niet te worden onderworpen aan geautomatiseerde besluitvorming" zegt niet of zulke besluiten worden genomen',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', '## Uw rechten', '', 'U heeft ook het recht om niet te worden onderworpen aan geautomatiseerde besluitvorming, waaronder profilering.'),
  },
  {
    name: 'Het recht om niet te worden onderworpen aan geautomatiseerde besluitvorming, met "daar maken wij geen gebruik van", zegt het wel',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('', 'U heeft het recht om niet te worden onderworpen aan een besluit dat uitsluitend is gebaseerd op geautomatiseerde verwerking (artikel 22 AVG). Wij maken geen gebruik van geautomatiseerde besluitvorming.'),
  },
  {
    name: 'Het template-zinnetje "het recht om uw persoonsgegevens in te zien" geeft het recht op inzage',
    id: 'right-access',
    expected: 'present',
    text: notice('', '## Uw rechten', '', 'U heeft het recht om uw persoonsgegevens in te zien, te laten corrigeren of te laten verwijderen.'),
  },
  {
    name: '"Een wettelijke verplichting om facturen zeven jaar te bewaren" zegt niet of de lezer gegevens moet verstrekken',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wij hebben de wettelijke verplichting om facturen zeven jaar te bewaren.'),
  },
  {
    name: '"Een wettelijke verplichting om uw burgerservicenummer te verstrekken" zegt of de lezer gegevens moet verstrekken',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Voor de loonadministratie geldt een wettelijke verplichting om uw burgerservicenummer te verstrekken.'),
  },
  {
    name: '"Gegevens die u vrijwillig aan ons verstrekt" in een opsomming zegt niet of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wij verwerken uw naam, uw e-mailadres en andere gegevens die u vrijwillig aan ons verstrekt, zoals uw voorkeuren.'),
  },
  {
    name: '"Het verstrekken van uw gegevens is vrijwillig" zegt of verstrekken verplicht is',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Het verstrekken van uw telefoonnummer is geheel vrijwillig.'),
  },
  {
    name: '"Alleen op Europese servers" zegt of gegevens de EER verlaten',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Onze ledenlijst staat versleuteld en alleen op Europese servers.'),
  },
  {
    name: '"Geen besluiten op basis van geautomatiseerde verwerkingen" zegt of er geautomatiseerde besluitvorming is',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('De club neemt geen besluiten op basis van geautomatiseerde verwerkingen over zaken die gevolgen voor u hebben.'),
  },
  {
    name: 'Foto\'s op sociale media plaatsen is geen bron van gegevens, dus de herkomst is niet van toepassing',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Met uw toestemming plaatsen wij foto\'s van onze activiteiten op sociale media.'),
  },
  {
    name: '"Het beheren van sociale media" is geen bron van gegevens',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('', 'Wij gebruiken uw gegevens voor:', '', '- het beheren van sociale media met foto\'s van de club'),
  },
  {
    name: '"Afkomstig van openbare bronnen, namelijk het handelsregister" (art. 14 lid 2 onder f) noemt de bron',
    id: 'data-sources',
    expected: 'present',
    text: notice('De gegevens van zakelijke contactpersonen zijn afkomstig van openbare bronnen, namelijk het handelsregister.'),
  },
];

/** Woorden van zorgvuldige verklaringen die niet die van de AVG zijn. */
const wordingCases: Case[] = [
  {
    name: '"Dan kunt u zich wenden tot de toezichthouder, de Autoriteit Persoonsgegevens" is het klachtrecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u zich wenden tot de toezichthouder, de Autoriteit Persoonsgegevens.'),
  },
  {
    name: '"Toestemming; die kunt u altijd weer intrekken" zegt dat toestemming kan worden ingetrokken',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice('Voor de nieuwsbrief vragen wij uw toestemming; die kunt u altijd weer intrekken via de link in de nieuwsbrief.'),
  },
  {
    name: '"De verwerking tijdelijk stil te zetten" beschrijft het recht op beperking',
    id: 'right-restriction',
    expected: 'present',
    text: notice('## Uw rechten', '', 'U kunt ons vragen de verwerking tijdelijk stil te zetten.'),
  },
  {
    name: 'Een voetbalvereniging met een e-mailadres noemt de verwerkingsverantwoordelijke',
    id: 'controller-identity',
    expected: 'present',
    text: notice('Voetbalvereniging De Meeuwen gebruikt de gegevens van haar leden voor de ledenadministratie. Het bestuur is bereikbaar via bestuur@demeeuwen.example.'),
  },
  {
    // Session 17: one convention in the four languages, a word of need ("nodig", "noodzakelijk"), as
    // nl-koper's gold; a purpose alone ("gebruikt om ... te kunnen") says no more than en "used to be able to".
    name: 'Gevraagde gegevens die "gebruikt worden om de dienst uit te kunnen voeren" zeggen niet of u ze moet verstrekken',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wanneer u zich aanmeldt, vragen we u om persoonsgegevens te verstrekken. Deze gegevens worden gebruikt om de dienst uit te kunnen voeren.'),
  },
  {
    name: 'Een doel "om uw bestelling te kunnen leveren" zonder te zeggen dat u gegevens verstrekt, zegt niet of dat moet',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wij gebruiken uw adres om uw bestelling te kunnen leveren.'),
  },
  {
    name: '„Nodig om de overeenkomst met u uit te voeren” noemt de overeenkomst als grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wij hebben uw adres nodig om de overeenkomst met u uit te voeren.'),
  },
  {
    name: 'Alleen een doel („om uw pakket te bezorgen”) noemt geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wij gebruiken uw adres om uw pakket te bezorgen.'),
  },
  {
    name: 'Een webhoster die de gegevens „in onze opdracht” bewaart is een ontvanger',
    id: 'recipients',
    expected: 'present',
    text: notice('Onze website staat bij een externe webhoster, die de gegevens in onze opdracht bewaart.'),
  },
  {
    name: 'Gegevens die alleen gebruikt worden om vragen te beantwoorden noemen geen ontvanger',
    id: 'recipients',
    expected: 'missing',
    text: notice('Wij gebruiken uw e-mailadres om uw vragen te beantwoorden.'),
  },
  {
    name: '„In Nederland opgeslagen” zegt waar de gegevens blijven',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Alle gegevens worden uitsluitend in Nederland opgeslagen.'),
  },
  {
    name: '„Gevestigd in Nederland” zegt niets over waar de gegevens blijven',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Wij zijn een webwinkel die gevestigd is in Nederland.'),
  },
  {
    name: '„De verwerking is gebaseerd op uw toestemming” noemt toestemming als grondslag, dus intrekken moet genoemd worden',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Wij sturen u onze nieuwsbrief. De verwerking is gebaseerd op uw toestemming.'),
  },
  {
    name: '„Berust op de overeenkomst met u” noemt de overeenkomst als grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wij bewaren uw afleveradres. Deze verwerking berust op de overeenkomst met u.'),
  },
  {
    name: 'Een hostingpartij die gegevens bewaart „op basis van een verwerkersovereenkomst” noemt geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Op basis van een verwerkersovereenkomst bewaart onze hostingpartij de gegevens.'),
  },
  {
    name: 'Prijzen die „gebaseerd zijn op de kosten” noemen geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wij bewaren uw afleveradres. Onze prijzen zijn gebaseerd op de kosten van het materiaal.'),
  },
  {
    name: '„Deze website wordt beheerd door” een zaak met adres en e-mail noemt de verwerkingsverantwoordelijke',
    id: 'controller-identity',
    expected: 'present',
    text: notice('Deze website wordt beheerd door Fietsenmakerij De Spaak, Molenweg 10, 5611 AB Eindhoven. E-mail: info@despaak.example'),
  },
  {
    name: 'Gegevens die „beheerd worden door onze hostingpartij”, met een e-mailadres, noemen de verantwoordelijke niet',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('De gegevens worden beheerd door onze hostingpartij. Vragen? Mail naar info@site.example'),
  },
  {
    name: '„In een machineleesbaar formaat ontvangen” (onverbogen) is het recht op overdraagbaarheid',
    id: 'right-portability',
    expected: 'present',
    text: notice('', '## Uw rechten', '', 'U heeft het recht om:', '', '- uw gegevens in te zien', '- ze in een machineleesbaar formaat te ontvangen'),
  },
  {
    name: 'Een machineleesbare factuur is niet het recht op overdraagbaarheid',
    id: 'right-portability',
    expected: 'missing',
    text: notice('Wij sturen u een machineleesbare factuur per e-mail.'),
  },
  {
    name: '„Met uw instemming” noemt toestemming als grondslag',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wij sturen u de nieuwsbrief. Wij doen dit met uw instemming.'),
  },
  {
    name: '„Met instemming van het bestuur” noemt geen grondslag',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wij sturen u de nieuwsbrief. De inhoud verschijnt met instemming van het bestuur.'),
  },
];

describe('Dutch detectors', () => {
  runCases('nl', cases);
  runCases('nl', moreCases);
  runCases('nl', wordingCases);

  it('covers every checklist id with a present (or problem) case and a missing (or none) case', () => {
    const ids = new Set(cases.map((c) => c.id));
    assert.equal(ids.size, 27);
    for (const id of ids) {
      const expected = new Set(cases.filter((c) => c.id === id).map((c) => c.expected));
      assert.ok(expected.has('present') || expected.has('problem'), `${id} has a positive case`);
      assert.ok(expected.has('missing') || expected.has('none'), `${id} has a negative case`);
    }
  });

  it('reads "wij geven uw gegevens niet door buiten de EER" as a transfers statement with nothing to safeguard', () => {
    const a = analyze(notice('Wij geven uw persoonsgegevens niet door aan landen buiten de EER.'), 'nl');
    assert.equal(statusOf(a, 'transfers-statement'), 'present');
    assert.equal(statusOf(a, 'transfer-safeguards'), 'not-applicable');
  });

  it('finds the same items in a plain-text privacyverklaring as in the Markdown one', () => {
    const lines = [
      'Privacyverklaring',
      '',
      'Bakkerij De Molen B.V., Dorpsstraat 12, 3811 AB Amersfoort, is verantwoordelijk voor de verwerking van uw gegevens. Mail ons via privacy@demolen.example.',
      '',
      'Uw rechten',
      '',
      'U heeft het recht van inzage, het recht op rectificatie en het recht op gegevenswissing.',
    ];
    const md = analyze(joinLines('# ' + lines[0], ...lines.slice(1, 4), '## ' + lines[4], ...lines.slice(5)), 'nl', 'markdown');
    const txt = analyze(joinLines(...lines), 'nl', 'plaintext');
    for (const id of ['controller-identity', 'right-access', 'right-rectification', 'right-erasure', 'right-object'] as const) {
      assert.equal(statusOf(txt, id), statusOf(md, id), id);
    }
  });

  it('takes a document titled "Privacyverklaring" for a privacy notice', () => {
    assert.equal(analyze(notice('Wij gebruiken uw e-mailadres om u onze nieuwsbrief te sturen.'), 'nl').looksLikeNotice, true);
  });

  it('does not take a Dutch recipe for a privacy notice', () => {
    const a = analyzeDocument(
      joinLines(
        '# Oma\'s tomatensoep',
        '',
        'Een eenvoudige soep voor vier personen. Het kost ongeveer veertig minuten.',
        '',
        '## Ingrediënten',
        '',
        '- 1 kg rijpe tomaten',
        '- 1 ui',
        '',
        '## Bereiding',
        '',
        'Snipper de ui en bak die in olijfolie. Voeg de tomaten toe en laat het twintig minuten zachtjes koken. Pureer de soep en breng op smaak.',
      ),
      { language: 'auto', format: 'markdown' },
    );
    assert.equal(a.language, 'nl');
    assert.equal(a.looksLikeNotice, false);
  });
});
