/**
 * French hover texts: the legal bases of art. 6, § 1, the rights of the data subject (art. 7,
 * § 3, 15 to 21 and 77) and what the articles of the RGPD say, in the terms of the regulation's
 * French text, addressed to the reader as "vous". References use the short form of the French
 * language table's messages ("art. 13, § 2, c)").
 */
import type { HoverTable, RightHover } from './types';

/** How the controller must answer a request under art. 15 to 21 (art. 12, § 3 to 5). */
const ANSWER =
  'Dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de la demande. Pour des demandes complexes ou nombreuses, ce délai peut être prolongé de deux mois, à condition que la personne en soit informée, avec les motifs, dans le premier mois (art. 12, § 3). Gratuitement en principe ; une demande manifestement infondée ou excessive peut être refusée ou donner lieu au paiement de frais raisonnables, ce qu’il appartient au responsable du traitement de démontrer (art. 12, § 5). Un refus doit être motivé et mentionner la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel (art. 12, § 4).';

const rights: HoverTable['rights'] = {
  access: {
    title: 'Droit d’accès de la personne concernée',
    provision: { article: 15 },
    rule: 'right-access',
    gives: 'La confirmation que des données la concernant sont ou ne sont pas traitées et, si elles le sont, une copie de ces données, avec les finalités, les catégories de données, les destinataires, la durée de conservation, la source, ses autres droits et l’existence d’une prise de décision automatisée (art. 15, § 1 et 3).',
    limits: 'La copie ne doit pas porter atteinte aux droits et libertés d’autrui, par exemple aux données de tiers ou au secret des affaires (art. 15, § 4). Des copies supplémentaires peuvent donner lieu à des frais raisonnables fondés sur les coûts administratifs (art. 15, § 3). Le droit de l’Union ou d’un État membre peut limiter ce droit dans certains cas (art. 23).',
    answer: ANSWER,
  },
  rectification: {
    title: 'Droit de rectification',
    provision: { article: 16 },
    rule: 'right-rectification',
    gives: 'La rectification, dans les meilleurs délais, des données inexactes la concernant, et le complément des données incomplètes, y compris en fournissant une déclaration complémentaire (art. 16).',
    limits: 'Il vise les données inexactes ou incomplètes au regard des finalités du traitement. Le responsable du traitement peut d’abord vérifier l’exactitude ; pendant ce temps, la personne peut demander la limitation du traitement (art. 18, § 1, a)). Les destinataires des données doivent être informés de la rectification, sauf si cela se révèle impossible ou exige des efforts disproportionnés (art. 19).',
    answer: ANSWER,
  },
  erasure: {
    title: 'Droit à l’effacement (« droit à l’oubli »)',
    provision: { article: 17 },
    rule: 'right-erasure',
    gives: 'L’effacement, dans les meilleurs délais, de ses données lorsque, par exemple, elles ne sont plus nécessaires à leur finalité, qu’elle retire le consentement sur lequel reposait le traitement, qu’elle s’y oppose avec succès ou qu’elles ont fait l’objet d’un traitement illicite (art. 17, § 1). Si le responsable du traitement a rendu les données publiques, il doit prendre des mesures raisonnables pour en informer les autres responsables qui les traitent (art. 17, § 2).',
    limits: 'Ce droit n’est pas absolu. Il ne s’applique pas lorsque le traitement est nécessaire à l’exercice de la liberté d’expression et d’information, au respect d’une obligation légale (par exemple la conservation des pièces comptables) ou à une mission d’intérêt public, pour des motifs de santé publique, à des fins d’archivage, de recherche ou de statistiques, ou à la constatation, à l’exercice ou à la défense de droits en justice (art. 17, § 3).',
    answer: ANSWER,
  },
  restriction: {
    title: 'Droit à la limitation du traitement',
    provision: { article: 18 },
    rule: 'right-restriction',
    gives: 'La conservation de ses données sans autre utilisation pendant la vérification de leur exactitude ou l’examen d’une opposition, lorsque le traitement est illicite mais qu’elle préfère la limitation à l’effacement, ou lorsque le responsable du traitement n’a plus besoin des données mais qu’elles lui sont nécessaires pour la défense de droits en justice (art. 18, § 1).',
    limits: 'Uniquement dans ces quatre cas. Les données limitées peuvent être conservées et, pour le reste, traitées seulement avec son consentement, pour la défense de droits en justice, pour la protection des droits d’une autre personne ou pour des motifs importants d’intérêt public (art. 18, § 2). Elle doit être informée avant la levée de la limitation (art. 18, § 3).',
    answer: ANSWER,
  },
  object: {
    title: 'Droit d’opposition',
    provision: { article: 21 },
    rule: 'right-object',
    gives: 'Le droit de s’opposer à tout moment, pour des raisons tenant à sa situation particulière, à un traitement fondé sur une mission d’intérêt public ou sur les intérêts légitimes (art. 6, § 1, e) ou f)), y compris un profilage (art. 21, § 1) ; et de s’opposer à tout moment à l’utilisation de ses données à des fins de prospection (art. 21, § 2 et 3).',
    limits: 'Face à un traitement d’intérêt public ou fondé sur l’intérêt légitime, le responsable du traitement ne peut poursuivre que s’il démontre des motifs légitimes et impérieux qui prévalent sur les intérêts, droits et libertés de la personne, ou pour la défense de droits en justice (art. 21, § 1). Contre la prospection, l’opposition est absolue (art. 21, § 3). Il ne s’applique pas au traitement fondé sur le consentement (que l’on retire), sur un contrat ou sur une obligation légale. Ce droit doit être explicitement porté à l’attention de la personne, clairement et séparément de toute autre information, au plus tard lors de la première communication (art. 21, § 4).',
    answer: ANSWER,
  },
  portability: {
    title: 'Droit à la portabilité des données',
    provision: { article: 20 },
    rule: 'right-portability',
    gives: 'Les données qu’elle a fournies, dans un format structuré, couramment utilisé et lisible par machine, et le droit de les transmettre à un autre responsable du traitement, directement lorsque c’est techniquement possible (art. 20, § 1 et 2).',
    limits: 'Uniquement lorsque le traitement est fondé sur le consentement ou sur un contrat et effectué à l’aide de procédés automatisés (art. 20, § 1) ; pas pour un traitement nécessaire à une mission d’intérêt public (art. 20, § 3). Il couvre les données fournies, y compris celles observées lors de l’utilisation d’un service, mais pas celles que le responsable en a déduites, et ne doit pas porter atteinte aux droits et libertés de tiers (art. 20, § 4).',
    answer: ANSWER,
  },
  'withdraw-consent': {
    title: 'Droit de retirer son consentement',
    provision: { article: 7, paragraph: 3 },
    rule: 'right-withdraw-consent',
    gives: 'La personne peut retirer son consentement à tout moment, et il doit être aussi simple de le retirer que de le donner. Le traitement fondé sur ce consentement doit alors cesser, et les données doivent être effacées sauf autre fondement juridique (art. 17, § 1, b)).',
    limits: 'Le retrait ne compromet pas la licéité du traitement effectué avant ce retrait (art. 7, § 3). Il ne concerne que les traitements fondés sur le consentement ; un traitement reposant sur une autre base légale, comme une obligation légale, peut se poursuivre.',
    answer: 'Dès qu’il est exprimé. Aucun motif n’est exigé, et le retrait ne doit entraîner ni frais ni préjudice pour la personne (considérant 42). La personne doit en être informée avant de donner son consentement (art. 7, § 3).',
  },
  complaint: {
    title: 'Droit d’introduire une réclamation auprès d’une autorité de contrôle',
    provision: { article: 77 },
    rule: 'right-complaint',
    gives: 'Une réclamation auprès d’une autorité de protection des données si elle considère que le traitement de ses données constitue une violation du RGPD, en particulier dans l’État membre de sa résidence habituelle, de son lieu de travail ou du lieu où la violation aurait été commise (art. 77, § 1) : en France la Commission nationale de l’informatique et des libertés (CNIL), en Belgique l’Autorité de protection des données, au Luxembourg la Commission nationale pour la protection des données (CNPD). En Suisse, ce n’est pas le RGPD mais la loi fédérale sur la protection des données (nLPD) qui s’applique ; l’autorité compétente est le Préposé fédéral à la protection des données et à la transparence (PFPDT).',
    limits: 'Elle ne suppose pas une réclamation préalable auprès du responsable du traitement et laisse ouverts les autres recours, comme une action en justice contre celui-ci (art. 79). La politique de confidentialité doit mentionner ce droit quelle que soit la base légale (art. 13, § 2, d), art. 14, § 2, e)).',
    answer: 'C’est l’autorité, non le responsable du traitement, qui instruit la réclamation. Elle informe la personne de l’état d’avancement et de l’issue ; si elle ne traite pas la réclamation ou ne l’informe pas dans un délai de trois mois, la personne peut former un recours juridictionnel contre l’autorité (art. 77, § 2, art. 78, § 2). Le responsable du traitement coopère avec l’autorité (art. 31).',
  },
} satisfies Record<string, RightHover>;

