/** German phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const de: HighlightTable = {
  rights: ['Beschwerderecht\\w*', 'Recht auf Beschwerde'],
};
