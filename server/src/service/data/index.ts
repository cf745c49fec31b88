/** The language tables, one per supported language, and the words that recognise the others. */
import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import type { Lang, LanguageTable } from './types';

export type { Lang, LanguageTable } from './types';

export const TABLES: Readonly<Record<Lang, LanguageTable>> = { en, nl, de };

export const SUPPORTED: readonly Lang[] = ['en', 'nl', 'de'];

/** Languages recognised (so a notice in them is not misread as a supported one) but not yet checked. */
export const RECOGNISED_ONLY: Readonly<Record<'fr', readonly string[]>> = {
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'vous', 'vos', 'votre', 'nous', 'notre', 'nos', 'pour', 'dans', 'une', 'sur', 'par', 'qui', 'que', 'sont', 'être', 'pas', 'avec', 'données', 'ou', 'au', 'aux', 'du', 'ces', 'leur'],
};
