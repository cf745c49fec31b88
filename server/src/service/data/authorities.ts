/**
 * Supervisory authorities (Art. 51 GDPR) a notice may send its readers to: a language-neutral
 * table with each authority's name in every notice language, its website and, where it has been
 * stable for years, its postal address. Clauses name the authority of the notice's jurisdiction;
 * hovers and document links point at its website.
 *
 * The generic EU entry points at the European Data Protection Board's list of members, which
 * names the authority of every Member State, for notices that cannot tell the reader's country.
 */

/** Every authority the table knows. `de` is the federal BfDI; `de-land` stands for the authority of the German Land concerned. */
export const AUTHORITY_IDS = ['nl', 'be', 'uk', 'de', 'de-land', 'fr', 'at', 'eu'] as const;

export type AuthorityId = (typeof AUTHORITY_IDS)[number];

/** The languages a name is given in: the notice languages, checked now or coming. */
export type AuthorityLang = 'en' | 'nl' | 'de' | 'fr';

export interface Authority {
  readonly id: AuthorityId;
  /** ISO 3166 country code, or `EU` for the generic pointer. */
  readonly country: string;
  /** The authority's name as a notice in each language writes it (its own official name where it has one in that language). */
  readonly names: Readonly<Record<AuthorityLang, string>>;
  /** The abbreviation readers know it by, if any ("AP", "ICO", "GBA"). */
  readonly abbreviation?: Readonly<Partial<Record<AuthorityLang, string>>>;
  /** The website a reader lodges a complaint through, per language when the site has one per language. */
  readonly website: string;
  readonly websiteByLang?: Readonly<Partial<Record<AuthorityLang, string>>>;
  /** Postal address, one line per array element; left out where it is not stable or not one address. */
  readonly address?: readonly string[];
}

export const AUTHORITIES: Readonly<Record<AuthorityId, Authority>> = {
  nl: {
    id: 'nl',
    country: 'NL',
    names: {
      en: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)',
      nl: 'Autoriteit Persoonsgegevens',
      de: 'niederländische Datenschutzbehörde (Autoriteit Persoonsgegevens)',
      fr: 'autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens)',
    },
    abbreviation: { nl: 'AP' },
    website: 'https://www.autoriteitpersoonsgegevens.nl',
    address: ['Postbus 93374', '2509 AJ Den Haag'],
  },
  be: {
    id: 'be',
    country: 'BE',
    // The Belgian authority has an official name in each national language (Act of 3 December 2017).
    names: {
      en: 'Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données)',
      nl: 'Gegevensbeschermingsautoriteit',
      de: 'belgische Datenschutzbehörde',
      fr: 'Autorité de protection des données',
    },
    abbreviation: { nl: 'GBA', fr: 'APD', de: 'DSB' },
    website: 'https://www.dataprotectionauthority.be',
    websiteByLang: {
      nl: 'https://www.gegevensbeschermingsautoriteit.be',
      fr: 'https://www.autoriteprotectiondonnees.be',
    },
    address: ['Drukpersstraat 35', '1000 Brussel'],
  },
  uk: {
    id: 'uk',
    country: 'GB',
    names: {
      en: "Information Commissioner's Office",
      nl: "Information Commissioner's Office (de Britse toezichthouder)",
      de: "Information Commissioner's Office (britische Datenschutzbehörde)",
      fr: "Information Commissioner's Office (autorité britannique de protection des données)",
    },
    abbreviation: { en: 'ICO' },
    website: 'https://ico.org.uk',
    address: ['Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire SK9 5AF'],
  },
  de: {
    id: 'de',
    country: 'DE',
    names: {
      en: 'Federal Commissioner for Data Protection and Freedom of Information (BfDI)',
      nl: 'Duitse federale toezichthouder (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit)',
      de: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
      fr: 'Commissaire fédéral allemand à la protection des données (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit)',
    },
    abbreviation: { de: 'BfDI', en: 'BfDI' },
    website: 'https://www.bfdi.bund.de',
    address: ['Graurheindorfer Straße 153', '53117 Bonn'],
  },
  'de-land': {
    id: 'de-land',
    country: 'DE',
    // Private bodies in Germany answer to the authority of their Land (§ 40 BDSG); no one address fits all.
    names: {
      en: 'data protection supervisory authority of the German Land concerned',
      nl: 'toezichthouder van de betrokken Duitse deelstaat',
      de: 'Datenschutz-Aufsichtsbehörde des Bundeslandes, in dem wir unseren Sitz haben',
      fr: "autorité de contrôle du Land allemand concerné",
    },
    website: 'https://www.bfdi.bund.de/DE/Service/Anschriften/Laender/Laender-node.html',
  },
  fr: {
    id: 'fr',
    country: 'FR',
    names: {
      en: 'French Data Protection Authority (Commission nationale de l’informatique et des libertés, CNIL)',
      nl: 'Franse toezichthouder (Commission nationale de l’informatique et des libertés, CNIL)',
      de: 'französische Datenschutzbehörde (Commission nationale de l’informatique et des libertés, CNIL)',
      fr: 'Commission nationale de l’informatique et des libertés',
    },
    abbreviation: { fr: 'CNIL', en: 'CNIL', nl: 'CNIL', de: 'CNIL' },
    website: 'https://www.cnil.fr',
    address: ['3 Place de Fontenoy', 'TSA 80715', '75334 Paris Cedex 07'],
  },
  at: {
    id: 'at',
    country: 'AT',
    names: {
      en: 'Austrian Data Protection Authority (Datenschutzbehörde)',
      nl: 'Oostenrijkse toezichthouder (Datenschutzbehörde)',
      de: 'österreichische Datenschutzbehörde',
      fr: 'autorité autrichienne de protection des données (Datenschutzbehörde)',
    },
    abbreviation: { de: 'DSB' },
    website: 'https://www.dsb.gv.at',
    address: ['Barichgasse 40-42', '1030 Wien'],
  },
  eu: {
    id: 'eu',
    country: 'EU',
    // Art. 77(1): the authority of the Member State of habitual residence, place of work or of the infringement.
    names: {
      en: 'supervisory authority of the EU Member State where you live or work, or where the alleged infringement took place',
      nl: 'toezichthouder in de EU-lidstaat waar u woont of werkt, of waar de vermeende inbreuk heeft plaatsgevonden',
      de: 'Aufsichtsbehörde des EU-Mitgliedstaats Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes',
      fr: 'autorité de contrôle de l’État membre de l’UE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise',
    },
    website: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  },
};

/** The authority's website for a reader of the given language (its page in that language where it has one). */
export function authorityWebsite(id: AuthorityId, lang: AuthorityLang): string {
  const a = AUTHORITIES[id];
  return a.websiteByLang?.[lang] ?? a.website;
}
