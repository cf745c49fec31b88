/**
 * Dutch clauses (Netherlands and Flanders). Terms follow the Dutch text of the AVG
 * (verwerkingsverantwoordelijke, betrokkene, grondslag, gerechtvaardigd belang, bewaartermijn,
 * toezichthoudende autoriteit); articles are cited as "art. 13 lid 2 onder b AVG". The reader is
 * addressed as "u", the controller speaks as "wij".
 */
import type { ClauseTable, RuleClause } from './types';

/** Hoe een betrokkene een recht uitoefent, en de antwoordtermijn van art. 12 lid 3. */
const EXERCISE =
  'Wilt u dit recht uitoefenen, neem dan contact met ons op via {contact}. Wij reageren onverwijld en in ieder geval binnen een maand na ontvangst van uw verzoek (art. 12 lid 3 AVG).';

const RIGHT = {
  access:
    '**Recht op inzage** (art. 15 AVG): u hebt het recht te weten of wij persoonsgegevens over u verwerken en, als dat zo is, een kopie van die gegevens te ontvangen, samen met informatie over de manier waarop wij ze verwerken.',
  rectification:
    '**Recht op rectificatie** (art. 16 AVG): u hebt het recht onjuiste persoonsgegevens over u te laten corrigeren en onvolledige persoonsgegevens te laten aanvullen.',
  erasure:
    '**Recht op gegevenswissing** (art. 17 AVG): u hebt het recht uw persoonsgegevens te laten wissen, bijvoorbeeld als wij ze niet langer nodig hebben voor de doeleinden waarvoor wij ze hebben verzameld of als wij ze onrechtmatig verwerken. Dit recht geldt niet als wij de gegevens moeten bewaren, bijvoorbeeld om te voldoen aan een wettelijke verplichting of voor de instelling, uitoefening of onderbouwing van een rechtsvordering.',
  restriction:
    '**Recht op beperking van de verwerking** (art. 18 AVG): u hebt het recht de verwerking van uw persoonsgegevens te laten beperken, bijvoorbeeld terwijl wij controleren of de gegevens juist zijn, of wanneer wij de gegevens niet meer nodig hebben maar u ze nodig hebt voor de instelling, uitoefening of onderbouwing van een rechtsvordering. Wij bewaren de gegevens dan wel, maar gebruiken ze verder alleen in de gevallen die de AVG toestaat.',
  object:
    '**Recht van bezwaar** (art. 21 AVG): als wij uw persoonsgegevens verwerken op grond van ons gerechtvaardigd belang of voor de vervulling van een taak van algemeen belang, hebt u het recht op elk moment bezwaar te maken tegen die verwerking, om redenen die verband houden met uw specifieke situatie. Wij staken de verwerking dan, tenzij wij dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan uw belangen, rechten en vrijheden, of de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering. Tegen het gebruik van uw persoonsgegevens voor direct marketing kunt u altijd bezwaar maken; wij gebruiken ze daarvoor dan niet meer.',
  portability:
    '**Recht op overdraagbaarheid van gegevens** (art. 20 AVG): als wij persoonsgegevens die u aan ons hebt verstrekt geautomatiseerd verwerken op grond van uw toestemming of van een overeenkomst met u, hebt u het recht die gegevens in een gestructureerde, gangbare en machineleesbare vorm te ontvangen en ze rechtstreeks aan een andere organisatie te laten doorgeven, als dat technisch mogelijk is.',
  withdraw:
    '**Recht om toestemming in te trekken** (art. 7 lid 3 AVG): als wij uw persoonsgegevens verwerken op grond van uw toestemming, hebt u het recht die toestemming op elk moment in te trekken, even gemakkelijk als u haar hebt gegeven. De intrekking doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.',
} as const;

const right = (prefix: string, label: string, title: string, text: string, article: string): RuleClause => ({
  prefix,
  label,
  description: `Het ${label.charAt(0).toLowerCase()}${label.slice(1)} van de betrokkene (${article} AVG) en hoe de betrokkene het uitoefent.`,
  title,
  blocks: [{ kind: 'paragraph', text }, { kind: 'paragraph', text: EXERCISE }],
  item: text,
  entry: true,
});

