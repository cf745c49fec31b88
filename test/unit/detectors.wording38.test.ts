/**
 * Dutch wording of session 16's second batch of sloppy notices (a children's party magician, an allotment
 * association's secretary, a Flemish yoga studio): purposes in "zodat ik ..." and "Zo weten we ...", consent as
 * parents who "ja op hebben gezegd via het boekingsformulier" or a ticked box, a legal duty as "want dat moet van de
 * Belastingdienst", taking consent back as "Heb je achteraf toch liever niet ...", "klopt er iets niet of ..." as
 * correcting, "Meedoen is niet verplicht" as optional data, and a business named in the title and reached only at the
 * notice's foot; each beside a near miss. The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);
/** Eight sentences of a sloppy notice before its closing contact line, so that line stands past the letterhead. */
const body = ['Ik verzorg kinderfeestjes.', '', 'Als je boekt, noteer ik je naam en adres.', '', 'Ik vraag ook de leeftijd van de jarige.', '', 'Bij snoep vraag ik naar allergieën.', '', 'Het lijstje gooi ik na het feest weg.', '', 'Facturen bewaar ik zeven jaar.', '', 'Je mag altijd vragen welke gegevens ik heb.', '', 'Verder deel ik niets.'];

describe('Dutch wording of a party magician, an allotment association and a yoga studio', () => {
  runCases('nl', [
    { name: '"noteer ik je naam, zodat ik je kan bellen" states a purpose', id: 'purposes', expected: 'present', text: nl('Ik noteer je naam en telefoonnummer, zodat ik je kan bellen als de show niet doorgaat.') },
    { name: '"Ik noteer je naam en telefoonnummer." does not', id: 'purposes', expected: 'missing', text: nl('Ik noteer je naam en telefoonnummer.') },
    { name: '"Zo weten we wie er aan de beurt is." after the waiting list states a purpose', id: 'purposes', expected: 'present', text: nl('Op de wachtlijst staan je naam en de datum van aanmelding. Zo weten we wie er aan de beurt is.') },
    { name: '"Zo is het geregeld." does not', id: 'purposes', expected: 'missing', text: nl('Op de wachtlijst staan je naam en de datum van aanmelding. Zo is het geregeld.') },
    { name: '"als de ouders daar vooraf ja op hebben gezegd via het boekingsformulier" is consent', id: 'legal-basis', expected: 'present', text: nl('Ik maak foto\'s van de show.', '', 'Die zet ik alleen op mijn website als de ouders daar vooraf ja op hebben gezegd via het boekingsformulier.') },
    { name: '"ook als de ouders daar niets over hebben gezegd" is not', id: 'legal-basis', expected: 'missing', text: nl('Ik maak foto\'s van de show.', '', 'Die zet ik op mijn website, ook als de ouders daar niets over hebben gezegd.') },
    { name: '"want dat moet van de Belastingdienst" is a legal duty', id: 'legal-basis', expected: 'present', text: nl('Ik noteer je naam en adres voor de factuur.', '', 'Facturen bewaar ik 7 jaar, want dat moet van de Belastingdienst.') },
    { name: '"want dat wil mijn boekhouder" is not', id: 'legal-basis', expected: 'missing', text: nl('Ik noteer je naam en adres voor de factuur.', '', 'Facturen bewaar ik 7 jaar, want dat wil mijn boekhouder.') },
    { name: '"enkel als u daarvoor het vakje heeft aangevinkt" is consent', id: 'legal-basis', expected: 'present', text: nl('Wij vragen uw naam en e-mailadres.', '', 'Wij sturen u de nieuwsbrief enkel als u daarvoor het vakje heeft aangevinkt.') },
    { name: '"het vakje met uw naam wordt vooraf ingevuld" is not', id: 'legal-basis', expected: 'missing', text: nl('Wij vragen uw naam en e-mailadres.', '', 'Bij het boeken wordt het vakje met uw naam vooraf ingevuld.') },
    { name: '"Heb je achteraf toch liever niet dat een foto online staat, stuur me een berichtje" takes consent back', id: 'right-withdraw-consent', expected: 'present', text: nl('Foto\'s zet ik alleen online met je toestemming.', '', 'Heb je achteraf toch liever niet dat een foto online staat, stuur me een berichtje en ik haal hem weg.') },
    { name: '"Heb je liever niet dat ik bel, mail dan" does not', id: 'right-withdraw-consent', expected: 'missing', text: nl('Foto\'s zet ik alleen online met je toestemming.', '', 'Heb je liever niet dat ik bel, mail me dan.') },
    { name: '"Wil je weten wat er over jou in het bestand staat, klopt er iets niet of ..." names correcting', id: 'right-rectification', expected: 'present', text: nl('In het bestand staan naam en adres.', '', 'Wil je weten wat er over jou in het bestand staat, klopt er iets niet of wil je dat we iets verwijderen, meld het dan bij mij.') },
    { name: '"Klopt er iets niet met de contributie, bel dan de penningmeester." does not', id: 'right-rectification', expected: 'missing', text: nl('In het bestand staan naam en adres.', '', 'Klopt er iets niet met de contributie, bel dan de penningmeester.') },
    { name: '"Meedoen is niet verplicht, de belangrijke dingen mail ik ook rond" says the group is optional', id: 'statutory-requirement', expected: 'present', text: nl('We hebben een WhatsApp-groep voor de leden.', '', 'Meedoen is niet verplicht, de belangrijke dingen mail ik ook altijd rond.') },
    { name: '"Meedoen aan de werkbeurten hoort erbij" does not', id: 'statutory-requirement', expected: 'missing', text: nl('We hebben een WhatsApp-groep voor de leden.', '', 'Meedoen aan de werkbeurten hoort erbij.') },
    { name: 'a title "Privacy bij Goochelaar Meneer Max" over a contact line at the foot names the controller', id: 'controller-identity', expected: 'present', text: joinLines('# Privacy bij Goochelaar Meneer Max', '', ...body, '', 'Vragen? Mail naar boeken@voorbeeld.nl.') },
    { name: 'a title "Privacyverklaring voor ouders" over the same lines does not', id: 'controller-identity', expected: 'missing', text: joinLines('# Privacyverklaring voor ouders', '', ...body, '', 'Vragen? Mail naar boeken@voorbeeld.nl.') },
  ] satisfies Case[]);
});
