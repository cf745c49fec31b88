/**
 * German detectors: for every checklist id, short Datenschutzerklärungen that say the item in the
 * DSGVO's own words (the German language version of the GDPR) or in a common paraphrase used in
 * Germany and Austria (including the wording of the usual generator templates), and ones that do
 * not. Conditional ids are tested with their condition triggered and not; quality ids with the
 * problem in the text and without it.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service/analysis';
import { de } from '../../server/src/service/data/de';
import { analyze, joinLines, runCases, statusOf, type Case } from './helpers';

/** An opening that names nothing on the checklist; it gives language detection enough function words. */
const INTRO = 'In dieser Erklärung lesen Sie, was wir mit Ihren Daten tun und warum.';
const TITLE = '# Datenschutzerklärung';

/** A short notice: the title, the neutral opening and the given lines. */
const notice = (...lines: string[]): string => joinLines(TITLE, '', INTRO, ...lines);

const cases: Case[] = [
  // ------------------------------------------------------------ controller-identity (Art. 13 Abs. 1 lit. a)
  {
    name: 'Eine Erklärung mit dem Namen der GmbH, ihrer Anschrift und E-Mail-Adresse nennt den Verantwortlichen',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', 'Verantwortlich für die Datenverarbeitung ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München.', 'Sie erreichen uns unter datenschutz@muehlenstein.example.'),
  },
  {
    name: 'Ein Abschnitt „Hinweis zur verantwortlichen Stelle“ mit Telefonnummer nennt den Verantwortlichen',
    id: 'controller-identity',
    expected: 'present',
    text: notice('', '## Hinweis zur verantwortlichen Stelle', '', 'Zahnarztpraxis Dr. Sonnenschein', 'Telefon: 089 123 456 78'),
  },
  {
    name: 'Nur eine E-Mail-Adresse, ohne zu sagen, wer die Organisation ist, nennt den Verantwortlichen nicht',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('', 'Wir verwenden Ihre E-Mail-Adresse, um Ihre Fragen zu beantworten.', 'Fragen zu dieser Erklärung senden Sie an info@postfach.example.'),
  },
  {
    name: 'Nur der Name der GmbH ohne jede Möglichkeit, sie zu erreichen, genügt nicht',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('', 'Diese Erklärung gilt für die Bäckerei Mühlenstein GmbH.', 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen Bestellbestätigungen zu senden.'),
  },

  // ------------------------------------------------------------ purposes (Art. 13 Abs. 1 lit. c)
  {
    name: 'Zu sagen, wofür Anschrift und E-Mail-Adresse dienen, nennt die Zwecke',
    id: 'purposes',
    expected: 'present',
    text: notice('Wir verwenden Ihre Anschrift, um Ihre Bestellung zu liefern, und Ihre E-Mail-Adresse zur Zusendung der Rechnung.'),
  },
  {
    name: '„um Ihnen den Newsletter zu senden“ nennt einen Zweck',
    id: 'purposes',
    expected: 'present',
    text: notice('Wir verwenden Ihren Namen und Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden.'),
  },
  {
    name: 'Ein Infinitiv mit „zu“ in einem trennbaren Verb („um Ihre Bestellung abzuwickeln“) nennt einen Zweck',
    id: 'purposes',
    expected: 'present',
    text: notice('Ihre Lieferanschrift benötigen wir, um Ihre Bestellung abzuwickeln.'),
  },
  {
    name: 'Die Formulierung der DSGVO „Zwecke der Verarbeitung“ mit einer Liste nennt die Zwecke',
    id: 'purposes',
    expected: 'present',
    text: notice('', 'Die Zwecke der Verarbeitung sind:', '', '- die Verwaltung Ihrer Mitgliedschaft;', '- die Organisation von Turnieren und Trainings.'),
  },
  {
    name: 'Eine Erklärung, die nur aufzählt, welche Daten es gibt, nennt keine Zwecke',
    id: 'purposes',
    expected: 'missing',
    text: notice('', 'Der Sportverein Nordwind e.V. erhebt Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse.', 'Fragen: datenschutz@nordwind.example.'),
  },

  // ------------------------------------------------------------ legal-basis (Art. 13 Abs. 1 lit. c, Art. 6 Abs. 1)
  {
    name: '„Art. 6 Abs. 1 lit. b DSGVO“ ist eine Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wir verarbeiten Ihre Anschrift zur Erfüllung des Kaufvertrages (Art. 6 Abs. 1 lit. b DSGVO).'),
  },
  {
    name: 'Eine rechtliche Verpflichtung ist eine Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Rechnungen bewahren wir auf, um eine rechtliche Verpflichtung zu erfüllen, der wir unterliegen.'),
  },
  {
    name: '„Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung“ ist eine Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'present',
    text: notice('', 'Wir senden Abonnenten jeden Monat einen Newsletter.', 'Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung.'),
  },
  {
    name: 'Zu sagen, wofür Daten dienen, ohne Grundlage, nennt keine Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden, und Ihre Anschrift, um Ihre Bestellung zu liefern.'),
  },

  // ------------------------------------------------------------ data-categories (Art. 14 Abs. 1 lit. d)
  {
    name: 'Name, Anschrift und Geburtsdatum nennen die Arten von Daten',
    id: 'data-categories',
    expected: 'present',
    text: notice('Wenn Sie Mitglied werden, verarbeiten wir Ihren Namen, Ihre Anschrift und Ihr Geburtsdatum.'),
  },
  {
    name: 'Die Liste der Server-Log-Files nennt die Arten von Daten',
    id: 'data-categories',
    expected: 'present',
    text: notice('', '## Server-Log-Dateien', '', 'Folgende Daten werden erhoben:', '', '- Browsertyp und Browserversion', '- verwendetes Betriebssystem', '- IP-Adresse'),
  },
  {
    name: 'Nur „die Informationen, die Sie uns geben“ nennt keine Arten von Daten',
    id: 'data-categories',
    expected: 'missing',
    text: notice('Wir verwenden die Informationen, die Sie uns geben, um Ihre Fragen zu beantworten.'),
  },

  // ------------------------------------------------------------ recipients (Art. 13 Abs. 1 lit. e)
  {
    name: 'Weitergabe an den Zahlungsdienstleister und den Versanddienstleister nennt die Empfänger',
    id: 'recipients',
    expected: 'present',
    text: notice('Wir geben Ihre Daten an unseren Zahlungsdienstleister und an den Versanddienstleister weiter, der Ihr Paket zustellt.'),
  },
  {
    name: '„Wir geben Ihre Daten nicht an Dritte weiter“ beantwortet die Frage nach den Empfängern',
    id: 'recipients',
    expected: 'present',
    text: notice('Wir geben Ihre Daten nicht an Dritte weiter.'),
  },
  {
    name: 'Eine Erklärung, die nie sagt, wer die Daten erhält, nennt keine Empfänger',
    id: 'recipients',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden.'),
  },
  {
    name: 'Das Recht auf Auskunft über „Herkunft und Empfänger“ Ihrer Daten sagt nicht, wer sie erhält',
    id: 'recipients',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden.', 'Sie haben das Recht auf unentgeltliche Auskunft über Ihre gespeicherten Daten, deren Herkunft und Empfänger.'),
  },
  {
    name: 'Die Schweizer „Bekanntgabe an“ einen Dienstleister nennt einen Empfänger',
    id: 'recipients',
    expected: 'present',
    text: notice('Die Bekanntgabe Ihrer Personendaten an das Logistikunternehmen Alpenkurier AG ist für die Lieferung nötig.'),
  },

  // ------------------------------------------------------------ retention (Art. 13 Abs. 2 lit. a)
  {
    name: 'Rechnungen zehn Jahre aufzubewahren nennt eine Speicherdauer',
    id: 'retention',
    expected: 'present',
    text: notice('Rechnungen bewahren wir zehn Jahre auf.'),
  },
  {
    name: '„Bis zu Ihrem Widerruf“ ist ein Kriterium für die Speicherdauer',
    id: 'retention',
    expected: 'present',
    text: notice('Ihre E-Mail-Adresse speichern wir bis zu Ihrem Widerruf der Einwilligung.'),
  },
  {
    name: 'Gesetzliche Aufbewahrungsfristen sind ein Kriterium für die Speicherdauer',
    id: 'retention',
    expected: 'present',
    text: notice('Wir löschen Ihre Daten, sofern keine gesetzlichen Aufbewahrungsfristen entgegenstehen.'),
  },
  {
    name: 'Eine Erklärung ohne Angabe, wie lange gespeichert wird, nennt keine Speicherdauer',
    id: 'retention',
    expected: 'missing',
    text: notice('Wir speichern Ihre E-Mail-Adresse, um Ihnen den Newsletter zu senden.'),
  },

  // ------------------------------------------------------------ rights (Art. 13 Abs. 2 lit. b, Art. 15 bis 21)
  {
    name: 'Der Text des Generators „unentgeltlich Auskunft über Herkunft, Empfänger und Zweck“ nennt das Auskunftsrecht',
    id: 'right-access',
    expected: 'present',
    text: notice('Sie haben jederzeit das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten zu erhalten.'),
  },
  {
    name: '„Auskunftsrecht“ als Wort der DSGVO nennt das Auskunftsrecht',
    id: 'right-access',
    expected: 'present',
    text: notice('Ihnen steht ein Auskunftsrecht nach Art. 15 DSGVO zu.'),
  },
  {
    name: 'Ohne jedes Recht fehlt das Auskunftsrecht',
    id: 'right-access',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse für den Newsletter.'),
  },
  {
    name: '„Recht auf Berichtigung“ nennt das Recht auf Berichtigung',
    id: 'right-rectification',
    expected: 'present',
    text: notice('Sie haben das Recht auf Berichtigung unrichtiger Daten.'),
  },
  {
    name: 'Falsche Daten korrigieren lassen zu können, beschreibt das Recht auf Berichtigung',
    id: 'right-rectification',
    expected: 'present',
    text: notice('Sind Ihre Daten falsch, können Sie verlangen, dass wir sie korrigieren.'),
  },
  {
    name: 'Ohne Berichtigung fehlt das Recht auf Berichtigung',
    id: 'right-rectification',
    expected: 'missing',
    text: notice('Sie haben das Recht auf Auskunft.'),
  },
  {
    name: '„Recht auf Löschung („Recht auf Vergessenwerden“)“ nennt das Recht auf Löschung',
    id: 'right-erasure',
    expected: 'present',
    text: notice('Sie haben das Recht auf Löschung („Recht auf Vergessenwerden“).'),
  },
  {
    name: 'Ein Löschungsrecht als Kompositum nennt das Recht auf Löschung',
    id: 'right-erasure',
    expected: 'present',
    text: notice('Ihnen stehen ein Auskunfts-, Berichtigungs- und Löschungsrecht zu.'),
  },
  {
    name: 'Daten nach Vertragsende zu löschen, ist kein Recht auf Löschung',
    id: 'right-erasure',
    expected: 'missing',
    text: notice('Wir löschen Ihre Daten zwei Jahre nach dem Ende des Vertrages.'),
  },
  {
    name: '„Recht auf Einschränkung der Verarbeitung“ nennt das Recht auf Einschränkung',
    id: 'right-restriction',
    expected: 'present',
    text: notice('Sie haben das Recht auf Einschränkung der Verarbeitung Ihrer personenbezogenen Daten.'),
  },
  {
    name: 'Die Sperrung der Daten verlangen zu können, beschreibt das Recht auf Einschränkung',
    id: 'right-restriction',
    expected: 'present',
    text: notice('Sie können verlangen, dass wir Ihre Daten sperren, solange deren Richtigkeit geprüft wird.'),
  },
  {
    name: 'Ohne Einschränkung fehlt das Recht auf Einschränkung',
    id: 'right-restriction',
    expected: 'missing',
    text: notice('Sie haben das Recht auf Auskunft und auf Berichtigung.'),
  },
  {
    name: '„Widerspruchsrecht“ nennt das Widerspruchsrecht',
    id: 'right-object',
    expected: 'present',
    text: notice('Ihnen steht ein Widerspruchsrecht nach Art. 21 DSGVO zu.'),
  },
  {
    name: 'Der Verarbeitung für Direktwerbung widersprechen zu können, beschreibt das Widerspruchsrecht',
    id: 'right-object',
    expected: 'present',
    text: notice('Sie können der Verarbeitung Ihrer Daten für Direktwerbung jederzeit widersprechen.'),
  },
  {
    name: '„Es besteht keine Widerspruchsmöglichkeit“ ist kein Widerspruchsrecht',
    id: 'right-object',
    expected: 'missing',
    text: notice('Die Erfassung der Daten ist für den Betrieb zwingend erforderlich. Es besteht folglich seitens des Nutzers keine Widerspruchsmöglichkeit.'),
  },
  {
    name: '„Recht auf Datenübertragbarkeit“ nennt das Recht auf Datenübertragbarkeit',
    id: 'right-portability',
    expected: 'present',
    text: notice('Sie haben das Recht auf Datenübertragbarkeit.'),
  },
  {
    name: 'Daten in einem maschinenlesbaren Format zu erhalten, beschreibt das Recht auf Datenübertragbarkeit',
    id: 'right-portability',
    expected: 'present',
    text: notice('Sie können verlangen, Ihre Daten in einem gängigen, maschinenlesbaren Format zu erhalten.'),
  },
  {
    name: 'Die Übertragung von Cookies zu deaktivieren, ist kein Recht auf Datenübertragbarkeit',
    id: 'right-portability',
    expected: 'missing',
    text: notice('Durch eine Änderung der Einstellungen in Ihrem Browser können Sie die Übertragung von Cookies deaktivieren.'),
  },

  {
    name: 'Das Schweizer „Recht auf Datenherausgabe oder -übertragung“ ist das Recht auf Datenübertragbarkeit',
    id: 'right-portability',
    expected: 'present',
    text: notice('', '## Ihre Rechte', '', 'Sie haben das Recht auf Datenherausgabe oder -übertragung der Personendaten, die Sie uns bekanntgegeben haben.'),
  },

  // ------------------------------------------------------------ right-complaint (Art. 13 Abs. 2 lit. d, Art. 77)
  {
    name: 'Der Text des Generators „Beschwerderecht bei der zuständigen Aufsichtsbehörde“ nennt das Beschwerderecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde zu.'),
  },
  {
    name: 'Sich beim Landesbeauftragten für Datenschutz beschweren zu können, nennt das Beschwerderecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Sie können sich beim Landesbeauftragten für Datenschutz und Informationsfreiheit Baden-Württemberg beschweren.'),
  },
  {
    name: 'Die österreichische Datenschutzbehörde als Beschwerdestelle nennt das Beschwerderecht',
    id: 'right-complaint',
    expected: 'present',
    text: notice('Sie können eine Beschwerde bei der Datenschutzbehörde in Wien einbringen.'),
  },
  {
    name: 'Eine Beschwerde nur an uns ist kein Beschwerderecht bei einer Aufsichtsbehörde',
    id: 'right-complaint',
    expected: 'missing',
    text: notice('Beschwerden richten Sie bitte an unseren Kundendienst unter service@laden.example.'),
  },

  // ------------------------------------------------------------ automated-decisions (Art. 13 Abs. 2 lit. f, Art. 22)
  {
    name: '„Keine automatisierte Entscheidungsfindung einschließlich Profiling“ beantwortet die Frage',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.'),
  },
  {
    name: 'Eine Erklärung, die automatisierte Entscheidungen nie erwähnt, lässt sie offen',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('Wir verwenden Ihre Daten, um Ihre Bestellung zu bearbeiten.'),
  },
  {
    name: 'Das Recht, keiner automatisierten Entscheidung unterworfen zu werden, sagt nicht, ob solche Entscheidungen stattfinden',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', '## Ihre Rechte', '', 'Sie haben das Recht, nicht einer allein auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet.'),
  },
  {
    name: 'Die Auskunft über „das Bestehen einer automatisierten Entscheidungsfindung“ als Teil des Auskunftsrechts sagt nicht, ob eine stattfindet',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', 'Sie können von uns Auskunft über folgende Informationen verlangen:', '', '- die Zwecke der Verarbeitung;', '- das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.'),
  },
  {
    name: 'Eine Überschrift „Automatisierte Entscheidungsfindung“, deren Abschnitt nur das Recht nach Art. 22 wiedergibt, beantwortet die Frage nicht',
    id: 'automated-decisions',
    expected: 'missing',
    text: notice('', '## Automatisierte Entscheidungen im Einzelfall', '', 'Sie haben das Recht, nicht einer ausschließlich automatisierten Entscheidung unterworfen zu werden.', 'Dies gilt nicht, wenn die Entscheidung für einen Vertrag mit Ihnen erforderlich ist.'),
  },
  {
    name: 'Eine Überschrift „Automatisierte Entscheidungsfindung“ mit der Antwort „Findet nicht statt.“ beantwortet die Frage',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('', '## Automatisierte Entscheidungsfindung', '', 'Findet bei uns nicht statt.'),
  },
  {
    name: 'Neben dem Recht nach Art. 22 beantwortet „Wir setzen kein Profiling ein“ die Frage',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('', '## Ihre Rechte', '', 'Sie haben das Recht, nicht einer automatisierten Entscheidung unterworfen zu werden.', 'Wir setzen weder eine automatisierte Entscheidungsfindung noch Profiling ein.'),
  },

  // ------------------------------------------------------------ statutory-requirement (Art. 13 Abs. 2 lit. e)
  {
    name: '„Sie sind nicht verpflichtet, uns Ihre Daten bereitzustellen“ beantwortet die Frage',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Sie sind nicht verpflichtet, uns Ihre Daten bereitzustellen; ohne diese Angaben können wir Ihre Bestellung jedoch nicht ausführen.'),
  },
  {
    name: 'Pflichtfelder im Kontaktformular beantworten die Frage',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Die mit einem Sternchen gekennzeichneten Felder sind Pflichtfelder.'),
  },
  {
    name: 'Die Bereitstellung der Website ist keine Angabe, ob Daten bereitgestellt werden müssen',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wir verarbeiten personenbezogene Daten nur, soweit dies zur Bereitstellung einer funktionsfähigen Website erforderlich ist.'),
  },

  // ------------------------------------------------------------ right-withdraw-consent (Art. 13 Abs. 2 lit. c)
  {
    name: 'Der Text des Generators „Widerruf Ihrer Einwilligung zur Datenverarbeitung“ nennt das Widerrufsrecht',
    id: 'right-withdraw-consent',
    expected: 'present',
    text: notice(
      'Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich.',
      'Sie können eine bereits erteilte Einwilligung jederzeit widerrufen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Datenverarbeitung bleibt vom Widerruf unberührt.',
    ),
  },
  {
    name: 'Eine Einwilligung ohne Hinweis auf den Widerruf lässt das Widerrufsrecht fehlen',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Den Newsletter versenden wir auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).'),
  },
  {
    name: 'Ohne Einwilligung ist das Widerrufsrecht nicht erforderlich',
    id: 'right-withdraw-consent',
    expected: 'not-applicable',
    text: notice('Wir verarbeiten Ihre Anschrift zur Erfüllung des Vertrages.'),
  },

  // ------------------------------------------------------------ legitimate-interests (Art. 13 Abs. 1 lit. d)
  {
    name: 'Das berechtigte Interesse „an der technisch fehlerfreien Darstellung“ nennt das Interesse',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Die Erfassung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO. Der Websitebetreiber hat ein berechtigtes Interesse an der technisch fehlerfreien Darstellung und der Optimierung seiner Website.'),
  },
  {
    name: 'Nur „aufgrund berechtigter Interessen“ nennt das Interesse nicht',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('Manche Daten verarbeiten wir aufgrund berechtigter Interessen.'),
  },
  {
    name: 'Eine Artikelangabe in Klammern zwischen dem berechtigten Interesse und seinem Gegenstand trennt sie nicht',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Logdateien speichern wir aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO) an einem sicheren Betrieb unserer Website.'),
  },
  {
    name: 'Eine Artikelangabe in Klammern ohne Gegenstand danach nennt das Interesse nicht',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('Logdateien speichern wir aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO).'),
  },
  {
    name: 'Ohne berechtigte Interessen sind sie nicht zu nennen',
    id: 'legitimate-interests',
    expected: 'not-applicable',
    text: notice('Wir verarbeiten Ihre Anschrift zur Erfüllung des Vertrages.'),
  },

  {
    name: '„Zur Wahrung der berechtigten Interessen“ allein, die Formulierung der DSGVO, nennt das Interesse nicht',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('', '- **Berechtigte Interessen (Art. 6 Abs. 1 S. 1 lit. f DSGVO)** – Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Verantwortlichen erforderlich.'),
  },
  {
    name: 'Eine Liste je Verarbeitung mit einem Punkt „Zwecke der Verarbeitung“ ordnet die berechtigten Interessen im Punkt „Rechtsgrundlagen“ diesen Zwecken zu',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice(
      '',
      '## Kontaktaufnahme',
      '',
      '- **Verarbeitete Daten:** Name, E-Mail-Adresse, Inhalt der Nachricht.',
      '- **Zwecke der Verarbeitung:** Beantwortung von Anfragen; Abwehr von Missbrauch.',
      '- **Rechtsgrundlagen:** Berechtigte Interessen (Art. 6 Abs. 1 S. 1 lit. f DSGVO).',
    ),
  },

  // ------------------------------------------------------------ transfer-safeguards (Art. 13 Abs. 1 lit. f)
  {
    name: 'Eine Übermittlung in die USA auf Grundlage der Standardvertragsklauseln nennt die Garantie',
    id: 'transfer-safeguards',
    expected: 'present',
    text: notice('Unser Hosting-Anbieter übermittelt Daten in die USA. Die Übermittlung erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission.'),
  },
  {
    name: 'Eine Übermittlung in ein Drittland ohne Garantie lässt die Garantie fehlen',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: notice('Ihre Daten können auch in ein Drittland übermittelt werden.'),
  },
  {
    name: '„Eine Übermittlung in Drittländer findet nicht statt“ verlangt keine Garantie',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: notice('Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.'),
  },

  // ------------------------------------------------------------ dpo-contact (Art. 13 Abs. 1 lit. b)
  {
    name: 'Unser Datenschutzbeauftragter mit E-Mail-Adresse gibt die Kontaktdaten an',
    id: 'dpo-contact',
    expected: 'present',
    text: notice('Unseren Datenschutzbeauftragten erreichen Sie unter dsb@firma.example.'),
  },
  {
    name: 'Ein benannter Datenschutzbeauftragter ohne Kontaktdaten lässt sie fehlen',
    id: 'dpo-contact',
    expected: 'missing',
    text: notice('Wir haben einen externen Datenschutzbeauftragten bestellt.'),
  },
  {
    name: 'Ohne Datenschutzbeauftragten sind keine Kontaktdaten zu nennen (nur ein Hinweis)',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice('Wir verwenden Ihre E-Mail-Adresse für den Newsletter.'),
  },
  {
    name: 'Ein Abschnitt „Datenschutzbeauftragter“, der sagt, dass keiner benannt ist, verlangt keine Kontaktdaten',
    id: 'dpo-contact',
    expected: 'not-applicable',
    text: notice('', '## Datenschutzbeauftragter', '', 'Wir sind gesetzlich nicht verpflichtet, einen Datenschutzbeauftragten zu benennen, und haben auch keinen benannt.'),
  },
  {
    name: 'Ein Abschnitt „Datenschutzbeauftragter“ mit einem benannten Beauftragten, aber ohne Kontaktdaten, lässt sie fehlen',
    id: 'dpo-contact',
    expected: 'missing',
    text: notice('', '## Datenschutzbeauftragter', '', 'Wir haben eine externe Datenschutzbeauftragte benannt.'),
  },

  // ------------------------------------------------------------ data-sources (Art. 14 Abs. 2 lit. f)
  {
    name: 'Daten aus öffentlichen Registern wie dem Handelsregister nennen die Quelle',
    id: 'data-sources',
    expected: 'present',
    text: notice('Einige Daten erhalten wir aus öffentlich zugänglichen Quellen, etwa aus dem Handelsregister.'),
  },
  {
    name: 'Daten „aus anderen Quellen“ ohne die Quelle lassen sie fehlen',
    id: 'data-sources',
    expected: 'missing',
    text: notice('Manche Daten erhalten wir aus anderen Quellen.'),
  },
  {
    name: 'Nur bei Ihnen erhobene Daten verlangen keine Quelle',
    id: 'data-sources',
    expected: 'not-applicable',
    text: notice('Wir erheben Ihre Daten ausschließlich bei Ihnen selbst.'),
  },

  // ------------------------------------------------------------ last-updated
  {
    name: '„Stand: 1. Juni 2024“ gibt das Datum der letzten Änderung an',
    id: 'last-updated',
    expected: 'present',
    text: notice('', 'Stand: 1. Juni 2024'),
  },
  {
    name: '„Zuletzt aktualisiert am 03.02.2025“ gibt das Datum der letzten Änderung an',
    id: 'last-updated',
    expected: 'present',
    text: notice('', 'Diese Datenschutzerklärung wurde zuletzt aktualisiert am 03.02.2025.'),
  },
  {
    name: 'Ohne Datum fehlt der Stand',
    id: 'last-updated',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse für den Newsletter.'),
  },

  // ------------------------------------------------------------ cookies
  {
    name: 'Cookies mit Einwilligung über das Cookie-Banner sind beschrieben',
    id: 'cookies',
    expected: 'present',
    text: notice('Analyse-Cookies setzen wir nur mit Ihrer Einwilligung, die Sie über unser Cookie-Banner erteilen und jederzeit widerrufen können.'),
  },
  {
    name: 'Cookies ohne Hinweis, wie man sie ablehnt oder einwilligt, fehlen',
    id: 'cookies',
    expected: 'missing',
    text: notice('Unsere Website verwendet Cookies.'),
  },
  {
    name: 'Ohne Cookies und Tracker ist nichts zu beschreiben',
    id: 'cookies',
    expected: 'not-applicable',
    text: notice('Wir verwenden Ihre E-Mail-Adresse für den Newsletter.'),
  },

  // ------------------------------------------------------------ transfers-statement
  {
    name: '„Ihre Daten werden auf Servern in Deutschland gespeichert“ sagt, ob Daten den EWR verlassen',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Ihre Daten werden ausschließlich auf Servern in Deutschland gespeichert.'),
  },
  {
    name: 'Ohne Angabe zum Ort der Verarbeitung fehlt die Aussage',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Wir verwenden Ihre E-Mail-Adresse für den Newsletter.'),
  },
  {
    name: 'Das Recht auf Auskunft darüber, ob Daten in ein Drittland übermittelt werden, sagt nicht, ob sie es werden',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Sie haben das Recht, Auskunft darüber zu verlangen, ob Ihre personenbezogenen Daten in ein Drittland oder an eine internationale Organisation übermittelt werden.'),
  },
  {
    name: 'Die Schweizer Aussage „Eine Bekanntgabe ins Ausland erfolgt nicht“ sagt, ob Daten das Land verlassen',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Wir bearbeiten Ihre Personendaten ausschließlich selbst. Eine Bekanntgabe Ihrer Daten ins Ausland erfolgt nicht.'),
  },
  {
    name: 'Eine Schweizer „Bekanntgabe ins Ausland“ ohne Angabe von Garantien lässt die Garantien offen',
    id: 'transfer-safeguards',
    expected: 'missing',
    text: notice('Für den Versand des Newsletters erfolgt eine Bekanntgabe Ihrer E-Mail-Adresse ins Ausland, an unseren Dienstleister in Kanada.'),
  },
  {
    name: 'Ein Punkt „Übermittlung in Drittländer“ in der Liste dessen, worüber Sie Auskunft verlangen können, löst keine Pflicht zu Garantien aus',
    id: 'transfer-safeguards',
    expected: 'not-applicable',
    text: notice('', 'Sie können von uns Auskunft über folgende Informationen verlangen:', '', '- die Empfänger Ihrer Daten;', '- ob Ihre Daten in ein Drittland übermittelt werden.'),
  },

  // ------------------------------------------------------------ vague-retention
  {
    name: '„So lange, wie es für die Zwecke erforderlich ist“ ist eine unbestimmte Speicherdauer',
    id: 'vague-retention',
    expected: 'problem',
    text: notice('Wir speichern Ihre Daten so lange, wie es für die genannten Zwecke erforderlich ist.'),
  },
  {
    name: 'Rechnungen zehn Jahre aufzubewahren ist nicht unbestimmt',
    id: 'vague-retention',
    expected: 'none',
    text: notice('Rechnungen bewahren wir zehn Jahre auf.'),
  },
  {
    name: 'Kommentare „auf unbestimmte Zeit“ zu speichern nennt eine Frist, wenn auch eine unbegrenzte, und ist keine unbestimmte Angabe',
    id: 'vague-retention',
    expected: 'none',
    text: notice('Kommentare und ihre Metadaten werden auf unbestimmte Zeit gespeichert.'),
  },
  {
    name: '„So lange wie nötig“ mit der tatsächlichen Frist im selben Abschnitt ist nicht unbestimmt',
    id: 'vague-retention',
    expected: 'none',
    text: notice('', '## Speicherdauer', '', 'Wir speichern Ihre Daten so lange wie nötig. Nach dem Ende Ihrer Mitgliedschaft löschen wir sie nach 12 Monaten.'),
  },

  // ------------------------------------------------------------ implied-consent
  {
    name: '„Mit der Nutzung dieser Website erklären Sie sich einverstanden“ leitet die Einwilligung aus der Nutzung ab',
    id: 'implied-consent',
    expected: 'problem',
    text: notice('Mit der weiteren Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden.'),
  },
  {
    name: 'Cookies erst nach einem Klick auf „Akzeptieren“ sind eine Einwilligung, keine abgeleitete',
    id: 'implied-consent',
    expected: 'none',
    text: notice('Analyse-Cookies setzen wir erst, nachdem Sie im Cookie-Banner auf „Akzeptieren“ geklickt haben.'),
  },

  // ------------------------------------------------------------ outdated-reference
  {
    name: '„§ 28 BDSG“ als Grundlage ist ein veralteter Verweis auf das alte BDSG',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Die Verarbeitung erfolgt gemäß § 28 Abs. 1 Nr. 2 BDSG.'),
  },
  {
    name: 'Das Telemediengesetz ist ein veralteter Verweis',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Cookies setzen wir gemäß § 15 Abs. 3 TMG.'),
  },
  {
    name: 'Das TTDSG ist ein veralteter Verweis',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Technisch notwendige Cookies setzen wir nach § 25 Abs. 2 TTDSG.'),
  },
  {
    name: 'Der EU-US-Datenschutzschild ist ein veralteter Verweis',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Unser amerikanischer Dienstleister ist unter dem EU-US-Datenschutzschild zertifiziert.'),
  },
  {
    name: 'Der Privacy Shield ist ein veralteter Verweis',
    id: 'outdated-reference',
    expected: 'problem',
    text: notice('Google ist unter dem Privacy-Shield-Abkommen zertifiziert.'),
  },
  {
    name: 'Das TDDDG ist kein veralteter Verweis',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Technisch notwendige Cookies setzen wir nach § 25 Abs. 2 TDDDG.'),
  },
  {
    name: 'Das „TTDSG, heute TDDDG“ ist nur als früherer Name genannt',
    id: 'outdated-reference',
    expected: 'none',
    text: notice('Cookies setzen wir nach § 25 TDDDG (bis Mai 2024 TTDSG).'),
  },

  // ------------------------------------------------------------ basis-without-purpose
  {
    name: 'Eine Einwilligung neben einem Vertrag, aber keinem Zweck zugeordnet, ist eine Rechtsgrundlage ohne Zweck',
    id: 'basis-without-purpose',
    expected: 'problem',
    text: notice(
      '',
      'Wir verwenden Ihre Anschrift, um Ihre Bestellung zu liefern, weil dies zur Erfüllung des Vertrages mit Ihnen erforderlich ist.',
      '',
      '## Rechtsgrundlage',
      '',
      'In manchen Fällen verarbeiten wir Daten auf Grundlage einer Einwilligung.',
    ),
  },
  {
    name: 'Lebenswichtige Interessen, die nur im allgemeinen Katalog der Rechtsgrundlagen stehen, sind keinem Zweck zugeordnet, auch wenn dort „zur Erfüllung eines Vertrags“ steht',
    id: 'basis-without-purpose',
    expected: 'problem',
    text: notice(
      '',
      '## Rechtsgrundlagen',
      '',
      'Ist die Verarbeitung zur Erfüllung eines Vertrags mit Ihnen erforderlich, stützen wir sie auf Art. 6 Abs. 1 lit. b DSGVO.',
      'Erfordern lebenswichtige Interessen einer Person die Verarbeitung, ist Art. 6 Abs. 1 lit. d DSGVO die Rechtsgrundlage.',
      '',
      '## Bestellungen',
      '',
      'Ihre Anschrift verwenden wir, um Ihre Bestellung zu liefern.',
    ),
  },
  {
    name: '„Art. 6 Abs. 1 lit. e oder f“ in der Erklärung des Widerspruchsrechts ist keine Rechtsgrundlage ohne Zweck',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice(
      'Wir verarbeiten Ihre Anschrift zur Erfüllung des Vertrages (Art. 6 Abs. 1 lit. b DSGVO), um Ihre Bestellung zu liefern. Den Newsletter senden wir auf Grundlage Ihrer Einwilligung, um Sie über Angebote zu informieren.',
      '',
      '## Widerspruchsrecht',
      '',
      'Erfolgt die Verarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO, haben Sie jederzeit das Recht, Widerspruch einzulegen.',
    ),
  },
  {
    name: 'Eine Einwilligung zum Versand des Newsletters ist keine Rechtsgrundlage ohne Zweck',
    id: 'basis-without-purpose',
    expected: 'none',
    text: notice('Wir verwenden Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung, um Ihnen unseren Newsletter zu senden.'),
  },
];