export const fr: HoverTable = {
  lang: 'fr',
  labels: {
    mustAlsoSay: 'La politique doit alors aussi indiquer',
    thisNotice: 'Cette politique',
    does: 'l’indique',
    doesNot: 'ne l’indique pas encore',
    gives: 'Ce que la personne peut obtenir',
    limits: 'Limites',
    answer: 'Comment le responsable du traitement doit répondre',
    onEurLex: '{cite} du {law} sur EUR-Lex',
    line: 'ligne {line}',
    covers: 'Cette section traite de',
    missingHere: 'Devrait figurer dans cette section, mais manque',
    subsectionsCover: 'Les sous-sections traitent de',
    underSection: 'sous « {title} »',
    namedInHeading: 'figure dans le titre de la section',
    namedInSubheading: 'figure dans le titre « {title} »',
    coversNothing: 'Aucune mention obligatoire du RGPD n’a été trouvée dans le texte propre de cette section.',
    section: 'Section « {title} »',
    legalBasis: 'Base légale',
    legalBasisText: 'Des données personnelles ne peuvent être traitées que sur l’une des six bases légales de l’art. 6, § 1, du {law} : le consentement, le contrat, l’obligation légale, la sauvegarde des intérêts vitaux, la mission d’intérêt public ou les intérêts légitimes. La politique doit indiquer la base légale de chaque finalité (art. 13, § 1, c), art. 14, § 1, c)), afin que la personne sache quels droits s’appliquent.',
    groundsHere: 'Bases légales sur lesquelles repose cette politique',
    noGroundsHere: 'La politique ne cite encore aucune base légale de l’art. 6, § 1.',
    articleRange: 'Articles {from} à {to} du {law}',
    articleUnknown: 'Policy Author n’a pas de résumé de cet article ; consultez-le sur EUR-Lex.',
    quote: '« {text} »',
    definition: 'art. 4, point {n})',
    // French typography: a no-break space before the colon.
    colon: '\u00a0:',
  },

  grounds: {
    consent: {
      title: 'Consentement',
      provision: { article: 6, paragraph: 1, point: 'a' },
      requires: 'La personne a consenti au traitement pour une ou plusieurs finalités spécifiques. Le consentement n’est valable que s’il est libre, spécifique, éclairé et univoque : un acte positif clair, comme cocher une case vide, jamais le silence, une case pré-cochée ou la simple poursuite de la navigation (art. 4, point 11), art. 7). Le responsable du traitement doit pouvoir démontrer qu’il a été donné (art. 7, § 1), et il n’est en général pas libre si un service est subordonné à un traitement qui n’est pas nécessaire à ce service (art. 7, § 4). En France, les cookies non strictement nécessaires exigent en outre un consentement préalable (article 82 de la loi Informatique et Libertés).',
      consequences: [
        { rule: 'right-withdraw-consent', text: 'que le consentement peut être retiré à tout moment, aussi simplement qu’il a été donné, sans compromettre la licéité du traitement effectué avant ce retrait (art. 7, § 3, art. 13, § 2, c))' },
      ],
    },
    contract: {
      title: 'Exécution d’un contrat',
      provision: { article: 6, paragraph: 1, point: 'b' },
      requires: 'Le traitement est nécessaire à l’exécution d’un contrat auquel la personne est partie ou à l’exécution de mesures précontractuelles prises à sa demande (comme l’établissement d’un devis). « Nécessaire » s’entend strictement : le contrat ne pourrait pas être exécuté sans ce traitement. La prospection, la mesure d’audience et le profilage le sont rarement (lignes directrices 2/2019 du CEPD).',
      consequences: [
        { rule: 'statutory-requirement', text: 'si la fourniture des données a un caractère contractuel ou conditionne la conclusion du contrat, et les conséquences éventuelles de la non-fourniture (art. 13, § 2, e))' },
      ],
    },
    'legal-obligation': {
      title: 'Obligation légale',
      provision: { article: 6, paragraph: 1, point: 'c' },
      requires: 'Le traitement est nécessaire au respect d’une obligation légale prévue par le droit de l’Union ou d’un État membre à laquelle le responsable du traitement est soumis (art. 6, § 3), comme la conservation des pièces comptables et fiscales. Une obligation contractuelle ou la loi d’un pays hors de l’Union ne suffit pas.',
      consequences: [
        { rule: 'statutory-requirement', text: 'si la fourniture des données a un caractère réglementaire, et les conséquences éventuelles de la non-fourniture (art. 13, § 2, e))' },
      ],
    },
    'vital-interests': {
      title: 'Sauvegarde des intérêts vitaux',
      provision: { article: 6, paragraph: 1, point: 'd' },
      requires: 'Le traitement est nécessaire à la sauvegarde de la vie ou de l’intégrité physique de la personne ou d’une autre personne physique, typiquement en cas d’urgence médicale. Pour les intérêts vitaux d’une autre personne, il ne devrait être invoqué que si aucune autre base légale ne convient (considérant 46).',
      consequences: [],
    },
    'public-task': {
      title: 'Mission d’intérêt public',
      provision: { article: 6, paragraph: 1, point: 'e' },
      requires: 'Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont est investi le responsable du traitement, définie par le droit de l’Union ou d’un État membre (art. 6, § 3). C’est surtout la base légale des administrations et des organismes chargés d’une mission de service public.',
      consequences: [
        { rule: 'right-object', text: 'le droit de s’opposer au traitement pour des raisons tenant à la situation particulière de la personne, présenté explicitement, clairement et séparément de toute autre information (art. 21, § 1 et 4)' },
      ],
    },
    'legitimate-interests': {
      title: 'Intérêts légitimes',
      provision: { article: 6, paragraph: 1, point: 'f' },
      requires: 'Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne, notamment lorsqu’il s’agit d’un enfant. Cela suppose trois étapes, que le responsable devrait documenter : un intérêt réel et licite, la nécessité du traitement et une mise en balance des intérêts. Les autorités publiques ne peuvent pas l’invoquer pour l’exécution de leurs missions.',
      consequences: [
        { rule: 'legitimate-interests', text: 'les intérêts légitimes poursuivis (art. 13, § 1, d), art. 14, § 2, b))' },
        { rule: 'right-object', text: 'le droit d’opposition, explicitement porté à l’attention de la personne, clairement et séparément de toute autre information (art. 21, § 1 et 4)' },
      ],
    },
  },

  rights,

  basisTerms: ['bases? (légales?|juridiques?)', 'fondements? (juridiques?|légaux|légal)', 'licéité (du|des) traitements?'],
  groundTerms: {
    consent: ['consentement'],
    contract: ['exécution (d\'un|du|de votre|de notre) contrat', 'mesures précontractuelles'],
    'legitimate-interests': ['intérêts? légitimes?'],
    'legal-obligation': ['obligations? légales?'],
  },
  rightTerms: {
    complaint: ['(introduire|déposer|adresser|formuler) une réclamation', 'réclamation auprès (de la CNIL|d\'une autorité de contrôle|de l\'autorité de contrôle)'],
    'withdraw-consent': ['retrait (de votre|du) consentement', 'retirer (votre|son) consentement'],
    access: ['droit d\'accès'],
    object: ['droit d\'opposition'],
    portability: ['droit à la portabilité'],
    erasure: ['droit à l\'effacement', 'droit à l\'oubli'],
    rectification: ['droit de rectification'],
    restriction: ['droit à la limitation'],
  },

  articles: {
    4: {
      title: 'Définitions',
      summary: 'Définit les notions du règlement, notamment données à caractère personnel, traitement, profilage, responsable du traitement, sous-traitant, destinataire, tiers, consentement et violation de données à caractère personnel.',
      parts: {
        1: 'Les « données à caractère personnel » sont toute information se rapportant à une personne physique identifiée ou identifiable, directement ou indirectement, notamment par un nom, un numéro d’identification, des données de localisation ou un identifiant en ligne.',
        2: 'Un « traitement » est toute opération appliquée à des données personnelles, comme la collecte, l’enregistrement, la conservation, l’utilisation, la communication, l’interconnexion ou l’effacement.',
        4: 'Le « profilage » est tout traitement automatisé consistant à utiliser des données personnelles pour évaluer certains aspects personnels d’une personne, notamment pour analyser ou prédire son rendement au travail, sa situation économique, sa santé, ses préférences, ses intérêts, sa fiabilité, son comportement, sa localisation ou ses déplacements.',
        7: 'Le « responsable du traitement » est la personne ou l’organisme qui, seul ou conjointement avec d’autres, détermine les finalités et les moyens du traitement.',
        8: 'Le « sous-traitant » traite des données personnelles pour le compte du responsable du traitement.',
        9: 'Le « destinataire » est quiconque reçoit communication de données personnelles, qu’il s’agisse ou non d’un tiers.',
        10: 'Un « tiers » est toute personne autre que la personne concernée, le responsable du traitement, le sous-traitant et les personnes autorisées à traiter les données sous leur autorité directe.',
        11: 'Le « consentement » est toute manifestation de volonté, libre, spécifique, éclairée et univoque par laquelle la personne accepte, par une déclaration ou par un acte positif clair, que des données la concernant fassent l’objet d’un traitement.',
        12: 'Une « violation de données à caractère personnel » est une violation de la sécurité entraînant la destruction, la perte, l’altération, la divulgation non autorisée de données ou l’accès non autorisé à celles-ci.',
      },
    },
    5: {
      title: 'Principes relatifs au traitement des données à caractère personnel',
      summary: 'Tout traitement doit être licite, loyal et transparent ; limité à des finalités déterminées ; minimisé ; exact ; limité dans sa durée de conservation ; et sécurisé. Le responsable du traitement est responsable du respect de ces principes et doit pouvoir le démontrer (responsabilité).',
      parts: {
        '1(a)': 'Licéité, loyauté et transparence.',
        '1(b)': 'Limitation des finalités : collecte pour des finalités déterminées, explicites et légitimes, sans traitement ultérieur incompatible.',
        '1(c)': 'Minimisation des données : adéquates, pertinentes et limitées à ce qui est nécessaire.',
        '1(d)': 'Exactitude : exactes et, si nécessaire, tenues à jour ; les données inexactes sont effacées ou rectifiées sans tarder.',
        '1(e)': 'Limitation de la conservation : conservées sous une forme identifiante pas plus longtemps que nécessaire.',
        '1(f)': 'Intégrité et confidentialité : une sécurité appropriée contre le traitement non autorisé ou illicite, la perte, la destruction ou les dégâts.',
        2: 'Responsabilité : le responsable du traitement est responsable du respect de ces principes et doit pouvoir le démontrer.',
      },
    },
    6: {
      title: 'Licéité du traitement',
      summary: 'Le traitement n’est licite que si au moins l’une de six bases légales s’applique : consentement, contrat, obligation légale, intérêts vitaux, mission d’intérêt public ou intérêts légitimes (art. 6, § 1). Le fondement d’une obligation légale ou d’une mission d’intérêt public doit être défini par le droit de l’Union ou d’un État membre (art. 6, § 3).',
      parts: {
        1: 'Le traitement n’est licite que si, et dans la mesure où, au moins une des conditions des points a) à f) est remplie.',
        '1(a)': 'La personne concernée a consenti au traitement pour une ou plusieurs finalités spécifiques.',
        '1(b)': 'Le traitement est nécessaire à l’exécution d’un contrat auquel la personne est partie ou à l’exécution de mesures précontractuelles prises à sa demande.',
        '1(c)': 'Le traitement est nécessaire au respect d’une obligation légale à laquelle le responsable du traitement est soumis.',
        '1(d)': 'Le traitement est nécessaire à la sauvegarde des intérêts vitaux de la personne concernée ou d’une autre personne physique.',
        '1(e)': 'Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont est investi le responsable du traitement.',
        '1(f)': 'Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne, notamment lorsqu’il s’agit d’un enfant. Les autorités publiques ne peuvent pas l’invoquer pour l’exécution de leurs missions.',
        3: 'Le fondement des traitements visés aux points c) et e) est défini par le droit de l’Union ou le droit de l’État membre.',
        4: 'L’utilisation de données pour une finalité autre que celle de la collecte, sans consentement ni fondement légal propre, dépend de la compatibilité des finalités, appréciée selon leur lien, le contexte, la nature des données, les conséquences possibles et les garanties.',
      },
    },
    7: {
      title: 'Conditions applicables au consentement',
      summary: 'Lorsque le traitement repose sur le consentement, le responsable doit pouvoir le démontrer ; la demande doit se distinguer clairement de toute autre question et être formulée en termes clairs et simples ; le consentement peut être retiré à tout moment ; et il n’est en général pas libre si un service y est subordonné.',
      parts: {
        1: 'Le responsable du traitement doit être en mesure de démontrer que la personne a donné son consentement.',
        2: 'Une demande de consentement présentée dans une déclaration écrite qui concerne aussi d’autres questions doit s’en distinguer clairement, sous une forme compréhensible et aisément accessible, formulée en des termes clairs et simples.',
        3: 'La personne peut retirer son consentement à tout moment, sans compromettre la licéité du traitement antérieur ; elle en est informée avant de consentir, et il est aussi simple de retirer que de donner son consentement.',
        4: 'Pour déterminer si le consentement est libre, il y a lieu de tenir le plus grand compte de la question de savoir si l’exécution d’un contrat est subordonnée à un consentement qui n’est pas nécessaire à cette exécution.',
      },
    },
    8: {
      title: 'Conditions applicables au consentement des enfants en ce qui concerne les services de la société de l’information',
      summary: 'Lorsqu’un service en ligne est proposé directement à un enfant et repose sur le consentement, le consentement de l’enfant est valable à partir de 16 ans ; en dessous, il doit être donné ou autorisé par le titulaire de la responsabilité parentale. Les États membres peuvent fixer un âge inférieur, d’au moins 13 ans (15 ans en France, 13 ans en Belgique).',
    },
    9: {
      title: 'Traitement portant sur des catégories particulières de données à caractère personnel',
      summary: 'Le traitement des données qui révèlent l’origine raciale ou ethnique, les opinions politiques, les convictions religieuses ou philosophiques ou l’appartenance syndicale, ainsi que des données génétiques, des données biométriques aux fins d’identifier une personne de manière unique, des données concernant la santé, la vie sexuelle ou l’orientation sexuelle est interdit, sauf dans les cas de l’art. 9, § 2.',
      parts: {
        1: 'Le traitement des catégories particulières de données à caractère personnel est interdit.',
        2: 'L’interdiction ne s’applique pas dans les cas des points a) à j).',
        '2(a)': 'La personne a donné son consentement explicite pour une ou plusieurs finalités spécifiques, sauf si le droit prévoit que l’interdiction ne peut être levée par elle.',
        '2(b)': 'Le traitement est nécessaire aux obligations et aux droits en matière de droit du travail, de la sécurité sociale et de la protection sociale, dans la mesure où la loi ou une convention collective l’autorise avec des garanties appropriées.',
        '2(c)': 'Le traitement est nécessaire à la sauvegarde des intérêts vitaux lorsque la personne est dans l’incapacité physique ou juridique de donner son consentement.',
        '2(d)': 'Le traitement est effectué par une fondation, une association ou un organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale, pour ses membres ou ses contacts réguliers, sans communication à l’extérieur sans consentement.',
        '2(e)': 'Le traitement porte sur des données manifestement rendues publiques par la personne concernée.',
        '2(f)': 'Le traitement est nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice, ou aux juridictions dans l’exercice de leur fonction juridictionnelle.',
        '2(g)': 'Le traitement est nécessaire pour des motifs d’intérêt public important, sur la base d’un droit proportionné prévoyant des garanties.',
        '2(h)': 'Le traitement est nécessaire aux fins de la médecine préventive ou de la médecine du travail, des diagnostics médicaux, de la prise en charge sanitaire ou sociale, par un professionnel soumis au secret ou sous sa responsabilité.',
        '2(i)': 'Le traitement est nécessaire pour des motifs d’intérêt public dans le domaine de la santé publique, comme la protection contre les menaces transfrontalières graves pesant sur la santé ou la garantie de la qualité et de la sécurité des soins, des médicaments ou des dispositifs médicaux.',
        '2(j)': 'Le traitement est nécessaire à des fins archivistiques dans l’intérêt public, de recherche scientifique ou historique ou à des fins statistiques, avec les garanties de l’art. 89, § 1.',
      },
    },
    10: {
      title: 'Traitement des données à caractère personnel relatives aux condamnations pénales et aux infractions',
      summary: 'Les données relatives aux condamnations pénales et aux infractions ne peuvent être traitées que sous le contrôle de l’autorité publique ou si le droit de l’Union ou d’un État membre l’autorise avec des garanties appropriées.',
    },
    12: {
      title: 'Transparence des informations et des communications et modalités de l’exercice des droits de la personne concernée',
      summary: 'Les informations des art. 13 et 14 et toute réponse à une demande fondée sur les art. 15 à 22 doivent être concises, transparentes, compréhensibles et aisément accessibles, en des termes clairs et simples. Les demandes reçoivent une réponse dans les meilleurs délais et au plus tard dans un délai d’un mois, en principe gratuitement.',
      parts: {
        1: 'Les informations et communications sont fournies d’une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples, en particulier pour celles destinées à un enfant ; par écrit ou par d’autres moyens, y compris par voie électronique.',
        2: 'Le responsable du traitement facilite l’exercice des droits et ne peut refuser de donner suite à une demande que s’il ne peut identifier la personne.',
        3: 'Le responsable du traitement répond dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la demande ; ce délai peut être prolongé de deux mois pour des demandes complexes ou nombreuses, la personne en étant informée, avec les motifs, dans le délai d’un mois.',
        4: 'S’il ne donne pas suite à la demande, le responsable informe la personne dans un délai d’un mois des motifs de son inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel.',
        5: 'Les informations et mesures sont gratuites. Pour des demandes manifestement infondées ou excessives, notamment répétitives, le responsable peut exiger des frais raisonnables ou refuser d’y donner suite ; il lui incombe de le démontrer.',
        6: 'En cas de doutes raisonnables sur l’identité de l’auteur d’une demande, le responsable peut demander des informations supplémentaires pour la confirmer.',
      },
    },
    13: {
      title: 'Informations à fournir lorsque des données à caractère personnel sont collectées auprès de la personne concernée',
      summary: 'Lorsque des données sont collectées auprès de la personne, le responsable du traitement doit lui indiquer, au moment de la collecte, son identité et ses coordonnées, les finalités et la base légale, les destinataires et les éventuels transferts hors de l’EEE (art. 13, § 1), ainsi que la durée de conservation, ses droits, le droit d’introduire une réclamation, si elle est tenue de fournir les données et l’existence d’une prise de décision automatisée (art. 13, § 2).',
      parts: {
        1: 'Au moment de la collecte, le responsable du traitement fournit les informations des points a) à f).',
        '1(a)': 'L’identité et les coordonnées du responsable du traitement et, le cas échéant, de son représentant.',
        '1(b)': 'Le cas échéant, les coordonnées du délégué à la protection des données.',
        '1(c)': 'Les finalités du traitement ainsi que sa base juridique.',
        '1(d)': 'Lorsque le traitement est fondé sur l’art. 6, § 1, f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers.',
        '1(e)': 'Les destinataires ou les catégories de destinataires des données, s’ils existent.',
        '1(f)': 'Le cas échéant, l’intention de transférer les données vers un pays tiers ou une organisation internationale, l’existence ou l’absence d’une décision d’adéquation ou la référence aux garanties appropriées et les moyens d’en obtenir une copie.',
        2: 'En outre, le responsable fournit les informations complémentaires des points a) à f) nécessaires pour garantir un traitement équitable et transparent.',
        '2(a)': 'La durée de conservation des données ou, lorsque ce n’est pas possible, les critères utilisés pour la déterminer.',
        '2(b)': 'L’existence du droit de demander l’accès, la rectification, l’effacement, la limitation du traitement, du droit de s’opposer et du droit à la portabilité des données.',
        '2(c)': 'Lorsque le traitement est fondé sur le consentement (art. 6, § 1, a) ou art. 9, § 2, a)), le droit de retirer son consentement à tout moment, sans porter atteinte à la licéité du traitement antérieur.',
        '2(d)': 'Le droit d’introduire une réclamation auprès d’une autorité de contrôle.',
        '2(e)': 'Si la fourniture des données a un caractère réglementaire ou contractuel ou conditionne la conclusion d’un contrat, si la personne est tenue de les fournir et les conséquences éventuelles de leur non-fourniture.',
        '2(f)': 'L’existence d’une prise de décision automatisée, y compris un profilage (art. 22, § 1 et 4), et, au moins dans ces cas, des informations utiles sur la logique sous-jacente ainsi que l’importance et les conséquences prévues pour la personne.',
        3: 'Avant d’utiliser les données pour une autre finalité, le responsable informe la personne de cette finalité et lui fournit les informations complémentaires pertinentes.',
        4: 'L’obligation ne s’applique pas lorsque, et dans la mesure où, la personne dispose déjà de ces informations.',
      },
    },
    14: {
      title: 'Informations à fournir lorsque les données à caractère personnel n’ont pas été collectées auprès de la personne concernée',
      summary: 'Lorsque les données proviennent d’un autre que la personne, le responsable du traitement doit lui fournir les informations de l’art. 13 ainsi que les catégories de données et leur source, dans un délai raisonnable ne dépassant pas un mois (art. 14, § 3).',
      parts: {
        1: 'Le responsable du traitement fournit les informations des points a) à f).',
        '1(a)': 'L’identité et les coordonnées du responsable du traitement et, le cas échéant, de son représentant.',
        '1(b)': 'Le cas échéant, les coordonnées du délégué à la protection des données.',
        '1(c)': 'Les finalités du traitement ainsi que sa base juridique.',
        '1(d)': 'Les catégories de données à caractère personnel concernées.',
        '1(e)': 'Les destinataires ou les catégories de destinataires des données, s’ils existent.',
        '1(f)': 'Le cas échéant, l’intention de transférer les données vers un pays tiers ou une organisation internationale, et la décision d’adéquation ou les garanties appropriées.',
        2: 'En outre, le responsable fournit les informations complémentaires des points a) à g) nécessaires pour garantir un traitement équitable et transparent.',
        '2(a)': 'La durée de conservation des données ou, lorsque ce n’est pas possible, les critères utilisés pour la déterminer.',
        '2(b)': 'Lorsque le traitement est fondé sur l’art. 6, § 1, f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers.',
        '2(c)': 'L’existence du droit de demander l’accès, la rectification, l’effacement, la limitation du traitement, du droit de s’opposer et du droit à la portabilité des données.',
        '2(d)': 'Lorsque le traitement est fondé sur le consentement, le droit de le retirer à tout moment, sans porter atteinte à la licéité du traitement antérieur.',
        '2(e)': 'Le droit d’introduire une réclamation auprès d’une autorité de contrôle.',
        '2(f)': 'La source d’où proviennent les données et, le cas échéant, une mention indiquant qu’elles sont issues de sources accessibles au public.',
        '2(g)': 'L’existence d’une prise de décision automatisée, y compris un profilage, et des informations utiles sur la logique sous-jacente ainsi que l’importance et les conséquences prévues.',
        3: 'Les informations sont fournies dans un délai raisonnable après l’obtention des données, ne dépassant pas un mois ; au plus tard lors de la première communication si les données servent à communiquer avec la personne ; au plus tard lors de la première communication à un autre destinataire si elle est envisagée.',
        4: 'Avant d’utiliser les données pour une autre finalité, le responsable informe la personne de cette finalité.',
        5: 'L’obligation ne s’applique pas lorsque la personne dispose déjà des informations, lorsque leur fourniture se révèle impossible ou exigerait des efforts disproportionnés, lorsque l’obtention ou la communication est expressément prévue par le droit avec des mesures de protection, ou lorsque les données relèvent d’un secret professionnel.',
      },
    },
    15: {
      title: 'Droit d’accès de la personne concernée',
      summary: 'La personne peut obtenir la confirmation que des données la concernant sont ou ne sont pas traitées et, si elles le sont, l’accès à ces données et des informations sur les finalités, les catégories, les destinataires, la durée de conservation, ses droits, la source et toute décision automatisée ; ainsi qu’une copie des données.',
      parts: {
        1: 'La personne peut obtenir la confirmation que des données la concernant sont ou ne sont pas traitées et, si elles le sont, l’accès à ces données et aux informations des points a) à h).',
        2: 'En cas de transfert vers un pays tiers, la personne peut être informée des garanties appropriées.',
        3: 'Le responsable fournit une copie des données ; pour toute copie supplémentaire, il peut exiger des frais raisonnables fondés sur les coûts administratifs. Une demande présentée par voie électronique reçoit une réponse sous une forme électronique d’usage courant, sauf demande contraire.',
        4: 'Le droit d’obtenir une copie ne porte pas atteinte aux droits et libertés d’autrui.',
      },
    },
    16: {
      title: 'Droit de rectification',
      summary: 'La personne peut obtenir, dans les meilleurs délais, la rectification des données inexactes la concernant et le complément des données incomplètes, y compris en fournissant une déclaration complémentaire.',
    },
    17: {
      title: 'Droit à l’effacement (« droit à l’oubli »)',
      summary: 'La personne peut obtenir l’effacement de ses données dans les meilleurs délais pour l’un des motifs de l’art. 17, § 1, par exemple lorsqu’elles ne sont plus nécessaires ou que le consentement est retiré ; l’art. 17, § 3, prévoit les exceptions, comme une obligation légale de conservation ou la défense de droits en justice.',
      parts: {
        1: 'Le responsable du traitement efface les données dans les meilleurs délais lorsque l’un des motifs des points a) à f) s’applique.',
        '1(a)': 'Les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées ou traitées.',
        '1(b)': 'La personne retire le consentement sur lequel est fondé le traitement et il n’existe pas d’autre fondement juridique.',
        '1(c)': 'La personne s’oppose au traitement en vertu de l’art. 21, § 1, et il n’existe pas de motif légitime impérieux, ou elle s’oppose à la prospection en vertu de l’art. 21, § 2.',
        '1(d)': 'Les données ont fait l’objet d’un traitement illicite.',
        '1(e)': 'Les données doivent être effacées pour respecter une obligation légale prévue par le droit de l’Union ou d’un État membre.',
        '1(f)': 'Les données ont été collectées dans le cadre de l’offre de services de la société de l’information à un enfant (art. 8, § 1).',
        2: 'Lorsqu’il a rendu les données publiques, le responsable prend des mesures raisonnables pour informer les autres responsables qui les traitent de la demande d’effacement de tout lien, copie ou reproduction.',
        3: 'L’effacement ne s’applique pas dans la mesure où le traitement est nécessaire à la liberté d’expression et d’information, au respect d’une obligation légale ou à une mission d’intérêt public, à la santé publique, à l’archivage, à la recherche ou aux statistiques, ou à la constatation, à l’exercice ou à la défense de droits en justice.',
      },
    },
    18: {
      title: 'Droit à la limitation du traitement',
      summary: 'La personne peut obtenir la limitation du traitement de ses données (conservation sans autre utilisation) pendant la vérification de leur exactitude ou l’examen d’une opposition, lorsque le traitement est illicite et qu’elle préfère la limitation à l’effacement, ou lorsqu’elle en a besoin pour la défense de droits en justice.',
      parts: {
        1: 'La limitation s’applique lorsque a) la personne conteste l’exactitude des données, pendant la durée de la vérification ; b) le traitement est illicite et elle préfère la limitation à l’effacement ; c) le responsable n’a plus besoin des données mais elles lui sont nécessaires pour la défense de droits en justice ; d) elle s’est opposée au traitement en vertu de l’art. 21, § 1, pendant la vérification des motifs.',
        2: 'Les données limitées ne peuvent, à l’exception de leur conservation, être traitées qu’avec le consentement de la personne, pour la défense de droits en justice, pour la protection des droits d’une autre personne ou pour des motifs importants d’intérêt public.',
        3: 'La personne est informée avant que la limitation ne soit levée.',
      },
    },
    19: {
      title: 'Obligation de notification en ce qui concerne la rectification ou l’effacement de données à caractère personnel ou la limitation du traitement',
      summary: 'Le responsable du traitement notifie à chaque destinataire toute rectification, tout effacement ou toute limitation, à moins que cela ne se révèle impossible ou n’exige des efforts disproportionnés, et fournit à la personne, à sa demande, des informations sur ces destinataires.',
    },
    20: {
      title: 'Droit à la portabilité des données',
      summary: 'La personne peut recevoir les données qu’elle a fournies dans un format structuré, couramment utilisé et lisible par machine et les transmettre à un autre responsable du traitement, lorsque le traitement est fondé sur le consentement ou un contrat et effectué à l’aide de procédés automatisés.',
      parts: {
        1: 'La personne peut recevoir les données la concernant qu’elle a fournies, dans un format structuré, couramment utilisé et lisible par machine, et les transmettre à un autre responsable, lorsque le traitement est fondé sur le consentement ou sur un contrat et effectué à l’aide de procédés automatisés.',
        2: 'Lorsque c’est techniquement possible, elle peut obtenir que les données soient transmises directement d’un responsable du traitement à un autre.',
        3: 'Ce droit s’entend sans préjudice de l’art. 17 et ne s’applique pas au traitement nécessaire à une mission d’intérêt public.',
        4: 'Ce droit ne porte pas atteinte aux droits et libertés de tiers.',
      },
    },
    21: {
      title: 'Droit d’opposition',
      summary: 'La personne peut s’opposer, pour des raisons tenant à sa situation particulière, à un traitement fondé sur une mission d’intérêt public ou sur les intérêts légitimes ; le responsable doit alors cesser, sauf motifs légitimes et impérieux ou défense de droits en justice. Elle peut s’opposer à tout moment et sans motif à la prospection.',
      parts: {
        1: 'La personne peut s’opposer à tout moment, pour des raisons tenant à sa situation particulière, à un traitement fondé sur l’art. 6, § 1, e) ou f), y compris un profilage ; le responsable ne traite plus les données, sauf s’il démontre des motifs légitimes et impérieux qui prévalent, ou pour la défense de droits en justice.',
        2: 'Lorsque les données sont traitées à des fins de prospection, la personne peut s’opposer à tout moment à ce traitement, y compris au profilage lié à cette prospection.',
        3: 'Après une opposition à la prospection, les données ne sont plus traitées à ces fins.',
        4: 'Au plus tard lors de la première communication, le droit d’opposition est explicitement porté à l’attention de la personne, présenté clairement et séparément de toute autre information.',
        5: 'Pour les services de la société de l’information, la personne peut exercer son droit d’opposition à l’aide de procédés automatisés utilisant des spécifications techniques.',
        6: 'Lorsque les données sont traitées à des fins de recherche ou de statistiques, la personne peut s’y opposer pour des raisons tenant à sa situation particulière, sauf si le traitement est nécessaire à une mission d’intérêt public.',
      },
    },
    22: {
      title: 'Décision individuelle automatisée, y compris le profilage',
      summary: 'La personne a le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques la concernant ou l’affectant de manière significative de façon similaire, sauf si elle est nécessaire à un contrat, autorisée par la loi ou fondée sur son consentement explicite ; elle peut alors obtenir une intervention humaine, exprimer son point de vue et contester la décision.',
      parts: {
        1: 'La personne a le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques la concernant ou l’affectant de manière significative de façon similaire.',
        2: 'Cela ne s’applique pas lorsque la décision a) est nécessaire à la conclusion ou à l’exécution d’un contrat, b) est autorisée par le droit de l’Union ou d’un État membre avec des garanties appropriées, ou c) est fondée sur son consentement explicite.',
        3: 'Dans les cas a) et c), le responsable met en œuvre des mesures appropriées, au moins le droit d’obtenir une intervention humaine, d’exprimer son point de vue et de contester la décision.',
        4: 'Ces décisions ne peuvent être fondées sur des catégories particulières de données que si l’art. 9, § 2, a) ou g), s’applique avec des garanties appropriées.',
      },
    },
    23: {
      title: 'Limitations',
      summary: 'Le droit de l’Union ou d’un État membre peut limiter, par la voie de mesures législatives, les droits et obligations des art. 12 à 22 et 34, dans le respect de l’essence des libertés et droits fondamentaux et dans la mesure nécessaire et proportionnée pour garantir notamment la sécurité nationale, la prévention et la poursuite des infractions ou d’autres objectifs importants d’intérêt public.',
    },
    24: {
      title: 'Responsabilité du responsable du traitement',
      summary: 'Compte tenu de la nature, de la portée, du contexte, des finalités et des risques du traitement, le responsable met en œuvre des mesures techniques et organisationnelles appropriées pour s’assurer, et être en mesure de démontrer, que le traitement est conforme au règlement, y compris des politiques appropriées en matière de protection des données.',
    },
    25: {
      title: 'Protection des données dès la conception et protection des données par défaut',
      summary: 'Le responsable du traitement intègre la protection des données dès la conception du traitement et veille à ce que, par défaut, seules les données nécessaires à chaque finalité soient traitées.',
    },
    26: {
      title: 'Responsables conjoints du traitement',
      summary: 'Lorsque deux responsables ou plus déterminent conjointement les finalités et les moyens du traitement, ils sont responsables conjoints. Ils définissent leurs obligations respectives par voie d’accord, dont les grandes lignes sont mises à la disposition de la personne, qui peut exercer ses droits à l’égard de chacun d’eux (art. 26, § 3).',
    },
    27: {
      title: 'Représentants des responsables du traitement ou des sous-traitants qui ne sont pas établis dans l’Union',
      summary: 'Un responsable du traitement ou un sous-traitant établi hors de l’Union dont le traitement relève du règlement (art. 3, § 2) doit en règle générale désigner par écrit un représentant dans l’Union.',
    },
    28: {
      title: 'Sous-traitant',
      summary: 'Le responsable du traitement ne fait appel qu’à des sous-traitants présentant des garanties suffisantes, liés par un contrat ou un autre acte juridique qui les oblige à n’agir que sur instruction documentée et définit l’objet, la durée, la nature et la finalité du traitement, les types de données et les obligations des parties (art. 28, § 3). Le recours à un autre sous-traitant exige l’autorisation écrite préalable du responsable (art. 28, § 2).',
    },
    29: {
      title: 'Traitement effectué sous l’autorité du responsable du traitement ou du sous-traitant',
      summary: 'Le sous-traitant et toute personne agissant sous l’autorité du responsable du traitement ou du sous-traitant qui a accès à des données à caractère personnel ne peuvent les traiter que sur instruction du responsable, sauf si le droit de l’Union ou d’un État membre les y oblige.',
    },
    30: {
      title: 'Registre des activités de traitement',
      summary: 'Les responsables du traitement et les sous-traitants tiennent un registre écrit des activités de traitement (notamment finalités, catégories de personnes et de données, destinataires, transferts, délais d’effacement et mesures de sécurité). Les organisations de moins de 250 employés en sont dispensées, sauf si le traitement comporte un risque, n’est pas occasionnel ou porte sur des catégories particulières ou des données pénales (art. 30, § 5).',
    },
    31: {
      title: 'Coopération avec l’autorité de contrôle',
      summary: 'Le responsable du traitement et le sous-traitant coopèrent avec l’autorité de contrôle, à la demande de celle-ci, dans l’exécution de ses missions.',
    },
    32: {
      title: 'Sécurité du traitement',
      summary: 'Le responsable du traitement et le sous-traitant mettent en œuvre des mesures techniques et organisationnelles appropriées pour garantir un niveau de sécurité adapté au risque, comme la pseudonymisation et le chiffrement, la confidentialité, l’intégrité, la disponibilité et la résilience constantes des systèmes, le rétablissement des données après un incident et des tests réguliers des mesures.',
    },
    33: {
      title: 'Notification à l’autorité de contrôle d’une violation de données à caractère personnel',
      summary: 'Une violation de données doit être notifiée à l’autorité de contrôle compétente (en France la CNIL) dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance, sauf si elle n’est pas susceptible d’engendrer un risque pour les droits et libertés. Le sous-traitant en informe le responsable dans les meilleurs délais, et toute violation est documentée (art. 33, § 5).',
    },
    34: {
      title: 'Communication à la personne concernée d’une violation de données à caractère personnel',
      summary: 'Lorsqu’une violation est susceptible d’engendrer un risque élevé pour les droits et libertés, le responsable en informe aussi les personnes concernées dans les meilleurs délais, en des termes clairs et simples, sauf si les données étaient incompréhensibles pour les tiers (par exemple chiffrées), si le risque élevé n’est plus susceptible de se matérialiser ou si cela exigerait des efforts disproportionnés (une communication publique est alors faite).',
    },
    35: {
      title: 'Analyse d’impact relative à la protection des données',
      summary: 'Lorsqu’un traitement, en particulier par de nouvelles technologies, est susceptible d’engendrer un risque élevé pour les droits et libertés, le responsable en analyse l’impact au préalable, notamment en cas d’évaluation systématique et approfondie d’aspects personnels aux effets importants, de traitement à grande échelle de catégories particulières ou de données pénales, et de surveillance systématique à grande échelle d’une zone accessible au public (art. 35, § 3).',
    },
    36: {
      title: 'Consultation préalable',
      summary: 'Lorsqu’une analyse d’impact révèle un risque élevé que le responsable ne peut atténuer, il consulte l’autorité de contrôle avant le traitement.',
    },
    37: {
      title: 'Désignation du délégué à la protection des données',
      summary: 'Les autorités et organismes publics (sauf les juridictions dans l’exercice de leur fonction juridictionnelle) désignent un délégué à la protection des données, de même que les responsables et sous-traitants dont les activités de base consistent en un suivi régulier et systématique à grande échelle des personnes ou en un traitement à grande échelle de catégories particulières ou de données pénales (art. 37, § 1). Ses coordonnées sont publiées et communiquées à l’autorité de contrôle (art. 37, § 7).',
    },
    38: {
      title: 'Fonction du délégué à la protection des données',
      summary: 'Le délégué à la protection des données est associé, d’une manière appropriée et en temps utile, à toutes les questions relatives à la protection des données, ne reçoit aucune instruction pour l’exercice de ses missions, ne peut être relevé de ses fonctions ou pénalisé pour celles-ci, fait directement rapport au niveau le plus élevé de la direction et peut être contacté par les personnes concernées sur toutes les questions relatives à leurs données et à leurs droits (art. 38, § 4).',
    },
    39: {
      title: 'Missions du délégué à la protection des données',
      summary: 'Le délégué à la protection des données informe et conseille le responsable ou le sous-traitant et les employés, contrôle le respect du règlement, dispense des conseils sur l’analyse d’impact et coopère avec l’autorité de contrôle, dont il est le point de contact.',
    },
    44: {
      title: 'Principe général applicable aux transferts',
      summary: 'Des données ne peuvent être transférées vers un pays tiers hors de l’EEE ou une organisation internationale que si les conditions du chapitre V (art. 44 à 49) sont respectées, afin que le niveau de protection garanti par le règlement ne soit pas compromis.',
    },
    45: {
      title: 'Transferts fondés sur une décision d’adéquation',
      summary: 'Un transfert peut avoir lieu sans autorisation spécifique vers un pays, un territoire, un secteur ou une organisation internationale dont la Commission européenne a constaté qu’il assure un niveau de protection adéquat (décision d’adéquation), comme la Suisse et le Japon ou les entreprises américaines certifiées au titre du cadre de protection des données UE-États-Unis (Data Privacy Framework). L’ancien « Privacy Shield » n’est plus une base de transfert depuis l’arrêt de la CJUE du 16 juillet 2020 (Schrems II).',
    },
    46: {
      title: 'Transferts moyennant des garanties appropriées',
      summary: 'En l’absence de décision d’adéquation, un transfert n’est possible qu’avec des garanties appropriées et si la personne dispose de droits opposables et de voies de droit effectives : par exemple les clauses contractuelles types (clauses types de protection des données) de la Commission, des règles d’entreprise contraignantes, ou un code de conduite ou une certification approuvés (art. 46, § 2).',
    },
    47: {
      title: 'Règles d’entreprise contraignantes',
      summary: 'Un groupe d’entreprises peut transférer des données en son sein au moyen de règles d’entreprise contraignantes, approuvées par l’autorité de contrôle compétente, juridiquement contraignantes pour chaque membre et conférant aux personnes des droits opposables.',
    },
    48: {
      title: 'Transferts ou divulgations non autorisés par le droit de l’Union',
      summary: 'Une décision d’une juridiction ou d’une autorité d’un pays tiers exigeant le transfert ou la divulgation de données ne peut être reconnue ou rendue exécutoire que sur la base d’un accord international, comme un traité d’entraide judiciaire.',
    },
    49: {
      title: 'Dérogations pour des situations particulières',
      summary: 'En l’absence de décision d’adéquation ou de garanties appropriées, un transfert n’est admis que dans des situations particulières, comme le consentement explicite de la personne après information sur les risques, la nécessité pour un contrat conclu avec elle ou dans son intérêt, des motifs importants d’intérêt public, la défense de droits en justice ou les intérêts vitaux. Ces dérogations sont d’interprétation stricte et ne conviennent pas aux transferts réguliers et systématiques.',
    },
    51: {
      title: 'Autorité de contrôle',
      summary: 'Chaque État membre prévoit une ou plusieurs autorités publiques indépendantes chargées de surveiller l’application du règlement : en France la CNIL, en Belgique l’Autorité de protection des données, au Luxembourg la CNPD. La Suisse n’est pas soumise au RGPD : la nLPD s’y applique, sous la surveillance du PFPDT.',
    },
    77: {
      title: 'Droit d’introduire une réclamation auprès d’une autorité de contrôle',
      summary: 'Toute personne qui considère que le traitement de ses données constitue une violation du règlement peut, sans préjudice de tout autre recours, introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de sa résidence habituelle, de son lieu de travail ou du lieu où la violation aurait été commise. L’autorité l’informe de l’état d’avancement et de l’issue.',
    },
    78: {
      title: 'Droit à un recours juridictionnel effectif contre une autorité de contrôle',
      summary: 'Toute personne peut former un recours juridictionnel contre une décision juridiquement contraignante d’une autorité de contrôle qui la concerne, ainsi que lorsque l’autorité ne traite pas sa réclamation ou ne l’informe pas dans un délai de trois mois de l’état d’avancement ou de l’issue. Le recours est porté devant les juridictions de l’État membre de l’autorité.',
    },
    79: {
      title: 'Droit à un recours juridictionnel effectif contre un responsable du traitement ou un sous-traitant',
      summary: 'Toute personne qui considère que ses droits au titre du règlement ont été violés peut agir en justice contre le responsable du traitement ou le sous-traitant, devant les juridictions de l’État membre de son établissement ou de la résidence habituelle de la personne, sauf si le responsable est une autorité publique agissant dans l’exercice de ses prérogatives de puissance publique.',
    },
    80: {
      title: 'Représentation des personnes concernées',
      summary: 'La personne peut mandater un organisme à but non lucratif actif dans le domaine de la protection des données pour introduire une réclamation ou agir en justice en son nom.',
    },
    82: {
      title: 'Droit à réparation et responsabilité',
      summary: 'Toute personne ayant subi un dommage matériel ou moral du fait d’une violation du règlement a le droit d’obtenir réparation du responsable du traitement ou du sous-traitant. Le sous-traitant ne répond que s’il n’a pas respecté ses propres obligations ou a agi en dehors des instructions licites du responsable ; aucun n’est responsable s’il prouve que le fait qui a provoqué le dommage ne lui est nullement imputable.',
    },
    83: {
      title: 'Conditions générales pour imposer des amendes administratives',
      summary: 'Les autorités de contrôle peuvent imposer des amendes effectives, proportionnées et dissuasives : jusqu’à 10 millions d’euros ou 2 % du chiffre d’affaires annuel mondial, le montant le plus élevé étant retenu, pour des violations comme celles des art. 8, 11 et 25 à 39 (art. 83, § 4), et jusqu’à 20 millions d’euros ou 4 % pour les violations des principes, des bases légales, des droits des personnes et des règles de transfert (art. 83, § 5).',
    },
    94: {
      title: 'Abrogation de la directive 95/46/CE',
      summary: 'La directive 95/46/CE, l’ancienne directive sur la protection des données, est abrogée avec effet au 25 mai 2018 ; les références à celle-ci s’entendent comme faites au règlement. Les formalités préalables auprès de la CNIL (déclarations et la plupart des autorisations) ont été supprimées à la même date ; la loi Informatique et Libertés, modifiée, complète désormais le RGPD sans s’y substituer.',
    },
    99: {
      title: 'Entrée en vigueur et application',
      summary: 'Le règlement est entré en vigueur le 24 mai 2016 et s’applique depuis le 25 mai 2018.',
    },
  },

  citation: {
    patterns: [
      // articles 15 à 22, art. 15 au 22
      'art(?:icle)?s?\\.? ?(?<article>\\d{1,2}) (?:à|au) (?<to>\\d{1,2})',
      // article 6, paragraphe 1, point f), art. 6, § 1, f), art. 6.1.f, article 6-1-f, article 6 (1) f), art. 4, point 11)
      'art(?:icle)?\\.? ?(?<article>\\d{1,2})(?:,? (?:paragraphe|§|par\\.|alinéa|al\\.) ?(?<paragraph>\\d{1,2})| ?\\((?<paragraph2>\\d{1,2})\\)|\\.(?<paragraph3>\\d{1,2})|-(?<paragraph4>\\d{1,2})|, point (?<paragraph5>\\d{1,2})\\)?)?(?:,? (?:point |sous |lettre )?\\(?(?<point>[a-j])\\)|\\.(?<point2>[a-j])(?![\\p{L}\\p{N}])|-(?<point3>[a-j])(?![\\p{L}\\p{N}]))?',
    ],
    ordinals: {},
    lawName: ',? (?:du |de la )?(?:RGPD|GDPR|règlement général sur la protection des données|règlement \\(UE\\) 2016/679|règlement(?! ?\\())',
    otherLaw: ',? (?:de la |du |des |de nos |de notre |de cette |de ces |de l\')(?!RGPD|GDPR|règlement général sur la protection des données|règlement \\(UE\\) 2016/679|règlement(?! ?\\())\\p{L}|,? (?:LIL|CPCE|LCEN|nLPD|LPD|CGU|CGV)(?![\\p{L}\\p{N}])',
  },
};
