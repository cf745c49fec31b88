/**
 * Dutch (Netherlands and Flanders): how notices in Dutch phrase the AVG's transparency items.
 * Cue phrases follow the Dutch text of the AVG ("recht van bezwaar", "gerechtvaardigd belang",
 * "bewaartermijn") and the ways Dutch and Belgian notices commonly paraphrase it.
 */
import type { LanguageTable } from './types';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'];

/**
 * The law given as the reason ("weil das Steuerrecht es verlangt"): a legal obligation as the
 * basis of what the sentence does, or, said of keeping data, the ground of its retention period
 * (a retention criterion, which names no basis: see retention.statutory).
 */
const LAW_REASON = 'omdat (de )?(\\S+ )?(wet|wetgeving) (ons )?(dat |dit |het )?(verplicht|voorschrijft|vereist|eist)';

/** Before a country outside the EEA: no transfer in a sentence about goods, customers or offices ("we leveren ook naar Canada"), unless a word for data comes between or just before. */
const TRADE = '(?<!(?<!(gegevens|data|informatie|adres)\\S*\\x20(\\S+\\x20){0,3})(?<![\\p{L}\\p{N}])((lever(?!anc)|verzend|verstuur|verkoop|verkocht|exporte)\\w*|klant(en)?|kantoor|kantoren|vestiging(en)?|filia(a|le)l)\\x20((?!(persoons|klant|contact)?gegevens|data|informatie|adres|dienst|leverancier|aanbieder|software|server|host|cloud)\\S+\\x20){0,8})';

