/** English phrases for the syntax grammar (see types.ts). */
import type { HighlightTable } from './types';

export const en: HighlightTable = {
  article: {
    word: ['Art', 'Arts', 'Article', 'Articles'],
    part: ['\\(\\d{1,2}\\)', '\\([a-z]\\)'],
    join: [',', 'and', 'or', 'to', '-'],
    law: ['(of )?(the )?(UK )?GDPR', 'of the General Data Protection Regulation'],
  },
  rights: ['right to (lodge|file|make|submit) a complaint', 'right to complain'],
};
