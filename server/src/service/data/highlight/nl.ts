/** Dutch phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const nl: HighlightTable = {
  rights: ['recht (om )?(een )?klacht in te dienen', 'klachtrecht'],
};
