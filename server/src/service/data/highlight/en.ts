/** English phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const en: HighlightTable = {
  rights: ['right to (lodge|file|make|submit) a complaint', 'right to complain'],
};