export const nl: LanguageTable = {
  lang: 'nl',
  lawName: 'AVG',
  eurLexLang: 'NL',
  cite: (article, paragraph, point) => `art. ${article}${paragraph ? ` lid ${paragraph}` : ''}${point ? ` onder ${point}` : ''}`,
  stopwords: ['de', 'het', 'een', 'en', 'van', 'wij', 'u', 'uw', 'je', 'jouw', 'onze', 'ons', 'zijn', 'is', 'voor', 'met', 'die', 'dat', 'deze', 'niet', 'worden', 'wordt', 'gegevens', 'op', 'aan', 'bij', 'als', 'ook', 'wat', 'naar', 'kunt', 'heeft', 'hebben', 'om', 'te'],

  noticeTitle: ['privacy ?(verklaring|beleid|policy|statement|reglement|voorwaarden)', 'privacy', 'persoonsgegevens', 'gegevensbescherming'],
  noticeVocabulary: ['persoonsgegevens', 'AVG', 'Algemene Verordening Gegevensbescherming', 'GDPR', 'verwerkingsverantwoordelijke', 'verwerk\\w*', 'grondslag', 'toestemming', 'bewaartermijn', 'bewaren', 'uw rechten', 'recht op inzage', 'Autoriteit Persoonsgegevens', 'Gegevensbeschermingsautoriteit', 'cookies?', 'privacy'],

  negation: ['niet', 'geen', 'nooit', 'noch', 'zonder', 'niets', 'nergens'],
  negationBreak: ['tenzij', 'behalve', 'uitgezonderd', 'maar', 'echter', 'alleen', 'uitsluitend', 'indien', 'als', 'wanneer', 'mits', 'behoudens'],
  relative: { pronoun: ['die', 'dat', 'welke'], infinitive: ['te', 'om'] },
  self: ['wij', 'we', 'ons', 'onze'],
  reader: ['u', 'uw', 'je', 'jouw', 'jij', 'jou', 'uzelf', 'jezelf', 'betrokkenen?', 'gebruikers?', 'klanten?', 'leden', 'lid', 'bezoekers?', 'deelnemers?', 'iedereen', 'cliënten?', 'sollicitanten?', 'abonnees?', 'ouders?'],
  genericSubject: ['organisaties', 'bedrijven', 'ondernemingen', 'verwerkingsverantwoordelijken', 'de AVG', 'de wet', 'de verordening'],

  topics: {
    controller: ['contact\\w*', 'wie (zijn wij|is verantwoordelijk)', 'verwerkingsverantwoordelijke', 'over ons', 'verantwoordelijke', 'gegevens van', 'adres', 'vragen'],
    purposes: ['doel\\w*', 'waarom', 'waarvoor', 'hoe (gebruiken|verwerken) (wij|we)', 'gebruik van (uw )?(persoons)?gegevens', 'verwerking van (uw )?(persoons)?gegevens', 'wat doen (wij|we)'],
    'legal-basis': ['grondslag\\w*', 'rechtsgrond\\w*', 'wettelijke basis', 'juridische basis', 'op basis van'],
    data: ['welke (persoons)?gegevens', '(persoons)?gegevens die (wij|we) (verzamelen|verwerken|gebruiken)', 'categorie\\w* (van )?(persoons)?gegevens', 'benodigde (persoons)?gegevens', 'persoonsgegevens', 'gegevens'],
    recipients: ['derden', 'delen', 'verstrek\\w*', 'ontvangers?', 'verwerkers?', 'andere partijen', 'partners', 'wie (heeft|krijgt|ontvangt|ziet) (toegang|uw|jouw|je|mijn|het|ze|dit|die)', 'wie kan erbij', 'geven (\\S+ ){0,3}door', 'doorgifte'],
    retention: ['bewaar\\w*', 'hoe lang', 'opslag\\w*', 'retentie\\w*'],
    rights: ['(uw |jouw )?rechten', 'recht', 'wat (mag|mogen|kunt|kun|kan) (u|je|jij) (\\S+ ){0,3}(vragen|verwachten|doen)', 'wat (mag|mogen) (u|je|jij)', 'wat (u|je|jij) (\\S+ ){0,2}(kunt|kan) doen', '(kan|mag) ik (\\S+ ){0,3}(inzien|opvragen|laten|verwijder\\w*|wijzig\\w*|aanpass\\w*|corrigeren)', 'inzage', 'betrokkenen', 'keuzes'],
    complaint: ['klacht\\w*', 'toezichthouder', 'Autoriteit Persoonsgegevens'],
    automated: ['geautomatiseerde', 'profilering', 'kunstmatige intelligentie', 'besluitvorming'],
    transfers: ['doorgifte', 'buiten de (EU|EER|Europese)', 'derde landen', 'internationale'],
    dpo: ['functionaris (voor )?(de )?gegevensbescherming', 'FG', 'DPO'],
    sources: ['bronn?\\w*', 'herkomst', 'van wie', 'verkregen'],
    cookies: ['cookies?', 'tracking', 'analytics'],
    changes: ['wijziging\\w*', 'aanpassing\\w*', 'versie', 'laatst (gewijzigd|bijgewerkt|aangepast)'],
    consent: ['toestemming'],
  },

  controller: {
    organisation: ['B\\.? ?V\\.?', 'N\\.? ?V\\.?', 'V\\.? ?O\\.? ?F\\.?', 'vzw', 'v\\.z\\.w\\.?', 'bvba', 'BV', 'CV', 'stichting', '\\w*vereniging', 'parochie', 'parochiefederatie', 'kerkfabriek', 'kerkbestuur', '(kerk|geloofs)gemeenschap', 'coöperatie', 'gemeente', 'universiteit', 'hogeschool', 'eenmanszaak', 'is een (\\S+ ){0,3}(webwinkel|webshop|winkel|bedrijf|onderneming|praktijk|salon|studio|bakkerij|dienst|\\w*bureau|\\w*kantoor)', '& ?Co\\.?', 'verwerkingsverantwoordelijke', 'verantwoordelijke voor de verwerking', 'verantwoordelijk voor de verwerking', 'Kamer van Koophandel', 'KvK', 'KBO', 'ondernemingsnummer', 'handelsregister', 'wij zijn', 'gevestigd (te|in|aan)', '(website|site|webshop|webwinkel|app) (\\S+ ){0,2}((beheerd|geëxploiteerd|uitgegeven) door|is van)'],
    // Een manier om de verantwoordelijke te bereiken, niet het woord ervoor: lijsten van verwerkte gegevens noemen ook "telefoonnummer" en "postadres".
    channel: ['contactformulier', 'webformulier', '(ons|onze) (post|bezoek|vestigings|correspondentie)adres', 'e-?mailadres of postadres', 'per post', 'schriftelijk', '\\w*(straat|laan|weg|plein|kade|gracht|singel|dijk|lei|dreef|markt|steeg) \\d+', '\\d{4} ?[A-Z]{2}', 'postbus', 'tel\\.', '(bel|mail|schrijf) (ons|naar)', 'ons (\\S+ )?(bellen|mailen|schrijven)', 'telefonisch (contact|bereikbaar)'],
  },
  purposes: ['doel\\w*', '(wij|we) (gebruiken|verwerken|verzamelen|hebben|bewaren|delen) (uw |jouw |deze |die |de |persoons|gegevens)\\w*', 'gebruikt (om|voor)', 'ten behoeve van', 'ter (uitvoering|verbetering|verzameling|bevordering|voorkoming|bescherming)', 'in het kader van', 'om (de|uw|u|je|jouw|onze|ons|het|een|deze|contact) (\\S+ ){0,5}te', '(wij|we|ik) (\\S+ ){0,2}op basis van (uw|je|jouw) (\\S+ )?(profiel|gegevens|antwoorden|voorkeuren) (\\S+ ){0,3}(iemand|een|de|het|welke|wat|of)', 'nodig (om|voor|vanwege)', 'zodat (wij|we|u)', 'teneinde', 'met als doel', 'voor (het|de) (afhandel|uitvoer|lever|verzend|verbeter|beantwoord|verwerk|beheer|verstrek|aanmak|sturen)\\w*'],
  purposeLink: ['om (\\S+ ){0,8}te', 'ten behoeve van', 'ter (uitvoering|verbetering|bevordering)', 'zodat', 'teneinde', 'voor (het|de) (?!verwerk|uitvoering van (\\S+ )?(overeenkomst|contract))\\w+(en|ing|ingen)', 'zoals(?! (hierboven|hieronder|eerder) )', 'namelijk', 'waaronder', 'bijvoorbeeld', 'voor (marketing|nieuwsbrieven|statistieken|analyse|reclame)'],
  reachUs: ['om contact met (ons|mij) op te nemen', 'om (ons|mij) te (bereiken|mailen|bellen|schrijven|contacteren)'],
  dataCategories: ['na(a)?m(en)?', 'voornaam', 'achternaam', 'NAW(-gegevens)?', 'e-?mail(adres)?\\w*', 'telefoonnummers?', 'mobiel nummer', '(post|woon|factuur|bezoek|bedrijfs|afleveradres)?adres\\w*', 'postcode', 'woonplaats', 'geboortedatum', 'leeftijd', 'geslacht', 'IP-?adres\\w*', 'IP- adres', 'browser\\w*', 'apparaat\\w*', 'locatiegegevens', 'betalingsgegevens', 'bankrekening\\w*', 'IBAN', 'gebruikersnaam', 'wachtwoord', 'account\\w*', 'contactgegevens', 'klantgegevens', 'bedrijfsgegevens', 'communicatiegegevens', 'bezoeksgegevens', 'cookies?', 'foto\\w*', 'gezondheidsgegevens', 'BSN', 'burgerservicenummer', 'pasfoto', 'identiteitsbewijs', 'functie', 'werkgever', 'categorie\\w* (van )?persoonsgegevens', 'de volgende (persoons)?gegevens', 'persoonsgegevens (die )?(wij|we) (verwerken|verzamelen)', 'transactie\\w*', 'aankoop\\w*', '(camera|video|bewakings)beelden', 'beeld(opname|materiaal)\\w*', '(camera|video)opnamen?', 'beelden van (personen|bezoekers)', 'kentekens?'],
  recipients: ['derden', 'derde partij\\w*', 'ontvangers?', '(sub)?verwerkers?', 'verwerkersovereenkomst', 'dienstverleners?', 'leveranciers?', 'partners?', 'partijen', '(wij |we )?(delen|verstrekken|geven) (uw |jouw |de |deze |persoons)*gegevens', 'verstrek\\w*', 'doorgeven', '(geeft|geven|gaf|gaven) (\\S+ ){1,4}door aan', 'ter beschikking', 'hosting\\w*', 'hostingpartij', '\\w*hosters?', 'in (onze|ons) opdracht', 'boekhoud\\w*', 'accountant', '\\w*administratiekanto\\w*', 'overheid\\w*', 'instanties?', 'politie', 'justitie', '(incasso|betaling\\w*|nieuwsbrie\\w*|e-mails?|mailings?) (\\S+ )?(loopt|lopen|gaat|gaan|verloopt|verlopen) via', 'bezorgdienst', 'koeriers?', 'betaalprovider', 'toegang tot (uw |jouw |de )?(persoons)?gegevens', 'verkopen (uw |jouw )?(persoons)?gegevens', 'delen met', 'gezamenlijk\\w* (verwerkings)?verantwoordelijk\\w*', 'niemand anders (krijgt|ziet|ontvangt|heeft toegang|kan erbij)', '(komt|kan) er (verder )?niemand (anders )?bij', '(geven|delen|verstrekken) ((we|wij) )?(uw |je |jouw |de |deze )?(niets|niks|gegevens|ze)( niet| nooit)? (door )?(aan|met) anderen', 'gedeeld met', 'gedeeld', '(\\w*akte|\\w*aktes|\\w*gegevens|\\w*dossier|\\w*formulier|\\w*aanvraag|kopie) (gaat|gaan) (ook |dan |daarna |vervolgens )?naar (?!het buitenland)(het|de|onze|een) \\w+', '(betaling\\w*|betalen|reservering\\w*|boeking\\w*) (\\S+ ){0,2}(loopt|lopen|verloopt|verlopen|gaat|gaan|doe je|doet u) via'],
  service: ['(wij|we|ik) gebruiken (\\S+ ){1,3}(om (\\S+ ){0,3}te (versturen|hosten|verwerken)|voor (de |onze )?(nieuwsbrie\\w+|betalingen|hosting))', '(nieuwsbrie\\w+|betalingen|website|webshop) (\\S+ ){0,4}(versturen|verstuurd|verwerkt|gehost) (\\S+ ){0,3}(via|door|bij) \\S+'],
  nobody: ['(met |aan )?niemand', 'alleen (ik|wij|we|mijzelf)', 'alleen (het|de|onze|ons|mijn) (\\S+ )?\\S+'],

  sale: {
    sell: ['verko\\w*', 'verkocht', 'verhuren', 'verhuurd'],
    passOn: ['del(en|t)', 'gedeeld', 'verstrek\\w*', 'doorgeven', 'doorgegeven', 'geven (\\S+ ){0,4}door', 'ter beschikking', 'doorgifte'],
  },

  basis: {
    general: ['grondslag\\w*', 'rechtsgrond\\w*', '(wettelijke|juridische) basis', 'art(ikel)?\\.? ?6', 'op basis van', 'op grond van', 'gebaseerd op', 'rechtmatig\\w*'],
    grounds: {
      consent: ['(gaan|nemen) (wij|we) (er )?uit van (je |jouw |uw )?toestemming', 'ons op (uw |jouw |je |de )*toestemming', '(met|na|op basis van|gebaseerd op) (uw|jouw|je) (uitdrukkelijke )?instemming', '(op basis van|gebaseerd op|berust\\w* op|met|na|gegeven|geven|geeft|verkregen|vragen|vraagt|vragen wij|krachtens|op grond van) (uw |jouw |je |de |uitdrukkelijke |expliciete |voorafgaande |ondubbelzinnige )*toestemming', 'toestemming (heeft|hebt|geeft|hebben) gegeven', 'u (ons )?(hiervoor |daarvoor |daartoe )?(uw |de )?toestemming (heeft|hebt) gegeven', '(heeft|hebt|hebben) (ons |hiervoor |daarvoor |daartoe |uw |je |jouw |uitdrukkelijk |ondubbelzinnig )*toestemming gegeven', '(u|je|jij) (hiervoor |daarvoor |daarmee |hiermee )?(uw |je |jouw )?toestemming (geeft|verleent)', '(u|je|jij) (daar|hier) (uw |je |jouw )?toestemming voor (geeft|verleent|(heeft|hebt) gegeven)', '(als|nadat|wanneer|indien) (u|je|jij) (daar|hier) (\\S+ )?ja (op|voor) (zegt|(heeft|hebt) gezegd)', 'toestemming (is|als) (de )?(grondslag|basis)', '(?<!intrekken\\x20van\\x20|intrekking\\x20van\\x20|intrekken\\x20van\\x20uw\\x20|intrekking\\x20van\\x20uw\\x20|intrekken\\x20van\\x20je\\x20)toestemming:', 'toestemming \\(art', '\\((uw |jouw |je |uitdrukkelijke |voorafgaande )*toestemming\\)', '(grondslag|grondslagen|basis) (\\S+ ){0,4}(is|zijn) (uw |jouw |je |de |uitdrukkelijke )*toestemming', 'indien u (hiervoor )?toestemming', 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?a\\)?'],
      contract: ['(uitvoering|uitvoeren|nakoming|nakomen|sluiten|afsluiten|totstandkoming|aangaan) (van )?(de |een |onze |uw |het )?(\\w*overeenkomst|\\w*contract|dienstverlening)', '(overeenkomst|contract) (die|dat) (wij|we) met (u|je) (sluiten|hebben|aangaan)', '(overeenkomst|contract) (met (u|je|jou) )?(uit te voeren|na te komen|af te sluiten)', '(gebaseerd op|berust\\w* op|op (basis|grond) van) (de |een |onze |uw |het )?((?!verwerkers)\\w*overeenkomst|\\w*contract)', 'vanwege (het|de|onze) (contract|overeenkomst)', 'nodig (voor|vanwege) (het|de) (contract|overeenkomst)', '(nodig|noodzakelijk) (\\S+ ){0,2}voor (het|uw|je|jouw) lidmaatschap', '(nodig|noodzakelijk) om (\\S+ ){0,2}lid te (kunnen )?(zijn|worden|blijven)', '(omdat|want) (dat|dit|het|deze gegevens) (\\S+ )?(nodig|noodzakelijk) (is|zijn) (om|voor) (je|uw|jouw|de|het) (\\S+ ){0,2}(bestelling|order|aankoop|reservering|boeking|lidmaatschap|levering)', '(omdat (we|wij|ik) (dat|dit|het|die|deze|ze) (\\S+ )?nodig (hebben|heb)|want (we|wij|ik) (hebben|heb) (dat|dit|het|die|deze|ze) (\\S+ )?nodig) (om|voor) (je|uw|jouw|de|het) (\\S+ ){0,2}(bestelling|order|aankoop|reservering|boeking|lidmaatschap|levering)', 'noodzakelijk (voor|om) (de|het) (overeenkomst|contract)', 'contractuele (verplichting|noodzaak)', 'precontractuele', 'overeenkomst:', 'contractuele grond(slag)?', '\\((uitvoering (van )?(de |een |het )?)?(\\w*overeenkomst|\\w*contract)\\)', 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?b\\)?'],
      'legal-obligation': ['wettelijke (verplichting|plicht)(en)?', 'wettelijk verplicht', '(wet|wetgeving|\\w+wet|gemeente|overheid) (\\S+ ){0,3}verplicht(te)? (ons|mij)', 'verplicht op (grond|basis) van (de )?(wet|wet- en regelgeving)', '(voldoen|nakoming|nakomen) (aan )?(een |de |onze )?(wettelijke|wet- en regelgeving|fiscale)', 'wet- en regelgeving', '(op (basis|grond) van|krachtens) de (wet|wetgeving) (op|inzake|betreffende)', 'fiscale (verplichting|plicht)(en)?', LAW_REASON, 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?c\\)?'],
      'vital-interests': ['vita(a|le) belang(en)?', 'levensbelang\\w*', 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?d\\)?'],
      'public-task': ['algemeen belang', 'publiekrechtelijke taak', 'openbaar gezag', 'taak van algemeen belang', 'publieke taak', 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?e\\)?'],
      'legitimate-interests': ['gerechtvaardigd(e)? belang(en)?', 'rechtmatig(e)? belang(en)?', 'legitiem(e)? (belang(en)?|interesses?)', 'art(ikel)?\\.? ?6 ?(lid )?\\(?1\\)? ?(sub |onder )?\\(?f\\)?'],
    },
    listed: { consent: ['(uw |jouw |je |de )?(uitdrukkelijke )?toestemming'], contract: ['(de |een |het )?(overeenkomst|contract)'] },
    anaphor: ['(dit|dat) (is|zijn)', 'hierin', 'daarin', 'hiervoor', 'daarvoor', 'hierbij', 'daarbij'],
    interestLink: ['om', 'te', 'bij', 'in', 'namelijk', 'zoals', 'waaronder', 'bestaande uit', 'te weten', 'voor', 'ten behoeve van', 'omdat', 'bijvoorbeeld', ':'],
    conditional: ['waar', 'als', 'indien', 'wanneer', 'voor ?zover', 'in (de )?gevallen (waarin|waar)'],
    bare: ['verwerk\\w*', 'gebruik\\w*', 'verzamel\\w*', 'bewaar\\w*', 'bewaren', 'persoonsgegevens', 'persoonlijke', 'informatie', 'alleen', 'uitsluitend', 'slechts', 'natuurlijk', 'maar', 'echter', 'dan', 'gebeurt', 'vindt', 'plaats', '(in )?(sommige|bepaalde) gevallen', 'kunnen', '(zoals )?(hierboven|hieronder|eerder) (beschreven|genoemd|vermeld|toegelicht)'],
  },

  retention: {
    keep: ['bewaa?r\\w*', 'bewaard', 'opgeslagen', 'opslaan', 'opslag', 'bijgehouden', '(houden|houdt) (\\S+ ){0,3}bij (zolang|totdat|tot|gedurende)', 'verwijder\\w*', 'gewist', 'wissen', 'vernietig\\w*', 'geanonimiseerd', 'anonimiseren', 'retentie\\w*', 'archiv\\w*', 'vastgelegd', 'gooi\\w* (\\S+ ){0,3}weg', 'weggegooid', '(ruim|ruimt|ruimen) (\\S+ ){0,3}(dossier|gegevens|\\w*lijst|\\w*lijsten|formulier|formulieren|archief|bestand|bestanden|map) (\\S+ ){0,8}op\\b', 'opgeruimd', 'opruim\\w*'],
    period: ['\\d+ (kalender)?(dagen|dag|weken|week|maanden|maand|jaren|jaar|uur)', '(één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|zestig|negentig) (\\(\\d+\\) )?(kalender)?(dagen|dag|weken|week|maanden|maand|jaren|jaar|uur)', 'jaarlijks', 'na afloop van het (boek)?jaar'],
    criterion: ['totdat (u|je|de|het|wij|we|uw|jouw)', '(?<!verzoek\\x20)tot (het einde|de beëindiging|het moment|u|je|uw|jouw|wederopzegging|opzegging|intrekking)', 'zolang (u|je|uw|jouw) (\\S+ )?(ingeschreven|aangemeld|klant|lid|account|abonnement|abonnee|gebruiker)', 'gedurende de (looptijd|duur)', '(het )?einde van (de|het|uw|jouw|je) (overeenkomst|contract|lidmaatschap|abonnement|relatie|klantrelatie|dienstverlening)', 'de (looptijd|duur) van (de|het|uw)', 'na (het einde|beëindiging|afloop|opzegging|afronding|afsluiting) van', '(nadat|zodra) (u|je|de|het|uw)', 'na (laatste|uw laatste) (contact|communicatie|bezoek|aankoop)'],
    statutory: ['wettelijke (bewaartermijn|bewaarplicht|termijn)\\w*', 'fiscale bewaar\\w*', 'bewaarplicht\\w*', 'bewaarverplichting\\w*', 'verjaringstermijn\\w*', LAW_REASON],
    vague: ['zo ?lang (als )?(dat )?(in redelijkheid |redelijkerwijs |strikt )*(nodig|noodzakelijk|vereist)', 'niet langer (bewaard |bewaren )?dan (redelijkerwijs |strikt )*(nodig|noodzakelijk|vereist)', 'zolang (als )?(het|dit|dat|wij|we) (nodig|noodzakelijk)', 'zolang als nodig', 'zolang (dat )?nodig', 'gedurende een redelijke termijn', '(bewaa?r\\w*|houden) (\\S+ ){0,4}(nog )?(een tijdje|een poosje|enige tijd)', 'bewaartermijnen? (\\S+ ){0,5}(kunnen|kan) (verschillen|variëren|uiteenlopen)', 'volgens ons bewaarbeleid'],
    reply: ['(regel|regelen|reageer|reageren|antwoord|antwoorden|beantwoord\\w*|behandel\\w*|doe|doen) (\\S+ ){0,5}binnen', 'binnen (\\S+ ){0,4}(op (uw|je|jouw) verzoek|na ontvangst van (uw|je|jouw|het) verzoek)'],
    same: ['(uw|je|jouw|de|alle|deze|die) (persoons)?gegevens', 'persoonsgegevens', 'ze', 'zij', 'deze', 'dit'],
  },

  rights: {
    frame: ['recht\\w*', '(de )?mogelijkheid', 'eisen', '(wilt|wil) (u|je) (\\S+ ){0,2}weten', 'u (kunt|kan|mag|heeft|hebt)', '(kunt|kan) u', 'je (kunt|kan|mag|hebt)', '(kun|kan) je', 'verzoe\\w*', 'heeft u', 'hebt u', 'laten', 'uitoefen\\w*', 'beroep doen'],
    named: {
      access: ['recht (op|van) inzage', 'inzagerecht', 'recht op toegang', 'inzageverzoek', 'verzoek (tot|om) inzage'],
      rectification: ['recht (op|van) (rectificatie|correctie|verbetering|aanvulling|wijziging)', 'rectificatie'],
      erasure: ['recht (op|van) (vergetelheid|verwijdering|gegevenswissing|wissing|om vergeten te worden)', 'vergetelheid', 'vergeten te worden', 'gegevenswissing'],
      restriction: ['recht (op|van) (beperking|afscherming)', 'beperking van (de )?verwerking', 'afscherming'],
      object: ['recht (op|van) (bezwaar|verzet)', 'bezwaar (te )?(maken|aantekenen|indienen) tegen', 'recht om bezwaar', 'bezwaarrecht', 'recht van verzet', 'verzet (aantekenen|tegen)'],
      portability: ['(gegevens|data)?overdraagbaarheid', '(data)?portabiliteit', 'recht op (gegevens|data)overdraagbaarheid', 'overdragen aan (een )?(andere|derde)', 'over (te )?laten dragen', 'overdracht van (uw |jouw )?gegevens'],
    },
    described: {
      access: ['inzage', 'inzien', 'in te zien', 'inkijken', 'in te kijken', 'opvragen', 'kopie van (uw|jouw|de) (persoons)?gegevens', 'wilt (\\S+ ){0,3}weten welke (persoons)?gegevens', '(opvragen|inzien) welke (persoons)?gegevens', 'welke (persoons)?gegevens (wij|we|ik) ((van|over) )?((u|je|jou) )?(heb|hebben|verwerk|verwerken|vastleg|vastleggen|bewaar|bewaren)', 'weten wat (wij|we|ik) (van )?((u|je) )?(heb|hebben|verwerk|verwerken|vastleggen|bewaar|bewaren|opslaan|opgeslagen)', 'toegang tot (uw|jouw|je) (persoons)?gegevens'],
      rectification: ['corrigeer\\w*', 'corrigeren', 'gecorrigeerd', 'correctie', 'rectific\\w*', 'verbeter\\w*', 'aanpass\\w*', 'aangepast', 'aan te passen', '(pas(sen|t)? (wij|we|ik)|(wij|we|ik) pas(sen)?) (ze|(uw |je |jouw |de |die |deze )?(persoons)?gegevens) (\\S+ ){0,3}aan', '(pas(sen|t)? (wij|we|ik)|(wij|we|ik) pas(sen)?) het (direct |meteen |dan )?aan', '(verhuisd|nieuwe? (\\S+ )?(e-?mailadres|telefoonnummer|adres|rekeningnummer)),? (\\S+ ){0,6}(geef|geeft|geven) (\\S+ ){0,3}door', '(geef|geeft|geven) (\\S+ ){0,2}(nieuwe|gewijzigde) (\\S+ )?(e-?mailadres|telefoonnummer|adres|gegevens|rekeningnummer) (\\S+ ){0,2}door', '(gegevens|ze|deze|die) (\\S+ ){0,3}(te )?(laten )?wijzig\\w*', 'wijzig\\w* (van )?(uw|je|jouw|de|deze) (\\S+ )?(persoons)?gegevens', 'gewijzigd', 'aanvullen', 'aangevuld', 'verander\\w*', 'onjuist\\w*', 'fouten'],
      erasure: ['verwijder\\w*', 'weg (te )?(laten )?halen', 'weghalen', 'wissen', 'wissing', 'gewist', 'vergeten', 'vernietig\\w*'],
      restriction: ['beperk\\w* (van )?(de |het )?(verwerking|gebruik)', 'beperking van de (\\S+ ){1,3}verwerking', '(verwerking|gebruik|gegevens) (\\S+ ){0,4}(laten |te )?beperk\\w*', 'afscherm\\w*', 'blokkering', '(gegevens|verwerking) (\\S+ ){0,3}(laten |te )?blokkeren', '(verwerking|gebruik) (\\S+ ){0,5}stil (te )?(zetten|leggen)', 'stil(zetten|leggen)', '(bewaren|bewaard) (\\S+ ){0,2}zonder (ze |die |deze )?te gebruiken', 'tijdelijk niet (meer )?(te )?(gebruiken|gebruikt|verwerken|verwerkt)'],
      // Unsubscribing from a newsletter ('afmelden', 'uitschrijven') ends a mailing; it does not tell the reader of the right to object (Art. 21).
      object: ['bezwaar', 'verzet\\w*'],
      portability: ['overdra\\w*', 'overgedragen', 'machineleesba\\w*', 'meenemen', 'gestructureerd\\w*', 'elektronisch formaat', 'gangba\\w* (\\S+ ){0,2}(bestands)?(formaat|bestand|vorm)', 'andere (organisatie|partij|aanbieder|dienstverlener|zorgverlener|verwerkingsverantwoordelijke)'],
    },
    withdrawConsent: ['keuze (\\S+ ){0,4}(herroep\\w*|intrekken|in te trekken)', '(uw |jouw |je |de |gegeven |deze |die )?toestemming[,;:]? (\\S+ ){0,8}(in ?te ?trekken|intrekken|ingetrokken|trekt in|trekken)', 'intrekken van (uw |jouw |je |de )?toestemming', 'intrekking van (uw |jouw |je |de )?toestemming', 'toestemming (altijd |op elk moment |op ieder moment |te allen tijde )?(weer )?(intrekken|in te trekken|herroepen)', 'herroep\\w* (van )?(uw |de )?toestemming', 'recht (om|op) (de |uw )?toestemming (in ?te ?trekken|intrekking)', '(op elk moment|op ieder moment|altijd) (\\S+ ){0,3}(afmelden|uitschrijven)', 'toestemming[,;:]? (\\S+ ){0,14}(die|deze|ze) (\\S+ ){0,2}(in ?te ?trekken|intrekken|herroepen)', '(bedenk|bedenkt) (je|u|jij) (je|zich) (later|achteraf|alsnog)(?![^.?!]{0,80}(bestel|aankoop|product|koop|retour|terug ?(te )?(sturen|zenden)))'],
    reference: ['(dit|dat|deze|die) rechte?n?'],
    complaintAction: ['klacht\\w*', 'klagen', 'beklag', 'melding maken', 'ontevreden', 'niet tevreden', 'niet eens', 'wenden tot', '(kan|kunt) (\\S+ ){0,2}terecht'],
    authority: ['toezichthoud\\w*', 'toezichthoudende autoriteit', 'Autoriteit Persoonsgegevens', 'de AP', 'Gegevensbeschermingsautoriteit', 'GBA', 'Toezichtcommissie', 'privacy ?commissie', 'Commissie (voor de )?bescherming van de persoonlijke levenssfeer', 'College bescherming persoonsgegevens', 'gegevensbeschermingsautoriteit', 'autoriteit'],
  },

  automatedDecisions: ['beslist (er )?een computer', '(besluit|beslissing)\\w*,? (\\S+ ){0,9}(alleen|uitsluitend|volledig|enkel) door (een )?computer\\w*', '(mens|mensen|medewerker)\\w*,? (en )?niet (van|door) (een |de )?computer', '(met de hand|handmatig),? niet (met|door) (een |de )?computer\\w*', 'niet (een |de )?computer,? maar (een |onze )?(mens|mensen|medewerker)', 'geautomatiseerde (individuele )?(besluit\\w*|beslissing\\w*|verwerking(en)?)', 'automatisch\\w* (besluit\\w*|beslissing\\w*)', 'besluit\\w* (\\S+ ){0,3}automatisch (genomen|gemaakt)', '(besluit|beslissing)\\w* (\\S+ ){0,4}(volledig|uitsluitend|enkel) automatisch', 'besluit\\w* (die )?(uitsluitend|volledig|enkel) (gebaseerd )?(op )?geautomatiseerd\\w*', 'profilering', 'profielen (op ?stellen|maken|aanleggen|samenstellen)', '(wij|we) (maken|stellen) (geen )?\\w*profielen', '(maken|stellen) (wij|we) (geen )?\\w*profielen', 'art(ikel)?\\.? ?22'],
  automatedRight: ['niet (\\S+ ){0,2}onderworpen (te worden )?aan', 'niet (\\S+ ){0,12}onderworpen te worden'],
  statutory: {
    direct: ['(niet|geen) (wettelijk |contractueel )?verplicht (om )?(\\S+ ){0,4}(te )?(verstrekken|geven|opgeven|delen)', '(wettelijke|contractuele) (verplichting|vereiste) (om|tot) (\\S+ ){0,6}(te )?(verstrekken|verstrekking|geven|opgeven|aanleveren|delen)', 'indien u (de |deze |uw |bepaalde )?(\\S+ ){0,5}niet (aan ons )?(verstrekt|wilt verstrekken|geeft|opgeeft)', 'als u (de |deze |uw )?(\\S+ ){0,5}niet (aan ons )?(verstrekt|geeft|opgeeft)', '(wenst|wilt) u (de |deze |uw )?(\\S+ ){0,6}niet (aan ons )?te verstrekken', 'noodzakelijke voorwaarde (om|voor) (een |de |het )?(overeenkomst|contract)', '(wanneer|als|indien) (deze |de |uw |die )?(gegevens|persoonsgegevens) niet (worden|wordt) verstrekt', 'verplichte velden', 'verplicht (in te vullen|veld)', 'met een (\\* |sterretje )', '(is|zijn|geschiedt|gebeurt) (\\S+ ){0,2}vrijwillig', '(verstrekt|geeft|deelt) (u|je|jij) (\\S+ ){0,4}vrijwillig', 'op vrijwillige basis', '(is|zijn) (geheel |volledig |altijd )?optioneel', 'optionele (velden|gegevens|informatie)', '(verstrekken|invullen|opgeven|geven|delen) van (\\S+ ){1,4}(is|zijn) niet verplicht', 'zonder (deze|die|uw) gegevens', 'zonder (\\S+ )?\\w*gegevens,? (kunnen|kan|kunt) (wij|we|ik|u|je) (\\S+ ){0,3}(niet|geen)', '(geef|geeft|lever|levert) (je|u|jij) (ons )?(geen|niet) (?!toestemming)(\\S+ ){0,4}\\S+,? dan (\\S+ ){0,6}(niet|geen)', 'zonder (\\S+ ){1,6}kunnen (wij|we|ik) (\\S+ ){0,3}geen (\\S+ )?\\w*(overeenkomst|contract)', 'leeg laten', '(wil|wilt) (je|u|jij) (\\S+ ){1,4}niet (invullen|geven|verstrekken|opgeven|doorgeven|delen|laten zien),? dan (\\S+ ){0,6}(niet|geen)'],
    provide: ['(u|je|jij|gebruikers?|klanten?) (\\S+ ){0,5}(verstrek\\w*|opgeven|opgegeven|invullen|ingevuld|geven|aanleveren|doorgeven)', '(verstrekt|geeft) (u|je|jij)', '(verstrekken|opgeven|invullen|geven|aanleveren) van (uw|jouw|je|de|deze|bepaalde) (persoons)?gegevens', 'gevraagd (worden )?(om|naar)', 'vragen (wij |we )?(u|je) (om|naar)', 'vragen (wij|we) (\\S+ ){0,2}(naam|gegevens|persoonsgegevens|adres)', '((noteren|vragen) (wij|we|ik)|(wij|we|ik) (noteren|vragen)) (\\S+ ){0,2}(uw|je|jouw) (\\S+ )?(naam|namen|gegevens|adres|telefoonnummer|e-?mailadres)'],
    need: ['moet\\w*', 'verplicht\\w*', 'vereist', 'noodzakelijk', 'nodig', 'om (\\S+ ){0,4}(uit )?te kunnen (uitvoeren|voeren|leveren|verlenen|aanbieden)', 'kunnen (wij|we) (u )?(niet|geen)', 'niet (kunnen|mogelijk)'],
  },

  transfers: {
    outside: ['(wereldwijd|over de hele wereld) (\\S+ ){0,4}(verwerk|opgeslagen|opslaan|bewaard|bewaren|gehost|doorgegeven)\\w*', '(verwerkt|opgeslagen|bewaard|gehost|doorgegeven) (\\S+ ){0,3}(wereldwijd|over de hele wereld)', 'buiten (de )?(EU|EER|Europese Unie|Europese Economische Ruimte|Europa)', 'derde land\\w*', 'internationale (doorgifte|organisatie\\w*)', `${TRADE}(naar|in) (de )?(Verenigde Staten|USA|India|China|Canada|Australië)`, `${TRADE}(naar|in) de VS`, 'Amerikaans\\w* (\\S+ )?(bedrijf|dienst\\w*|leverancier|aanbieder|partij)', 'niet-(EU|EER)'],
    inside: ['binnen (de )?(EU|EER|Europese Unie|Europese Economische Ruimte|Europa|Nederland|België)', '(opgeslagen|gehost|verwerkt) (in|binnen) (de )?(EU|EER|Europa|Nederland|België)', 'servers? (\\S+ ){0,2}(in|binnen) (de )?(EU|EER|Europa|Nederland|België|Duitsland|Ierland)', 'Europese (servers?|datacentr?a|datacenters?|cloud\\w*)', '(in|binnen) (de )?(EU|EER|Europa|Nederland|België) (\\S+ )?(opgeslagen|gehost|verwerkt|bewaard)', 'opslaglocatie', 'locatie'],
    safeguards: ['standaard ?(contract)?(bepalingen|clausules|contractbepalingen)', 'modelcontract\\w*', 'model ?(contract)?clausules', 'standard contractual clauses', 'SCC\\w*', 'adequaatheid\\w*', 'adequaat (beschermingsniveau|niveau)', 'passend beschermingsniveau', 'gelijkwaardig beschermingsniveau', 'bindende bedrijfsvoorschriften', 'binding corporate rules', 'BCR\\w*', 'Data Privacy Framework', 'art(ikel)?\\.? ?4[5-9]'],
    recipient: ['ontvangers?', 'derden', 'derde partij\\w*'],
  },

  dpo: {
    term: ['functionaris (voor )?(de )?gegevensbescherming', 'FG', 'DPO', 'data protection officer', 'privacy ?officer'],
    own: ['onze (functionaris|FG|DPO|privacy ?officer)', 'is (de|onze) (functionaris|FG|DPO)', '(wij hebben|heeft) (een )?(functionaris|FG|DPO|privacy ?officer)', 'aangesteld', 'benoemd', '(functionaris (voor )?(de )?gegevensbescherming|FG|DPO|privacy ?officer) (is )?(bereikbaar|te bereiken|via|op)', 'contact (opnemen )?met (onze|de) (functionaris|FG|DPO)'],
  },

  sources: {
    obtained: ['(van|via|uit|door) (andere|externe|openbare|derde|publieke) (bronnen|partijen|registers?|partners?)', '(krijgen|ontvangen|verkrijgen|verzamelen|verkregen|ontvangen) ((wij|we) )?(\\S+ ){0,6}(van|via|uit) (derden|andere|externe|openbare|uw (bank|werkgever|vertegenwoordiger)|onze partners|partners|sociale media)', 'andere bronnen', 'externe bronnen', 'openbare bronnen', 'niet (rechtstreeks|direct) (van|bij) (u|jou)', 'indirect', '(via|uit) sociale media', 'afkomstig (\\S+ ){0,2}(van|uit) (derden|andere|externe|openbare|publieke)'],
    listLeadIn: ['(van|via|uit|bij) de volgende (\\S+ )?(bronnen|partijen|organisaties|instanties|derden)'],
    specific: ['partner\\w*', 'sociale media', 'openbare (registers?|bronnen)', 'Kamer van Koophandel', 'KvK', 'Kruispuntbank', 'KBO', 'kadaster', 'bank\\w*', 'creditcardmaatschappij', 'werkgever', 'LinkedIn', 'Facebook', 'Google', 'kredietbureau\\w*', 'overheid\\w*', 'gemeente', 'school', 'verzekeraar\\w*', 'zorgverlener\\w*', 'ziekenhui\\w*', 'apothe\\w*', 'huisarts\\w*', 'uw (bank|werkgever|vertegenwoordiger|organisatie|bedrijf)', 'doorverwijz\\w*', 'aanbrenger'],
  },

  lastUpdated: {
    cue: ['laatst (gewijzigd|aangepast|bijgewerkt|herzien|geactualiseerd|gewijzigde)', '(bijgewerkt|gewijzigd|aangepast|herzien) (op|per)', 'versie', 'versiedatum', 'geldig (vanaf|per|sinds)', 'ingangsdatum', 'datum', 'van kracht (sinds|per|vanaf)', 'laatste (wijziging|update|aanpassing)'],
    months: MONTHS,
  },

  cookies: {
    mention: ['cookies?', 'cookiebeleid', 'cookieverklaring', 'cookiebanner', 'cookiemelding', 'vergelijkbare technieken', 'tracking ?pixels?', 'pixels?', 'web ?beacons?'],
    handling: ['toestemming', 'accept\\w*', 'weiger\\w*', 'uitschakel\\w*', 'uitzetten', 'blokker\\w*', 'verwijder\\w*', 'browser\\w*', 'instellingen', 'voorkeuren', 'afmelden', 'opt-?out', 'opt-?in', 'cookiebanner', 'melding', 'geen \\w*cookies', 'geen gebruik', 'niet (\\S+ ){0,3}cookies', 'cookies niet', 'GEEN cookies', 'alleen (functionele|noodzakelijke|technische|analytische)', 'functionele cookies', 'noodzakelijke cookies', 'cookies die (\\S+ )?(nodig|noodzakelijk) zijn', 'cookiebeleid', 'cookieverklaring', 'bezwaar'],
    trackers: ['Google Analytics', 'analytics', 'tracking', 'trackers?', 'pixels?', 'web ?beacons?', 'Matomo', 'Plausible', 'Hotjar', 'Facebook Pixel', 'Meta Pixel', 'fingerprint\\w*', 'retargeting'],
  },

  impliedConsent: ['(gaan|nemen) (wij|we) (er )?uit van (je |jouw |uw )?toestemming', 'door (\\S+ ){0,4}te (gebruiken|bezoeken|blijven gebruiken|raadplegen|installeren|downloaden) (\\S+ ){0,3}(gaat u akkoord|ga(at)? je akkoord|stemt u in|stem je in|geeft u toestemming|geef je toestemming|accepteert u|accepteer je)', '(nemen|gaan) (wij|we) (er )?(van )?(aan|uit) dat (u|je) (geen bezwaar|akkoord|toestemming|instemt|daarmee instemt|hiermee instemt|ermee instemt)', 'door (het )?(verder )?(gebruik|gebruiken|gebruik te maken|(te )?blijven gebruiken|verder te gaan|verder te surfen|verder te navigeren|het bezoeken|te bezoeken) (\\S+ ){0,8}(gaat u akkoord|ga(at)? je akkoord|stemt u in|stem je in|geeft u toestemming|geef je toestemming|accepteert u|accepteer je|geeft u aan|geef je aan|verklaart u|verklaar je|te accepteren|akkoord te gaan)', '(als|wanneer|indien) (u|je) (\\S+ ){0,6}(verder gebruikt|blijft gebruiken|verder gaat|verder surft)(,)? (gaat|nemen|gaan|stemt|geeft|accepteert)', 'stilzwijgend\\w* (toestemming|akkoord)', 'geacht (\\S+ ){0,3}(toestemming|akkoord|in te stemmen)', 'verder (te )?(surfen|navigeren|gebruiken|klikken) (\\S+ ){0,6}(akkoord|toestemming|in met)'],
  outdated: [
    { cue: '(EU-VS-|EU-US |EU-VS )?Privacy Shield', replacement: 'EU-VS Data Privacy Framework of standaardcontractbepalingen', reason: 'Het Hof van Justitie heeft het Privacy Shield in juli 2020 ongeldig verklaard (C-311/18, Schrems II).' },
    { cue: 'Safe Harbou?r', replacement: 'EU-VS Data Privacy Framework of standaardcontractbepalingen', reason: 'Het Hof van Justitie heeft Safe Harbor in 2015 ongeldig verklaard (C-362/14, Schrems I).' },
    { cue: '(Richtlijn|Directive) 95/46(/EG|/EC)?', replacement: 'de AVG (Verordening (EU) 2016/679)', reason: 'Richtlijn 95/46/EG is op 25 mei 2018 vervangen door de AVG.' },
    { cue: 'Privacyrichtlijn', replacement: 'de AVG (Verordening (EU) 2016/679)', reason: 'De Privacyrichtlijn 95/46/EG is op 25 mei 2018 vervangen door de AVG.' },
    { cue: 'Wet bescherming persoonsgegevens|\\(?Wbp\\)?', replacement: 'de Algemene verordening gegevensbescherming (AVG)', reason: 'De Wet bescherming persoonsgegevens (Wbp) is op 25 mei 2018 vervallen; sindsdien geldt de AVG.', current: 'AVG|Algemene verordening gegevensbescherming' },
    { cue: 'College bescherming persoonsgegevens|\\(?CBP\\)?', replacement: 'de Autoriteit Persoonsgegevens', reason: 'Het College bescherming persoonsgegevens heet sinds 1 januari 2016 Autoriteit Persoonsgegevens.', current: 'Autoriteit Persoonsgegevens' },
    { cue: '(Belgische )?Privacy ?[Cc]ommissie|Commissie (voor de )?bescherming van de persoonlijke levenssfeer', replacement: 'de Gegevensbeschermingsautoriteit', reason: 'De Belgische Privacycommissie is op 25 mei 2018 vervangen door de Gegevensbeschermingsautoriteit (GBA).', current: 'Gegevensbeschermingsautoriteit' },
    { cue: 'Wet (van 8 december 1992 )?(tot |ter )?bescherming van de persoonlijke levenssfeer|Privacywet van 1992|wet van 8 december 1992', replacement: 'de AVG en de Belgische wet van 30 juli 2018', reason: 'De Belgische Privacywet van 8 december 1992 is vervangen door de AVG en de wet van 30 juli 2018.' },
  ],

  historical: ['voorheen', 'vroeger', 'niet langer', 'ongeldig\\w*', 'vervangen', 'opvolger', 'vervallen', 'ingetrokken', 'voormalige?', 'heet nu', 'thans'],

  rules: {
    'controller-identity': { title: 'Wie verantwoordelijk is en hoe u die bereikt', message: 'De privacyverklaring zegt niet wie verantwoordelijk is voor de persoonsgegevens (de verwerkingsverantwoordelijke) en hoe die te bereiken is. De AVG ({articles}) vereist de naam van de organisatie en haar contactgegevens.' },
    purposes: { title: 'Doeleinden van de verwerking', message: 'De privacyverklaring zegt niet waarvoor de persoonsgegevens worden gebruikt. De AVG ({articles}) vereist dat u de doeleinden noemt.' },
    'legal-basis': { title: 'Grondslag', message: 'De privacyverklaring zegt niet op welke grondslag de gegevens worden verwerkt (toestemming, een overeenkomst, een wettelijke verplichting, een gerechtvaardigd belang...). De AVG ({articles}) vereist de grondslag voor elk doel.' },
    'data-categories': { title: 'Soorten persoonsgegevens', message: 'De privacyverklaring noemt niet welke soorten persoonsgegevens worden verwerkt (naam, e-mailadres, IP-adres...). Lezers verwachten dit, en de AVG ({articles}) vereist het als de gegevens niet bij hen zelf zijn verkregen.' },
    recipients: { title: 'Ontvangers', message: 'De privacyverklaring zegt niet wie de persoonsgegevens ontvangt (dienstverleners, verwerkers, instanties...) of dat niemand ze ontvangt. De AVG ({articles}) vereist de ontvangers of hun categorieën.' },
    retention: { title: 'Bewaartermijn', message: 'De privacyverklaring zegt niet hoe lang de persoonsgegevens worden bewaard of hoe die termijn wordt bepaald. De AVG ({articles}) vereist de bewaartermijn of de criteria daarvoor.' },
    'right-access': { title: 'Recht op inzage', message: 'Het recht op inzage ontbreekt: betrokkenen moeten weten dat zij een kopie van hun gegevens kunnen opvragen. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-rectification': { title: 'Recht op rectificatie', message: 'Het recht op rectificatie ontbreekt: betrokkenen moeten weten dat zij onjuiste gegevens kunnen laten verbeteren. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-erasure': { title: 'Recht op gegevenswissing', message: 'Het recht op gegevenswissing ("recht op vergetelheid") ontbreekt: betrokkenen moeten weten dat zij hun gegevens kunnen laten verwijderen. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-restriction': { title: 'Recht op beperking van de verwerking', message: 'Het recht op beperking van de verwerking ontbreekt: betrokkenen moeten weten dat zij het gebruik van hun gegevens kunnen laten beperken. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-object': { title: 'Recht van bezwaar', message: 'Het recht van bezwaar ontbreekt: betrokkenen moeten weten dat zij bezwaar kunnen maken tegen de verwerking, ook tegen direct marketing. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-portability': { title: 'Recht op overdraagbaarheid van gegevens', message: 'Het recht op overdraagbaarheid van gegevens ontbreekt: betrokkenen moeten weten dat zij hun gegevens in een machineleesbaar formaat kunnen krijgen of laten doorsturen. De AVG ({articles}) vereist dat u hen hierop wijst.' },
    'right-complaint': { title: 'Recht om een klacht in te dienen', message: 'De privacyverklaring zegt niet dat betrokkenen een klacht kunnen indienen bij de toezichthouder (in Nederland de Autoriteit Persoonsgegevens, in België de Gegevensbeschermingsautoriteit). De AVG ({articles}) vereist dit.' },
    'automated-decisions': { title: 'Geautomatiseerde besluitvorming en profilering', message: 'De privacyverklaring zegt niet of over betrokkenen besluiten worden genomen die uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn gebaseerd en rechtsgevolgen hebben of hen in aanmerkelijke mate treffen. De AVG ({articles}) vereist dat betrokkenen over zulke besluiten worden geïnformeerd; worden ze niet genomen, vermeld dat dan.' },
    'statutory-requirement': { title: 'Of het verstrekken van gegevens verplicht is', message: 'De privacyverklaring zegt niet of betrokkenen hun gegevens moeten verstrekken (wettelijk of voor een overeenkomst) en wat er gebeurt als zij dat niet doen. De AVG ({articles}) vereist dit.' },
    'right-withdraw-consent': { title: 'Recht om toestemming in te trekken', message: 'De privacyverklaring gebruikt toestemming als grondslag, maar zegt niet dat die toestemming altijd kan worden ingetrokken. De AVG ({articles}) vereist dit.' },
    'legitimate-interests': { title: 'Het gerechtvaardigd belang', message: 'De privacyverklaring beroept zich op een gerechtvaardigd belang, maar zegt niet welk belang dat is. De AVG ({articles}) vereist dat u het belang noemt.' },
    'transfer-safeguards': { title: 'Waarborgen bij doorgifte buiten de EER', message: 'Persoonsgegevens gaan naar landen buiten de EER, maar de privacyverklaring zegt niet of een adequaatheidsbesluit de doorgifte dekt of welke waarborg haar beschermt (standaardcontractbepalingen, bindende bedrijfsvoorschriften...). De AVG ({articles}) vereist dit.' },
    'dpo-contact': { title: 'Contactgegevens van de functionaris voor gegevensbescherming', message: 'Er wordt een functionaris voor gegevensbescherming genoemd zonder contactgegevens. De AVG ({articles}) vereist die.' },
    'data-sources': { title: 'Herkomst van de gegevens', message: 'De privacyverklaring zegt dat gegevens ook van anderen dan de betrokkene komen, maar niet van wie. De AVG ({articles}) vereist de bron of de categorie van bronnen.' },
    'last-updated': { title: 'Datum van de laatste wijziging', message: 'De privacyverklaring heeft geen datum of versie. Lezers kunnen niet zien of zij actueel is; vermeld de datum van de laatste wijziging.' },
    cookies: { title: 'Cookies en vergelijkbare technieken', message: 'De dienst gebruikt cookies of trackers, maar de privacyverklaring zegt niet hoe toestemming daarvoor wordt gevraagd en beheerd.' },
    'transfers-statement': { title: 'Of gegevens de EER verlaten', message: 'De privacyverklaring zegt niet of persoonsgegevens buiten de Europese Economische Ruimte terechtkomen. Vermeld dit, ook als dat niet zo is.' },
    'vague-retention': { title: 'Vage bewaartermijn', message: 'Deze zin over bewaren noemt geen termijn en geen criterium. De AVG ({articles}) vereist de werkelijke termijn of de criteria die hem bepalen.' },
    'implied-consent': { title: 'Toestemming afgeleid uit stilzwijgen of verder gebruik', message: 'Toestemming kan niet worden afgeleid uit stilzwijgen of verder gebruik: zij moet een duidelijke, actieve keuze zijn (art. 4 punt 11 en overweging 32 AVG; HvJ EU C-673/17, Planet49). Vraag om toestemming.' },
    'outdated-reference': { title: 'Verouderde verwijzing', message: 'Hier staat "{found}", en dat is verouderd. {reason}' },
    'basis-without-purpose': { title: 'Grondslag zonder doel', message: 'Deze grondslag is aan geen enkel doel gekoppeld. De AVG ({articles}) vereist dat lezers zien voor welk doel elke grondslag geldt.' },
  },
  notes: { 'other-language': 'Een deel in een andere taal', 'unfilled-placeholder': 'Een invulplek die niet is ingevuld' },
  phrases: {
    dpoHint: 'Er wordt geen functionaris voor gegevensbescherming genoemd. Als er een is aangesteld, vereist de AVG (art. 13 lid 1 onder b) zijn of haar contactgegevens.',
    triggeredBy: 'Hierdoor is dit onderdeel vereist',
    useInstead: 'Gebruik in plaats daarvan {replacement}.',
    otherLanguage: 'Dit deel is in het {language}, maar de privacyverklaring wordt in het Nederlands gecontroleerd, dus wat hier staat telt voor geen enkel onderdeel mee. Zet elke taalversie in een eigen bestand.',
    languages: { en: 'Engels', nl: 'Nederlands', de: 'Duits', fr: 'Frans' },
  },
};
