/** The clause tables, one per language that has clauses (German and French come later). */
import type { Lang } from '../types';
import { en } from './en';
import { nl } from './nl';
import type { ClauseTable } from './types';

export * from './types';

export const CLAUSES: Readonly<Partial<Record<Lang, ClauseTable>>> = { en, nl };
