/**
 * German hover texts: the legal bases of Art. 6 Abs. 1, the rights of the data subject (Art. 7
 * Abs. 3, 15-21, 77) and what the articles of the DSGVO say, in the terms of the regulation's
 * German text, addressed to the reader as "Sie".
 */
import type { HoverTable, RightHover } from './types';

/** How the controller must answer a request under Art. 15-21 (Art. 12 Abs. 3-5). */
const ANSWER =
  'Unverzüglich, spätestens aber innerhalb eines Monats nach Eingang des Antrags. Bei komplexen oder zahlreichen Anträgen kann die Frist um weitere zwei Monate verlängert werden, wenn die betroffene Person innerhalb des ersten Monats darüber und über die Gründe unterrichtet wird (Art. 12 Abs. 3). Grundsätzlich unentgeltlich; offenkundig unbegründete oder exzessive Anträge können abgelehnt oder gegen ein angemessenes Entgelt bearbeitet werden, wofür der Verantwortliche die Beweislast trägt (Art. 12 Abs. 5). Eine Ablehnung ist zu begründen und muss auf die Möglichkeit der Beschwerde bei einer Aufsichtsbehörde und des gerichtlichen Rechtsbehelfs hinweisen (Art. 12 Abs. 4).';

const rights: HoverTable['rights'] = {
  access: {
    title: 'Auskunftsrecht der betroffenen Person',
    provision: { article: 15 },
    rule: 'right-access',
    gives: 'Eine Bestätigung, ob sie betreffende personenbezogene Daten verarbeitet werden, und gegebenenfalls eine Kopie dieser Daten mit Angaben zu den Verarbeitungszwecken, den Datenkategorien, den Empfängern, der Speicherdauer, der Herkunft, ihren weiteren Rechten und einer etwaigen automatisierten Entscheidungsfindung (Art. 15 Abs. 1 und 3).',
    limits: 'Die Kopie darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen, etwa Daten Dritter oder Geschäftsgeheimnisse (Art. 15 Abs. 4). Für weitere Kopien kann ein angemessenes Entgelt auf der Grundlage der Verwaltungskosten verlangt werden (Art. 15 Abs. 3). Das Unionsrecht oder das nationale Recht kann das Recht in bestimmten Fällen beschränken (Art. 23; in Deutschland etwa §§ 29, 34 BDSG).',
    answer: ANSWER,
  },
  rectification: {
    title: 'Recht auf Berichtigung',
    provision: { article: 16 },
    rule: 'right-rectification',
    gives: 'Die unverzügliche Berichtigung sie betreffender unrichtiger personenbezogener Daten und die Vervollständigung unvollständiger Daten, auch mittels einer ergänzenden Erklärung (Art. 16).',
    limits: 'Es betrifft Daten, die im Hinblick auf die Zwecke der Verarbeitung unrichtig oder unvollständig sind. Der Verantwortliche darf die Richtigkeit zunächst prüfen; für diese Zeit kann die betroffene Person die Einschränkung der Verarbeitung verlangen (Art. 18 Abs. 1 lit. a). Empfänger der Daten sind über die Berichtigung zu unterrichten, es sei denn, dies ist unmöglich oder mit unverhältnismäßigem Aufwand verbunden (Art. 19).',
    answer: ANSWER,
  },
  erasure: {
    title: 'Recht auf Löschung („Recht auf Vergessenwerden“)',
    provision: { article: 17 },
    rule: 'right-erasure',
    gives: 'Die unverzügliche Löschung ihrer personenbezogenen Daten, wenn etwa die Daten für ihren Zweck nicht mehr notwendig sind, sie ihre Einwilligung widerruft, auf der die Verarbeitung beruhte, sie erfolgreich Widerspruch einlegt oder die Daten unrechtmäßig verarbeitet wurden (Art. 17 Abs. 1). Hat der Verantwortliche die Daten öffentlich gemacht, muss er angemessene Maßnahmen treffen, um andere Verantwortliche, die sie verarbeiten, zu informieren (Art. 17 Abs. 2).',
    limits: 'Das Recht gilt nicht uneingeschränkt. Es besteht nicht, soweit die Verarbeitung erforderlich ist zur Ausübung der Meinungs- und Informationsfreiheit, zur Erfüllung einer rechtlichen Verpflichtung (etwa handels- und steuerrechtlicher Aufbewahrungspflichten nach § 257 HGB, § 147 AO) oder einer Aufgabe im öffentlichen Interesse, aus Gründen der öffentlichen Gesundheit, für Archiv-, Forschungs- oder statistische Zwecke oder zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3).',
    answer: ANSWER,
  },
  restriction: {
    title: 'Recht auf Einschränkung der Verarbeitung',
    provision: { article: 18 },
    rule: 'right-restriction',
    gives: 'Dass ihre Daten zwar gespeichert, aber im Übrigen nicht verwendet werden, solange ihre Richtigkeit geprüft oder über einen Widerspruch entschieden wird, wenn die Verarbeitung unrechtmäßig ist, sie aber statt der Löschung die Einschränkung verlangt, oder wenn der Verantwortliche die Daten nicht mehr benötigt, sie sie aber für Rechtsansprüche braucht (Art. 18 Abs. 1).',
    limits: 'Nur in diesen vier Fällen. Eingeschränkte Daten dürfen weiter gespeichert und nur mit Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus wichtigen Gründen des öffentlichen Interesses verarbeitet werden (Art. 18 Abs. 2). Vor der Aufhebung der Einschränkung ist die betroffene Person zu unterrichten (Art. 18 Abs. 3).',
    answer: ANSWER,
  },
  object: {
    title: 'Widerspruchsrecht',
    provision: { article: 21 },
    rule: 'right-object',
    gives: 'Das Recht, aus Gründen, die sich aus ihrer besonderen Situation ergeben, jederzeit gegen eine Verarbeitung Widerspruch einzulegen, die auf einer Aufgabe im öffentlichen Interesse oder auf berechtigten Interessen beruht (Art. 6 Abs. 1 lit. e oder f), einschließlich Profiling (Art. 21 Abs. 1); und jederzeit gegen jede Verwendung ihrer Daten für Direktwerbung (Art. 21 Abs. 2 und 3).',
    limits: 'Gegen eine Verarbeitung im öffentlichen Interesse oder aus berechtigten Interessen darf der Verantwortliche nur fortfahren, wenn er zwingende schutzwürdige Gründe nachweist, die die Interessen, Rechte und Freiheiten der betroffenen Person überwiegen, oder die Daten für Rechtsansprüche benötigt (Art. 21 Abs. 1). Gegen Direktwerbung wirkt der Widerspruch ohne Abwägung (Art. 21 Abs. 3). Für Verarbeitungen auf Grundlage einer Einwilligung (dort gilt der Widerruf), eines Vertrags oder einer rechtlichen Verpflichtung gilt es nicht. Auf das Recht ist spätestens bei der ersten Kommunikation ausdrücklich, in einer verständlichen und von anderen Informationen getrennten Form hinzuweisen (Art. 21 Abs. 4).',
    answer: ANSWER,
  },
  portability: {
    title: 'Recht auf Datenübertragbarkeit',
    provision: { article: 20 },
    rule: 'right-portability',
    gives: 'Die sie betreffenden Daten, die sie bereitgestellt hat, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten und einem anderen Verantwortlichen zu übermitteln, soweit technisch machbar auch direkt von Verantwortlichem zu Verantwortlichem (Art. 20 Abs. 1 und 2).',
    limits: 'Nur wenn die Verarbeitung auf einer Einwilligung oder einem Vertrag beruht und mithilfe automatisierter Verfahren erfolgt (Art. 20 Abs. 1); nicht für Verarbeitungen im öffentlichen Interesse (Art. 20 Abs. 3). Es umfasst die bereitgestellten Daten, auch bei der Nutzung eines Dienstes beobachtete, nicht aber daraus abgeleitete, und darf die Rechte und Freiheiten anderer nicht beeinträchtigen (Art. 20 Abs. 4).',
    answer: ANSWER,
  },
  'withdraw-consent': {
    title: 'Recht auf Widerruf der Einwilligung',
    provision: { article: 7, paragraph: 3 },
    rule: 'right-withdraw-consent',
    gives: 'Die betroffene Person kann ihre Einwilligung jederzeit widerrufen; der Widerruf muss so einfach sein wie die Erteilung. Die auf der Einwilligung beruhende Verarbeitung ist dann einzustellen, und die Daten sind zu löschen, sofern keine andere Rechtsgrundlage besteht (Art. 17 Abs. 1 lit. b).',
    limits: 'Der Widerruf berührt die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung nicht (Art. 7 Abs. 3). Er betrifft nur Verarbeitungen auf Grundlage der Einwilligung; Verarbeitungen auf einer anderen Rechtsgrundlage, etwa einer rechtlichen Verpflichtung, können fortgesetzt werden.',
    answer: 'Sofort zu beachten. Eine Begründung ist nicht erforderlich, und der Widerruf darf für die betroffene Person weder Kosten noch Nachteile haben (Erwägungsgrund 42). Über das Widerrufsrecht ist vor Abgabe der Einwilligung zu informieren (Art. 7 Abs. 3).',
  },
  complaint: {
    title: 'Recht auf Beschwerde bei einer Aufsichtsbehörde',
    provision: { article: 77 },
    rule: 'right-complaint',
    gives: 'Eine Beschwerde bei einer Datenschutz-Aufsichtsbehörde, wenn die betroffene Person der Ansicht ist, dass die Verarbeitung ihrer Daten gegen die DSGVO verstößt, insbesondere im Mitgliedstaat ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes (Art. 77 Abs. 1). In Deutschland ist das in der Regel die Datenschutzaufsichtsbehörde des Landes (für Bundesbehörden sowie Telekommunikations- und Postdienste die oder der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit, BfDI), in Österreich die Datenschutzbehörde, in Luxemburg die CNPD. In der Schweiz gilt nicht die DSGVO, sondern das Datenschutzgesetz (revDSG); zuständig ist der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB).',
    limits: 'Die Beschwerde setzt keine vorherige Beschwerde beim Verantwortlichen voraus und lässt andere Rechtsbehelfe unberührt, etwa eine Klage gegen den Verantwortlichen (Art. 79). Die Datenschutzerklärung muss auf dieses Recht unabhängig von der Rechtsgrundlage hinweisen (Art. 13 Abs. 2 lit. d, Art. 14 Abs. 2 lit. e).',
    answer: 'Die Beschwerde bearbeitet die Aufsichtsbehörde, nicht der Verantwortliche. Sie unterrichtet die betroffene Person über den Stand und das Ergebnis; befasst sie sich nicht mit der Beschwerde oder unterrichtet sie nicht innerhalb von drei Monaten, kann die betroffene Person gegen die Behörde klagen (Art. 77 Abs. 2, Art. 78 Abs. 2). Der Verantwortliche muss mit der Aufsichtsbehörde zusammenarbeiten (Art. 31).',
  },
} satisfies Record<string, RightHover>;

