/**
 * Outline labels per language. Partial, because a language can be checked before it has an
 * outline table: its symbols then carry no detail rather than English words.
 */
import type { Lang } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { OutlineTable } from './types';

export type { OutlineTable } from './types';

export const OUTLINE: Partial<Readonly<Record<Lang, OutlineTable>>> = { en, nl, de, fr };
