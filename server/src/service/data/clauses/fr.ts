/**
 * French clauses. Terms follow the French text of the RGPD (responsable du traitement, personne
 * concernée, base légale, intérêts légitimes, autorité de contrôle); articles are cited as
 * "article 13, paragraphe 2, point b), du RGPD". The reader is addressed as "vous", the
 * controller speaks as "nous".
 */
import type { ClauseTable, RuleClause } from './types';

/** How a reader exercises any right, and the answer period of art. 12, § 3. */
const EXERCISE =
  'Pour exercer ce droit, vous pouvez nous contacter à {contact}. Nous vous répondrons dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de votre demande (article 12, paragraphe 3, du RGPD).';

const RIGHT = {
  access:
    '**Droit d’accès** (article 15 du RGPD) : vous avez le droit d’obtenir la confirmation que des données personnelles vous concernant sont ou ne sont pas traitées et, lorsqu’elles le sont, d’en obtenir une copie ainsi que des informations sur la manière dont nous les traitons.',
  rectification:
    '**Droit de rectification** (article 16 du RGPD) : vous avez le droit d’obtenir la rectification des données personnelles inexactes vous concernant et de faire compléter les données incomplètes.',
  erasure:
    '**Droit à l’effacement** (article 17 du RGPD) : vous avez le droit d’obtenir l’effacement de vos données personnelles, notamment lorsqu’elles ne sont plus nécessaires au regard des finalités pour lesquelles nous les avons collectées ou lorsqu’elles ont fait l’objet d’un traitement illicite. Ce droit ne s’applique pas lorsque nous sommes tenus de conserver les données, par exemple pour respecter une obligation légale ou pour la constatation, l’exercice ou la défense de droits en justice.',
  restriction:
    '**Droit à la limitation du traitement** (article 18 du RGPD) : vous avez le droit d’obtenir la limitation du traitement de vos données personnelles, notamment lorsque vous en contestez l’exactitude, le temps que nous la vérifiions, ou lorsque nous n’en avons plus besoin mais que vous en avez besoin pour faire valoir vos droits en justice. Les données ne font alors l’objet d’aucun traitement autre que leur conservation, sauf accord de votre part ou pour la constatation, l’exercice ou la défense de droits en justice, pour la protection des droits d’une autre personne ou pour des motifs importants d’intérêt public (article 18, paragraphe 2, du RGPD).',
  object:
    '**Droit d’opposition** (article 21 du RGPD) : lorsque nous traitons vos données personnelles sur le fondement de nos intérêts légitimes ou pour l’exécution d’une mission d’intérêt public, vous avez le droit de vous y opposer à tout moment, pour des raisons tenant à votre situation particulière. Nous cessons alors le traitement, à moins que nous ne démontrions qu’il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou que les données sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice. Vous pouvez vous opposer à tout moment, sans avoir à vous justifier, au traitement de vos données à des fins de prospection ; nous ne les utilisons alors plus à cette fin.',
  portability:
    '**Droit à la portabilité des données** (article 20 du RGPD) : lorsque nous traitons, à l’aide de procédés automatisés, des données personnelles que vous nous avez fournies sur le fondement de votre consentement ou d’un contrat conclu avec vous, vous avez le droit de recevoir ces données dans un format structuré, couramment utilisé et lisible par machine, et de les faire transmettre directement à un autre responsable du traitement lorsque cela est techniquement possible.',
  withdraw:
    '**Droit de retirer votre consentement** (article 7, paragraphe 3, du RGPD) : lorsque nous traitons vos données personnelles sur le fondement de votre consentement, vous pouvez retirer ce consentement à tout moment, aussi simplement que vous l’avez donné. Le retrait ne compromet pas la licéité du traitement effectué avant celui-ci.',
} as const;

const right = (prefix: string, label: string, title: string, text: string, article: string): RuleClause => ({
  prefix,
  label,
  description: `${label} de la personne concernée (${article} du RGPD) et comment l’exercer.`,
  title,
  blocks: [{ kind: 'paragraph', text }, { kind: 'paragraph', text: EXERCISE }],
  item: text,
  entry: true,
});