/** Wendungen sorgfältiger Erklärungen, die nicht die der DSGVO sind. */
const wordingCases: Case[] = [
  {
    name: '„Diese Entscheidung trifft das Shopsystem automatisch“ sagt, dass automatisiert entschieden wird',
    id: 'automated-decisions',
    expected: 'present',
    text: notice('Bei einem ungünstigen Wert bieten wir nur Vorkasse an; diese Entscheidung trifft das Shopsystem automatisch.'),
  },
  {
    name: 'Ein berechtigtes Interesse mit einem Infinitiv nach dem Komma („, uns vor Forderungsausfällen zu schützen“) nennt das Interesse',
    id: 'legitimate-interests',
    expected: 'present',
    text: notice('Dies beruht auf unserem berechtigten Interesse, uns vor Forderungsausfällen zu schützen (Art. 6 Abs. 1 lit. f DSGVO).'),
  },
  {
    name: 'Ein berechtigtes Interesse ohne zu sagen, welches, nennt das Interesse nicht',
    id: 'legitimate-interests',
    expected: 'missing',
    text: notice('Die Verarbeitung beruht auf unserem berechtigten Interesse.'),
  },
  {
    name: '„Zur Erfüllung des Ausbildungsvertrags“ ist eine Rechtsgrundlage, auch als zusammengesetztes Wort',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wir verwenden Ihre Daten zur Durchführung der Ausbildung. Die Verarbeitung erfolgt zur Erfüllung des Ausbildungsvertrags.'),
  },
  {
    name: '„Ohne diese Unterlagen können wir Sie nicht anmelden“ sagt, was geschieht, wenn Sie die Daten nicht bereitstellen',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Für die Anmeldung brauchen wir Ihren Namen und ein Passfoto. Ohne diese Unterlagen können wir Sie nicht bei der Prüfstelle anmelden.'),
  },
  {
    name: '„Ihre Daten verlassen die EU nicht“ sagt, wo die Daten bleiben',
    id: 'transfers-statement',
    expected: 'present',
    text: notice('Ihre Daten verlassen die EU nicht.'),
  },
  {
    name: '„Verlassen das Büro nicht“ sagt nichts darüber, ob Daten die EU verlassen',
    id: 'transfers-statement',
    expected: 'missing',
    text: notice('Ihre Akten verlassen das Büro nicht.'),
  },
  {
    name: '„Die Verarbeitung beruht auf Ihrer Einwilligung“ nennt die Einwilligung als Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wir schicken Ihnen unseren Newsletter. Die Verarbeitung beruht auf Ihrer Einwilligung.'),
  },
  {
    name: 'Wer sich auf die Einwilligung stützt („stützt sich auf Ihre Einwilligung“), muss den Widerruf erklären',
    id: 'right-withdraw-consent',
    expected: 'missing',
    text: notice('Wir schicken Ihnen unseren Newsletter. Die Verarbeitung stützt sich auf Ihre Einwilligung.'),
  },
  {
    name: '„Beruht auf dem mit Ihnen geschlossenen Vertrag“ nennt den Vertrag als Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'present',
    text: notice('Wir speichern Ihre Lieferadresse. Die Datenverarbeitung beruht auf dem mit Ihnen geschlossenen Vertrag.'),
  },
  {
    name: 'Preise, die „auf einer Kalkulation beruhen“, nennen keine Rechtsgrundlage',
    id: 'legal-basis',
    expected: 'missing',
    text: notice('Wir speichern Ihre Lieferadresse. Unsere Preise beruhen auf einer Kalkulation unserer Kosten.'),
  },
  {
    name: '„Weder gesetzlich noch vertraglich verpflichtet, uns Ihre Daten bereitzustellen“ sagt, ob Sie Daten angeben müssen',
    id: 'statutory-requirement',
    expected: 'present',
    text: notice('Sie sind weder gesetzlich noch vertraglich verpflichtet, uns Ihre Daten bereitzustellen.'),
  },
  {
    name: '„Wir sind verpflichtet, Ihre Anfrage zu beantworten“ sagt nicht, ob Sie Daten angeben müssen',
    id: 'statutory-requirement',
    expected: 'missing',
    text: notice('Wir sind verpflichtet, Ihre Anfrage schnell zu beantworten.'),
  },
  {
    name: '„Diese Website gehört“ einem Betrieb mit Anschrift und E-Mail nennt den Verantwortlichen',
    id: 'controller-identity',
    expected: 'present',
    text: notice('Diese Website gehört der Fahrradwerkstatt Speiche, Lindenweg 10, 50667 Köln. E-Mail: info@speiche.example'),
  },
  {
    name: '„Ihre Daten gehören Ihnen“ mit einer E-Mail-Adresse nennt den Verantwortlichen nicht',
    id: 'controller-identity',
    expected: 'missing',
    text: notice('Ihre Daten gehören Ihnen. Fragen an info@site.example'),
  },
];

