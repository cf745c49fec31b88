/**
 * French (France, Belgium, Switzerland, Luxembourg): how notices in French phrase the RGPD's
 * transparency items. Cue phrases follow the French text of the RGPD ("responsable du
 * traitement", "droit d'opposition", "intérêts légitimes", "introduire une réclamation auprès
 * d'une autorité de contrôle") and the ways French notices commonly paraphrase it, including the
 * "Informatique et Libertés" mentions of French public-sector notices. Elided articles ("l'",
 * "d'") need nothing special: an apostrophe is not a letter, so a cue matches right after one,
 * and a cue that ends in one ("qu'") runs straight into the next word (see match.ts).
 */
import type { LanguageTable } from './types';

const MONTHS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec'];

/**
 * The law given as the reason ("weil das Steuerrecht es verlangt"): a legal obligation as the
 * basis of what the sentence does, or, said of keeping data, the ground of its retention period
 * (a retention criterion, which names no basis: see retention.statutory).
 */
const LAW_REASON = "(la loi|la réglementation|la législation|le code) ((?!ne )\\S+ ){0,5}(nous |me |m'|l')(y |l')?(oblige|impose|contraint|exige)\\w*";

/**
 * Before a country outside the EEA: no transfer in a sentence about goods, customers or offices
 * ("livrés en Suisse", "nos clients au Canada"), unless a word for data comes between, or just
 * before the customers ("les données de nos clients sont hébergées au Canada").
 */
const TRADE = '(?<!(?<!(donn|inform|coordonn|adress)\\S*\\x20(\\S+\\x20){0,3})(?<![\\p{L}\\p{N}])((livr|expédi|export|vend)\\w*|(client|bureau|succursale|filiale)s?|bureaux|clientèle)\\x20((?!donn|inform|coordonn|adress|service|prestataire|fournisseur|logiciel|serveur|héberg|cloud)\\S+\\x20){0,8})';

/**
 * A point of Art. 6(1) as French notices cite it: "article 6, paragraphe 1, point f)",
 * "art. 6.1.f", "article 6-1-f", "article 6 (1) f)", "art. 6, § 1, f)", "article 6-f".
 */
/**
 * Before a number of years: an age ("si tu as moins de 18 ans", "mineurs de moins de 15 ans") is no
 * retention period. Fixed strings at the top level only: the editor grammar's Oniguruma takes no
 * quantifier or nested alternative inside a look-behind. Each starts at a space or an apostrophe:
 * "âgé de" would otherwise meet "un archivage de 10 ans" (accents are folded).
 */
const NOT_AGE = `(?<!${[' tu as', ' vous avez', ' âgé de', ' âgés de', ' âgée de', ' âgées de', "l'âge de", ' mineurs de', ' de moins de', ' tu as moins de', ' vous avez moins de', ' tu as plus de', ' vous avez plus de'].map((w) => `${w.replace(/ /g, '\\x20')}\\x20`).join('|')})`;
/** Before an event that ends a period: "quelques années après le départ" fixes no period. */
const NOT_VAGUE = '(?<!((quelques|plusieurs)\\x20(années|ans|mois|semaines|jours)|nécessaire)\\x20)';

const art6 = (point: string): string =>
  `art(icle)?s?\\.? ?6(\\.1|-1| ?\\(1\\)|, (paragraphe|§|par\\.) ?1,?)?(\\.|-| |, | \\(|\\()(point |sous |lettre )?${point}\\)?`;