const TRANSFER_SCC =
  'Lorsqu’un destinataire est établi dans un pays situé hors de l’Espace économique européen (EEE) qui ne bénéficie pas d’une décision d’adéquation de la Commission européenne (article 45 du RGPD), nous ne lui transférons vos données personnelles que sur le fondement des clauses contractuelles types adoptées par la Commission européenne (décision d’exécution (UE) 2021/914 ; article 46, paragraphe 2, point c), du RGPD), complétées, si nécessaire, par des mesures supplémentaires de protection des données. Vous pouvez obtenir une copie de ces garanties en nous contactant à {contact}.';

const AUTOMATED = [
  '[[Nous ne prenons aucune décision fondée|Nous prenons des décisions fondées]] exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire (article 22 du RGPD).',
  '[Le cas échéant : la logique sous-jacente, l’importance et les conséquences prévues de ce traitement pour vous, ainsi que votre droit d’obtenir une intervention humaine, d’exprimer votre point de vue et de contester la décision.]',
] as const;

const COOKIES = [
  'Notre site utilise des cookies et des traceurs similaires. Nous déposons sans votre consentement les seuls cookies strictement nécessaires au fonctionnement du site. Nous ne déposons les autres cookies, tels que [les cookies de mesure d’audience et publicitaires], qu’avec votre consentement (article 82 de la loi Informatique et Libertés ; article 6, paragraphe 1, point a), du RGPD), que nous vous demandons au moyen de [notre bandeau cookies] lors de votre première visite.',
  'Vous pouvez retirer votre consentement ou modifier vos choix à tout moment, aussi simplement que vous les avez exprimés, au moyen de [la page de gestion des cookies accessible en bas de chaque page]. Le retrait ne compromet pas la licéité du traitement effectué avant celui-ci.',
] as const;

const CONSENT =
  'Nous vous demandons votre consentement avant de [traiter vos données personnelles pour cette finalité]. Votre consentement doit être libre, spécifique, éclairé et univoque, et vous le donnez par un acte positif clair, par exemple en cliquant sur « Accepter » dans [notre demande de consentement] (article 4, point 11), et article 7 du RGPD). Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné, au moyen de [la manière de le retirer, par exemple les paramètres de notre site] ou en nous contactant à {contact}. Le retrait ne compromet pas la licéité du traitement effectué avant celui-ci.';

const COMPLAINT_TITLE = 'Réclamation auprès d’une autorité de contrôle';

const BASES = '[[exécution d’un contrat (article 6, paragraphe 1, point b), du RGPD)|respect d’une obligation légale (article 6, paragraphe 1, point c), du RGPD)|intérêts légitimes (article 6, paragraphe 1, point f), du RGPD)|consentement (article 6, paragraphe 1, point a), du RGPD)]]';

