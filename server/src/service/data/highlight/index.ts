/** Highlighting phrases per language. Partial: a language without a table is highlighted from its language table alone. */
import type { Lang } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { HighlightTable } from './types';

export type { HighlightTable } from './types';

export const HIGHLIGHT: Partial<Readonly<Record<Lang, HighlightTable>>> = { en, nl, de, fr };
