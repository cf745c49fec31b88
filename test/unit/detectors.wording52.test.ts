/**
 * Dutch wordings met in session 18's invented notices (a cleaning company's note for its staff, a
 * Flemish frituur's web shop, a two-person time-registration SaaS), each beside its near miss: "Je
 * mag altijd je dossier komen bekijken", the reader's own question as a heading ("Kan ik mijn
 * gegevens meenemen?", "En als ik iets wil laten aanpassen of verwijderen?"), the Flemish "Door
 * verder te surfen ... aanvaardt u", an opt-in said with the verb first ("Zet u het vinkje ...
 * aan, dan ..."), "Uitschrijven kan onderaan elke mail", "We plaatsen alleen een inlogcookie". The
 * sentences are written for these tests. Then, from the notices written after those fixes (a food
 * bank, a florist, a solar-panel installer): consent as "alleen als u dat zelf wilt" / "alleen als
 * je daar ... voor hebt gekozen", "dat zijn we als installateur verplicht", "halen we uw gegevens na
 * twee jaar uit het systeem", "wilt u zien wat er over u in het systeem staat", "Klopt je adres
 * niet meer, geef het even door". Last, from a Flemish school's schoolreglement written after those:
 * "omdat de onderwijsregelgeving dat van ons vraagt", "zolang de onderwijsregelgeving dat oplegt";
 * and from a midwifery practice and an eetcafé's applicants' page written after those: "Volgens de wet
 * (de WGBO) moeten wij een dossier bijhouden", consent as "dan vragen we je dat eerst".
 */
import { NL, joinLines, runCases, type Case } from './helpers';