const TRANSFER_SCC =
  'Als een ontvanger is gevestigd in een land buiten de Europese Economische Ruimte (EER) waarvoor de Europese Commissie geen adequaatheidsbesluit heeft genomen (art. 45 AVG), geven wij uw persoonsgegevens alleen door op basis van de standaardcontractbepalingen die de Europese Commissie heeft vastgesteld (Uitvoeringsbesluit (EU) 2021/914 van de Commissie; art. 46 lid 2 onder c AVG), zo nodig met aanvullende maatregelen om de gegevens te beschermen. U kunt een kopie van deze waarborgen opvragen via {contact}.';

const AUTOMATED = [
  'Wij nemen [[geen besluiten|besluiten]] over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering, en waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke mate treffen (art. 22 AVG).',
  '[Als wij dat wel doen: de onderliggende logica, het belang en de verwachte gevolgen van die verwerking voor u, en uw recht op menselijke tussenkomst, om uw standpunt kenbaar te maken en om het besluit aan te vechten.]',
] as const;

const COOKIES = [
  'Onze website gebruikt cookies en vergelijkbare technieken. Cookies die strikt noodzakelijk zijn voor de werking van de website plaatsen wij zonder uw toestemming. Alle andere cookies, zoals [analytische en advertentiecookies], plaatsen wij alleen met uw toestemming, die wij via [onze cookiebanner] vragen wanneer u de website voor het eerst bezoekt.',
  'U kunt uw toestemming op elk moment intrekken of uw keuzes wijzigen, even gemakkelijk als u ze hebt gegeven, via [de cookie-instellingen onderaan elke pagina]. De intrekking doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.',
] as const;

const CONSENT =
  'Wij vragen om uw toestemming voordat wij [uw persoonsgegevens voor dit doel verwerken]. Uw toestemming moet vrij, specifiek, geïnformeerd en ondubbelzinnig zijn, en u geeft haar door een duidelijke actieve handeling, zoals een klik op ‘Akkoord’ in [ons toestemmingsverzoek] (art. 4 punt 11 en art. 7 AVG). U kunt uw toestemming op elk moment intrekken, even gemakkelijk als u haar hebt gegeven, via [hoe u intrekt, bijvoorbeeld de instellingen van uw account]; de intrekking doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.';

const COMPLAINT_TITLE = 'Klachten bij de toezichthouder';

const BASIS_CHOICE =
  '[[uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)|wettelijke verplichting (art. 6 lid 1 onder c AVG)|gerechtvaardigd belang (art. 6 lid 1 onder f AVG)|toestemming (art. 6 lid 1 onder a AVG)]]';