export const fr: LanguageTable = {
  lang: 'fr',
  lawName: 'RGPD',
  eurLexLang: 'FR',
  // The official form is "article 13, paragraphe 2, point b)"; messages use its usual short form
  // "art. 13, § 2, b)". The definitions of Art. 4 are numbered points: "art. 4, point 11)".
  cite: (article, paragraph, point) =>
    article === 4 && paragraph !== undefined
      ? `art. 4, point ${paragraph})`
      : `art. ${article}${paragraph ? `, § ${paragraph}` : ''}${point ? `, ${point})` : ''}`,
  stopwords: ['le', 'la', 'les', 'des', 'et', 'est', 'vous', 'vos', 'votre', 'nous', 'notre', 'nos', 'pour', 'dans', 'une', 'sur', 'par', 'qui', 'que', 'sont', 'être', 'pas', 'avec', 'données', 'ou', 'au', 'aux', 'du', 'ces', 'leur'],

  noticeTitle: [
    'politique (de |relative à la )?(confidentialité|protection des données( personnelles| à caractère personnel)?|vie privée|gestion des données personnelles|données personnelles)',
    '(déclaration|charte|notice|avis|mentions?) (de |d\'information |relatives? à la )?(confidentialité|protection des données|vie privée)',
    'protection des (données|informations) (personnelles|à caractère personnel)',
    'données (personnelles|à caractère personnel)',
    'vie privée',
    'confidentialité',
    'informatique et libertés',
    'RGPD',
  ],
  noticeVocabulary: ['données (personnelles|à caractère personnel)', 'RGPD', 'règlement général sur la protection des données', 'protection des données', 'responsable (du|de) traitement', 'base (légale|juridique)', 'intérêts? légitimes?', 'consentement', 'durée de conservation', 'conserv\\w*', 'vos droits', "droit d'accès", 'CNIL', 'autorité de contrôle', 'traitement', 'cookies?', 'confidentialité', 'Informatique et Libertés', 'personnes? concernées?'],

  // "ne" alone is left out: "nous ne transmettons vos données qu'à..." restricts, it does not deny.
  negation: ['pas', 'jamais', 'aucun\\w*', 'nul(le)?', 'ni', 'sans', 'rien', 'nullement'],
  // "ne … plus" and "ne … point" deny only with their "ne": "plus de trois ans" does not.
  negationAfter: { opener: ['ne', "n'"], closer: ['pas', 'jamais', 'plus', 'point', 'guère', 'aucun\\w*', 'rien', 'nullement'], inside: ['pas', 'jamais', 'point', 'aucun\\w*', 'rien', 'nullement'], clauseEnd: ['que', "qu'", 'qui', 'dont', 'et', 'ou'],
    needless: ["(n'est|ne sera|ne sont|ne seront) (pas|jamais|nullement) (\\S+ )?(nécessaire|requis|obligatoire|exigé|demandé|sollicité|recueilli)e?s?"],
    // "ne … plus que" restricts ("nous ne transférons plus vos données qu'à ..."): not "ne … plus les données que vous ...".
    sentence: ["(ne |n')(\\S+ ){1,2}(plus|point|guère)(?! (\\S+ ){0,3}qu(e |')(?!(vous|nous|tu|ils?|elles?|on) |j'))"] },
  without: ['sans'],
  negationBreak: ['sauf', 'excepté', 'hormis', 'à moins', 'mais', 'toutefois', 'cependant', 'néanmoins', 'uniquement', 'seulement', 'si', "s'", 'lorsque', "lorsqu'", 'quand', 'à condition', 'sous réserve', "à l'exception", 'en dehors (de ce cas|de ces cas|des cas|de cela)', 'sans (avoir à )?(vous )?(justifi|motiv)\\w*'],
  answerNo: ['non'],
  relative: { pronoun: ['qui', 'que', "qu'", 'dont'], infinitive: ['de', "d'", 'à', 'pour'] },
  self: ['nous', 'je', 'notre', 'nos', 'nôtres?'],
  reader: ['vous', 'votre', 'vos', 'vous-même', 'tu', 'toi', 'tes', 'te', 'personnes? concernées?', 'utilisat(eur|rice)s?', 'usagers?', 'clients?', 'visiteurs?', 'membres?', 'adhérent(e)?s?', 'internautes?', 'abonné(e)?s?', 'candidat(e)?s?', 'patient(e)?s?', 'bénéficiaires?', 'chacun', 'toute personne'],
  // The law is the subject of a generic statement only with a verb of duty ("le RGPD impose aux
  // organismes..."): "article 7 de la loi Informatique et Libertés" cites the law, and "le RGPD
  // vous confère les droits suivants" speaks to the reader.
  genericSubject: ['les organismes', 'les entreprises', 'les sociétés', 'les responsables (du|de|des) traitements?', 'tout responsable (du|de) traitement', 'tout organisme', '(le RGPD|le règlement|la loi|la réglementation) (impose|prévoit|exige|oblige|dispose|définit|encadre|requiert|interdit|autorise|permet aux)'],

  topics: {
    controller: ['contact\\w*', '(nous|me) contacter', 'qui (sommes-nous|suis-je)', 'qui est responsable', 'responsables? (du|de|des) (traitements?|la collecte)', 'responsable', 'identité', 'coordonnées', 'éditeur', 'adresse', 'questions'],
    purposes: ['finalités?', 'pour ?quoi', 'dans quel but', 'objectifs?', 'à quoi ((ça|cela|elles|ils) )?ser(t|vent)', 'utilisation (de |des )?(vos )?(données|informations)', 'usage (de |des )?(vos )?(données|informations)', 'que (faisons-nous|fais-je)', "ce que (nous |je |j')en (faisons|fais)", 'ce qu.on en fait', 'traitements? (de|des) (vos )?données'],
    // "Qu'est-ce qui nous autorise à traiter ces données ?" heads the legal basis in French public-sector notices.
    'legal-basis': ['bases? (légales?|juridiques?)', 'fondements?', 'licéité', 'sur quelle base', "qu'est-ce qui (nous |vous |m')?(autorise|permet)"],
    data: ['données (collectées|traitées|recueillies|concernées|personnelles|à caractère personnel)', 'quelles données', 'catégories de données', 'informations (collectées|recueillies|que nous collectons)', 'collecte'],
    recipients: ['destinataires?', 'partage\\w*', 'communication (des|de vos) données', 'transmission\\w*', 'tiers', 'sous-traitan\\w*', 'prestataires?', 'qui (a|aura|va avoir|peut avoir) accès', 'qui (reçoit|voit|obtient) (vos|tes|mes|ces|votre|ton|ta|les données)', 'qui (les|y) (reçoit|voit|a accès)', 'accès aux données'],
    retention: ['combien de temps', 'durées?', 'conserv\\w*', 'archivage', 'suppression'],
    rights: ['(vos )?droits?', 'exercer', 'que (pouvez|peux)-(vous|tu) (\\S+ ){0,3}(demander|faire)', 'ce que (vous|tu) (pouvez|peux) (faire|demander)', 'puis-je (\\S+ ){0,3}(voir|consulter|accéder|obtenir|modifier|rectifier|supprimer|effacer)', 'comment (je fais|faire|on fait) pour (\\S+ ){0,3}(voir|consulter|accéder|obtenir|modifier|rectifier|corriger|supprimer|effacer)', 'exercice', 'personnes concernées', 'vos choix'],
    complaint: ['réclamations?', 'plaintes?', 'CNIL', 'autorité de contrôle', 'recours'],
    automated: ['automatisée?s?', 'profilage', 'intelligence artificielle', 'décisions?'],
    transfers: ['transferts?', "(hors|en dehors) (de )?(l'|la )?(UE|EEE|Union)", 'international\\w*', 'pays tiers'],
    dpo: ['délégu(é|ée)s? (à|de) la protection des données', 'DPO', 'DPD'],
    sources: ['sources?', 'origine', 'provenance', "d'où (viennent|proviennent)", 'collecte indirecte'],
    cookies: ['cookies?', 'traceurs?', 'témoins', "mesure d'audience", 'statistiques'],
    changes: ['modifications?', 'mises? à jour', 'évolutions?', 'version', 'changements?'],
    consent: ['consentement'],
  },

  controller: {
    // No bare "SA" or "SC": the matcher ignores case, and "sa" is a common word.
    organisation: ['S\\.A\\.', 'S\\.A\\.S\\.?', 'SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCI', 'SCOP', 'SCIC', 'SPRL', 'SRL', 'ASBL', 'a\\.s\\.b\\.l\\.?', 'GIE', 'Sàrl', 'association', 'fondation', 'fédération', 'mutuelle', 'société', 'entreprise', 'université', 'école', 'institut', 'ministères?', 'direction', 'service public', 'SPF', 'commune', 'mairie', 'ville de', 'département', 'région', 'établissement', 'agence', 'cabinet', 'collectivité', 'responsables? (du|de) (traitement|la collecte|ce traitement)', 'RCS', 'SIRET', 'SIREN', "numéro d'entreprise", "numéro d'identification", 'BCE', 'IDE', 'immatriculée?', 'siège social', 'au capital de', 'nous sommes', 'je suis', 'édité par', 'exploité par', '(site|application) (\\S+ ){0,3}(appartient à|géré par|administré par)', 'représentée? par', 'entrepreneur individuel', "(c'est|je (tiens|gère|dirige)) (le|la|l'|un|une|notre|mon|ma) (\\S+ ){0,2}(shop|salon|studio|atelier|boutique|librairie|institut|magasin|restaurant|café|garage|commerce|cabinet)", '(auto|micro)-?entrepreneur', 'EI', "c'est moi", '(établie?|installée?|domiciliée?) à'],
    // The controller's address, not the reader's: "vos nom et adresse postale" is a data category.
    channel: ['formulaire de contact', 'formulaire (en ligne|web)', "(notre|à notre|l'|à l'|son|sa|leur|ou) adresse postale", 'adresse postale ?:', 'par (courrier|voie postale|écrit|lettre)', 'courrier postal', 'siège social', 'BP ?\\d+', 'boîte postale', 'CS ?\\d+', 'rue', 'avenue', 'boulevard', 'chaussée', 'impasse', 'allée', 'quai', '\\d+,? (place|chemin|route|cours|square)', 'F-\\d{5}', 'B-\\d{4}', 'CH-\\d{4}', 'L-\\d{4}', '\\d{5} [A-Z][\\w-]+', 'téléphone', 'tél\\.?', "(nous|m') ?écrire", '(écrivez|appelez)-(nous|moi)'],
  },
  purposes: [
    'finalités?',
    '(nous les|je les) (utilisons|utilise|traitons|traite) (\\S+ ){0,2}(pour|afin)',
    "nous (utilisons|traitons|collectons|conservons|recueillons|exploitons) (vos |ces |les |des |vos |certaines )?(données|informations|coordonnées)\\w* (\\S+ ){0,3}(pour|afin de|afin d'|dans le but|en vue|dans le cadre)",
    // A business that speaks of itself in the third person: "L'Auto-École du Centre utilise vos données uniquement pour ...".
    "(utilise|traite|collecte|recueille|exploite)n?t? (vos |ces |les |des |certaines )?(données|informations|coordonnées)\\w* (\\S+ ){0,5}(pour|afin de|afin d'|dans le but|en vue|dans le cadre)",
    'utilisée?s? (pour|afin de|afin d\'|dans le but)',
    'afin de',
    "afin d'",
    // Aims listed as bare infinitives under "Pourquoi": "Gérer votre réservation, vous envoyer les codes ...".
    "(gérer|traiter|organiser|envoyer|établir|fournir|assurer|suivre|facturer|livrer|préparer|exécuter|tenir) (votre |vos |les |la |le |l'|nos |notre )(\\S+ ){0,4}\\S+, (vous |nous |les |l')?(gérer|traiter|organiser|envoyer|établir|fournir|assurer|suivre|facturer|livrer|répondre|préparer|exécuter|tenir|déclarer|informer|contacter|appeler|convoquer|proposer|inviter)",
    'dans le but de',
    "(pour|afin) qu(e |')(\\S+ ){0,3}(reçoiv|puiss)(e|ent|ions)",
    "(ça|cela|ceci|elles|ils|ces (données|informations|renseignements|coordonnées)) (nous|me) (permet|permettent) (de|d')",
    "(ça|cela|ceci|elles|ils|(ce|cette|ces) (?!page)\\S+) (nous |me |m')?(sert|servent|servira|serviront|aide|aident) (uniquement |seulement |surtout )?(à|a) (?!rien)\\S+",
    'en vue de',
    "en vue d'",
    'pour (gérer|traiter|répondre|vous|assurer|permettre|fournir|améliorer|planifier|éviter|préparer|envoyer|établir|réaliser|effectuer|organiser|suivre|respecter|mesurer|lutter|prévenir|sécuriser|facturer|livrer|informer|analyser|produire|instruire)',
    // The CNIL's model wording: "enregistrées dans un fichier informatisé par [X] pour [la gestion de...]".
    "(pour|nécessaires à) (la |le |les |l')(gestion|envoi|fourniture|traitement|suivi|organisation|réalisation|exécution|instruction|amélioration|prospection|facturation|livraison|sécurité|sécurisation|prévention|mesure|création|tenue|réponse|constitution|production|établissement)",
    // "Ces notes sont indispensables pour construire un accompagnement adapté"
    '(nécessaire|indispensable)s? pour \\S+(er|ir|re)',
    'ont pour (objet|objectif|but|finalité)',
    'a pour (objet|objectif|but|finalité)',
    'servent (uniquement |exclusivement |notamment )?à',
    "(ne )?(servent|sont utilisées|sont traitées|sont collectées|sont recueillies) qu'(à|pour|aux fins|afin)",
    "à des fins (de|d')",
    'aux fins (de|du|des)',
    "aux fins d'",
    'destinée?s? à',
    'pourquoi nous (collectons|traitons|utilisons)',
    // A FAQ's question over its answer in the same paragraph: "**Q : À quoi ça sert ?** R : À vous mettre en relation ...".
    'à quoi (ça |cela )?(sert|servent)',
    'pour ?quoi ?:',
  ],
  purposeOpen: ["((te|vous|nous|les) |[tml]')?[\\p{L}\\p{N}]+(er|ir)"],
  purposeLink: ["pour (?!(exécuter|l'exécution d\\S*) (\\S+ ){0,2}contrat|(nos|notre) intérêts? légitimes?)\\w+", 'afin (de|que)', "afin (d|qu)'", 'dans le but de', 'en vue de', "en vue d'", 'de manière à', 'à des fins de', "à des fins d'", 'aux fins (de|du|des)', "aux fins d'", 'tel(le)?s? que', 'notamment', 'à savoir', 'consistant à', 'pour (la|le|les) (gestion|fourniture|prévention|lutte|sécurité|réalisation|envoi|mesure|amélioration|prospection|facturation|statistiques?)'],
  dataCategories: ['factures', 'noms?', 'prénoms?', 'nom de famille', 'adresses? (e-?mail|électroniques?|mail|courriel|postales?|IP)', 'e-?mail', 'courriel', 'numéros? de téléphone', 'téléphone', 'adresses?', 'date de naissance', 'âge', 'sexe', 'genre', 'identifiants?( de connexion)?', 'données de (connexion|navigation|localisation|paiement|santé|facturation|contact|identification|profil)', 'coordonnées( bancaires)?', 'RIB', 'IBAN', 'numéro de carte', 'carte bancaire', 'mots? de passe', 'photos?', 'photographies?', 'images?', 'numéro de sécurité sociale', 'NIR', "pièce d'identité", 'numéro fiscal', 'situation (familiale|professionnelle)', 'profession', 'fonction', 'employeur', "historique (d'achats?|des commandes)", 'cookies?', 'catégories de données', 'les données (personnelles )?suivantes', 'données (que nous collectons|collectées|traitées)', 'nationalité', 'signature', 'curriculum vitae', 'CV', 'enregistrements? (vidéo|de (la )?vidéo\\w*)', "(plaques?|numéros?) d'immatriculation"],
  service: ["(nous utilisons|j'utilise) (\\S+ ){1,3}pour (envoyer|héberger|l'envoi|(les )?paiements)", "(newsletters?|paiements?|site) (\\S+ ){0,4}(envoyée?s?|traitée?s?|gérée?s?|hébergée?s?) (par|via|chez) \\S+", "(adresses?|e-mails?|coordonnées) (\\S+ ){0,4}(enregistrée?s?|stockée?s?) (dans|chez|sur) \\S+"],
  nobody: ['(à |avec )?personne', '(moi|nous)(-même)? seule?s?', '(seulement|uniquement) (moi|nous)', '(seul(e|s|es)?|uniquement) (le|la|les|l\'|notre|nos) ?(\\S+ )?\\S+'],
  recipients: [
    'destinataires?',
    // A heading "À qui les transmettons-nous ?", "A QUI ON LES DONNE", over its answer.
    'à qui (\\S+ ){0,2}(transm|communiqu|donn|partag)\\w*',
    'tiers',
    'sous-traitants?',
    'prestataires?',
    'fournisseurs?',
    'partenaires?',
    '((nous )?(partageons|communiquons|transmettons|divulguons|cédons|vendons|louons)|(je |ne )(partage|communique|transmets|divulgue|cède|vends|loue)) (vos |ces |les |des |aucune )*(données|informations)',
    'transmis(es?)? (à|aux)',
    '(la|les|ces|leur) (donnons|donne|donnent|passons|passe|confions|confie) (\\S+ ){0,2}(à|aux)',
    '(transmet|transmettent|transmettons|communique|communiquent|communiquons|(?<!nous\\x20)(transmettre|communiquer)) (la|les) (listes?|fichiers?) (\\S+ ){0,4}(à|aux)',
    'reçoi(t|vent) (vos|votre|le|les|ces|leurs) (données|coordonnées|informations|nom|adresse)',
    '(seulement|uniquement) (nous|moi),? (\\S+ ){0,6}(et|ainsi que) \\S+',
    "(?<!vous\\x20)(transmett|communiqu)\\w* (\\S+ ){0,2}ce qui (est|leur est) (strictement )?(nécessaire|utile|indispensable) (à|au|aux)",
    'communiqué(e)?s? (à|aux)',
    "(?<!(adhérent|membre|client|participant|joueur|élève|enfant)s?\\x20)reçoi(t|vent) (\\S+ ){0,2}ce (qu'il (leur |lui )?faut|qui (leur |lui )?est (strictement )?(nécessaire|utile)) (pour|à|au)",
    'partagé(e)?s? avec',
    'accessibles? (aux|à)',
    '(informations|données|dossiers?|coordonnées|fiches?) (\\S+ ){0,2}accessibles? au',
    'ont (ensuite |aussi |également |donc |alors )?accès',
    '(responsables?|coresponsables?) conjoint\\w*|responsabilité conjointe|conjointement responsables?',
    "personne d'autre (n'y a|n'a|ne (reçoit|voit|peut))",
    // "Elles ne sont utilisées que par le Loueur et par la société de transport": who uses them, or nobody else.
    "(ne |n')(\\S+ ){0,2}(utilisée?s?|consultée?s?|traitée?s?|lue?s?|vue?s?) que par",
    "seul(e|s|es)? (\\S+ ){1,8}(la |le |les |l'|y )(consultent|consulte|voient|voit|lisent|lit|accèdent|accède)",
    '(paiements?|règlements?|réservations?|rendez-vous|commandes?|inscriptions?|envois?|(e-)?mails?|newsletters?|données|infos|informations) (\\S+ ){0,4}((passent|passe|transitent|transite|se prenn?ent) (par|via|sur(?! place))|part(ent)? (par|via|à la|à l\'|aux?))',
    // Who has access to the data; "droit d'accès à vos données" is the reader's right, not a recipient.
    // A heading that asks "Qui a accès à vos données ?" names nobody yet (the text's spaces are
    // folded to single spaces, and a space in a cue would become \s+, too loose for a look-behind).
    '(?<!qui\\x20)(?<!qui\\x20va\\x20)(ont|auront|a|aura|ayant|peuvent avoir|peut avoir) accès (à|aux) (vos |ces |les )?(données|informations)',
    'hébergeur',
    'hébergées? (par|chez)',
    'hébergement',
    'expert-comptable',
    '(notre|nos|mon|ma|mes|le|les|au|aux|un|une|son|leur) comptables?',
    'commissaires? aux comptes',
    'autorités',
    'administrations?',
    'services (internes|habilités)',
    'personnels? habilités?',
    'personnes (juridiquement )?habilitées',
    "forces de l'ordre",
    '(police|gendarmerie)',
    'filiales?',
    'sociétés du groupe',
    'transporteurs?',
    "usage exclusif",
    '(vendues|cédées|louées)',
  ],

  sale: {
    sell: ['vend(ons|re|ent|ra|rons|u|us|ue|ues)', 'lou(ons|er|é|ée|és|ées)'],
    passOn: ['partag\\w*', 'transm\\w*', 'communiqu\\w*', 'cèd\\w*', 'céd\\w*'],
  },

  basis: {
    // "| Consentement |" in a table's column of bases, "- votre consentement ;" after "Bases légales :".
    listed: { consent: ['consentement'] },
    general: ['bases? (légales?|juridiques?)', 'fondements? (juridiques?|légaux|légal)', 'licéité', 'art(icle)?s?\\.? ?6', 'sur la base (de|du|des)', "sur la base d'", 'reposent? sur', 'fondée?s? sur', 'en vertu (de|du|des)', 'sur le fondement'],
    grounds: {
      consent: [
        "(sur la base (de|du)|sur le fondement (de|du)|fondée?s? sur|avec|après|requiert|nécessite|recueillir|recueilli|obtenir|obtenu|soumise?s? à|subordonnée?s? à|moyennant|reposent? sur|en vertu de) (votre |son |leur |le |un |du |l')?(accord|consentement)",
        '(votre|leur) consentement',
        "sans ((votre |ton |leur |l')(accord|autorisation)|(vous|te) (le |en |l')?(avoir )?demand(er|é))",
        'consentement (préalable |explicite |exprès |libre )?(de la personne concernée|des personnes concernées|de l\'utilisateur|de l\'internaute)',
        'vous (avez )?(donné|consenti|accepté) (votre |au |le )?(accord|consentement|traitement)',
        'vous y (avez )?consent(ez|i)',
        "(vous|tu) (nous |me |m')?(donnez|donnes|avez donné|as donné) (votre|ton) (accord|consentement)",
        '(nous|m\'|si vous|si tu) ?(dites|dis|disent|avez dit|as dit|ont dit|a dit) oui',
        // "Tu reçois la newsletter parce que tu l'as demandée": sent because the reader asked for it.
        "(parce que|car) (vous l'avez|tu l'as) demandée?s?",
        // Something done with the data only if the reader agrees; "ne tendez votre badge que si vous êtes d'accord" is the reader's own choice.
        "(publi\\w*|mise?s?|postée?s?|partagée?s?|utilisée?s?|diffusée?s?|envoy\\w*|transmise?s?|affichée?s?|conservée?s?|gardée?s?) (\\S+ ){0,6}(si|lorsque|quand) (vous êtes|tu es|ils sont|elles sont|les parents sont|la personne est) d'accord(?!\\x20avec)",
        '(vous consentez|tu consens) (explicitement|expressément) à',
        "et (que|qu') (vous êtes|tu es|ils sont|elles sont) d'accord(?!\\x20avec)",
        // "on demande toujours aux personnes si elles sont d'accord avant de ...": asked first.
        "demand\\w* (\\S+ ){0,5}s(i |')(vous|tu|ils?|elles?) \\S+ d'accord(?!\\x20avec)",
        // "cookies qui ne demandent pas votre accord": the negation's "pas" is no free word.
        'demand\\w* ((?!pas )\\S+ ){0,3}(votre |la |ta |leur |l\')?(accord|consentement|permission|autorisation)',
        // "aux clients qui ont coché la case": a box ticked (not "sauf si vous cochez la case", an opt-out).
        '(qui |vous )(ont|avez|as|a) coché (la |une |cette )?case',
        // A consent presumed from silence is still the ground the notice claims (implied-consent says it is invalid).
        "(accord|consentement) (\\S+ ){0,3}(est|sera|sont|seront) (considéré|réputé|présumé)e?s? (comme )?(acquis|donné|accordé)",
        'consentement (est|constitue|comme) (la |le |une |un )?(base|fondement)',
        '(bases? (légales?|juridiques?)|fondements?( juridiques?)?) (\\S+ ){0,4}(est|sont|:|repose sur) (le |votre |leur |un )?consentement',
        "(?<!retrait\\x20du\\x20|retrait\\x20de\\x20votre\\x20|retirer\\x20votre\\x20|retirer\\x20le\\x20)consentement ?:",
        'consentement \\(art',
        art6('a'),
      ],
      contract: [
        "(exécution|exécuter|conclusion|conclure|préparation) (d'un |du |de votre |de notre |de l'|d'une |de la |des |de ce |de cette |le |la |les |ce |cette |votre |notre |un |une )?(contrat|commande|abonnement|adhésion|convention|relation contractuelle|prestation|mandat|bail)",
        '(nécessaires?|indispensables?) (au|à notre|à votre|à ce|pour (le|notre|votre)) contrat',
        // "Ces données sont nécessaires à la gestion de l'abonnement": plural, so not "le temps nécessaire à la gestion de ...".
        "(nécessaires|indispensables) (à la gestion|au traitement|au suivi) (de |du |d')(l'|la |votre |ton |ta )?(contrat|abonnement|commande|adhésion|inscription|réservation)",
        "exécution des conditions (générales )?(d'utilisation|de vente)",
        'mesures précontractuelles',
        'précontractuel\\w*',
        'relation contractuelle',
        'obligations? contractuelles?',
        'nécessité contractuelle',
        "(repose|reposent|fondée?s?|basée?s?) sur (votre |le |la |notre |l')(contrat|adhésion|abonnement|inscription)",
        'contrat ?:',
        art6('b'),
      ],
      'legal-obligation': [
        'obligations? légales?',
        'obligations? (légales et )?réglementaires?',
        'obligations? (fiscales?|comptables?)',
        'exigences? légales?',
        'imposée?s? par (la loi|la réglementation|un texte|les textes)',
        '(respecter|respect|satisfaire|répondre) (à |de )?(nos |ses |une |des |aux |leurs )?(obligations?|exigences?) (légales?|réglementaires?)',
        'dispositions légales',
        'légalement (tenus?|obligée?s?)',
        'tenus? par la loi',
        "(sommes|suis|est) (légalement )?(obligée?s?|tenue?s?|contrainte?s?) (\\S+ ){0,4}par (la loi|la réglementation|la législation|le code|les textes)",
        "obligations? (que|qu') ?(nous )?imposen?t? (la loi|la réglementation|la législation|le code|les textes)",
        LAW_REASON,
        "c'est la loi(?! qui)",
        "c'est une obligation (pour (nous|moi|les|tou\\w+)|de (notre|mon|ma) \\S+)",
        "conformément (au|aux dispositions du) code (électoral|civil|pénal|général des impôts|monétaire et financier|du travail|des assurances|de commerce|de la consommation|de la santé publique|de la sécurité sociale|de la mutualité|de l'éducation), (nous|les|la|le|l'|vos|votre|ces|ses)",
        art6('c'),
      ],
      'vital-interests': ['intérêts? vita(l|ux)', art6('d')],
      'public-task': ["missions? d'intérêt public", 'intérêt public', "exercice de l'autorité publique", 'autorité publique', 'missions? de service public', art6('e')],
      'legitimate-interests': ['intérêts? légitimes?', art6('f')],
    },
    // "L'agence ne fonde pas les traitements liés à ses missions sur l'intérêt légitime": not "ne fonde pas X sur le consentement mais sur l'intérêt légitime".
    denied: ["(ne |n')(se |s')?\\S+ (pas|jamais|nullement|aucunement),? ((?!mais |sauf |et nous )\\S+ ){0,8}sur (l'|notre |votre |nos |un |des |leurs? |son |ses |ces )(intérêts? légitimes?|consentement|mission|obligation)\\S*"],
    anaphor: ["c'est", '(ceci|cela) (est|constitue|correspond)', "il s'agit", 'en cela', 'pour (cela|ce faire|ces raisons|ces finalités)'],
    interestLink: ['à', 'au', 'de', "d'", 'du', 'des', 'pour', 'afin de', "afin d'", 'consistant à', 'notamment', 'tel(le)?s? que', 'qui (est|sont|consiste)', 'dans', 'en', ':'],
    conditional: ['lorsque', "lorsqu'", 'si', "s'", 'quand', 'dans la mesure où', 'dans les cas où'],
    bare: ['trait\\w*', 'utilis\\w*', 'collect\\w*', 'recueill\\w*', 'conserv\\w*', 'enregistr\\w*', 'effectu\\w*', 'personnelles', 'informations', 'uniquement', 'seulement', 'bien sûr', 'mais', 'cependant', 'ne', 'qu', 'de', 'en', 'à', 'a lieu', 'se fait', '(dans )?(certains|quelques) cas', 'aussi', 'également', '(comme |tel que )?(décrit|indiqué|mentionné|précisé|expliqué)e?s? ci-(dessus|dessous)'],
  },

  retention: {
    keep: ['conserv\\w*', 'gard(e|é|ons)\\w*', 'rest(e|ent|era|eront) (\\S+ ){0,3}(dans|en|au|chez|sur)', 'stock\\w*', 'archiv\\w*', 'supprim\\w*', 'suppression', 'effa[cç]\\w*', 'détrui\\w*', 'destruction', 'anonymis\\w*', 'enregistr\\w*', 'purg\\w*', 'expir\\w*', 'durée de vie'],
    period: [
      `${NOT_AGE}\\d+ (jours?|semaines?|mois|ans?|années?|heures?|saisons?)`,
      // An unlimited period is still an answer (whether it is lawful is another question).
      // "sont conservés indéfiniment", but not "ne sont pas conservées indéfiniment".
      '(sont|seront|restent|resteront) (conservée?s?|gardée?s?|stockée?s?|enregistrée?s?) indéfiniment',
      'sans (limite|limitation) de durée',
      'pour une durée (illimitée|indéterminée)',
      `${NOT_AGE}(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|vingt|trente|soixante|quatre-vingt-dix) (\\(\\d+\\) )?(jours?|semaines?|mois|ans?|années?|heures?|saisons?)`,
      "fin de (l'année|l'exercice)",
    ],
    criterion: [
      "jusqu'(à|au|aux) (la |votre |son |sa |leur |l')?(fin|résiliation|clôture|suppression|désinscription|retrait|expiration|terme|désabonnement|demande|opposition)",
      "jusqu'à ce que",
      '(si|lorsque|quand|dès que) vous (supprimez|fermez|clôturez|résiliez) (votre|le) (compte|abonnement|contrat),? (nous|vos|les|toutes)',
      "pendant (toute )?la durée (de|du|des|d') ?(votre |la |notre |l'|leur |son |sa )?(relation|contrat|abonnement|adhésion|compte|inscription|utilisation|mission|habilitation|prestation|mandat|scolarité|emploi|engagement)",
      `${NOT_VAGUE}(à compter|à partir) (de|du|de la) (fin|dernier|dernière|date|clôture|résiliation|collecte|départ)`,
      `${NOT_VAGUE}(après|dès) (la |le |votre |l')?(fin|résiliation|clôture|suppression|retrait|désinscription|expiration|terme|départ)`,
      'le temps (de|du|de la) (votre |l\'|la |le )?(relation|contrat|abonnement|adhésion|compte|inscription|habilitation|mission|mandat)',
      "(le temps|la durée) (strictement )?nécessaire (à|au|pour) (la |le |l')?(traitement|gestion|instruction|suivi|réalisation|exécution|examen) (de |du |de la |d')?(votre |la |sa |leur )?(demande|saisine|dossier|candidature|commande|contrat|réclamation|inscription)",
      '(à la (fin|clôture|résiliation)|au terme) (de|du|des|d\')',
      'session',
      'dernier contact',
      '(pendant|durant) (toute )?la saison',
      'dernière (connexion|activité|interaction|commande)',
      "tant (que |qu')(\\S+ ){0,3}(compte|abonnement|contrat|adhésion|inscription|dossier) (existe|est actif|reste actif|est ouvert|reste ouvert|est en cours|court)",
      "tant (que |qu')(\\S+ ){0,3}(est|sont|êtes|es|reste|restez|restent|restes) (inscrite?s?|adhérente?s?|membres?|cliente?s?|abonnée?s?)",
    ],
    statutory: [
      'durées? (légales?|de prescription)',
      'délais? (légaux|de prescription)',
      'prescription (légale|civile|commerciale)',
      'obligations? légales? de conservation',
      'durée (légale|réglementaire) de conservation',
      // A period the law sets, not any limit it sets: "dans les limites prévues par la loi" is no retention period.
      '(durées?|délais?|périodes?|temps) (\\S+ ){0,2}((prévue?s?|imposée?s?|fixée?s?|requise?s?|exigée?s?) par|que) (la loi|les textes|la réglementation|la législation|le code)',
      'code (de commerce|civil|du travail|général des impôts|de la sécurité sociale)',
      'archives publiques',
      LAW_REASON,
      "(aussi longtemps|tant) que la (loi|réglementation|législation) (\\S+ )?(l')?(exige|impose)",
      '(conformément aux|(temps|durée) (\\S+ ){0,4}(satisfaire|respecter) \\S+) (exigences|obligations|dispositions) légales',
      'archivage intermédiaire',
      'obligations? (fiscales?|comptables?)',
      'pour (la|ma|notre) compta(bilité)?',
    ],
    vague: [
      "(aussi longtemps|le temps|tant) (que |qu')?(strictement |raisonnablement )?(nécessaire|il est nécessaire|cela est nécessaire)",
      "(pour|pendant) (la|une) durée (strictement |raisonnablement )?nécessaire",
      "(pour|pendant) (la|une) durée (n'excédant pas|qui n'excède pas) (celle|la durée) (strictement )?nécessaire",
      "(pas|jamais) (\\S+ ){0,3}(au-delà (de la durée|du temps|de ce qui est)|plus longtemps (que|qu'il n'est)) (strictement )?nécessaire",
      'pendant une durée (raisonnable|limitée)',
      "(aussi longtemps|le temps) qu'il (le )?(faut|faudra)",
      "(aussi longtemps|tant) (que |qu')(elles |ils |elle |il )?(nous |vous |me |m')?(sont|est|restent|reste) (utiles?|nécessaires?)",
      "(aussi longtemps|tant) (que |qu')(nous |on |j')en (avons|a|ai|aurons|aura|aurai) besoin",
      '(conserv|gard|archiv|stock)\\w* (\\S+ ){0,4}((quelques|plusieurs) (années|ans|mois|semaines|jours)|un (certain temps|moment)|quelque temps|pour (la suite|plus tard)(?!\\x20d))',
      '(supprim|effac|détrui|jet|ménage)\\w* (\\S+ ){0,2}((au bout d\\S+|après) ((quelques|plusieurs) (années|ans|mois|semaines|jours)|(un )?(certain temps|moment))|régulièrement|de temps en temps)',
      'conformément à (notre|ma) politique de conservation',
      'durées? de conservation (\\S+ ){0,5}(peuvent|peut|pourront) (varier|différer)',
    ],
    reply: ["(répond\\w*|traiter? (votre|la) demande|donn\\w* suite|fai\\w* le nécessaire|m'en occupe|nous en occupons) (\\S+ ){0,5}(sous|dans un délai|dans les)", '(sous|dans un délai d.) ?(\\S+ ){0,3}(à compter de|suivant) (la réception de )?(votre|la) demande'],
    extension: ["et (encore )?(un peu|quelque temps|quelques (années|ans|mois|semaines)) (après|plus( longtemps)?(?! de| d'| que| qu'| tôt))", 'et au-delà,? (le temps|aussi longtemps|tant que)'],
    same: ['(vos|tes|les|ces|toutes les|des) (données|informations)', 'données personnelles', 'elles', 'ils', 'celles-ci', 'ceux-ci'],
    pronouns: ['ils', 'elles'],
  },

  rights: {
    frame: ['droits?', "(vous (voulez|souhaitez)|tu veux) (que nous|que je|qu'on|que l'on|voir|savoir)", 'vous (pouvez|pourrez|disposez|bénéficiez|avez (le droit|la possibilité|la faculté))', 'pouvez-vous', 'possibilité (de|d\')', 'faculté (de|d\')', 'demander', 'pour faire (supprimer|effacer|corriger|rectifier|modifier)', 'solliciter', 'exercer', 'exercice', 'obtenir', 'sur (simple )?demande', 'toute demande (sur|concernant|relative à) (vos|tes|les)'],
    named: {
      access: ["droit d'accès", "droit d'accéder", 'droit de (consultation|communication)', "droit d'obtenir (la confirmation|une copie|communication)", "demandes? d'accès"],
      rectification: ['droits? (de|à la) (rectification|correction|modification|mise à jour)', 'rectification'],
      erasure: ["droits? (à l'|d'|de |à la )?(effacement|suppression|oubli)", "droit à l'oubli", 'effacement (de|des) (vos|ses|leurs|ces) données', "(écrivez|écris|dites|dis|envoyez|envoie|contactez|faites|fais|demandez|demande),?[- ](\\S+ ){0,6}(et )?(nous|on) ((la |le |les |l.)(retir|supprim|enl[eè]v|effa[cç])\\w*|(retir|supprim|enl[eè]v|effa[cç])\\w* (vos|votre|tes|ta|ton) \\w+)"],
      restriction: ['droits? (à la|de) limitation', 'limitation (du|de|des) traitements?', 'limiter (le|les) traitements?', 'droit (au|de) gel'],
      // "votre demande d'accès, de rectification ou d'opposition": a request the reader may make.
      object: ["droits? d'opposition", "demandes? (\\S+ ){0,6}(ou |et )?d'opposition", "droit (de vous|de s'|d'|de )opposer", "(vous |s')?opposer (au|à|aux|à la|à l') (traitement|prospection|utilisation|réception|envoi)", "opposition (au|à|aux|à la) (traitement|prospection|utilisation)"],
      portability: ['portabilité', 'lisible par (une )?machine', 'format (structuré|couramment utilisé|lisible par)', "transmettre (vos|ces|les|leurs) données à un autre", 'transmises? à un autre responsable'],
    },
    described: {
      access: ['accès', 'accéder', 'consulter', 'les voir(,| ou| et) les', 'voir(,| ou| et)? (\\S+ ){0,3}(vos|les|tes|votre|ta|son|sa|ses|leurs?) (données|informations|infos|fiche|dossier)', "copie(?! (de |d')(votre |ta |la |vos |l')?(carte|pièce|passeport|permis|titre|justificatif|RIB))", 'recevoir un fichier', 'télécharger (vos|tes|les|toutes vos) (données|informations|infos)', "(données|informations) (personnelles )?que (nous (détenons|possédons|conservons|avons)|je (détiens|possède|conserve)|j'ai) (sur vous|à votre sujet|vous concernant)", 'connaître (les|quelles) données', "ce (que nous |qu'on |que l'on |que je |que j'|que (le |la |l')\\S+ )((avons|a|ai|détenons|détien[st]|gardons|garde|conservons|conserve|savons|sai[st])( \\S+)? (sur|de) (vous|toi)|(avons|a|ai) (gardé|conservé|noté|enregistré)(?! d(e|u|es) ))", "quelles (données|informations) (personnelles )?(nous|je|j') ?(détenons|possédons|conservons|avons|gardons|ai|garde|conserve)", 'savoir (si|quelles)', 'confirmation (que|du fait)', 'communication (de|des) (vos )?données'],
      rectification: ['rectifi\\w*', 'corrig\\w*', 'signal\\w* (\\S+ ){0,2}erreurs?', 'correction', 'modifi\\w* (vos |tes |les |ces |des |ses |leurs )?(données|informations)', '(données|informations),? (\\S+ ){0,4}modifi\\w*', "(les |l')faire modifier", 'les (chang|modifi)er(,| ou| et) les (suppr|effa)\\w*', "(qu'on|que nous|que je) les (modifi|corrig)\\w*", 'modifier,? (ou|et) (\\S+ ){0,2}(vos|les|ces|leurs) (données|informations)', 'mettre à jour', 'mise à jour', 'complét\\w*', 'inexact\\w*', 'incomplèt\\w*', 'erron\\w*', '(accès|suppression|effacement|opposition),? (et |ou )?de modification', "de modification,? (et |ou )?(de |d')(suppression|effacement|opposition)"],
      erasure: ['supprim\\w*', 'détrui\\w*', 'suppression', 'effa[cç]\\w*', 'oubli', '(retir|enl[eè]v)\\w* (\\S+ ){0,2}de (la|nos|notre|votre|mon|ma|mes) (liste|fichier|base)'],
      restriction: ['limit\\w* (le |les |du |des |leur |l\')?(traitements?|utilisation|usage)', 'limitation', '(traitement|utilisation) (\\S+ ){0,4}(soit|soient|sera|être) limité\\w*', 'geler', 'gel', 'suspen\\w* (le |du |de |l\')?(traitement|utilisation)', 'suspension (du|de) (traitement|utilisation)', 'conserv\\w* (\\S+ ){0,2}sans les utiliser'],
      // Unsubscribing from a newsletter ('se désinscrire', 'se désabonner') ends a mailing; it does not tell the reader of the right to object (art. 21).
      object: ['oppos\\w*'],
      portability: ['portab\\w*', 'récupérer (vos|tes|les|ces|leurs) données', 'format (structuré|électronique|ouvert)', 'structuré', 'couramment utilisé', 'autre (responsable|organisme|prestataire|fournisseur)', '(chez|vers) une? autre'],
    },
    withdrawConsent: [
      'retir\\w* (à tout moment |à tout instant |en tout temps |librement )?(votre |son |leur |ce |le |de |du )?(consentement|accord)',
      'retrait (de |du |de votre |de leur )?(consentement|accord)',
      '(accord|consentement)( \\S+)?( \\((\\S+ ){0,5}\\S+\\))?,? que vous (pouvez|pourrez) (\\S+ ){0,2}(retirer|reprendre|révoquer)',
      '(revenir|revenez|reviennent|peuvent revenir) sur (votre|ce|cet|cette|leur) (consentement|accord|autorisation)',
      'révoqu\\w* (votre |le |leur |ce )?consentement',
      '(consentement|accord) (\\S+ ){0,8}(peut|pourra|peuvent) (\\S+ ){0,3}(être )?(retiré|révoqué)',
      '(retirer|révoquer|modifier) (le|ce|celui-ci|votre choix|vos choix) à tout moment',
      '(le|la) (retirer|révoquer) à tout moment',
      'à tout moment (\\S+ ){0,3}(retirer|vous désinscrire|vous désabonner)',
      "(vous (en )?|se |s'(en )?)(désinscrire|désabonner) (à tout moment|quand (vous (le )?(voulez|souhaitez)|tu (le )?veux)|en (nous |me |m')(le )?\\S+ant)",
      'liens? de (désinscription|désabonnement)',
      '(désinscri|désabonn)\\w* (\\S+ ){0,4}en (bas de|pied de|un (seul )?clic)',
      // "Un simple mail suffit pour ne plus les recevoir" (the mailings), not "pour ne plus recevoir d'appels" (Bloctel).
      // "Si vous ne voulez plus entendre parler de nous, un mail suffit": leaving the mailings in the reader's words.
      '(pour ne plus (les|la|le)|ne (voulez|souhaitez|veux) plus( \\S+)?) (recevoir|entendre parler)',
      // "Tu changes d'avis ? Un message et on retire la photo": consent withdrawn in plain words (a question ends its sentence).
      "(tu changes|vous changez|changer) d'avis(?! (sur|concernant) (votre|ta|ton|vos|tes) (commande|achat|réservation|séjour))",
    ],
    reference: ['(ce|ces|cet) droits?'],
    complaintAction: ['réclamations?', 'plaintes?', 'plaindre', 'saisir', 'saisine', 'recours', 'introduire', 'contester', 'insatisf\\w*', 'pas (satisfait|content)\\w*', 'passe (pas bien|mal)', 'vous adresser (à|au|auprès)', 'vous tourner vers', 'désaccord', 'litige', 'différend'],
    // The CNIL (France), the Autorité de protection des données (Belgium), the CNPD (Luxembourg),
    // and the PFPDT (Switzerland, where the nLPD rather than the RGPD applies).
    authority: ['autorités? de contrôle', 'autorités? (de protection des données|compétentes?)', 'CNIL', 'C\\.N\\.I\\.L\\.?', "Commission nationale (de l'informatique et des libertés|informatique et libertés)", 'Autorité de protection des données', 'APD', 'GBA', 'Commission (de la |pour la )?protection de la vie privée', 'CPVP', 'Préposé fédéral à la protection des données( et à la transparence)?', 'PFPDT', 'Commission nationale pour la protection des données', 'CNPD', 'CEPD', 'EDPS', 'Contrôleur européen de la protection des données'],
  },

  // "Traitement automatisé" alone is not a cue: French law calls any computer processing so.
  automatedDecisions: ['décisions?,? (\\S+ ){0,6}(uniquement|seulement|exclusivement) par (un )?(ordinateur|logiciel|algorithme)', 'décisions? (individuelles? )?automatisées?', 'décisions? (\\S+ ){0,8}prises? de (manière|façon) (entièrement |exclusivement |purement |uniquement |totalement )?automati\\w*', 'prise de décision automatisée', 'décisions? (\\S+ ){0,8}(fondées?|prises?|basées?) (exclusivement |uniquement |entièrement |seulement )?sur (un|le|des) traitements? automatisés?', "(seul fondement|seule base) d('une?|es?) (\\S+ ){0,2}traitements? automatisés?", 'profilage', 'intervention humaine', "qu'une? \\S+ (réexamine|revoie|réévalue) (votre|sa|leur|la) (demande|dossier|décision)", '(tri|sélection|filtrage) automati\\w* (des |de vos )?(candidatures|candidats|dossiers)', 'art(icle)?\\.? ?22'],
  automatedRight: ["ne pas (\\S+ ){0,2}faire l'objet d'une (\\S+ ){0,3}décision", "ne pas (\\S+ ){0,2}être soumis\\w* à une (\\S+ ){0,3}décision", 'droits (\\S+ ){1,5}décisions? (\\S+ )?automatisée\\w*'],
  statutory: {
    direct: [
      "(n'es|n'êtes|n'est|ne sont) (pas |jamais |nullement |aucunement )?(obligé|tenu)(·?e|\\(e\\))?(·?s)? de (les |la |le |l'|tout nous )?(fournir|communiquer|transmettre|donner|renseigner|répondre|remplir|indiquer|dire)",
      '(caractère|réponses?) (obligatoire|facultati\\w*)',
      // A bare "obligatoire" is often no answer ("conservation obligatoire", "mentions obligatoires"):
      // it counts as a field's marker, said of a field or of data provided, or with the consequence.
      '(champs?|informations|données) (obligatoires?|facultati\\w*)',
      '\\((facultati|obligatoire)\\w*\\)',
      '(est|sont) (\\S+ )?facultati\\w*',
      "c'est (\\S+ )?obligatoire pour",
      "((communication|fourniture|saisie) d\\S* |(votre|vos) (adresse|numéro|nom|coordonnées|e-mail|date)\\w* )(\\S+ ){0,5}(est|sont) (\\S+ )?obligatoire\\w*",
      "obligat\\w* (\\S+ ){0,6}(sans (lui|elle|eux|elles|quoi)|à défaut),? (\\S+ ){0,4}ne (pourr|pouv|peu[tv])\\w*",
      'astérisque',
      "(dossier|formulaire|fiche)s? (\\S+ ){0,2}(doit|doivent) être (complet|complété|rempli)\\w* pour",
      "(dossier|formulaire|fiche|demande|inscription)s? incomplète?s? (ne |n')(pourra|pourront|peut|peuvent|sera|seront|est|sont) (pas|plus) (être )?(pris en compte|traitée?s?|instruite?s?|acceptée?s?|examinée?s?|enregistrée?s?|validée?s?|étudiée?s?)",
      "à défaut, (\\S+ ){0,4}(ne |n')(\\S+ (pas|plus)|(peu|pourr)\\w* être)",
      'sinon (\\S+ ){0,3}ne peu\\w* pas',
      "(informations|données|renseignements) (demandée?s?|recueillie?s?|collectée?s?) (\\S+ ){0,15}sont (indispensables|nécessaires|obligatoires) (à|au|pour)",
      "pas (de |d')(certificat|justificatif|pièce|attestation|licence|copie|formulaire|fiche|dossier)\\S*( \\S+)?,? pas d\\S+",
      "(à défaut|faute) (de|d') ?(les |ces |vos )?(fournir|communiquer|renseigner|transmettre|réponse|fourniture|communication|renseignement|saisie)",
      "si vous ne (\\S+ ){0,2}(fournissez|communiquez|renseignez|transmettez|donnez pas (vos |votre |les |ces |l'|de |d')(données|informations|infos|coordonnées|adresses?|numéros?|nom|photos?)|(souhaitez|voulez) pas (nous |me )?(les |la |le |l'|vos |ces )?(fournir|communiquer|donner|transmettre|renseigner|indiquer))",
      "(le refus|l'absence|le défaut) de (fournir|communiquer|transmettre|réponse|fourniture|communication|renseigner|renseignement|saisie)",
      '(exigence|obligation) (légale|réglementaire|contractuelle) (de fournir|de communiquer)',
      "conditionne (la conclusion|l'exécution|l'accès)",
      'sans ces',
      // the same the other way round: "on ne peut pas identifier l'animal sans vos coordonnées"
      '(nous|je|on) ne (peu|pouv|pourr)\\w* pas (\\S+ ){0,4}sans (vos|votre|tes|ton|ta) (adresse|numéro|nom|coordonnées|données|informations)',
      // Without a datum or a document, a consequence for whoever: "Sans votre adresse, nous ne pouvons pas ...",
      // "Sans la fiche sanitaire, votre enfant ne peut pas partir", "Sans votre adresse, pas de reçu".
      "sans ((le|la|les|ce|cette|votre|vos|ton|ta|tes) )?(adresse|numéro|nom|coordonnées|données|informations|e-mail|date|revenu|carnet|certificat|justificatif|pièce|attestation|document|copie|formulaire|fiche|questionnaire)\\S* ((\\S+ ){0,5}(ne (peu|pouv|pourr)\\w*|(est|sera|sont|seront) (refusée?s?|impossible))|pas d(e|'))",
      // "La fourniture de vos données est volontaire" answers the item; "les données que vous nous
      // communiquez volontairement" only describes how they came in.
      "(fourniture|communication|transmission|saisie) (de |des |de vos |de ces )?(données|informations) (\\S+ ){0,4}(est|sont|reste|restent) (\\S+ ){0,2}volontaires?",
      '(à titre|sur une base) (purement |strictement )?(volontaire|facultati\\w*)',
      '(la |votre |ta )?participation (\\S+ ){0,3}(est|reste) (entièrement |totalement |purement |tout à fait )?(volontaire|facultative)',
    ],
    provide: ["(vous|utilisat(eur|rice)s?|usagers?|candidat(e)?s?) (?!(fournir|communiquer|renseigner) )(\\S+ ){0,4}(fournissez|fournir|communiquez|communiquer|renseignez|renseigner|transmettez|saisissez|indiquez|remplissez)", '(fournir|communiquer|renseigner|transmettre|saisir) (vos |ces |les |certaines )?(données|informations)', 'remplir', 'formulaires?', 'nous vous demandons', 'je vous demande (\\S+ ){0,3}(certificat|justificatif|pièce|copie|attestation|numéro|adresse|nom|coordonnées|informations|renseignements)'],
    need: ['obligatoire\\w*', 'nécessaires?', 'requis\\w*', 'indispensables?', 'impérati\\w*', 'devez', 'devrez', 'doivent', 'devront', 'ne pourr\\w* pas', 'ne (pouvons|peux) pas', 'impossible', 'exig\\w*'],
  },

  transfers: {
    outside: ['(trait|stock|héberg|transf[éè]r|conserv)\\w* (\\S+ ){0,6}(dans le monde entier|partout dans le monde)', 
      "(hors|en dehors) (de )?(l'|la |le )?(UE|EEE|Union européenne|Espace économique européen|Europe)",
      'pays tiers',
      '(société|entreprise|prestataire|fournisseur|service)s? (\\S+ )?américain\\w*',
      "(quitte|quittent|sort|sortent) (l'|le territoire de l')?(UE|EEE|Union européenne|Espace économique européen|Europe)",
      'pays (situés? )?(hors|en dehors)',
      'transferts? internationa\\w*',
      'transf\\w* (\\S+ ){0,4}(à l\'étranger|hors)',
      `${TRADE}États-Unis`,
      `${TRADE}USA`,
      'organisations? internationales?',
      `${TRADE}(vers|au|en|à) (Inde|Chine|Canada|Royaume-Uni|Suisse|Australie|Israël|Japon|Maroc|Tunisie|Tunis|Madagascar|Sénégal|Philippines)`,
    ],
    inside: [
      "(dans|au sein de) (l'|la |le )?(UE|EEE|Union européenne|Espace économique européen)",
      "(stocké|hébergé|conservé|traité|localisé|situé|installé)e?s? (\\S+ ){0,3}(en|au|dans|au sein de) (l'|la |le )?(France|Belgique|Europe|UE|Union européenne|EEE|Allemagne|Irlande|Pays-Bas|Luxembourg|Suisse)",
      '(ne quittent|ne sortent) (pas|jamais)(?! de chez)',
      'localisation (des|de vos) données',
      // The column of a processor table that gives each recipient's country (French public-sector notices).
      "pays (destinataires?|de destination|d'hébergement|de stockage|de traitement)",
      "lieux? (d'hébergement|de stockage|de traitement)",
    ],
    safeguards: ['clauses contractuelles types', 'clauses (types|standard)', 'clauses (types )?de protection (des données|adéquates)', 'CCT', 'clauses contractuelles standard\\w*', 'standard contractual clauses', 'SCC\\w*', "décisions? d'adéquation", 'adéquation', 'niveau (de protection )?adéquat', 'pays (\\S+ ){0,3}adéquats', 'protection adéquate', 'garanties (appropriées|adéquates)', "règles d'entreprise contraignantes", 'BCR\\w*', 'Data Privacy Framework', 'cadre de protection des données (UE-États-Unis|entre l\'Union européenne et les États-Unis)', 'DPF', 'art(icle)?s?\\.? ?4[5-9]', '(établies?|adoptées?|approuvées?) par la Commission européenne', 'garanties (\\S+ ){0,2}(prévues|visées|requises) (au|par le) chapitre V (du|de la|de ce)'],
    derogation: ["nécessaires? (à|pour) l'exécution"],
    recipient: ['destinataires?', 'tiers'],
  },

  dpo: {
    term: ['délégu(é|ée)s? (à|de) la protection des données', 'DPO', 'DPD', 'data protection officer', 'référent (RGPD|protection des données|données personnelles)'],
    own: ['(notre|mon|son|leur) (délégu(é|ée)|DPO|DPD|référent)', '(nous avons|a|avons) (désigné|nommé)', 'désigné', 'nommé', "dispos(e|ons) d'un(e)? (délégu(é|ée)|DPO|DPD|référent)", 'contacter (notre |mon |le |la |ce |cette )?(délégu(é|ée)|DPO|DPD|référent)', '(DPO|DPD|délégu(é|ée)) (\\S+ ){0,8}(joignable|contactable|par (e-?mail|courriel|courrier|mail)|à l\'adresse)'],
  },

  sources: {
    obtained: [
      "(auprès de|par l'intermédiaire de|de la part de) (tiers|partenaires|nos partenaires|mes partenaires|sources|votre employeur|organismes|réseaux sociaux|administrations?|autres)",
      "(recevons|obtenons|collectons|recueillons|reçois|obtiens|recueille|reçues|obtenues|collectées|recueillies|transmises|communiquées) (\\S+ ){0,6}(auprès|par l'intermédiaire|de la part|via|par) (de |d'|des |nos |mes |votre |vos )?(tiers|partenaires|votre employeur|sources|organismes|réseaux sociaux|administrations?|autres)",
      "(recevons|obtenons|recueillons|reçois|obtiens|recueille|reçues|obtenues|recueillies|transmises|communiquées) (\\S+ ){0,6}de (tiers|nos partenaires|mes partenaires|votre (employeur|banque|organisme|entreprise))",
      'sources? (externes?|publiques?|tierces|accessibles au public)',
      "(ne sont pas|n'ont pas été) (directement )?(collectées|obtenues|recueillies) (directement )?auprès de vous",
      'indirectement',
      'collecte indirecte',
      'réseaux sociaux',
      'accessibles? au public',
    ],
    specific: ['partenaires?', 'réseaux sociaux', 'registres? publics?', 'sources publiques', 'annuaires?', 'Infogreffe', 'RCS', 'BODACC', 'INSEE', 'Sirene', 'Banque-Carrefour des Entreprises', 'BCE', 'banques?', 'employeur', 'LinkedIn', 'Facebook', 'Google', 'administrations?', 'organismes? (sociaux|publics|de sécurité sociale)', 'CAF', 'France Travail', 'Pôle emploi', 'assurance maladie', 'mutuelles?', 'assureurs?', 'courtiers?', 'prescripteurs?', 'parrain\\w*', 'écoles?', 'collectivités?', 'tribunal', 'juridictions?', 'votre (employeur|banque|représentant|organisme|entreprise)'],
  },

  lastUpdated: {
    cue: ['dernière (mise à jour|modification|révision|actualisation)', 'mise à jour (le|du|au|en)', 'mis(e)? à jour ?:', 'mis(e)? à jour (le|en)', 'modifiée? (le|en)', 'version', 'en vigueur (depuis|au|à compter du|le)', 'applicable (à compter du|depuis|au)', "date (de mise à jour|d'effet|de publication|de révision)", 'révisée? (le|en)', 'édition', '(approuvée?|adoptée?) (par|le)', 'à jour (au|du|pour)', 'actualisée? (le|en)', 'pour la dernière fois'],
    months: MONTHS,
  },

  cookies: {
    mention: ['cookies?', 'traceurs?', 'témoins de connexion', 'pixels?', 'web ?beacons?', 'balises web', 'stockage local', 'technologies similaires'],
    handling: ['consentement', 'accept\\w*', 'refus\\w*', 'désactiv\\w*', 'bloqu\\w*', 'supprim\\w*', 'paramétr\\w*', 'paramètres', 'préférences', 'navigateur', 'bandeau', 'gestion\\w* (de|des) cookies', '(votre|leur) accord', 'oppos\\w*', 'opt-?out', 'opt-?in', "n'utilis\\w*", 'ne dépos\\w*', 'pas de cookies?', 'aucun cookie', 'strictement nécessaires', "exemptée?s? (de|du) consentement", 'dispensée?s? (de|du) consentement', 'politique (de |des |relative aux )?cookies', '(est|sont) (décrite?s?|expliquée?s?|détaillée?s?|disponibles?) (\\S+ ){0,2}(\\[?ici|dans (notre|la|nos))', 'choix', 'choisi\\w*', 'personnaliser', 'vous (sera|est) proposé'],
    trackers: ['Google Analytics', 'analytics', "mesure d'audience", 'Matomo', 'AT Internet', 'Piano Analytics', 'Plausible', 'Hotjar', 'Facebook Pixel', 'Meta Pixel', 'pixels?', 'traceurs?', 'tracking', 'fingerprint\\w*', 'reciblage', 'retargeting'],
  },

  impliedConsent: [
    "en (continuant|poursuivant) (\\S+ ){0,4}(navigation|à naviguer|à utiliser|visite)",
    'en (continuant|poursuivant) sur (\\S+ ){1,2}(site|appli\\w*),? vous (acceptez|consentez)',
    // "La poursuite de la navigation ne vaut pas consentement" denies it.
    "poursuite de (la |votre )?navigation ((?!ne )\\S+ ){0,4}(vaut|valant|emporte|signifie|implique|constitue)",
    "en (utilisant|naviguant sur|visitant|consultant|accédant à|installant|téléchargeant) (ce |cet |cette |notre |mon |ma |le |la |l')(site|service|application|appli|plateforme)\\w*(,)? (\\S+ ){0,4}(acceptez|consentez|marquez votre accord|donnez votre accord|reconnaissez accepter)",
    '(réputée?s?|considérée?s?|présumée?s?) (avoir )?(accepté|consenti|donné votre accord)',
    "(on |nous |je |j')(considère|considérons|considérera|estime|estimons|présume|présumons) (alors )?(que |qu')(vous êtes|tu es|vous étiez) d'accord",
    "en (entrant|pénétrant|participant|assistant|vous rendant) (sur|dans|à|au|aux) (\\S+ ){0,5}vous (acceptez|consentez|autorisez) (\\S+ ){0,4}((d')?être (photographié|filmé|enregistré)e?s?|captation|diffusion|utilisation|publication|exploitation|reproduction)",
    'consentement (tacite|implicite)',
    "sans (signalement|opposition|refus|réponse|objection)( de votre part)?,? (\\S+ ){0,5}(sera|seront|est|sont) (photographié|filmé|enregistré)e?s?",
    'accord tacite',
    "(accord|consentement) (\\S+ ){0,3}(est|sera|sont|seront) (considéré|réputé|présumé)e?s? (comme )?(acquis|donné|accordé)",
    "en (commandant|achetant|réservant|(vous )?(inscrivant|abonnant)|créant un compte|passant commande),? (\\S+ ){0,4}vous (acceptez|consentez à|reconnaissez (avoir lu et )?accept(er|é)) ((la présente|notre|ma|cette) (politique|charte|déclaration|publication|diffusion)|que|qu'\\S+|de recevoir (\\S+ ){0,8}partenaires)",
  ],
  // A replacement takes the place of the words found, inside the notice's own sentence: it has
  // no leading article and its head noun has the found one's gender and number ("conformément à
  // la loi n° 78-17" becomes "conformément à la loi Informatique et Libertés modifiée, qui
  // complète le RGPD"), or, where the article is part of the cue, it brings its own.
  outdated: [
    { cue: '(EU-US |UE-États-Unis |UE-USA |Suisse-États-Unis )?Privacy Shield|bouclier de protection des données( UE-États-Unis| Union européenne-États-Unis)?', replacement: 'Data Privacy Framework UE-États-Unis (ou des clauses contractuelles types)', reason: "La Cour de justice de l'Union européenne a invalidé le Privacy Shield en juillet 2020 (arrêt C-311/18, « Schrems II »)." },
    { cue: 'Safe Harbou?r|sphère de sécurité', replacement: 'Data Privacy Framework UE-États-Unis (ou des clauses contractuelles types)', reason: "La Cour de justice de l'Union européenne a invalidé la sphère de sécurité (Safe Harbor) en octobre 2015 (arrêt C-362/14, « Schrems I »)." },
    { cue: '(directive|dir\\.) 95/46(/CE)?', replacement: 'réglementation européenne en vigueur, le RGPD (règlement (UE) 2016/679)', reason: 'La directive 95/46/CE a été abrogée et remplacée par le RGPD le 25 mai 2018.' },
    // The loi Informatique et Libertés still applies beside the RGPD; citing it alone is the problem.
    { cue: 'loi (n° ?78-17( du 6 janvier 1978)?|du 6 janvier 1978|("|" )?Informatique et Libertés( "|")?)( modifiée)?', replacement: 'loi Informatique et Libertés modifiée, qui complète le RGPD (règlement (UE) 2016/679)', reason: "Depuis le 25 mai 2018, le texte de référence est le RGPD ; la loi Informatique et Libertés ne fait plus que le compléter et ne peut être citée seule.", current: 'RGPD|règlement général sur la protection des données|règlement \\(UE\\) 2016/679|GDPR', currentScope: 'notice' },
    // The loi Informatique et Libertés was renumbered on 1 June 2019: notices still cite the rights
    // by their old articles 38 (opposition), 39 (accès), 40 (rectification, effacement) and 40-1
    // (directives post-mortem, now article 85), and the legal bases by the old article 7, 1° to 5°.
    { cue: 'articles (38|39|40)(-1)?((,| et| à) (38|39|40|40-1|suivants)){1,3} (\\S+ ){0,3}loi (n° ?78-17|du 6 janvier 1978|("|" )?Informatique et Libertés)', replacement: 'articles 15 à 22 du RGPD', reason: "Depuis le 1er juin 2019 (ordonnance n° 2018-1125), la loi Informatique et Libertés est renumérotée : ses anciens articles 38 à 40-1 sur les droits des personnes n'existent plus sous ces numéros ; ces droits découlent des articles 15 à 22 du RGPD (et, pour les directives post-mortem, de l'article 85 de la loi)." },
    { cue: 'art(icle)?\\.? ?(38|39|40)(-1)?( et suivants)? (\\S+ ){0,3}loi (n° ?78-17|du 6 janvier 1978|("|" )?Informatique et Libertés)', replacement: 'article du RGPD qui prévoit ce droit (articles 15 à 22 du RGPD)', reason: "Depuis le 1er juin 2019 (ordonnance n° 2018-1125), la loi Informatique et Libertés est renumérotée : ses anciens articles 38 à 40-1 sur les droits des personnes n'existent plus sous ces numéros ; ces droits découlent des articles 15 à 22 du RGPD (et, pour les directives post-mortem, de l'article 85 de la loi)." },
    { cue: 'art(icle)?s?\\.? ?7(( et 7)?(-| ?[.,] ?| )?[1-5] ?°)( et 7(-| ?[.,] ?| )?[1-5] ?°)? (\\S+ ){0,3}loi (n° ?78-17|du 6 janvier 1978|("|" )?Informatique et Libertés)', replacement: 'article 6, paragraphe 1, du RGPD', reason: "L'ancien article 7 de la loi Informatique et Libertés, qui énumérait les conditions de licéité, a disparu avec la renumérotation du 1er juin 2019 (ordonnance n° 2018-1125) ; les bases juridiques sont celles de l'article 6, paragraphe 1, du RGPD." },
    { cue: '(?<!ou\\x20la\\x20|ou\\x20)déclarations? (préalables?(?! (à l.embauche|de travaux))|normales?|simplifiées?)( (à|auprès de) la CNIL)?|(déclarations?|déclarés?) (CNIL|à la CNIL|auprès de la CNIL)|récépissés? (de déclaration|CNIL|de la CNIL)|(déclaration|récépissé|dossier) CNIL (n°|numéro) ?\\d+|normes? simplifiées?', replacement: 'inscription au registre des activités de traitement (article 30 du RGPD)', reason: "Les formalités préalables auprès de la CNIL (déclarations, récépissés, normes simplifiées) ont été supprimées le 25 mai 2018 ; le RGPD les a remplacées par le registre des activités de traitement." },
    { cue: 'correspondants? Informatique et Libertés|\\(CIL\\)', replacement: 'délégué à la protection des données (DPO)', reason: 'Le correspondant Informatique et Libertés (CIL) a été remplacé par le délégué à la protection des données (DPO) le 25 mai 2018.' },
    { cue: "(la |l'ancienne )?Commission (de la |pour la )?protection de la vie privée|\\(CPVP\\)", replacement: "l'Autorité de protection des données (APD)", reason: "En Belgique, la Commission de la protection de la vie privée a été remplacée par l'Autorité de protection des données le 25 mai 2018.", current: 'Autorité de protection des données' },
    { cue: 'loi (belge )?du 8 décembre 1992( relative à la protection de la vie privée( à l\'égard des traitements de données à caractère personnel)?)?', replacement: "loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel, qui complète le RGPD", reason: 'La loi belge du 8 décembre 1992 relative à la protection de la vie privée a été remplacée par le RGPD et la loi du 30 juillet 2018.' },
    { cue: 'loi fédérale du 19 juin 1992 sur la protection des données', replacement: 'loi fédérale sur la protection des données du 25 septembre 2020 (nLPD)', reason: 'En Suisse, la nouvelle loi fédérale sur la protection des données (nLPD) a remplacé celle de 1992 le 1er septembre 2023.' },
  ],

  historical: ['anciennement', 'auparavant', 'ancien(ne)?s?', 'invalidée?s?', 'remplacée?s?', 'abrogée?s?', "n'est plus", 'ne sont plus', 'successeur', 'désormais', 'dorénavant', 'jadis'],

  rules: {
    'controller-identity': { title: 'Identité et coordonnées du responsable du traitement', message: "La politique de confidentialité ne dit pas qui est responsable des données personnelles (le responsable du traitement) ni comment le joindre. Le RGPD ({articles}) exige le nom de l'organisme et ses coordonnées." },
    purposes: { title: 'Finalités du traitement', message: "La politique de confidentialité ne dit pas à quoi servent les données personnelles. Le RGPD ({articles}) exige d'indiquer les finalités du traitement." },
    'legal-basis': { title: 'Base légale', message: "La politique de confidentialité n'indique pas sur quelle base légale les données sont traitées (consentement, contrat, obligation légale, intérêts légitimes…). Le RGPD ({articles}) exige la base légale de chaque finalité." },
    'data-categories': { title: 'Catégories de données personnelles', message: "La politique de confidentialité n'indique pas quelles catégories de données personnelles sont traitées (nom, adresse électronique, adresse IP…). Les lecteurs s'y attendent, et le RGPD ({articles}) l'exige lorsque les données ne sont pas collectées auprès d'eux." },
    recipients: { title: 'Destinataires', message: 'La politique de confidentialité ne dit pas qui reçoit les données personnelles (prestataires, sous-traitants, administrations…), ni que personne ne les reçoit. Le RGPD ({articles}) exige les destinataires ou leurs catégories.' },
    retention: { title: 'Durée de conservation', message: 'La politique de confidentialité ne dit pas combien de temps les données personnelles sont conservées, ni comment cette durée est fixée. Le RGPD ({articles}) exige la durée de conservation ou les critères qui la déterminent.' },
    'right-access': { title: "Droit d'accès", message: "Le droit d'accès n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent obtenir une copie de leurs données. Le RGPD ({articles}) l'exige." },
    'right-rectification': { title: 'Droit de rectification', message: "Le droit de rectification n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent faire corriger des données inexactes. Le RGPD ({articles}) l'exige." },
    'right-erasure': { title: "Droit à l'effacement", message: "Le droit à l'effacement (« droit à l'oubli ») n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent demander la suppression de leurs données. Le RGPD ({articles}) l'exige." },
    'right-restriction': { title: 'Droit à la limitation du traitement', message: "Le droit à la limitation du traitement n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent demander que l'utilisation de leurs données soit limitée. Le RGPD ({articles}) l'exige." },
    'right-object': { title: "Droit d'opposition", message: "Le droit d'opposition n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent s'opposer au traitement, y compris à la prospection. Le RGPD ({articles}) l'exige." },
    'right-portability': { title: 'Droit à la portabilité des données', message: "Le droit à la portabilité des données n'est pas mentionné : les personnes concernées doivent savoir qu'elles peuvent recevoir leurs données dans un format lisible par machine ou les faire transmettre à un autre organisme. Le RGPD ({articles}) l'exige." },
    'right-complaint': { title: "Droit d'introduire une réclamation auprès d'une autorité de contrôle", message: "La politique de confidentialité ne dit pas que les personnes concernées peuvent introduire une réclamation auprès d'une autorité de contrôle (en France la CNIL, en Belgique l'Autorité de protection des données). Le RGPD ({articles}) l'exige ; mieux vaut nommer l'autorité." },
    'automated-decisions': { title: 'Décisions automatisées et profilage', message: "La politique de confidentialité ne dit pas si des décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, et produisant des effets juridiques ou affectant les personnes de manière significative de façon similaire sont prises à leur égard. Le RGPD ({articles}) exige d'informer les personnes concernées de l'existence de telles décisions ; s'il n'y en a pas, indiquez-le." },
    'statutory-requirement': { title: 'Caractère obligatoire ou facultatif de la fourniture des données', message: "La politique de confidentialité ne dit pas si les personnes concernées sont tenues de fournir leurs données (en vertu de la loi ou d'un contrat) ni ce qui se passe si elles ne le font pas. Le RGPD ({articles}) l'exige." },
    'right-withdraw-consent': { title: 'Droit de retirer son consentement', message: "La politique de confidentialité se fonde sur le consentement, mais ne dit pas qu'il peut être retiré à tout moment. Le RGPD ({articles}) l'exige." },
    'legitimate-interests': { title: 'Intérêts légitimes poursuivis', message: "La politique de confidentialité invoque des intérêts légitimes sans dire lesquels. Le RGPD ({articles}) exige de préciser les intérêts légitimes poursuivis." },
    'transfer-safeguards': { title: "Garanties en cas de transfert hors de l'EEE", message: "Des données personnelles sont transférées hors de l'Espace économique européen, mais la politique de confidentialité ne dit pas si une décision d'adéquation couvre le transfert ni quelle garantie l'encadre (clauses contractuelles types, règles d'entreprise contraignantes…). Le RGPD ({articles}) l'exige." },
    'dpo-contact': { title: 'Coordonnées du délégué à la protection des données', message: 'Un délégué à la protection des données (DPO) est mentionné sans ses coordonnées. Le RGPD ({articles}) les exige.' },
    'data-sources': { title: 'Source des données', message: "La politique de confidentialité indique que des données proviennent d'autres sources que la personne concernée, sans dire lesquelles. Le RGPD ({articles}) exige la source des données ou sa catégorie." },
    'last-updated': { title: 'Date de la dernière mise à jour', message: 'La politique de confidentialité ne porte ni date ni numéro de version. Le lecteur ne peut pas savoir si elle est à jour ; indiquez la date de la dernière modification.' },
    cookies: { title: 'Cookies et autres traceurs', message: "Le service utilise des cookies ou d'autres traceurs, mais la politique de confidentialité ne dit pas comment le consentement est recueilli et géré." },
    'transfers-statement': { title: "Transferts hors de l'EEE", message: "La politique de confidentialité ne dit pas si des données personnelles sont transférées hors de l'Espace économique européen. Précisez-le, même si ce n'est pas le cas." },
    'vague-retention': { title: 'Durée de conservation imprécise', message: 'Cette mention de conservation ne donne ni durée ni critère. Le RGPD ({articles}) exige la durée réelle ou les critères qui la déterminent.' },
    'implied-consent': { title: 'Consentement déduit du silence ou de la poursuite de la navigation', message: "Le consentement ne peut pas se déduire du silence ni de la poursuite de la navigation : il doit résulter d'un acte positif clair (article 4, point 11), et considérant 32 du RGPD ; CJUE, 1er octobre 2019, C-673/17, Planet49). Demandez le consentement." },
    'outdated-reference': { title: 'Référence juridique dépassée', message: 'Ce passage cite « {found} », une référence dépassée. {reason}' },
    'basis-without-purpose': { title: 'Base légale sans finalité', message: "Cette base légale n'est rattachée à aucune finalité. Le RGPD ({articles}) exige que le lecteur voie à quelle finalité correspond chaque base légale." },
  },
  notes: { 'other-language': 'Une partie dans une autre langue', 'unfilled-placeholder': 'Un espace réservé non complété' },
  phrases: {
    dpoHint: "Aucun délégué à la protection des données n'est mentionné. Si un délégué a été désigné, ses coordonnées doivent figurer dans la politique de confidentialité (article 13, paragraphe 1, point b), du RGPD).",
    triggeredBy: 'Ce passage rend cette mention obligatoire',
    useInstead: 'Citez plutôt {replacement}.',
    otherLanguage: "Cette partie est en {language}, alors que la politique de confidentialité est vérifiée en français : ce qu'elle dit ne compte donc pour aucune mention requise. Placez chaque version linguistique dans un fichier distinct.",
    languages: { en: 'anglais', nl: 'néerlandais', de: 'allemand', fr: 'français' },
  },
};