describe('German detectors', () => {
  runCases('de', cases);
  runCases('de', wordingCases);

  it('has no cue that begins or ends with a space, which the word boundary around every cue would keep from matching before a word', () => {
    const loose: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') {
        if (/^\s|\s$/.test(v)) loose.push(`${path}: ${JSON.stringify(v)}`);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    const { rules: _rules, phrases: _phrases, ...cues } = de;
    walk(cues, 'de');
    assert.deepEqual(loose, []);
  });

  it('covers every checklist id with a present (or problem) case and a missing (or none) case', () => {
    const ids = new Set(cases.map((c) => c.id));
    assert.equal(ids.size, 27);
    for (const id of ids) {
      const expected = new Set(cases.filter((c) => c.id === id).map((c) => c.expected));
      assert.ok(expected.has('present') || expected.has('problem'), `${id} has a positive case`);
      assert.ok(expected.has('missing') || expected.has('none'), `${id} has a negative case`);
    }
  });

  it('reads "wir geben Ihre Daten nicht an Dritte weiter" as saying who receives them, and "nicht in Drittländer" as a transfers statement with nothing to safeguard', () => {
    const a = analyze(notice('Wir geben Ihre Daten nicht an Dritte weiter und übermitteln sie nicht in Länder außerhalb des EWR.'), 'de');
    assert.equal(statusOf(a, 'recipients'), 'present');
    assert.equal(statusOf(a, 'transfers-statement'), 'present');
    assert.equal(statusOf(a, 'transfer-safeguards'), 'not-applicable');
  });

  it('does not count a generic explainer of the DSGVO as the notice granting the right', () => {
    const a = analyze(notice('Die DSGVO verlangt, dass Verantwortliche betroffenen Personen ein Recht auf Datenübertragbarkeit einräumen.'), 'de');
    assert.equal(statusOf(a, 'right-portability'), 'missing');
  });

  it('reads the Swiss spelling with "ss" for "ß"', () => {
    const a = analyze(notice('Ihre Daten werden nicht ausserhalb der EU verarbeitet.'), 'de');
    assert.equal(statusOf(a, 'transfers-statement'), 'present');
  });

  it('finds the same items in a plain-text Datenschutzerklärung as in the Markdown one', () => {
    const lines = [
      'Datenschutzerklärung',
      '',
      'Verantwortlich ist die Bäckerei Mühlenstein GmbH, Lindenstraße 12, 80331 München. Schreiben Sie uns an datenschutz@muehlenstein.example.',
      '',
      'Ihre Rechte',
      '',
      'Sie haben das Recht auf Auskunft, das Recht auf Berichtigung und das Recht auf Löschung Ihrer Daten.',
    ];
    const md = analyze(joinLines('# ' + lines[0], ...lines.slice(1, 4), '## ' + lines[4], ...lines.slice(5)), 'de', 'markdown');
    const txt = analyze(joinLines(...lines), 'de', 'plaintext');
    for (const id of ['controller-identity', 'right-access', 'right-rectification', 'right-erasure', 'right-object'] as const) {
      assert.equal(statusOf(txt, id), statusOf(md, id), id);
    }
  });

  it('takes a document titled "Datenschutzerklärung" for a privacy notice', () => {
    assert.equal(analyze(notice('Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden.'), 'de').looksLikeNotice, true);
  });

  it('takes a Swiss text about "Personendaten" without a privacy title for a privacy notice', () => {
    const a = analyze(
      joinLines(
        '# Hinweise für unsere Kundschaft',
        '',
        'Wir bearbeiten Ihre Personendaten nur, soweit es für Ihre Bestellung nötig ist, und haben dafür eine Rechtsgrundlage.',
        'Verantwortliche ist die Alpenblick AG. Ihre Einwilligung können Sie jederzeit widerrufen, und über Ihre gespeicherten Daten erhalten Sie Auskunft.',
      ),
      'de',
    );
    assert.equal(a.looksLikeNotice, true);
  });

  it('does not take a German recipe for a privacy notice', () => {
    const a = analyzeDocument(
      joinLines(
        '# Omas Tomatensuppe',
        '',
        'Eine einfache Suppe für vier Personen. Sie dauert etwa vierzig Minuten.',
        '',
        '## Zutaten',
        '',
        '- 1 kg reife Tomaten',
        '- 1 Zwiebel',
        '',
        '## Zubereitung',
        '',
        'Die Zwiebel würfeln und in Olivenöl andünsten. Die Tomaten dazugeben und alles zwanzig Minuten köcheln lassen. Die Suppe pürieren und abschmecken.',
      ),
      { language: 'auto', format: 'markdown' },
    );
    assert.equal(a.language, 'de');
    assert.equal(a.looksLikeNotice, false);
  });
});