export const nl: ClauseTable = {
  lang: 'nl',
  slots: {
    controller: '[naam van de organisatie]',
    contact: '[e-mailadres of postadres]',
    date: '[datum]',
  },
  complaint: {
    named:
      'U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit over de manier waarop wij uw persoonsgegevens verwerken (art. 77 AVG). Onze toezichthouder is de {authorityName}; op {authorityWebsite} leest u hoe u een klacht indient. U kunt ook een klacht indienen bij de toezichthoudende autoriteit van de EU-lidstaat waar u woont of werkt of waar de vermeende inbreuk heeft plaatsgevonden.',
    uk: "U hebt het recht een klacht over onze verwerking van uw persoonsgegevens in te dienen bij het Information Commissioner's Office (ICO), de Britse toezichthouder; op {authorityWebsite} leest u hoe u dat doet.",
    eu: 'U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit over de manier waarop wij uw persoonsgegevens verwerken (art. 77 AVG), met name in de EU-lidstaat waar u woont of werkt of waar de vermeende inbreuk heeft plaatsgevonden. Het Europees Comité voor gegevensbescherming vermeldt de toezichthoudende autoriteiten van alle lidstaten op {authorityWebsite}.',
  },
  rules: {
    'controller-identity': {
      prefix: 'avg-verwerkingsverantwoordelijke',
      label: 'Verwerkingsverantwoordelijke en contactgegevens',
      description: 'Wie verantwoordelijk is voor de persoonsgegevens en hoe u die bereikt (art. 13 lid 1 onder a AVG).',
      title: 'Wie wij zijn en hoe u ons bereikt',
      blocks: [
        { kind: 'paragraph', text: '{controller} is de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens die in deze privacyverklaring wordt beschreven.' },
        { kind: 'paragraph', text: 'Hebt u vragen over deze privacyverklaring of over de manier waarop wij uw persoonsgegevens gebruiken, of wilt u uw rechten uitoefenen? Neem dan contact met ons op via {contact}.' },
      ],
      item: '{controller} is de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens; u bereikt ons via {contact}.',
    },
    purposes: {
      prefix: 'avg-doeleinden',
      label: 'Doeleinden van de verwerking',
      description: 'Waarvoor de persoonsgegevens worden gebruikt (art. 13 lid 1 onder c AVG).',
      title: 'Waarvoor wij uw persoonsgegevens gebruiken',
      blocks: [
        { kind: 'paragraph', text: 'Wij gebruiken uw persoonsgegevens voor de volgende doeleinden:' },
        { kind: 'list', items: ['[eerste doel, bijvoorbeeld de uitvoering van onze overeenkomst met u];', '[tweede doel, bijvoorbeeld het beantwoorden van uw vragen].'] },
        { kind: 'paragraph', text: 'Willen wij uw persoonsgegevens voor een ander doel gebruiken, dan informeren wij u daarover voordat wij dat doen (art. 13 lid 3 AVG).' },
      ],
      item: 'Wij gebruiken uw persoonsgegevens voor [doel].',
    },
    'legal-basis': {
      prefix: 'avg-grondslag',
      label: 'Grondslag',
      description: 'De grondslag voor elk doel (art. 13 lid 1 onder c en art. 6 lid 1 AVG).',
      title: 'Grondslagen voor de verwerking',
      blocks: [
        { kind: 'paragraph', text: 'Wij mogen uw persoonsgegevens alleen verwerken als de AVG daarvoor een grondslag biedt (art. 6 lid 1 AVG). Per doel is de grondslag als volgt:' },
        { kind: 'list', items: ['[doel]: [grondslag, bijvoorbeeld de uitvoering van onze overeenkomst met u, art. 6 lid 1 onder b AVG];', '[doel]: [grondslag, bijvoorbeeld een wettelijke verplichting die op ons rust, art. 6 lid 1 onder c AVG].'] },
      ],
      item: 'De grondslag voor [doel] is [grondslag, bijvoorbeeld de uitvoering van onze overeenkomst met u, art. 6 lid 1 onder b AVG].',
    },
    'data-categories': {
      prefix: 'avg-gegevens',
      label: 'Categorieën persoonsgegevens',
      description: 'Welke soorten persoonsgegevens worden verwerkt (art. 14 lid 1 onder d AVG).',
      title: 'Welke persoonsgegevens wij verwerken',
      blocks: [
        { kind: 'paragraph', text: 'Wij verwerken de volgende categorieën persoonsgegevens over u:' },
        { kind: 'list', items: ['[categorie persoonsgegevens, bijvoorbeeld uw naam en contactgegevens];', '[categorie persoonsgegevens, bijvoorbeeld uw bestel- en betaalgegevens].'] },
      ],
      item: 'Wij verwerken de volgende persoonsgegevens over u: [categorieën persoonsgegevens].',
    },
    recipients: {
      prefix: 'avg-ontvangers',
      label: 'Ontvangers',
      description: 'Wie de persoonsgegevens ontvangt (art. 13 lid 1 onder e AVG).',
      title: 'Wie uw persoonsgegevens ontvangt',
      blocks: [
        { kind: 'paragraph', text: 'Wij delen uw persoonsgegevens alleen als dat nodig is voor de doeleinden die in deze privacyverklaring staan. De volgende ontvangers of categorieën ontvangers kunnen uw persoonsgegevens ontvangen:' },
        {
          kind: 'list',
          items: [
            'dienstverleners die in onze opdracht persoonsgegevens verwerken, zoals [hosting- en IT-dienstverleners], op grond van een verwerkersovereenkomst die hen aan onze instructies bindt (art. 28 AVG);',
            '[andere ontvanger of categorie ontvangers, en waarom zij de gegevens ontvangen];',
            'overheidsinstanties, als de wet ons verplicht hun persoonsgegevens te verstrekken.',
          ],
        },
      ],
      item: 'Wij delen uw persoonsgegevens met [ontvanger of categorie ontvangers] voor [doel].',
    },
    retention: {
      prefix: 'avg-bewaartermijn',
      label: 'Bewaartermijnen',
      description: 'Hoe lang de persoonsgegevens worden bewaard, of de criteria die de termijn bepalen (art. 13 lid 2 onder a AVG).',
      title: 'Hoe lang wij uw persoonsgegevens bewaren',
      blocks: [
        { kind: 'paragraph', text: 'Wij bewaren uw persoonsgegevens gedurende de volgende termijnen:' },
        { kind: 'list', items: ['[categorie persoonsgegevens of doel]: [bewaartermijn, bijvoorbeeld twee jaar na het einde van onze overeenkomst met u];', '[categorie persoonsgegevens of doel]: [bewaartermijn].'] },
        { kind: 'paragraph', text: 'Na afloop van de bewaartermijn verwijderen of anonimiseren wij uw persoonsgegevens.' },
      ],
      item: 'Wij bewaren [categorie persoonsgegevens] gedurende [bewaartermijn, bijvoorbeeld twee jaar na het einde van onze overeenkomst met u], waarna wij ze verwijderen of anonimiseren.',
    },
    'right-access': right('avg-recht-inzage', 'Recht op inzage', 'Uw recht op inzage', RIGHT.access, 'art. 15'),
    'right-rectification': right('avg-recht-rectificatie', 'Recht op rectificatie', 'Uw recht op rectificatie', RIGHT.rectification, 'art. 16'),
    'right-erasure': right('avg-recht-wissing', 'Recht op gegevenswissing', 'Uw recht op gegevenswissing', RIGHT.erasure, 'art. 17'),
    'right-restriction': right('avg-recht-beperking', 'Recht op beperking van de verwerking', 'Uw recht op beperking van de verwerking', RIGHT.restriction, 'art. 18'),
    'right-object': right('avg-recht-bezwaar', 'Recht van bezwaar', 'Uw recht van bezwaar', RIGHT.object, 'art. 21'),
    'right-portability': right('avg-recht-overdraagbaarheid', 'Recht op overdraagbaarheid van gegevens', 'Uw recht op overdraagbaarheid van gegevens', RIGHT.portability, 'art. 20'),
    'right-complaint': {
      prefix: 'avg-klacht',
      label: 'Recht om een klacht in te dienen',
      description: 'Klacht bij de toezichthouder van het land van de privacyverklaring (art. 13 lid 2 onder d en art. 77 AVG).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
    },
    'automated-decisions': {
      prefix: 'avg-geautomatiseerde-besluitvorming',
      label: 'Geautomatiseerde besluitvorming',
      description: 'Of besluiten uitsluitend geautomatiseerd worden genomen, waaronder profilering (art. 13 lid 2 onder f en art. 22 AVG).',
      title: 'Geautomatiseerde besluitvorming en profilering',
      blocks: AUTOMATED.map((text) => ({ kind: 'paragraph', text })),
      item: AUTOMATED[0],
    },
    'statutory-requirement': {
      prefix: 'avg-verplichte-verstrekking',
      label: 'Of het verstrekken van gegevens verplicht is',
      description: 'Of de betrokkene de gegevens moet verstrekken en wat er gebeurt als hij dat niet doet (art. 13 lid 2 onder e AVG).',
      title: 'Moet u uw persoonsgegevens verstrekken?',
      blocks: [
        { kind: 'paragraph', text: 'Het verstrekken van uw persoonsgegevens is [[geen wettelijke of contractuele verplichting|een wettelijke verplichting|een contractuele verplichting|een noodzakelijke voorwaarde om een overeenkomst met ons te sluiten]]. Als wij u om persoonsgegevens vragen die u moet verstrekken, vermelden wij dat. Verstrekt u die gegevens niet, dan [het gevolg, bijvoorbeeld kunnen wij geen overeenkomst met u sluiten of uitvoeren].' },
      ],
      item: 'Het verstrekken van uw persoonsgegevens is [[geen wettelijke of contractuele verplichting|een wettelijke verplichting|een contractuele verplichting|een noodzakelijke voorwaarde om een overeenkomst met ons te sluiten]]; verstrekt u ze niet, dan [het gevolg].',
    },
    'right-withdraw-consent': {
      prefix: 'avg-toestemming-intrekken',
      label: 'Recht om toestemming in te trekken',
      description: 'Toestemming kan altijd worden ingetrokken, even gemakkelijk als zij is gegeven (art. 13 lid 2 onder c en art. 7 lid 3 AVG).',
      title: 'Uw toestemming intrekken',
      blocks: [
        { kind: 'paragraph', text: 'Als wij uw persoonsgegevens verwerken op grond van uw toestemming, hebt u het recht die toestemming op elk moment in te trekken (art. 7 lid 3 AVG). Intrekken is even gemakkelijk als toestemming geven: u kunt dat doen door contact met ons op te nemen via {contact}. De intrekking doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.' },
      ],
      item: RIGHT.withdraw,
      entry: true,
    },
    'legitimate-interests': {
      prefix: 'avg-gerechtvaardigd-belang',
      label: 'Gerechtvaardigd belang',
      description: 'Het gerechtvaardigd belang dat wordt nagestreefd, als de verwerking daarop berust (art. 13 lid 1 onder d en art. 6 lid 1 onder f AVG).',
      title: 'Ons gerechtvaardigd belang',
      blocks: [
        { kind: 'paragraph', text: 'Als wij uw persoonsgegevens verwerken op grond van ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG), is dat belang: [het gerechtvaardigd belang, bijvoorbeeld het beveiligen van onze website en het voorkomen van fraude]. Wij beroepen ons alleen op dit belang als uw belangen of uw grondrechten en fundamentele vrijheden niet zwaarder wegen. U hebt het recht bezwaar te maken tegen deze verwerking (art. 21 AVG).' },
      ],
      item: 'Ons gerechtvaardigd belang bij deze verwerking is: [het gerechtvaardigd belang, bijvoorbeeld het beveiligen van onze website en het voorkomen van fraude].',
    },
    'transfer-safeguards': {
      prefix: 'avg-doorgifte-waarborgen',
      label: 'Waarborgen bij doorgifte buiten de EER',
      description: 'Adequaatheidsbesluiten en standaardcontractbepalingen bij doorgifte naar derde landen (art. 13 lid 1 onder f, art. 45 en 46 AVG).',
      title: 'Doorgifte buiten de Europese Economische Ruimte',
      blocks: [{ kind: 'paragraph', text: TRANSFER_SCC }],
      item: TRANSFER_SCC,
    },
    'dpo-contact': {
      prefix: 'avg-fg',
      label: 'Functionaris voor gegevensbescherming',
      description: 'Contactgegevens van de functionaris voor gegevensbescherming (art. 13 lid 1 onder b en art. 37 AVG).',
      title: 'Onze functionaris voor gegevensbescherming',
      blocks: [
        { kind: 'paragraph', text: 'Wij hebben een functionaris voor gegevensbescherming aangesteld (art. 37 AVG). Met vragen over de verwerking van uw persoonsgegevens of over de uitoefening van uw rechten kunt u contact opnemen met onze functionaris voor gegevensbescherming via [e-mailadres of postadres van de functionaris voor gegevensbescherming].' },
      ],
      item: 'U bereikt onze functionaris voor gegevensbescherming via [e-mailadres of postadres van de functionaris voor gegevensbescherming].',
    },
    'data-sources': {
      prefix: 'avg-herkomst',
      label: 'Herkomst van de gegevens',
      description: 'Waar persoonsgegevens vandaan komen die niet van de betrokkene zelf zijn verkregen (art. 14 lid 2 onder f AVG).',
      title: 'Herkomst van uw persoonsgegevens',
      blocks: [
        { kind: 'paragraph', text: 'Als wij uw persoonsgegevens niet rechtstreeks van u verkrijgen, verkrijgen wij ze van [bron of categorie van bronnen, bijvoorbeeld openbare registers zoals het Handelsregister]. Het gaat om [categorieën persoonsgegevens].' },
      ],
      item: 'Wij verkrijgen [categorieën persoonsgegevens] ook uit andere bronnen, namelijk [bron of categorie van bronnen, bijvoorbeeld openbare registers zoals het Handelsregister].',
    },
    'last-updated': {
      prefix: 'avg-laatst-gewijzigd',
      label: 'Datum van de laatste wijziging',
      description: 'Wanneer de privacyverklaring voor het laatst is gewijzigd (art. 12 lid 1 AVG).',
      title: 'Wijzigingen in deze privacyverklaring',
      blocks: [
        { kind: 'paragraph', text: 'Deze privacyverklaring is voor het laatst gewijzigd op {date}. Wij kunnen haar aanpassen, bijvoorbeeld als onze verwerking van persoonsgegevens verandert; de actuele versie vindt u altijd hier. Raakt een wijziging u in belangrijke mate, dan informeren wij u daar rechtstreeks over.' },
      ],
      item: 'Deze privacyverklaring is voor het laatst gewijzigd op {date}.',
    },
    cookies: {
      prefix: 'avg-cookies',
      label: 'Cookies',
      description: 'Voor welke cookies toestemming nodig is en hoe die wordt gevraagd en ingetrokken (art. 6 lid 1 onder a en art. 7 AVG; cookiewetgeving).',
      title: 'Cookies',
      blocks: COOKIES.map((text) => ({ kind: 'paragraph', text })),
      item: COOKIES.join(' '),
    },
    'transfers-statement': {
      prefix: 'avg-doorgifte',
      label: 'Doorgifte buiten de EER',
      description: 'Of persoonsgegevens de Europese Economische Ruimte verlaten (art. 13 lid 1 onder f AVG).',
      title: 'Waar uw persoonsgegevens worden verwerkt',
      blocks: [
        { kind: 'paragraph', text: 'Wij verwerken en bewaren uw persoonsgegevens binnen de Europese Economische Ruimte (EER). [Als een ontvanger buiten de EER is gevestigd: het land, en het adequaatheidsbesluit of de standaardcontractbepalingen die de doorgifte beschermen.]' },
      ],
      item: 'Wij verwerken en bewaren uw persoonsgegevens binnen de Europese Economische Ruimte (EER). [Als een ontvanger buiten de EER is gevestigd: het land, en het adequaatheidsbesluit of de standaardcontractbepalingen die de doorgifte beschermen.]',
    },
  },
  rewrites: {
    'implied-consent': CONSENT,
    'vague-retention':
      'Wij bewaren [categorie persoonsgegevens] gedurende [bewaartermijn, bijvoorbeeld twee jaar] na [de gebeurtenis waarmee de termijn begint, bijvoorbeeld het einde van onze overeenkomst met u], waarna wij ze verwijderen of anonimiseren.',
  },
  extras: {
    'rights-all': {
      prefix: 'avg-rechten',
      label: 'Alle rechten van de betrokkene',
      description: 'Inzage, rectificatie, gegevenswissing, beperking, bezwaar, overdraagbaarheid, intrekken van toestemming en klacht (art. 7 lid 3, 15 tot en met 21 en 77 AVG).',
      title: 'Uw rechten',
      blocks: [
        { kind: 'paragraph', text: 'U hebt de volgende rechten met betrekking tot uw persoonsgegevens:' },
        { kind: 'list', items: [RIGHT.access, RIGHT.rectification, RIGHT.erasure, RIGHT.restriction, RIGHT.object, RIGHT.portability, RIGHT.withdraw] },
        { kind: 'paragraph', text: 'Wilt u een van deze rechten uitoefenen, neem dan contact met ons op via {contact}. Hebben wij gegronde redenen om aan uw identiteit te twijfelen, dan kunnen wij u om de informatie vragen die nodig is om die te bevestigen (art. 12 lid 6 AVG). Het uitoefenen van uw rechten is kosteloos. Wij reageren onverwijld en in ieder geval binnen een maand na ontvangst van uw verzoek; zo nodig kunnen wij die termijn, gelet op de complexiteit en het aantal verzoeken, met twee maanden verlengen, en dan laten wij u dat binnen de eerste maand weten (art. 12 lid 3 AVG).' },
        { kind: 'paragraph', text: '{complaint}' },
      ],
      item: 'U hebt het recht op inzage, rectificatie, gegevenswissing, beperking van de verwerking, bezwaar en overdraagbaarheid van uw gegevens (art. 15 tot en met 21 AVG); u oefent deze rechten uit door contact met ons op te nemen via {contact}.',
    },
    'complaint-nl': {
      prefix: 'avg-klacht-ap',
      label: 'Klacht: Autoriteit Persoonsgegevens',
      description: 'Recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens (art. 77 AVG).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'nl',
    },
    'complaint-be': {
      prefix: 'avg-klacht-gba',
      label: 'Klacht: Gegevensbeschermingsautoriteit',
      description: 'Recht om een klacht in te dienen bij de Belgische Gegevensbeschermingsautoriteit (art. 77 AVG).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'be',
    },
    'complaint-uk': {
      prefix: 'avg-klacht-ico',
      label: "Klacht: Information Commissioner's Office (VK)",
      description: 'Recht om een klacht in te dienen bij de Britse toezichthouder (UK GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'uk',
    },
    'complaint-eu': {
      prefix: 'avg-klacht-eu',
      label: 'Klacht: toezichthouder in de EU',
      description: 'Recht om een klacht in te dienen waar de betrokkene woont of werkt of waar de inbreuk plaatsvond (art. 77 AVG).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'eu',
    },
    'retention-fixed': {
      prefix: 'avg-bewaartermijn-vast',
      label: 'Bewaartermijn: vaste termijn',
      description: 'Een vaste bewaartermijn na een genoemde gebeurtenis (art. 13 lid 2 onder a AVG).',
      title: 'Hoe lang wij uw persoonsgegevens bewaren',
      blocks: [
        { kind: 'paragraph', text: 'Wij bewaren [categorie persoonsgegevens] gedurende [aantal] [[maanden|jaar]] na [de gebeurtenis waarmee de termijn begint, bijvoorbeeld het einde van onze overeenkomst met u]. Na afloop van die termijn verwijderen of anonimiseren wij de gegevens.' },
      ],
      item: 'Wij bewaren [categorie persoonsgegevens] gedurende [aantal] [[maanden|jaar]] na [de gebeurtenis waarmee de termijn begint], waarna wij ze verwijderen.',
    },
    'retention-criteria': {
      prefix: 'avg-bewaartermijn-criteria',
      label: 'Bewaartermijn: criteria',
      description: 'De criteria die de bewaartermijn bepalen als geen vaste termijn te noemen is (art. 13 lid 2 onder a AVG).',
      title: 'Hoe lang wij uw persoonsgegevens bewaren',
      blocks: [
        { kind: 'paragraph', text: 'Als wij geen vaste bewaartermijn kunnen noemen, bepalen wij de termijn aan de hand van de volgende criteria:' },
        {
          kind: 'list',
          items: [
            'de duur van onze relatie met u: wij bewaren [categorie persoonsgegevens] totdat [de gebeurtenis waarmee het doel vervalt, bijvoorbeeld u uw account opheft];',
            'wettelijke bewaarplichten die op ons rusten, zoals die uit de belastingwetgeving;',
            'de verjaringstermijnen van rechtsvorderingen, als wij de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering.',
          ],
        },
        { kind: 'paragraph', text: 'Zodra geen van deze criteria nog vereist dat wij de gegevens bewaren, verwijderen of anonimiseren wij ze binnen [termijn].' },
      ],
      item: 'Wij bewaren [categorie persoonsgegevens] totdat [de gebeurtenis waarmee het doel vervalt], en verwijderen ze binnen [termijn] daarna.',
    },
    'retention-statutory': {
      prefix: 'avg-bewaartermijn-fiscaal',
      label: 'Bewaartermijn: fiscale bewaarplicht van zeven jaar',
      description: 'De bewaarplicht van zeven jaar voor de administratie (art. 52 AWR, art. 2:10 BW).',
      title: 'Wettelijke bewaartermijnen',
      blocks: [
        { kind: 'paragraph', text: 'Wij zijn wettelijk verplicht onze financiële administratie, waaronder facturen en de betaalgegevens daarin, zeven jaar te bewaren (art. 52 Algemene wet inzake rijksbelastingen en art. 2:10 Burgerlijk Wetboek). De persoonsgegevens in deze administratie bewaren wij gedurende die termijn; daarna verwijderen wij ze.' },
      ],
      item: 'De persoonsgegevens in onze financiële administratie, zoals facturen, bewaren wij zeven jaar, zoals de fiscale en de civielrechtelijke bewaarplicht voorschrijven (art. 52 Algemene wet inzake rijksbelastingen en art. 2:10 Burgerlijk Wetboek).',
    },
    'legal-basis-table': {
      prefix: 'avg-grondslagen-tabel',
      label: 'Tabel van doeleinden en grondslagen',
      description: 'Doel, persoonsgegevens, grondslag en bewaartermijn naast elkaar (art. 13 lid 1 onder c en lid 2 onder a AVG).',
      title: 'Waarvoor wij uw persoonsgegevens gebruiken',
      blocks: [
        { kind: 'paragraph', text: 'In de tabel hieronder staat per doel welke persoonsgegevens wij gebruiken, op welke grondslag, en hoe lang wij ze bewaren.' },
        {
          kind: 'table',
          header: ['Doel', 'Persoonsgegevens', 'Grondslag', 'Bewaartermijn'],
          rows: [
            ['[doel]', '[categorieën persoonsgegevens]', BASIS_CHOICE, '[bewaartermijn]'],
            ['[doel]', '[categorieën persoonsgegevens]', BASIS_CHOICE, '[bewaartermijn]'],
          ],
        },
      ],
      item: '[doel]: [categorieën persoonsgegevens]; grondslag: [grondslag]; bewaartermijn: [bewaartermijn].',
    },
    'controller-contact': {
      prefix: 'avg-contactgegevens',
      label: 'Verwerkingsverantwoordelijke met volledige contactgegevens',
      description: 'Naam, adres, inschrijvingsnummer en contactgegevens van de verwerkingsverantwoordelijke (art. 13 lid 1 onder a AVG).',
      title: 'Wie wij zijn en hoe u ons bereikt',
      blocks: [
        { kind: 'paragraph', text: 'Verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens is:' },
        { kind: 'list', items: ['{controller}', '[postadres]', '[KvK-nummer of ondernemingsnummer]', 'Contact: {contact}'] },
        { kind: 'paragraph', text: 'Hebt u vragen over deze privacyverklaring of wilt u uw rechten uitoefenen? Neem dan contact met ons op via {contact}.' },
      ],
      item: '{controller}, [postadres], is de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens; u bereikt ons via {contact}.',
    },
    'transfers-scc': {
      prefix: 'avg-doorgifte-scc',
      label: 'Doorgifte: standaardcontractbepalingen',
      description: 'Doorgifte naar derde landen op basis van de standaardcontractbepalingen van 2021 (art. 46 lid 2 onder c AVG, Uitvoeringsbesluit (EU) 2021/914).',
      title: 'Doorgifte buiten de Europese Economische Ruimte',
      blocks: [
        { kind: 'paragraph', text: 'Sommige ontvangers van uw persoonsgegevens zijn gevestigd buiten de Europese Economische Ruimte (EER), namelijk [ontvangers en landen].' },
        { kind: 'paragraph', text: TRANSFER_SCC },
      ],
      item: TRANSFER_SCC,
    },
    'transfers-adequacy': {
      prefix: 'avg-doorgifte-adequaatheid',
      label: 'Doorgifte: adequaatheidsbesluit',
      description: 'Doorgifte naar een land waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen (art. 45 AVG).',
      title: 'Doorgifte buiten de Europese Economische Ruimte',
      blocks: [
        { kind: 'paragraph', text: 'Wij geven uw persoonsgegevens door aan [ontvanger] in [land]. De Europese Commissie heeft besloten dat [land] een passend beschermingsniveau voor persoonsgegevens waarborgt (art. 45 AVG); voor deze doorgifte zijn daarom geen aanvullende waarborgen nodig.' },
      ],
      item: 'Wij geven uw persoonsgegevens door aan [ontvanger] in [land], waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen (art. 45 AVG).',
    },
    consent: {
      prefix: 'avg-toestemming',
      label: 'Toestemming vragen',
      description: 'Een geldig verzoek om toestemming: vrij, specifiek, geïnformeerd, ondubbelzinnig en even gemakkelijk in te trekken als te geven (art. 4 punt 11 en art. 7 AVG).',
      title: 'Uw toestemming',
      blocks: [{ kind: 'paragraph', text: CONSENT }],
      item: CONSENT,
    },
  },
  jurisdiction: {
    cues: [
      { authority: 'nl', cues: ['Autoriteit Persoonsgegevens'] },
      {
        authority: 'be',
        cues: ['Gegevensbeschermingsautoriteit', 'GBA', 'Commissie (voor de )?bescherming van de persoonlijke levenssfeer', 'Privacycommissie', 'België', 'Belgische?', 'Brussel', 'Vlaanderen', 'Vlaamse', 'Wallonië', 'KBO', 'Kruispuntbank van Ondernemingen', 'ondernemingsnummer'],
      },
      { authority: 'uk', cues: ["Information Commissioner'?s Office", 'ICO', 'Verenigd Koninkrijk'] },
    ],
    fallback: 'nl',
  },
  unfilled: 'Deze invulplek uit een voorgestelde tekst moet nog worden ingevuld voordat de privacyverklaring wordt gepubliceerd: {placeholder}.',
  dateLocale: 'nl-NL',
  aliasIntro: ['hierna', 'hierna te noemen', '“wij”', '"wij"', "'wij'", '‘wij’', '“we”', '"we"'],
};
