/**
 * Dutch wordings met in session 17's round of invented notices (a guide-dog foundation, a Flemish
 * bookkeeper writing in the first person, a private landlord of student rooms), each beside its near
 * miss: consent inferred with "Door te ... gaat u daarmee akkoord", a period that runs "zolang u
 * donateur bent en daarna nog een tijdje", data thrown away "na een tijdje", and what follows
 * without a document or a guarantor ("Zonder die kopie mag ik niet ...", "Zonder ... kunnen we het
 * contract niet afsluiten"). The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Session 17 Dutch wordings', () => {
  runCases('nl', [
    // consent inferred from an act, said with "daarmee" or "hiermee"
    { name: '"Door je aan te melden ga je hiermee akkoord" infers consent', id: 'implied-consent', expected: 'problem', text: notice('Wie zich aanmeldt voor de cursus, krijgt ook onze maandelijkse mailing met acties. Door je aan te melden ga je hiermee akkoord.') },
    { name: '"Door een kaartje te kopen gaat u daarmee akkoord" infers consent', id: 'implied-consent', expected: 'problem', text: notice('Kopers van een kaartje ontvangen ook onze aanbiedingen per e-mail. Door een kaartje te kopen gaat u daarmee akkoord.') },
    { name: '"Door te doneren steunt u ons werk" does not', id: 'implied-consent', expected: 'none', text: notice('Wij noteren uw naam en IBAN voor de incasso. Door te doneren steunt u ons werk met dieren.') },
    { name: '"alleen als u daarmee akkoord gaat, sturen wij" does not', id: 'implied-consent', expected: 'none', text: notice('Wij sturen een mailing met acties. Wij vragen u daarvoor eerst om toestemming; alleen als u daarmee akkoord gaat, sturen wij de mailing.') },
    // a role as the criterion of a period
    { name: '"zolang u vrijwilliger bent" is a criterion', id: 'retention', expected: 'present', text: notice('## Bewaren', '', 'Wij bewaren uw contactgegevens zolang u vrijwilliger bent.') },
    { name: '"zolang je donateur bent" is one', id: 'retention', expected: 'present', text: notice('## Bewaren', '', 'We bewaren je adres en IBAN zolang je donateur bent.') },
    { name: '"Zolang u vrijwilliger bent, krijgt u onze nieuwsbrief" keeps nothing', id: 'retention', expected: 'missing', text: notice('## De nieuwsbrief', '', 'Zolang u vrijwilliger bent, krijgt u onze nieuwsbrief.') },
    // an ending event stretched by "en daarna nog een tijdje"
    { name: '"zolang je lid bent en daarna nog een tijdje" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Bewaren', '', 'We bewaren je gegevens zolang je lid bent en daarna nog een tijdje.') },
    { name: '"zolang je lid bent en daarna nog twee jaar" is not', id: 'vague-retention', expected: 'none', text: notice('## Bewaren', '', 'We bewaren je gegevens zolang je lid bent en daarna nog twee jaar.') },
    // thrown away or deleted "na een tijdje"
    { name: '"gooien we na een tijdje weg" is vague', id: 'vague-retention', expected: 'problem', text: notice('## Sollicitaties', '', 'Reacties op een vacature gooien we na een tijdje weg.') },
    { name: '"Na enige tijd verwijderen we de inzendingen" is vague', id: 'vague-retention', expected: 'problem', text: notice('## De fotowedstrijd', '', 'Na enige tijd verwijderen we de inzendingen van de fotowedstrijd.') },
    { name: '"gooien we na zes weken weg" is not', id: 'vague-retention', expected: 'none', text: notice('## Sollicitaties', '', 'Reacties op een vacature gooien we na zes weken weg.') },
    { name: '"Na een tijdje sturen we je een herinnering" is not', id: 'vague-retention', expected: 'none', text: notice('## Je profiel', '', 'Na een tijdje sturen we je een herinnering om je profiel aan te vullen.') },
    // what follows without a document
    { name: '"Zonder een kopie van je paspoort mogen we niet ..." says what follows', id: 'statutory-requirement', expected: 'present', text: notice('## Identificatie', '', 'Zonder een kopie van je paspoort mogen we niet met je in zee gaan.') },
    { name: '"Zonder ingevuld intakeformulier kan ik de behandeling niet starten" says it', id: 'statutory-requirement', expected: 'present', text: notice('## Intake', '', 'Zonder ingevuld intakeformulier kan ik de behandeling niet starten.') },
    { name: '"Zonder uw toestemming mogen wij uw foto niet publiceren" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Foto\'s', '', 'Zonder uw toestemming mogen wij uw foto niet publiceren.') },
    { name: '"Zonder afspraak kunnen we je niet ontvangen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Bezoek', '', 'Zonder afspraak kunnen we je helaas niet ontvangen.') },
    // ... or without a guarantor: the contract is not concluded
    { name: '"Zonder borgsteller kunnen wij de huurovereenkomst niet afsluiten" says it', id: 'statutory-requirement', expected: 'present', text: notice('## Huren', '', 'Zonder borgsteller kunnen wij de huurovereenkomst niet afsluiten.') },
    { name: '"Zonder opzegging kunnen wij het contract niet beëindigen" does not', id: 'statutory-requirement', expected: 'missing', text: notice('## Huren', '', 'Zonder opzegging kunnen wij het contract niet beëindigen.') },
  ] satisfies Case[]);
});
