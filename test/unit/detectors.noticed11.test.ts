/**
 * Accuracy defects noticed in earlier sessions and fixed in session 11, each as a general rule,
 * each case beside its near miss. The sentences are written for these tests.
 *
 * 1. English "mandatory"/"voluntary" and German "freiwillig" alone are no answer to whether
 *    providing data is required (Art. 13(2)(e)): "wearing a helmet is mandatory" says nothing of
 *    it. They answer when said of fields or data ("mandatory fields", "Ihre Telefonnummer ist
 *    freiwillig"), as a field's marker ("(mandatory)"), or with the consequence of not providing
 *    ("mandatory: without it, you cannot ..."), as French "obligatoire" does since session 10.
 * 2. A generator's or an author's blank ("[Insert contact details of your Data Protection Officer
 *    here]", "[Name des Datenschutzbeauftragten]", "XXX", "E-mail: ...") is no content for any
 *    item: "we collect [list the data]" names no data. A blank that names the DPO says the notice
 *    was to give the DPO's contact, and gives none. A Markdown link's text is no blank.
 * 3. A vague retention period said of one kind of data ("Crash logs are kept for as long as
 *    necessary") is made concrete by its own sentence, or by a later one that refers back to it
 *    ("They are deleted after 90 days") or speaks of the data in general; a later period about
 *    other data ("... then I delete the account") leaves it vague. A vague period for all data
 *    ("We keep your personal data as long as necessary") is still made concrete by the periods after it.
 * 4. A pointer to another part of the notice ("as described above", "wie oben beschrieben") is no
 *    act a closing legal basis could be tied to: "We use your data as described above only with
 *    your consent" leaves the reader unable to tell which purpose rests on consent.
 * 5. A duty that is ours to keep data ("data we are obliged to keep") or that sits in a clause on
 *    what a feature is for, sparing the reader a duty ("so that, next time, you do not have to fill
 *    in ...") is no duty of the reader to provide data; a purpose before a duty the reader has ("Nur
 *    für die Lieferung müssen Sie ...") is that duty's own. Read in words around the duty (a
 *    semicolon ends the clause), not in characters.
 */
import { DE, EN, FR, joinLines, NL, runCases } from './helpers';

const S = 'statutory-requirement';

describe('Session 11: "mandatory", "voluntary" and "freiwillig" answer whether providing data is required only in context', () => {
  describe('English', () => {
    const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
    runCases('en', [
      { name: '"Fields marked (mandatory) must be filled in" marks the fields', id: S, expected: 'present', text: en('- Name (mandatory)', '- Phone number') },
      { name: '"Mandatory fields are marked in the form"', id: S, expected: 'present', text: en('Mandatory fields are marked in the booking form.') },
      { name: '"Your email address is mandatory to create an account"', id: S, expected: 'present', text: en('Your email address is mandatory to create an account.') },
      { name: '"A medical certificate is mandatory: without it, you cannot take part"', id: S, expected: 'present', text: en('A medical certificate is mandatory for the licence: without it, you cannot take part in races.') },
      { name: '"Giving us this information is entirely voluntary"', id: S, expected: 'present', text: en('Giving us this information is entirely voluntary.') },
      { name: '"Wearing a helmet is mandatory on the track" does not answer it', id: S, expected: 'missing', text: en('Wearing a helmet is mandatory on the track.') },
      { name: '"Keeping invoices for seven years is mandatory under tax law" does not', id: S, expected: 'missing', text: en('Keeping invoices for seven years is mandatory under tax law.') },
      { name: '"All our staff follow mandatory training" does not', id: S, expected: 'missing', text: en('All our staff follow mandatory training on confidentiality.') },
      { name: '"We are a voluntary organisation" does not', id: S, expected: 'missing', text: en('We are a voluntary organisation run by our members.') },
    ]);
  });

  describe('German', () => {
    const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
    runCases('de', [
      { name: '"Alle weiteren Angaben sind freiwillig"', id: S, expected: 'present', text: de('Alle weiteren Angaben sind freiwillig.') },
      { name: '"Die Angabe Ihrer Telefonnummer ist selbstverständlich freiwillig"', id: S, expected: 'present', text: de('Die Angabe Ihrer Telefonnummer ist selbstverständlich freiwillig.') },
      { name: '"Freiwillige Angaben sind als solche gekennzeichnet"', id: S, expected: 'present', text: de('Freiwillige Angaben sind im Formular als solche gekennzeichnet.') },
      { name: '"Die Bereitstellung der Daten erfolgt freiwillig"', id: S, expected: 'present', text: de('Die Bereitstellung der Daten erfolgt freiwillig.') },
      { name: '"Unsere Helfer engagieren sich freiwillig" does not answer it', id: S, expected: 'missing', text: de('Unsere Helfer engagieren sich freiwillig für den Verein.') },
      { name: '"die Freiwillige Feuerwehr" does not', id: S, expected: 'missing', text: de('Das Vereinsheim teilen wir uns mit der Freiwilligen Feuerwehr.') },
      { name: '"freiwillige Leistungen des Vereins" do not', id: S, expected: 'missing', text: de('Der Verein bietet seinen Mitgliedern auch freiwillige Leistungen an.') },
    ]);
  });

  describe('Dutch (already in context)', () => {
    const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
    runCases('nl', [
      { name: '"Het invullen van uw telefoonnummer is vrijwillig"', id: S, expected: 'present', text: nl('Het invullen van uw telefoonnummer is vrijwillig.') },
      { name: '"Onze trainers zijn vrijwilligers" does not answer it', id: S, expected: 'missing', text: nl('Onze trainers zijn allemaal vrijwilligers.') },
      { name: '"Het dragen van een helm is verplicht" does not', id: S, expected: 'missing', text: nl('Het dragen van een helm is verplicht op de baan.') },
    ]);
  });
});