export const de: HoverTable = {
  lang: 'de',
  labels: {
    mustAlsoSay: 'Die Datenschutzerklärung muss dann auch angeben',
    thisNotice: 'Diese Datenschutzerklärung',
    does: 'gibt es an',
    doesNot: 'gibt es noch nicht an',
    gives: 'Was die betroffene Person verlangen kann',
    limits: 'Grenzen',
    answer: 'Wie der Verantwortliche antworten muss',
    onEurLex: '{cite} {law} auf EUR-Lex',
    line: 'Zeile {line}',
    covers: 'Dieser Abschnitt enthält',
    missingHere: 'Gehört in diesen Abschnitt, fehlt aber',
    subsectionsCover: 'Die Unterabschnitte enthalten',
    underSection: 'unter „{title}“',
    namedInHeading: 'in der Überschrift genannt',
    namedInSubheading: 'in der Überschrift „{title}“ genannt',
    coversNothing: 'Im eigenen Text dieses Abschnitts wurde keine Pflichtangabe der DSGVO gefunden.',
    section: 'Abschnitt „{title}“',
    legalBasis: 'Rechtsgrundlage',
    legalBasisText: 'Personenbezogene Daten dürfen nur auf einer der sechs Rechtsgrundlagen des Art. 6 Abs. 1 {law} verarbeitet werden: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen. Die Datenschutzerklärung muss für jeden Zweck die Rechtsgrundlage angeben (Art. 13 Abs. 1 lit. c, Art. 14 Abs. 1 lit. c), damit die betroffene Person erkennen kann, welche Rechte ihr zustehen.',
    groundsHere: 'Rechtsgrundlagen, auf die sich diese Datenschutzerklärung stützt',
    noGroundsHere: 'Die Datenschutzerklärung nennt noch keine Rechtsgrundlage des Art. 6 Abs. 1.',
    articleRange: 'Art. {from} bis {to} {law}',
    articleUnknown: 'Policy Author hat zu diesem Artikel keine Zusammenfassung; lesen Sie ihn auf EUR-Lex.',
    quote: '„{text}“',
    definition: 'Art. 4 Nr. {n}',
  },

  grounds: {
    consent: {
      title: 'Einwilligung',
      provision: { article: 6, paragraph: 1, point: 'a' },
      requires: 'Die betroffene Person hat in die Verarbeitung für einen oder mehrere bestimmte Zwecke eingewilligt. Eine Einwilligung ist nur wirksam, wenn sie freiwillig, für den bestimmten Fall, in informierter Weise und unmissverständlich abgegeben wird: durch eine eindeutige bestätigende Handlung wie das Anklicken eines leeren Kästchens, nie durch Stillschweigen, vorangekreuzte Kästchen oder bloße Weiternutzung (Art. 4 Nr. 11, Art. 7). Der Verantwortliche muss die Einwilligung nachweisen können (Art. 7 Abs. 1); sie ist in der Regel nicht freiwillig, wenn eine Leistung von einer für sie nicht erforderlichen Verarbeitung abhängig gemacht wird (Art. 7 Abs. 4). Für Cookies und ähnliche Zugriffe auf Endgeräte verlangt in Deutschland zusätzlich § 25 TDDDG eine Einwilligung, soweit sie nicht unbedingt erforderlich sind.',
      consequences: [
        { rule: 'right-withdraw-consent', text: 'dass die Einwilligung jederzeit mit Wirkung für die Zukunft und so einfach, wie sie erteilt wurde, widerrufen werden kann, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird (Art. 7 Abs. 3, Art. 13 Abs. 2 lit. c)' },
      ],
    },
    contract: {
      title: 'Vertragserfüllung',
      provision: { article: 6, paragraph: 1, point: 'b' },
      requires: 'Die Verarbeitung ist für die Erfüllung eines Vertrags, dessen Vertragspartei die betroffene Person ist, oder zur Durchführung vorvertraglicher Maßnahmen auf ihre Anfrage (etwa eines Angebots) erforderlich. „Erforderlich“ ist eng zu verstehen: Ohne die Verarbeitung könnte der Vertrag nicht erfüllt werden. Werbung, Analyse und Profiling sind es selten (EDSA-Leitlinien 2/2019).',
      consequences: [
        { rule: 'statutory-requirement', text: 'ob die Bereitstellung der Daten vertraglich vorgeschrieben oder für einen Vertragsabschluss erforderlich ist und welche Folgen die Nichtbereitstellung hätte (Art. 13 Abs. 2 lit. e)' },
      ],
    },
    'legal-obligation': {
      title: 'Rechtliche Verpflichtung',
      provision: { article: 6, paragraph: 1, point: 'c' },
      requires: 'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung nach dem Unionsrecht oder dem Recht eines Mitgliedstaats erforderlich, der der Verantwortliche unterliegt (Art. 6 Abs. 3), etwa handels- und steuerrechtlicher Aufbewahrungspflichten (§ 257 HGB, § 147 AO). Vertragliche Pflichten oder das Recht eines Staates außerhalb der EU genügen nicht.',
      consequences: [
        { rule: 'statutory-requirement', text: 'ob die Bereitstellung der Daten gesetzlich vorgeschrieben ist und welche Folgen die Nichtbereitstellung hätte (Art. 13 Abs. 2 lit. e)' },
      ],
    },
    'vital-interests': {
      title: 'Lebenswichtige Interessen',
      provision: { article: 6, paragraph: 1, point: 'd' },
      requires: 'Die Verarbeitung ist erforderlich, um Leben oder körperliche Unversehrtheit der betroffenen Person oder einer anderen natürlichen Person zu schützen, typischerweise in einem medizinischen Notfall. Für die lebenswichtigen Interessen einer anderen Person soll sie nur herangezogen werden, wenn keine andere Rechtsgrundlage passt (Erwägungsgrund 46).',
      consequences: [],
    },
    'public-task': {
      title: 'Aufgabe im öffentlichen Interesse',
      provision: { article: 6, paragraph: 1, point: 'e' },
      requires: 'Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die dem Verantwortlichen übertragen wurde, und die im Unionsrecht oder im Recht eines Mitgliedstaats festgelegt ist (Art. 6 Abs. 3; in Deutschland etwa § 3 BDSG und die Landesdatenschutzgesetze). Sie ist vor allem eine Rechtsgrundlage für Behörden und für Stellen mit einer gesetzlichen Aufgabe.',
      consequences: [
        { rule: 'right-object', text: 'das Recht, aus Gründen, die sich aus der besonderen Situation der betroffenen Person ergeben, Widerspruch einzulegen, ausdrücklich und in einer von anderen Informationen getrennten Form (Art. 21 Abs. 1 und 4)' },
      ],
    },
    'legitimate-interests': {
      title: 'Berechtigte Interessen',
      provision: { article: 6, paragraph: 1, point: 'f' },
      requires: 'Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich, und die Interessen oder Grundrechte der betroffenen Person, insbesondere eines Kindes, überwiegen nicht. Das verlangt drei Schritte, die der Verantwortliche dokumentieren sollte: ein tatsächliches und rechtmäßiges Interesse, die Erforderlichkeit und eine Interessenabwägung. Behörden können sich bei der Erfüllung ihrer Aufgaben nicht darauf stützen.',
      consequences: [
        { rule: 'legitimate-interests', text: 'welche berechtigten Interessen verfolgt werden (Art. 13 Abs. 1 lit. d, Art. 14 Abs. 2 lit. b)' },
        { rule: 'right-object', text: 'das Widerspruchsrecht, auf das ausdrücklich und in einer von anderen Informationen getrennten Form hinzuweisen ist (Art. 21 Abs. 1 und 4)' },
      ],
    },
  },

  rights,

  basisTerms: ['Rechtsgrundlage\\w*', 'rechtliche\\w* Grundlage\\w*', 'Rechtmäßigkeit der Verarbeitung'],
  groundTerms: {
    consent: ['Einwilligung\\w*'],
    contract: ['(Vertragserfüllung|Erfüllung (eines|des|unseres|Ihres) Vertrag(e?s))', 'vorvertragliche\\w* Maßnahmen'],
    'legitimate-interests': ['berechtigte\\w* Interesse\\w*'],
    'legal-obligation': ['rechtliche\\w* Verpflichtung\\w*'],
  },
  rightTerms: {
    complaint: ['Beschwerderecht\\w*', 'Recht auf Beschwerde', 'Beschwerde (bei|an) (einer|der) (zuständigen )?(Datenschutz-?)?Aufsichtsbehörde'],
    'withdraw-consent': ['Widerruf (Ihrer|der|einer) Einwilligung', '(Ihre |die )?Einwilligung (jederzeit )?widerrufen', 'Widerrufsrecht'],
    access: ['Auskunftsrecht\\w*', 'Recht auf Auskunft'],
    object: ['Widerspruchsrecht\\w*'],
    portability: ['Recht auf Datenübertragbarkeit'],
    erasure: ['Recht auf Löschung'],
    rectification: ['Recht auf Berichtigung'],
    restriction: ['Recht auf Einschränkung der Verarbeitung'],
  },

  articles: {
    4: {
      title: 'Begriffsbestimmungen',
      summary: 'Bestimmt die Begriffe der Verordnung, darunter personenbezogene Daten, Verarbeitung, Profiling, Verantwortlicher, Auftragsverarbeiter, Empfänger, Dritter, Einwilligung und Verletzung des Schutzes personenbezogener Daten.',
      parts: {
        1: '„Personenbezogene Daten“ sind alle Informationen, die sich auf eine identifizierte oder identifizierbare natürliche Person beziehen, die direkt oder indirekt identifiziert werden kann, etwa über einen Namen, eine Kennnummer, Standortdaten oder eine Online-Kennung.',
        2: '„Verarbeitung“ ist jeder Vorgang im Zusammenhang mit personenbezogenen Daten, etwa das Erheben, Erfassen, Speichern, Verwenden, Offenlegen, Verknüpfen oder Löschen.',
        4: '„Profiling“ ist jede automatisierte Verarbeitung, bei der personenbezogene Daten verwendet werden, um persönliche Aspekte zu bewerten, insbesondere Arbeitsleistung, wirtschaftliche Lage, Gesundheit, Vorlieben, Interessen, Zuverlässigkeit, Verhalten, Aufenthaltsort oder Ortswechsel zu analysieren oder vorherzusagen.',
        7: '„Verantwortlicher“ ist die Stelle, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung entscheidet.',
        8: '„Auftragsverarbeiter“ ist, wer personenbezogene Daten im Auftrag des Verantwortlichen verarbeitet.',
        9: '„Empfänger“ ist jede Stelle, der personenbezogene Daten offengelegt werden, unabhängig davon, ob es sich um einen Dritten handelt.',
        10: '„Dritter“ ist jede Stelle außer der betroffenen Person, dem Verantwortlichen, dem Auftragsverarbeiter und den Personen, die unter deren unmittelbarer Verantwortung zur Verarbeitung befugt sind.',
        11: '„Einwilligung“ ist jede freiwillig für den bestimmten Fall, in informierter Weise und unmissverständlich abgegebene Willensbekundung in Form einer Erklärung oder einer eindeutigen bestätigenden Handlung, mit der die betroffene Person zu verstehen gibt, dass sie mit der Verarbeitung einverstanden ist.',
        12: 'Eine „Verletzung des Schutzes personenbezogener Daten“ ist eine Verletzung der Sicherheit, die zur Vernichtung, zum Verlust, zur Veränderung oder zur unbefugten Offenlegung von oder zum unbefugten Zugang zu personenbezogenen Daten führt.',
      },
    },
    5: {
      title: 'Grundsätze für die Verarbeitung personenbezogener Daten',
      summary: 'Jede Verarbeitung muss rechtmäßig, fair und transparent, zweckgebunden, datensparsam und richtig sein, darf nicht länger als nötig dauern und muss sicher sein. Der Verantwortliche ist für die Einhaltung verantwortlich und muss sie nachweisen können (Rechenschaftspflicht).',
      parts: {
        '1(a)': 'Rechtmäßigkeit, Verarbeitung nach Treu und Glauben, Transparenz.',
        '1(b)': 'Zweckbindung: Erhebung für festgelegte, eindeutige und legitime Zwecke und keine damit unvereinbare Weiterverarbeitung.',
        '1(c)': 'Datenminimierung: dem Zweck angemessen, erheblich und auf das notwendige Maß beschränkt.',
        '1(d)': 'Richtigkeit: sachlich richtig und erforderlichenfalls auf dem neuesten Stand; unrichtige Daten werden unverzüglich gelöscht oder berichtigt.',
        '1(e)': 'Speicherbegrenzung: Speicherung in identifizierbarer Form nur so lange, wie es für die Zwecke erforderlich ist.',
        '1(f)': 'Integrität und Vertraulichkeit: angemessene Sicherheit gegen unbefugte oder unrechtmäßige Verarbeitung, Verlust, Zerstörung oder Schädigung.',
        2: 'Rechenschaftspflicht: Der Verantwortliche ist für die Einhaltung der Grundsätze verantwortlich und muss sie nachweisen können.',
      },
    },
    6: {
      title: 'Rechtmäßigkeit der Verarbeitung',
      summary: 'Die Verarbeitung ist nur rechtmäßig, wenn mindestens eine von sechs Rechtsgrundlagen vorliegt: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen (Art. 6 Abs. 1). Die Grundlage für eine rechtliche Verpflichtung oder eine öffentliche Aufgabe muss im Unionsrecht oder im Recht eines Mitgliedstaats festgelegt sein (Art. 6 Abs. 3).',
      parts: {
        1: 'Die Verarbeitung ist nur rechtmäßig, wenn und soweit mindestens eine der Bedingungen der Buchstaben a bis f erfüllt ist.',
        '1(a)': 'Die betroffene Person hat ihre Einwilligung zu der Verarbeitung für einen oder mehrere bestimmte Zwecke gegeben.',
        '1(b)': 'Die Verarbeitung ist für die Erfüllung eines Vertrags, dessen Vertragspartei die betroffene Person ist, oder zur Durchführung vorvertraglicher Maßnahmen auf ihre Anfrage erforderlich.',
        '1(c)': 'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Verantwortliche unterliegt.',
        '1(d)': 'Die Verarbeitung ist erforderlich, um lebenswichtige Interessen der betroffenen Person oder einer anderen natürlichen Person zu schützen.',
        '1(e)': 'Die Verarbeitung ist für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung übertragener öffentlicher Gewalt erforderlich.',
        '1(f)': 'Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich, sofern nicht die Interessen oder Grundrechte der betroffenen Person überwiegen, insbesondere wenn es sich um ein Kind handelt. Behörden können sich bei der Erfüllung ihrer Aufgaben nicht darauf stützen.',
        3: 'Die Rechtsgrundlage für Verarbeitungen nach den Buchstaben c und e wird durch Unionsrecht oder das Recht der Mitgliedstaaten festgelegt.',
        4: 'Ob Daten ohne Einwilligung oder eigene Rechtsgrundlage für einen anderen Zweck als den der Erhebung verwendet werden dürfen, hängt von der Vereinbarkeit der Zwecke ab, beurteilt nach ihrer Verbindung, dem Zusammenhang, der Art der Daten, den möglichen Folgen und vorhandenen Garantien.',
      },
    },
    7: {
      title: 'Bedingungen für die Einwilligung',
      summary: 'Beruht die Verarbeitung auf einer Einwilligung, muss der Verantwortliche sie nachweisen können; das Ersuchen um Einwilligung muss von anderen Sachverhalten klar zu unterscheiden, verständlich und in klarer und einfacher Sprache sein; die Einwilligung kann jederzeit widerrufen werden; und sie ist in der Regel nicht freiwillig, wenn eine Leistung von ihr abhängig gemacht wird.',
      parts: {
        1: 'Der Verantwortliche muss nachweisen können, dass die betroffene Person eingewilligt hat.',
        2: 'Ein Ersuchen um Einwilligung in einer schriftlichen Erklärung, die noch andere Sachverhalte betrifft, muss von diesen klar zu unterscheiden, verständlich, leicht zugänglich und in klarer und einfacher Sprache sein.',
        3: 'Die betroffene Person kann ihre Einwilligung jederzeit widerrufen, ohne dass die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung berührt wird; sie ist vor der Einwilligung darüber zu informieren, und der Widerruf muss so einfach wie die Erteilung sein.',
        4: 'Bei der Beurteilung der Freiwilligkeit ist dem Umstand größtmöglich Rechnung zu tragen, ob die Erfüllung eines Vertrags von einer für ihn nicht erforderlichen Einwilligung abhängig gemacht wird (Kopplungsverbot).',
      },
    },
    8: {
      title: 'Bedingungen für die Einwilligung eines Kindes in Bezug auf Dienste der Informationsgesellschaft',
      summary: 'Wird ein Online-Dienst einem Kind direkt angeboten und stützt sich die Verarbeitung auf eine Einwilligung, ist die Einwilligung des Kindes ab 16 Jahren wirksam; darunter muss der Träger der elterlichen Verantwortung einwilligen oder zustimmen. Die Mitgliedstaaten können eine niedrigere Altersgrenze von mindestens 13 Jahren vorsehen (Österreich: 14 Jahre).',
    },
    9: {
      title: 'Verarbeitung besonderer Kategorien personenbezogener Daten',
      summary: 'Die Verarbeitung von Daten, aus denen die rassische und ethnische Herkunft, politische Meinungen, religiöse oder weltanschauliche Überzeugungen oder die Gewerkschaftszugehörigkeit hervorgehen, sowie von genetischen Daten, biometrischen Daten zur eindeutigen Identifizierung, Gesundheitsdaten und Daten zum Sexualleben oder der sexuellen Orientierung ist untersagt, außer in den Fällen des Art. 9 Abs. 2.',
      parts: {
        1: 'Die Verarbeitung besonderer Kategorien personenbezogener Daten ist untersagt.',
        2: 'Das Verbot gilt nicht in den Fällen der Buchstaben a bis j.',
        '2(a)': 'Die betroffene Person hat ausdrücklich in die Verarbeitung für einen oder mehrere festgelegte Zwecke eingewilligt, sofern das Recht das Verbot nicht für unaufhebbar erklärt.',
        '2(b)': 'Die Verarbeitung ist erforderlich, um Rechte und Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes auszuüben, soweit Gesetz oder Kollektivvereinbarung dies mit geeigneten Garantien erlauben.',
        '2(c)': 'Die Verarbeitung ist zum Schutz lebenswichtiger Interessen erforderlich, wenn die betroffene Person aus körperlichen oder rechtlichen Gründen außerstande ist, ihre Einwilligung zu geben.',
        '2(d)': 'Die Verarbeitung erfolgt durch eine politisch, weltanschaulich, religiös oder gewerkschaftlich ausgerichtete Stiftung, Vereinigung oder sonstige Organisation ohne Gewinnerzielungsabsicht, betrifft ihre Mitglieder oder regelmäßigen Kontakte, und die Daten werden ohne Einwilligung nicht nach außen offengelegt.',
        '2(e)': 'Die Verarbeitung betrifft Daten, die die betroffene Person offensichtlich öffentlich gemacht hat.',
        '2(f)': 'Die Verarbeitung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder bei Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit erforderlich.',
        '2(g)': 'Die Verarbeitung ist aus Gründen eines erheblichen öffentlichen Interesses auf der Grundlage eines verhältnismäßigen Gesetzes mit Garantien erforderlich.',
        '2(h)': 'Die Verarbeitung ist für Zwecke der Gesundheitsvorsorge oder Arbeitsmedizin, der medizinischen Diagnostik, der Versorgung oder Behandlung im Gesundheits- oder Sozialbereich durch oder unter der Verantwortung von Berufsgeheimnisträgern erforderlich.',
        '2(i)': 'Die Verarbeitung ist aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit erforderlich, etwa zum Schutz vor schwerwiegenden grenzüberschreitenden Gesundheitsgefahren oder zur Gewährleistung der Qualität und Sicherheit der Gesundheitsversorgung, von Arzneimitteln und Medizinprodukten.',
        '2(j)': 'Die Verarbeitung ist für im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke mit den Garantien des Art. 89 Abs. 1 erforderlich.',
      },
    },
    10: {
      title: 'Verarbeitung von personenbezogenen Daten über strafrechtliche Verurteilungen und Straftaten',
      summary: 'Daten über strafrechtliche Verurteilungen und Straftaten dürfen nur unter behördlicher Aufsicht verarbeitet werden oder wenn das Unionsrecht oder das Recht der Mitgliedstaaten dies mit geeigneten Garantien zulässt.',
    },
    12: {
      title: 'Transparente Information, Kommunikation und Modalitäten für die Ausübung der Rechte der betroffenen Person',
      summary: 'Die Informationen nach Art. 13 und 14 und jede Antwort auf einen Antrag nach Art. 15 bis 22 müssen präzise, transparent, verständlich und leicht zugänglich in klarer und einfacher Sprache erfolgen. Anträge sind unverzüglich, spätestens innerhalb eines Monats, grundsätzlich unentgeltlich zu beantworten.',
      parts: {
        1: 'Informationen und Mitteilungen sind in präziser, transparenter, verständlicher und leicht zugänglicher Form in klarer und einfacher Sprache zu übermitteln, insbesondere an Kinder gerichtete; schriftlich oder in anderer Form, gegebenenfalls auch elektronisch.',
        2: 'Der Verantwortliche erleichtert die Ausübung der Rechte und darf sich nur weigern, wenn er die betroffene Person nicht identifizieren kann.',
        3: 'Der Verantwortliche antwortet unverzüglich, in jedem Fall innerhalb eines Monats nach Eingang des Antrags; bei komplexen oder zahlreichen Anträgen kann die Frist um zwei Monate verlängert werden, wenn die betroffene Person innerhalb eines Monats unter Angabe der Gründe darüber unterrichtet wird.',
        4: 'Wird der Verantwortliche nicht tätig, unterrichtet er die betroffene Person innerhalb eines Monats über die Gründe und über die Möglichkeit, Beschwerde bei einer Aufsichtsbehörde einzulegen und einen gerichtlichen Rechtsbehelf einzulegen.',
        5: 'Informationen und Maßnahmen sind unentgeltlich. Bei offenkundig unbegründeten oder, insbesondere wegen häufiger Wiederholung, exzessiven Anträgen kann der Verantwortliche ein angemessenes Entgelt verlangen oder sich weigern; er trägt dafür die Beweislast.',
        6: 'Hat der Verantwortliche begründete Zweifel an der Identität der antragstellenden Person, kann er zusätzliche Informationen zur Bestätigung der Identität anfordern.',
      },
    },
    13: {
      title: 'Informationspflicht bei Erhebung von personenbezogenen Daten bei der betroffenen Person',
      summary: 'Werden personenbezogene Daten bei der betroffenen Person erhoben, muss der Verantwortliche ihr zum Zeitpunkt der Erhebung mitteilen, wer er ist und wie er erreichbar ist, die Zwecke und die Rechtsgrundlage, die Empfänger und etwaige Übermittlungen in Drittländer (Art. 13 Abs. 1), sowie die Speicherdauer, ihre Rechte, das Beschwerderecht, ob sie die Daten bereitstellen muss und eine etwaige automatisierte Entscheidungsfindung (Art. 13 Abs. 2).',
      parts: {
        1: 'Zum Zeitpunkt der Erhebung teilt der Verantwortliche die Informationen der Buchstaben a bis f mit.',
        '1(a)': 'Den Namen und die Kontaktdaten des Verantwortlichen sowie gegebenenfalls seines Vertreters.',
        '1(b)': 'Gegebenenfalls die Kontaktdaten des Datenschutzbeauftragten.',
        '1(c)': 'Die Zwecke der Verarbeitung sowie deren Rechtsgrundlage.',
        '1(d)': 'Bei einer Verarbeitung auf Grundlage berechtigter Interessen (Art. 6 Abs. 1 lit. f) die berechtigten Interessen, die der Verantwortliche oder ein Dritter verfolgt.',
        '1(e)': 'Gegebenenfalls die Empfänger oder Kategorien von Empfängern der Daten.',
        '1(f)': 'Gegebenenfalls die Absicht, die Daten an ein Drittland oder eine internationale Organisation zu übermitteln, sowie das Vorhandensein oder Fehlen eines Angemessenheitsbeschlusses oder einen Verweis auf die geeigneten Garantien und wie eine Kopie davon zu erhalten ist.',
        2: 'Zusätzlich stellt der Verantwortliche die weiteren Informationen der Buchstaben a bis f zur Verfügung, die für eine faire und transparente Verarbeitung notwendig sind.',
        '2(a)': 'Die Dauer der Speicherung oder, falls das nicht möglich ist, die Kriterien für ihre Festlegung.',
        '2(b)': 'Das Bestehen der Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit.',
        '2(c)': 'Bei einer Verarbeitung auf Grundlage einer Einwilligung (Art. 6 Abs. 1 lit. a oder Art. 9 Abs. 2 lit. a) das Recht, die Einwilligung jederzeit zu widerrufen, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird.',
        '2(d)': 'Das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde.',
        '2(e)': 'Ob die Bereitstellung gesetzlich oder vertraglich vorgeschrieben oder für einen Vertragsabschluss erforderlich ist, ob die betroffene Person verpflichtet ist, die Daten bereitzustellen, und welche Folgen die Nichtbereitstellung hätte.',
        '2(f)': 'Das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 Abs. 1 und 4) und zumindest in diesen Fällen aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen für die betroffene Person.',
        3: 'Vor einer Weiterverarbeitung für einen anderen Zweck informiert der Verantwortliche über diesen Zweck und stellt die maßgeblichen weiteren Informationen zur Verfügung.',
        4: 'Die Pflicht entfällt, wenn und soweit die betroffene Person bereits über die Informationen verfügt.',
      },
    },
    14: {
      title: 'Informationspflicht, wenn die personenbezogenen Daten nicht bei der betroffenen Person erhoben wurden',
      summary: 'Stammen die Daten nicht von der betroffenen Person selbst, muss der Verantwortliche ihr die Informationen des Art. 13 sowie die Kategorien der Daten und ihre Quelle mitteilen, innerhalb einer angemessenen Frist, spätestens innerhalb eines Monats (Art. 14 Abs. 3).',
      parts: {
        1: 'Der Verantwortliche teilt die Informationen der Buchstaben a bis f mit.',
        '1(a)': 'Den Namen und die Kontaktdaten des Verantwortlichen sowie gegebenenfalls seines Vertreters.',
        '1(b)': 'Gegebenenfalls die Kontaktdaten des Datenschutzbeauftragten.',
        '1(c)': 'Die Zwecke der Verarbeitung sowie deren Rechtsgrundlage.',
        '1(d)': 'Die Kategorien personenbezogener Daten, die verarbeitet werden.',
        '1(e)': 'Gegebenenfalls die Empfänger oder Kategorien von Empfängern der Daten.',
        '1(f)': 'Gegebenenfalls die Absicht, die Daten an ein Drittland oder eine internationale Organisation zu übermitteln, und den Angemessenheitsbeschluss oder die geeigneten Garantien.',
        2: 'Zusätzlich stellt der Verantwortliche die weiteren Informationen der Buchstaben a bis g zur Verfügung, die für eine faire und transparente Verarbeitung notwendig sind.',
        '2(a)': 'Die Dauer der Speicherung oder, falls das nicht möglich ist, die Kriterien für ihre Festlegung.',
        '2(b)': 'Bei einer Verarbeitung auf Grundlage berechtigter Interessen (Art. 6 Abs. 1 lit. f) die berechtigten Interessen, die der Verantwortliche oder ein Dritter verfolgt.',
        '2(c)': 'Das Bestehen der Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit.',
        '2(d)': 'Bei einer Verarbeitung auf Grundlage einer Einwilligung das Recht, sie jederzeit zu widerrufen, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird.',
        '2(e)': 'Das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde.',
        '2(f)': 'Aus welcher Quelle die Daten stammen und gegebenenfalls ob sie aus öffentlich zugänglichen Quellen stammen.',
        '2(g)': 'Das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling und aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen.',
        3: 'Die Informationen werden innerhalb einer angemessenen Frist nach Erlangung der Daten, längstens innerhalb eines Monats, erteilt; spätestens bei der ersten Mitteilung, wenn die Daten zur Kommunikation mit der betroffenen Person verwendet werden; spätestens bei der ersten Offenlegung, wenn eine Offenlegung an einen anderen Empfänger beabsichtigt ist.',
        4: 'Vor einer Weiterverarbeitung für einen anderen Zweck informiert der Verantwortliche über diesen Zweck.',
        5: 'Die Pflicht entfällt, wenn die betroffene Person bereits über die Informationen verfügt, die Erteilung unmöglich ist oder einen unverhältnismäßigen Aufwand erfordern würde, die Erlangung oder Offenlegung durch Rechtsvorschriften mit Schutzmaßnahmen ausdrücklich geregelt ist oder die Daten einem Berufsgeheimnis unterliegen.',
      },
    },
    15: {
      title: 'Auskunftsrecht der betroffenen Person',
      summary: 'Die betroffene Person kann eine Bestätigung verlangen, ob sie betreffende Daten verarbeitet werden, und gegebenenfalls Auskunft über diese Daten sowie über Zwecke, Kategorien, Empfänger, Speicherdauer, ihre Rechte, die Herkunft und eine etwaige automatisierte Entscheidungsfindung; dazu eine Kopie der Daten.',
      parts: {
        1: 'Die betroffene Person kann eine Bestätigung verlangen, ob sie betreffende Daten verarbeitet werden, und gegebenenfalls Auskunft über diese Daten und die Informationen der Buchstaben a bis h.',
        2: 'Werden Daten an ein Drittland übermittelt, kann die betroffene Person verlangen, über die geeigneten Garantien unterrichtet zu werden.',
        3: 'Der Verantwortliche stellt eine Kopie der Daten zur Verfügung; für weitere Kopien kann er ein angemessenes Entgelt auf der Grundlage der Verwaltungskosten verlangen. Bei elektronischer Antragstellung ist die Kopie in einem gängigen elektronischen Format zur Verfügung zu stellen, sofern nichts anderes angegeben wird.',
        4: 'Das Recht auf eine Kopie darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen.',
      },
    },
    16: {
      title: 'Recht auf Berichtigung',
      summary: 'Die betroffene Person kann die unverzügliche Berichtigung sie betreffender unrichtiger Daten und die Vervollständigung unvollständiger Daten verlangen, auch mittels einer ergänzenden Erklärung.',
    },
    17: {
      title: 'Recht auf Löschung („Recht auf Vergessenwerden“)',
      summary: 'Die betroffene Person kann die unverzügliche Löschung ihrer Daten verlangen, wenn einer der Gründe des Art. 17 Abs. 1 vorliegt, etwa wenn die Daten nicht mehr notwendig sind oder die Einwilligung widerrufen wurde; Art. 17 Abs. 3 nennt die Ausnahmen, etwa gesetzliche Aufbewahrungspflichten oder Rechtsansprüche.',
      parts: {
        1: 'Der Verantwortliche ist verpflichtet, die Daten unverzüglich zu löschen, wenn einer der Gründe der Buchstaben a bis f zutrifft.',
        '1(a)': 'Die Daten sind für die Zwecke, für die sie erhoben oder verarbeitet wurden, nicht mehr notwendig.',
        '1(b)': 'Die betroffene Person widerruft ihre Einwilligung, und es fehlt an einer anderweitigen Rechtsgrundlage.',
        '1(c)': 'Die betroffene Person legt Widerspruch nach Art. 21 Abs. 1 ein und es liegen keine vorrangigen berechtigten Gründe vor, oder sie widerspricht der Direktwerbung nach Art. 21 Abs. 2.',
        '1(d)': 'Die Daten wurden unrechtmäßig verarbeitet.',
        '1(e)': 'Die Löschung ist zur Erfüllung einer rechtlichen Verpflichtung nach Unionsrecht oder dem Recht der Mitgliedstaaten erforderlich.',
        '1(f)': 'Die Daten wurden in Bezug auf einem Kind direkt angebotene Dienste der Informationsgesellschaft erhoben (Art. 8 Abs. 1).',
        2: 'Hat der Verantwortliche die Daten öffentlich gemacht, trifft er angemessene Maßnahmen, um andere Verantwortliche, die die Daten verarbeiten, über das Löschverlangen hinsichtlich Links, Kopien oder Replikationen zu informieren.',
        3: 'Die Löschpflicht besteht nicht, soweit die Verarbeitung erforderlich ist zur Ausübung der Meinungs- und Informationsfreiheit, zur Erfüllung einer rechtlichen Verpflichtung oder öffentlichen Aufgabe, aus Gründen der öffentlichen Gesundheit, für Archiv-, Forschungs- oder statistische Zwecke oder zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.',
      },
    },
    18: {
      title: 'Recht auf Einschränkung der Verarbeitung',
      summary: 'Die betroffene Person kann die Einschränkung der Verarbeitung verlangen (Speicherung ohne weitere Nutzung), solange die Richtigkeit bestritten oder ein Widerspruch geprüft wird, wenn die Verarbeitung unrechtmäßig ist und sie statt der Löschung die Einschränkung wünscht, oder wenn sie die Daten für Rechtsansprüche benötigt.',
      parts: {
        1: 'Die Einschränkung gilt, wenn (a) die betroffene Person die Richtigkeit der Daten bestreitet, für die Dauer der Prüfung; (b) die Verarbeitung unrechtmäßig ist und sie die Einschränkung statt der Löschung verlangt; (c) der Verantwortliche die Daten nicht mehr benötigt, sie sie aber für Rechtsansprüche braucht; oder (d) sie Widerspruch nach Art. 21 Abs. 1 eingelegt hat, solange die Abwägung aussteht.',
        2: 'Eingeschränkte Daten dürfen, von ihrer Speicherung abgesehen, nur mit Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus wichtigen Gründen des öffentlichen Interesses verarbeitet werden.',
        3: 'Die betroffene Person wird unterrichtet, bevor die Einschränkung aufgehoben wird.',
      },
    },
    19: {
      title: 'Mitteilungspflicht im Zusammenhang mit der Berichtigung oder Löschung personenbezogener Daten oder der Einschränkung der Verarbeitung',
      summary: 'Der Verantwortliche teilt jedem Empfänger der Daten jede Berichtigung, Löschung oder Einschränkung mit, es sei denn, dies ist unmöglich oder mit unverhältnismäßigem Aufwand verbunden, und unterrichtet die betroffene Person auf Verlangen über diese Empfänger.',
    },
    20: {
      title: 'Recht auf Datenübertragbarkeit',
      summary: 'Die betroffene Person kann die Daten, die sie bereitgestellt hat, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln, wenn die Verarbeitung auf einer Einwilligung oder einem Vertrag beruht und automatisiert erfolgt.',
      parts: {
        1: 'Die betroffene Person kann die sie betreffenden, von ihr bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln, wenn die Verarbeitung auf einer Einwilligung oder einem Vertrag beruht und mithilfe automatisierter Verfahren erfolgt.',
        2: 'Soweit technisch machbar, kann sie die direkte Übermittlung von einem Verantwortlichen zu einem anderen verlangen.',
        3: 'Das Recht lässt Art. 17 unberührt und gilt nicht für eine Verarbeitung, die für eine Aufgabe im öffentlichen Interesse erforderlich ist.',
        4: 'Das Recht darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen.',
      },
    },
    21: {
      title: 'Widerspruchsrecht',
      summary: 'Die betroffene Person kann aus Gründen ihrer besonderen Situation Widerspruch gegen eine Verarbeitung einlegen, die auf einer öffentlichen Aufgabe oder berechtigten Interessen beruht; der Verantwortliche muss die Verarbeitung dann einstellen, es sei denn, er weist zwingende schutzwürdige Gründe nach oder benötigt die Daten für Rechtsansprüche. Gegen Direktwerbung kann sie jederzeit ohne Begründung widersprechen.',
      parts: {
        1: 'Die betroffene Person kann aus Gründen, die sich aus ihrer besonderen Situation ergeben, jederzeit gegen eine Verarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f, einschließlich Profiling, Widerspruch einlegen; der Verantwortliche verarbeitet die Daten nicht mehr, es sei denn, er weist zwingende schutzwürdige Gründe nach, die überwiegen, oder die Verarbeitung dient Rechtsansprüchen.',
        2: 'Werden Daten für Direktwerbung verarbeitet, kann die betroffene Person jederzeit Widerspruch gegen diese Verarbeitung einlegen, einschließlich eines damit verbundenen Profilings.',
        3: 'Nach einem Widerspruch gegen Direktwerbung werden die Daten nicht mehr für diesen Zweck verarbeitet.',
        4: 'Spätestens bei der ersten Kommunikation ist die betroffene Person ausdrücklich auf das Widerspruchsrecht hinzuweisen, in einer verständlichen und von anderen Informationen getrennten Form.',
        5: 'Bei Diensten der Informationsgesellschaft kann der Widerspruch mittels automatisierter Verfahren mit technischen Spezifikationen ausgeübt werden.',
        6: 'Bei Verarbeitungen zu Forschungs- oder statistischen Zwecken kann die betroffene Person aus Gründen ihrer besonderen Situation widersprechen, es sei denn, die Verarbeitung ist zur Erfüllung einer Aufgabe im öffentlichen Interesse erforderlich.',
      },
    },
    22: {
      title: 'Automatisierte Entscheidungen im Einzelfall einschließlich Profiling',
      summary: 'Die betroffene Person hat das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhenden Entscheidung unterworfen zu werden, die ihr gegenüber rechtliche Wirkung entfaltet oder sie in ähnlicher Weise erheblich beeinträchtigt, außer sie ist für einen Vertrag erforderlich, gesetzlich zugelassen oder beruht auf ausdrücklicher Einwilligung; dann kann sie das Eingreifen einer Person, die Darlegung ihres Standpunkts und die Anfechtung der Entscheidung verlangen.',
      parts: {
        1: 'Die betroffene Person hat das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhenden Entscheidung unterworfen zu werden, die ihr gegenüber rechtliche Wirkung entfaltet oder sie in ähnlicher Weise erheblich beeinträchtigt.',
        2: 'Das gilt nicht, wenn die Entscheidung (a) für den Abschluss oder die Erfüllung eines Vertrags erforderlich ist, (b) aufgrund von Rechtsvorschriften mit angemessenen Garantien zulässig ist oder (c) mit ausdrücklicher Einwilligung erfolgt.',
        3: 'In den Fällen a und c trifft der Verantwortliche angemessene Maßnahmen, mindestens das Recht auf Eingreifen einer Person seitens des Verantwortlichen, auf Darlegung des eigenen Standpunkts und auf Anfechtung der Entscheidung.',
        4: 'Solche Entscheidungen dürfen nicht auf besonderen Kategorien von Daten beruhen, außer Art. 9 Abs. 2 lit. a oder g gilt und angemessene Garantien bestehen.',
      },
    },
    23: {
      title: 'Beschränkungen',
      summary: 'Das Unionsrecht oder das Recht der Mitgliedstaaten kann die Rechte und Pflichten der Art. 12 bis 22 und 34 durch Gesetzgebungsmaßnahmen beschränken, die den Wesensgehalt der Grundrechte achten und zum Schutz etwa der nationalen Sicherheit, der Verfolgung von Straftaten oder anderer wichtiger öffentlicher Interessen notwendig und verhältnismäßig sind (in Deutschland etwa §§ 32 bis 37 BDSG).',
    },
    24: {
      title: 'Verantwortung des für die Verarbeitung Verantwortlichen',
      summary: 'Unter Berücksichtigung von Art, Umfang, Umständen, Zwecken und Risiken der Verarbeitung trifft der Verantwortliche geeignete technische und organisatorische Maßnahmen, um sicherzustellen und nachweisen zu können, dass die Verarbeitung der Verordnung entspricht, einschließlich angemessener Datenschutzvorkehrungen.',
    },
    25: {
      title: 'Datenschutz durch Technikgestaltung und durch datenschutzfreundliche Voreinstellungen',
      summary: 'Der Verantwortliche muss den Datenschutz bereits bei der Gestaltung der Verarbeitung berücksichtigen und durch Voreinstellungen sicherstellen, dass nur die für den jeweiligen Zweck erforderlichen Daten verarbeitet werden.',
    },
    26: {
      title: 'Gemeinsam Verantwortliche',
      summary: 'Legen zwei oder mehr Verantwortliche gemeinsam die Zwecke und Mittel der Verarbeitung fest, sind sie gemeinsam Verantwortliche. Sie legen ihre jeweiligen Pflichten in einer Vereinbarung fest, deren wesentlicher Inhalt der betroffenen Person zur Verfügung gestellt wird; diese kann ihre Rechte gegenüber jedem von ihnen geltend machen (Art. 26 Abs. 3).',
    },
    27: {
      title: 'Vertreter von nicht in der Union niedergelassenen Verantwortlichen oder Auftragsverarbeitern',
      summary: 'Ein Verantwortlicher oder Auftragsverarbeiter ohne Niederlassung in der Union, dessen Verarbeitung unter die Verordnung fällt (Art. 3 Abs. 2), muss in der Regel schriftlich einen Vertreter in der Union benennen.',
    },
    28: {
      title: 'Auftragsverarbeiter',
      summary: 'Der Verantwortliche darf nur Auftragsverarbeiter einsetzen, die hinreichende Garantien bieten, auf Grundlage eines Vertrags (Auftragsverarbeitungsvertrag), der sie an dokumentierte Weisungen bindet und Gegenstand, Dauer, Art und Zweck der Verarbeitung, die Datenarten und die Pflichten der Parteien festlegt (Art. 28 Abs. 3). Weitere Auftragsverarbeiter bedürfen der vorherigen schriftlichen Genehmigung des Verantwortlichen (Art. 28 Abs. 2).',
    },
    29: {
      title: 'Verarbeitung unter der Aufsicht des Verantwortlichen oder des Auftragsverarbeiters',
      summary: 'Der Auftragsverarbeiter und jede dem Verantwortlichen oder dem Auftragsverarbeiter unterstellte Person mit Zugang zu personenbezogenen Daten dürfen diese nur auf Weisung des Verantwortlichen verarbeiten, es sei denn, das Unionsrecht oder das Recht eines Mitgliedstaats verpflichtet sie dazu.',
    },
    30: {
      title: 'Verzeichnis von Verarbeitungstätigkeiten',
      summary: 'Verantwortliche und Auftragsverarbeiter führen ein schriftliches Verzeichnis ihrer Verarbeitungstätigkeiten (unter anderem Zwecke, Kategorien betroffener Personen und Daten, Empfänger, Übermittlungen, Löschfristen und Sicherheitsmaßnahmen). Unternehmen mit weniger als 250 Beschäftigten sind ausgenommen, es sei denn, die Verarbeitung birgt ein Risiko, erfolgt nicht nur gelegentlich oder betrifft besondere Kategorien oder strafrechtliche Daten (Art. 30 Abs. 5).',
    },
    31: {
      title: 'Zusammenarbeit mit der Aufsichtsbehörde',
      summary: 'Der Verantwortliche und der Auftragsverarbeiter arbeiten auf Anfrage mit der Aufsichtsbehörde bei der Erfüllung ihrer Aufgaben zusammen.',
    },
    32: {
      title: 'Sicherheit der Verarbeitung',
      summary: 'Verantwortlicher und Auftragsverarbeiter treffen geeignete technische und organisatorische Maßnahmen, um ein dem Risiko angemessenes Schutzniveau zu gewährleisten, etwa Pseudonymisierung und Verschlüsselung, dauerhafte Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit der Systeme, die rasche Wiederherstellung nach einem Zwischenfall und regelmäßige Überprüfung der Maßnahmen.',
    },
    33: {
      title: 'Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde',
      summary: 'Eine Datenschutzverletzung ist unverzüglich und möglichst binnen 72 Stunden, nachdem sie bekannt wurde, der zuständigen Aufsichtsbehörde zu melden, es sei denn, sie führt voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen. Der Auftragsverarbeiter meldet sie unverzüglich dem Verantwortlichen; jede Verletzung ist zu dokumentieren (Art. 33 Abs. 5).',
    },
    34: {
      title: 'Benachrichtigung der von einer Verletzung des Schutzes personenbezogener Daten betroffenen Person',
      summary: 'Hat eine Verletzung voraussichtlich ein hohes Risiko für die Rechte und Freiheiten zur Folge, benachrichtigt der Verantwortliche auch die betroffenen Personen unverzüglich in klarer und einfacher Sprache, es sei denn, die Daten waren für Unbefugte unzugänglich (etwa verschlüsselt), das hohe Risiko besteht nicht mehr oder die Benachrichtigung wäre unverhältnismäßig (dann eine öffentliche Bekanntmachung).',
    },
    35: {
      title: 'Datenschutz-Folgenabschätzung',
      summary: 'Hat eine Verarbeitung, insbesondere mit neuen Technologien, voraussichtlich ein hohes Risiko für die Rechte und Freiheiten zur Folge, muss der Verantwortliche vorab ihre Folgen abschätzen, insbesondere bei systematischer und umfassender Bewertung persönlicher Aspekte mit erheblichen Wirkungen, umfangreicher Verarbeitung besonderer Kategorien oder strafrechtlicher Daten und systematischer umfangreicher Überwachung öffentlich zugänglicher Bereiche (Art. 35 Abs. 3).',
    },
    36: {
      title: 'Vorherige Konsultation',
      summary: 'Ergibt eine Datenschutz-Folgenabschätzung ein hohes Risiko, das der Verantwortliche nicht eindämmen kann, konsultiert er vor Beginn der Verarbeitung die Aufsichtsbehörde.',
    },
    37: {
      title: 'Benennung eines Datenschutzbeauftragten',
      summary: 'Behörden und öffentliche Stellen (außer Gerichten in ihrer justiziellen Tätigkeit) benennen einen Datenschutzbeauftragten, ebenso Verantwortliche und Auftragsverarbeiter, deren Kerntätigkeit in einer umfangreichen regelmäßigen und systematischen Überwachung oder in der umfangreichen Verarbeitung besonderer Kategorien oder strafrechtlicher Daten besteht (Art. 37 Abs. 1); in Deutschland zudem in der Regel, wenn mindestens 20 Personen ständig mit der automatisierten Verarbeitung beschäftigt sind (§ 38 BDSG). Die Kontaktdaten sind zu veröffentlichen und der Aufsichtsbehörde mitzuteilen (Art. 37 Abs. 7).',
    },
    38: {
      title: 'Stellung des Datenschutzbeauftragten',
      summary: 'Der Datenschutzbeauftragte wird ordnungsgemäß und frühzeitig in alle Datenschutzfragen eingebunden, ist bei der Erfüllung seiner Aufgaben weisungsfrei, darf deswegen nicht abberufen oder benachteiligt werden, berichtet unmittelbar der höchsten Managementebene und kann von betroffenen Personen zu allen Fragen ihrer Daten und Rechte zu Rate gezogen werden (Art. 38 Abs. 4).',
    },
    39: {
      title: 'Aufgaben des Datenschutzbeauftragten',
      summary: 'Der Datenschutzbeauftragte unterrichtet und berät den Verantwortlichen oder Auftragsverarbeiter und die Beschäftigten, überwacht die Einhaltung des Datenschutzrechts, berät zur Datenschutz-Folgenabschätzung und arbeitet mit der Aufsichtsbehörde zusammen, für die er Anlaufstelle ist.',
    },
    44: {
      title: 'Allgemeine Grundsätze der Datenübermittlung',
      summary: 'Personenbezogene Daten dürfen an ein Drittland außerhalb des EWR oder an eine internationale Organisation nur übermittelt werden, wenn die Bedingungen des Kapitels V (Art. 44 bis 49) eingehalten werden, damit das durch die Verordnung gewährleistete Schutzniveau nicht untergraben wird.',
    },
    45: {
      title: 'Datenübermittlung auf der Grundlage eines Angemessenheitsbeschlusses',
      summary: 'Eine Übermittlung ohne besondere Genehmigung ist zulässig an ein Land, ein Gebiet, einen Sektor oder eine internationale Organisation, für die die Europäische Kommission ein angemessenes Schutzniveau festgestellt hat (Angemessenheitsbeschluss), etwa die Schweiz und Japan oder nach dem EU-US Data Privacy Framework zertifizierte US-Unternehmen. Der frühere „Privacy Shield“ ist seit dem Urteil des EuGH vom 16. Juli 2020 (Schrems II) keine Grundlage mehr.',
    },
    46: {
      title: 'Datenübermittlung vorbehaltlich geeigneter Garantien',
      summary: 'Ohne Angemessenheitsbeschluss ist eine Übermittlung nur mit geeigneten Garantien zulässig, sofern durchsetzbare Rechte und wirksame Rechtsbehelfe zur Verfügung stehen: etwa die Standardvertragsklauseln (Standarddatenschutzklauseln) der Kommission, verbindliche interne Datenschutzvorschriften oder genehmigte Verhaltensregeln oder Zertifizierungen (Art. 46 Abs. 2).',
    },
    47: {
      title: 'Verbindliche interne Datenschutzvorschriften',
      summary: 'Eine Unternehmensgruppe darf Daten innerhalb der Gruppe auf Grundlage verbindlicher interner Datenschutzvorschriften (Binding Corporate Rules) übermitteln, die von der zuständigen Aufsichtsbehörde genehmigt wurden, für alle Mitglieder rechtlich bindend sind und den betroffenen Personen durchsetzbare Rechte verleihen.',
    },
    48: {
      title: 'Nach dem Unionsrecht nicht zulässige Übermittlung oder Offenlegung',
      summary: 'Ein Urteil oder eine Entscheidung eines Gerichts oder einer Behörde eines Drittlands, die eine Übermittlung oder Offenlegung verlangt, darf nur auf Grundlage einer internationalen Übereinkunft, etwa eines Rechtshilfeabkommens, anerkannt oder vollstreckt werden.',
    },
    49: {
      title: 'Ausnahmen für bestimmte Fälle',
      summary: 'Ohne Angemessenheitsbeschluss oder geeignete Garantien ist eine Übermittlung nur in bestimmten Fällen zulässig, etwa mit ausdrücklicher Einwilligung nach Unterrichtung über die Risiken, wenn sie für einen Vertrag mit oder im Interesse der betroffenen Person erforderlich ist, aus wichtigen Gründen des öffentlichen Interesses, für Rechtsansprüche oder zum Schutz lebenswichtiger Interessen. Diese Ausnahmen sind eng auszulegen und nicht für regelmäßige, systematische Übermittlungen gedacht.',
    },
    51: {
      title: 'Aufsichtsbehörde',
      summary: 'Jeder Mitgliedstaat sieht eine oder mehrere unabhängige Behörden vor, die die Anwendung der Verordnung überwachen: in Deutschland die Aufsichtsbehörden der Länder und die oder der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI), in Österreich die Datenschutzbehörde. Für die Schweiz, die nicht an die DSGVO gebunden ist, gilt das Datenschutzgesetz (revDSG) mit dem EDÖB als Aufsicht.',
    },
    77: {
      title: 'Recht auf Beschwerde bei einer Aufsichtsbehörde',
      summary: 'Jede betroffene Person, die der Ansicht ist, dass die Verarbeitung ihrer Daten gegen die Verordnung verstößt, kann unbeschadet anderer Rechtsbehelfe Beschwerde bei einer Aufsichtsbehörde einlegen, insbesondere im Mitgliedstaat ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes. Die Behörde unterrichtet sie über den Stand und das Ergebnis.',
    },
    78: {
      title: 'Recht auf wirksamen gerichtlichen Rechtsbehelf gegen eine Aufsichtsbehörde',
      summary: 'Jede Person kann gegen einen sie betreffenden rechtsverbindlichen Beschluss einer Aufsichtsbehörde klagen, ebenso wenn die Behörde sich nicht mit ihrer Beschwerde befasst oder sie nicht innerhalb von drei Monaten über den Stand oder das Ergebnis unterrichtet. Zuständig sind die Gerichte des Mitgliedstaats der Behörde.',
    },
    79: {
      title: 'Recht auf wirksamen gerichtlichen Rechtsbehelf gegen Verantwortliche oder Auftragsverarbeiter',
      summary: 'Jede betroffene Person, die der Ansicht ist, dass ihre Rechte aus der Verordnung verletzt wurden, kann gegen den Verantwortlichen oder Auftragsverarbeiter klagen, vor den Gerichten des Mitgliedstaats seiner Niederlassung oder ihres gewöhnlichen Aufenthalts, es sei denn, der Verantwortliche ist eine Behörde, die in Ausübung hoheitlicher Befugnisse tätig geworden ist.',
    },
    80: {
      title: 'Vertretung von betroffenen Personen',
      summary: 'Die betroffene Person kann eine gemeinnützige Einrichtung, die im Bereich des Datenschutzes tätig ist, beauftragen, in ihrem Namen Beschwerde einzulegen oder zu klagen.',
    },
    82: {
      title: 'Haftung und Recht auf Schadenersatz',
      summary: 'Jede Person, der wegen eines Verstoßes gegen die Verordnung ein materieller oder immaterieller Schaden entstanden ist, hat Anspruch auf Schadenersatz gegen den Verantwortlichen oder Auftragsverarbeiter. Der Auftragsverarbeiter haftet nur, wenn er seine eigenen Pflichten verletzt oder rechtmäßige Weisungen missachtet hat; keiner haftet, wenn er nachweist, dass er für den schadensverursachenden Umstand in keinerlei Hinsicht verantwortlich ist.',
    },
    83: {
      title: 'Allgemeine Bedingungen für die Verhängung von Geldbußen',
      summary: 'Die Aufsichtsbehörden können wirksame, verhältnismäßige und abschreckende Geldbußen verhängen: bis zu 10 Millionen Euro oder 2 % des weltweiten Jahresumsatzes, je nachdem, welcher Betrag höher ist, etwa für Verstöße gegen Art. 8, 11 und 25 bis 39 (Art. 83 Abs. 4), und bis zu 20 Millionen Euro oder 4 % für Verstöße gegen die Grundsätze, die Rechtsgrundlagen, die Rechte der betroffenen Personen und die Regeln zur Drittlandübermittlung (Art. 83 Abs. 5).',
    },
    94: {
      title: 'Aufhebung der Richtlinie 95/46/EG',
      summary: 'Die Richtlinie 95/46/EG, die frühere Datenschutzrichtlinie, ist mit Wirkung vom 25. Mai 2018 aufgehoben; Verweise auf sie gelten als Verweise auf die Verordnung. Das auf ihr beruhende Bundesdatenschutzgesetz in seiner alten Fassung (BDSG a. F.) wurde zum selben Tag durch das neue BDSG ersetzt.',
    },
    99: {
      title: 'Inkrafttreten und Anwendung',
      summary: 'Die Verordnung ist am 24. Mai 2016 in Kraft getreten und gilt seit dem 25. Mai 2018.',
    },
  },

  citation: {
    patterns: [
      // Art. 15 bis 22, Artikel 15-22, Artt. 15 bis 21
      'Art(?:ikel|t)?\\.? ?(?<article>\\d{1,2}) ?(?:bis|-|–) ?(?<to>\\d{1,2})',
      // Art. 6 Abs. 1 lit. f, Art. 6 Abs. 1 S. 1 lit. a, Art. 6 (1) f (but "Art. 15 f." is "and the following"), Artikel 6 Absatz 1 Buchstabe a, Art. 6 (1) f, Art. 4 Nr. 11, Art. 6 Abs. 1 UAbs. 1 lit. f
      'Art(?:ikel)?\\.? ?(?<article>\\d{1,2})(?: Abs(?:atz|\\.) ?(?<paragraph>\\d{1,2})| ?\\((?<paragraph2>\\d{1,2})\\)| Nr\\.? ?(?<paragraph3>\\d{1,2}))?(?: S(?:atz|\\.) ?\\d)?(?: UAbs\\.? ?\\d)?(?: (?:lit(?:era|\\.)?|Buchst(?:abe|\\.)?) ?\\(?(?<point>[a-j])\\)?| ?\\((?<point2>[a-j])\\)| (?<point3>[a-j])\\)| (?<point4>[a-j])(?![\\p{L}\\p{N}.]))?',
    ],
    ordinals: {},
    lawName: ',? (?:der |des )?(?:DS-?GVO|EU-DSGVO|Datenschutz-?Grundverordnung|GDPR|Verordnung \\(EU\\) 2016/679)',
    // "Art. 5 BayDSG", "Art. 6 Abs. 1 BayDSG": Bavarian laws number articles too; "§ 25 TDDDG" is never read (no "Art.").
    otherLaw: ',? (?:\\p{L}{0,6}DSG|BDSG|TDDDG|TTDSG|TMG|UWG|BGB|HGB|AO|StGB|KUG|UrhG|TKG|SGB|GG|GRCh|EMRK|AEUV|DSG)(?![\\p{L}\\p{N}])|,? (?:des|der|unserer|dieser|unseres|dieses) (?!DS-?GVO|EU-DSGVO|Datenschutz-?Grundverordnung|Verordnung \\(EU\\) 2016/679)\\p{L}',
  },
};
