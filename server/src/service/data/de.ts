/**
 * German (Germany, Austria, and German-speaking Belgium, Luxembourg and Liechtenstein): how
 * Datenschutzerklärungen phrase the DSGVO's transparency items. Cue phrases follow the German
 * text of the DSGVO ("Widerspruchsrecht", "berechtigte Interessen", "Recht auf
 * Datenübertragbarkeit") and the ways German notices commonly paraphrase it, including the
 * standard texts of the generators many small sites use ("Hinweis zur verantwortlichen Stelle",
 * "Auskunft über Herkunft, Empfänger und Zweck", "Beschwerderecht bei der zuständigen
 * Aufsichtsbehörde"). Cues are written with "ß"; the matcher lets them match "ss" too (Swiss
 * spelling). German compounds are matched by cues that end in `\w*` ("Löschung\w*") or start
 * with it ("\w*aufsichtsbehörde"); suspended compounds ("Auskunfts-, Berichtigungs- und
 * Löschungsrecht") have cues of their own. A zu-infinitive is either two words ("um Ihnen den
 * Newsletter zu senden") or, for separable verbs, one ("um die Bestellung abzuwickeln"); purpose
 * cues allow both.
 */
import type { LanguageTable } from './types';

const MONTHS = ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'jän', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'];

/** "Art. 6 Abs. 1 lit. x DSGVO" and its variants ("Art. 6 Abs. 1 S. 1 lit. a", "Artikel 6 Absatz 1 Buchstabe a", "Art. 6 (1) a", "Art. 6 I lit. a"). */
const art6 = (point: string): string =>
  `Art(ikel|\\.)? ?6( ?Abs(atz|\\.)? ?1| ?\\(1\\)| I)?( S(atz|\\.)? ?1)?( UAbs\\.? ?1)?( (lit(era|\\.)?|Buchst(abe|\\.)?))? ?\\(?${point}\\)?`;

const UNITS = '(Kalender|Werk|Arbeits|Geschäfts)?(Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr|Stunden|Stunde)';