describe('Session 11: a blank left in the notice answers no item', () => {
  const D = 'dpo-contact';
  const C = 'data-categories';
  const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
  const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
  const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
  const fr = (...lines: string[]): string => joinLines('# Politique de confidentialité', '', FR, '', ...lines);
  describe('English', () => {
    runCases('en', [
      { name: '"[Insert contact details of your Data Protection Officer here]" gives no DPO contact', id: D, expected: 'missing', text: en('## Contact information', '', '[Insert contact details of your Data Protection Officer here]') },
      { name: '"[Insert the opening hours of your shop here]" names no DPO', id: D, expected: 'not-applicable', text: en('## Contact information', '', '[Insert the opening hours of your shop here]') },
      { name: 'A DPO named in a Markdown link with an address is no blank', id: D, expected: 'present', text: en('## Contact information', '', 'Our Data Protection Officer is [Jane Doe](mailto:dpo@example.com).') },
      { name: '"we collect [list the data you collect, e.g. name and email address]" names no data', id: C, expected: 'missing', text: en('When you book a table, we collect [list the data you collect, e.g. name and email address].') },
      { name: '"we collect your name and email address" does', id: C, expected: 'present', text: en('When you book a table, we collect your name and email address.') },
      { name: '"Our Data Protection Officer can be reached by email at XXX" gives no contact', id: D, expected: 'missing', text: en('## Contact', '', 'Our Data Protection Officer can be reached by email at XXX.') },
    ]);
  });
  describe('German', () => {
    runCases('de', [
      { name: '"[Name des Datenschutzbeauftragten]" gives no DPO contact', id: D, expected: 'missing', text: de('## Kontakt', '', '[Name und E-Mail-Adresse des Datenschutzbeauftragten]') },
      { name: '"Datenschutzbeauftragter: ..." gives none either', id: D, expected: 'missing', text: de('## Kontakt', '', 'Unser Datenschutzbeauftragter: ...') },
      { name: '"Unser Datenschutzbeauftragter ist unter datenschutz@example.de erreichbar" does', id: D, expected: 'present', text: de('## Kontakt', '', 'Unser Datenschutzbeauftragter ist unter datenschutz@example.de erreichbar.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"[Naam en e-mailadres van de functionaris gegevensbescherming]" gives no DPO contact', id: D, expected: 'missing', text: nl('## Contact', '', '[Naam en e-mailadres van de functionaris gegevensbescherming]') },
      { name: '"wij verzamelen [vul hier de gegevens in, bijvoorbeeld naam en e-mailadres]" names no data', id: C, expected: 'missing', text: nl('Als u een afspraak maakt, verzamelen wij [vul hier de gegevens in, bijvoorbeeld naam en e-mailadres].') },
    ]);
  });
  describe('French', () => {
    runCases('fr', [
      { name: '"[insérer les coordonnées du délégué à la protection des données]" gives no DPO contact', id: D, expected: 'missing', text: fr('## Contact', '', '[insérer les coordonnées du délégué à la protection des données]') },
      { name: '"nous collectons [indiquer les données collectées, par exemple nom et adresse e-mail]" names no data', id: C, expected: 'missing', text: fr('Lors de votre réservation, nous collectons [indiquer les données collectées, par exemple nom et adresse e-mail].') },
    ]);
  });
});

describe('Session 11: a vague retention period is not made concrete by a later period for other data', () => {
  const V = 'vague-retention';
  const en = (...lines: string[]): string => joinLines('Privacy notice', '', EN, '', ...lines);
  const nl = (...lines: string[]): string => joinLines('Privacyverklaring', '', NL, '', ...lines);
  const de = (...lines: string[]): string => joinLines('Datenschutzerklärung', '', DE, '', ...lines);
  const fr = (...lines: string[]): string => joinLines('Politique de confidentialité', '', FR, '', ...lines);
  describe('English', () => {
    runCases('en', [
      { name: '"Crash logs are kept for as long as necessary." then the account deleted after three years: the logs stay vague', id: V, expected: 'problem', format: 'plaintext', text: en('Crash logs are kept for as long as necessary. If you have been inactive for three years, I delete the account.') },
      { name: '"Crash logs are kept for as long as necessary. They are deleted after 90 days." refers back', id: V, expected: 'none', format: 'plaintext', text: en('Crash logs are kept for as long as necessary. They are deleted after 90 days.') },
      { name: '"Crash logs are kept for as long as necessary, and at most 90 days" in one sentence', id: V, expected: 'none', format: 'plaintext', text: en('Crash logs are kept for as long as necessary, and at most 90 days.') },
      { name: '"We keep your personal data as long as necessary." then periods per purpose: made concrete', id: V, expected: 'none', format: 'plaintext', text: en('We keep your personal data for as long as necessary. Invoices are kept for seven years.') },
    ]);
  });
  describe('Dutch', () => {
    runCases('nl', [
      { name: '"Foto\'s bewaren wij zolang als nodig is." then the account: the photos stay vague', id: V, expected: 'problem', format: 'plaintext', text: nl("Foto's van evenementen bewaren wij niet langer dan nodig is. Na drie jaar zonder activiteit verwijderen wij het account.") },
      { name: '"... Deze verwijderen wij na drie jaar." refers back', id: V, expected: 'none', format: 'plaintext', text: nl("Foto's van evenementen bewaren wij niet langer dan nodig is. Deze verwijderen wij na drie jaar.") },
    ]);
  });
  describe('German', () => {
    runCases('de', [
      { name: '"Bewerbungsunterlagen speichern wir, solange es erforderlich ist." then invoices: they stay vague', id: V, expected: 'problem', format: 'plaintext', text: de('Bewerbungsunterlagen speichern wir, solange es erforderlich ist. Rechnungen bewahren wir zehn Jahre auf.') },
      { name: '"Ihre Daten speichern wir, solange es erforderlich ist." then invoices: made concrete', id: V, expected: 'none', format: 'plaintext', text: de('Ihre Daten speichern wir, solange es erforderlich ist. Rechnungen bewahren wir zehn Jahre auf.') },
    ]);
  });
  describe('French', () => {
    runCases('fr', [
      { name: '"Les journaux techniques sont conservés le temps nécessaire." then the account: they stay vague', id: V, expected: 'problem', format: 'plaintext', text: fr("Les journaux techniques sont conservés aussi longtemps que nécessaire. Après trois ans d'inactivité, nous supprimons le compte.") },
      { name: '"... Ils sont ensuite supprimés après six mois." refers back', id: V, expected: 'none', format: 'plaintext', text: fr('Les journaux techniques sont conservés aussi longtemps que nécessaire. Ils sont supprimés après six mois.') },
    ]);
  });
});

describe('Session 11: "as described above" is no act a basis is tied to', () => {
  const BWP = 'basis-without-purpose';
  const withContract = (lang: 'en' | 'nl' | 'de' | 'fr', line: string): string =>
    ({
      en: joinLines('# Privacy notice', '', EN, 'The legal basis for bookings is the performance of our contract.', '', '## Other', '', line),
      nl: joinLines('# Privacyverklaring', '', NL, 'De grondslag voor boekingen is de uitvoering van de overeenkomst.', '', '## Overig', '', line),
      de: joinLines('# Datenschutz', '', DE, 'Rechtsgrundlage für Buchungen ist die Erfüllung des Vertrags.', '', '## Sonstiges', '', line),
      fr: joinLines('# Politique de confidentialité', '', FR, "La base juridique des réservations est l'exécution du contrat.", '', '## Divers', '', line),
    })[lang];
  runCases('en', [
    { name: '"We use your data as described above only with your consent" states no act', id: BWP, expected: 'problem', text: withContract('en', 'We use your data as described above only with your consent.') },
    { name: '"We send the newsletter described above only with your consent" states one', id: BWP, expected: 'none', text: withContract('en', 'We send the newsletter described above only with your consent.') },
  ]);
  runCases('nl', [
    { name: '"Wij gebruiken uw gegevens zoals hierboven beschreven alleen met uw toestemming" states no act', id: BWP, expected: 'problem', text: withContract('nl', 'Wij gebruiken uw gegevens zoals hierboven beschreven alleen met uw toestemming.') },
    { name: '"Wij versturen de hierboven beschreven nieuwsbrief alleen met uw toestemming" states one', id: BWP, expected: 'none', text: withContract('nl', 'Wij versturen de hierboven beschreven nieuwsbrief alleen met uw toestemming.') },
  ]);
  runCases('de', [
    { name: '"Wir verwenden Ihre Daten wie oben beschrieben nur mit Ihrer Einwilligung" states no act', id: BWP, expected: 'problem', text: withContract('de', 'Wir verwenden Ihre Daten wie oben beschrieben nur mit Ihrer Einwilligung.') },
    { name: '"Den oben beschriebenen Newsletter senden wir nur mit Ihrer Einwilligung" states one', id: BWP, expected: 'none', text: withContract('de', 'Den oben beschriebenen Newsletter senden wir nur mit Ihrer Einwilligung.') },
  ]);
  runCases('fr', [
    { name: '"Nous utilisons vos données comme décrit ci-dessus uniquement avec votre accord" states no act', id: BWP, expected: 'problem', text: withContract('fr', 'Nous utilisons vos données comme décrit ci-dessus uniquement avec votre accord.') },
    { name: '"Nous envoyons la lettre d\'information décrite ci-dessus uniquement avec votre accord" states one', id: BWP, expected: 'none', text: withContract('fr', "Nous envoyons la lettre d'information décrite ci-dessus uniquement avec votre accord.") },
  ]);
});

describe('Session 11: a duty to keep data, or one in a clause on what a feature is for, is no duty to provide', () => {
  const en = (...lines: string[]): string => joinLines('# Privacy notice', '', EN, '', ...lines);
  const de = (...lines: string[]): string => joinLines('# Datenschutzerklärung', '', DE, '', ...lines);
  const nl = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, '', ...lines);
  runCases('en', [
    { name: '"data we are obliged to keep for legal purposes" is our duty, not the reader\'s', id: S, expected: 'missing', text: en('You can ask us to erase your data, except data we are obliged to keep for administrative or legal purposes.') },
    { name: '"so that, next time, you do not have to fill in your details again" is what a cookie is for', id: S, expected: 'missing', text: en('These cookies remember you so that, next time, you do not have to fill in your details again.') },
    { name: '"You must provide your name and address so that we can deliver your order" is the reader\'s duty', id: S, expected: 'present', text: en('You must provide your name and address so that we can deliver your order.') },
  ]);
  runCases('de', [
    { name: '"Rechnungen, die wir aus steuerrechtlichen Gründen aufbewahren müssen" is our duty', id: S, expected: 'missing', text: de('Rechnungen, die wir aus steuerrechtlichen Gründen aufbewahren müssen, löschen wir nach zehn Jahren.') },
    { name: '"Für die Lieferung müssen Sie uns Ihre Anschrift angeben" is the reader\'s', id: S, expected: 'present', text: de('Für die Lieferung müssen Sie uns Ihre Anschrift angeben.') },
    { name: '"Nur für die Lieferung müssen Sie uns Ihre Anschrift angeben": the duty\'s own purpose before it spares no one', id: S, expected: 'present', text: de('Nur für die Lieferung müssen Sie uns Ihre Anschrift angeben.') },
  ]);
  runCases('nl', [
    { name: '"... nodig om te kunnen bestellen; zonder die gegevens ..." (the purpose is the duty\'s own, before the semicolon)', id: S, expected: 'present', text: nl('Het opgeven van uw naam en adres is nodig om te kunnen bestellen; zonder die gegevens kunnen wij niets leveren.') },
    { name: '"Alleen voor de levering moet u uw adres opgeven" is the reader\'s duty', id: S, expected: 'present', text: nl('Alleen voor de levering moet u uw adres opgeven.') },
  ]);
});
