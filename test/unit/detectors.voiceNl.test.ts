/**
 * The same Dutch notice in two other voices. A sole trader writes "ik", "mij" and "mijn" where a
 * firm writes "wij", "ons" and "onze", with the verbs in the singular ("ik pas het aan", "zo kan
 * ik", "ga ik uit van"); a formal notice speaks of the reader in the third person ("de klant",
 * "de patiënt", "hij of zij", "hem of haar") where a notice says "u" or "je". Found by checking
 * 21 Dutch notices of the sets again in one voice or the other: 14 read differently, now one.
 * The sentences are written for these tests.
 */
import { joinLines, runCases } from './helpers';

const doc = (...lines: string[]): string => joinLines('# Privacyverklaring', '', 'Hier staat wat er met persoonsgegevens gebeurt.', '', ...lines);

const studio = (line: string): string => joinLines('# Privacyverklaring', '', `Fotostudio Lichtval is de eenmanszaak van Sanne Bakker. ${line}`, '', '## Gegevens', '', 'Ik bewaar uw naam en e-mailadres voor de afspraak.');

describe('Dutch cues in the first person singular', () => {
  runCases('nl', [
    { name: '"dat ik het aanpas" is rectification', id: 'right-rectification', expected: 'present', text: doc('## Je rechten', '', 'Staat er iets verkeerd in mijn agenda, dan kun je vragen of ik het aanpas.') },
    { name: '"dat we het aanpassen" still is', id: 'right-rectification', expected: 'present', text: doc('## Je rechten', '', 'Staat er iets verkeerd in onze agenda, dan kun je vragen of we het aanpassen.') },
    { name: 'a right section without a change is no rectification', id: 'right-rectification', expected: 'missing', text: doc('## Je rechten', '', 'Je kunt mij altijd bellen met een vraag.') },
    { name: '"dat ik je foto weghaal" is erasure', id: 'right-erasure', expected: 'present', text: doc('## Je rechten', '', 'Wil je dat ik je foto van mijn site weghaal? Stuur me een bericht.') },
    { name: '"Zo kan ik ..." after a camera states a purpose', id: 'purposes', expected: 'present', text: doc('## Camera', '', 'Bij de kassa hangt een camera. Zo kan ik achteraf zien wie er in de winkel was.') },
    { name: '"Zo is het" is no purpose', id: 'purposes', expected: 'missing', text: doc('## Openingstijden', '', 'De winkel is op maandag dicht. Zo is het altijd geweest.') },
    { name: '"anders kan ik je niet bellen" makes the data a requirement', id: 'statutory-requirement', expected: 'present', text: doc('## Gegevens', '', 'Je geeft je telefoonnummer op; anders kan ik je niet bellen als de les niet doorgaat.') },
    { name: 'a number given if you like is no requirement', id: 'statutory-requirement', expected: 'missing', text: doc('## Gegevens', '', 'Je geeft je telefoonnummer op als je dat prettig vindt.') },
    { name: '"ga ik uit van je toestemming" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('## Cookies', '', 'Als je mijn site blijft gebruiken, ga ik uit van je toestemming voor cookies.') },
    { name: 'asking first is no implied consent', id: 'implied-consent', expected: 'none', text: doc('## Cookies', '', 'Voor cookies vraag ik eerst je toestemming.') },
    { name: '"kunt u mij bellen" is a way to reach the controller', id: 'controller-identity', expected: 'present', text: studio('Met vragen over deze verklaring kunt u mij altijd bellen.') },
    { name: '"Bel mij gerust" is one', id: 'controller-identity', expected: 'present', text: studio('Vragen? Bel mij gerust.') },
    { name: '"mijn bezoekadres" is one', id: 'controller-identity', expected: 'present', text: studio('U vindt mijn bezoekadres onderaan elke factuur.') },
    { name: 'a name without a way to reach it is not', id: 'controller-identity', expected: 'missing', text: studio('Ik werk vanuit huis.') },
    { name: '"dat ik ze tijdelijk niet gebruik" is restriction', id: 'right-restriction', expected: 'present', text: doc('## Je rechten', '', 'Loopt er een klacht over je gegevens, dan kun je vragen dat ik ze tijdelijk niet gebruik.') },
    { name: '"Ik maak geen profielen" answers automated decisions', id: 'automated-decisions', expected: 'present', text: doc('## Profielen', '', 'Ik maak geen klantprofielen van de mensen die bij mij in de winkel komen.') },
  ]);
});

describe('Dutch cues with the reader in the third person', () => {
  runCases('nl', [
    { name: '"De patiënt heeft het recht ... in te zien" is access', id: 'right-access', expected: 'present', text: doc('## Dossier', '', 'De patiënt heeft het recht zijn dossier in te zien.') },
    { name: 'a patient\'s right to care is no access', id: 'right-access', expected: 'missing', text: doc('## Dossier', '', 'De patiënt heeft recht op een goede behandeling.') },
    { name: '"Wil een klant weten wat ik van hem of haar bewaar" is access', id: 'right-access', expected: 'present', text: doc('## Vragen', '', 'Wil een klant weten wat ik van hem of haar bewaar? Een mailtje volstaat.') },
    { name: '"Wil een klant een afspraak verzetten" is no access', id: 'right-access', expected: 'missing', text: doc('## Vragen', '', 'Wil een klant een afspraak verzetten? Een mailtje volstaat.') },
    { name: '"weten wat er over hem of haar ... staat" is access', id: 'right-access', expected: 'present', text: doc('## Vragen', '', 'Wil een cursist weten wat er over hem of haar in mijn administratie staat, dan kan hij of zij dat vragen.') },
    { name: '"welke gegevens ik van hen heb" is access', id: 'right-access', expected: 'present', text: doc('## Rechten van cliënten', '', 'Cliënten mogen vragen welke gegevens ik van hen heb.') },
    { name: '"Het lid kan ook vragen om ... te verbeteren" is rectification', id: 'right-rectification', expected: 'present', text: doc('## Ledenadministratie', '', 'Het lid kan ook vragen om onjuiste gegevens te verbeteren.') },
    { name: '"De klant kan een offerte vragen" is no right', id: 'right-rectification', expected: 'missing', text: doc('## Offertes', '', 'De klant kan ook vragen om een offerte voor een verbouwing.') },
    { name: '"wil de klant dat ik ze aanpas" is rectification', id: 'right-rectification', expected: 'present', text: doc('## Vragen', '', 'Wil de klant dat ik het aanpas? Een mailtje volstaat.') },
    { name: '"zolang iemand lid is" is a retention criterion', id: 'retention', expected: 'present', text: doc('## Ledenlijst', '', 'De ledenlijst wordt bijgehouden zolang iemand lid is.') },
    { name: '"als de ouder het goed vindt" is consent', id: 'legal-basis', expected: 'present', text: doc('## Foto\'s', '', 'Foto\'s van kinderen zet ik alleen op de website als de ouder het goed vindt.') },
    { name: '"Wil de ouder achteraf toch niet ..." withdraws it', id: 'right-withdraw-consent', expected: 'present', text: doc('## Foto\'s', '', 'Foto\'s van kinderen zet ik alleen op de website als de ouder het goed vindt. Wil de ouder achteraf toch niet dat een foto online staat, dan haal ik hem weg.') },
    { name: '"Wat kunnen leden zelf doen?" heads the rights', id: 'right-access', expected: 'present', text: doc('## Wat kunnen leden en ouders zelf doen?', '', 'Zij kunnen opvragen welke gegevens we van hen hebben.') },
    { name: '"Wat kunnen we voor leden doen?" does not', id: 'right-access', expected: 'missing', text: doc('## Wat kunnen we voor leden doen?', '', 'We organiseren elke zaterdag een opkomst en vragen daarvoor een kleine bijdrage.') },
    { name: '"gaat de bezoeker akkoord" is implied consent', id: 'implied-consent', expected: 'problem', text: doc('## Cookies', '', 'Door deze website te gebruiken gaat de bezoeker akkoord met cookies.') },
    { name: 'a visitor who chooses gives no implied consent', id: 'implied-consent', expected: 'none', text: doc('## Cookies', '', 'Bij het eerste bezoek kiest de bezoeker zelf of hij cookies accepteert.') },
    { name: '"van de klant nodig" ten words on states a purpose', id: 'purposes', expected: 'present', text: doc('## Bestellingen', '', 'Voor een bestelling heb ik de naam, het adres en het telefoonnummer van de klant nodig.') },
  ]);
});
