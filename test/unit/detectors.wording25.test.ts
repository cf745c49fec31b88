/**
 * Dutch wordings met in the notices of session 14 (a Flemish student climbing club, a one-person app developer, a
 * ZZP ISO consultant's half-template notice, a hogeschool research project, a Flemish agency's e-loket, a regional
 * newspaper), each beside its near miss: consent "als je daar bij je inschrijving toestemming voor gaf", "wie we
 * moeten bellen" (an indirect question, no duty to provide), "geen cookies, behalve die van Google Analytics" (cookies
 * used after all), "Crashrapporten gaan naar Firebase Crashlytics" and "De betaling loopt helemaal via Apple", the
 * legal obligation "om te doen wat de Belastingdienst van een ondernemer vraagt", "op locatie" (on site, no place of
 * storage), and a retention summary "niet langer dan nodig, en voor de meeste gegevens gelden vaste termijnen".
 * The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 14 Dutch wordings', () => {
  const cases: Case[] = [
    { name: '"als je daar bij je inschrijving toestemming voor gaf" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Foto\'s van de training zetten we op Instagram als je daar bij je inschrijving toestemming voor gaf.') },
    { name: '"of je ouders daar toestemming voor gaven, vragen we niet" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Je mag een vriend meebrengen naar de training; of je ouders daar ooit toestemming voor gaven, vragen we niet.') },
    { name: '"Van gedachten veranderd? Dan zet je dat vinkje terug uit" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: notice('Foto\'s van de training zetten we op Instagram als je daar bij je inschrijving toestemming voor gaf (het vinkje op het formulier). Van gedachten veranderd? Dan zet je dat vinkje gewoon terug uit op je profiel.') },
    { name: '"Zet je het vinkje voor de nieuwsbrief aan" does not', id: 'right-withdraw-consent', expected: 'missing', text: notice('Foto\'s van de training zetten we op Instagram als je daar bij je inschrijving toestemming voor gaf. Zet je ook het vinkje voor de nieuwsbrief aan, dan krijg je die elke maand.') },
    { name: '"vragen we ook wie we moeten bellen als er iets gebeurt" is no duty to provide', id: 'statutory-requirement', expected: 'missing', text: notice('Bij je inschrijving vragen we je naam en gsm-nummer. Voor de weekends vragen we ook wie we moeten bellen als er iets gebeurt.') },
    { name: '"Je naam moeten we hebben, anders kunnen we je niet verzekeren" is', id: 'statutory-requirement', expected: 'present', text: notice('Bij je inschrijving vragen we je naam en gsm-nummer. Je naam moeten we hebben, anders kunnen we je niet verzekeren.') },
    { name: '"geen cookies, behalve die van Google Analytics" uses cookies without saying how consent is handled', id: 'cookies', expected: 'missing', text: notice('We vragen je naam. Onze website gebruikt geen cookies, behalve die van Google Analytics om bezoekers te tellen.') },
    { name: '"Onze website gebruikt geen cookies." denies them', id: 'cookies', expected: 'present', text: notice('We vragen je naam. Onze website gebruikt geen cookies.') },
    { name: '"geen cookies, behalve functionele cookies" says which (no consent needed)', id: 'cookies', expected: 'present', text: notice('We vragen je naam. Onze website gebruikt geen cookies, behalve functionele cookies die nodig zijn om in te loggen.') },
    { name: '"geen cookies behalve een functionele sessiecookie" says which (no consent needed)', id: 'cookies', expected: 'present', text: notice('We vragen je naam. Onze website gebruikt geen cookies behalve een functionele sessiecookie voor het inloggen.') },
    { name: '"Crashrapporten gaan naar Firebase Crashlytics" names a recipient', id: 'recipients', expected: 'present', text: notice('De app verzamelt je lijstjes en een apparaat-ID. Crashrapporten gaan naar Firebase Crashlytics, een dienst van Google.') },
    { name: '"Updates gaan naar alle gebruikers tegelijk" does not', id: 'recipients', expected: 'missing', text: notice('De app verzamelt je lijstjes en een apparaat-ID. Updates gaan naar alle gebruikers tegelijk.') },
    { name: '"Crashrapporten gaan naar buiten Europa nooit" is no recipient', id: 'recipients', expected: 'missing', text: notice('De app verzamelt je lijstjes en een apparaat-ID. Crashrapporten gaan naar buiten Europa nooit.') },
    { name: '"De betaling loopt helemaal via Apple of Google" names a recipient', id: 'recipients', expected: 'present', text: notice('De app verzamelt je lijstjes en een apparaat-ID. De betaling loopt helemaal via Apple of Google.') },
    { name: '"De installatie loopt helemaal vanzelf" does not', id: 'recipients', expected: 'missing', text: notice('De app verzamelt je lijstjes en een apparaat-ID. De installatie loopt helemaal vanzelf.') },
    { name: '"om te doen wat de Belastingdienst van een ondernemer vraagt" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Ik gebruik je naam en adres om facturen te sturen en om te doen wat de Belastingdienst van een ondernemer vraagt.') },
    { name: '"om te doen wat de klant van een adviseur vraagt" is not', id: 'legal-basis', expected: 'missing', text: notice('Ik gebruik je naam en adres om facturen te sturen en om te doen wat de klant van een adviseur vraagt.') },
    { name: '"ik kijk ze in op locatie" says nothing of where data is stored', id: 'transfers-statement', expected: 'missing', text: notice('Ik noteer je naam. Personeelsdossiers van mijn opdrachtgever neem ik niet mee: ik kijk ze in op locatie.') },
    { name: '"De locatie van onze servers is Amsterdam" does', id: 'transfers-statement', expected: 'present', text: notice('Ik noteer je naam. De locatie van onze servers is Amsterdam.') },
    { name: '"niet langer dan nodig, en voor de meeste gegevens gelden vaste termijnen" is rescued by the periods after it', id: 'vague-retention', expected: 'none', text: notice('We noteren je naam.', '', '## Hoe lang bewaren wij uw gegevens?', '', '*Kort: niet langer dan nodig, en voor de meeste gegevens gelden vaste termijnen.*', '', '- Facturen: zeven jaar.', '- Gebruiksgegevens: maximaal dertien maanden, daarna worden zij verwijderd.') },
    { name: '"De meeste gegevens bewaren we zo lang als nodig" after a period for invoices is vague', id: 'vague-retention', expected: 'problem', text: notice('We noteren je naam.', '', '## Hoe lang bewaren wij uw gegevens?', '', 'Facturen bewaren we zeven jaar. De meeste gegevens bewaren we zo lang als nodig.') },
    // Round 2, from notices written after those fixes (a web agency, a study association's reglement, a research panel).
    { name: '"Voor de boekverkoop geven we je naam en studentnummer door aan X" names a recipient', id: 'recipients', expected: 'present', text: notice('We houden je naam en studentnummer bij. Voor de boekverkoop geven we je naam en studentnummer door aan onze boekenleverancier.') },
    { name: '"Op de ALV geven we het woord en de microfoon door van spreker naar spreker" is no recipient', id: 'recipients', expected: 'missing', text: notice('We houden je naam en studentnummer bij. Op de ALV geven we het woord en de microfoon door van spreker naar spreker.') },
    { name: '"Voor de studiereis delen we namen en geboortedata met het reisbureau" names a recipient', id: 'recipients', expected: 'present', text: notice('We houden je naam en studentnummer bij. Voor de studiereis delen we namen en geboortedata met het reisbureau en de verzekeraar.') },
    { name: '"delen we de kosten met de faculteit" does not', id: 'recipients', expected: 'missing', text: notice('We houden je naam en studentnummer bij. Voor de studiereis delen we de kosten met de faculteit.') },
    { name: '"het recht om zijn gegevens in te zien en te laten wijzigen" is rectification', id: 'right-rectification', expected: 'present', text: notice('We houden je naam en studentnummer bij. Ieder lid heeft het recht om zijn of haar gegevens in te zien en te laten wijzigen.') },
    { name: '"het recht om zijn gegevens in te zien" alone is not', id: 'right-rectification', expected: 'missing', text: notice('We houden je naam en studentnummer bij. Ieder lid heeft het recht om zijn of haar gegevens in te zien en een kopie te krijgen.') },
    { name: '"Sta je op een foto ..., mail dan ... en we halen hem offline" is erasure', id: 'right-erasure', expected: 'present', text: notice('De fotocommissie zet foto\'s op de website. Sta je op een foto die je liever niet online ziet, mail dan de fotocommissie en we halen hem offline.') },
    { name: '"De website gaat offline voor onderhoud" is not', id: 'right-erasure', expected: 'missing', text: notice('De fotocommissie zet foto\'s op de website. Sta je op een foto, dan zie je die op de website; in augustus gaat de website offline voor onderhoud.') },
    // Round 3, from notices written after those fixes (a Flemish speelpleinwerking, a municipality's online application).
    { name: '"De gemeente krijgt de lijst met namen voor de subsidie" names a recipient', id: 'recipients', expected: 'present', text: notice('We vragen de naam van je kind en jouw gsm-nummer. De gemeente krijgt de lijst met namen voor de subsidie.') },
    { name: '"Elk kind krijgt een drankje en een koek" does not', id: 'recipients', expected: 'missing', text: notice('We vragen de naam van je kind en jouw gsm-nummer. Elk kind krijgt een drankje en een koek.') },
    { name: '"U krijgt de gegevens van uw kind op papier" is no recipient', id: 'recipients', expected: 'missing', text: notice('We vragen de naam van uw kind en uw gsm-nummer. U krijgt de gegevens van uw kind op papier mee als u erom vraagt.') },
    { name: '"vernietigen we op het einde van de zomer" gives a retention period', id: 'retention', expected: 'present', text: notice('Op de medische fiche vul je allergieën in. De medische fiches vernietigen we op het einde van de zomer.') },
    { name: '"Op het einde van de zomer houden we een feest" does not', id: 'retention', expected: 'missing', text: notice('Op de medische fiche vul je allergieën in. Op het einde van de zomer houden we een groot feest voor alle kinderen.') },
    { name: '"Wil je weten wat we over jou of je kind bijhouden" is access', id: 'right-access', expected: 'present', text: notice('We vragen de naam van je kind en jouw gsm-nummer. Wil je weten wat we over jou of je kind bijhouden? Mail ons.') },
    { name: '"Wil je weten wat we deze zomer doen" is not', id: 'right-access', expected: 'missing', text: notice('We vragen de naam van je kind en jouw gsm-nummer. Wil je weten wat we deze zomer over de middag doen? Kijk op de website.') },
    // Round 4, from notices written after those fixes (a dog-walking service on the generator's template, a public library).
    { name: '"maar alleen als je dat goed vindt" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Ben ik ziek, dan neemt een collega het over. Die krijgt dan je adres en je sleutel, maar alleen als je dat goed vindt.') },
    { name: '"als je dat niet goed vindt, zeg het dan" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Ik zet foto\'s van de roedel op Instagram; als je dat niet goed vindt, zeg het dan.') },
    { name: '"uw leengeschiedenis in een bestand meekrijgen om elders te gebruiken" is portability', id: 'right-portability', expected: 'present', text: notice('U mag uw gegevens inzien en laten verbeteren. U kunt ook uw leengeschiedenis in een bestand meekrijgen om elders te gebruiken.') },
    { name: '"de folder in een bestand downloaden om thuis te lezen" is not', id: 'right-portability', expected: 'missing', text: notice('U mag uw gegevens inzien en laten verbeteren. U kunt ook de cursusfolder in een bestand downloaden om thuis te lezen.') },
    // Round 5, a neighbourhood association's notice written after those fixes.
    { name: '"Daarmee sturen we je de uitnodigingen en innen we de contributie" states purposes', id: 'purposes', expected: 'present', text: joinLines('# Privacy', '', 'Als je lid wordt, noteren we je naam, huisnummer en e-mailadres. Daarmee sturen we je de uitnodigingen en innen we de contributie.') },
    { name: '"Daarmee sluiten we het jaar af" does not', id: 'purposes', expected: 'missing', text: joinLines('# Privacy', '', 'Als je lid wordt, noteren we je naam, huisnummer en e-mailadres. In december is de kerstboomverbranding; daarmee sluiten we het jaar af.') },
    { name: '"Voor de incasso gaan rekeningnummer en naam naar onze bank" names a recipient', id: 'recipients', expected: 'present', text: notice('Als je lid wordt, noteren we je naam en rekeningnummer. Voor de incasso gaan rekeningnummer en naam naar onze bank.') },
    { name: '"Je naam gaat niet naar buiten" is no recipient', id: 'recipients', expected: 'missing', text: notice('Als je lid wordt, noteren we je naam en rekeningnummer. Je naam gaat nooit naar buiten.') },
    { name: '"Zeg je je lidmaatschap op, dan schrappen we je uit de lijst" gives a retention criterion', id: 'retention', expected: 'present', text: notice('Als je lid wordt, noteren we je naam en rekeningnummer in de ledenlijst. Zeg je je lidmaatschap op, dan schrappen we je uit de lijst.') },
    { name: '"Zeg je je lidmaatschap op, dan betaal je geen contributie meer" does not', id: 'retention', expected: 'missing', text: notice('Als je lid wordt, noteren we je naam en rekeningnummer in de ledenlijst. Zeg je je lidmaatschap op, dan betaal je geen contributie meer.') },
  ];
  runCases('nl', cases);
});
