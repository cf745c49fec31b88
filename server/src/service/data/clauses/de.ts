/**
 * German clauses. Terms follow the German text of the DSGVO (Verantwortlicher, betroffene
 * Person, Rechtsgrundlage, berechtigte Interessen, Aufsichtsbehörde); articles are cited as
 * "Art. 13 Abs. 2 lit. b DSGVO". The reader is addressed as "Sie", the controller speaks as "wir".
 */
import type { ClauseTable, RuleClause } from './types';

/** How a reader exercises any right, and the answer period of Art. 12 Abs. 3. */
const EXERCISE =
  'Um dieses Recht auszuüben, wenden Sie sich bitte an {contact}. Wir antworten Ihnen unverzüglich, spätestens innerhalb eines Monats nach Eingang Ihres Antrags (Art. 12 Abs. 3 DSGVO).';

const RIGHT = {
  access:
    '**Auskunftsrecht** (Art. 15 DSGVO): Sie haben das Recht, eine Bestätigung darüber zu verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten. Ist das der Fall, haben Sie das Recht, Auskunft über diese Daten und eine Kopie davon zu erhalten, ebenso wie die weiteren in Art. 15 Abs. 1 DSGVO genannten Informationen, etwa über die Verarbeitungszwecke, die geplante Speicherdauer und die Herkunft der Daten.',
  rectification:
    '**Recht auf Berichtigung** (Art. 16 DSGVO): Sie haben das Recht, die unverzügliche Berichtigung Sie betreffender unrichtiger personenbezogener Daten und die Vervollständigung unvollständiger Daten zu verlangen.',
  erasure:
    '**Recht auf Löschung** (Art. 17 DSGVO): Sie haben das Recht, die Löschung Ihrer personenbezogenen Daten zu verlangen, etwa wenn wir sie für die Zwecke, für die wir sie erhoben haben, nicht mehr benötigen oder wenn wir sie unrechtmäßig verarbeiten. Dieses Recht besteht nicht, soweit die Verarbeitung erforderlich ist, etwa zur Erfüllung einer rechtlichen Verpflichtung, der wir unterliegen, oder zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3 DSGVO).',
  restriction:
    '**Recht auf Einschränkung der Verarbeitung** (Art. 18 DSGVO): Sie haben das Recht, die Einschränkung der Verarbeitung Ihrer personenbezogenen Daten zu verlangen, etwa solange wir prüfen, ob die Daten richtig sind oder ob unsere berechtigten Gründe für die Verarbeitung gegenüber Ihren Gründen überwiegen. Die Daten dürfen dann – von ihrer Speicherung abgesehen – nur noch in den in Art. 18 Abs. 2 DSGVO genannten Fällen verarbeitet werden, etwa zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.',
  object:
    '**Widerspruchsrecht** (Art. 21 DSGVO): Soweit wir Ihre personenbezogenen Daten auf Grundlage unserer berechtigten Interessen oder zur Wahrnehmung einer Aufgabe im öffentlichen Interesse verarbeiten, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch gegen diese Verarbeitung einzulegen. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen. Verarbeiten wir Ihre Daten, um Direktwerbung zu betreiben, können Sie dieser Verarbeitung jederzeit ohne Angabe von Gründen widersprechen; wir verarbeiten Ihre Daten dann nicht mehr für diesen Zweck.',
  portability:
    '**Recht auf Datenübertragbarkeit** (Art. 20 DSGVO): Soweit wir personenbezogene Daten, die Sie uns bereitgestellt haben, auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen automatisiert verarbeiten, haben Sie das Recht, diese Daten in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten und, soweit technisch machbar, direkt an einen anderen Verantwortlichen übermitteln zu lassen.',
  withdraw:
    '**Recht auf Widerruf der Einwilligung** (Art. 7 Abs. 3 DSGVO): Soweit wir Ihre personenbezogenen Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen, und zwar so einfach, wie Sie sie erteilt haben. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
} as const;

const right = (prefix: string, label: string, title: string, text: string, article: string): RuleClause => ({
  prefix,
  label,
  description: `${label} der betroffenen Person (${article} DSGVO) und wie sie es ausübt.`,
  title,
  blocks: [{ kind: 'paragraph', text }, { kind: 'paragraph', text: EXERCISE }],
  item: text,
  entry: true,
});

const TRANSFER_SCC =
  'Soweit ein Empfänger seinen Sitz in einem Land außerhalb des Europäischen Wirtschaftsraums (EWR) hat, für das kein Angemessenheitsbeschluss der Europäischen Kommission besteht (Art. 45 DSGVO), übermitteln wir Ihre personenbezogenen Daten nur auf Grundlage der von der Europäischen Kommission erlassenen Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914; Art. 46 Abs. 2 lit. c DSGVO), erforderlichenfalls ergänzt um zusätzliche Maßnahmen zum Schutz der Daten. Eine Kopie dieser Garantien erhalten Sie auf Anfrage unter {contact}.';