export const de: LanguageTable = {
  lang: 'de',
  lawName: 'DSGVO',
  eurLexLang: 'DE',
  // Definitions in Art. 4 are numbered, not paragraphs: "Art. 4 Nr. 11 DSGVO".
  cite: (article, paragraph, point) =>
    `Art. ${article}${paragraph ? (article === 4 ? ` Nr. ${paragraph}` : ` Abs. ${paragraph}`) : ''}${point ? ` lit. ${point}` : ''}`,
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'sie', 'ihre', 'ihrer', 'ihren', 'zu', 'den', 'dem', 'des', 'mit', 'auf', 'für', 'von', 'eine', 'einer', 'werden', 'wird', 'oder', 'daten', 'auch', 'sind', 'bei', 'nach', 'durch', 'ihnen', 'uns', 'unsere', 'dass', 'sich', 'dich', 'dir', 'deine', 'deiner'],

  noticeTitle: ['Datenschutz\\w*', 'Datenschutz', 'Privatsphäre', 'personenbezogene\\w* Daten', 'Informationen nach Art(ikel|\\.)? ?1[34]'],
  noticeVocabulary: ['personenbezogene\\w* Daten', 'Personendaten', 'DSGVO', 'Datenschutz-?Grundverordnung', 'Verantwortliche\\w*', 'Rechtsgrundlage\\w*', 'Einwilligung\\w*', 'Speicherdauer', 'gespeichert', 'Ihre Rechte', 'Auskunft\\w*', '\\w*aufsichtsbehörde\\w*', 'betroffene\\w* Person\\w*', 'Cookies?', 'Datenschutz', 'verarbeit\\w*'],

  negation: ['nicht', 'kein\\w*', 'nie', 'niemals', 'weder', 'ohne', 'nichts', 'niemand\\w*'],
  negationBreak: ['mehr (benötigt|erforderlich|notwendig|gebraucht)e[nrs]?', 'außer', 'es sei denn', 'ausgenommen', 'sofern', 'soweit', 'wenn', 'falls', 'aber', 'jedoch', 'sondern', 'nur', 'ausschließlich', 'lediglich', 'allerdings', 'vorbehaltlich'],
  self: ['wir', 'uns', 'unser\\w*'],
  // Case-insensitive matching cannot tell "Sie" (you) from "sie" (they); both count as the reader.
  reader: ['Sie', 'Ihr\\w*', 'Ihnen', 'du', 'dich', 'dir', 'dein\\w*', 'betroffene\\w* Person\\w*', 'Betroffene\\w*', 'Nutzer\\w*', 'Nutzende\\w*', 'Benutzer\\w*', 'Besucher\\w*', 'Kunde\\w*', 'Kundin\\w*', 'Mitglied\\w*', 'Teilnehmer\\w*', 'Teilnehmende\\w*', 'Bewerber\\w*', 'Interessent\\w*', 'Patient\\w*', 'Mandant\\w*', 'Eltern', 'Abonnent\\w*', 'jede\\w* Person'],
  genericSubject: ['Organisationen', 'Firmen', 'Unternehmen (müssen|sind verpflichtet|dürfen)', 'Verantwortliche (müssen|sind verpflichtet|dürfen)', 'jede\\w* (Verantwortliche\\w*|Unternehmen|Organisation)', 'die (DSGVO|Datenschutz-?Grundverordnung|Verordnung) (verlangt|verpflichtet|schreibt|sieht|regelt|bestimmt)', 'das Gesetz'],

  topics: {
    controller: ['Kontakt\\w*', 'Verantwortliche\\w*', 'verantwortliche\\w* Stelle', 'wer (wir sind|ist verantwortlich)', 'über uns', 'Impressum', 'Anbieter', 'Name und Anschrift', 'Anschrift', 'Fragen'],
    purposes: ['Zweck\\w*', 'wofür', 'warum', 'wie (wir|nutzen wir|verwenden wir|verarbeiten wir)', '(Verwendung|Nutzung|Verarbeitung) (Ihrer |deiner |der |von |personenbezogener )*(personenbezogenen )?Daten', 'Datenverarbeitung', 'Datenerfassung', 'Datenerhebung'],
    'legal-basis': ['Rechtsgrundlage\\w*', 'rechtliche\\w* Grundlage\\w*', 'Rechtsgr(und|ünde)\\w*', 'Grundlage\\w* der Verarbeitung', 'Rechtmäßigkeit'],
    data: ['welche (personenbezogenen )?Daten', '(erhobene|verarbeitete|gespeicherte|erfasste)n? Daten', 'Kategorien (von )?(personenbezogenen )?Daten', 'Datenkategorien', 'Art der Daten', 'personenbezogene\\w* Daten', 'Daten', 'Log-?files', 'Server-?Log-?Files?', 'Datenerfassung', 'Datenerhebung'],
    recipients: ['Empfänger\\w*', 'Weitergabe\\w*', 'Datenweitergabe', 'weitergeben', 'Dritte\\w*', 'Drittanbieter\\w*', 'Übermittlung\\w*', 'Auftragsverarbeit\\w*', 'Dienstleister\\w*', 'Offenlegung', 'Host\\w*', 'wer (hat|erhält|bekommt|sieht) (Zugriff|Ihre|deine|meine)', 'Plugins?', 'Tools?'],
    retention: ['Speicherdauer', 'Speicherung', 'Dauer der Speicherung', 'Aufbewahrung\\w*', 'wie lange', 'Speicherfrist\\w*', 'Löschfrist\\w*', 'Datenlöschung', 'Löschung (der|von|Ihrer|deiner) Daten'],
    rights: ['Rechte\\w*', 'Recht', 'Betroffenenrechte?\\w*', '(Auskunfts|Widerspruchs|Beschwerde|Löschungs|Berichtigungs|Widerrufs)recht\\w*', 'Widerspruch\\w*', 'Auskunft\\w*', 'Ihre Wahlmöglichkeiten', 'was (können|kannst) (Sie|du) (\\S+ ){0,3}(verlangen|fordern|tun)', 'was (Sie|du) (\\S+ ){0,2}tun (können|kannst)', '(kann|darf) ich (\\S+ ){0,4}(einsehen|sehen|erfahren|löschen|berichtigen|ändern|korrigieren|bekommen|erhalten)'],
    complaint: ['Beschwerde\\w*', '\\w*aufsichtsbehörde\\w*', 'Datenschutzbehörde'],
    automated: ['automatisierte\\w*', 'Profiling', 'Entscheidungsfindung', 'künstliche\\w* Intelligenz'],
    transfers: ['Drittl(and|änder)\\w*', 'Drittstaat\\w*', 'außerhalb (der |des )?(EU|EWR|Europäischen)', 'international\\w*', 'Datenübermittlung\\w*', 'Übermittlung\\w* in'],
    dpo: ['Datenschutzbeauftragte\\w*', 'Datenschutzbeauftragter'],
    sources: ['Quelle\\w*', 'Datenquellen', 'Herkunft', 'woher'],
    cookies: ['Cookies?', 'Cookie-?\\w*', 'Tracking\\w*', 'Webanalyse\\w*', 'Analyse-?(Tools?|Dienste?|Programme?)', 'Analytics'],
    changes: ['Änderung\\w*', 'Aktualisierung\\w*', 'Aktualität', 'Stand', 'Version'],
    consent: ['Einwilligung\\w*', 'Widerruf\\w*'],
  },

  controller: {
    organisation: ['GmbH', 'gGmbH', 'mbH', 'AG', 'KG', 'KGaA', 'OHG', 'GbR', 'PartG\\w*', 'UG( \\(haftungsbeschränkt\\))?', 'e\\. ?V\\.?', 'eV', 'e\\. ?U\\.?', 'eG', 'Stiftung', 'Verein', 'Genossenschaft', 'Universität', 'Hochschule', 'Gemeinde', 'Stadtverwaltung', 'Landratsamt', 'Magistrat', 'Ministerium', 'Körperschaft des öffentlichen Rechts', 'Verantwortliche\\w*', 'verantwortliche\\w* Stelle', 'verantwortlich für die (Daten)?verarbeitung', 'Handelsregister\\w*', 'HRB', 'HRA', 'Registergericht', 'Amtsgericht', 'Vereinsregister\\w*', 'VR \\d+', 'Firmenbuch\\w*', 'FN \\d+', 'USt-?Id\\w*', 'Umsatzsteuer-?Identifikationsnummer', 'UID(-Nr)?', 'Inhaber\\w*', 'Betreiber\\w*', 'Anbieter dieser Website', '(Website|Webseite|Internetseite|Homepage|App) (\\S+ ){0,4}(gehört|betrieben)', 'wir sind', 'mit Sitz in', 'Praxis', 'Kanzlei', 'Vorstand', 'Geschäftsführ\\w*', 'vertreten durch'],
    channel: ['Kontaktformular\\w*', 'Webformular\\w*', 'Online-?Formular\\w*', 'Postanschrift', 'Anschrift', 'postalisch\\w*', 'per Post', 'schriftlich', '\\w*(straße|str\\.|weg|platz|allee|gasse|ring|damm|ufer|markt|hof) \\d+', '\\d{5} \\w+', '(D|A|CH|L)-\\d{4,5}', ', \\d{4} \\w+', 'Postfach', 'Telefon\\w*', 'Tel\\.', 'Fax', 'anrufen', 'erreichen Sie uns', 'erreichst du uns'],
  },
  purposes: ['Zweck\\w*', '(wir )?(verwenden|nutzen|verarbeiten|erheben|speichern|benötigen) (Ihre |deine |die |diese |Ihren |deinen |personenbezogenen? ){0,2}(Daten|Angaben|E-Mail-Adressen?|IP-Adressen?|Namen?) (um|zur|zum|für|damit)', 'verwendet (um|zur|zum|für)', '(Daten|Angaben) werden (für|zur|zum) (\\S+ ){0,14}(genutzt|verwendet|gebraucht|eingesetzt|benötigt)', 'um (\\S+ ){0,8}(zu \\w+|\\w+zu\\w+n)', 'zur (Bearbeitung|Beantwortung|Erfüllung|Abwicklung|Bereitstellung|Verbesserung|Optimierung|Durchführung|Verwaltung|Zusendung|Sicherstellung|Gewährleistung|Vertragsabwicklung|Auslieferung|Analyse|Abrechnung|Kommunikation|Organisation)', 'zum Zweck\\w*', 'zu (\\w+ )?Zwecken', 'zwecks', 'dien(t|en) (uns )?(der|dem|zur|zum|dazu)', 'berechtigte\\w* Interesse\\w* (liegt )?(an|in) (der|einer|dem|einem|den) \\w+', 'damit (wir|Sie|du)', '(brauchen|benötigen) wir (\\S+ ){0,4}(für|zur|zum|um)', '(für|zur|zum) (\\S+ ){1,6}(brauchen|benötigen) wir', '(erforderlich|notwendig|nötig), (um|damit)'],
  // The DSGVO's own wording of a basis ("zur Erfüllung eines Vertrags", "zur Wahrung der berechtigten
  // Interessen", "zur Durchführung vorvertraglicher Maßnahmen") names the basis, not what it is for.
  purposeLink: ['um (\\S+ ){0,8}(zu|\\w+zu\\w+n)', 'zur (?!(Erfüllung|Wahrung|Durchführung) (eines|einer|des|der|unserer|unseres|berechtigter|rechtlicher|gesetzlicher|vertraglicher|vorvertraglicher|lebenswichtiger))\\w+', 'zum \\w+', 'zu (\\w+ )?Zwecken', 'zwecks', 'damit', 'für (die|den|das) (?!Verarbeitung)\\w+(ung|ungen)', 'nämlich', 'insbesondere', 'beispielsweise', 'z\\. ?B\\.', 'darunter', 'für (Marketing|Werbung|Direktwerbung|Newsletter|Statistik\\w*|Analyse\\w*|Reichweitenmessung)'],
  reachUs: ['um (mit )?uns (\\S+ ){0,3}(zu erreichen|zu kontaktieren|zu schreiben|anzurufen|aufzunehmen)', 'um Kontakt (mit uns )?aufzunehmen'],
  dataCategories: ['Name\\w*', 'Vorname\\w*', 'Nachname\\w*', 'E-?Mail-?Adresse\\w*', 'Telefonnummer\\w*', 'Mobilnummer\\w*', '(Post|Wohn|Rechnungs|Liefer)?anschrift\\w*', 'Adresse\\w*', 'Postleitzahl', 'Wohnort', 'Geburtsdatum', 'Alter', 'Geschlecht', 'IP-?Adresse\\w*', 'Browser\\w*', 'Betriebssystem\\w*', 'Referrer(-?URL)?', 'Datum und Uhrzeit', 'Uhrzeit', 'Hostname\\w*', 'Gerät\\w*', 'Standortdaten', 'Zahlungsdaten', 'Bankverbindung\\w*', 'Kontodaten', 'IBAN', 'Kreditkarte\\w*', 'Benutzername\\w*', 'Passw(ort|örter)', 'Nutzerkonto\\w*', 'Kundenkonto\\w*', 'Kontaktdaten', 'Kundendaten', 'Bestandsdaten', 'Nutzungsdaten', 'Inhaltsdaten', 'Vertragsdaten', 'Stammdaten', 'Kommunikationsdaten', 'Meta-?daten', 'Log-?files?', 'Logdateien', 'Server-?Log-?Files?', 'Cookies?', 'Foto\\w*', 'Gesundheitsdaten', 'Sozialversicherungsnummer', 'Steuer-?ID', 'Ausweis\\w*', 'Beruf', 'Arbeitgeber', 'Unterschrift', 'Bestelldaten', 'Mitgliedsdaten', 'Kategorien (von )?personenbezogene\\w* Daten', 'folgende (personenbezogenen )?Daten', 'personenbezogene\\w* Daten,? die wir (erheben|verarbeiten|speichern)'],
  recipients: ['Dritte\\w*', 'Drittanbieter\\w*', 'Empfänger\\w*', 'Auftrags(ver|be)arbeit\\w*', '(Unter)?auftragnehmer\\w*', 'Dienstleister\\w*', 'Subunternehmer\\w*', 'Partner\\w*', 'weitergeben', 'weitergegeben', 'geben (\\S+ ){0,4}weiter', 'Weitergabe\\w*', 'weitergeleitet', 'übermittel\\w*', 'Übermittlung\\w*', 'offengelegt', 'Offenlegung', 'Bekanntgabe\\w* (\\S+ ){0,3}an', 'bekannt ?gegeben', 'verkaufen', 'Hoster\\w*', 'Hosting\\w*', 'gehostet', 'hosten', 'Anbieter ist', '(bei|von|durch|an) unsere\\w* (\\S+ )?\\S*Anbieter\\w*', 'Steuerberater\\w*', 'Wirtschaftsprüfer\\w*', 'Behörden', 'Polizei', 'Strafverfolgungsbehörde\\w*', 'Finanzamt', 'Finanzbehörde\\w*', 'Versanddienstleister\\w*', 'Zahlungsdienstleister\\w*', 'Paketdienst\\w*', 'Kreditinstitut\\w*', 'Zugriff auf (Ihre |deine |die )?(personenbezogenen )?Daten', 'zugänglich gemacht', '(Zahlung\\w*|Bezahlung|Buchung\\w*|Reservierung\\w*) (\\S+ ){0,2}(läuft|laufen) über'],
  nobody: ['(an )?niemand(en|em)?'],

  sale: {
    sell: ['verkauf\\w*', 'verkauft', 'vermiet\\w*'],
    passOn: ['weitergeben', 'weitergegeben', 'geben (\\S+ ){0,4}weiter', 'Weitergabe\\w*', 'übermittel\\w*', 'Übermittlung\\w*', 'offengelegt', 'teilen', 'geteilt', 'zugänglich'],
  },

  basis: {
    general: ['Rechtsgrundlage\\w*', 'rechtliche\\w* Grundlage\\w*', 'Rechtsgrund\\w*', 'Art(ikel|\\.)? ?6', 'auf (der )?Grundlage', 'auf Basis', 'gestützt auf', 'beruh(t|en) auf', 'rechtmäßig\\w*'],
    grounds: {
      consent: ['(auf Grundlage|auf der Grundlage|auf Basis|aufgrund|mit|nach|nach Erteilung|gemäß|vorbehaltlich|ohne) (Ihrer |deiner |der |einer |Ihrer ausdrücklichen |ausdrücklichen |vorherigen |entsprechenden )*Einwilligung', '(beruh|basier|stütz)\\w* (sich )?auf (Ihre[rn]? |deine[rn]? |der |die |einer |eine |ausdrückliche[rn]? |vorherige[rn]? )*Einwilligung', 'Einwilligung (\\S+ ){0,3}(erteilt|gegeben|eingeholt|abgefragt)', '(Sie|du) (haben|hast) (\\S+ ){0,4}(eingewilligt|zugestimmt)', 'wenn (Sie|du) (\\S+ ){0,4}(einwilligen|einwilligst|zustimmen|zustimmst)', 'wenn (Sie|du) (damit|hiermit|dazu) einverstanden (sind|bist)', 'Einwilligung (ist|als) (die )?(Rechtsgrundlage|Grundlage)', 'Einwilligung:', 'Einwilligung \\(Art', '(Rechtsgrundlage|Grundlage) (\\S+ ){0,4}(ist|sind) (Ihre |deine |die |eine |Ihre ausdrückliche )*Einwilligung', '(Grundlage|Basis) (von |der |des )?Art\\S* (\\S+ ){0,8}(und|sowie|oder) (Ihrer|deiner) (ausdrücklichen )?Einwilligung', 'Einwilligung der betroffenen Person', 'uns auf (Ihre |deine |die |eine |ausdrückliche )*Einwilligung', 'Einwilligung des Nutzers', art6('a')],
      contract: ['(Erfüllung|Durchführung|Abwicklung|Anbahnung|(?<!nach\\x20)Abschluss|Begründung|Vorbereitung) (eines |des |unseres |Ihres |deines |eines mit Ihnen geschlossenen )?(Vertrag(e)?s|Vertragsverhältnisses|Nutzungsvertrages|Kaufvertrages|Auftrags)', 'Vertragserfüllung', '(beruh|basier|stütz)\\w* (sich )?auf (dem|einem|unserem|Ihrem|deinem) (\\S+ ){0,3}(Vertrag|\\w+vertrag)', '(Erfüllung|Durchführung|Abwicklung) (eines |des |unseres |Ihres |deines |Ihrem |dem )?\\w+vertrag(e)?s', 'Vertragsdurchführung', 'Vertragsabwicklung', 'Vertragsanbahnung', 'vorvertragliche\\w* Maßnahmen', 'zur Erfüllung (\\S+ ){0,3}vertraglich\\w*', '(für|zur) (die )?(Erfüllung|Durchführung) (\\S+ ){0,3}(Vertrag\\w*|Mitgliedschaft)', 'Vertragsverhältnis\\w*', 'Vertrag:', art6('b')],
      'legal-obligation': ['rechtliche\\w* Verpflichtung\\w*', 'gesetzliche\\w* (Verpflichtung|Pflicht|Vorgabe|Vorschrift)\\w*', 'gesetzlich (verpflichtet|vorgeschrieben)', 'rechtlich verpflichtet', 'Erfüllung (\\S+ ){0,2}(steuer|handels)rechtliche\\w*', art6('c')],
      'vital-interests': ['lebenswichtige\\w* Interesse\\w*', 'lebenswichtig', art6('d')],
      // "Art. 6 Abs. 1 lit. e oder f" is how notices describe the right to object (Art. 21), not a basis they rely on.
      'public-task': ['öffentliche\\w* Interesse\\w*', 'Ausübung öffentlicher Gewalt', 'Wahrnehmung einer Aufgabe', 'öffentlich-rechtliche\\w* Aufgabe\\w*', 'hoheitliche\\w* Aufgabe\\w*', `${art6('e')}(?! (oder|bzw\\.|und) (lit\\. ?)?f)`],
      'legitimate-interests': ['berechtigte\\w* Interesse\\w*', 'legitime\\w* Interesse\\w*', 'Interessenabwägung', art6('f')],
    },
    anaphor: ['(das|dies|dieses) (ist|sind)', 'hierin', 'darin', 'hierfür', 'dafür', 'hierzu', 'dazu', 'in (diesem|diesen|dem|den) (genannten )?Zweck\\w*'],
    interestLink: ['an', 'in', 'daran', 'darin', 'nämlich', 'wie', 'z\\. ?B\\.', 'insbesondere', 'besteht', 'ist,', 'bestehend in', 'liegt', 'zur', 'zum', 'um', 'für', 'da', 'weil', 'beispielsweise', 'hierbei', 'dabei', ':', ', (\\S+ ){1,12}zu \\w+', ', (\\S+ ){1,12}\\w+zu\\w+en'],
    conditional: ['soweit', 'sofern', 'wenn', 'falls', 'insoweit', 'in (den )?Fällen,? in denen'],
    bare: ['verarbeit\\w*', 'verwend\\w*', '(ge)?nutz\\w*', 'erh[eo]b\\w*', 'erfass\\w*', 'speicher\\w*', 'gespeichert', 'erfolg\\w*', 'personenbezogene\\w*', 'Angaben', 'Informationen', 'nur', 'ausschließlich', 'lediglich', 'natürlich', 'aber', 'jedoch', 'dann', 'im Übrigen', 'außerdem', 'zudem', '(in )?(manchen|einigen|bestimmten) Fällen', 'auch'],
  },

  retention: {
    keep: ['speicher\\w*', 'gespeichert', 'Speicherung\\w*', 'Speicherdauer', 'aufbewahr\\w*', 'bewahr\\w*', 'aufbewahrt', 'Aufbewahrung\\w*', 'lösch\\w*', 'Löschung\\w*', 'gelöscht', 'vernicht\\w*', 'anonymisier\\w*', 'archivier\\w*', 'vorgehalten', 'verbleiben', 'gesperrt', 'Sperrung'],
    period: [`\\d+ ${UNITS}`, `(einen|einem|ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|fünfzehn|zwanzig|dreißig|sechzig|neunzig) (\\(\\d+\\) )?${UNITS}`, '\\d+-?(tägig|wöchig|monatig|jährig)\\w*', '(zwei|drei|sechs|sieben|zehn)jährig\\w*', 'Ablauf des (Kalender|Geschäfts)?jahres', 'Jahresende'],
    criterion: ['bis (zu )?(Ihrem|Ihrer|deinem|deiner|zum|zur) (Widerruf|Abmeldung|Kündigung|Löschung|Beendigung|Austritt|Löschungsaufforderung|Ende)', 'bis (Sie|du) (\\S+ ){0,5}(auffordern|aufforderst|widerrufen|widerrufst|abmelden|abmeldest|kündigen|löschen)', 'solange (Sie|du) (\\S+ ){0,3}(Kunde|Kundin|Mitglied|Nutzer\\w*|registriert|angemeldet|Konto|Abonnent\\w*)', 'für die Dauer (der|des|Ihrer|Ihres|deiner|deines)', 'während der (Dauer|Laufzeit)', 'nach (dem )?(Ende|Beendigung|Ablauf|Abschluss|Kündigung|Erledigung|Wegfall|Austritt) (der|des|Ihrer|Ihres|deiner|deines|unserer|unseres)', 'nach (Ihrem|deinem) (Austritt|Ausscheiden)', 'nach (vollständiger )?(Erledigung|Bearbeitung|Abwicklung|Beantwortung) (Ihrer|der|des|deiner)', 'sobald (Sie|du) (\\S+ ){0,6}(widerruf\\w*|abmelde\\w*|kündig\\w*|auffordern|aufforderst)', 'wenn (die|der|das|Ihre|Ihr|deine|dein) (jeweilige |betreffende )?(Sitzung|Konversation|Vertrag|Mitgliedschaft|Registrierung|Anfrage|Vertragsverhältnis|Kundenkonto|Konto|Nutzerkonto) (\\S+ ){0,5}(beendet|abgeschlossen|aufgehoben|gekündigt|gelöscht|erledigt)', 'Ende der (Sitzung|Mitgliedschaft|Vertragslaufzeit|Geschäftsbeziehung|Browsersitzung)', 'Vertragsende', 'Sitzungsende', 'Browser-?Sitzung', 'Session\\w*', 'Sitzung\\w*'],
    statutory: ['gesetzliche\\w* Aufbewahrungs(frist|pflicht)\\w*', 'Aufbewahrungsfrist\\w*', 'Aufbewahrungspflicht\\w*', '(steuer|handels)- (und|oder|bzw\\.) (steuer|handels)rechtliche\\w*', '(steuer|handels)rechtliche\\w* (Aufbewahrungs\\w*|Vorgaben|Vorschriften|Pflichten|Fristen)', '§ ?147 AO', '§ ?257 HGB', '§ ?132 BAO', 'Verjährungsfrist\\w*', 'gesetzliche\\w* (Speicher|Lösch)fristen', 'gesetzlich vorgeschriebene\\w* (Frist\\w*|Aufbewahrung\\w*)', '(nach|gemäß|entsprechend) (den )?gesetzlichen (Vorschriften|Bestimmungen|Vorgaben|Fristen)'],
    vague: ['so ?lange,? (auf,? |vor,? )?(wie |als )?(dies |es |das )?(\\S+ ){0,5}(erforderlich|notwendig|nötig)', 'nicht länger (als|wie) (\\S+ ){0,3}(erforderlich|notwendig|nötig)', 'solange (dies|es|wir|das) (\\S+ ){0,4}(erforderlich|notwendig|nötig|benötigen)', 'sobald (sie|diese|die Daten|die personenbezogenen Daten) (\\S+ ){0,10}nicht mehr (erforderlich|notwendig|benötigt)', 'angemessene\\w* (Zeitraum|Dauer|Frist)', '(Speicher|Aufbewahrungs|Lösch)fristen (\\S+ ){0,5}(können|kann) (variieren|abweichen|unterschiedlich)', '(wenn|sobald) (sie|diese|die Daten|Ihre Daten) (\\S+ ){0,6}nicht (mehr|länger) (benötigt|gebraucht|erforderlich|notwendig) (werden|sind|ist|wird)', 'gemäß unserer? (Löschkonzept\\w*|Aufbewahrungsrichtlinie\\w*|Löschrichtlinie\\w*)'],
    reply: ['(erledig\\w*|beantwort\\w*|antwort\\w*|reagier\\w*|bearbeit\\w*|kümmer\\w*) (\\S+ ){0,5}(innerhalb|binnen)', '(innerhalb|binnen) (\\S+ ){0,6}(erledig\\w*|beantwort\\w*|reagier\\w*|bearbeit\\w*)', '(innerhalb|binnen) (\\S+ ){0,4}nach (Eingang|Erhalt) (Ihrer|deiner|der|Ihres|deines|des) (Anfrage|Antrags|Anliegens)'],
  },

  rights: {
    frame: ['Rechte?n?', 'Rechts', 'berechtigt', 'Anspruch', 'die Möglichkeit', '(Sie|du) (können|kannst|dürfen|darfst|haben|hast)', '(können|kannst|haben|hast) (Sie|du)', 'stehen? (Ihnen|dir)', 'verlangen', 'beantragen', 'Antrag', 'anfordern', 'geltend (machen|gemacht)', 'ausüben', 'wenden (Sie sich|dich)'],
    named: {
      access: ['Recht auf (unentgeltliche |kostenlose |jederzeitige )?Auskunft', 'Auskunftsrecht\\w*', 'Auskunftsersuchen', 'Auskunftsanfrage\\w*', 'Auskunfts-,? (\\S+ ){0,6}\\w*rechte?n?', '(unentgeltlich\\w*|kostenlos\\w*) Auskunft', 'Auskunft (\\S+ ){0,8}(verlangen|zu verlangen|erhalten|zu erhalten|anfordern|beantragen)', 'Recht auf (Zugang|Kopie|Einsicht)'],
      rectification: ['Recht\\w* auf (Berichtigung|Korrektur|Vervollständigung)', 'Berichtigung\\w*', 'Berichtigungsrecht\\w*', 'Berichtigungs-,? (\\S+ ){0,6}\\w*rechte?n?'],
      erasure: ['Recht\\w* auf (Löschung|Vergessenwerden|Vergessen werden|Vergessenheit)', 'Vergessenwerden', 'Löschungsrecht\\w*', 'Löschrecht\\w*', 'Löschungsanspruch\\w*', 'Löschersuchen', 'Löschungsersuchen', '(Löschungs|Lösch)-,? (\\S+ ){0,6}\\w*rechte?n?'],
      restriction: ['Recht\\w* auf (Einschränkung|Sperrung)', 'Einschränkung der (Daten)?verarbeitung', 'Einschränkungsrecht\\w*', 'Einschränkungs-,? (\\S+ ){0,6}\\w*rechte?n?'],
      object: ['Widerspruchsrecht\\w*', 'Recht\\w* auf Widerspruch', 'Widerspruch (\\S+ ){0,3}(einlegen|einzulegen|erheben|zu erheben)', 'Widerspruch gegen (die|eine|diese|jede) \\w*verarbeitung', 'Widerspruchs-,? (\\S+ ){0,6}\\w*rechte?n?'],
      // Swiss law (Art. 28 revDSG) names it "Recht auf Datenherausgabe oder -übertragung".
      portability: ['Datenübertragbarkeit', 'Datenherausgabe', 'Recht\\w* auf (Daten)?(übertragbarkeit|portabilität)', 'Datenportabilität', 'maschinenlesbar\\w*', '(einem )?anderen Verantwortlichen (\\S+ ){0,3}(übermittel\\w*|übertrag\\w*)', 'Herausgabe (Ihrer|der|deiner) (\\S+ ){0,2}Daten'],
    },
    described: {
      access: ['Auskunft\\w*', 'Auskünfte', 'Einsicht\\w*', 'Kopie\\w*', 'erfahren,? (welche|ob)', 'welche (personenbezogenen )?Daten (wir |ich )?(über (Sie|dich) |von (Ihnen|dir) )?(gespeichert|speichern|speichere|verarbeiten|verarbeite|verarbeitet|habe|haben)'],
      rectification: ['berichtig\\w*', 'korrigier\\w*', 'Korrektur\\w*', 'richtigstell\\w*', 'Richtigstellung', 'vervollständig\\w*', 'Vervollständigung', 'unrichtig\\w*', 'falsch\\w*', '(Daten|Angaben|Informationen) (\\S+ ){0,4}(ändern|abändern)', 'aktualisier\\w*'],
      erasure: ['lösch\\w*', 'Löschung\\w*', 'gelöscht', 'entfernen', 'entfernt', 'vergessen'],
      restriction: ['einschränk\\w*', 'Einschränkung\\w*', 'eingeschränkt', 'sperr\\w*', 'Sperrung', 'gesperrt', 'nur noch (speichern|aufbewahren)', '(speichern|aufbewahren),? (\\S+ ){0,2}aber nicht (mehr )?(verwenden|nutzen|verarbeiten)', '(vorübergehend|vorläufig|vorerst) nicht (mehr |weiter )?(verwenden|verarbeiten|nutzen)'],
      // Unsubscribing from a newsletter ('abmelden', 'austragen') ends a mailing; it does not tell the reader of the right to object (Art. 21).
      object: ['Widerspruch\\w*', 'widersprech\\w*', 'widerspricht', 'Einspruch\\w*'],
      portability: ['übertragen (zu )?lassen', 'Übertragung (Ihrer|deiner|der) (\\S+ ){0,3}Daten', 'mitnehmen', 'strukturiert\\w*', 'gängige\\w* (\\S+ ){0,2}Format', 'elektronische\\w* Format', 'an (einen )?anderen (Verantwortlichen|Anbieter)', 'Herausgabe'],
    },
    withdrawConsent: ['Einwilligung\\w* (\\S+ ){0,6}(widerrufen|zu widerrufen|widerruflich|widerrufbar|zurückziehen|zurückzuziehen|zurücknehmen|zurückzunehmen)', 'Widerruf (\\S+ ){0,3}Einwilligung\\w*', 'Einwilligung\\w* (ist|sind|kann|können|können Sie) (\\S+ ){0,3}widerruf\\w*', 'widerruf\\w* (Sie |du )?(\\S+ ){0,3}Einwilligung\\w*', 'Recht\\w* auf Widerruf', 'Rechte? auf (\\S+ ){0,8}Widerruf', 'Widerrufs-,? (\\S+ ){0,6}\\w*rechte?n?', 'Einwilligung\\w* (\\S+ ){0,8}mit Wirkung für die Zukunft', 'jederzeit (\\S+ ){0,6}(widerrufen|abmelden|abbestellen)'],
    reference: ['(dieses|diese) Rechte?n?'],
    complaintAction: ['Beschwerde\\w*', 'beschwer\\w*', 'wenden', 'unzufrieden', 'verstößt', 'Verstoß\\w*'],
    authority: ['\\w*aufsichtsbehörde\\w*', 'Datenschutz- und Transparenzbeauftragte\\w*', 'Datenschutzbehörde\\w*', '\\w*Beauftragte\\w* für (den )?Datenschutz\\w*', '(\\w+ische\\w* |Landes)[Dd]atenschutzbeauftragte\\w*', 'BfDI', 'LfDI\\w*', 'LfD\\w*', 'BayLDA', 'Landesamt für Datenschutzaufsicht', 'Unabhängige\\w* Landeszentrum für Datenschutz', 'ULD', 'Eidgenössische\\w* Datenschutz\\w*', 'EDÖB', 'Commission nationale pour la protection des données', 'CNPD', 'Datenschutzstelle', 'zuständige\\w* Behörde'],
  },

  automatedDecisions: ['Entscheidung\\w*,? (\\S+ ){0,6}(allein|nur|ausschließlich) (von einem|durch einen|vom) (Computer|Programm)', 'automatisierte\\w* (Einzel)?[Ee]ntscheidung\\w*', 'automatisierte\\w* Entscheidungsfindung', 'automatische\\w* Entscheidung\\w*', 'Entscheidung\\w* (\\S+ ){0,4}(ausschließlich|allein|nur) (\\S+ ){0,2}automatisiert\\w*', 'automatisierte\\w* Verarbeitung', 'Profiling', 'Profilbildung', 'Scoring', 'Entscheidung\\w* (\\S+ ){0,6}automatisch', 'automatisch (\\S+ ){0,3}(getroffen|entschieden)', 'Art(ikel|\\.)? ?22'],
  automatedRight: ['nicht (\\S+ ){0,14}unterworfen', 'Recht auf Nicht-?Unterwerfung'],
  statutory: {
    direct: ['(nicht|kein\\w*|weder) (\\S+ ){0,3}(verpflichtet|Pflicht|Verpflichtung),? (\\S+ ){0,6}(bereitzustellen|anzugeben|mitzuteilen|zu machen|zur Verfügung zu stellen|zu übermitteln|zu geben)', 'gesetzlich oder vertraglich (vorgeschrieben|erforderlich)', '(gesetzlich|vertraglich) (vorgeschrieben|erforderlich)', 'für einen Vertragsabschluss erforderlich', 'Pflichtfeld\\w*', 'Pflichtangabe\\w*', 'freiwillig\\w*', '(mit \\* |mit einem Sternchen |als Pflichtfeld)', 'ohne (diese|die|Ihre|deine) (\\S+ ){0,5}(Daten|Angaben|Unterlagen|Informationen|Dokumente|Nachweise)', 'Nichtbereitstellung', 'wenn (Sie|du) (\\S+ ){0,5}nicht (bereitstell\\w*|angeben|angibst|mitteilen|zur Verfügung stell\\w*)', '(sind|bist) (Sie|du) nicht verpflichtet'],
    provide: ['(Sie|du|Nutzer\\w*|Kunde\\w*) (\\S+ ){0,5}(angeben|angibst|angegeben|eingeben|eingegeben|bereitstellen|bereitgestellt|bereitzustellen|mitteilen|mitgeteilt|mitzuteilen|zur Verfügung (stellen|gestellt|zu stellen)|ausfüllen|ausgefüllt|vorlegen|vorzulegen|vorgelegt)', '(Angabe|Bereitstellung|Eingabe|Mitteilung) (von |Ihrer |der |deiner |bestimmter |personenbezogener )*(personenbezogenen )?Daten', 'abgefragt', 'erfragen'],
    need: ['muss\\w*', 'müssen', 'erforderlich', 'notwendig', 'benötig\\w*', 'verpflicht\\w*', 'Pflicht\\w*', 'nicht möglich', 'können wir (\\S+ ){0,3}nicht'],
  },

  transfers: {
    // "Bekanntgabe ins Ausland" is the Swiss term (Art. 16 revDSG) for disclosing data abroad.
    outside: ['weltweit (\\S+ ){0,4}(verarbeit|gespeichert|speicher|übermittel|gehostet)\\w*', '(verarbeitet|gespeichert|übermittelt|gehostet) (\\S+ ){0,3}weltweit', 'außerhalb (der |des )?(EU|EWR|Europäischen Union|Europäischen Wirtschaftsraum\\w*|Europas)', 'Bekanntgabe\\w* (\\S+ ){0,4}ins Ausland', 'Drittl(and|änder)\\w*', 'Drittstaat\\w*', 'internationale\\w* (Organisation\\w*|Datenübermittlung\\w*|Übermittlung\\w*)', '(in die|in den) (USA|Vereinigten Staaten|US)', 'Vereinigte\\w* Staaten', 'USA', '(US-?|amerikanische[nrs]? )\\S*(Unternehmen|Anbieter|Dienst|Server|Mutterkonzern)\\w*', 'Nicht-(EU|EWR)'],
    inside: ['innerhalb (der |des )?(EU|EWR|Europäischen Union|Europäischen Wirtschaftsraum\\w*|Europas|Deutschlands|Österreichs)', 'Server\\w* (\\S+ ){0,3}(in|innerhalb) (der |den )?(EU|Deutschland|Österreich|Europa|Niederlanden|Irland|Frankreich|Finnland)', '(in|auf) (\\S+ ){0,3}Server\\w* (\\S+ ){0,2}in (der |den )?(EU|Deutschland|Österreich|Europa|Niederlanden|Irland)', 'in (Deutschland|Österreich|der EU) (gehostet|gespeichert|verarbeitet)', '(liegen|liegt|lagern|lagert) (\\S+ ){0,4}in (Deutschland|Österreich|der EU|Europa)', 'verlass\\w* (\\S+ ){0,2}(die |den )?(EU|EWR|Europäische\\w* Union|Europa|Deutschland|Österreich) nicht', 'in andere (Länder|Staaten) (\\S+ ){0,3}(keine|nicht)', 'Serverstandort\\w*', 'Speicherort'],
    safeguards: ['Standardvertragsklauseln', 'Standarddatenschutzklauseln', 'Standardschutzklauseln', 'Standard ?Contractual Clauses', 'SCCs?', 'Angemessenheitsbeschl(uss|üsse)\\w*', 'Angemessenheitsentscheidung\\w*', 'angemessene\\w* (Datenschutz|Schutz)niveau\\w*', 'geeignete\\w* (oder angemessene\\w* )?Garantien', 'verbindliche\\w* (interne\\w* )?Datenschutzvorschriften', 'Binding Corporate Rules', 'BCRs?', 'Data Privacy Framework', 'DPF', 'Datenschutzrahmen\\w*', 'Art(ikel|\\.)? ?4[5-9]'],
    recipient: ['Empfänger\\w*', 'Dritte\\w*'],
  },

  dpo: {
    term: ['Datenschutzbeauftragte\\w*', 'Data Protection Officer', 'DPO'],
    own: ['unser\\w* (betriebliche\\w* |externe\\w* |behördliche\\w* )?Datenschutzbeauftragte\\w*', '(haben|hat) (\\S+ ){0,3}Datenschutzbeauftragte\\w* (benannt|bestellt|ernannt)', 'bestellt', 'benannt', 'Datenschutzbeauftragte\\w* (ist |sind )?(erreichbar|zu erreichen|unter|per|via)', '(Kontakt\\w*|Anschrift|Name) (des|zum|zu unserem|unseres) Datenschutzbeauftragten', '(an|zu) (unseren|den) Datenschutzbeauftragten'],
  },

  sources: {
    obtained: ['(aus|von|über) (anderen|externen|öffentlich\\w*|dritten|sonstigen|allgemein zugänglichen) (Quellen|Stellen|Registern|Verzeichnissen|Partnern|Anbietern|Dritten)', '(erhalten|bekommen|erheben|beziehen|erhoben|übermittelt) (wir )?(\\S+ ){0,6}(von|aus|über) (Dritten|Partnern|Partner\\w*|öffentlichen|anderen|Ihrem Arbeitgeber|Ihrer Bank|Auskunfteien)', 'andere\\w* Quellen', 'externe\\w* Quellen', 'öffentlich zugängliche\\w* Quellen', 'nicht (direkt |unmittelbar )?bei (Ihnen|dir) erhoben'],
    specific: ['Partner\\w*', 'soziale\\w* (Medien|Netzwerk\\w*)', 'Social Media', 'öffentliche\\w* (Register\\w*|Quellen|Verzeichnis\\w*)', 'öffentlich zugänglich\\w*', 'Handelsregister\\w*', 'Grundbuch', 'SCHUFA', 'Auskunftei\\w*', 'Bank\\w*', 'Arbeitgeber\\w*', 'LinkedIn', 'XING', 'Facebook', 'Google', 'Behörde\\w*', 'Versicherung\\w*', 'Vermittler\\w*', 'Empfehlung\\w*', 'Adresshändler\\w*', 'Zahlungsdienstleister\\w*', 'Ihr\\w* (Bank|Arbeitgeber\\w*|Vertreter\\w*|Unternehmen|Organisation)'],
  },

  lastUpdated: {
    cue: ['Stand', 'zuletzt (geändert|aktualisiert|überarbeitet|angepasst)', '(aktualisiert|geändert|überarbeitet) (am|zum)', 'Version', 'Fassung', 'gültig', 'gilt (ab|seit)', 'in Kraft (seit|ab)', 'Datum', 'letzte (Änderung|Aktualisierung|Überarbeitung)'],
    months: MONTHS,
  },

  cookies: {
    mention: ['Cookies?', 'Cookie-?(Richtlinie|Banner|Einstellungen|Hinweis|Erklärung|Consent)\\w*', 'ähnliche\\w* Technologien', 'Tracking-?Technologien', 'Zählpixel\\w*', 'Tracking-?Pixel\\w*', 'Pixel', 'Web-?Beacons?', 'Local Storage'],
    handling: ['Einwilligung\\w*', 'zustimm\\w*', 'Zustimmung', 'akzeptier\\w*', 'ablehn\\w*', 'deaktivier\\w*', 'blockier\\w*', 'lösch\\w*', 'gelöscht', 'Browser\\w*', 'Einstellung\\w*', 'Cookie-?Banner', 'Consent', 'Opt-?(out|in)', 'widersprech\\w*', 'Widerspruch', 'verhindern', 'keine Cookies', 'nur (technisch )?(notwendige|erforderliche|essenzielle)', 'technisch (notwendig|erforderlich)\\w*', 'nur Cookies, die (\\S+ ){0,6}(nötig|notwendig|erforderlich)', '§ ?25 (TTDSG|TDDDG)', 'einschränken', 'Cookie-?Richtlinie', 'Cookie-?Erklärung'],
    trackers: ['Google Analytics', 'Analytics', 'Tracking', 'Tracker', 'Pixel', 'Matomo', 'etracker', 'Hotjar', 'Facebook-?Pixel', 'Meta-?Pixel', '\\w*Fingerprinting', 'Retargeting', 'Remarketing'],
  },

  impliedConsent: ['nichts dagegen (gesagt|gehabt|einzuwenden)', '(weiter|weiterhin) (nutzt|nutzen|besucht|besuchen|surft|surfen),? (ist|sind|erklärt|erklären) (\\S+ ){0,2}einverstanden', '(durch|mit) (die |der )?(weitere\\w* |fortgesetzte\\w* )?(Nutzung|Benutzung|Verwendung|Besuch|Installation|Download) (\\S+ ){0,6}(erklären|stimmen|willigen|akzeptieren|erklärst|stimmst|willigst|akzeptierst) (Sie|du)', '(wenn|indem) (Sie|du) (\\S+ ){0,6}(weiter ?nutzen|weiterhin nutzen|weiter surfen|fortfahren|weiter ?nutzt|weiter surfst),? (gehen wir davon aus|stimmen Sie|erklären Sie|stimmst du|erklärst du|willigen Sie|willigst du)', 'gehen wir davon aus,? dass (Sie|du) (\\S+ ){0,3}(einverstanden|zustimm\\w*|einwillig\\w*)', 'stillschweigend\\w* (Einwilligung|Zustimmung|Einverständnis|einverstanden)', 'konkludent\\w* (Einwilligung|Zustimmung|Einverständnis)', 'gilt (\\S+ ){0,4}als (erteilt|Einwilligung|Zustimmung|einverstanden)', 'nicht (widersprich\\w*|widersprechen),? (\\S+ ){0,4}(einverstanden|Einverständnis|Einwilligung|Zustimmung|zugestimmt)'],
  // Replacements start without an article: the quick fix puts them after the notice's own ("nach dem Privacy Shield").
  outdated: [
    { cue: '(EU-US-|EU-U\\.S\\.-|EU-US |Swiss-US-|EU-USA-)?Privacy[- ]Shield', replacement: 'EU-US Data Privacy Framework (Angemessenheitsbeschluss vom 10. Juli 2023) oder Standardvertragsklauseln', reason: 'Der Gerichtshof der EU hat den Privacy Shield im Juli 2020 für ungültig erklärt (C-311/18, Schrems II).' },
    { cue: '(EU-US-|EU-USA-)?Datenschutzschild', replacement: 'EU-US Data Privacy Framework (Angemessenheitsbeschluss vom 10. Juli 2023) oder Standardvertragsklauseln', reason: 'Der Gerichtshof der EU hat den EU-US-Datenschutzschild (Privacy Shield) im Juli 2020 für ungültig erklärt (C-311/18, Schrems II).' },
    { cue: 'Safe[- ]Harbou?r', replacement: 'EU-US Data Privacy Framework (Angemessenheitsbeschluss vom 10. Juli 2023) oder Standardvertragsklauseln', reason: 'Der Gerichtshof der EU hat Safe Harbor im Oktober 2015 für ungültig erklärt (C-362/14, Schrems I).' },
    { cue: '(EG-Datenschutzrichtlinie|EU-Datenschutzrichtlinie|Richtlinie 95/46(/EG)?|RL 95/46(/EG)?)', replacement: 'DSGVO (Verordnung (EU) 2016/679)', reason: 'Die Datenschutzrichtlinie 95/46/EG wurde am 25. Mai 2018 durch die DSGVO aufgehoben.' },
    { cue: 'BDSG (a\\. ?F\\.?|alt|\\(alt\\)|-alt|in der bis zum 24\\. Mai 2018 geltenden Fassung)|BDSG-alt|§ ?(4a|28|29) (Abs(atz|\\.)? ?\\d+ )?(S(atz|\\.)? ?\\d+ )?(Nr\\.? ?\\d+ )?BDSG|§§ ?34,? (und|u\\.) ?35 BDSG', replacement: 'DSGVO (für die Rechtsgrundlage Art. 6 Abs. 1 DSGVO) und BDSG in der seit 25. Mai 2018 geltenden Fassung', reason: 'Das Bundesdatenschutzgesetz in seiner bis 24. Mai 2018 geltenden Fassung (BDSG a. F.) ist außer Kraft; seitdem gelten die DSGVO und das neu gefasste BDSG, dessen Paragraphen anders nummeriert sind.' },
    { cue: 'Telemediengesetz\\w*|TMG', replacement: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG; für Cookies § 25 TDDDG) bzw. für das Impressum Digitale-Dienste-Gesetz (DDG)', reason: 'Die Datenschutzvorschriften des Telemediengesetzes (§§ 11 bis 15a TMG) wurden am 1. Dezember 2021 durch das TTDSG ersetzt; das TMG selbst ist seit 14. Mai 2024 durch das Digitale-Dienste-Gesetz (DDG) abgelöst, und das TTDSG heißt seitdem TDDDG.', current: 'TDDDG|DDG|Digitale-Dienste-Gesetz' },
    { cue: 'TTDSG|Telekommunikation-Telemedien-Datenschutz-Gesetz\\w*', replacement: 'TDDDG (Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz)', reason: 'Das TTDSG heißt seit dem 14. Mai 2024 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG); die Regel zu Cookies steht nun in § 25 TDDDG.', current: 'TDDDG|Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz' },
    { cue: 'DSG 2000|Datenschutzgesetz 2000', replacement: 'DSGVO und österreichisches Datenschutzgesetz (DSG)', reason: 'Das österreichische Datenschutzgesetz 2000 wurde mit 25. Mai 2018 durch das Datenschutz-Anpassungsgesetz 2018 neu gefasst und heißt seitdem Datenschutzgesetz (DSG).' },
    { cue: 'TKG 2003', replacement: 'TKG 2021 (für Cookies § 165 Abs. 3 TKG 2021)', reason: 'Das österreichische Telekommunikationsgesetz 2003 wurde am 1. November 2021 durch das Telekommunikationsgesetz 2021 ersetzt.', current: 'TKG 2021' },
    { cue: '(österreichische\\w* )?Datenschutzkommission', replacement: 'Datenschutzbehörde (DSB)', reason: 'Die österreichische Datenschutzkommission wurde am 1. Jänner 2014 durch die Datenschutzbehörde ersetzt.', current: 'Datenschutzbehörde' },
  ],

  historical: ['ehemals', 'ehemalige\\w*', 'früher\\w*', 'vormals', 'bisherige\\w*', 'ungültig\\w*', 'aufgehoben', 'ersetzt', 'abgelöst', 'Nachfolge\\w*', 'außer Kraft', 'heißt (jetzt|nun|seit)', 'inzwischen', 'nicht mehr (gültig|anwendbar|in Kraft)'],

  rules: {
    'controller-identity': { title: 'Verantwortlicher und Kontaktdaten', message: 'Die Datenschutzerklärung nennt nicht, wer für die Verarbeitung der personenbezogenen Daten verantwortlich ist (der Verantwortliche) und wie er zu erreichen ist. Die DSGVO ({articles}) verlangt den Namen und die Kontaktdaten des Verantwortlichen.' },
    purposes: { title: 'Zwecke der Verarbeitung', message: 'Die Datenschutzerklärung sagt nicht, wofür die personenbezogenen Daten verwendet werden. Die DSGVO ({articles}) verlangt die Angabe der Zwecke, für die die Daten verarbeitet werden.' },
    'legal-basis': { title: 'Rechtsgrundlage', message: 'Die Datenschutzerklärung nennt keine Rechtsgrundlage der Verarbeitung (Einwilligung, Vertrag, rechtliche Verpflichtung, berechtigte Interessen …). Die DSGVO ({articles}) verlangt die Rechtsgrundlage für jeden Zweck.' },
    'data-categories': { title: 'Kategorien personenbezogener Daten', message: 'Die Datenschutzerklärung nennt nicht, welche Arten personenbezogener Daten verarbeitet werden (Name, E-Mail-Adresse, IP-Adresse …). Leser erwarten diese Angabe, und die DSGVO ({articles}) verlangt sie, wenn die Daten nicht bei der betroffenen Person erhoben werden.' },
    recipients: { title: 'Empfänger', message: 'Die Datenschutzerklärung sagt nicht, wer die personenbezogenen Daten erhält (Dienstleister, Auftragsverarbeiter, Behörden …) oder dass niemand sie erhält. Die DSGVO ({articles}) verlangt die Empfänger oder Kategorien von Empfängern.' },
    retention: { title: 'Speicherdauer', message: 'Die Datenschutzerklärung sagt nicht, wie lange die personenbezogenen Daten gespeichert werden oder nach welchen Kriterien sich diese Dauer bestimmt. Die DSGVO ({articles}) verlangt die Speicherdauer oder die Kriterien für ihre Festlegung.' },
    'right-access': { title: 'Auskunftsrecht', message: 'Das Auskunftsrecht fehlt: Betroffene müssen erfahren, dass sie Auskunft über ihre Daten und eine Kopie verlangen können. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-rectification': { title: 'Recht auf Berichtigung', message: 'Das Recht auf Berichtigung fehlt: Betroffene müssen erfahren, dass sie die Berichtigung unrichtiger Daten verlangen können. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-erasure': { title: 'Recht auf Löschung', message: 'Das Recht auf Löschung („Recht auf Vergessenwerden“) fehlt: Betroffene müssen erfahren, dass sie die Löschung ihrer Daten verlangen können. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-restriction': { title: 'Recht auf Einschränkung der Verarbeitung', message: 'Das Recht auf Einschränkung der Verarbeitung fehlt: Betroffene müssen erfahren, dass sie verlangen können, die Verarbeitung ihrer Daten einzuschränken. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-object': { title: 'Widerspruchsrecht', message: 'Das Widerspruchsrecht fehlt: Betroffene müssen erfahren, dass sie der Verarbeitung widersprechen können, auch der Verarbeitung zum Zweck der Direktwerbung. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-portability': { title: 'Recht auf Datenübertragbarkeit', message: 'Das Recht auf Datenübertragbarkeit fehlt: Betroffene müssen erfahren, dass sie ihre Daten in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder einem anderen Verantwortlichen übermitteln lassen können. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'right-complaint': { title: 'Beschwerderecht bei einer Aufsichtsbehörde', message: 'Die Datenschutzerklärung weist nicht auf das Recht hin, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (in Deutschland bei der Aufsichtsbehörde des Landes oder beim BfDI, in Österreich bei der Datenschutzbehörde). Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'automated-decisions': { title: 'Automatisierte Entscheidungsfindung und Profiling', message: 'Die Datenschutzerklärung sagt nicht, ob ausschließlich automatisierte Entscheidungen einschließlich Profiling getroffen werden, die Betroffenen gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen. Die DSGVO ({articles}) verlangt, dass Betroffene über solche Entscheidungen informiert werden; gibt es keine, geben Sie das an.' },
    'statutory-requirement': { title: 'Pflicht zur Bereitstellung der Daten', message: 'Die Datenschutzerklärung sagt nicht, ob Betroffene verpflichtet sind, ihre Daten bereitzustellen (gesetzlich, vertraglich oder für einen Vertragsschluss), und welche Folgen es hat, wenn sie es nicht tun. Die DSGVO ({articles}) verlangt diese Angabe.' },
    'right-withdraw-consent': { title: 'Recht auf Widerruf der Einwilligung', message: 'Die Datenschutzerklärung stützt sich auf eine Einwilligung, sagt aber nicht, dass diese jederzeit mit Wirkung für die Zukunft widerrufen werden kann. Die DSGVO ({articles}) verlangt diesen Hinweis.' },
    'legitimate-interests': { title: 'Die verfolgten berechtigten Interessen', message: 'Die Datenschutzerklärung stützt sich auf berechtigte Interessen, nennt diese Interessen aber nicht. Die DSGVO ({articles}) verlangt, dass sie benannt werden.' },
    'transfer-safeguards': { title: 'Garantien bei Übermittlungen in Drittländer', message: 'Personenbezogene Daten werden in Länder außerhalb des EWR übermittelt, aber die Datenschutzerklärung nennt keine Garantie (Angemessenheitsbeschluss, Standardvertragsklauseln, verbindliche interne Datenschutzvorschriften …). Die DSGVO ({articles}) verlangt diese Angabe.' },
    'dpo-contact': { title: 'Kontaktdaten des Datenschutzbeauftragten', message: 'Ein Datenschutzbeauftragter wird genannt, aber ohne Kontaktdaten. Die DSGVO ({articles}) verlangt seine Kontaktdaten.' },
    'data-sources': { title: 'Herkunft der Daten', message: 'Die Datenschutzerklärung sagt, dass Daten auch aus anderen Quellen als von der betroffenen Person stammen, aber nicht, aus welchen. Die DSGVO ({articles}) verlangt die Quelle oder die Kategorien von Quellen.' },
    'last-updated': { title: 'Stand der Datenschutzerklärung', message: 'Die Datenschutzerklärung trägt kein Datum und keine Version. Leser können nicht erkennen, ob sie aktuell ist; geben Sie den Stand (das Datum der letzten Änderung) an.' },
    cookies: { title: 'Cookies und ähnliche Technologien', message: 'Der Dienst setzt Cookies oder Tracking-Technologien ein, aber die Datenschutzerklärung sagt nicht, wie die Einwilligung dafür eingeholt und verwaltet wird.' },
    'transfers-statement': { title: 'Übermittlung außerhalb des EWR', message: 'Die Datenschutzerklärung sagt nicht, ob personenbezogene Daten in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt werden. Geben Sie dies an, auch wenn keine Übermittlung stattfindet.' },
    'vague-retention': { title: 'Unbestimmte Speicherdauer', message: 'Diese Aussage zur Speicherung nennt weder eine Frist noch ein Kriterium. Die DSGVO ({articles}) verlangt die tatsächliche Speicherdauer oder die Kriterien für ihre Festlegung.' },
    'implied-consent': { title: 'Einwilligung durch Schweigen oder Weiternutzung', message: 'Eine Einwilligung kann nicht aus Schweigen oder der weiteren Nutzung abgeleitet werden: Sie erfordert eine eindeutige bestätigende Handlung (Art. 4 Nr. 11 DSGVO; EuGH C-673/17, Planet49). Holen Sie die Einwilligung aktiv ein.' },
    'outdated-reference': { title: 'Veralteter Rechtsverweis', message: 'Hier steht „{found}“; dieser Verweis ist veraltet. {reason}' },
    'basis-without-purpose': { title: 'Rechtsgrundlage ohne Zweck', message: 'Diese Rechtsgrundlage ist keinem Zweck zugeordnet. Die DSGVO ({articles}) verlangt, dass für jeden Zweck erkennbar ist, auf welcher Rechtsgrundlage er beruht.' },
  },
  phrases: {
    dpoHint: 'Ein Datenschutzbeauftragter wird nicht genannt. Ist einer benannt, verlangt die DSGVO (Art. 13 Abs. 1 lit. b) die Angabe seiner Kontaktdaten.',
    triggeredBy: 'Deshalb ist diese Angabe erforderlich',
    useInstead: 'Stattdessen gilt heute: {replacement}.',
    otherLanguage: 'Dieser Teil ist auf {language} verfasst, die Datenschutzerklärung wird aber auf Deutsch geprüft: Was hier steht, zählt daher für keine Pflichtangabe. Legen Sie jede Sprachfassung in einer eigenen Datei an.',
    languages: { en: 'Englisch', nl: 'Niederländisch', de: 'Deutsch', fr: 'Französisch' },
  },
};
