/** Dutch phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const nl: HighlightTable = {
  article: {
    word: ['art', 'artt', 'artikel', 'artikelen'],
    // "lid 2", ", eerste lid," and "sub f" / "onder f", as Dutch cites paragraphs and points.
    part: [',? lid \\d{1,2}', ', (eerste|tweede|derde|vierde|vijfde|zesde) lid,?', ',? (sub|onder) [a-z]'],
    join: [',', 'en', 'of', 't/m', 'tot en met', '-'],
    law: ['(van de )?AVG', '(van de )?GDPR', '(van de )?Algemene Verordening Gegevensbescherming'],
  },
  rights: ['recht (om )?(een )?klacht in te dienen', 'klachtrecht'],
};