const AUTOMATED = [
  'Wir [[treffen keine|treffen]] Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhen und Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).',
  '[Falls doch: die involvierte Logik, die Tragweite und die angestrebten Auswirkungen einer solchen Verarbeitung für Sie sowie Ihr Recht, das Eingreifen einer Person, die Darlegung Ihres Standpunkts und die Anfechtung der Entscheidung zu verlangen.]',
] as const;

const COOKIES = [
  'Unsere Website verwendet Cookies und ähnliche Technologien. Cookies, die für den Betrieb der Website unbedingt erforderlich sind, setzen wir ohne Ihre Einwilligung ein (§ 25 Abs. 2 Nr. 2 TDDDG). Alle anderen Cookies, etwa [Analyse- und Marketing-Cookies], setzen wir nur mit Ihrer Einwilligung ein (§ 25 Abs. 1 TDDDG, Art. 6 Abs. 1 lit. a DSGVO), um die wir Sie bei Ihrem ersten Besuch über [unser Cookie-Banner] bitten.',
  'Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft und so einfach, wie Sie sie erteilt haben, widerrufen oder Ihre Auswahl ändern, und zwar über [die Cookie-Einstellungen am Ende jeder Seite]. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
] as const;

const CONSENT =
  'Bevor wir [Ihre personenbezogenen Daten für diesen Zweck verarbeiten], bitten wir Sie um Ihre Einwilligung. Ihre Einwilligung ist freiwillig; Sie erteilen sie für den bestimmten Fall, in informierter Weise und unmissverständlich durch eine eindeutige bestätigende Handlung, etwa indem Sie in [unserer Einwilligungsabfrage] auf „Akzeptieren“ klicken (Art. 4 Nr. 11 und Art. 7 DSGVO). Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft und so einfach, wie Sie sie erteilt haben, widerrufen, und zwar über [Weg des Widerrufs, z. B. die Einstellungen auf unserer Website] oder unter {contact}. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.';

const COMPLAINT_TITLE = 'Beschwerderecht bei einer Aufsichtsbehörde';

const BASES = '[[Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)|rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)|berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)|Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)]]';

