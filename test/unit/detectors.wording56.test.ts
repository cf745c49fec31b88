/**
 * Dutch wordings met in session 19's invented notices (a car-sharing association, a Flemish animal
 * shelter, a removal firm, a notary's office), each beside its near miss: a consequence in "zonder
 * ... kun je / kunnen we ... niet / nergens", "Dat is wettelijk zo geregeld", "Dat belang is ..."
 * in the sentence after a legitimate-interests basis, a tidy-up "weer eens" or "af en toe" as no
 * period, and "Zeg je je lidmaatschap op, dan halen we je ... uit" as retention rather than a right
 * to erasure; then (a repair café, a funeral director) a cross on the form as consent, "zolang de
 * boekhoudregels dat vereisen", "dat ligt zo vast in de wet", "De mails gaan via ...", "eruit
 * halen" and a heading "Inzien of weghalen", "Zonder handtekening gaan we niet ...", "Afmelden kan
 * met de link", "voor als / voor het geval" as no period; then (a dental practice, a retreat organiser)
 * "alleen als u daarmee instemt", "Dat vul je alleen in als je dat zelf wilt", "Staat er iets
 * verkeerd in, dan passen we het aan", "dat moeten zorgverleners doen volgens de Wet ...". The sentences are written for these tests.
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
    // batch 2 (written after the fixes above): a cross on the form as consent
    { name: '"alleen als je daarvoor op het formulier een kruisje zet" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Mailtjes', '', NL, 'We sturen je een mailtje over nieuwe data, maar alleen als je daarvoor op het formulier een kruisje zet.') },
    { name: '"Zet een kruisje bij de maat die je wilt" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Bestellen', '', NL, 'We gebruiken je adres om het shirt te sturen. Zet een kruisje bij de maat die je wilt.') },
    // a statutory period said of "regels" and with a plural verb
    { name: '"zolang de boekhoudregels dat vereisen" is a criterion', id: 'retention', expected: 'present', text: joinLines('## Hoe lang?', '', NL, 'De facturen bewaren wij zolang de boekhoudregels dat vereisen.') },
    { name: '"volgens de boekhoudregels opgemaakt" is not', id: 'retention', expected: 'missing', text: joinLines('## Facturen', '', NL, 'De facturen worden volgens de boekhoudregels opgemaakt.') },
    // a legal obligation: "dat ligt zo vast in de wet", "Dat staat in de wet"
    { name: '"dat ligt zo vast in de wet" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Waarom?', '', NL, 'De aangifte van het overlijden moeten wij doen, dat ligt zo vast in de wet.') },
    { name: '"Dat staat in de wet." after a duty is one', id: 'legal-basis', expected: 'present', text: joinLines('## Waarom?', '', NL, 'Wij noteren het kenteken van elke klant. Dat staat in de wet.') },
    { name: '"Uw rechten staan in de wet" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Uw rechten', '', NL, 'Wij noteren het kenteken van elke klant om de auto terug te vinden. Uw rechten staan in de wet.') },
    // a service the mails or payments go through
    { name: '"De mails gaan via Laposta" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Mailtjes', '', NL, 'Je krijgt een mailtje als er een nieuwe datum is. De mails gaan via Laposta.') },
    { name: '"Onze mailtjes gaan via Sendloop" does', id: 'recipients', expected: 'present', text: joinLines('## Mailtjes', '', NL, 'We mailen je over nieuwe cursusdata. Onze mailtjes gaan via Sendloop.') },
    { name: '"De mails gaan over nieuwe data" does not', id: 'recipients', expected: 'missing', text: joinLines('## Mailtjes', '', NL, 'Je krijgt een mailtje als er een nieuwe datum is. De mails gaan over nieuwe data en openingstijden.') },
    // erasure as "eruit halen"; access under a heading "Inzien of weghalen"
    { name: '"wil je dat we je gegevens eruit halen?" under the rights is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Je rechten', '', NL, 'Wil je dat we je gegevens eruit halen? Mail ons.') },
    { name: '"halen de stekker eruit" is not', id: 'right-erasure', expected: 'missing', text: joinLines('## Reparaties', '', NL, 'We noteren je voornaam. Onze vrijwilligers halen altijd eerst de stekker eruit.') },
    { name: 'a heading "Inzien of weghalen" over "Wil je je briefje terugzien?" is access', id: 'right-access', expected: 'present', text: joinLines('## Inzien of weghalen', '', NL, 'Wil je je briefje terugzien? Vraag het aan de gastvrouw.') },
    { name: '"Wil je je briefje terugzien?" under "Vragen" is not', id: 'right-access', expected: 'missing', text: joinLines('## Vragen', '', NL, 'Wil je je briefje terugzien? Vraag het aan de gastvrouw.') },
    // "Zonder handtekening gaan we niet ..."
    { name: '"Zonder handtekening gaan we niet aan je fiets werken" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Bij binnenkomst', '', NL, 'Je vult je voornaam in en tekent het briefje. Zonder handtekening gaan we niet aan je fiets werken.') },
    { name: '"Zonder gereedschap gaan we niet aan de slag" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Bij binnenkomst', '', NL, 'Je vult je voornaam in en tekent het briefje. Zonder gereedschap gaan we niet aan de slag.') },
    // "Afmelden kan met de link"
    { name: '"Afmelden kan met de link onder elke mail" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Mailtjes', '', NL, 'We mailen je alleen met je toestemming over nieuwe data. Afmelden kan met de link onder elke mail.') },
    { name: '"Aanmelden kan met de link" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Mailtjes', '', NL, 'We mailen je alleen met je toestemming over nieuwe data. Aanmelden kan met de link op de site.') },
    // "voor als / voor het geval" is no period
    { name: '"houden we bij voor als de familie later nog vragen heeft" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang?', '', NL, 'Het dossier houden we bij voor als de familie later nog vragen heeft.') },
    { name: '"We bewaren je cv voor het geval er een plek vrijkomt" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Hoe lang?', '', NL, 'We bewaren je cv voor het geval er later een plek vrijkomt.') },
    { name: '"We bewaren je cv een jaar, voor het geval ..." is not', id: 'vague-retention', expected: 'none', text: joinLines('## Hoe lang?', '', NL, 'We bewaren je cv een jaar, voor het geval er later een plek vrijkomt.') },
    // batch 3 (written after the fixes above): consent as "alleen als u daarmee instemt", "alleen in als je dat zelf wilt"
    { name: '"maar alleen als u daarmee instemt" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Wie krijgt iets te zien', '', NL, 'Verwijzen wij u door naar een specialist, dan sturen we uw gegevens mee, maar alleen als u daarmee instemt.') },
    { name: '"Dat vul je alleen in als je dat zelf wilt" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Aanmelden', '', NL, 'Ik vraag ook naar blessures waar ik bij de les rekening mee moet houden. Dat vul je alleen in als je dat zelf wilt.') },
    { name: '"alleen als u met de voorwaarden instemt" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Aanmelden', '', NL, 'We gebruiken uw naam voor de inschrijving. U kunt alleen meedoen als u met de voorwaarden instemt.') },
    // rectification as "Staat er iets verkeerd in, dan passen we het aan"
    { name: '"Staat er iets verkeerd in, dan passen we het aan" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Uw dossier', '', NL, 'U mag uw dossier inzien. Staat er iets verkeerd in, dan passen we het aan.') },
    { name: '"Staat er iets verkeerd in de folder, bel ons" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Uw dossier', '', NL, 'U mag uw dossier inzien. Staat er iets verkeerd in de folder, bel ons dan.') },
    // a legal obligation as "dat moeten ... doen volgens de wet"
    { name: '"dat moeten zorgverleners doen volgens de Wet ..." is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Wat leggen we vast', '', NL, 'Bij de eerste afspraak controleren wij uw identiteitsbewijs; dat moeten zorgverleners doen volgens de Wet gebruik BSN in de zorg.') },
    { name: '"wat u moet doen volgens de huisregels" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Bezoek', '', NL, 'Wij noteren uw naam bij de balie om u op te roepen. Op de poster leest u wat u moet doen volgens de huisregels.') },
  ];
  runCases('nl', cases);
});
