/**
 * Dutch wordings met in the notices of session 13 (a tattoo shop, a homework tutoring institute, a Flemish
 * parish, an online pharmacy, a car dealer with private lease, a Flemish festival's FAQ), each beside its near
 * miss: consent "als je daar toestemming voor geeft" and "als u daar ja op heeft gezegd", its withdrawal "Bedenk je
 * je later?" and "Gaf je toestemming, ..., dan kan je die altijd intrekken", "Wil je de vragenlijst niet invullen,
 * dan kunnen we je niet helpen", "dan ruimen we het dossier na een jaar op", "De parochie Sint-X" as the
 * controller, "Een doop- of huwelijksakte gaat ook naar het bisdom". The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 13 Dutch wordings', () => {
  const cases: Case[] = [
    { name: '"als je daar toestemming voor geeft" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Een foto van je nieuwe tattoo zetten we alleen op Instagram als je daar toestemming voor geeft.') },
    { name: '"of hij daar toestemming voor heeft, weten we niet" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Soms brengt iemand een vriend mee; of die daar toestemming voor heeft van zijn werkgever, weten we niet.') },
    { name: '"alleen als u daar vooraf ja op heeft gezegd" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Soms overleggen we met de mentor op school, maar alleen als u daar vooraf ja op heeft gezegd.') },
    { name: '"als je ja zegt tegen een kopje koffie" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('We noteren je naam bij de balie. Als je ja zegt tegen een kopje koffie, zetten we het meteen.') },
    { name: '"Bedenk je je later? ... we halen de foto weg" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: notice('Een foto van je tattoo zetten we alleen op Instagram als je daar toestemming voor geeft. Bedenk je je later? Stuur ons een bericht en we halen de foto weg.') },
    { name: '"Bedenk je je later over je bestelling, ... terugsturen" is about the purchase, not the consent', id: 'right-withdraw-consent', expected: 'missing', text: notice('Onze nieuwsbrief krijg je alleen als je daar toestemming voor geeft. Bedenk je je later over je bestelling, dan kun je het product binnen 14 dagen terugsturen.') },
    { name: '"Gaf je toestemming, bijvoorbeeld voor ..., dan kan je die altijd intrekken" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: notice('De nieuwsbrief sturen we alleen met je toestemming.', '', '## Wat zijn mijn rechten?', '', 'Gaf je toestemming, bijvoorbeeld voor de nieuwsbrief of de berichten van sponsors, dan kan je die altijd intrekken.') },
    { name: '"Gaf je toestemming voor de nieuwsbrief, dan ontvang je die elke maand" does not', id: 'right-withdraw-consent', expected: 'missing', text: notice('De nieuwsbrief sturen we alleen met je toestemming.', '', '## Wat zijn mijn rechten?', '', 'Gaf je toestemming, bijvoorbeeld voor de nieuwsbrief of de berichten van sponsors, dan ontvang je die elke maand in je mailbox.') },
    { name: '"Wil je de vragenlijst niet invullen, dan kunnen we je niet helpen" says what follows from not providing data', id: 'statutory-requirement', expected: 'present', text: notice('Voor we beginnen vul je een gezondheidsvragenlijst in. Wil je de vragenlijst niet invullen, dan kunnen we je helaas niet helpen.') },
    { name: '"Wil je niet wachten, dan kun je ..." does not', id: 'statutory-requirement', expected: 'missing', text: notice('Voor we beginnen vul je een gezondheidsvragenlijst in. Wil je niet wachten, dan kun je ook een afspraak maken.') },
    { name: '"dan ruimen we het dossier met rapporten na een jaar op" gives a retention period', id: 'retention', expected: 'present', text: notice('We bewaren de rapporten van uw kind in een dossier. Stopt uw kind bij ons, dan ruimen we het dossier met rapporten en verslagen na een jaar op.') },
    { name: '"Na een jaar ruimen we het lokaal op" does not', id: 'retention', expected: 'missing', text: notice('We vragen de naam van uw kind. Eens per jaar ruimen we het lokaal met alle boeken en spelletjes op.') },
    { name: '"De parochie Sint-Rita" with an address names the controller', id: 'controller-identity', expected: 'present', text: notice('De parochie Sint-Rita is een kleine geloofsgemeenschap in het dorp.', 'Het secretariaat is open op dinsdag: Kerkplein 3, 2431 Berkenhoeve, tel. 014 55 21 09.') },
    { name: '"de vieringen in de parochiekerk" with an address does not', id: 'controller-identity', expected: 'missing', text: notice('De uren van de vieringen in de parochiekerk staan op het bord.', 'Het bord hangt aan de Kerkplein 3, tel. 014 55 21 09.') },
    { name: '"Een doop- of huwelijksakte gaat ook naar het bisdom" names a recipient', id: 'recipients', expected: 'present', text: notice('Voor een doopsel noteren we de namen van ouders en peter en meter. Een doop- of huwelijksakte gaat ook naar het bisdom.') },
    { name: '"De opbrengst van de collecte gaat naar het bisdom" does not', id: 'recipients', expected: 'missing', text: notice('Voor een doopsel noteren we de namen van ouders en peter en meter. De opbrengst van de collecte gaat naar het bisdom.') },
    { name: '"Je gegevens gaan niet naar het buitenland" does not', id: 'recipients', expected: 'missing', text: notice('Voor een doopsel noteren we de namen van ouders en peter en meter. Je gegevens gaan nooit naar het buitenland.') },
  ];
  runCases('nl', cases);
});
