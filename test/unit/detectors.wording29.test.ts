/**
 * Dutch wordings and shapes met in the notices of session 15 (a wedding photographer writing to "jullie", a Flemish
 * fanfare's draft, a driving school's algemene voorwaarden in the third person, a bank, a hospital's privacyreglement
 * converted from a PDF, a department store with a loyalty card), each beside its near miss: consent as "als jullie
 * daarmee akkoord gaan", access as "Willen jullie weten welke gegevens ik van jullie heb", erasure as "of moet er iets
 * weg?", the reader named as a party of the terms ("De leerling kan de rijschool vragen om inzage"), a numbered paragraph
 * hard-wrapped at a fixed width ("7.8 Wij nemen geen besluiten ... op geautomatiseerde" / "verwerking berusten."), and
 * a letterhead whose contact details stand on one line joined by " | ".
 * The sentences are written for these tests.
 */
import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/service/document';
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);
const plain = (...lines: string[]): string => joinLines('PRIVACYREGLEMENT', '', ...lines);

describe('Session 15 Dutch wordings', () => {
  const cases: Case[] = [
    { name: '"alleen als jullie daarmee akkoord gaan" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Sommige foto\'s zet ik op Instagram. Dat doe ik alleen als jullie daarmee akkoord gaan.') },
    { name: '"als je ermee akkoord gaat" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('Je foto komt in de nieuwsbrief als je ermee akkoord gaat.') },
    { name: '"als jullie daarmee niet akkoord gaan, zeg het" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('Sommige foto\'s zet ik op Instagram; als jullie daarmee niet akkoord gaan, zeg het dan.') },
    { name: '"als u akkoord gaat met onze algemene voorwaarden" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('We vragen uw naam en adres. Als u akkoord gaat met onze algemene voorwaarden, kunt u bestellen.') },
    { name: '"Willen jullie weten welke gegevens ik van jullie heb" is access', id: 'right-access', expected: 'present', text: notice('Ik noteer jullie namen en adres. Willen jullie weten welke gegevens ik van jullie heb? Stuur me een berichtje.') },
    { name: '"Willen jullie weten welke locaties ik aanraad" is not', id: 'right-access', expected: 'missing', text: notice('Ik noteer jullie namen en adres. Willen jullie weten welke locaties ik aanraad? Stuur me een berichtje.') },
    { name: '"of moet er iets weg?" is erasure', id: 'right-erasure', expected: 'present', text: notice('Ik noteer jullie namen en adres. Willen jullie weten welke gegevens ik van jullie heb, of moet er iets weg? Stuur me gerust een berichtje.') },
    { name: '"kan er iets weg raken?" is not', id: 'right-erasure', expected: 'missing', text: notice('Ik noteer jullie namen en adres. Kan er iets weg raken? Je kunt gerust zijn: ik maak elke dag een back-up.') },
    { name: '"De leerling kan de rijschool altijd vragen om inzage in zijn gegevens" is access', id: 'right-access', expected: 'present', text: notice('De rijschool legt naam en adres van de leerling vast. De leerling kan de rijschool altijd vragen om inzage in zijn gegevens.') },
    { name: '"De huurder kan de verhuurder vragen om onjuiste gegevens te verbeteren" is rectification', id: 'right-rectification', expected: 'present', text: notice('De verhuurder legt naam en adres van de huurder vast. De huurder kan de verhuurder vragen om onjuiste gegevens te verbeteren.') },
    { name: '"De rijschool kan het CBR vragen om inzage in de planning" is no right of the reader', id: 'right-access', expected: 'missing', text: notice('De rijschool legt naam en adres van de leerling vast. De rijschool kan het CBR altijd vragen om inzage in de planning van de examens.') },
    { name: 'a numbered paragraph hard-wrapped in the middle of "geautomatiseerde verwerking" still says so', id: 'automated-decisions', expected: 'present', format: 'plaintext', text: plain('7.7 Een verzoek kunt u schriftelijk of via het patiëntenportaal indienen bij', 'de administratie.', '', '7.8 Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde', 'verwerking berusten. Computers ondersteunen onze artsen daarbij.') },
    { name: 'a letterhead name over a line of address, e-mail and phone joined by " | " names the controller', id: 'controller-identity', expected: 'present', format: 'plaintext', text: joinLines('PRIVACY', '', 'Anna Vos Fotografie - portret & gezin', 'Dorpsstraat 1, 1234 AB Ergens | info@annavosfotografie.nl | 06 12 34 56 78', '', 'Ik gebruik je naam en e-mailadres om de fotoshoot te plannen.') },
    // Round 2, from notices written after those fixes (a holiday home's huurvoorwaarden, a toneelkring's member brochure).
    { name: '"Wij bewaren niets langer dan nodig." is vague', id: 'vague-retention', expected: 'problem', text: notice('We noteren uw naam en adres.', '', 'Wij bewaren niets langer dan nodig.') },
    { name: '"Wij bewaren niets langer dan twee jaar." is not', id: 'vague-retention', expected: 'none', text: notice('We noteren uw naam en adres.', '', 'Wij bewaren niets langer dan twee jaar.') },
    { name: '"De beelden worden na een week overschreven" gives a period', id: 'retention', expected: 'present', text: notice('We noteren uw naam en adres. Aan de voordeur hangt een camera. De beelden worden na een week overschreven.') },
    { name: '"Het voorschot wordt binnen 14 dagen overschreven" does not', id: 'retention', expected: 'missing', text: notice('We noteren uw naam en adres. Het voorschot wordt binnen 14 dagen overschreven.') },
    { name: '"dan halen we je na het seizoen uit de ledenlijst" gives a criterion', id: 'retention', expected: 'present', text: notice('We vragen je naam en gsm-nummer. Stop je als lid, dan halen we je na het seizoen uit de ledenlijst.') },
    { name: '"Na het seizoen halen we de kostuums uit de kast" does not', id: 'retention', expected: 'missing', text: notice('We vragen je naam en gsm-nummer. Na het seizoen halen we de kostuums uit de kast.') },
    { name: '"De koepel krijgt daarvoor je naam en geboortedatum" names a recipient', id: 'recipients', expected: 'present', text: notice('We vragen je naam en geboortedatum. De koepel krijgt daarvoor je naam en geboortedatum.') },
    { name: '"Je krijgt daarvoor je naam op een badge" does not', id: 'recipients', expected: 'missing', text: notice('We vragen je naam en geboortedatum. Je krijgt daarvoor je naam op een badge.') },
    { name: '"zijn wij verplicht van elke gast naam en geboortedatum in te schrijven" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Wij noteren uw naam voor de reservatie. Als uitbater van toeristisch logies zijn wij verplicht van elke gast naam en geboortedatum in te schrijven.') },
    { name: '"zijn wij verplicht de woning proper op te leveren" is not', id: 'legal-basis', expected: 'missing', text: notice('Wij noteren uw naam voor de reservatie. Als verhuurder zijn wij verplicht de woning proper op te leveren.') },
    { name: '"Om lid te worden vragen we je naam" says the data is required', id: 'statutory-requirement', expected: 'present', text: notice('Om lid te worden vragen we je naam, adres en geboortedatum.') },
    { name: '"Om lid te worden klik je op de knop" does not', id: 'statutory-requirement', expected: 'missing', text: notice('We sturen je de nieuwsbrief. Om lid te worden van de Facebookgroep klik je op de knop.') },
    { name: '"vraag ik om jullie namen ... Die heb ik nodig om" says the data is required', id: 'statutory-requirement', expected: 'present', text: notice('Als jullie mij boeken, vraag ik om jullie namen en adres. Die heb ik nodig om de dag voor te bereiden.') },
    { name: '"vraag ik om een voorschot ... Dat heb ik nodig om" does not', id: 'statutory-requirement', expected: 'missing', text: notice('Als jullie mij boeken, vraag ik om een voorschot. Dat heb ik nodig om de datum vast te leggen.') },
    // Round 3, from notices written after those fixes (a gastouder's web page, a pension fund).
    { name: '"Het BSN moet ik van de Belastingdienst op de jaaropgave zetten" is a legal obligation', id: 'legal-basis', expected: 'present', text: notice('Ik noteer de naam en het BSN van je kind. Het BSN moet ik van de Belastingdienst op de jaaropgave zetten.') },
    { name: '"Het BSN moet ik van de ouders krijgen" is not', id: 'legal-basis', expected: 'missing', text: notice('Ik noteer de naam en het BSN van je kind. Het BSN moet ik van de ouders op het formulier krijgen.') },
    { name: '"Zij krijgen de contracten en maken de facturen" names a recipient', id: 'recipients', expected: 'present', text: notice('Ik noteer jullie namen en adres. Ik werk samen met Gastouderbureau De Vlinder. Zij krijgen de contracten en maken de facturen.') },
    { name: '"Jullie krijgen de contracten per post" does not', id: 'recipients', expected: 'missing', text: notice('Ik noteer jullie namen en adres. Jullie krijgen de contracten per post.') },
    { name: '"Als de opvang stopt, gooi ik het dossier weg" gives a criterion', id: 'retention', expected: 'present', text: notice('Ik noteer jullie namen en adres. Als de opvang stopt, gooi ik het dossier weg.') },
    { name: '"Oude tekeningen gooi ik weg als de map vol is" does not', id: 'retention', expected: 'missing', text: notice('Ik noteer jullie namen en adres. Oude tekeningen gooi ik weg als de map vol is.') },
    { name: '"Klopt er iets niet, dan pas ik het aan" is rectification', id: 'right-rectification', expected: 'present', text: notice('Ik noteer jullie namen en adres. Klopt er iets niet, dan pas ik het aan.') },
    { name: '"Klopt er iets niet aan de factuur, bel dan het bureau" is not', id: 'right-rectification', expected: 'missing', text: notice('Ik noteer jullie namen en adres. Klopt er iets niet aan de factuur, bel dan het bureau.') },
    { name: 'a payment abroad "nodig voor de uitvoering" of the payment to the reader (art. 49(1)(b)) in the transfer\'s sentence is its ground', id: 'transfer-safeguards', expected: 'present', text: notice('Wij noteren uw naam en rekeningnummer. Woont u buiten de EER, dan gaan de gegevens voor de betaling naar uw bank daar; dat is nodig voor de uitvoering van de uitbetaling aan u.') },
    { name: 'a transfer outside the EEA and "nodig voor de uitvoering" in the next sentence is not', id: 'transfer-safeguards', expected: 'missing', text: notice('Wij noteren uw naam en rekeningnummer. Onze helpdesk zit buiten de EER. Uw gegevens zijn nodig voor de uitvoering van de overeenkomst.') },
    // Round 4, from a notice written after those fixes (a Flemish jeugdhuis's first draft).
    { name: '"Vragen of wil je je gegevens zien? Mail naar ..." is access', id: 'right-access', expected: 'present', text: notice('We noteren je naam en gsm-nummer. Vragen of wil je je gegevens zien? Mail naar bestuur@voorbeeld.be.') },
    { name: '"Wil je de foto\'s zien? Kijk op Instagram" is not', id: 'right-access', expected: 'missing', text: notice('We noteren je naam en gsm-nummer. Wil je de foto\'s van de fuif zien? Kijk op onze Instagram.') },
    { name: '"die houden we nog een paar jaar bij" is vague', id: 'vague-retention', expected: 'problem', text: notice('We noteren je naam en gsm-nummer.', '', 'De gegevens van vrijwilligers houden we nog een paar jaar bij.') },
    { name: '"die houden we nog drie jaar bij" is not', id: 'vague-retention', expected: 'none', text: notice('We noteren je naam en gsm-nummer.', '', 'De gegevens van vrijwilligers houden we nog drie jaar bij.') },
    // The reader as "de klant", "een cliënt", "de sollicitant" (the cue 'klanten?' read "klante" and "klanten" only).
    { name: '"De klant verstrekt zijn adres" is the reader giving data, no recipient', id: 'recipients', expected: 'missing', format: 'plaintext', text: joinLines('Privacyverklaring Bakkerij Zon', '', 'Bakkerij Zon, Dorpsstraat 1, Utrecht, verwerkt naam en adres voor het bezorgen van bestellingen.', '', 'De klant verstrekt zijn adres; zonder adres kunnen wij de bestelling niet bezorgen.') },
    { name: '"Wij verstrekken het adres van de klant aan de bezorgdienst" names a recipient', id: 'recipients', expected: 'present', format: 'plaintext', text: joinLines('Privacyverklaring Bakkerij Zon', '', 'Bakkerij Zon, Dorpsstraat 1, Utrecht, verwerkt naam en adres voor het bezorgen van bestellingen.', '', 'Wij verstrekken het adres van de klant aan de bezorgdienst.') },
  ];
  runCases('nl', cases);

  it('reads a long numbered line that runs on in lower case as text, and a short numbered title over lower-case text as a heading', () => {
    const m = buildModel(plain('7.8 Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde', 'verwerking berusten.', '', '8. Gegevens', 'naam, adres en telefoonnummer van de patiënt.'), 'plaintext');
    const kinds = m.sentences.map((s) => `${s.kind}: ${s.text}`);
    assert.ok(kinds.includes('paragraph: 7.8 Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.'), kinds.join('\n'));
    assert.ok(kinds.includes('heading: 8. Gegevens'), kinds.join('\n'));
  });

  it('keeps a one-word heading over a contact line joined by " | " a heading', () => {
    const m = buildModel(joinLines('PRIVACY', '', 'Wij gebruiken je naam om je bestelling te leveren.', '', 'Contact', 'Dorpsstraat 1, 1234 AB Ergens | info@voorbeeld.nl | 06 12 34 56 78'), 'plaintext');
    assert.ok(m.sentences.some((s) => s.kind === 'heading' && s.text === 'Contact'), m.sentences.map((s) => `${s.kind}: ${s.text}`).join('\n'));
  });
});
