/**
 * Legal forms that end an organisation's name, in the countries whose notices Policy Author
 * reads (NL, BE, UK, IE, DE, AT, FR, LU, US). Language-neutral: a Dutch notice may name a
 * GmbH. Used to find the controller's name in a notice (facts.ts). Each entry is a regular
 * expression source matched case-sensitively, as legal forms are written.
 */
export const LEGAL_FORMS: readonly string[] = [
  'B\\.\\s?V\\.', 'BV', 'N\\.\\s?V\\.', 'NV', 'V\\.O\\.F\\.', 'VOF', 'U\\.A\\.', 'BVBA', 'bvba', 'VZW', 'vzw', 'CommV', 'SRL', 'SA', 'SAS', 'SARL', 'SE', 'ASBL', 'asbl',
  'Ltd\\.?', 'Limited', 'LLP', 'PLC', 'plc', 'DAC', 'CLG', 'Inc\\.?', 'LLC', 'Corp\\.?',
  'GmbH', 'AG', 'KG', 'e\\.\\s?V\\.', 'mbH', 'S\\.à r\\.l\\.', 'S\\.A\\.',
];

/** Legal forms written before the name ("Stichting Vrienden van ...", "Vereniging ..."). */
export const LEGAL_FORMS_BEFORE: readonly string[] = ['Stichting', 'Vereniging', 'Coöperatie', 'Coöperatieve', 'Gemeente', 'Foundation', 'Association'];

/** Local parts of e-mail addresses meant for privacy questions, preferred as the notice's contact. */
export const PRIVACY_MAILBOXES: readonly string[] = ['privacy', 'gdpr', 'avg', 'dpo', 'fg', 'dataprotection', 'data-protection', 'dataprivacy', 'gegevensbescherming', 'datenschutz', 'rgpd', 'dpd'];
