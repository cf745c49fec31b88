/** The clause tables, one per language that has clauses (every language with a language table has one). */
import type { Lang } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { ClauseTable } from './types';

export * from './types';

export const CLAUSES: Readonly<Partial<Record<Lang, ClauseTable>>> = { en, nl, de, fr };