describe('Session 18 Dutch wordings', () => {
  const cases: Case[] = [
    // access: a file of the reader's seen in own words
    { name: '"Je mag altijd je dossier komen bekijken" under the rights is access', id: 'right-access', expected: 'present', text: joinLines('## Je rechten', '', NL, 'Je mag altijd je personeelsdossier komen bekijken.') },
    { name: '"U kunt uw patiëntendossier bekijken" is access', id: 'right-access', expected: 'present', text: joinLines('## Uw rechten', '', NL, 'U kunt uw patiëntendossier altijd bekijken.') },
    { name: '"Je leidinggevende bekijkt je dossier" is not', id: 'right-access', expected: 'missing', text: joinLines('## Je dossier', '', NL, 'Je leidinggevende bekijkt je dossier bij het jaargesprek.') },
    // the reader's own question as a heading
    { name: '"Kan ik mijn gegevens meenemen?" over an export is portability', id: 'right-portability', expected: 'present', text: joinLines('## Kan ik mijn gegevens meenemen?', '', NL, 'Ja. In de instellingen download je alles als CSV-bestand.') },
    { name: '"En als ik iets wil laten aanpassen of verwijderen?" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## En als ik iets wil laten aanpassen of verwijderen?', '', NL, 'Veel kun je zelf in de app. Lukt dat niet, mail ons dan.') },
    { name: '"En als ik iets wil laten aanpassen of verwijderen?" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## En als ik iets wil laten aanpassen of verwijderen?', '', NL, 'Veel kun je zelf in de app. Lukt dat niet, mail ons dan.') },
    { name: '"Kan ik mijn bestelling ophalen?" is no right', id: 'right-portability', expected: 'missing', text: joinLines('## Kan ik mijn bestelling ophalen?', '', NL, 'Ja, in de winkel. Je kunt ook een andere dag kiezen.') },
    { name: '"Wat als ik mijn wachtwoord vergeten ben?" is no erasure', id: 'right-erasure', expected: 'missing', text: joinLines('## Wat als ik mijn wachtwoord vergeten ben?', '', NL, 'Vraag dan in de app een nieuw wachtwoord aan.') },
    // implied consent in Flemish words
    { name: '"Door verder te surfen ... aanvaardt u het gebruik van cookies" is implied consent', id: 'implied-consent', expected: 'problem', text: joinLines('## Cookies', '', NL, 'Onze website gebruikt cookies. Door verder te surfen op deze website aanvaardt u het gebruik van cookies.') },
    { name: '"als u ze aanvaardt in de cookiebanner" is not', id: 'implied-consent', expected: 'none', text: joinLines('## Cookies', '', NL, 'Onze website gebruikt cookies. Cookies voor statistieken plaatsen we pas als u ze aanvaardt in de cookiebanner.') },
    // an opt-in said with the verb first
    { name: '"Vinkt u ... het vakje voor de nieuwsbrief aan, dan ..." is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'Vinkt u bij het bestellen het vakje voor de nieuwsbrief aan, dan sturen we u af en toe aanbiedingen.') },
    { name: '"Zet je het vinkje aan, dan ..." is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'Zet je het vinkje voor onze tips aan, dan krijg je elke maand een mail.') },
    { name: '"Zet u het vinkje uit, dan ..." is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Nieuwsbrief', '', NL, 'Zet u het vinkje uit, dan ontvangt u geen aanbiedingen meer.') },
    // withdrawing a newsletter consent: "Uitschrijven kan ..."
    { name: '"Uitschrijven kan onderaan elke mail" withdraws the consent', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'Met uw toestemming sturen wij u een nieuwsbrief. Uitschrijven kan onderaan elke mail.') },
    { name: '"Afmelden kun je via de link" withdraws it', id: 'right-withdraw-consent', expected: 'present', text: joinLines('## Nieuwsbrief', '', NL, 'Met je toestemming sturen we je een nieuwsbrief. Afmelden kun je via de link in de nieuwsbrief.') },
    { name: '"Afmelden kan niet" does not', id: 'right-withdraw-consent', expected: 'missing', text: joinLines('## Nieuwsbrief', '', NL, 'Met je toestemming sturen we je een nieuwsbrief. Afmelden kan niet.') },
    // a strictly necessary cookie named by its job
    { name: '"We plaatsen alleen een inlogcookie" says how cookies are handled', id: 'cookies', expected: 'present', text: joinLines('## Cookies', '', NL, 'We plaatsen alleen een inlogcookie. Geen tracking, geen advertenties.') },
    { name: '"We plaatsen een sessiecookie en cookies van Google Analytics" does not', id: 'cookies', expected: 'missing', text: joinLines('## Cookies', '', NL, 'We plaatsen een sessiecookie en cookies van Google Analytics.') },
    // consent in own words: only if the reader wants it or chose it
    { name: '"noteren we alleen als u dat zelf wilt" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Verjaardagen', '', NL, 'Uw geboortedatum noteren we alleen als u dat zelf wilt, zodat we u een kaartje kunnen sturen.') },
    { name: '"alleen als je daarvoor hebt gekozen" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Tips', '', NL, 'We sturen je onze tips per mail, maar alleen als je daarvoor hebt gekozen bij het aanmelden.') },
    { name: '"behalve als u dat niet wilt" is no consent', id: 'legal-basis', expected: 'missing', text: joinLines('## Foto\'s', '', NL, 'We zetten foto\'s van de open dag online, behalve als u dat niet wilt.') },
    { name: '"alleen als je daarvoor betaalt" is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Bezorging', '', NL, 'We gebruiken je adres voor de bezorging. Alleen als je daarvoor betaalt, bezorgen we op zondag.') },
    // a legal duty stated after the act: "dat zijn we verplicht"
    { name: '"; dat zijn we verplicht" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Aanmelden', '', NL, 'Na de installatie melden we de panelen aan bij de netbeheerder; dat zijn we verplicht.') },
    { name: '"dat ben ik als erkend keurmeester verplicht" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Keuring', '', NL, 'De uitslag van de keuring geef ik door aan de RDW, dat ben ik als erkend keurmeester verplicht.') },
    { name: '"Dat zijn we niet verplicht" is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Bevestiging', '', NL, 'We sturen je een bevestiging per mail. Dat zijn we niet verplicht, maar het is wel zo handig.') },
    // taken out of the system after a period
    { name: '"halen we uw gegevens na een jaar uit het systeem" is a period', id: 'retention', expected: 'present', text: joinLines('## Gegevens', '', NL, 'Stopt u als vrijwilliger, dan halen we uw gegevens na een jaar uit het systeem.') },
    { name: '"We halen uw gegevens uit het systeem van de gemeente" is none', id: 'retention', expected: 'missing', text: joinLines('## Gegevens', '', NL, 'We halen uw adres uit het systeem van de gemeente.') },
    // access: "zien wat er over u ... staat"
    { name: '"Wilt u zien wat er over u in ons dossier staat?" is access', id: 'right-access', expected: 'present', text: joinLines('## Vragen', '', NL, 'Wilt u zien wat er over u in ons dossier staat? Vraag het dan aan uw contactpersoon.') },
    { name: '"zien wat er over de voedselbank in de krant staat" is not', id: 'right-access', expected: 'missing', text: joinLines('## Nieuws', '', NL, 'Op de website kunt u zien wat er over de voedselbank in de krant staat.') },
    // rectification: "Klopt je adres niet meer, geef het even door"
    { name: '"Klopt je adres of telefoonnummer niet meer, geef het even door" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Wat kun je zelf doen?', '', NL, 'Klopt je adres of telefoonnummer niet meer, geef het even door.') },
    { name: '"Klopt je adres niet, dan komt het pakket niet aan" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Bezorging', '', NL, 'Klopt je adres niet, dan komt het pakket niet aan.') },
    // a law named by a compound ("onderwijsregelgeving", "arbeidstijdenwet") that asks it of us
    { name: '"omdat de onderwijsregelgeving dat van ons vraagt" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Leerlingendossier', '', NL, 'We houden een leerlingendossier bij omdat de onderwijsregelgeving dat van ons vraagt.') },
    { name: '"omdat de arbeidstijdenwet dat vraagt" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Uren', '', NL, 'We noteren de gewerkte uren omdat de arbeidstijdenwet dat vraagt.') },
    { name: '"omdat u dat van ons vraagt" is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Kopie', '', NL, 'We sturen u een kopie van het rapport omdat u dat van ons vraagt.') },
    { name: '"zolang de onderwijsregelgeving dat oplegt" is a retention criterion', id: 'retention', expected: 'present', text: joinLines('## Bewaren', '', NL, 'We bewaren het leerlingendossier zolang de onderwijsregelgeving dat oplegt.') },
    { name: '"zolang de school dat wil" is none', id: 'retention', expected: 'missing', text: joinLines('## Bewaren', '', NL, 'We bewaren het leerlingendossier zolang de school dat wil.') },
    // "Volgens de wet ... moeten wij"
    { name: '"Volgens de wet (de WGBO) moeten wij een dossier bijhouden" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Uw dossier', '', NL, 'Volgens de wet (de WGBO) moeten wij van elke cliënt een dossier bijhouden.') },
    { name: '"Volgens de wet moeten we ... een kopie maken" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Identiteit', '', NL, 'Volgens de wet moeten we van elke nieuwe klant een kopie van het identiteitsbewijs maken.') },
    { name: '"Volgens de wet moet u zelf aangifte doen" is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Geboorte', '', NL, 'We gebruiken uw gegevens voor de zorg. Volgens de wet moet u zelf aangifte doen van de geboorte.') },
    // consent as asking first: "dan vragen we je dat eerst"
    { name: '"Willen we je cv bewaren voor later, dan vragen we je dat eerst" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Niet aangenomen?', '', NL, 'Dan verwijderen we je gegevens na vier weken. Willen we je cv bewaren voor later, dan vragen we je dat eerst.') },
    { name: '"We vragen eerst je naam en telefoonnummer" is none', id: 'legal-basis', expected: 'missing', text: joinLines('## Solliciteren', '', NL, 'We gebruiken je gegevens voor je sollicitatie. We vragen eerst je naam en telefoonnummer.') },
  ];
  runCases('nl', cases);
});
