/**
 * Nederlandse hoverteksten: de grondslagen van art. 6 lid 1 AVG, de rechten van de betrokkene
 * (art. 7 lid 3, 15-21, 77) en wat de artikelen van de AVG inhouden, samengevat naar de
 * Nederlandse tekst van de verordening. Geschikt voor Nederland en Vlaanderen.
 */
import type { HoverTable, RightHover } from './types';

/** Hoe de verwerkingsverantwoordelijke een verzoek op grond van art. 15-21 moet beantwoorden (art. 12 lid 3-5). */
const ANSWER =
  'Onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek. Afhankelijk van de complexiteit en het aantal verzoeken kan die termijn met nog eens twee maanden worden verlengd, mits de betrokkene binnen een maand van de verlenging en de redenen daarvan in kennis wordt gesteld (art. 12 lid 3). In beginsel kosteloos; een kennelijk ongegrond of buitensporig verzoek mag worden geweigerd of tegen een redelijke vergoeding worden behandeld, wat de verwerkingsverantwoordelijke moet kunnen aantonen (art. 12 lid 5). Een weigering moet worden gemotiveerd, met vermelding van de mogelijkheid een klacht in te dienen en naar de rechter te stappen (art. 12 lid 4).';

const rights: HoverTable['rights'] = {
  access: {
    title: 'Recht van inzage',
    provision: { article: 15 },
    rule: 'right-access',
    gives: 'De betrokkene krijgt uitsluitsel over de vraag of zijn persoonsgegevens worden verwerkt en zo ja, een kopie daarvan, met de doeleinden, de categorieën van gegevens, de ontvangers, de bewaartermijn, de herkomst, zijn overige rechten en eventuele geautomatiseerde besluitvorming (art. 15 lid 1 en 3).',
    limits: 'De kopie mag geen afbreuk doen aan de rechten en vrijheden van anderen, zoals persoonsgegevens van derden of bedrijfsgeheimen (art. 15 lid 4). Voor extra kopieën mag een redelijke vergoeding op basis van de administratieve kosten worden gevraagd (art. 15 lid 3). Het Unierecht of het nationale recht kan het recht in bepaalde gevallen beperken (art. 23; in Nederland art. 41 UAVG).',
    answer: ANSWER,
  },
  rectification: {
    title: 'Recht op rectificatie',
    provision: { article: 16 },
    rule: 'right-rectification',
    gives: 'De betrokkene kan onjuiste persoonsgegevens over zichzelf onverwijld laten rectificeren en onvolledige gegevens laten aanvullen, zo nodig met een aanvullende verklaring (art. 16).',
    limits: 'Het gaat om gegevens die onjuist of onvolledig zijn gelet op de doeleinden van de verwerking. De verwerkingsverantwoordelijke mag de juistheid eerst controleren; in de tussentijd kan de betrokkene om beperking van de verwerking vragen (art. 18 lid 1 onder a). Ontvangers van de gegevens moeten van de rectificatie op de hoogte worden gebracht, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt (art. 19).',
    answer: ANSWER,
  },
  erasure: {
    title: 'Recht op gegevenswissing („recht op vergetelheid”)',
    provision: { article: 17 },
    rule: 'right-erasure',
    gives: 'De betrokkene kan zijn persoonsgegevens onverwijld laten wissen wanneer die bijvoorbeeld niet langer nodig zijn voor het doel, hij de toestemming intrekt waarop de verwerking berust, zijn bezwaar slaagt, of de gegevens onrechtmatig zijn verwerkt (art. 17 lid 1). Zijn de gegevens openbaar gemaakt, dan moet de verwerkingsverantwoordelijke redelijke maatregelen nemen om andere verwerkingsverantwoordelijken die ze verwerken op de hoogte te brengen (art. 17 lid 2).',
    limits: 'Het recht is niet absoluut. Het geldt niet voor zover de verwerking nodig is voor de vrijheid van meningsuiting en informatie, om te voldoen aan een wettelijke verplichting (zoals de fiscale bewaarplicht voor de administratie) of voor een taak van algemeen belang, om redenen van volksgezondheid, voor archivering, wetenschappelijk of historisch onderzoek of statistiek, of voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 17 lid 3).',
    answer: ANSWER,
  },
  restriction: {
    title: 'Recht op beperking van de verwerking',
    provision: { article: 18 },
    rule: 'right-restriction',
    gives: 'De gegevens worden bewaard maar verder niet gebruikt zolang de juistheid wordt gecontroleerd of een bezwaar wordt beoordeeld, wanneer de verwerking onrechtmatig is maar de betrokkene beperking verkiest boven wissing, of wanneer de verwerkingsverantwoordelijke de gegevens niet meer nodig heeft maar de betrokkene ze nodig heeft voor een rechtsvordering (art. 18 lid 1).',
    limits: 'Alleen in die vier gevallen. Zolang de beperking geldt, mogen de gegevens worden opgeslagen en verder alleen worden verwerkt met toestemming van de betrokkene, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (art. 18 lid 2). De betrokkene moet worden ingelicht voordat de beperking wordt opgeheven (art. 18 lid 3).',
    answer: ANSWER,
  },
  object: {
    title: 'Recht van bezwaar',
    provision: { article: 21 },
    rule: 'right-object',
    gives: 'De betrokkene kan op grond van zijn specifieke situatie bezwaar maken tegen verwerking op basis van een taak van algemeen belang of een gerechtvaardigd belang (art. 6 lid 1 onder e of f), profilering daaronder begrepen (art. 21 lid 1), en kan te allen tijde bezwaar maken tegen het gebruik van zijn gegevens voor direct marketing (art. 21 lid 2 en 3).',
    limits: 'Tegen verwerking voor een taak van algemeen belang of een gerechtvaardigd belang mag de verwerkingsverantwoordelijke alleen doorgaan als hij dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan de belangen, rechten en vrijheden van de betrokkene, of als de verwerking nodig is voor een rechtsvordering (art. 21 lid 1). Bezwaar tegen direct marketing is absoluut (art. 21 lid 3). Het recht geldt niet voor verwerking op basis van toestemming (die wordt ingetrokken), een overeenkomst of een wettelijke verplichting. Uiterlijk bij het eerste contact moet de betrokkene uitdrukkelijk op dit recht worden gewezen, duidelijk en gescheiden van andere informatie (art. 21 lid 4).',
    answer: ANSWER,
  },
  portability: {
    title: 'Recht op overdraagbaarheid van gegevens',
    provision: { article: 20 },
    rule: 'right-portability',
    gives: 'De betrokkene kan de persoonsgegevens die hij zelf heeft verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen, en ze laten doorzenden aan een andere verwerkingsverantwoordelijke, waar technisch mogelijk rechtstreeks (art. 20 lid 1 en 2).',
    limits: 'Alleen als de verwerking berust op toestemming of op een overeenkomst en via geautomatiseerde procedés wordt verricht (art. 20 lid 1); niet bij verwerking voor een taak van algemeen belang (art. 20 lid 3). Het recht omvat de gegevens die de betrokkene heeft verstrekt, ook gegevens die uit zijn gebruik van een dienst zijn waargenomen, maar niet wat de verwerkingsverantwoordelijke daaruit heeft afgeleid, en het mag geen afbreuk doen aan de rechten en vrijheden van anderen (art. 20 lid 4).',
    answer: ANSWER,
  },
  'withdraw-consent': {
    title: 'Recht om toestemming in te trekken',
    provision: { article: 7, paragraph: 3 },
    rule: 'right-withdraw-consent',
    gives: 'De betrokkene kan zijn toestemming te allen tijde intrekken, en intrekken moet even eenvoudig zijn als toestemming geven. De verwerking op basis van die toestemming moet dan stoppen, en de gegevens moeten worden gewist tenzij er een andere grondslag is (art. 17 lid 1 onder b).',
    limits: 'De intrekking maakt de verwerking vóór de intrekking niet onrechtmatig (art. 7 lid 3). Zij raakt alleen verwerking op basis van toestemming; verwerking op een andere grondslag, zoals een wettelijke verplichting, kan doorgaan.',
    answer: 'Geef er direct gevolg aan. Er is geen reden voor nodig, en intrekken mag de betrokkene niets kosten of benadelen (overweging 42). De betrokkene moet vóór het geven van toestemming op dit recht worden gewezen (art. 7 lid 3).',
  },
  complaint: {
    title: 'Recht om een klacht in te dienen bij een toezichthoudende autoriteit',
    provision: { article: 77 },
    rule: 'right-complaint',
    gives: 'De betrokkene kan een klacht indienen bij een toezichthoudende autoriteit als hij meent dat de verwerking van zijn gegevens in strijd is met de AVG, met name in de lidstaat waar hij woont of werkt of waar de inbreuk plaatsvond (art. 77 lid 1): in Nederland de Autoriteit Persoonsgegevens, in België de Gegevensbeschermingsautoriteit.',
    limits: 'De betrokkene hoeft daarvoor niet eerst bij de verwerkingsverantwoordelijke te klagen, en andere rechtsmiddelen blijven open, zoals een procedure bij de rechter tegen de verwerkingsverantwoordelijke (art. 79). De privacyverklaring moet dit recht altijd vermelden, ongeacht de grondslag (art. 13 lid 2 onder d, art. 14 lid 2 onder e).',
    answer: 'De toezichthoudende autoriteit behandelt de klacht, niet de verwerkingsverantwoordelijke. Zij houdt de betrokkene op de hoogte van de voortgang en het resultaat; behandelt zij de klacht niet of laat zij binnen drie maanden niets weten, dan kan de betrokkene tegen haar naar de rechter (art. 77 lid 2, art. 78 lid 2). De verwerkingsverantwoordelijke werkt mee met de toezichthoudende autoriteit (art. 31).',
  },
} satisfies Record<string, RightHover>;