export const de: ClauseTable = {
  lang: 'de',
  slots: {
    controller: '[Name des Unternehmens]',
    contact: '[E-Mail-Adresse oder Postanschrift]',
    date: '[Datum]',
  },
  complaint: {
    named:
      'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde über die Verarbeitung Ihrer personenbezogenen Daten durch uns zu beschweren (Art. 77 DSGVO). Für uns zuständig ist die {authorityName}; wie Sie eine Beschwerde einreichen, erfahren Sie unter {authorityWebsite}. Sie können sich auch an die Aufsichtsbehörde des EU-Mitgliedstaats Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes wenden.',
    uk: 'Sie haben das Recht, sich beim Information Commissioner’s Office (ICO), der britischen Datenschutz-Aufsichtsbehörde, über die Verarbeitung Ihrer personenbezogenen Daten durch uns zu beschweren (UK GDPR); wie das geht, erfahren Sie unter {authorityWebsite}.',
    eu: 'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde über die Verarbeitung Ihrer personenbezogenen Daten durch uns zu beschweren (Art. 77 DSGVO), insbesondere im EU-Mitgliedstaat Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes. Der Europäische Datenschutzausschuss nennt die Aufsichtsbehörden aller Mitgliedstaaten unter {authorityWebsite}.',
  },
  rules: {
    'controller-identity': {
      prefix: 'dsgvo-verantwortlicher',
      label: 'Verantwortlicher und Kontaktdaten',
      description: 'Wer für die Datenverarbeitung verantwortlich ist und wie er erreichbar ist (Art. 13 Abs. 1 lit. a DSGVO).',
      title: 'Verantwortlicher und Kontakt',
      blocks: [
        { kind: 'paragraph', text: 'Verantwortlicher für die in dieser Datenschutzerklärung beschriebene Verarbeitung Ihrer personenbezogenen Daten ist {controller}.' },
        { kind: 'paragraph', text: 'Wenn Sie Fragen zu dieser Datenschutzerklärung oder zur Verarbeitung Ihrer personenbezogenen Daten haben oder Ihre Rechte ausüben möchten, erreichen Sie uns unter {contact}.' },
      ],
      item: 'Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist {controller}; Sie erreichen uns unter {contact}.',
    },
    purposes: {
      prefix: 'dsgvo-zwecke',
      label: 'Zwecke der Verarbeitung',
      description: 'Wofür die personenbezogenen Daten verwendet werden (Art. 13 Abs. 1 lit. c DSGVO).',
      title: 'Zwecke der Verarbeitung',
      blocks: [
        { kind: 'paragraph', text: 'Wir verarbeiten Ihre personenbezogenen Daten zu folgenden Zwecken:' },
        { kind: 'list', items: ['[erster Zweck, z. B. zur Erfüllung unseres Vertrags mit Ihnen];', '[zweiter Zweck, z. B. zur Beantwortung Ihrer Anfragen].'] },
        { kind: 'paragraph', text: 'Wollen wir Ihre personenbezogenen Daten für einen anderen Zweck verarbeiten, informieren wir Sie vorher darüber (Art. 13 Abs. 3 DSGVO).' },
      ],
      item: 'Wir verarbeiten Ihre personenbezogenen Daten zu folgendem Zweck: [Zweck].',
    },
    'legal-basis': {
      prefix: 'dsgvo-rechtsgrundlage',
      label: 'Rechtsgrundlage',
      description: 'Die Rechtsgrundlage für jeden Zweck (Art. 13 Abs. 1 lit. c und Art. 6 Abs. 1 DSGVO).',
      title: 'Rechtsgrundlagen der Verarbeitung',
      blocks: [
        { kind: 'paragraph', text: 'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit die DSGVO dafür eine Rechtsgrundlage vorsieht (Art. 6 Abs. 1 DSGVO). Für die einzelnen Zwecke sind dies:' },
        { kind: 'list', items: ['[Zweck]: [Rechtsgrundlage, z. B. die Erfüllung unseres Vertrags mit Ihnen, Art. 6 Abs. 1 lit. b DSGVO];', '[Zweck]: [Rechtsgrundlage, z. B. die Erfüllung einer rechtlichen Verpflichtung, der wir unterliegen, Art. 6 Abs. 1 lit. c DSGVO].'] },
      ],
      item: 'Rechtsgrundlage für [Zweck] ist [Rechtsgrundlage, z. B. die Erfüllung unseres Vertrags mit Ihnen, Art. 6 Abs. 1 lit. b DSGVO].',
    },
    'data-categories': {
      prefix: 'dsgvo-datenkategorien',
      label: 'Kategorien personenbezogener Daten',
      description: 'Welche Arten personenbezogener Daten verarbeitet werden (Art. 14 Abs. 1 lit. d DSGVO).',
      title: 'Welche Daten wir verarbeiten',
      blocks: [
        { kind: 'paragraph', text: 'Wir verarbeiten folgende Kategorien personenbezogener Daten über Sie:' },
        { kind: 'list', items: ['[Datenkategorie, z. B. Ihren Namen und Ihre Kontaktdaten];', '[Datenkategorie, z. B. Ihre Bestell- und Zahlungsdaten].'] },
      ],
      item: 'Wir verarbeiten folgende personenbezogene Daten über Sie: [Kategorien personenbezogener Daten, z. B. Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer].',
    },
    recipients: {
      prefix: 'dsgvo-empfaenger',
      label: 'Empfänger',
      description: 'Wer die personenbezogenen Daten erhält (Art. 13 Abs. 1 lit. e DSGVO).',
      title: 'Empfänger Ihrer Daten',
      blocks: [
        { kind: 'paragraph', text: 'Wir geben Ihre personenbezogenen Daten nur weiter, soweit dies für die in dieser Datenschutzerklärung beschriebenen Zwecke erforderlich ist. Folgende Empfänger oder Kategorien von Empfängern können Ihre Daten erhalten:' },
        {
          kind: 'list',
          items: [
            'Dienstleister, die personenbezogene Daten in unserem Auftrag verarbeiten, etwa [Hosting- und IT-Dienstleister], auf Grundlage eines Vertrags zur Auftragsverarbeitung, der sie an unsere Weisungen bindet (Art. 28 DSGVO);',
            '[weiterer Empfänger oder Kategorie von Empfängern und warum er die Daten erhält];',
            'Behörden, soweit wir gesetzlich verpflichtet sind, ihnen personenbezogene Daten zu übermitteln.',
          ],
        },
      ],
      item: 'Wir geben Ihre personenbezogenen Daten an [Empfänger oder Kategorie von Empfängern] weiter, um [Zweck].',
    },
    retention: {
      prefix: 'dsgvo-speicherdauer',
      label: 'Speicherdauer',
      description: 'Wie lange die Daten gespeichert werden oder nach welchen Kriterien sich die Dauer bestimmt (Art. 13 Abs. 2 lit. a DSGVO).',
      title: 'Speicherdauer',
      blocks: [
        { kind: 'paragraph', text: 'Wir speichern Ihre personenbezogenen Daten für folgende Dauer:' },
        { kind: 'list', items: ['[Datenkategorie oder Zweck]: [Speicherdauer, z. B. zwei Jahre nach Ende unseres Vertrags mit Ihnen];', '[Datenkategorie oder Zweck]: [Speicherdauer].'] },
        { kind: 'paragraph', text: 'Nach Ablauf der Speicherdauer löschen oder anonymisieren wir Ihre personenbezogenen Daten.' },
      ],
      item: 'Wir speichern [Datenkategorie] für [Speicherdauer, z. B. zwei Jahre nach Ende unseres Vertrags mit Ihnen] und löschen oder anonymisieren sie danach.',
    },
    'right-access': right('dsgvo-auskunft', 'Auskunftsrecht', 'Ihr Auskunftsrecht', RIGHT.access, 'Art. 15'),
    'right-rectification': right('dsgvo-berichtigung', 'Recht auf Berichtigung', 'Ihr Recht auf Berichtigung', RIGHT.rectification, 'Art. 16'),
    'right-erasure': right('dsgvo-loeschung', 'Recht auf Löschung', 'Ihr Recht auf Löschung', RIGHT.erasure, 'Art. 17'),
    'right-restriction': right('dsgvo-einschraenkung', 'Recht auf Einschränkung der Verarbeitung', 'Ihr Recht auf Einschränkung der Verarbeitung', RIGHT.restriction, 'Art. 18'),
    'right-object': right('dsgvo-widerspruch', 'Widerspruchsrecht', 'Ihr Widerspruchsrecht', RIGHT.object, 'Art. 21'),
    'right-portability': right('dsgvo-datenuebertragbarkeit', 'Recht auf Datenübertragbarkeit', 'Ihr Recht auf Datenübertragbarkeit', RIGHT.portability, 'Art. 20'),
    'right-complaint': {
      prefix: 'dsgvo-beschwerde',
      label: 'Beschwerderecht',
      description: 'Beschwerde bei der zuständigen Aufsichtsbehörde (Art. 13 Abs. 2 lit. d und Art. 77 DSGVO).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
    },
    'automated-decisions': {
      prefix: 'dsgvo-automatisierte-entscheidungen',
      label: 'Automatisierte Entscheidungen',
      description: 'Ob ausschließlich automatisiert entschieden wird, einschließlich Profiling (Art. 13 Abs. 2 lit. f und Art. 22 DSGVO).',
      title: 'Automatisierte Entscheidungsfindung und Profiling',
      blocks: AUTOMATED.map((text) => ({ kind: 'paragraph', text })),
      item: AUTOMATED[0],
    },
    'statutory-requirement': {
      prefix: 'dsgvo-bereitstellungspflicht',
      label: 'Pflicht zur Bereitstellung',
      description: 'Ob die betroffene Person die Daten bereitstellen muss und was geschieht, wenn nicht (Art. 13 Abs. 2 lit. e DSGVO).',
      title: 'Pflicht zur Bereitstellung Ihrer Daten',
      blocks: [
        { kind: 'paragraph', text: 'Die Bereitstellung Ihrer personenbezogenen Daten ist [[weder gesetzlich noch vertraglich vorgeschrieben|gesetzlich vorgeschrieben|vertraglich vorgeschrieben|für einen Vertragsabschluss mit uns erforderlich]]. Wenn wir Daten erfragen, die Sie angeben müssen, weisen wir Sie darauf hin. Stellen Sie diese Daten nicht bereit, [Folge, z. B. können wir den Vertrag mit Ihnen nicht abschließen oder erfüllen].' },
      ],
      item: 'Die Bereitstellung Ihrer personenbezogenen Daten ist [[weder gesetzlich noch vertraglich vorgeschrieben|gesetzlich vorgeschrieben|vertraglich vorgeschrieben|für einen Vertragsabschluss mit uns erforderlich]]; stellen Sie sie nicht bereit, [Folge].',
    },
    'right-withdraw-consent': {
      prefix: 'dsgvo-widerruf-einwilligung',
      label: 'Widerruf der Einwilligung',
      description: 'Die Einwilligung kann jederzeit so einfach widerrufen werden, wie sie erteilt wurde (Art. 13 Abs. 2 lit. c und Art. 7 Abs. 3 DSGVO).',
      title: 'Widerruf Ihrer Einwilligung',
      blocks: [
        { kind: 'paragraph', text: 'Soweit wir Ihre personenbezogenen Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Der Widerruf ist so einfach wie die Erteilung: Es genügt eine Nachricht an {contact}. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.' },
      ],
      item: RIGHT.withdraw,
      entry: true,
    },
    'legitimate-interests': {
      prefix: 'dsgvo-berechtigte-interessen',
      label: 'Berechtigte Interessen',
      description: 'Die verfolgten berechtigten Interessen, wenn die Verarbeitung auf ihnen beruht (Art. 13 Abs. 1 lit. d und Art. 6 Abs. 1 lit. f DSGVO).',
      title: 'Unsere berechtigten Interessen',
      blocks: [
        { kind: 'paragraph', text: 'Soweit wir Ihre personenbezogenen Daten auf Grundlage unserer berechtigten Interessen verarbeiten (Art. 6 Abs. 1 lit. f DSGVO), bestehen diese Interessen in [den berechtigten Interessen, z. B. der Sicherheit unserer Website und der Verhinderung von Betrug]. Wir stützen uns auf diese Interessen nur, soweit Ihre Interessen oder Grundrechte und Grundfreiheiten nicht überwiegen. Sie haben das Recht, dieser Verarbeitung zu widersprechen (Art. 21 DSGVO).' },
      ],
      item: 'Unsere berechtigten Interessen an dieser Verarbeitung bestehen in [den berechtigten Interessen, z. B. der Sicherheit unserer Website und der Verhinderung von Betrug].',
    },
    'transfer-safeguards': {
      prefix: 'dsgvo-drittland-garantien',
      label: 'Garantien für Drittlandübermittlungen',
      description: 'Angemessenheitsbeschlüsse und Standardvertragsklauseln für Übermittlungen in Drittländer (Art. 13 Abs. 1 lit. f, Art. 45 und 46 DSGVO).',
      title: 'Übermittlung in Drittländer',
      blocks: [{ kind: 'paragraph', text: TRANSFER_SCC }],
      item: TRANSFER_SCC,
    },
    'dpo-contact': {
      prefix: 'dsgvo-datenschutzbeauftragter',
      label: 'Datenschutzbeauftragter',
      description: 'Kontaktdaten des Datenschutzbeauftragten (Art. 13 Abs. 1 lit. b und Art. 37 DSGVO).',
      title: 'Unser Datenschutzbeauftragter',
      blocks: [
        { kind: 'paragraph', text: 'Wir haben einen Datenschutzbeauftragten benannt (Art. 37 DSGVO). Bei allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten und zur Ausübung Ihrer Rechte erreichen Sie unseren Datenschutzbeauftragten unter [E-Mail-Adresse oder Postanschrift des Datenschutzbeauftragten].' },
      ],
      item: 'Unseren Datenschutzbeauftragten erreichen Sie unter [E-Mail-Adresse oder Postanschrift des Datenschutzbeauftragten].',
    },
    'data-sources': {
      prefix: 'dsgvo-herkunft',
      label: 'Herkunft der Daten',
      description: 'Woher Daten stammen, die nicht bei der betroffenen Person erhoben wurden (Art. 14 Abs. 2 lit. f DSGVO).',
      title: 'Herkunft der Daten',
      blocks: [
        { kind: 'paragraph', text: 'Soweit wir personenbezogene Daten nicht bei Ihnen selbst erheben, erhalten wir sie aus anderen Quellen, nämlich aus [Quelle oder Kategorie von Quellen, z. B. öffentlichen Registern wie dem Handelsregister]. Dies betrifft [Kategorien personenbezogener Daten].' },
      ],
      item: 'Wir erhalten [Kategorien personenbezogener Daten] auch aus anderen Quellen, nämlich aus [Quelle oder Kategorie von Quellen, z. B. öffentlichen Registern wie dem Handelsregister].',
    },
    'last-updated': {
      prefix: 'dsgvo-stand',
      label: 'Stand der Datenschutzerklärung',
      description: 'Wann die Datenschutzerklärung zuletzt geändert wurde (Art. 12 Abs. 1 DSGVO).',
      title: 'Änderungen dieser Datenschutzerklärung',
      blocks: [
        { kind: 'paragraph', text: 'Stand dieser Datenschutzerklärung: {date}. Wir passen sie an, wenn sich etwa die Verarbeitung personenbezogener Daten ändert; die aktuelle Fassung finden Sie stets hier. Betrifft eine Änderung Sie erheblich, informieren wir Sie unmittelbar darüber.' },
      ],
      item: 'Stand dieser Datenschutzerklärung: {date}.',
    },
    cookies: {
      prefix: 'dsgvo-cookies',
      label: 'Cookies',
      description: 'Welche Cookies einer Einwilligung bedürfen und wie sie eingeholt und widerrufen wird (§ 25 TDDDG; Art. 6 Abs. 1 lit. a und Art. 7 DSGVO).',
      title: 'Cookies',
      blocks: COOKIES.map((text) => ({ kind: 'paragraph', text })),
      item: COOKIES.join(' '),
    },
    'transfers-statement': {
      prefix: 'dsgvo-drittland',
      label: 'Übermittlung außerhalb des EWR',
      description: 'Ob personenbezogene Daten den Europäischen Wirtschaftsraum verlassen (Art. 13 Abs. 1 lit. f DSGVO).',
      title: 'Ort der Verarbeitung',
      blocks: [
        { kind: 'paragraph', text: 'Wir verarbeiten und speichern Ihre personenbezogenen Daten innerhalb des Europäischen Wirtschaftsraums (EWR). [Falls ein Empfänger außerhalb des EWR sitzt: das Land und der Angemessenheitsbeschluss oder die Standardvertragsklauseln, die die Übermittlung absichern.]' },
      ],
      item: 'Wir verarbeiten und speichern Ihre personenbezogenen Daten innerhalb des Europäischen Wirtschaftsraums (EWR). [Falls ein Empfänger außerhalb des EWR sitzt: das Land und der Angemessenheitsbeschluss oder die Standardvertragsklauseln, die die Übermittlung absichern.]',
    },
  },
  rewrites: {
    'implied-consent': CONSENT,
    'vague-retention':
      'Wir speichern [Datenkategorie] für [Speicherdauer, z. B. zwei Jahre] nach [dem Ereignis, mit dem die Frist beginnt, z. B. dem Ende unseres Vertrags mit Ihnen] und löschen oder anonymisieren sie danach.',
  },
  extras: {
    'rights-all': {
      prefix: 'dsgvo-rechte',
      label: 'Alle Rechte der betroffenen Person',
      description: 'Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch, Datenübertragbarkeit, Widerruf der Einwilligung und Beschwerde (Art. 7 Abs. 3, Art. 15 bis 21 und 77 DSGVO).',
      title: 'Ihre Rechte',
      blocks: [
        { kind: 'paragraph', text: 'Ihnen stehen hinsichtlich Ihrer personenbezogenen Daten folgende Rechte zu:' },
        { kind: 'list', items: [RIGHT.access, RIGHT.rectification, RIGHT.erasure, RIGHT.restriction, RIGHT.object, RIGHT.portability, RIGHT.withdraw] },
        { kind: 'paragraph', text: 'Um diese Rechte auszuüben, wenden Sie sich bitte an {contact}. Haben wir begründete Zweifel an Ihrer Identität, können wir die zu ihrer Bestätigung erforderlichen Informationen anfordern (Art. 12 Abs. 6 DSGVO). Die Ausübung Ihrer Rechte ist unentgeltlich. Wir antworten Ihnen unverzüglich, spätestens innerhalb eines Monats nach Eingang Ihres Antrags; wenn es unter Berücksichtigung der Komplexität und der Anzahl der Anträge erforderlich ist, können wir diese Frist um weitere zwei Monate verlängern und teilen Ihnen dies innerhalb des ersten Monats mit (Art. 12 Abs. 3 DSGVO).' },
        { kind: 'paragraph', text: '{complaint}' },
      ],
      item: 'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit (Art. 15 bis 21 DSGVO); um diese Rechte auszuüben, wenden Sie sich bitte an {contact}.',
    },
    'complaint-nl': {
      prefix: 'dsgvo-beschwerde-nl',
      label: 'Beschwerde: niederländische Datenschutzbehörde',
      description: 'Beschwerde bei der Autoriteit Persoonsgegevens (Art. 77 DSGVO).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'nl',
    },
    'complaint-be': {
      prefix: 'dsgvo-beschwerde-be',
      label: 'Beschwerde: belgische Datenschutzbehörde',
      description: 'Beschwerde bei der belgischen Datenschutzbehörde (Art. 77 DSGVO).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'be',
    },
    'complaint-uk': {
      prefix: 'dsgvo-beschwerde-uk',
      label: 'Beschwerde: Information Commissioner’s Office (Vereinigtes Königreich)',
      description: 'Beschwerde beim ICO (UK GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'uk',
    },
    'complaint-eu': {
      prefix: 'dsgvo-beschwerde-eu',
      label: 'Beschwerde: jede Aufsichtsbehörde in der EU',
      description: 'Beschwerde am Aufenthaltsort, am Arbeitsplatz oder am Ort des mutmaßlichen Verstoßes (Art. 77 DSGVO).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'eu',
    },
    'retention-fixed': {
      prefix: 'dsgvo-speicherdauer-frist',
      label: 'Speicherdauer: feste Frist',
      description: 'Eine feste Speicherdauer ab einem bestimmten Ereignis (Art. 13 Abs. 2 lit. a DSGVO).',
      title: 'Speicherdauer',
      blocks: [
        { kind: 'paragraph', text: 'Wir speichern [Datenkategorie] für [Anzahl] [[Monate|Jahre]] nach [dem Ereignis, mit dem die Frist beginnt, z. B. dem Ende unseres Vertrags mit Ihnen]. Nach Ablauf dieser Frist löschen oder anonymisieren wir die Daten.' },
      ],
      item: 'Wir speichern [Datenkategorie] für [Anzahl] [[Monate|Jahre]] nach [dem Ereignis, mit dem die Frist beginnt] und löschen sie danach.',
    },
    'retention-criteria': {
      prefix: 'dsgvo-speicherdauer-kriterien',
      label: 'Speicherdauer: Kriterien',
      description: 'Die Kriterien für die Speicherdauer, wenn keine feste Frist angegeben werden kann (Art. 13 Abs. 2 lit. a DSGVO).',
      title: 'Speicherdauer',
      blocks: [
        { kind: 'paragraph', text: 'Soweit wir keine feste Speicherdauer angeben können, bestimmt sie sich nach folgenden Kriterien:' },
        {
          kind: 'list',
          items: [
            'die Dauer unserer Geschäftsbeziehung mit Ihnen: Wir speichern [Datenkategorie], bis [das Ereignis, mit dem der Zweck entfällt, z. B. Sie Ihr Konto löschen];',
            'gesetzliche Aufbewahrungspflichten, die für uns gelten, etwa nach Handels- und Steuerrecht;',
            'die Verjährungsfristen für Rechtsansprüche, soweit wir die Daten zur Geltendmachung, Ausübung oder Verteidigung solcher Ansprüche benötigen.',
          ],
        },
        { kind: 'paragraph', text: 'Erfordert keines dieser Kriterien eine weitere Speicherung, löschen oder anonymisieren wir die Daten innerhalb von [Frist].' },
      ],
      item: 'Wir speichern [Datenkategorie], bis [das Ereignis, mit dem der Zweck entfällt], und löschen sie innerhalb von [Frist] danach.',
    },
    'retention-statutory': {
      prefix: 'dsgvo-aufbewahrungspflichten',
      label: 'Speicherdauer: gesetzliche Aufbewahrungsfristen (HGB, AO)',
      description: 'Die handels- und steuerrechtlichen Aufbewahrungsfristen in Deutschland (§ 257 HGB, § 147 AO).',
      title: 'Gesetzliche Aufbewahrungsfristen',
      blocks: [
        { kind: 'paragraph', text: 'Nach Handels- und Steuerrecht sind wir verpflichtet, Handelsbücher und Jahresabschlüsse zehn Jahre, Buchungsbelege wie Rechnungen acht Jahre sowie empfangene und versandte Handels- und Geschäftsbriefe sechs Jahre aufzubewahren (§ 257 HGB, § 147 AO). Die darin enthaltenen personenbezogenen Daten speichern wir für diese Dauer; die Frist beginnt mit dem Schluss des Kalenderjahres, in dem die Unterlage entstanden ist. Danach löschen wir sie. Während der Aufbewahrung schränken wir die Verarbeitung auf diesen Zweck ein.' },
      ],
      item: 'Personenbezogene Daten in Unterlagen, die wir nach § 257 HGB und § 147 AO aufbewahren müssen, etwa in Rechnungen, speichern wir für die gesetzliche Frist von bis zu zehn Jahren und löschen sie danach.',
    },
    'legal-basis-table': {
      prefix: 'dsgvo-rechtsgrundlagen-tabelle',
      label: 'Tabelle der Rechtsgrundlagen',
      description: 'Zweck, Daten, Rechtsgrundlage und Speicherdauer nebeneinander (Art. 13 Abs. 1 lit. c und Abs. 2 lit. a DSGVO).',
      title: 'Wofür wir Ihre Daten verarbeiten',
      blocks: [
        { kind: 'paragraph', text: 'Die folgende Tabelle zeigt für jeden Zweck, welche personenbezogenen Daten wir auf welcher Rechtsgrundlage verarbeiten und wie lange wir sie speichern.' },
        {
          kind: 'table',
          header: ['Zweck', 'Personenbezogene Daten', 'Rechtsgrundlage', 'Speicherdauer'],
          rows: [
            ['[Zweck]', '[Kategorien personenbezogener Daten]', BASES, '[Speicherdauer]'],
            ['[Zweck]', '[Kategorien personenbezogener Daten]', BASES, '[Speicherdauer]'],
          ],
        },
      ],
      item: '[Zweck]: [Kategorien personenbezogener Daten]; Rechtsgrundlage: [Rechtsgrundlage]; Speicherdauer: [Speicherdauer].',
    },
    'controller-contact': {
      prefix: 'dsgvo-verantwortlicher-kontakt',
      label: 'Verantwortlicher mit vollständigen Kontaktdaten',
      description: 'Name, Anschrift, Registernummer und Kontaktdaten des Verantwortlichen (Art. 13 Abs. 1 lit. a DSGVO).',
      title: 'Verantwortlicher und Kontakt',
      blocks: [
        { kind: 'paragraph', text: 'Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist:' },
        { kind: 'list', items: ['{controller}', '[Postanschrift]', '[Registergericht und Registernummer]', 'Kontakt: {contact}'] },
        { kind: 'paragraph', text: 'Wenn Sie Fragen zu dieser Datenschutzerklärung haben oder Ihre Rechte ausüben möchten, erreichen Sie uns unter {contact}.' },
      ],
      item: 'Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist {controller}, [Postanschrift]; Sie erreichen uns unter {contact}.',
    },
    'transfers-scc': {
      prefix: 'dsgvo-drittland-standardvertragsklauseln',
      label: 'Drittland: Standardvertragsklauseln',
      description: 'Übermittlungen in Drittländer auf Grundlage der Standardvertragsklauseln von 2021 (Art. 46 Abs. 2 lit. c DSGVO, Durchführungsbeschluss (EU) 2021/914).',
      title: 'Übermittlung in Drittländer',
      blocks: [
        { kind: 'paragraph', text: 'Einige Empfänger Ihrer personenbezogenen Daten haben ihren Sitz außerhalb des Europäischen Wirtschaftsraums (EWR), nämlich [Empfänger und Länder].' },
        { kind: 'paragraph', text: TRANSFER_SCC },
      ],
      item: TRANSFER_SCC,
    },
    'transfers-adequacy': {
      prefix: 'dsgvo-drittland-angemessenheitsbeschluss',
      label: 'Drittland: Angemessenheitsbeschluss',
      description: 'Übermittlung in ein Land, für das die Europäische Kommission ein angemessenes Schutzniveau festgestellt hat (Art. 45 DSGVO).',
      title: 'Übermittlung in Drittländer',
      blocks: [
        { kind: 'paragraph', text: 'Wir übermitteln Ihre personenbezogenen Daten an [Empfänger] in [Land]. Die Europäische Kommission hat festgestellt, dass [Land] ein angemessenes Schutzniveau für personenbezogene Daten bietet (Angemessenheitsbeschluss, Art. 45 DSGVO); weitere Garantien sind für diese Übermittlung daher nicht erforderlich.' },
      ],
      item: 'Wir übermitteln Ihre personenbezogenen Daten an [Empfänger] in [Land], für das ein Angemessenheitsbeschluss der Europäischen Kommission besteht (Art. 45 DSGVO).',
    },
    consent: {
      prefix: 'dsgvo-einwilligung',
      label: 'Einwilligung einholen',
      description: 'Eine wirksame Einwilligung: freiwillig, für den bestimmten Fall, informiert, unmissverständlich und so einfach widerruflich, wie sie erteilt wurde (Art. 4 Nr. 11 und Art. 7 DSGVO).',
      title: 'Ihre Einwilligung',
      blocks: [{ kind: 'paragraph', text: CONSENT }],
      item: CONSENT,
    },
  },
  jurisdiction: {
    cues: [
      { authority: 'at', cues: ['Österreichische\\w* Datenschutzbehörde', 'Datenschutzbehörde in Wien', 'dsb\\.gv\\.at', 'Barichgasse', 'Österreich'] },
      { authority: 'nl', cues: ['Autoriteit Persoonsgegevens'] },
      { authority: 'be', cues: ['belgische\\w* Datenschutzbehörde', 'Belgien'] },
      { authority: 'fr', cues: ['CNIL'] },
      { authority: 'uk', cues: ["Information Commissioner'?s Office", 'UK GDPR', 'Vereinigte\\w* Königreich\\w*', 'Großbritannien'] },
    ],
    // Most German-language notices come from private bodies in Germany, which answer to their Land's authority (§ 40 BDSG).
    fallback: 'de-land',
  },
  unfilled: 'Dieser Platzhalter aus einer eingefügten Klausel muss vor der Veröffentlichung noch ausgefüllt werden: {placeholder}.',
  dateLocale: 'de-DE',
  aliasIntro: ['nachfolgend', 'im Folgenden', 'nachstehend', '„wir“', '"wir"', '„uns“', '"uns"'],
};
