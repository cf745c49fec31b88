/** The hover tables, one per language that has one. A language without a table gets no hovers. */
import type { Lang } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { HoverTable } from './types';

export type { HoverTable } from './types';

/** Partial: a language table (German, French) may arrive before its hover texts. */
export const HOVERS: Readonly<Partial<Record<Lang, HoverTable>>> = { en, nl, de, fr };