export const nl: HoverTable = {
  lang: 'nl',
  labels: {
    mustAlsoSay: 'De privacyverklaring moet dan ook vermelden',
    thisNotice: 'Deze privacyverklaring',
    does: 'vermeldt dit',
    doesNot: 'vermeldt dit nog niet',
    gives: 'Wat het de betrokkene geeft',
    limits: 'Grenzen',
    answer: 'Hoe de verwerkingsverantwoordelijke moet reageren',
    onEurLex: '{cite} {law} op EUR-Lex',
    line: 'regel {line}',
    covers: 'Deze sectie behandelt',
    missingHere: 'Hoort in deze sectie, maar ontbreekt',
    subsectionsCover: 'De subsecties behandelen',
    underSection: 'onder „{title}”',
    namedInHeading: 'genoemd in de kop van deze sectie',
    namedInSubheading: 'genoemd in de kop „{title}”',
    coversNothing: 'In de eigen tekst van deze sectie is geen onderdeel van de AVG-checklist gevonden.',
    section: 'Sectie „{title}”',
    legalBasis: 'Grondslag',
    legalBasisText: 'Persoonsgegevens mogen alleen worden verwerkt op een van de zes grondslagen van art. 6 lid 1 {law}: toestemming, een overeenkomst, een wettelijke verplichting, een vitaal belang, een taak van algemeen belang of een gerechtvaardigd belang. De privacyverklaring moet per doel de grondslag vermelden (art. 13 lid 1 onder c, art. 14 lid 1 onder c), zodat de lezer kan zien welke rechten gelden.',
    groundsHere: 'Grondslagen in deze privacyverklaring',
    noGroundsHere: 'De privacyverklaring noemt nog geen grondslag van art. 6 lid 1.',
    articleRange: 'Artikelen {from} tot en met {to} {law}',
    articleUnknown: 'Policy Author heeft geen samenvatting van dit artikel; lees het op EUR-Lex.',
    quote: '„{text}”',
    definition: 'art. 4 punt {n}',
  },

  grounds: {
    consent: {
      title: 'Toestemming',
      provision: { article: 6, paragraph: 1, point: 'a' },
      requires: 'De betrokkene heeft toestemming gegeven voor de verwerking voor een of meer specifieke doeleinden. Toestemming telt alleen als zij vrij, specifiek, geïnformeerd en ondubbelzinnig is: een duidelijke actieve handeling, zoals het aanvinken van een leeg vakje, en nooit stilzwijgen, een vooraf aangevinkt vakje of voortgezet gebruik (art. 4 punt 11, art. 7). De verwerkingsverantwoordelijke moet kunnen aantonen dat toestemming is gegeven (art. 7 lid 1), en toestemming is in de regel niet vrij gegeven als een dienst afhankelijk wordt gemaakt van een verwerking die daarvoor niet nodig is (art. 7 lid 4).',
      consequences: [
        { rule: 'right-withdraw-consent', text: 'dat de toestemming te allen tijde kan worden ingetrokken, even eenvoudig als zij is gegeven, zonder dat dit afbreuk doet aan de verwerking vóór de intrekking (art. 7 lid 3, art. 13 lid 2 onder c)' },
      ],
    },
    contract: {
      title: 'Uitvoering van een overeenkomst',
      provision: { article: 6, paragraph: 1, point: 'b' },
      requires: 'De verwerking is noodzakelijk voor de uitvoering van een overeenkomst waarbij de betrokkene partij is, of om op zijn verzoek vóór het sluiten daarvan maatregelen te nemen (zoals het opstellen van een offerte). „Noodzakelijk” is strikt: zonder de verwerking kan de overeenkomst niet worden uitgevoerd. Marketing, analyse en profilering vallen daar zelden onder (EDPB-richtsnoeren 2/2019).',
      consequences: [
        { rule: 'statutory-requirement', text: 'of het verstrekken van de gegevens een contractuele verplichting is of noodzakelijk om de overeenkomst te sluiten, en wat de gevolgen zijn als de betrokkene de gegevens niet verstrekt (art. 13 lid 2 onder e)' },
      ],
    },
    'legal-obligation': {
      title: 'Wettelijke verplichting',
      provision: { article: 6, paragraph: 1, point: 'c' },
      requires: 'De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke rust op grond van Unierecht of lidstatelijk recht (art. 6 lid 3), zoals de fiscale bewaarplicht voor de administratie. Een contractuele plicht of het recht van een land buiten de EU telt niet.',
      consequences: [
        { rule: 'statutory-requirement', text: 'of het verstrekken van de gegevens een wettelijke verplichting is, en wat de gevolgen zijn als de betrokkene de gegevens niet verstrekt (art. 13 lid 2 onder e)' },
      ],
    },
    'vital-interests': {
      title: 'Vitaal belang',
      provision: { article: 6, paragraph: 1, point: 'd' },
      requires: 'De verwerking is noodzakelijk om het leven of de lichamelijke integriteit van de betrokkene of van een ander te beschermen, doorgaans in een medisch noodgeval. Voor het vitale belang van een ander wordt deze grondslag in beginsel alleen gebruikt als geen andere grondslag past (overweging 46).',
      consequences: [],
    },
    'public-task': {
      title: 'Taak van algemeen belang of openbaar gezag',
      provision: { article: 6, paragraph: 1, point: 'e' },
      requires: 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan de verwerkingsverantwoordelijke is opgedragen, vastgelegd in Unierecht of lidstatelijk recht (art. 6 lid 3). Het is vooral een grondslag voor overheidsorganen en organisaties met een wettelijke taak.',
      consequences: [
        { rule: 'right-object', text: 'het recht van bezwaar op grond van de specifieke situatie van de betrokkene, uitdrukkelijk vermeld, duidelijk en gescheiden van andere informatie (art. 21 lid 1 en 4)' },
      ],
    },
    'legitimate-interests': {
      title: 'Gerechtvaardigd belang',
      provision: { article: 6, paragraph: 1, point: 'f' },
      requires: 'De verwerking is noodzakelijk voor de behartiging van een gerechtvaardigd belang van de verwerkingsverantwoordelijke of van een derde, en de belangen of grondrechten van de betrokkene wegen niet zwaarder dan dat belang, met name wanneer de betrokkene een kind is. Dat vraagt drie stappen, die de verwerkingsverantwoordelijke hoort vast te leggen: een werkelijk en rechtmatig belang, noodzakelijkheid en een belangenafweging. Overheidsinstanties kunnen zich er bij de uitvoering van hun taken niet op beroepen.',
      consequences: [
        { rule: 'legitimate-interests', text: 'welke gerechtvaardigde belangen worden behartigd (art. 13 lid 1 onder d, art. 14 lid 2 onder b)' },
        { rule: 'right-object', text: 'het recht van bezwaar, uitdrukkelijk onder de aandacht van de lezer gebracht, duidelijk en gescheiden van andere informatie (art. 21 lid 1 en 4)' },
      ],
    },
  },

  rights,

  basisTerms: ['grondslag(en)?', 'rechtsgrond(en)?', 'wettelijke grondslag(en)?', '(wettelijke|juridische) basis'],
  groundTerms: {
    consent: ['toestemming'],
    contract: ['(uitvoering|uitvoeren|nakoming) van (de |een |onze |uw )?(overeenkomst|contract)'],
  },
  rightTerms: {
    complaint: ['(een )?klacht (\\S+ ){0,4}(indienen|in te dienen)', 'recht (om|op het indienen van) een klacht'],
    'withdraw-consent': ['toestemming (\\S+ ){0,3}(intrekken|in te trekken)', 'intrekken van (uw |je |de )?toestemming'],
    access: ['recht (op|van) inzage'],
  },

  articles: {
    4: {
      title: 'Definities',
      summary: 'Definieert de begrippen van de verordening, waaronder persoonsgegevens, verwerking, profilering, verwerkingsverantwoordelijke, verwerker, ontvanger, derde, toestemming en inbreuk in verband met persoonsgegevens.',
      parts: {
        1: '„Persoonsgegevens”: alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon, die direct of indirect kan worden geïdentificeerd, bijvoorbeeld aan de hand van een naam, een identificatienummer, locatiegegevens of een online identificator.',
        2: '„Verwerking”: elke bewerking van persoonsgegevens, zoals verzamelen, vastleggen, opslaan, gebruiken, verstrekken, combineren of wissen.',
        4: '„Profilering”: elke vorm van geautomatiseerde verwerking waarbij persoonsgegevens worden gebruikt om persoonlijke aspecten te evalueren, met name om beroepsprestaties, economische situatie, gezondheid, voorkeuren, interesses, betrouwbaarheid, gedrag, locatie of verplaatsingen te analyseren of te voorspellen.',
        7: 'De „verwerkingsverantwoordelijke” is degene die, alleen of samen met anderen, het doel van en de middelen voor de verwerking vaststelt.',
        8: 'De „verwerker” verwerkt persoonsgegevens ten behoeve van de verwerkingsverantwoordelijke.',
        9: 'Een „ontvanger” is degene aan wie persoonsgegevens worden verstrekt, al dan niet een derde.',
        10: 'Een „derde” is ieder ander dan de betrokkene, de verwerkingsverantwoordelijke, de verwerker en de personen die onder hun rechtstreeks gezag gemachtigd zijn de gegevens te verwerken.',
        11: '„Toestemming”: elke vrije, specifieke, geïnformeerde en ondubbelzinnige wilsuiting waarmee de betrokkene door middel van een verklaring of een ondubbelzinnige actieve handeling met de verwerking van zijn gegevens instemt.',
        12: 'Een „inbreuk in verband met persoonsgegevens” (datalek) is een inbreuk op de beveiliging die leidt tot vernietiging, verlies, wijziging, ongeoorloofde verstrekking van of ongeoorloofde toegang tot persoonsgegevens.',
      },
    },
    5: {
      title: 'Beginselen inzake verwerking van persoonsgegevens',
      summary: 'Elke verwerking moet rechtmatig, behoorlijk en transparant zijn, gebonden aan welbepaalde doeleinden, beperkt tot het noodzakelijke, juist, niet langer bewaard dan nodig en beveiligd. De verwerkingsverantwoordelijke is verantwoordelijk voor de naleving en moet die kunnen aantonen (verantwoordingsplicht).',
      parts: {
        '1(a)': 'Rechtmatigheid, behoorlijkheid en transparantie: gegevens worden rechtmatig, behoorlijk en transparant verwerkt.',
        '1(b)': 'Doelbinding: gegevens worden voor welbepaalde, uitdrukkelijk omschreven en gerechtvaardigde doeleinden verzameld en niet verder verwerkt op een manier die daarmee onverenigbaar is.',
        '1(c)': 'Minimale gegevensverwerking: gegevens zijn toereikend, ter zake dienend en beperkt tot wat noodzakelijk is voor de doeleinden.',
        '1(d)': 'Juistheid: gegevens zijn juist en worden zo nodig bijgewerkt; onjuiste gegevens worden onverwijld gewist of gerectificeerd.',
        '1(e)': 'Opslagbeperking: gegevens worden niet langer in een vorm die identificatie mogelijk maakt bewaard dan nodig is voor de doeleinden.',
        '1(f)': 'Integriteit en vertrouwelijkheid: gegevens worden door passende beveiliging beschermd tegen ongeoorloofde of onrechtmatige verwerking, verlies, vernietiging of beschadiging.',
        2: 'Verantwoordingsplicht: de verwerkingsverantwoordelijke is verantwoordelijk voor de naleving van deze beginselen en kan die aantonen.',
      },
    },
    6: {
      title: 'Rechtmatigheid van de verwerking',
      summary: 'Een verwerking is alleen rechtmatig als ten minste een van zes grondslagen van toepassing is: toestemming, een overeenkomst, een wettelijke verplichting, een vitaal belang, een taak van algemeen belang of een gerechtvaardigd belang (art. 6 lid 1). De grondslag voor een wettelijke verplichting of een taak van algemeen belang moet in Unierecht of lidstatelijk recht zijn vastgelegd (art. 6 lid 3); lid 4 regelt het gebruik van gegevens voor een nieuw doel.',
      parts: {
        1: 'De verwerking is alleen rechtmatig indien en voor zover ten minste een van de voorwaarden onder a tot en met f is vervuld.',
        '1(a)': 'De betrokkene heeft toestemming gegeven voor de verwerking voor een of meer specifieke doeleinden.',
        '1(b)': 'De verwerking is noodzakelijk voor de uitvoering van een overeenkomst waarbij de betrokkene partij is, of om op zijn verzoek vóór de sluiting van een overeenkomst maatregelen te nemen.',
        '1(c)': 'De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke rust.',
        '1(d)': 'De verwerking is noodzakelijk om de vitale belangen van de betrokkene of van een andere natuurlijke persoon te beschermen.',
        '1(e)': 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan de verwerkingsverantwoordelijke is opgedragen.',
        '1(f)': 'De verwerking is noodzakelijk voor de behartiging van de gerechtvaardigde belangen van de verwerkingsverantwoordelijke of van een derde, behalve wanneer de belangen of grondrechten van de betrokkene zwaarder wegen, met name wanneer de betrokkene een kind is. Overheidsinstanties kunnen zich er bij de uitvoering van hun taken niet op beroepen.',
        3: 'De rechtsgrond voor de verwerking onder c en e wordt vastgesteld bij Unierecht of lidstatelijk recht.',
        4: 'Of gegevens zonder toestemming of wettelijke grondslag voor een ander doel mogen worden gebruikt dan waarvoor zij zijn verzameld, hangt af van de verenigbaarheid van de doeleinden, beoordeeld naar hun verband, de context, de aard van de gegevens, de gevolgen en de waarborgen.',
      },
    },
    7: {
      title: 'Voorwaarden voor toestemming',
      summary: 'Berust de verwerking op toestemming, dan moet de verwerkingsverantwoordelijke kunnen aantonen dat die is gegeven; een verzoek om toestemming is duidelijk te onderscheiden, begrijpelijk en in duidelijke taal; toestemming kan te allen tijde worden ingetrokken; en zij is in de regel niet vrij gegeven als een overeenkomst afhankelijk wordt gemaakt van een verwerking die daarvoor niet nodig is.',
      parts: {
        1: 'De verwerkingsverantwoordelijke moet kunnen aantonen dat de betrokkene toestemming heeft gegeven.',
        2: 'Een verzoek om toestemming in een schriftelijke verklaring die ook over andere aangelegenheden gaat, wordt duidelijk onderscheiden van die andere aangelegenheden, in een begrijpelijke en gemakkelijk toegankelijke vorm en in duidelijke en eenvoudige taal.',
        3: 'De betrokkene kan zijn toestemming te allen tijde intrekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking; hij wordt daarover vóór het geven van toestemming ingelicht, en intrekken is even eenvoudig als toestemming geven.',
        4: 'Bij de beoordeling of toestemming vrij is gegeven, wordt er zoveel mogelijk rekening mee gehouden of de uitvoering van een overeenkomst afhankelijk is gesteld van toestemming voor een verwerking die daarvoor niet noodzakelijk is.',
      },
    },
    8: {
      title: 'Voorwaarden voor toestemming van kinderen met betrekking tot diensten van de informatiemaatschappij',
      summary: 'Wordt een onlinedienst rechtstreeks aan een kind aangeboden en berust de verwerking op toestemming, dan is de toestemming van het kind zelf geldig vanaf 16 jaar; daaronder geeft of machtigt de ouder. Lidstaten mogen een lagere leeftijd vaststellen, niet lager dan 13 jaar.',
    },
    9: {
      title: 'Verwerking van bijzondere categorieën van persoonsgegevens',
      summary: 'De verwerking van gegevens waaruit ras of etnische afkomst, politieke opvattingen, religieuze of levensbeschouwelijke overtuigingen of het lidmaatschap van een vakbond blijken, en van genetische gegevens, biometrische gegevens voor identificatie, gezondheidsgegevens en gegevens over seksueel gedrag of seksuele gerichtheid is verboden (art. 9 lid 1), tenzij een uitzondering van art. 9 lid 2 van toepassing is. Daarnaast is een grondslag van art. 6 lid 1 nodig.',
      parts: {
        1: 'De verwerking van bijzondere categorieën van persoonsgegevens is verboden.',
        2: 'Het verbod geldt niet in de gevallen onder a tot en met j.',
        '2(a)': 'De betrokkene heeft uitdrukkelijke toestemming gegeven voor een of meer welbepaalde doeleinden, tenzij het Unierecht of lidstatelijk recht bepaalt dat het verbod niet door toestemming kan worden opgeheven.',
        '2(b)': 'De verwerking is noodzakelijk voor verplichtingen en rechten op het gebied van het arbeidsrecht, het socialezekerheidsrecht en het socialebeschermingsrecht, voor zover toegestaan bij wet of collectieve overeenkomst met passende waarborgen.',
        '2(c)': 'De verwerking is noodzakelijk om de vitale belangen van de betrokkene of van een ander te beschermen, wanneer de betrokkene fysiek of juridisch niet in staat is toestemming te geven.',
        '2(d)': 'De verwerking gebeurt door een stichting, vereniging of andere instantie zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel, over haar leden of vaste contacten, en de gegevens worden zonder toestemming niet buiten die instantie verstrekt.',
        '2(e)': 'De gegevens zijn kennelijk door de betrokkene openbaar gemaakt.',
        '2(f)': 'De verwerking is noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering, of wanneer gerechten handelen in het kader van hun rechtsbevoegdheid.',
        '2(g)': 'De verwerking is noodzakelijk om redenen van zwaarwegend algemeen belang, op grond van Unierecht of lidstatelijk recht dat evenredig is en passende waarborgen biedt.',
        '2(h)': 'De verwerking is noodzakelijk voor preventieve of arbeidsgeneeskunde, medische diagnosen, gezondheidszorg of sociale diensten of behandelingen, door of onder verantwoordelijkheid van een beroepsbeoefenaar met een geheimhoudingsplicht.',
        '2(i)': 'De verwerking is noodzakelijk om redenen van algemeen belang op het gebied van de volksgezondheid, zoals bescherming tegen ernstige grensoverschrijdende gezondheidsgevaren of het waarborgen van de kwaliteit en veiligheid van de gezondheidszorg, geneesmiddelen of medische hulpmiddelen.',
        '2(j)': 'De verwerking is noodzakelijk met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek, met de waarborgen van art. 89 lid 1.',
      },
    },
    10: {
      title: 'Verwerking van persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten',
      summary: 'Gegevens over strafrechtelijke veroordelingen en strafbare feiten mogen alleen worden verwerkt onder toezicht van de overheid of wanneer het Unierecht of lidstatelijk recht dat met passende waarborgen toestaat.',
    },
    12: {
      title: 'Transparante informatie, communicatie en nadere regels voor de uitoefening van de rechten van de betrokkene',
      summary: 'De informatie van art. 13 en 14 en elk antwoord op een verzoek op grond van art. 15 tot en met 22 moeten beknopt, transparant, begrijpelijk en gemakkelijk toegankelijk zijn, in duidelijke en eenvoudige taal. Verzoeken worden onverwijld en binnen een maand beantwoord, met een mogelijke verlenging van twee maanden, en in beginsel kosteloos.',
      parts: {
        1: 'Informatie en communicatie aan de betrokkene zijn beknopt, transparant, begrijpelijk en gemakkelijk toegankelijk, in duidelijke en eenvoudige taal, in het bijzonder wanneer zij voor een kind bestemd zijn; schriftelijk of met andere middelen, waar passend elektronisch.',
        2: 'De verwerkingsverantwoordelijke faciliteert de uitoefening van de rechten en mag een verzoek alleen weigeren als hij de betrokkene niet kan identificeren.',
        3: 'De verwerkingsverantwoordelijke reageert onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek; afhankelijk van de complexiteit en het aantal verzoeken kan die termijn met twee maanden worden verlengd, mits de betrokkene binnen een maand van de verlenging en de redenen daarvan in kennis wordt gesteld.',
        4: 'Geeft de verwerkingsverantwoordelijke geen gevolg aan een verzoek, dan laat hij de betrokkene binnen een maand weten waarom niet, en dat deze een klacht kan indienen bij een toezichthoudende autoriteit en beroep kan instellen bij de rechter.',
        5: 'Informatie en maatregelen zijn kosteloos. Bij kennelijk ongegronde of buitensporige verzoeken, met name als zij repetitief zijn, mag de verwerkingsverantwoordelijke een redelijke vergoeding vragen of weigeren; hij moet aantonen dat het verzoek zo is.',
        6: 'Heeft de verwerkingsverantwoordelijke gegronde redenen om te twijfelen aan de identiteit van de verzoeker, dan mag hij om aanvullende informatie vragen om die te bevestigen.',
      },
    },
    13: {
      title: 'Te verstrekken informatie wanneer persoonsgegevens bij de betrokkene worden verzameld',
      summary: 'Worden persoonsgegevens bij de betrokkene zelf verzameld, dan vertelt de verwerkingsverantwoordelijke hem op dat moment wie hij is en hoe hij te bereiken is, de doeleinden en de grondslag, de ontvangers en eventuele doorgifte buiten de EER (art. 13 lid 1), en de bewaartermijn, zijn rechten, het recht om toestemming in te trekken, het klachtrecht, of hij de gegevens moet verstrekken, en eventuele geautomatiseerde besluitvorming (art. 13 lid 2).',
      parts: {
        1: 'Bij de verkrijging van de gegevens verstrekt de verwerkingsverantwoordelijke de informatie onder a tot en met f.',
        '1(a)': 'De identiteit en de contactgegevens van de verwerkingsverantwoordelijke en, in voorkomend geval, van zijn vertegenwoordiger.',
        '1(b)': 'In voorkomend geval, de contactgegevens van de functionaris voor gegevensbescherming.',
        '1(c)': 'De verwerkingsdoeleinden en de rechtsgrond voor de verwerking.',
        '1(d)': 'Als de verwerking berust op een gerechtvaardigd belang (art. 6 lid 1 onder f), de gerechtvaardigde belangen van de verwerkingsverantwoordelijke of van een derde.',
        '1(e)': 'In voorkomend geval, de ontvangers of categorieën van ontvangers van de gegevens.',
        '1(f)': 'In voorkomend geval, dat de verwerkingsverantwoordelijke de gegevens aan een derde land of internationale organisatie wil doorgeven, of er een adequaatheidsbesluit is, en anders welke passende waarborgen gelden en hoe een kopie ervan kan worden verkregen.',
        2: 'Tegelijk verstrekt de verwerkingsverantwoordelijke de aanvullende informatie onder a tot en met f die nodig is voor een behoorlijke en transparante verwerking.',
        '2(a)': 'De periode gedurende welke de gegevens worden opgeslagen of, als dat niet mogelijk is, de criteria om die termijn te bepalen.',
        '2(b)': 'Het recht om te verzoeken om inzage, rectificatie, wissing of beperking van de verwerking, het recht van bezwaar en het recht op gegevensoverdraagbaarheid.',
        '2(c)': 'Als de verwerking berust op toestemming (art. 6 lid 1 onder a of art. 9 lid 2 onder a), het recht de toestemming te allen tijde in te trekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking.',
        '2(d)': 'Het recht om een klacht in te dienen bij een toezichthoudende autoriteit.',
        '2(e)': 'Of het verstrekken van de gegevens een wettelijke of contractuele verplichting is of een noodzakelijke voorwaarde om een overeenkomst te sluiten, of de betrokkene verplicht is de gegevens te verstrekken, en wat de mogelijke gevolgen zijn als hij dat niet doet.',
        '2(f)': 'Het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering (art. 22 lid 1 en 4), en ten minste in die gevallen nuttige informatie over de onderliggende logica en het belang en de verwachte gevolgen ervan voor de betrokkene.',
        3: 'Wil de verwerkingsverantwoordelijke de gegevens voor een ander doel gebruiken, dan informeert hij de betrokkene vooraf over dat doel en verstrekt hij de relevante aanvullende informatie.',
        4: 'De verplichting geldt niet wanneer en voor zover de betrokkene de informatie al heeft.',
      },
    },
    14: {
      title: 'Te verstrekken informatie wanneer de persoonsgegevens niet van de betrokkene zijn verkregen',
      summary: 'Komen persoonsgegevens niet van de betrokkene zelf, dan verstrekt de verwerkingsverantwoordelijke hem de informatie van art. 13 en daarnaast de categorieën van gegevens en hun bron, binnen een redelijke termijn en uiterlijk binnen een maand (art. 14 lid 3), tenzij een uitzondering van art. 14 lid 5 van toepassing is.',
      parts: {
        1: 'De verwerkingsverantwoordelijke verstrekt de informatie onder a tot en met f.',
        '1(a)': 'De identiteit en de contactgegevens van de verwerkingsverantwoordelijke en, in voorkomend geval, van zijn vertegenwoordiger.',
        '1(b)': 'In voorkomend geval, de contactgegevens van de functionaris voor gegevensbescherming.',
        '1(c)': 'De verwerkingsdoeleinden en de rechtsgrond voor de verwerking.',
        '1(d)': 'De betrokken categorieën van persoonsgegevens.',
        '1(e)': 'In voorkomend geval, de ontvangers of categorieën van ontvangers van de gegevens.',
        '1(f)': 'In voorkomend geval, dat de verwerkingsverantwoordelijke de gegevens aan een derde land of internationale organisatie wil doorgeven, en welk adequaatheidsbesluit of welke waarborgen gelden.',
        2: 'Daarnaast verstrekt de verwerkingsverantwoordelijke de aanvullende informatie onder a tot en met g die nodig is voor een behoorlijke en transparante verwerking.',
        '2(a)': 'De periode gedurende welke de gegevens worden opgeslagen of, als dat niet mogelijk is, de criteria om die termijn te bepalen.',
        '2(b)': 'Als de verwerking berust op een gerechtvaardigd belang (art. 6 lid 1 onder f), de gerechtvaardigde belangen van de verwerkingsverantwoordelijke of van een derde.',
        '2(c)': 'Het recht om te verzoeken om inzage, rectificatie, wissing of beperking van de verwerking, het recht van bezwaar en het recht op gegevensoverdraagbaarheid.',
        '2(d)': 'Als de verwerking berust op toestemming, het recht de toestemming te allen tijde in te trekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking.',
        '2(e)': 'Het recht om een klacht in te dienen bij een toezichthoudende autoriteit.',
        '2(f)': 'De bron waar de gegevens vandaan komen en, in voorkomend geval, of zij afkomstig zijn van openbare bronnen.',
        '2(g)': 'Het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, en nuttige informatie over de onderliggende logica en het belang en de verwachte gevolgen ervan.',
        3: 'De informatie wordt verstrekt binnen een redelijke termijn na de verkrijging en uiterlijk binnen een maand; uiterlijk bij het eerste contact als de gegevens worden gebruikt om met de betrokkene te communiceren; uiterlijk bij de eerste verstrekking als de gegevens aan een andere ontvanger worden verstrekt.',
        4: 'Wil de verwerkingsverantwoordelijke de gegevens voor een ander doel gebruiken, dan informeert hij de betrokkene vooraf over dat doel.',
        5: 'De verplichting geldt niet als de betrokkene de informatie al heeft, als verstrekking onmogelijk blijkt of onevenredig veel inspanning zou vergen, als de verkrijging of verstrekking uitdrukkelijk bij wet is voorgeschreven met passende maatregelen, of als de gegevens vertrouwelijk moeten blijven op grond van een wettelijke beroepsgeheimhoudingsplicht.',
      },
    },
    15: {
      title: 'Recht van inzage van de betrokkene',
      summary: 'De betrokkene kan uitsluitsel krijgen over de vraag of zijn persoonsgegevens worden verwerkt en zo ja, inzage in die gegevens en informatie over de doeleinden, de categorieën van gegevens, de ontvangers, de bewaartermijn, zijn rechten, de bron en eventuele geautomatiseerde besluitvorming, en een kopie van de gegevens.',
      parts: {
        1: 'De betrokkene kan uitsluitsel krijgen over de vraag of zijn gegevens worden verwerkt en zo ja, inzage in die gegevens en de informatie onder a tot en met h.',
        2: 'Worden de gegevens aan een derde land doorgegeven, dan kan de betrokkene informatie krijgen over de passende waarborgen voor die doorgifte.',
        3: 'De verwerkingsverantwoordelijke verstrekt een kopie van de gegevens; voor extra kopieën mag hij een redelijke vergoeding op basis van de administratieve kosten vragen. Een elektronisch ingediend verzoek wordt in een gangbare elektronische vorm beantwoord, tenzij de betrokkene anders vraagt.',
        4: 'Het recht op een kopie mag geen afbreuk doen aan de rechten en vrijheden van anderen.',
      },
    },
    16: {
      title: 'Recht op rectificatie',
      summary: 'De betrokkene kan onjuiste persoonsgegevens over zichzelf onverwijld laten rectificeren en onvolledige gegevens laten aanvullen, onder meer door een aanvullende verklaring te verstrekken.',
    },
    17: {
      title: 'Recht op gegevenswissing („recht op vergetelheid”)',
      summary: 'De betrokkene kan zijn gegevens onverwijld laten wissen op de gronden van art. 17 lid 1, bijvoorbeeld als zij niet langer nodig zijn of de toestemming is ingetrokken; art. 17 lid 3 noemt de uitzonderingen, zoals een wettelijke bewaarplicht of een rechtsvordering.',
      parts: {
        1: 'De verwerkingsverantwoordelijke wist de gegevens onverwijld als een van de gronden onder a tot en met f van toepassing is.',
        '1(a)': 'De gegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld of verwerkt.',
        '1(b)': 'De betrokkene trekt de toestemming in waarop de verwerking berust, en er is geen andere rechtsgrond.',
        '1(c)': 'De betrokkene maakt bezwaar op grond van art. 21 lid 1 en er zijn geen prevalerende dwingende gerechtvaardigde gronden, of hij maakt bezwaar tegen direct marketing op grond van art. 21 lid 2.',
        '1(d)': 'De gegevens zijn onrechtmatig verwerkt.',
        '1(e)': 'De gegevens moeten worden gewist om te voldoen aan een wettelijke verplichting op grond van Unierecht of lidstatelijk recht.',
        '1(f)': 'De gegevens zijn verzameld in verband met een rechtstreeks aan een kind aangeboden onlinedienst (art. 8 lid 1).',
        2: 'Heeft de verwerkingsverantwoordelijke de gegevens openbaar gemaakt, dan neemt hij redelijke maatregelen om andere verwerkingsverantwoordelijken die ze verwerken te laten weten dat de betrokkene om wissing van koppelingen, kopieën of reproducties heeft verzocht.',
        3: 'Wissing geldt niet voor zover verwerking nodig is voor de vrijheid van meningsuiting en informatie, een wettelijke verplichting of een taak van algemeen belang, de volksgezondheid, archivering, onderzoek of statistiek, of de instelling, uitoefening of onderbouwing van een rechtsvordering.',
      },
    },
    18: {
      title: 'Recht op beperking van de verwerking',
      summary: 'De betrokkene kan de verwerking van zijn gegevens laten beperken (bewaren, maar verder niet gebruiken) zolang de juistheid wordt betwist of een bezwaar wordt beoordeeld, wanneer de verwerking onrechtmatig is en hij beperking verkiest boven wissing, of wanneer hij de gegevens nodig heeft voor een rechtsvordering.',
      parts: {
        1: 'Beperking geldt wanneer (a) de betrokkene de juistheid van de gegevens betwist, gedurende de tijd die nodig is om die te controleren; (b) de verwerking onrechtmatig is en de betrokkene beperking verkiest boven wissing; (c) de verwerkingsverantwoordelijke de gegevens niet meer nodig heeft, maar de betrokkene ze nodig heeft voor een rechtsvordering; of (d) de betrokkene bezwaar heeft gemaakt op grond van art. 21 lid 1, in afwachting van de beoordeling van de gronden van de verwerkingsverantwoordelijke.',
        2: 'Beperkte gegevens mogen, behalve opgeslagen, alleen worden verwerkt met toestemming van de betrokkene, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang.',
        3: 'De betrokkene wordt ingelicht voordat de beperking wordt opgeheven.',
      },
    },
    19: {
      title: 'Kennisgevingsplicht inzake rectificatie of wissing van persoonsgegevens of verwerkingsbeperking',
      summary: 'De verwerkingsverantwoordelijke stelt iedere ontvanger van de gegevens in kennis van elke rectificatie, wissing of beperking, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt, en verstrekt de betrokkene op verzoek informatie over die ontvangers.',
    },
    20: {
      title: 'Recht op overdraagbaarheid van gegevens',
      summary: 'De betrokkene kan de gegevens die hij heeft verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen en laten doorzenden aan een andere verwerkingsverantwoordelijke, als de verwerking berust op toestemming of een overeenkomst en via geautomatiseerde procedés wordt verricht.',
      parts: {
        1: 'De betrokkene kan de gegevens die hij heeft verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen en aan een andere verwerkingsverantwoordelijke doorzenden, als de verwerking berust op toestemming of een overeenkomst en via geautomatiseerde procedés wordt verricht.',
        2: 'De betrokkene kan de gegevens, waar technisch mogelijk, rechtstreeks van de ene naar de andere verwerkingsverantwoordelijke laten doorzenden.',
        3: 'Het recht laat het recht op wissing onverlet en geldt niet voor verwerking die nodig is voor een taak van algemeen belang.',
        4: 'Het recht mag geen afbreuk doen aan de rechten en vrijheden van anderen.',
      },
    },
    21: {
      title: 'Recht van bezwaar',
      summary: 'De betrokkene kan op grond van zijn specifieke situatie bezwaar maken tegen verwerking op basis van een taak van algemeen belang of een gerechtvaardigd belang; de verwerkingsverantwoordelijke stopt dan, tenzij hij dwingende gerechtvaardigde gronden aantoont of de gegevens nodig heeft voor een rechtsvordering. Bezwaar tegen direct marketing wordt altijd gehonoreerd.',
      parts: {
        1: 'De betrokkene kan te allen tijde, op grond van zijn specifieke situatie, bezwaar maken tegen verwerking op grond van art. 6 lid 1 onder e of f, profilering daaronder begrepen; de verwerkingsverantwoordelijke stopt, tenzij hij dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan de belangen, rechten en vrijheden van de betrokkene, of de verwerking nodig is voor een rechtsvordering.',
        2: 'Worden gegevens verwerkt voor direct marketing, dan kan de betrokkene te allen tijde bezwaar maken tegen die verwerking, met inbegrip van profilering die daarmee verband houdt.',
        3: 'Na bezwaar tegen direct marketing worden de gegevens niet meer voor dat doel verwerkt.',
        4: 'Uiterlijk bij het eerste contact wordt de betrokkene uitdrukkelijk op het recht van bezwaar gewezen, duidelijk en gescheiden van andere informatie.',
        5: 'Bij onlinediensten kan de betrokkene zijn recht van bezwaar uitoefenen via geautomatiseerde procedés met technische specificaties.',
        6: 'Worden gegevens verwerkt voor wetenschappelijk of historisch onderzoek of statistiek, dan kan de betrokkene op grond van zijn specifieke situatie bezwaar maken, tenzij de verwerking nodig is voor een taak van algemeen belang.',
      },
    },
    22: {
      title: 'Geautomatiseerde individuele besluitvorming, waaronder profilering',
      summary: 'De betrokkene heeft het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor hem rechtsgevolgen zijn verbonden of dat hem anderszins in aanmerkelijke mate treft, tenzij het besluit nodig is voor een overeenkomst, bij wet is toegestaan of op uitdrukkelijke toestemming berust; dan heeft hij recht op menselijke tussenkomst, mag hij zijn standpunt kenbaar maken en het besluit aanvechten.',
      parts: {
        1: 'De betrokkene heeft het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor hem rechtsgevolgen zijn verbonden of dat hem anderszins in aanmerkelijke mate treft.',
        2: 'Dat geldt niet als het besluit (a) noodzakelijk is voor de totstandkoming of uitvoering van een overeenkomst met de betrokkene, (b) is toegestaan bij Unierecht of lidstatelijk recht met passende waarborgen, of (c) berust op zijn uitdrukkelijke toestemming.',
        3: 'In de gevallen a en c treft de verwerkingsverantwoordelijke passende maatregelen, ten minste het recht op menselijke tussenkomst, het recht zijn standpunt kenbaar te maken en het recht het besluit aan te vechten.',
        4: 'Zulke besluiten worden niet op bijzondere categorieën van persoonsgegevens gebaseerd, tenzij art. 9 lid 2 onder a of g van toepassing is en er passende waarborgen zijn.',
      },
    },
    23: {
      title: 'Beperkingen',
      summary: 'Het Unierecht of lidstatelijk recht kan de rechten en plichten van art. 12 tot en met 22 en 34 beperken bij een wettelijke maatregel die de wezenlijke inhoud van de grondrechten eerbiedigt en noodzakelijk en evenredig is ter waarborging van onder meer de nationale veiligheid, de voorkoming en vervolging van strafbare feiten of andere belangrijke doelstellingen van algemeen belang.',
    },
    24: {
      title: 'Verantwoordelijkheid van de verwerkingsverantwoordelijke',
      summary: 'Rekening houdend met de aard, de omvang, de context en het doel van de verwerking en de risico’s daarvan, treft de verwerkingsverantwoordelijke passende technische en organisatorische maatregelen om te waarborgen en te kunnen aantonen dat de verwerking in overeenstemming is met de verordening, waar evenredig ook een passend gegevensbeschermingsbeleid.',
    },
    25: {
      title: 'Gegevensbescherming door ontwerp en door standaardinstellingen',
      summary: 'De verwerkingsverantwoordelijke bouwt gegevensbescherming vanaf het ontwerp in de verwerking in, en verwerkt standaard alleen de gegevens die voor elk specifiek doel nodig zijn.',
    },
    26: {
      title: 'Gezamenlijke verwerkingsverantwoordelijken',
      summary: 'Stellen twee of meer verwerkingsverantwoordelijken samen de doeleinden en middelen van de verwerking vast, dan zijn zij gezamenlijke verwerkingsverantwoordelijken. Zij leggen hun verantwoordelijkheden vast in een regeling waarvan de wezenlijke inhoud beschikbaar is voor de betrokkene, die zijn rechten tegenover elk van hen kan uitoefenen (art. 26 lid 3).',
    },
    27: {
      title: 'Vertegenwoordigers van niet in de Unie gevestigde verwerkingsverantwoordelijken of verwerkers',
      summary: 'Een verwerkingsverantwoordelijke of verwerker buiten de EU op wiens verwerking de verordening van toepassing is (art. 3 lid 2), wijst in de regel schriftelijk een vertegenwoordiger in de EU aan.',
    },
    28: {
      title: 'Verwerker',
      summary: 'Een verwerkingsverantwoordelijke schakelt alleen verwerkers in die afdoende garanties bieden, op basis van een overeenkomst of andere rechtshandeling (de verwerkersovereenkomst) die de verwerker bindt aan schriftelijke instructies en het onderwerp, de duur, de aard en het doel van de verwerking, de soorten gegevens en de verplichtingen van partijen vastlegt (art. 28 lid 3). Een verwerker schakelt geen andere verwerker in zonder voorafgaande schriftelijke toestemming van de verwerkingsverantwoordelijke (art. 28 lid 2).',
    },
    29: {
      title: 'Verwerking onder gezag van de verwerkingsverantwoordelijke of de verwerker',
      summary: 'De verwerker en ieder die onder gezag van de verwerkingsverantwoordelijke of de verwerker toegang heeft tot persoonsgegevens, verwerkt die alleen in opdracht van de verwerkingsverantwoordelijke, tenzij het Unierecht of lidstatelijk recht hem daartoe verplicht.',
    },
    30: {
      title: 'Register van de verwerkingsactiviteiten',
      summary: 'Verwerkingsverantwoordelijken en verwerkers houden een schriftelijk register van hun verwerkingsactiviteiten bij (onder meer doeleinden, categorieën van betrokkenen en gegevens, ontvangers, doorgiften, bewaartermijnen en beveiligingsmaatregelen). Organisaties met minder dan 250 werknemers zijn uitgezonderd, tenzij de verwerking waarschijnlijk een risico inhoudt, niet incidenteel is of bijzondere categorieën of strafrechtelijke gegevens betreft (art. 30 lid 5).',
    },
    31: {
      title: 'Medewerking met de toezichthoudende autoriteit',
      summary: 'De verwerkingsverantwoordelijke en de verwerker werken desgevraagd samen met de toezichthoudende autoriteit bij het vervullen van haar taken.',
    },
    32: {
      title: 'Beveiliging van de verwerking',
      summary: 'Verwerkingsverantwoordelijke en verwerker treffen passende technische en organisatorische maatregelen om een op het risico afgestemd beveiligingsniveau te waarborgen, zoals pseudonimisering en versleuteling, blijvende vertrouwelijkheid, integriteit, beschikbaarheid en veerkracht, tijdig herstel na een incident en regelmatige tests van de maatregelen.',
    },
    33: {
      title: 'Melding van een inbreuk in verband met persoonsgegevens aan de toezichthoudende autoriteit',
      summary: 'Een inbreuk in verband met persoonsgegevens (datalek) wordt onverwijld en zo mogelijk binnen 72 uur na de ontdekking gemeld aan de toezichthoudende autoriteit, tenzij het niet waarschijnlijk is dat de inbreuk een risico inhoudt voor de rechten en vrijheden van personen. Een verwerker meldt een inbreuk onverwijld aan de verwerkingsverantwoordelijke, en elke inbreuk wordt gedocumenteerd (art. 33 lid 5).',
    },
    34: {
      title: 'Mededeling van een inbreuk in verband met persoonsgegevens aan de betrokkene',
      summary: 'Houdt een inbreuk waarschijnlijk een hoog risico in voor de rechten en vrijheden van personen, dan deelt de verwerkingsverantwoordelijke die onverwijld en in duidelijke en eenvoudige taal mee aan de betrokkenen, tenzij de gegevens voor anderen onbegrijpelijk waren (bijvoorbeeld versleuteld), het hoge risico zich waarschijnlijk niet meer voordoet, of mededeling onevenredig veel inspanning zou vergen (dan volstaat een openbare mededeling).',
    },
    35: {
      title: 'Gegevensbeschermingseffectbeoordeling',
      summary: 'Houdt een verwerking, met name met nieuwe technologieën, waarschijnlijk een hoog risico in voor de rechten en vrijheden van personen, dan beoordeelt de verwerkingsverantwoordelijke vooraf het effect ervan (DPIA), in het bijzonder bij stelselmatige en uitgebreide profilering met aanmerkelijke gevolgen, grootschalige verwerking van bijzondere categorieën of strafrechtelijke gegevens, en stelselmatige en grootschalige monitoring van openbaar toegankelijke ruimten (art. 35 lid 3).',
    },
    36: {
      title: 'Voorafgaande raadpleging',
      summary: 'Blijkt uit een gegevensbeschermingseffectbeoordeling een hoog risico dat de verwerkingsverantwoordelijke niet kan beperken, dan raadpleegt hij vóór de verwerking de toezichthoudende autoriteit.',
    },
    37: {
      title: 'Aanwijzing van de functionaris voor gegevensbescherming',
      summary: 'Overheidsinstanties en -organen (behalve gerechten bij de uitoefening van hun rechtsprekende taak) wijzen een functionaris voor gegevensbescherming aan, net als verwerkingsverantwoordelijken en verwerkers die hoofdzakelijk belast zijn met grootschalige, regelmatige en stelselmatige observatie van personen of grootschalige verwerking van bijzondere categorieën of strafrechtelijke gegevens (art. 37 lid 1). De contactgegevens van de functionaris worden bekendgemaakt en aan de toezichthoudende autoriteit meegedeeld (art. 37 lid 7).',
    },
    38: {
      title: 'Positie van de functionaris voor gegevensbescherming',
      summary: 'De functionaris voor gegevensbescherming wordt naar behoren en tijdig betrokken bij alle aangelegenheden over gegevensbescherming, ontvangt geen instructies over de uitvoering van zijn taken, wordt daarvoor niet ontslagen of gestraft, rapporteert rechtstreeks aan het hoogste leidinggevende niveau, en kan door betrokkenen worden benaderd over alle kwesties rond hun gegevens en rechten (art. 38 lid 4).',
    },
    39: {
      title: 'Taken van de functionaris voor gegevensbescherming',
      summary: 'De functionaris voor gegevensbescherming informeert en adviseert de verwerkingsverantwoordelijke of de verwerker en hun werknemers, houdt toezicht op de naleving, adviseert over gegevensbeschermingseffectbeoordelingen, en werkt samen met en is het aanspreekpunt voor de toezichthoudende autoriteit.',
    },
    44: {
      title: 'Algemeen beginsel inzake doorgiften',
      summary: 'Persoonsgegevens mogen alleen aan een land buiten de EER of een internationale organisatie worden doorgegeven als aan de voorwaarden van hoofdstuk V (art. 44 tot en met 49) is voldaan, zodat het beschermingsniveau van de verordening niet wordt ondergraven.',
    },
    45: {
      title: 'Doorgiften op basis van adequaatheidsbesluiten',
      summary: 'Gegevens mogen zonder specifieke toestemming worden doorgegeven aan een land, gebied, sector of internationale organisatie waarvan de Europese Commissie heeft besloten dat het een passend beschermingsniveau biedt (een adequaatheidsbesluit), zoals Zwitserland en Japan, of Amerikaanse bedrijven die onder het EU-VS Data Privacy Framework zijn gecertificeerd.',
    },
    46: {
      title: 'Doorgiften op basis van passende waarborgen',
      summary: 'Zonder adequaatheidsbesluit mogen gegevens alleen worden doorgegeven met passende waarborgen, en als de betrokkene over afdwingbare rechten en doeltreffende rechtsmiddelen beschikt: bijvoorbeeld de standaardbepalingen inzake gegevensbescherming van de Commissie, bindende bedrijfsvoorschriften, of een goedgekeurde gedragscode of certificering (art. 46 lid 2).',
    },
    47: {
      title: 'Bindende bedrijfsvoorschriften',
      summary: 'Een concern mag gegevens binnen de groep doorgeven op basis van bindende bedrijfsvoorschriften: regels over gegevensbescherming, goedgekeurd door de bevoegde toezichthoudende autoriteit, die juridisch bindend zijn voor elk groepslid en betrokkenen afdwingbare rechten geven.',
    },
    48: {
      title: 'Niet bij Unierecht toegestane doorgiften of verstrekkingen',
      summary: 'Een uitspraak of besluit van een rechter of autoriteit buiten de EU die doorgifte of verstrekking van persoonsgegevens eist, kan alleen worden erkend of ten uitvoer gelegd op grond van een internationale overeenkomst, zoals een verdrag inzake wederzijdse rechtshulp.',
    },
    49: {
      title: 'Afwijkingen voor bepaalde situaties',
      summary: 'Zonder adequaatheidsbesluit of passende waarborgen is een doorgifte alleen toegestaan in bepaalde situaties, zoals de uitdrukkelijke toestemming van de betrokkene nadat hij over de risico’s is ingelicht, noodzaak voor een overeenkomst met of in het belang van de betrokkene, gewichtige redenen van algemeen belang, een rechtsvordering of een vitaal belang. Deze afwijkingen worden strikt uitgelegd en zijn niet bedoeld voor regelmatige, structurele doorgiften.',
    },
    51: {
      title: 'Toezichthoudende autoriteit',
      summary: 'Elke lidstaat belast een of meer onafhankelijke overheidsinstanties met het toezicht op de toepassing van de verordening: in Nederland de Autoriteit Persoonsgegevens, in België de Gegevensbeschermingsautoriteit.',
    },
    77: {
      title: 'Recht om klacht in te dienen bij een toezichthoudende autoriteit',
      summary: 'Iedere betrokkene die meent dat de verwerking van zijn gegevens inbreuk maakt op de verordening, kan een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar hij gewoonlijk verblijft of werkt of waar de inbreuk plaatsvond, onverminderd andere rechtsmiddelen. De autoriteit houdt hem op de hoogte van de voortgang en het resultaat.',
    },
    78: {
      title: 'Recht om een doeltreffende voorziening in rechte in te stellen tegen een toezichthoudende autoriteit',
      summary: 'Iedereen kan naar de rechter tegen een juridisch bindend besluit van een toezichthoudende autoriteit dat hem betreft, en wanneer de autoriteit zijn klacht niet behandelt of hem niet binnen drie maanden over de voortgang of het resultaat informeert. De zaak wordt aanhangig gemaakt bij de rechter van de lidstaat van de autoriteit.',
    },
    79: {
      title: 'Recht om een doeltreffende voorziening in rechte in te stellen tegen een verwerkingsverantwoordelijke of een verwerker',
      summary: 'Iedere betrokkene die meent dat zijn rechten op grond van de verordening zijn geschonden, kan naar de rechter tegen de verwerkingsverantwoordelijke of de verwerker, in de lidstaat waar die een vestiging heeft of waar de betrokkene gewoonlijk verblijft, tenzij de verwerkingsverantwoordelijke een overheidsinstantie is die optreedt in de uitoefening van het openbaar gezag.',
    },
    80: {
      title: 'Vertegenwoordiging van betrokkenen',
      summary: 'Een betrokkene kan een organisatie zonder winstoogmerk die actief is op het gebied van gegevensbescherming opdracht geven namens hem een klacht in te dienen of naar de rechter te stappen.',
    },
    82: {
      title: 'Recht op schadevergoeding en aansprakelijkheid',
      summary: 'Wie materiële of immateriële schade heeft geleden door een inbreuk op de verordening, heeft recht op schadevergoeding van de verwerkingsverantwoordelijke of de verwerker. Een verwerker is alleen aansprakelijk als hij zijn eigen verplichtingen niet is nagekomen of buiten de rechtmatige instructies van de verwerkingsverantwoordelijke heeft gehandeld, en geen van beiden is aansprakelijk als hij bewijst dat hij op geen enkele wijze verantwoordelijk is voor het schadeveroorzakende feit.',
    },
    83: {
      title: 'Algemene voorwaarden voor het opleggen van administratieve geldboeten',
      summary: 'Toezichthoudende autoriteiten kunnen doeltreffende, evenredige en afschrikkende geldboeten opleggen: tot € 10 miljoen of 2 % van de totale wereldwijde jaaromzet, als dat hoger is, voor inbreuken zoals op art. 8, 11 en 25 tot en met 39 (art. 83 lid 4), en tot € 20 miljoen of 4 % voor inbreuken op de beginselen, de grondslagen, de rechten van betrokkenen en de regels voor doorgifte (art. 83 lid 5).',
    },
    94: {
      title: 'Intrekking van Richtlijn 95/46/EG',
      summary: 'Richtlijn 95/46/EG, de vroegere privacyrichtlijn, is met ingang van 25 mei 2018 ingetrokken; verwijzingen ernaar gelden als verwijzingen naar de verordening. In Nederland is op dezelfde dag de Wet bescherming persoonsgegevens (Wbp) ingetrokken; de Uitvoeringswet AVG (UAVG) vult de verordening aan.',
    },
    99: {
      title: 'Inwerkingtreding en toepassing',
      summary: 'De verordening is op 24 mei 2016 in werking getreden en is van toepassing sinds 25 mei 2018.',
    },
  },

  citation: {
    patterns: [
      // artikelen 15 tot en met 22, art. 15-22, artt. 15 t/m 22
      'art(?:ikel(?:en)?|t)?\\.? ?(?<article>\\d{1,2}) ?(?:tot en met|t/m|-) ?(?<to>\\d{1,2})',
      // art. 6 lid 1 sub f, artikel 6, eerste lid, onder a, art. 6(1)(f), art. 21 lid 2
      'art(?:ikel)?\\.? ?(?<article>\\d{1,2})(?: ?\\((?<paragraph>\\d{1,2})\\)| lid (?<paragraph2>\\d{1,2})|,? (?<ordinal>eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende) lid,?)?(?: ?\\((?<point>[a-j])\\)|,? (?:sub|onder|letter) \\(?(?<point2>[a-j])\\)?,?)?',
    ],
    ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10 },
    lawName: ',? (?:van (?:de )?)?(?:AVG|Algemene verordening gegevensbescherming|GDPR|Verordening \\(EU\\) 2016/679|verordening(?! ?\\())',
    otherLaw: ',? (?:van|uit) (?:de |het |onze |deze |dit )?(?!AVG|Algemene verordening gegevensbescherming|GDPR|Verordening \\(EU\\) 2016/679)\\p{L}|,? (?:UAVG|BW|Sr|Sv|AWR|Wbp|Tw|Awb|Telecommunicatiewet|Wet)(?![\\p{L}\\p{N}])',
  },
};
