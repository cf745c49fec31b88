/**
 * Dutch wordings met in session 19's invented notices (a car-sharing association, a Flemish animal
 * shelter, a removal firm, a notary's office), each beside its near miss: a consequence in "zonder
 * ... kun je / kunnen we ... niet / nergens", "Dat is wettelijk zo geregeld", "Dat belang is ..."
 * in the sentence after a legitimate-interests basis, a tidy-up "weer eens" or "af en toe" as no
 * period, and "Zeg je je lidmaatschap op, dan halen we je ... uit" as retention rather than a right
 * to erasure. The sentences are written for these tests.
 */
import { NL, joinLines, runCases, type Case } from './helpers';

describe('Session 19 Dutch wordings', () => {
  const cases: Case[] = [
    // the consequence of not giving data: "zonder ... kun je / mogen we ... niet / nergens"
    { name: '"Zonder rijbewijs kun je wel lid worden, maar niet rijden" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Je gegevens', '', NL, 'We vragen je naam, adres en rijbewijsnummer. Zonder rijbewijs kun je wel lid worden, maar niet rijden.') },
    { name: '"zonder die registratie mogen we de pup niet meegeven" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Adoptie', '', NL, 'We noteren uw naam, adres en rijksregisternummer. Zonder die registratie mogen we de pup niet meegeven.') },
    { name: '"Zonder je nieuwe adres kunnen we het pakket nergens heen sturen" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bestellen', '', NL, 'We vragen je naam en je adres. Zonder je nieuwe adres kunnen we het pakket nergens heen sturen.') },
    { name: '"Zonder lift mogen we de kast niet naar boven dragen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Verhuizen', '', NL, 'We noteren je naam en je adres voor de planning. Zonder lift mogen we de kast niet naar boven dragen.') },
    { name: '"Zonder afspraak kun je niet binnenlopen" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Afspraken', '', NL, 'We vragen je naam en je telefoonnummer. Zonder afspraak kun je helaas niet binnenlopen.') },
    // a legal obligation as "wettelijk (zo) geregeld"
    { name: '"Dat is wettelijk zo geregeld" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Adoptie', '', NL, 'De chip van uw hond registreren we op uw naam. Dat is wettelijk zo geregeld.') },
    { name: '"want dat is wettelijk voorgeschreven" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Gasten', '', NL, 'We noteren de naam en nationaliteit van elke gast, want dat is wettelijk voorgeschreven.') },
    { name: '"De openingstijden zijn niet wettelijk geregeld" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Gasten', '', NL, 'We noteren de naam van elke gast om de kamer klaar te zetten. De openingstijden van de receptie zijn niet wettelijk geregeld.') },
    // the interest in the sentence after the one a legitimate-interests basis closes
    { name: '"... gerechtvaardigd belang (art. 6 lid 1 sub f AVG). Dat belang is ..." names the interest', id: 'legitimate-interests', expected: 'present', text: joinLines('## Waarvoor?', '', NL, 'Wij bewaren correspondentie en laten onze systemen controleren. Grondslag: ons gerechtvaardigd belang (artikel 6 lid 1 sub f AVG). Dat belang is een veilige en controleerbare bedrijfsvoering.') },
    { name: '"... gerechtvaardigd belang. Wij willen ..." names it', id: 'legitimate-interests', expected: 'present', text: joinLines('## Waarvoor?', '', NL, 'Wij bewaren de IP-adressen van bezoekers. Dat doen we op grond van ons gerechtvaardigd belang. Wij willen aanvallen op de site kunnen terugzien.') },
    { name: '"... gerechtvaardigd belang. Wij bewaren ze twee jaar." does not', id: 'legitimate-interests', expected: 'missing', text: joinLines('## Waarvoor?', '', NL, 'Wij bewaren de IP-adressen van bezoekers. Dat doen we op grond van ons gerechtvaardigd belang. Wij bewaren ze twee jaar.') },
    // a tidy-up now and then is no period
    { name: '"gooien we weg als we weer eens opruimen" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang?', '', NL, 'Oude inschrijfformulieren gooien we weg als we weer eens opruimen.') },
    { name: '"verwijderen we af en toe" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang?', '', NL, 'Mails van klanten verwijderen we af en toe uit de mailbox.') },
    { name: '"gooien we weg na twee jaar" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Hoe lang?', '', NL, 'Oude inschrijfformulieren gooien we weg na twee jaar, als we weer opruimen.') },
    // "Zeg je je lidmaatschap op, dan halen we je uit ..." is what happens on leaving, not a right
    { name: '"Zeg je je lidmaatschap op, dan halen we je uit de ledenlijst" is no right to erasure', id: 'right-erasure', expected: 'missing', text: joinLines('## Je rechten', '', NL, 'Je kunt altijd vragen wat we van je bewaren. Zeg je je lidmaatschap op, dan halen we je uit de ledenlijst.') },
    { name: '"Zeg het ons, dan halen we je foto weg" is one', id: 'right-erasure', expected: 'present', text: joinLines('## Je rechten', '', NL, 'Je kunt altijd vragen wat we van je bewaren. Zeg het ons, dan halen we je foto van de site.') },
  ];
  runCases('nl', cases);
});
