/** The language tables, one per supported language, and the words that recognise the others. */
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { Lang, LanguageTable } from './types';

export type { Lang, LanguageTable } from './types';

export const TABLES: Readonly<Record<Lang, LanguageTable>> = { en, nl, de, fr };

export const SUPPORTED: readonly Lang[] = ['en', 'nl', 'de', 'fr'];

/** Languages recognised (so a notice in them is not misread as a supported one) but not yet checked: their function words. */
export const RECOGNISED_ONLY: Readonly<Partial<Record<string, readonly string[]>>> = {};
