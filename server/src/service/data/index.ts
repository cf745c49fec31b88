/** The language tables, one per supported language, and the words that recognise the others. */
import { en } from './en';
import { nl } from './nl';
import type { Lang, LanguageTable } from './types';

export type { Lang, LanguageTable } from './types';

export const TABLES: Readonly<Record<Lang, LanguageTable>> = { en, nl };

export const SUPPORTED: readonly Lang[] = ['en', 'nl'];

/** Languages recognised (so a notice in them is not misread as English or Dutch) but not yet checked. */
export const RECOGNISED_ONLY: Readonly<Record<'de' | 'fr', readonly string[]>> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'sie', 'ihre', 'ihrer', 'ihren', 'zu', 'den', 'dem', 'des', 'mit', 'auf', 'für', 'von', 'eine', 'einer', 'werden', 'wird', 'oder', 'daten', 'auch', 'sind', 'bei', 'nach', 'durch'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'vous', 'vos', 'votre', 'nous', 'notre', 'nos', 'pour', 'dans', 'une', 'sur', 'par', 'qui', 'que', 'sont', 'être', 'pas', 'avec', 'données', 'ou', 'au', 'aux', 'du', 'ces', 'leur'],
};