export const fr: ClauseTable = {
  lang: 'fr',
  slots: {
    controller: '[nom de l’organisme]',
    contact: '[adresse électronique ou adresse postale]',
    date: '[date]',
  },
  complaint: {
    // The authority's name comes without an article, and French needs one that agrees with it
    // (l’Autorité, la Commission, le Commissaire): after a colon the name stands as it is.
    named:
      'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle au sujet du traitement de vos données personnelles (article 77 du RGPD). L’autorité de contrôle dont nous relevons est la suivante : {authorityName}, dont le site, {authorityWebsite}, explique comment introduire une réclamation. Vous pouvez également vous adresser à l’autorité de contrôle de l’État membre de l’Union européenne dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise.',
    uk: 'Vous avez le droit d’introduire une réclamation au sujet du traitement de vos données personnelles auprès de l’Information Commissioner’s Office (ICO), l’autorité de contrôle britannique (UK GDPR) ; son site, {authorityWebsite}, explique comment procéder.',
    eu: 'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle au sujet du traitement de vos données personnelles (article 77 du RGPD), en particulier dans l’État membre de l’Union européenne dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise. Le Comité européen de la protection des données recense les autorités de contrôle de tous les États membres sur son site, {authorityWebsite}.',
  },
  rules: {
    'controller-identity': {
      prefix: 'rgpd-responsable',
      label: 'Responsable du traitement et coordonnées',
      description: 'Qui est responsable du traitement des données et comment le joindre (article 13, paragraphe 1, point a), du RGPD).',
      title: 'Responsable du traitement et contact',
      blocks: [
        { kind: 'paragraph', text: '{controller} est le responsable du traitement de vos données personnelles décrit dans la présente politique de confidentialité.' },
        { kind: 'paragraph', text: 'Pour toute question sur la présente politique ou sur l’utilisation de vos données personnelles, ou pour exercer vos droits, vous pouvez nous contacter à {contact}.' },
      ],
      item: '{controller} est le responsable du traitement de vos données personnelles ; vous pouvez nous contacter à {contact}.',
    },
    purposes: {
      prefix: 'rgpd-finalites',
      label: 'Finalités du traitement',
      description: 'À quoi servent les données personnelles (article 13, paragraphe 1, point c), du RGPD).',
      title: 'Finalités du traitement',
      blocks: [
        { kind: 'paragraph', text: 'Nous traitons vos données personnelles pour les finalités suivantes :' },
        { kind: 'list', items: ['[première finalité, par exemple l’exécution de notre contrat avec vous] ;', '[deuxième finalité, par exemple la réponse à vos demandes].'] },
        { kind: 'paragraph', text: 'Si nous envisageons de traiter vos données personnelles pour une autre finalité, nous vous en informerons au préalable (article 13, paragraphe 3, du RGPD).' },
      ],
      item: 'Nous traitons vos données personnelles pour la finalité suivante : [finalité].',
    },
    'legal-basis': {
      prefix: 'rgpd-base-legale',
      label: 'Base légale',
      description: 'La base légale de chaque finalité (article 13, paragraphe 1, point c), et article 6, paragraphe 1, du RGPD).',
      title: 'Bases légales du traitement',
      blocks: [
        { kind: 'paragraph', text: 'Nous ne traitons vos données personnelles que lorsque le RGPD prévoit une base légale (article 6, paragraphe 1, du RGPD). Pour chaque finalité, la base légale est la suivante :' },
        { kind: 'list', items: ['[finalité] : [base légale, par exemple l’exécution de notre contrat avec vous, article 6, paragraphe 1, point b), du RGPD] ;', '[finalité] : [base légale, par exemple le respect d’une obligation légale à laquelle nous sommes soumis, article 6, paragraphe 1, point c), du RGPD].'] },
      ],
      item: 'La base légale de [finalité] est [base légale, par exemple l’exécution de notre contrat avec vous, article 6, paragraphe 1, point b), du RGPD].',
    },
    'data-categories': {
      prefix: 'rgpd-donnees',
      label: 'Catégories de données personnelles',
      description: 'Quels types de données personnelles sont traités (article 14, paragraphe 1, point d), du RGPD).',
      title: 'Les données que nous traitons',
      blocks: [
        { kind: 'paragraph', text: 'Nous traitons les catégories de données personnelles suivantes vous concernant :' },
        { kind: 'list', items: ['[catégorie de données, par exemple vos nom et coordonnées] ;', '[catégorie de données, par exemple vos données de commande et de paiement].'] },
      ],
      item: 'Nous traitons les données personnelles suivantes vous concernant : [catégories de données personnelles].',
    },
    recipients: {
      prefix: 'rgpd-destinataires',
      label: 'Destinataires',
      description: 'Qui reçoit les données personnelles (article 13, paragraphe 1, point e), du RGPD).',
      title: 'Destinataires de vos données',
      blocks: [
        { kind: 'paragraph', text: 'Nous ne communiquons vos données personnelles que lorsque cela est nécessaire aux finalités décrites dans la présente politique. Les destinataires ou catégories de destinataires suivants peuvent recevoir vos données :' },
        {
          kind: 'list',
          items: [
            'nos sous-traitants, qui traitent des données personnelles pour notre compte, tels que [nos prestataires d’hébergement et informatiques], dans le cadre d’un contrat qui les oblige à n’agir que sur nos instructions (article 28 du RGPD) ;',
            '[autre destinataire ou catégorie de destinataires, et la raison pour laquelle il reçoit les données] ;',
            'les autorités publiques, lorsque la loi nous oblige à leur communiquer des données personnelles.',
          ],
        },
      ],
      item: 'Nous communiquons vos données personnelles à [destinataire ou catégorie de destinataires] pour [finalité].',
    },
    retention: {
      prefix: 'rgpd-conservation',
      label: 'Durées de conservation',
      description: 'Combien de temps les données sont conservées, ou les critères qui fixent cette durée (article 13, paragraphe 2, point a), du RGPD).',
      title: 'Durée de conservation',
      blocks: [
        { kind: 'paragraph', text: 'Nous conservons vos données personnelles pendant les durées suivantes :' },
        { kind: 'list', items: ['[catégorie de données ou finalité] : [durée de conservation, par exemple deux ans après la fin de notre contrat avec vous] ;', '[catégorie de données ou finalité] : [durée de conservation].'] },
        { kind: 'paragraph', text: 'À l’expiration de ces durées, nous supprimons ou anonymisons vos données personnelles.' },
      ],
      item: 'Nous conservons [catégorie de données] pendant [durée de conservation, par exemple deux ans après la fin de notre contrat avec vous], puis nous les supprimons ou les anonymisons.',
    },
    'right-access': right('rgpd-droit-acces', 'Droit d’accès', 'Votre droit d’accès', RIGHT.access, 'article 15'),
    'right-rectification': right('rgpd-droit-rectification', 'Droit de rectification', 'Votre droit de rectification', RIGHT.rectification, 'article 16'),
    'right-erasure': right('rgpd-droit-effacement', 'Droit à l’effacement', 'Votre droit à l’effacement', RIGHT.erasure, 'article 17'),
    'right-restriction': right('rgpd-droit-limitation', 'Droit à la limitation du traitement', 'Votre droit à la limitation du traitement', RIGHT.restriction, 'article 18'),
    'right-object': right('rgpd-droit-opposition', 'Droit d’opposition', 'Votre droit d’opposition', RIGHT.object, 'article 21'),
    'right-portability': right('rgpd-droit-portabilite', 'Droit à la portabilité', 'Votre droit à la portabilité des données', RIGHT.portability, 'article 20'),
    'right-complaint': {
      prefix: 'rgpd-reclamation',
      label: 'Droit d’introduire une réclamation',
      description: 'Réclamation auprès de l’autorité de contrôle compétente (article 13, paragraphe 2, point d), et article 77 du RGPD).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
    },
    'automated-decisions': {
      prefix: 'rgpd-decision-automatisee',
      label: 'Décision automatisée',
      description: 'Si des décisions sont prises exclusivement par des moyens automatisés, y compris le profilage (article 13, paragraphe 2, point f), et article 22 du RGPD).',
      title: 'Décision automatisée et profilage',
      blocks: AUTOMATED.map((text) => ({ kind: 'paragraph', text })),
      item: AUTOMATED[0],
    },
    'statutory-requirement': {
      prefix: 'rgpd-caractere-obligatoire',
      label: 'Caractère obligatoire de la fourniture des données',
      description: 'Si la personne est tenue de fournir les données et ce qui se passe si elle ne le fait pas (article 13, paragraphe 2, point e), du RGPD).',
      title: 'Caractère obligatoire ou facultatif de la fourniture de vos données',
      blocks: [
        { kind: 'paragraph', text: 'La fourniture de vos données personnelles [[n’a pas de caractère réglementaire ou contractuel|a un caractère réglementaire|a un caractère contractuel|conditionne la conclusion d’un contrat avec nous]]. Lorsque nous vous demandons des données que vous êtes tenu de fournir, nous vous l’indiquons. Si vous ne les fournissez pas, [la conséquence, par exemple nous ne pourrons pas conclure ou exécuter le contrat avec vous].' },
      ],
      item: 'La fourniture de vos données personnelles [[n’a pas de caractère réglementaire ou contractuel|a un caractère réglementaire|a un caractère contractuel|conditionne la conclusion d’un contrat avec nous]] ; si vous ne les fournissez pas, [la conséquence].',
    },
    'right-withdraw-consent': {
      prefix: 'rgpd-retrait-consentement',
      label: 'Retrait du consentement',
      description: 'Le consentement peut être retiré à tout moment, aussi simplement qu’il a été donné (article 13, paragraphe 2, point c), et article 7, paragraphe 3, du RGPD).',
      title: 'Retrait de votre consentement',
      blocks: [
        { kind: 'paragraph', text: 'Lorsque nous traitons vos données personnelles sur le fondement de votre consentement, vous avez le droit de retirer ce consentement à tout moment (article 7, paragraphe 3, du RGPD). Il est aussi simple de le retirer que de le donner : il vous suffit de nous contacter à {contact}. Le retrait ne compromet pas la licéité du traitement effectué avant celui-ci.' },
      ],
      item: RIGHT.withdraw,
      entry: true,
    },
    'legitimate-interests': {
      prefix: 'rgpd-interets-legitimes',
      label: 'Intérêts légitimes',
      description: 'Les intérêts légitimes poursuivis, lorsque le traitement repose sur eux (article 13, paragraphe 1, point d), et article 6, paragraphe 1, point f), du RGPD).',
      title: 'Nos intérêts légitimes',
      blocks: [
        { kind: 'paragraph', text: 'Lorsque nous traitons vos données personnelles sur le fondement de nos intérêts légitimes (article 6, paragraphe 1, point f), du RGPD), ces intérêts sont les suivants : [les intérêts légitimes, par exemple la sécurité de notre site et la prévention de la fraude]. Nous ne nous fondons sur ces intérêts que si vos intérêts ou vos libertés et droits fondamentaux ne prévalent pas. Vous avez le droit de vous opposer à ce traitement (article 21 du RGPD).' },
      ],
      item: 'Nos intérêts légitimes pour ce traitement sont les suivants : [les intérêts légitimes, par exemple la sécurité de notre site et la prévention de la fraude].',
    },
    'transfer-safeguards': {
      prefix: 'rgpd-transferts-garanties',
      label: 'Garanties des transferts hors de l’EEE',
      description: 'Décisions d’adéquation et clauses contractuelles types pour les transferts vers des pays tiers (article 13, paragraphe 1, point f), articles 45 et 46 du RGPD).',
      title: 'Transferts hors de l’Espace économique européen',
      blocks: [{ kind: 'paragraph', text: TRANSFER_SCC }],
      item: TRANSFER_SCC,
    },
    'dpo-contact': {
      prefix: 'rgpd-dpo',
      label: 'Délégué à la protection des données',
      description: 'Coordonnées du délégué à la protection des données (article 13, paragraphe 1, point b), et article 37 du RGPD).',
      title: 'Notre délégué à la protection des données',
      blocks: [
        { kind: 'paragraph', text: 'Nous avons désigné un délégué à la protection des données (DPO, article 37 du RGPD). Vous pouvez le contacter pour toute question relative au traitement de vos données personnelles ou à l’exercice de vos droits à [adresse électronique ou adresse postale du délégué à la protection des données].' },
      ],
      item: 'Vous pouvez contacter notre délégué à la protection des données à [adresse électronique ou adresse postale du délégué à la protection des données].',
    },
    'data-sources': {
      prefix: 'rgpd-sources',
      label: 'Source des données',
      description: 'D’où proviennent les données qui n’ont pas été collectées auprès de la personne (article 14, paragraphe 2, point f), du RGPD).',
      title: 'Source des données',
      blocks: [
        { kind: 'paragraph', text: 'Lorsque nous ne collectons pas vos données personnelles directement auprès de vous, nous les obtenons auprès de sources externes, à savoir [source ou catégorie de sources, par exemple des registres publics tels que le registre du commerce et des sociétés]. Cela concerne [catégories de données personnelles].' },
      ],
      item: 'Nous obtenons également [catégories de données personnelles] auprès de sources externes, à savoir [source ou catégorie de sources, par exemple des registres publics tels que le registre du commerce et des sociétés].',
    },
    'last-updated': {
      prefix: 'rgpd-mise-a-jour',
      label: 'Date de la dernière mise à jour',
      description: 'Date de la dernière modification de la politique (article 12, paragraphe 1, du RGPD).',
      title: 'Modifications de la présente politique',
      blocks: [
        { kind: 'paragraph', text: 'La présente politique de confidentialité a été mise à jour pour la dernière fois le {date}. Nous pouvons la modifier, par exemple lorsque nos traitements de données personnelles évoluent ; la version en vigueur est toujours disponible ici. Si une modification vous affecte de manière significative, nous vous en informerons directement.' },
      ],
      item: 'La présente politique de confidentialité a été mise à jour pour la dernière fois le {date}.',
    },
    cookies: {
      prefix: 'rgpd-cookies',
      label: 'Cookies',
      description: 'Quels cookies exigent un consentement et comment il est recueilli et retiré (article 82 de la loi Informatique et Libertés ; article 6, paragraphe 1, point a), et article 7 du RGPD).',
      title: 'Cookies',
      blocks: COOKIES.map((text) => ({ kind: 'paragraph', text })),
      item: COOKIES.join(' '),
    },
    'transfers-statement': {
      prefix: 'rgpd-transferts',
      label: 'Transferts hors de l’EEE',
      description: 'Si les données personnelles quittent l’Espace économique européen (article 13, paragraphe 1, point f), du RGPD).',
      title: 'Lieu de traitement de vos données',
      blocks: [
        { kind: 'paragraph', text: 'Nous traitons et hébergeons vos données personnelles au sein de l’Espace économique européen (EEE). [Si un destinataire est établi hors de l’EEE : le pays, et la décision d’adéquation ou les clauses contractuelles types qui encadrent le transfert.]' },
      ],
      item: 'Nous traitons et hébergeons vos données personnelles au sein de l’Espace économique européen (EEE). [Si un destinataire est établi hors de l’EEE : le pays, et la décision d’adéquation ou les clauses contractuelles types qui encadrent le transfert.]',
    },
  },
  rewrites: {
    'implied-consent': CONSENT,
    'vague-retention':
      'Nous conservons [catégorie de données] pendant [durée de conservation, par exemple deux ans] à compter de [l’événement qui fait courir le délai, par exemple la fin de notre contrat avec vous], puis nous les supprimons ou les anonymisons.',
  },
  extras: {
    'rights-all': {
      prefix: 'rgpd-droits',
      label: 'Tous les droits de la personne concernée',
      description: 'Accès, rectification, effacement, limitation, opposition, portabilité, retrait du consentement et réclamation (articles 7, paragraphe 3, 15 à 21 et 77 du RGPD).',
      title: 'Vos droits',
      blocks: [
        { kind: 'paragraph', text: 'Vous disposez des droits suivants sur vos données personnelles :' },
        { kind: 'list', items: [RIGHT.access, RIGHT.rectification, RIGHT.erasure, RIGHT.restriction, RIGHT.object, RIGHT.portability, RIGHT.withdraw] },
        { kind: 'paragraph', text: 'Pour exercer ces droits, vous pouvez nous contacter à {contact}. En cas de doute raisonnable sur votre identité, nous pouvons vous demander des informations supplémentaires pour la confirmer (article 12, paragraphe 6, du RGPD). L’exercice de vos droits est gratuit. Nous vous répondrons dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de votre demande ; compte tenu de la complexité et du nombre de demandes, ce délai peut être prolongé de deux mois, auquel cas nous vous en informerons dans le premier mois (article 12, paragraphe 3, du RGPD).' },
        { kind: 'paragraph', text: '{complaint}' },
      ],
      item: 'Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation du traitement et d’opposition, ainsi que d’un droit à la portabilité de vos données (articles 15 à 21 du RGPD) ; pour les exercer, vous pouvez nous contacter à {contact}.',
    },
    'complaint-nl': {
      prefix: 'rgpd-reclamation-nl',
      label: 'Réclamation : autorité néerlandaise',
      description: 'Réclamation auprès de l’Autoriteit Persoonsgegevens (article 77 du RGPD).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'nl',
    },
    'complaint-be': {
      prefix: 'rgpd-reclamation-be',
      label: 'Réclamation : Autorité de protection des données (Belgique)',
      description: 'Réclamation auprès de l’Autorité de protection des données belge (article 77 du RGPD).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'be',
    },
    'complaint-uk': {
      prefix: 'rgpd-reclamation-uk',
      label: 'Réclamation : Information Commissioner’s Office (Royaume-Uni)',
      description: 'Réclamation auprès de l’ICO (UK GDPR).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'uk',
    },
    'complaint-eu': {
      prefix: 'rgpd-reclamation-ue',
      label: 'Réclamation : toute autorité de contrôle de l’UE',
      description: 'Réclamation dans l’État de résidence, de travail ou de la violation (article 77 du RGPD).',
      title: COMPLAINT_TITLE,
      blocks: [{ kind: 'paragraph', text: '{complaint}' }],
      item: '{complaint}',
      authority: 'eu',
    },
    'retention-fixed': {
      prefix: 'rgpd-conservation-duree',
      label: 'Conservation : durée fixe',
      description: 'Une durée de conservation fixe à compter d’un événement déterminé (article 13, paragraphe 2, point a), du RGPD).',
      title: 'Durée de conservation',
      blocks: [
        { kind: 'paragraph', text: 'Nous conservons [catégorie de données] pendant [nombre] [[mois|ans]] à compter de [l’événement qui fait courir le délai, par exemple la fin de notre contrat avec vous]. À l’expiration de ce délai, nous supprimons ou anonymisons les données.' },
      ],
      item: 'Nous conservons [catégorie de données] pendant [nombre] [[mois|ans]] à compter de [l’événement qui fait courir le délai], puis nous les supprimons.',
    },
    'retention-criteria': {
      prefix: 'rgpd-conservation-criteres',
      label: 'Conservation : critères',
      description: 'Les critères qui fixent la durée de conservation lorsqu’aucune durée fixe ne peut être indiquée (article 13, paragraphe 2, point a), du RGPD).',
      title: 'Durée de conservation',
      blocks: [
        { kind: 'paragraph', text: 'Lorsque nous ne pouvons pas indiquer de durée fixe, nous la déterminons selon les critères suivants :' },
        {
          kind: 'list',
          items: [
            'la durée de notre relation avec vous : nous conservons [catégorie de données] jusqu’à [l’événement qui met fin à la finalité, par exemple la fermeture de votre compte] ;',
            'les obligations légales de conservation auxquelles nous sommes soumis, notamment en matière comptable et fiscale ;',
            'les délais de prescription des actions en justice, lorsque les données nous sont nécessaires à la constatation, à l’exercice ou à la défense de nos droits.',
          ],
        },
        { kind: 'paragraph', text: 'Lorsque aucun de ces critères n’impose de conserver plus longtemps les données, nous les supprimons ou les anonymisons dans un délai de [délai].' },
      ],
      item: 'Nous conservons [catégorie de données] jusqu’à [l’événement qui met fin à la finalité], puis nous les supprimons dans un délai de [délai].',
    },
    'retention-statutory': {
      prefix: 'rgpd-conservation-legale',
      label: 'Conservation : obligation légale (Code de commerce)',
      description: 'La conservation pendant dix ans des documents comptables et pièces justificatives en France (article L. 123-22 du Code de commerce).',
      title: 'Durées légales de conservation',
      blocks: [
        { kind: 'paragraph', text: 'La loi nous oblige à conserver nos documents comptables et les pièces justificatives, y compris les factures et les données personnelles qu’elles contiennent, pendant dix ans (article L. 123-22 du Code de commerce). Nous conservons les données personnelles figurant dans ces documents pendant cette durée, en accès restreint, puis nous les supprimons.' },
      ],
      item: 'Nous conservons les données personnelles figurant dans nos documents comptables, tels que les factures, pendant dix ans, comme l’exige l’article L. 123-22 du Code de commerce.',
    },
    'legal-basis-table': {
      prefix: 'rgpd-tableau-bases-legales',
      label: 'Tableau des bases légales',
      description: 'Finalité, données, base légale et durée de conservation côte à côte (article 13, paragraphe 1, point c), et paragraphe 2, point a), du RGPD).',
      title: 'Pourquoi nous utilisons vos données',
      blocks: [
        { kind: 'paragraph', text: 'Le tableau ci-dessous indique, pour chaque finalité, les données personnelles que nous utilisons, la base légale du traitement et leur durée de conservation.' },
        {
          kind: 'table',
          header: ['Finalité', 'Données personnelles', 'Base légale', 'Durée de conservation'],
          rows: [
            ['[finalité]', '[catégories de données personnelles]', BASES, '[durée de conservation]'],
            ['[finalité]', '[catégories de données personnelles]', BASES, '[durée de conservation]'],
          ],
        },
      ],
      item: '[finalité] : [catégories de données personnelles] ; base légale : [base légale] ; durée de conservation : [durée de conservation].',
    },
    'controller-contact': {
      prefix: 'rgpd-responsable-coordonnees',
      label: 'Responsable du traitement et coordonnées complètes',
      description: 'Nom, adresse, numéro d’immatriculation et coordonnées du responsable du traitement (article 13, paragraphe 1, point a), du RGPD).',
      title: 'Responsable du traitement et contact',
      blocks: [
        { kind: 'paragraph', text: 'Le responsable du traitement de vos données personnelles est :' },
        { kind: 'list', items: ['{controller}', '[adresse postale]', '[numéro d’immatriculation, par exemple RCS et SIREN]', 'Contact : {contact}'] },
        { kind: 'paragraph', text: 'Pour toute question sur la présente politique ou pour exercer vos droits, vous pouvez nous contacter à {contact}.' },
      ],
      item: '{controller}, [adresse postale], est le responsable du traitement de vos données personnelles ; vous pouvez nous contacter à {contact}.',
    },
    'transfers-scc': {
      prefix: 'rgpd-transferts-clauses-types',
      label: 'Transferts : clauses contractuelles types',
      description: 'Transferts vers des pays tiers sur le fondement des clauses contractuelles types de 2021 (article 46, paragraphe 2, point c), du RGPD, décision d’exécution (UE) 2021/914).',
      title: 'Transferts hors de l’Espace économique européen',
      blocks: [
        { kind: 'paragraph', text: 'Certains destinataires de vos données personnelles sont établis hors de l’Espace économique européen (EEE), à savoir [destinataires et pays].' },
        { kind: 'paragraph', text: TRANSFER_SCC },
      ],
      item: TRANSFER_SCC,
    },
    'transfers-adequacy': {
      prefix: 'rgpd-transferts-adequation',
      label: 'Transferts : décision d’adéquation',
      description: 'Transfert vers un pays dont la Commission européenne a reconnu le niveau de protection adéquat (article 45 du RGPD).',
      title: 'Transferts hors de l’Espace économique européen',
      blocks: [
        { kind: 'paragraph', text: 'Nous transférons vos données personnelles à [destinataire] en [pays]. La Commission européenne a constaté que [pays] assure un niveau de protection adéquat des données personnelles (décision d’adéquation, article 45 du RGPD) ; ce transfert ne requiert donc pas de garanties supplémentaires.' },
      ],
      item: 'Nous transférons vos données personnelles à [destinataire] en [pays], qui bénéficie d’une décision d’adéquation de la Commission européenne (article 45 du RGPD).',
    },
    consent: {
      prefix: 'rgpd-consentement',
      label: 'Recueil du consentement',
      description: 'Un consentement valable : libre, spécifique, éclairé, univoque et aussi simple à retirer qu’à donner (article 4, point 11), et article 7 du RGPD).',
      title: 'Votre consentement',
      blocks: [{ kind: 'paragraph', text: CONSENT }],
      item: CONSENT,
    },
  },
  jurisdiction: {
    cues: [
      { authority: 'be', cues: ['Autorité de protection des données', 'APD', 'Belgique', 'autoriteprotectiondonnees\\.be'] },
      { authority: 'fr', cues: ['CNIL', 'Commission nationale de l\'informatique et des libertés', 'France'] },
      { authority: 'nl', cues: ['Autoriteit Persoonsgegevens'] },
      { authority: 'uk', cues: ["Information Commissioner'?s Office", 'UK GDPR', 'Royaume-Uni'] },
    ],
    // Most French-language notices come from organisations in France, which answer to the CNIL.
    fallback: 'fr',
  },
  unfilled: 'Cet espace réservé d’une clause insérée doit encore être complété avant la publication de la politique : {placeholder}.',
  dateLocale: 'fr-FR',
  aliasIntro: ['ci-après', 'ci-dessous', '« nous »', '"nous"'],
};
